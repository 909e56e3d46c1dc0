// The Pool window pooling from arm counts (issue 19): two results the user entered with the
// events and totals of both arms, from two trials, pooled by Mantel-Haenszel and Peto, equal
// to metafor's rma.mh / rma.peto (tests/stats/fixtures/make_mh_window_fixtures.R) and to
// `evidence pool --results … --method MH` and `evidence pool FILE --method MH`; the choice is
// offered only when every ticked result has counts, and the pooling checks still refuse.
#include "../stats/fixturecsv.h"
#include "catalogue/catalogue.h"
#include "cataloguecopy.h"
#include "commandrun.h"
#include "gui/features/review/pooldialog.h"
#include "gui/features/review/poolresultmodel.h"
#include "gui/features/review/poolsensitivitypanel.h"
#include "review/resultpool.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <gtest/gtest.h>

using eb::catalogue::RecordKind;
using eb::catalogue::RecordRow;
using eb::catalogue::ResultRecord;
using eb::gui::review::PoolDialog;
using eb::gui::review::PoolResultModel;
using eb::review::CountsMethod;
using eb::stats::test::FixtureCsv;

namespace {

constexpr double kTolerance = 1e-6; // relative, as every metafor comparison

double relative(double actual, double expected)
{
    return std::abs(actual - expected) / std::max(std::abs(expected), 1e-300);
}

class PoolCountsWindow : public eb::test::CatalogueCopyTest
{
protected:
    void SetUp() override
    {
        CatalogueCopyTest::SetUp();
        // The two trials of mh_two_trials.csv, as a user enters them: a source and a study
        // each, and one result per trial with the counts of both arms.
        const FixtureCsv trials("mh_two_trials.csv");
        ASSERT_EQ(trials.size(), 2u);
        QList<RecordRow> parents;
        QList<RecordRow> results;
        const QStringList printed[] = {
            {QStringLiteral("0.55"), QStringLiteral("0.30"), QStringLiteral("1.02")},
            {QStringLiteral("0.68"), QStringLiteral("0.42"), QStringLiteral("1.11")}};
        for (std::size_t r = 0; r < trials.size(); ++r) {
            const QString slug = QStringLiteral("counts-trial-%1").arg(r + 1);
            const QString name = QString::fromStdString(trials.text(r, "label"));
            parents << RecordRow{RecordKind::Source,
                                 0,
                                 0,
                                 true,
                                 {{QStringLiteral("slug"), slug + QStringLiteral("-paper")},
                                  {QStringLiteral("kind"), QStringLiteral("journal_article")},
                                  {QStringLiteral("short_label"), name + QStringLiteral(" paper")},
                                  {QStringLiteral("sponsorship"), QStringLiteral("unknown")}}};
            parents << RecordRow{RecordKind::Study,
                                 0,
                                 0,
                                 true,
                                 {{QStringLiteral("slug"), slug},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("design"), QStringLiteral("rct")},
                                  {QStringLiteral("condition"), QStringLiteral("stroke")},
                                  {QStringLiteral("species"), QStringLiteral("human")},
                                  {QStringLiteral("year"), QStringLiteral("2020")},
                                  {QStringLiteral("sponsorship"), QStringLiteral("unknown")}}};
            const auto count = [&](const char *column) {
                return QString::number(static_cast<int>(*trials.number(r, column)));
            };
            results << RecordRow{
                RecordKind::Result,
                0,
                0,
                true,
                {{QStringLiteral("study"), slug},
                 {QStringLiteral("outcome"), QStringLiteral("all-cause-death")},
                 {QStringLiteral("source"), slug + QStringLiteral("-paper")},
                 {QStringLiteral("metric"), QStringLiteral("rr")},
                 {QStringLiteral("estimate"), printed[r].at(0)},
                 {QStringLiteral("ci_low"), printed[r].at(1)},
                 {QStringLiteral("ci_high"), printed[r].at(2)},
                 {QStringLiteral("ci_level"), QStringLiteral("95")},
                 {QStringLiteral("higher_favours"), QStringLiteral("control")},
                 {QStringLiteral("quote"), QStringLiteral("RR %1").arg(printed[r].at(0))},
                 {QStringLiteral("treatment_events"), count("ai")},
                 {QStringLiteral("treatment_total"), count("n1i")},
                 {QStringLiteral("treatment_quote"),
                  QStringLiteral("%1/%2 died").arg(count("ai"), count("n1i"))},
                 {QStringLiteral("control_events"), count("ci")},
                 {QStringLiteral("control_total"), count("n2i")},
                 {QStringLiteral("control_quote"),
                  QStringLiteral("%1/%2 died").arg(count("ci"), count("n2i"))}}};
        }
        auto report = m_catalogue.insertRecords(parents);
        ASSERT_TRUE(report.committed) << report.problems.value(0).problem.message.toStdString();
        report = m_catalogue.insertRecords(results);
        ASSERT_TRUE(report.committed) << report.problems.value(0).problem.message.toStdString();
        for (const eb::catalogue::ResultRecord &r : m_catalogue.results()) {
            if (r.studySlug.startsWith(QLatin1String("counts-trial-"))) {
                m_ids << r.id;
            }
        }
        ASSERT_EQ(m_ids.size(), 2);
    }

    QStandardItem *modelItem(PoolDialog &dialog, const QString &key) const
    {
        auto *model = qobject_cast<QStandardItemModel *>(dialog.modelBox()->model());
        return model->item(dialog.modelBox()->findData(key));
    }

    QList<qint64> m_ids;
};

// The catalogue, counting its reads of one result by id (what the Pool window's tick check
// does for a ticked result whose page is not in memory).
class CountingReader final : public eb::catalogue::CatalogueReader
{
public:
    explicit CountingReader(const eb::catalogue::CatalogueReader &catalogue) : m_c(catalogue) {}
    mutable int resultReads = 0;

    QString lastError() const override { return m_c.lastError(); }
    QString info(const QString &key) const override { return m_c.info(key); }
    int schemaVersion() const override { return m_c.schemaVersion(); }
    QList<eb::catalogue::StudySummary> studies(const eb::catalogue::StudyFilter &f) const override
    {
        return m_c.studies(f);
    }
    std::optional<eb::catalogue::StudyDetail> study(const QString &slug) const override
    {
        return m_c.study(slug);
    }
    std::optional<eb::catalogue::StudyDetail> study(qint64 id) const override
    {
        return m_c.study(id);
    }
    QList<ResultRecord> results(const eb::catalogue::ResultFilter &f) const override
    {
        return m_c.results(f);
    }
    std::optional<ResultRecord> result(qint64 id) const override
    {
        ++resultReads;
        return m_c.result(id);
    }
    std::optional<eb::catalogue::OutcomeMeasureRecord> outcome(const QString &s) const override
    {
        return m_c.outcome(s);
    }
    QList<eb::catalogue::ClaimRecord> claims() const override { return m_c.claims(); }
    std::optional<eb::catalogue::ClaimRecord> claim(const QString &slug) const override
    {
        return m_c.claim(slug);
    }
    QList<eb::catalogue::SourceRecord> sources() const override { return m_c.sources(); }
    QList<eb::catalogue::DosingRecord> dosing() const override { return m_c.dosing(); }
    QList<eb::catalogue::DiscrepancyRecord> discrepancies() const override
    {
        return m_c.discrepancies();
    }
    QList<eb::catalogue::DiscrepancyLinkRecord> discrepancyLinks() const override
    {
        return m_c.discrepancyLinks();
    }
    QList<eb::catalogue::ClaimLinkRecord> claimLinks() const override { return m_c.claimLinks(); }
    QList<eb::catalogue::GradeAssessment> gradeAssessments(const QString &o) const override
    {
        return m_c.gradeAssessments(o);
    }
    QList<eb::catalogue::RobAssessment> robAssessments(const QString &s,
                                                       const QString &o) const override
    {
        return m_c.robAssessments(s, o);
    }

private:
    const eb::catalogue::CatalogueReader &m_c;
};

} // namespace

// The MH/Peto choice answers from the list's records now, not a read per ticked result; it
// must say what the direct read said for every set of ticks: offered exactly when two or more
// results are ticked and each has both arms' events and totals (checked against
// m_catalogue.result() for all 32 subsets of two user results with counts, a bundled trial
// result without, and the Cochrane rows with), also when the ticked rows are hidden by a
// search so that their page is not in memory, and after a tick by click.
TEST_F(PoolCountsWindow, TheChoiceIsOfferedExactlyWhenEveryTickedResultHasCounts)
{
    const QList<qint64> candidates{m_ids.at(0), m_ids.at(1), 6, 34, 35};
    const auto offered = [this](const QList<qint64> &ids) {
        bool all = ids.size() >= 2;
        for (qint64 id : ids) {
            const std::optional<ResultRecord> r = m_catalogue.result(id);
            all = all && r && eb::review::armCounts(*r);
        }
        return all;
    };
    PoolDialog dialog(m_catalogue, m_dir.filePath(QStringLiteral("analyses.json")));
    const auto expectChoice = [&](const QList<qint64> &ids, const char *when) {
        for (const QString &key : {QStringLiteral("MH"), QStringLiteral("PETO")}) {
            const QStandardItem *item = modelItem(dialog, key);
            EXPECT_EQ(item->isEnabled(), offered(ids)) << when << " " << key.toStdString();
            if (ids.size() >= 2 && ids.contains(6)) {
                EXPECT_TRUE(item->toolTip().contains(QStringLiteral("#6 has none")))
                    << item->toolTip().toStdString();
            }
        }
    };
    int offeredSets = 0;
    for (const QString &search : {QString(), QStringLiteral("CAPTAIN")}) {
        dialog.searchField()->setText(search);
        const PoolResultModel *model = dialog.resultModel();
        if (!search.isEmpty()) {
            ASSERT_GT(model->rowCount(), 0);
            ASSERT_EQ(model->rowOfResult(m_ids.at(0)), -1) << "hidden by the search";
        }
        for (int mask = 0; mask < (1 << candidates.size()); ++mask) {
            QList<qint64> ids;
            for (qsizetype i = 0; i < candidates.size(); ++i) {
                if ((mask & (1 << i)) != 0) {
                    ids << candidates.at(i);
                }
            }
            dialog.setSelectedResults(ids);
            expectChoice(ids, search.isEmpty() ? "listed" : "hidden");
            offeredSets += offered(ids) ? 1 : 0;
        }
    }
    EXPECT_GT(offeredSets, 0) << "some set offers the choice";

    // A tick by click, the way a user adds the second result.
    dialog.searchField()->clear();
    dialog.setSelectedResults({m_ids.at(0)});
    expectChoice({m_ids.at(0)}, "one ticked");
    PoolResultModel *model = dialog.resultModel();
    const int row = model->rowOfResult(m_ids.at(1));
    ASSERT_GE(row, 0);
    ASSERT_TRUE(model->setData(model->index(row, PoolResultModel::Result), Qt::Checked,
                               Qt::CheckStateRole));
    expectChoice(m_ids, "second ticked by click");
    EXPECT_TRUE(modelItem(dialog, QStringLiteral("MH"))->isEnabled());
    ASSERT_TRUE(model->setData(model->index(model->rowOfResult(6), PoolResultModel::Result),
                               Qt::Checked, Qt::CheckStateRole));
    EXPECT_FALSE(modelItem(dialog, QStringLiteral("MH"))->isEnabled());
}

// The ticked results' records come from the pages in memory: no read while their page is
// there; a ticked result whose row a search hides is read once, however often it is asked
// for, and forgotten when unticked.
TEST_F(PoolCountsWindow, ATickedResultIsReadOnlyWhereItsPageIsNotInMemoryAndThenOnce)
{
    CountingReader reader(m_catalogue);
    PoolResultModel model(reader);
    model.setSearch({});
    ASSERT_GE(model.rowOfResult(m_ids.at(0)), 0);
    model.setSelected(m_ids);
    // Each ticked result asked for three times, as three tick changes would.
    const auto askThrice = [&] {
        for (int ask = 0; ask < 3; ++ask) {
            for (qint64 id : m_ids) {
                const std::optional<ResultRecord> r = model.selectedRecord(id);
                ASSERT_TRUE(r.has_value());
                EXPECT_EQ(r->id, id);
                EXPECT_TRUE(eb::review::armCounts(*r).has_value());
            }
        }
    };
    askThrice();
    EXPECT_EQ(reader.resultReads, 0) << "listed: read from its page";
    EXPECT_FALSE(model.selectedRecord(6).has_value()) << "not ticked";

    model.setSearch(QStringLiteral("CAPTAIN"));
    ASSERT_EQ(model.rowOfResult(m_ids.at(0)), -1);
    askThrice();
    EXPECT_EQ(reader.resultReads, 2) << "hidden: each read once";
    model.setSelected({m_ids.at(1)});
    model.setSelected(m_ids);
    ASSERT_TRUE(model.selectedRecord(m_ids.at(0)).has_value());
    ASSERT_TRUE(model.selectedRecord(m_ids.at(1)).has_value());
    EXPECT_EQ(reader.resultReads, 3) << "unticked and ticked again: read again, the other kept";
}

TEST_F(PoolCountsWindow, MantelHaenszelRiskRatioEqualsMetaforAndTheCommandLine)
{
    PoolDialog dialog(m_catalogue, m_dir.filePath(QStringLiteral("analyses.json")));
    dialog.setSelectedResults(m_ids);
    ASSERT_TRUE(modelItem(dialog, QStringLiteral("MH"))->isEnabled());
    // The user picks the model from the combo box and presses Check and pool.
    QComboBox *box = dialog.modelBox();
    box->setFocus();
    while (box->currentData().toString() != QLatin1String("MH") &&
           box->currentIndex() < box->count() - 1) {
        QTest::keyClick(box, Qt::Key_Down);
    }
    ASSERT_EQ(box->currentData().toString(), QStringLiteral("MH"));
    QPushButton *poolButton = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == PoolDialog::tr("Check and pool")) {
            poolButton = b;
        }
    }
    ASSERT_NE(poolButton, nullptr);
    QTest::mouseClick(poolButton, Qt::LeftButton);
    ASSERT_TRUE(dialog.pooled().has_value()) << dialog.messages()->text().toStdString();
    const eb::review::ResultPool &p = *dialog.pooled();
    ASSERT_TRUE(p.counts.has_value());
    EXPECT_EQ(p.countsMethod, CountsMethod::MantelHaenszel);
    EXPECT_EQ(p.poolingScale, QStringLiteral("log RR"));

    const FixtureCsv expected("mh_two_trials_expected.csv");
    ASSERT_EQ(expected.text(0, "measure"), "RR");
    const eb::stats::MhResult &m = *p.counts;
    for (const auto &[value, column] :
         std::vector<std::pair<double, std::string>>{{m.estimate, "estimate"},
                                                     {m.se, "se"},
                                                     {m.z, "z"},
                                                     {m.p, "p"},
                                                     {m.ciLow, "ci_low"},
                                                     {m.ciHigh, "ci_high"},
                                                     {m.q, "q"},
                                                     {m.qP, "q_p"},
                                                     {m.h2, "h2"}}) {
        EXPECT_LE(relative(value, *expected.number(0, column)), kTolerance) << column;
    }
    EXPECT_EQ(m.i2, 0.0);
    EXPECT_LE(relative(p.estimate, std::exp(*expected.number(0, "estimate"))), kTolerance);
    EXPECT_LE(relative(p.ciHigh, std::exp(*expected.number(0, "ci_high"))), kTolerance);
    // What the window says is the model's name, not REML's.
    EXPECT_TRUE(dialog.messages()->text().contains(QStringLiteral("Mantel-Haenszel")));
    EXPECT_FALSE(dialog.sensitivityPanel()->isVisibleTo(&dialog));
    if (const QString dir = qEnvironmentVariable("EB_SCREENSHOT_DIR"); !dir.isEmpty()) {
        // The picture of docs/reviewers.md (taken under Xvfb and openbox).
        dialog.resize(1280, 800);
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        EXPECT_TRUE(dialog.grab().save(QDir(dir).filePath(QStringLiteral("review-pool-mh.png"))));
    }

    // The same figures from the command line: the catalogue form and the file form.
    const auto fromCatalogue = eb::test::evidence(
        {QStringLiteral("pool"), QStringLiteral("--results"),
         QStringLiteral("%1,%2").arg(m_ids.at(0)).arg(m_ids.at(1)), QStringLiteral("--method"),
         QStringLiteral("MH"), QStringLiteral("--json"), QStringLiteral("--database"), m_path});
    ASSERT_EQ(fromCatalogue.status, 0) << fromCatalogue.err.toStdString();
    const QJsonObject counts =
        eb::test::jsonOf(fromCatalogue).value(QStringLiteral("counts")).toObject();
    EXPECT_EQ(counts.value(QStringLiteral("estimate")).toDouble(), m.estimate);
    EXPECT_EQ(counts.value(QStringLiteral("QE")).toDouble(), m.q);
    const auto fromFile = eb::test::evidence(
        {QStringLiteral("pool"),
         QStringLiteral(EB_SOURCE_DIR "/tests/stats/fixtures/mh_two_trials.csv"),
         QStringLiteral("--measure"), QStringLiteral("RR"), QStringLiteral("--method"),
         QStringLiteral("MH"), QStringLiteral("--json")});
    ASSERT_EQ(fromFile.status, 0) << fromFile.err.toStdString();
    EXPECT_EQ(eb::test::jsonOf(fromFile), counts);
}

TEST_F(PoolCountsWindow, PetoOddsRatioIsRefusedForRiskRatiosWithTheReason)
{
    PoolDialog dialog(m_catalogue, m_dir.filePath(QStringLiteral("analyses.json")));
    dialog.setSelectedResults(m_ids);
    ASSERT_TRUE(dialog.setCountsMethod(CountsMethod::Peto));
    EXPECT_FALSE(dialog.pool());
    EXPECT_TRUE(dialog.messages()->text().contains(QStringLiteral("odds ratios")))
        << dialog.messages()->text().toStdString();
}

TEST_F(PoolCountsWindow, TheChoiceIsDisabledWithTheReasonWhenAResultHasNoCounts)
{
    PoolDialog dialog(m_catalogue, m_dir.filePath(QStringLiteral("analyses.json")));
    // Result 6 (a bundled trial result) has no arm counts.
    dialog.setSelectedResults({m_ids.at(0), 6});
    for (const QString &key : {QStringLiteral("MH"), QStringLiteral("PETO")}) {
        const QStandardItem *item = modelItem(dialog, key);
        EXPECT_FALSE(item->isEnabled()) << key.toStdString();
        EXPECT_TRUE(item->toolTip().contains(QStringLiteral("#6 has none")))
            << item->toolTip().toStdString();
        EXPECT_TRUE(item->toolTip().contains(QStringLiteral("bundled catalogue")));
    }
    EXPECT_FALSE(dialog.setCountsMethod(CountsMethod::MantelHaenszel));
    // Chosen while offered, then a result without counts ticked: back to REML.
    dialog.setSelectedResults(m_ids);
    ASSERT_TRUE(dialog.setCountsMethod(CountsMethod::MantelHaenszel));
    dialog.setSelectedResults({m_ids.at(0), 6});
    EXPECT_EQ(dialog.modelBox()->currentData().toString(), QStringLiteral("REML"));
}

TEST_F(PoolCountsWindow, ThePoolingChecksStillRefuseTheBundledCochraneRows)
{
    // Results 34 and 35: the Cochrane review's rows, both with arm counts, from one review.
    PoolDialog dialog(m_catalogue, m_dir.filePath(QStringLiteral("analyses.json")));
    dialog.setSelectedResults({34, 35});
    ASSERT_TRUE(dialog.setCountsMethod(CountsMethod::MantelHaenszel));
    EXPECT_FALSE(dialog.pool());
    EXPECT_FALSE(dialog.lastCheck().refusals.isEmpty());
    EXPECT_TRUE(dialog.messages()->text().contains(QStringLiteral("Refused")));
}

TEST_F(PoolCountsWindow, ASavedAnalysisReopensWithItsCountsMethod)
{
    PoolDialog dialog(m_catalogue, m_dir.filePath(QStringLiteral("analyses.json")));
    dialog.setSelectedResults(m_ids);
    ASSERT_TRUE(dialog.setCountsMethod(CountsMethod::MantelHaenszel));
    ASSERT_TRUE(dialog.pool());
    const double estimate = dialog.pooled()->estimate;
    QString error;
    ASSERT_TRUE(dialog.saveAnalysis(QStringLiteral("mh"), &error)) << error.toStdString();
    PoolDialog reopened(m_catalogue, m_dir.filePath(QStringLiteral("analyses.json")));
    ASSERT_TRUE(reopened.openAnalysis(QStringLiteral("mh"), &error)) << error.toStdString();
    ASSERT_TRUE(reopened.pooled().has_value());
    EXPECT_EQ(reopened.modelBox()->currentData().toString(), QStringLiteral("MH"));
    EXPECT_EQ(reopened.pooled()->estimate, estimate);
}
