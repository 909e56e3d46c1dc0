// The outcome matrix and the evidence-gap summary (review::buildOutcomeMatrix, evidenceGaps) on
// hand-made records: the order of columns and rows, cell states, conversion, direction.
#include "evidence/outcomematrix.h"
#include "model/records.h"

#include <gtest/gtest.h>

namespace {

using eb::catalogue::ResultRecord;
using eb::catalogue::StudySummary;
using eb::review::CellState;
using eb::review::DisplayMetric;

StudySummary study(qint64 id, const char *design, std::optional<int> n)
{
    StudySummary s;
    s.id = id;
    s.slug = QStringLiteral("study-%1").arg(id);
    s.name = QStringLiteral("Study %1").arg(id);
    s.design = QString::fromLatin1(design);
    s.condition = QStringLiteral("stroke");
    s.species = QStringLiteral("human");
    s.nEnrolled = n;
    return s;
}

ResultRecord result(qint64 id, qint64 studyId, qint64 outcomeId, const char *domain)
{
    ResultRecord r;
    r.id = id;
    r.studyId = studyId;
    r.outcomeId = outcomeId;
    r.outcomeSlug = QStringLiteral("outcome-%1").arg(outcomeId);
    r.outcomeName = QStringLiteral("Outcome %1").arg(outcomeId);
    r.outcomeAbbreviation = outcomeId == 1 ? QStringLiteral("O1") : QString();
    r.outcomeDomain = QString::fromLatin1(domain);
    r.timepoint = QStringLiteral("day 90");
    r.timepointDays = 90;
    r.origin = QStringLiteral("reported");
    r.sourceSlug = QStringLiteral("paper");
    r.higherFavours = QStringLiteral("treatment");
    return r;
}

ResultRecord mw(ResultRecord r, double estimate, double low, double high)
{
    r.metric = eb::stats::Metric::MannWhitney;
    r.estimate = estimate;
    r.ciLow = low;
    r.ciHigh = high;
    return r;
}

} // namespace

TEST(OutcomeMatrix, ColumnsFollowTheVocabularysDomainOrderAndRowsItsDesignOrder)
{
    // Outcome 1 is cognitive, outcome 2 motor: motor comes first in the vocabulary.
    const QList<StudySummary> studies{study(1, "meta_analysis", 500), study(2, "rct", 100)};
    const QList<ResultRecord> results{mw(result(10, 1, 1, "cognitive"), 0.6, 0.55, 0.65),
                                      mw(result(11, 2, 2, "motor"), 0.45, 0.40, 0.52),
                                      result(12, 2, 1, "cognitive")};
    const auto matrix = eb::review::buildOutcomeMatrix(studies, results, DisplayMetric::Native);
    ASSERT_EQ(matrix.columns.size(), 2);
    EXPECT_EQ(matrix.columns.at(0).outcomeName, QStringLiteral("Outcome 2")); // no abbreviation
    EXPECT_EQ(matrix.columns.at(1).outcomeName, QStringLiteral("O1"));
    ASSERT_EQ(matrix.rows.size(), 2);
    EXPECT_EQ(matrix.rows.at(0).studyId, 2); // the trial before the meta-analysis
    EXPECT_FALSE(matrix.rows.at(0).isSynthesis);
    EXPECT_TRUE(matrix.rows.at(1).isSynthesis);

    // The trial: a reported MW below 0.5 favours control; its CI crosses 0.5.
    const auto *motor = matrix.rows.at(0).cell(0);
    ASSERT_NE(motor, nullptr);
    EXPECT_EQ(motor->state, CellState::Effect);
    EXPECT_EQ(motor->direction, -1);
    EXPECT_FALSE(motor->ciExcludesNull);
    // Measured without an effect size.
    const auto *cognitive = matrix.rows.at(0).cell(1);
    ASSERT_NE(cognitive, nullptr);
    EXPECT_EQ(cognitive->state, CellState::MeasuredNotReported);
    // The meta-analysis measured only outcome 1: no cell under outcome 2.
    EXPECT_EQ(matrix.rows.at(1).cell(0), nullptr);
    const auto *pooled = matrix.rows.at(1).cell(1);
    ASSERT_NE(pooled, nullptr);
    EXPECT_EQ(pooled->direction, 1);
    EXPECT_TRUE(pooled->ciExcludesNull);
    EXPECT_FALSE(pooled->derived);
    EXPECT_EQ(pooled->metric, QStringLiteral("mw"));
}

TEST(OutcomeMatrix, ACommonMetricIsDerivedAndSaysSo)
{
    const QList<StudySummary> studies{study(1, "rct", 100)};
    const QList<ResultRecord> results{mw(result(10, 1, 1, "motor"), 0.6, 0.55, 0.65)};
    const auto matrix = eb::review::buildOutcomeMatrix(studies, results, DisplayMetric::D);
    ASSERT_EQ(matrix.rows.size(), 1);
    const auto *cell = matrix.rows.at(0).cell(0);
    ASSERT_NE(cell, nullptr);
    EXPECT_TRUE(cell->derived);
    EXPECT_FALSE(cell->formula.isEmpty());
    EXPECT_EQ(cell->metric, QStringLiteral("d"));
    // d = √2 · Φ⁻¹(MW): Φ⁻¹(0.6) = 0.253347.
    ASSERT_TRUE(cell->estimate.has_value());
    EXPECT_NEAR(*cell->estimate, 1.414214 * 0.253347, 1e-4);
    // The record shown keeps its own numbers.
    EXPECT_EQ(cell->result.estimate, 0.6);
}

TEST(OutcomeMatrix, APublicationsRecordIsPreferredAndTheOthersCounted)
{
    const QList<StudySummary> studies{study(1, "rct", 100)};
    ResultRecord article = mw(result(10, 1, 1, "motor"), 0.7, 0.6, 0.8);
    article.sourceSlug = QStringLiteral("article");
    const ResultRecord paper = mw(result(11, 1, 1, "motor"), 0.62, 0.55, 0.69);
    const auto matrix =
        eb::review::buildOutcomeMatrix(studies, {article, paper}, DisplayMetric::Native);
    ASSERT_EQ(matrix.rows.size(), 1);
    const auto *cell = matrix.rows.at(0).cell(0);
    ASSERT_NE(cell, nullptr);
    EXPECT_EQ(cell->result.id, 11);
    EXPECT_EQ(cell->otherRecords, 1);
}

TEST(OutcomeMatrix, GapsCountTrialsAndTheirParticipantsAndSynthesesApart)
{
    const QList<StudySummary> studies{study(1, "rct", 100), study(2, "rct", std::nullopt),
                                      study(3, "meta_analysis", 900)};
    const QList<ResultRecord> results{result(10, 1, 1, "motor"), result(11, 2, 1, "motor"),
                                      result(12, 3, 1, "motor")};
    const auto gaps = eb::review::evidenceGaps(studies, results);
    ASSERT_EQ(gaps.size(), 1);
    EXPECT_EQ(gaps.at(0).condition, QStringLiteral("stroke"));
    EXPECT_EQ(gaps.at(0).outcomeName, QStringLiteral("O1"));
    EXPECT_EQ(gaps.at(0).studies, 2);
    EXPECT_EQ(gaps.at(0).participants, 100);
    EXPECT_EQ(gaps.at(0).studiesWithoutN, 1);
    EXPECT_EQ(gaps.at(0).syntheses, 1);
}
