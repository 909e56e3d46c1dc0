#include "gui/features/review/poolsensitivitypanel.h"

#include "model/vocabulary.h"
#include "review/poolsubgroups.h"
#include "stats/sensitivity.h"
#include "stats/smallstudy.h"
#include "stats/subgroups.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <numeric>

namespace eb::gui::review {
namespace {

QString number(double value)
{
    return QString::number(value, 'g', 4);
}

} // namespace

PoolSensitivityPanel::PoolSensitivityPanel(QWidget *parent)
    : QWidget(parent), m_analysis(new QComboBox(this)), m_column(new QComboBox(this)),
      m_table(new QTableWidget(this)), m_note(new QLabel(this))
{
    m_analysis->addItem(tr("No sensitivity analysis"), None);
    m_analysis->addItem(tr("Leave one out"), LeaveOneOut);
    m_analysis->addItem(tr("Influence diagnostics"), Influence);
    m_analysis->addItem(tr("Cumulative (by study year)"), Cumulative);
    m_analysis->addItem(tr("Small-study effects (regtest, ranktest, trim and fill)"), SmallStudy);
    m_analysis->addItem(tr("Subgroups: industry versus independent sponsorship"), Sponsorship);
    m_analysis->addItem(tr("Subgroups by another study column"), Subgroups);
    m_analysis->addItem(tr("Meta-regression on a study column"), MetaRegression);
    m_column->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_note->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Is one trial driving it?"), this));
    top->addWidget(m_analysis);
    top->addWidget(m_column);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    connect(m_analysis, &QComboBox::currentIndexChanged, this, [this] {
        fillColumns();
        refresh();
    });
    connect(m_column, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    refresh();
}

void PoolSensitivityPanel::fillColumns()
{
    const auto analysis = static_cast<Analysis>(m_analysis->currentData().toInt());
    const QSignalBlocker blocker(m_column);
    m_column->clear();
    if (analysis == Subgroups) {
        for (const QString &column : eb::review::poolSubgroupColumns()) {
            m_column->addItem(column, column);
        }
    } else if (analysis == MetaRegression) {
        for (const QString &column : eb::review::poolModeratorColumns()) {
            m_column->addItem(column, column);
        }
    }
    m_column->setVisible(analysis == Subgroups || analysis == MetaRegression);
}

void PoolSensitivityPanel::setColumn(const QString &column)
{
    m_column->setCurrentIndex(m_column->findData(column));
}

void PoolSensitivityPanel::setPool(const std::optional<eb::review::ResultPool> &pool,
                                   const QList<eb::review::PoolInput> &inputs)
{
    m_pool = pool;
    m_inputs = inputs;
    setEnabled(m_pool.has_value());
    refresh();
}

void PoolSensitivityPanel::setAnalysis(Analysis analysis)
{
    m_analysis->setCurrentIndex(m_analysis->findData(analysis));
}

void PoolSensitivityPanel::refresh()
{
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    const auto analysis = static_cast<Analysis>(m_analysis->currentData().toInt());
    m_table->setVisible(m_pool && analysis != None);
    if (!m_pool || analysis == None) {
        m_note->setText(m_pool ? tr("Choose an analysis to see how the pooled result depends on "
                                    "single trials or on small studies.")
                               : QString());
        return;
    }
    if (analysis == LeaveOneOut || analysis == Cumulative) {
        showRefits(analysis == Cumulative);
    } else if (analysis == Influence) {
        showInfluence();
    } else if (analysis == Sponsorship) {
        showSubgroups(QStringLiteral("sponsorship"));
    } else if (analysis == Subgroups) {
        showSubgroups(m_column->currentData().toString());
    } else if (analysis == MetaRegression) {
        showMetaRegression(m_column->currentData().toString());
    } else {
        showSmallStudy();
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

namespace {

struct Inputs
{
    std::vector<double> yi;
    std::vector<double> vi;
    QStringList labels;
    eb::stats::PoolOptions options;
};

Inputs inputsOf(const eb::review::ResultPool &pool)
{
    Inputs in;
    for (const eb::review::PooledRow &r : pool.rows) {
        in.yi.push_back(r.yi);
        in.vi.push_back(r.vi);
        in.labels << QStringLiteral("%1 · %2 (#%3)")
                         .arg(r.result.studyName, r.result.outcomeAbbreviation.isEmpty()
                                                      ? r.result.outcomeName
                                                      : r.result.outcomeAbbreviation)
                         .arg(r.result.id);
    }
    in.options.method = pool.engine.method;
    in.options.knappHartung = pool.engine.knappHartung;
    return in;
}

void fillRow(QTableWidget *table, int row, const QString &label, const QList<double> &values)
{
    table->setItem(row, 0, new QTableWidgetItem(label));
    for (int c = 0; c < values.size(); ++c) {
        auto *item = new QTableWidgetItem(number(values.at(c)));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c + 1, item);
    }
}

} // namespace

void PoolSensitivityPanel::showRefits(bool cumulative)
{
    const Inputs in = inputsOf(*m_pool);
    std::vector<std::size_t> order(in.yi.size());
    std::iota(order.begin(), order.end(), 0);
    // By study year (metafor cumul(order = year)); a study without a year goes last, and
    // ties keep the order listed.
    const auto yearOf = [this](std::size_t i) {
        const auto fact =
            m_facts.constFind(m_pool->rows.at(static_cast<qsizetype>(i)).result.studyId);
        return fact != m_facts.constEnd() && fact->year ? *fact->year : 1000000;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return yearOf(a) < yearOf(b); });
    const auto rows = cumulative ? eb::stats::cumulative(in.yi, in.vi, order, in.options)
                                 : eb::stats::leaveOneOut(in.yi, in.vi, in.options);
    if (!rows) {
        m_note->setText(tr("Not computed: %1").arg(QString::fromStdString(rows.error().message)));
        return;
    }
    m_note->setText((cumulative ? tr("Each row pools the results up to and including it, by "
                                     "study year")
                                : tr("Each row pools all results but that one")) +
                    tr(", on the %1 scale (metafor %2).")
                        .arg(m_pool->poolingScale, cumulative ? QStringLiteral("cumul()")
                                                              : QStringLiteral("leave1out()")));
    const QString stat = in.options.knappHartung ? tr("t") : tr("z");
    m_table->setColumnCount(9);
    m_table->setHorizontalHeaderLabels({cumulative ? tr("Up to") : tr("Left out"), tr("estimate"),
                                        tr("se"), stat, tr("p"), tr("CI low"), tr("CI high"),
                                        tr("tau²"), tr("I² %")});
    m_table->setRowCount(static_cast<int>(rows->size()));
    for (std::size_t i = 0; i < rows->size(); ++i) {
        const auto &r = (*rows)[i];
        fillRow(m_table, static_cast<int>(i), in.labels.value(static_cast<qsizetype>(r.study)),
                {r.estimate, r.se, r.statistic, r.p, r.ciLow, r.ciHigh, r.tau2, r.i2});
    }
}

void PoolSensitivityPanel::showInfluence()
{
    const Inputs in = inputsOf(*m_pool);
    const auto rows = eb::stats::influence(in.yi, in.vi, in.options);
    if (!rows) {
        m_note->setText(tr("Not computed: %1").arg(QString::fromStdString(rows.error().message)));
        return;
    }
    m_note->setText(tr("metafor influence() on the %1 scale; \"yes\" marks an influential "
                       "result (|DFFITS|, Cook's distance, hat or DFBETAS beyond metafor's "
                       "cut-offs).")
                        .arg(m_pool->poolingScale));
    m_table->setColumnCount(10);
    m_table->setHorizontalHeaderLabels({tr("Result"), tr("rstudent"), tr("DFFITS"), tr("Cook's D"),
                                        tr("cov. ratio"), tr("tau² without"), tr("Q without"),
                                        tr("hat"), tr("weight %"), tr("influential")});
    m_table->setRowCount(static_cast<int>(rows->size()));
    for (std::size_t i = 0; i < rows->size(); ++i) {
        const auto &r = (*rows)[i];
        const int row = static_cast<int>(i);
        fillRow(m_table, row, in.labels.value(static_cast<qsizetype>(i)),
                {r.rstudent, r.dffits, r.cookD, r.covR, r.tau2Del, r.qeDel, r.hat, r.weight});
        m_table->setItem(row, 9, new QTableWidgetItem(r.influential ? tr("yes") : QString()));
    }
}

void PoolSensitivityPanel::showSmallStudy()
{
    const Inputs in = inputsOf(*m_pool);
    QStringList lines;
    const std::size_t k = in.yi.size();
    if (k < eb::stats::kFewStudiesForBiasTests) {
        lines << tr("Only %1 results: with fewer than %2 these tests have little power to detect "
                    "small-study effects (Cochrane Handbook, 13.3.5.4); a non-significant result "
                    "does not show their absence.")
                     .arg(k)
                     .arg(eb::stats::kFewStudiesForBiasTests);
    }
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Test"), tr("Result")});
    QList<QPair<QString, QString>> rows;
    const auto reg = eb::stats::regTest(in.yi, in.vi, in.options);
    rows << qMakePair(
        tr("Egger's regression test (regtest)"),
        reg ? tr("%1 = %2, p = %3; limit estimate %4 (CI %5 to %6)")
                  .arg(reg->df ? tr("t") : tr("z"), number(reg->statistic), number(reg->p),
                       number(reg->limitEstimate), number(reg->limitCiLow),
                       number(reg->limitCiHigh))
            : tr("not computed: %1").arg(QString::fromStdString(reg.error().message)));
    const auto rank = eb::stats::rankTest(in.yi, in.vi);
    rows << qMakePair(
        tr("Rank correlation (ranktest)"),
        rank ? tr("Kendall's tau = %1, p = %2").arg(number(rank->tau), number(rank->p))
             : tr("not computed: %1").arg(QString::fromStdString(rank.error().message)));
    eb::stats::PoolOptions fillOptions = in.options;
    fillOptions.knappHartung = false;
    for (auto estimator : {eb::stats::TrimFillEstimator::L0, eb::stats::TrimFillEstimator::R0}) {
        const auto fill = eb::stats::trimFill(in.yi, in.vi, estimator, fillOptions);
        const QString name = estimator == eb::stats::TrimFillEstimator::L0 ? QStringLiteral("L0")
                                                                           : QStringLiteral("R0");
        rows << qMakePair(
            tr("Trim and fill (%1)").arg(name),
            fill ? tr("%1 missing on the %2 side; estimate with them %3 (CI %4 to %5)")
                       .arg(fill->k0)
                       .arg(fill->rightSide ? tr("right") : tr("left"))
                       .arg(number(fill->adjusted.estimate), number(fill->adjusted.ciLow),
                            number(fill->adjusted.ciHigh))
                 : tr("not computed: %1").arg(QString::fromStdString(fill.error().message)));
    }
    lines << tr("On the %1 scale, with the pool's model.").arg(m_pool->poolingScale);
    m_note->setText(lines.join(QLatin1Char(' ')));
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        m_table->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
}

void PoolSensitivityPanel::showSubgroups(const QString &column)
{
    QString error;
    const auto r = eb::review::poolSubgroups(*m_pool, m_inputs, m_studies, column, &error);
    if (!r) {
        m_note->setText(tr("Not computed: %1").arg(error));
        return;
    }
    QStringList warnings;
    for (qsizetype g = 0; g < r->checks.size(); ++g) {
        for (const eb::review::PoolIssue &w : r->checks.at(g).warnings) {
            warnings << QStringLiteral("%1: %2").arg(
                QString::fromStdString(r->result.groups.at(static_cast<std::size_t>(g)).label),
                w.message);
        }
    }
    // The same numbers as `evidence pool --results IDS --subgroup COLUMN`.
    QString note = tr("Each %1 pooled on its own on the %2 scale, the pooling checks run inside "
                      "each; Test for Subgroup Differences: Q(df = %3) = %4, p = %5.")
                       .arg(column, m_pool->poolingScale, number(r->result.df),
                            number(r->result.qBetween), number(r->result.p));
    if (!warnings.isEmpty()) {
        note +=
            QLatin1Char(' ') + tr("Inside the subgroups: %1").arg(warnings.join(QLatin1Char(' ')));
    }
    m_note->setText(note);
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels(
        {column, tr("k"), tr("estimate"), tr("se"), tr("CI low"), tr("CI high"), tr("tau²")});
    m_table->setRowCount(static_cast<int>(r->result.groups.size()));
    for (std::size_t g = 0; g < r->result.groups.size(); ++g) {
        const auto &group = r->result.groups[g];
        fillRow(m_table, static_cast<int>(g), QString::fromStdString(group.label),
                {static_cast<double>(group.result.k), group.result.estimate, group.result.se,
                 group.result.ciLow, group.result.ciHigh, group.result.tau2});
    }
}

void PoolSensitivityPanel::showMetaRegression(const QString &column)
{
    QString error;
    const auto r = eb::review::poolMetaRegression(*m_pool, m_studies, {column}, &error);
    if (!r) {
        m_note->setText(tr("Not computed: %1").arg(error));
        return;
    }
    // The same numbers as `evidence pool --results IDS --mods COLUMN`.
    m_note->setText(tr("Meta-regression on %1 (k = %2, %3 scale): tau² %4, I² %5%, test of "
                       "moderators Q(df = %6) = %7, p = %8.")
                        .arg(column)
                        .arg(r->k)
                        .arg(m_pool->poolingScale, number(r->tau2), number(r->i2), number(r->qmDf),
                             number(r->qm), number(r->qmP)));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("coefficient"), tr("estimate"), tr("se"), tr("CI low"), tr("CI high"), tr("p")});
    m_table->setRowCount(static_cast<int>(r->coefficients.size()));
    for (std::size_t c = 0; c < r->coefficients.size(); ++c) {
        const auto &coef = r->coefficients[c];
        fillRow(m_table, static_cast<int>(c), QString::fromStdString(coef.name),
                {coef.estimate, coef.se, coef.ciLow, coef.ciHigh, coef.p});
    }
}

} // namespace eb::gui::review
