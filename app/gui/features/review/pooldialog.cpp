#include "gui/features/review/pooldialog.h"

#include "catalogue/catalogue.h"
#include "charts/chartexport.h"
#include "charts/forestplot.h"
#include "charts/forestplotview.h"
#include "evidence/studycompare.h"
#include "gui/features/review/pooljob.h"
#include "gui/features/review/poolresultmodel.h"
#include "gui/features/review/poolsensitivitypanel.h"
#include "gui/shell/jobrunner.h"
#include "gui/shell/screenfit.h"
#include "queries/poolinputs.h"
#include "review/savedanalysis.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace eb::gui::review {
namespace {

evidence::ForestSpec forestSpec(const eb::review::ResultPool &p)
{
    evidence::ForestSpec spec;
    spec.metric = p.displayMetric;
    spec.title = PoolDialog::tr("Pooled: %1").arg(eb::review::poolTitle(p));
    for (const eb::review::PooledRow &r : p.rows) {
        evidence::ForestRow row;
        row.study = r.result.studyName;
        row.outcome = r.result.outcomeShortName();
        row.timepoint = r.flipped ? PoolDialog::tr("%1, direction flipped")
                                        .arg(r.result.timepoint.isEmpty()
                                                 ? PoolDialog::tr("timepoint not stated")
                                                 : r.result.timepoint)
                                  : r.result.timepoint;
        row.n = r.result.n;
        row.estimate = r.estimate;
        row.ciLow = r.ciLow;
        row.ciHigh = r.ciHigh;
        row.weight = r.weightPercent;
        row.derived = r.converted;
        row.derivation = r.conversion;
        // A flipped row is drawn as pooled: its direction turned round.
        row.favoursAboveNull = (r.result.higherFavours != QLatin1String("control")) != r.flipped;
        row.note =
            PoolDialog::tr("%1 (result #%2)").arg(r.result.sourceShortLabel).arg(r.result.id);
        spec.rows << row;
    }
    evidence::PooledSummary s;
    s.estimate = p.estimate;
    s.ciLow = p.ciLow;
    s.ciHigh = p.ciHigh;
    s.piLow = p.piLow;
    s.piHigh = p.piHigh;
    if (p.engine.method != eb::stats::PoolMethod::FixedEffect) {
        s.tau2 = p.engine.tau2;
    }
    s.i2 = p.engine.i2;
    s.q = p.engine.q;
    s.qDf = static_cast<int>(std::lround(p.engine.qDf));
    s.qP = p.engine.qP;
    s.method =
        eb::review::poolTitle(p) + PoolDialog::tr(", pooled on the %1 scale").arg(p.poolingScale);
    s.label = PoolDialog::tr("Pooled (k = %1)").arg(p.rows.size());
    spec.pooled = s;
    QStringList notes;
    for (const eb::review::PoolIssue &w : p.warnings) {
        notes << PoolDialog::tr("Warning: %1").arg(w.message);
    }
    spec.footnote = notes.join(QLatin1Char(' '));
    return spec;
}

} // namespace

PoolDialog::PoolDialog(catalogue::Catalogue &catalogue, QString analysesFile, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_analysesFile(std::move(analysesFile)),
      m_table(new QTableView(this)), m_search(new QLineEdit(this)), m_method(new QComboBox(this)),
      m_knha(new QCheckBox(tr("Knapp-Hartung"), this)), m_messages(new QLabel(this)),
      m_forest(new charts::ForestPlotView(this)), m_sensitivity(new PoolSensitivityPanel(this)),
      m_name(new QLineEdit(this)), m_saved(new QComboBox(this))
{
    setWindowTitle(tr("Pool Results"));
    m_results = new PoolResultModel(m_catalogue, this);
    m_results->setSearch({});
    const QString readError = m_results->lastError();
    m_table->setModel(m_results);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Fixed widths: fitting columns to their contents would read every row.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(PoolResultModel::Result, 90);
    m_table->setColumnWidth(PoolResultModel::Study, 200);
    m_table->setColumnWidth(PoolResultModel::OutcomeTimepoint, 260);
    m_table->setColumnWidth(PoolResultModel::AsReported, 240);
    m_table->setColumnWidth(PoolResultModel::Source, 200);
    m_search->setObjectName(QStringLiteral("poolSearch"));
    m_search->setPlaceholderText(tr("Search the results (study, outcome, source)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_results, &PoolResultModel::setSearch);
    // Shown beside the result's own box: after the long source labels it was off screen at
    // 200% (only the view moves; the column keeps its index).
    m_table->horizontalHeader()->moveSection(kFlipColumn, 1);

    for (const char *key : {"FE", "DL", "REML", "PM"}) {
        m_method->addItem(QString::fromLatin1(key), QString::fromLatin1(key));
    }
    m_method->addItem(tr("MH (from arm counts)"), QStringLiteral("MH"));
    m_method->addItem(tr("Peto (from arm counts)"), QStringLiteral("PETO"));
    m_method->setCurrentIndex(2);
    auto *poolButton = new QPushButton(tr("Check and pool"), this);
    poolButton->setObjectName(QStringLiteral("poolButton"));
    auto *saveButton = new QPushButton(tr("Save analysis"), this);
    auto *openButton = new QPushButton(tr("Reopen"), this);
    auto *exportButton = new QPushButton(tr("Export chart…"), this);
    m_addToPresentation = new QPushButton(tr("Add to presentation"), this);
    m_addToPresentation->setObjectName(QStringLiteral("poolAddToPresentation"));
    m_addToPresentation->setToolTip(
        tr("A slide of this forest plot, pooled with this model, revealed study by study"));
    m_addToPresentation->setEnabled(false);
    m_name->setPlaceholderText(tr("Name of the analysis"));

    m_messages->setWordWrap(true);
    m_messages->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_forest->setVisible(false);
    m_messages->setTextFormat(Qt::RichText);
    m_messages->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_messages->setText(
        readError.isEmpty()
            ? tr("Tick two or more results, then Check and pool.")
            : tr("The catalogue could not be read: %1").arg(readError.toHtmlEscaped()));

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Model:"), this));
    controls->addWidget(m_method);
    controls->addWidget(m_knha);
    controls->addWidget(poolButton);
    controls->addStretch();
    controls->addWidget(m_name);
    controls->addWidget(saveButton);
    controls->addWidget(m_saved);
    controls->addWidget(openButton);
    controls->addWidget(exportButton);
    controls->addWidget(m_addToPresentation);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_search);
    topLayout->addWidget(m_table, 1);
    splitter->addWidget(top);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_messages);
    bottomLayout->addWidget(m_forest, 1);
    bottomLayout->addWidget(m_sensitivity);
    splitter->addWidget(bottom);
    splitter->setSizes({260, 520});
    auto *layout = new QVBoxLayout(this);
    // At 200% on 1280x800 the row is wider than the screen: it scrolls sideways there.
    layout->addWidget(scrollingRow(controls, this));
    layout->addWidget(splitter, 1);

    connect(poolButton, &QPushButton::clicked, this, [this] { poolInBackground(); });
    // A tick changes which results are pooled, and so whether arm counts are there for MH/Peto.
    connect(m_results, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &, const QList<int> &roles) {
                if (topLeft.column() == PoolResultModel::Result &&
                    (roles.isEmpty() || roles.contains(Qt::CheckStateRole))) {
                    updateCountsChoice();
                }
            });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        m_knha->setEnabled(!eb::review::countsMethodFromKey(m_method->currentData().toString()));
    });
    connect(m_addToPresentation, &QPushButton::clicked, this, [this] {
        emit addToPresentationRequested(selectedResults(), m_method->currentData().toString());
    });
    connect(m_messages, &QLabel::linkActivated, this, &PoolDialog::followMessageLink);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (!saveAnalysis(m_name->text().trimmed(), &error)) {
            QMessageBox::warning(this, tr("Not saved"), error);
        }
    });
    connect(openButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (!openAnalysis(m_saved->currentText(), &error)) {
            QMessageBox::warning(this, tr("Not opened"), error);
        }
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the forest plot"), QStringLiteral("pooled.png"),
            tr("PNG picture (*.png);;SVG picture (*.svg);;PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !exportChart(path, &error)) {
            QMessageBox::warning(this, tr("Export failed"), error);
        }
    });
    refreshSaved();
    updateCountsChoice();
    resizeWithinScreen(this, QSize(1200, 820));
}

void PoolDialog::refresh()
{
    const int scrolled = m_table->verticalScrollBar()->value();
    m_results->refresh();
    m_table->verticalScrollBar()->setValue(scrolled);
    updateCountsChoice();
}

void PoolDialog::updateCountsChoice()
{
    // Only the ticked results, from the list's pages in memory (a ticked result whose page is
    // not is read once); never the whole list.
    const QList<qint64> ids = selectedResults();
    QStringList without;
    for (qint64 id : ids) {
        const std::optional<catalogue::ResultRecord> record = m_results->selectedRecord(id);
        if (!record || !eb::review::armCounts(*record)) {
            without << QStringLiteral("#%1").arg(id);
        }
    }
    const bool available = ids.size() >= 2 && without.isEmpty();
    QString why;
    if (!available) {
        why = ids.size() < 2 ? tr("Tick two or more results whose two arms have events and totals.")
                             : tr("Needs the events and totals of both arms of every ticked "
                                  "result; %1 has none.")
                                   .arg(without.join(QStringLiteral(", ")));
        // Said once here so nobody hunts for a set that does not exist.
        why += QLatin1Char(' ') +
               tr("In the bundled catalogue only the Cochrane review's rows carry arm counts, "
                  "each for a different outcome of one review, and the pooling checks refuse "
                  "to combine them: enter events and totals with your own results to pool "
                  "this way.");
    }
    auto *model = qobject_cast<QStandardItemModel *>(m_method->model());
    for (const QString &key : {QStringLiteral("MH"), QStringLiteral("PETO")}) {
        QStandardItem *item = model->item(m_method->findData(key));
        item->setEnabled(available);
        item->setToolTip(available ? (key == QLatin1String("MH")
                                          ? tr("Mantel-Haenszel from the arms' events and "
                                               "totals (RR, OR or RD, as the results' metric)")
                                          : tr("Peto's odds ratio from the arms' events and "
                                               "totals (odds ratios only)"))
                                   : why);
    }
    if (!available && eb::review::countsMethodFromKey(m_method->currentData().toString())) {
        m_method->setCurrentIndex(m_method->findData(QStringLiteral("REML")));
    }
}

bool PoolDialog::setCountsMethod(eb::review::CountsMethod method)
{
    const int index = m_method->findData(eb::review::countsMethodKey(method));
    auto *model = qobject_cast<QStandardItemModel *>(m_method->model());
    if (index < 0 || !model->item(index)->isEnabled()) {
        return false;
    }
    m_method->setCurrentIndex(index);
    return true;
}

void PoolDialog::setSelectedResults(const QList<qint64> &ids)
{
    m_results->setSelected(ids);
    updateCountsChoice();
}

void PoolDialog::setFlippedResults(const QList<qint64> &ids)
{
    m_results->setFlipped(ids);
}

QList<qint64> PoolDialog::flippedResults() const
{
    return m_results->flipped();
}

QList<qint64> PoolDialog::selectedResults() const
{
    return m_results->selected();
}

void PoolDialog::setMethod(eb::stats::PoolMethod method, bool knappHartung)
{
    m_method->setCurrentIndex(
        m_method->findData(QString::fromLatin1(eb::stats::poolMethodKey(method).data())));
    m_knha->setChecked(knappHartung);
}

PoolRequest PoolDialog::request() const
{
    PoolRequest request;
    request.ids = selectedResults();
    request.flipped = flippedResults();
    const QString key = m_method->currentData().toString();
    request.settings.method =
        eb::stats::poolMethodFromKey(key.toStdString()).value_or(eb::stats::PoolMethod::Reml);
    request.settings.knappHartung = m_knha->isChecked();
    request.settings.counts =
        eb::review::countsMethodFromKey(key).value_or(eb::review::CountsMethod::None);
    return request;
}

bool PoolDialog::pool()
{
    showOutcome(poolOutcome(m_catalogue, request()));
    return m_pooled.has_value();
}

bool PoolDialog::poolInBackground()
{
    if (m_jobs == nullptr) {
        pool();
        emit poolShown();
        return true;
    }
    const QString path = m_catalogue.path();
    return m_jobs->run<PoolOutcome>(
        tr("Pool Results"),
        // %Ln: the count as the locale writes it ("5,000" in English).
        tr("Checking and pooling %Ln results…", nullptr,
           static_cast<int>(selectedResults().size())),
        this,
        [path, request = request()](const JobControl &job) {
            return poolOutcomeAt(path, request, job);
        },
        [this](const PoolOutcome &outcome) {
            if (!outcome.cancelled) {
                showOutcomeInPieces(std::make_shared<PoolOutcome>(outcome));
            }
        });
}

void PoolDialog::showOutcomeInPieces(const std::shared_ptr<PoolOutcome> &outcome)
{
    // After a pool of thousands of rows, the messages, laying the forest out, showing it and
    // the sensitivity panel each take tens of milliseconds: one per event-loop turn, so that
    // the window keeps painting between them. A newer pool or a synchronous one makes the
    // pieces left of this one stale (m_shown counts the shows).
    const int shown = ++m_shown;
    // A 1 ms timer rather than a posted call: posted calls run back to back before any timer,
    // and a window's own timers (a blinking cursor, a tooltip) would wait for all of them.
    const auto later = [this, shown](auto piece) {
        QTimer::singleShot(1, this, [this, shown, piece] {
            if (shown == m_shown) {
                piece();
            }
        });
    };
    // The forest's pane is shown (empty) with the messages, so that the plot is laid out once,
    // at the size the window gives it, rather than hidden and again when shown.
    showMessagesOf(*outcome);
    m_forest->setFigure(nullptr);
    m_forest->setVisible(m_pooled.has_value());
    later([this, outcome, later] {
        if (m_pooled) {
            m_forest->setSpec(forestSpec(*m_pooled));
        }
        later([this, outcome] {
            showPanelsOf(*outcome);
            emit poolShown();
        });
    });
}

void PoolDialog::showOutcome(const PoolOutcome &outcome)
{
    ++m_shown; // pieces of an earlier pool still to come are stale
    showMessagesOf(outcome);
    m_forest->setSpec(m_pooled ? forestSpec(*m_pooled) : evidence::ForestSpec{});
    m_forest->setVisible(m_pooled.has_value());
    showPanelsOf(outcome);
}

void PoolDialog::showMessagesOf(const PoolOutcome &outcome)
{
    m_pooled = outcome.pooled;
    m_check = outcome.check;
    m_error = outcome.error;
    showMessages();
}

void PoolDialog::showPanelsOf(const PoolOutcome &outcome)
{
    const QList<eb::review::PoolInput> inputs =
        outcome.inputs.value_or(QList<eb::review::PoolInput>{});
    // The slide and the sensitivity analyses refit by inverse variance: not offered for a pool
    // from arm counts, whose model they would silently change.
    const bool fromCounts = m_pooled && m_pooled->counts.has_value();
    m_addToPresentation->setEnabled(m_pooled.has_value() && !fromCounts);
    QHash<qint64, PoolSensitivityPanel::StudyFacts> facts;
    QHash<qint64, catalogue::StudySummary> studies;
    for (const catalogue::StudySummary &study : outcome.studies) {
        facts.insert(study.id, {study.year, study.sponsorship});
        studies.insert(study.id, study);
    }
    m_sensitivity->setStudyFacts(std::move(facts));
    m_sensitivity->setStudies(std::move(studies));
    m_sensitivity->setPool(fromCounts ? std::nullopt : m_pooled, inputs);
    m_sensitivity->setVisible(!fromCounts);
}

void PoolDialog::showMessages()
{
    QString html;
    if (!m_check.refusals.isEmpty()) {
        html += QStringLiteral("<p style='color:#a01010'><b>%1</b></p><ul>")
                    .arg(tr("Refused: nothing was pooled."));
        for (const eb::review::PoolIssue &r : m_check.refusals) {
            html += QStringLiteral("<li>%1").arg(r.message.toHtmlEscaped());
            for (qint64 keep : r.keepOneOf) {
                html += QStringLiteral(" <a href='keep:%1:%2'>%3</a>")
                            .arg(keep)
                            .arg(r.keepOneOf.at(r.keepOneOf.first() == keep ? 1 : 0))
                            .arg(tr("keep #%1 only").arg(keep));
            }
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    } else if (!m_error.isEmpty()) {
        html += QStringLiteral("<p style='color:#a01010'>%1</p>").arg(m_error.toHtmlEscaped());
    } else if (m_pooled) {
        const eb::review::ResultPool &p = *m_pooled;
        const QString metric =
            QString::fromLatin1(eb::stats::metricKey(p.displayMetric).data()).toUpper();
        html +=
            QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("%1 %2 (95% CI %3 to %4)%5; I² %6%, %7")
                         .arg(metric, QString::number(p.estimate, 'f', 3),
                              QString::number(p.ciLow, 'f', 3), QString::number(p.ciHigh, 'f', 3),
                              p.piLow ? tr(", prediction interval %1 to %2")
                                            .arg(QString::number(*p.piLow, 'f', 3),
                                                 QString::number(*p.piHigh, 'f', 3))
                                      : QString(),
                              QString::number(p.engine.i2, 'f', 1), eb::review::poolTitle(p))
                         .toHtmlEscaped());
        QStringList flipped;
        for (const eb::review::PooledRow &row : p.rows) {
            if (row.flipped) {
                flipped << QStringLiteral("#%1").arg(row.result.id);
            }
        }
        if (!flipped.isEmpty()) {
            html +=
                QStringLiteral("<p>%1</p>")
                    .arg(
                        tr("Pooled with the direction of %1 flipped by you (1/RR, −d, 1 − MW); the "
                           "pooled rows and a saved analysis record it.")
                            .arg(flipped.join(QStringLiteral("; ")))
                            .toHtmlEscaped());
        }
    }
    const QList<eb::review::PoolIssue> &warnings = m_pooled ? m_pooled->warnings : m_check.warnings;
    if (!warnings.isEmpty()) {
        html += QStringLiteral("<p style='color:#8a5a00'><b>%1</b></p><ul>")
                    .arg(tr("Warnings (saved with the pooled result):"));
        for (const eb::review::PoolIssue &w : warnings) {
            html += QStringLiteral("<li>%1</li>").arg(w.message.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    m_messages->setText(html);
}

void PoolDialog::followMessageLink(const QString &link)
{
    // keep:KEEP:DROP
    const QStringList parts = link.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts.first() != QLatin1String("keep")) {
        return;
    }
    QList<qint64> ids = selectedResults();
    ids.removeAll(parts.at(2).toLongLong());
    setSelectedResults(ids);
    pool();
}

bool PoolDialog::saveAnalysis(const QString &name, QString *error)
{
    if (name.isEmpty()) {
        *error = tr("Give the analysis a name.");
        return false;
    }
    if (!m_pooled) {
        *error = tr("Pool results first: only a pooled result can be saved.");
        return false;
    }
    if (!eb::review::storeAnalysis(m_analysesFile, eb::review::savedAnalysisFrom(name, *m_pooled),
                                   error)) {
        return false;
    }
    refreshSaved();
    m_saved->setCurrentText(name);
    return true;
}

bool PoolDialog::openAnalysis(const QString &name, QString *error)
{
    QList<eb::review::SavedAnalysis> all;
    if (!eb::review::loadAnalyses(m_analysesFile, &all, error)) {
        return false;
    }
    for (const eb::review::SavedAnalysis &a : all) {
        if (a.name != name) {
            continue;
        }
        setSelectedResults(a.resultIds);
        setFlippedResults(a.flippedIds);
        const auto counts = eb::review::countsMethodFromKey(a.method);
        if (!counts || !setCountsMethod(*counts)) {
            setMethod(eb::stats::poolMethodFromKey(a.method.toStdString())
                          .value_or(eb::stats::PoolMethod::Reml),
                      a.knappHartung);
        }
        m_name->setText(a.name);
        pool();
        return true;
    }
    *error = tr("No saved analysis is called '%1'.").arg(name);
    return false;
}

QStringList PoolDialog::savedAnalysisNames() const
{
    QStringList names;
    for (int i = 0; i < m_saved->count(); ++i) {
        names << m_saved->itemText(i);
    }
    return names;
}

void PoolDialog::refreshSaved()
{
    QList<eb::review::SavedAnalysis> all;
    QString error;
    eb::review::loadAnalyses(m_analysesFile, &all, &error);
    m_saved->clear();
    for (const eb::review::SavedAnalysis &a : all) {
        m_saved->addItem(a.name);
    }
}

bool PoolDialog::exportChart(const QString &path, QString *error)
{
    if (!m_pooled || m_forest->forestPlot() == nullptr) {
        *error = tr("Pool results first: there is no chart to export.");
        return false;
    }
    const auto format = charts::exportFormatForPath(path);
    if (!format) {
        *error = tr("use a file name ending in .png, .svg or .pdf");
        return false;
    }
    charts::ExportOptions options;
    options.title = windowTitle();
    return charts::exportFigure(*m_forest->forestPlot(), path, *format, options, error);
}

} // namespace eb::gui::review
