// The evidence layer's builders behind the GUI's Chart tab and `evidence render`: effect
// entries from results, forest rows on a display metric, pooling, benchmark bands, the time
// course's data, and chart numbers. No chart is drawn (these moved from otherscharts_test.cpp).
#include "evidence/distributiondata.h"
#include "evidence/forestdata.h"
#include "evidence/format.h"
#include "evidence/pooledrows.h"
#include "evidence/timecoursedata.h"
#include "model/records.h"

#include <QRegularExpression>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace eb::evidence;
using eb::stats::Metric;

TEST(ForestData, ConvertsToTheDisplayMetricAndMarksDerivedRows)
{
    QList<EffectEntry> entries;
    EffectEntry mw;
    mw.study = QStringLiteral("A");
    mw.metric = Metric::MannWhitney;
    mw.estimate = 0.62;
    mw.ciLow = 0.55;
    mw.ciHigh = 0.69;
    EffectEntry orEntry = mw;
    orEntry.study = QStringLiteral("B");
    orEntry.metric = Metric::OddsRatio;
    orEntry.estimate = 2.0;
    orEntry.ciLow = 1.2;
    orEntry.ciHigh = 3.3;
    EffectEntry rr = mw;
    rr.study = QStringLiteral("C");
    rr.metric = Metric::RiskRatio;
    rr.estimate = 0.9;
    entries << mw << orEntry << rr;

    // Native: mixed metrics are refused with their names.
    const ForestBuild native = buildForest(entries, DisplayMetric::Native);
    EXPECT_FALSE(native.ok());
    EXPECT_TRUE(native.error.contains(QStringLiteral("mw")));

    const ForestBuild build = buildForest(entries, DisplayMetric::Mw);
    ASSERT_TRUE(build.ok()) << build.error.toStdString();
    ASSERT_EQ(build.spec.rows.size(), 2); // the RR has no conversion to MW
    EXPECT_EQ(build.skipped, 1);
    EXPECT_FALSE(build.spec.rows[0].derived);
    EXPECT_NEAR(*build.spec.rows[0].estimate, 0.62, 1e-12);
    EXPECT_TRUE(build.spec.rows[1].derived);
    EXPECT_FALSE(build.spec.rows[1].derivation.isEmpty());
    // OR 2 -> d = ln(2) * sqrt(3) / pi = 0.3822 -> MW = Phi(d / sqrt 2) = 0.6065
    EXPECT_NEAR(*build.spec.rows[1].estimate, 0.6065, 1e-3);
    EXPECT_LT(*build.spec.rows[1].ciLow, *build.spec.rows[1].estimate);
    // The footnote names the metric left out in words (issue 8: "Footnotes use words, not
    // keys"); it used to say "(rr)".
    EXPECT_TRUE(build.spec.footnote.contains(QStringLiteral("risk ratio")))
        << build.spec.footnote.toStdString();
    EXPECT_FALSE(build.spec.footnote.contains(QRegularExpression(QStringLiteral(
        "\\((mw|d|g|smd|or|log_or|rr|log_rr|rd|md|mean_change_difference|nnt|none)\\)"))))
        << build.spec.footnote.toStdString();
    EXPECT_FALSE(build.spec.footnote.contains(QStringLiteral("unnamed metric")));
}

TEST(ForestData, AFootnoteNamesAResultWithoutAScaleInWords)
{
    EffectEntry mw;
    mw.study = QStringLiteral("A");
    mw.metric = Metric::MannWhitney;
    mw.estimate = 0.6;
    EffectEntry none = mw;
    none.study = QStringLiteral("B");
    none.metric = Metric::None;
    none.estimate = 1.3;
    const ForestBuild build = buildForest({mw, none}, DisplayMetric::Mw);
    ASSERT_TRUE(build.ok()) << build.error.toStdString();
    EXPECT_EQ(build.skipped, 1);
    EXPECT_FALSE(build.spec.footnote.contains(QStringLiteral("(none)")));
    EXPECT_FALSE(build.spec.footnote.contains(QStringLiteral("unnamed metric")));
    EXPECT_TRUE(build.spec.footnote.contains(QStringLiteral("a value on no named scale")))
        << build.spec.footnote.toStdString();
}

TEST(ForestData, PoolingMatchesTheEngineOnTheNativeScale)
{
    // Three d values with their CIs (from vi = 0.04, 0.09, 0.01): FE estimate is the
    // inverse-variance mean.
    QList<EffectEntry> entries;
    const double d[] = {0.2, 0.5, 0.3};
    const double v[] = {0.04, 0.09, 0.01};
    for (int i = 0; i < 3; ++i) {
        EffectEntry e;
        e.study = QStringLiteral("S%1").arg(i);
        e.metric = Metric::CohensD;
        e.estimate = d[i];
        e.ciLow = d[i] - 1.959964 * std::sqrt(v[i]);
        e.ciHigh = d[i] + 1.959964 * std::sqrt(v[i]);
        entries << e;
    }
    ForestBuild build = buildForest(entries, DisplayMetric::Native);
    ASSERT_TRUE(build.ok());
    QString error;
    ASSERT_TRUE(addPooledResult(build.spec, eb::stats::PoolMethod::FixedEffect, &error))
        << error.toStdString();
    const double w[] = {1 / 0.04, 1 / 0.09, 1 / 0.01};
    const double expected = (w[0] * d[0] + w[1] * d[1] + w[2] * d[2]) / (w[0] + w[1] + w[2]);
    ASSERT_TRUE(build.spec.pooled.has_value());
    EXPECT_NEAR(build.spec.pooled->estimate, expected, 1e-5);
    EXPECT_NEAR(*build.spec.rows[2].weight, 100 * w[2] / (w[0] + w[1] + w[2]), 1e-3);
    // A random-effects model of one study is refused, with the engine's reason.
    ForestBuild one = buildForest(entries.mid(0, 1), DisplayMetric::Native);
    EXPECT_FALSE(addPooledResult(one.spec, eb::stats::PoolMethod::Reml, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(ForestData, BenchmarkBandsComeFromTheEngineTables)
{
    ForestSpec spec;
    spec.metric = Metric::MannWhitney;
    addBenchmarkBands(spec);
    ASSERT_EQ(spec.benchmarks.size(), 6);
    EXPECT_DOUBLE_EQ(spec.benchmarks[0].from, 0.56);
    EXPECT_DOUBLE_EQ(spec.benchmarks[0].to, 0.64);
    EXPECT_DOUBLE_EQ(spec.benchmarks[2].to, 0.71);
    EXPECT_TRUE(spec.footnote.contains(QStringLiteral("10.1002/bimj.201800107")));
    ForestSpec ratio;
    ratio.metric = Metric::OddsRatio;
    addBenchmarkBands(ratio);
    ASSERT_EQ(ratio.benchmarks.size(), 6);
    // d = 0.2 -> OR = exp(0.2 * pi / sqrt 3) = 1.437
    EXPECT_NEAR(ratio.benchmarks[0].from, 1.437, 1e-3);
}

TEST(ChartStyle, HugeValuesGetCompactLabelsAndNonFiniteNone)
{
    EXPECT_EQ(formatChartNumber(0.305, 2), QStringLiteral("0.30"));
    EXPECT_EQ(formatChartNumber(-1.5, 2), QStringLiteral("−1.50"));
    EXPECT_EQ(formatChartNumber(123456.0, 1), QStringLiteral("123456.0"));
    EXPECT_EQ(formatChartNumber(1e300, 2), QStringLiteral("1.00e+300"));
    EXPECT_EQ(formatChartNumber(-2.5e7, 2), QStringLiteral("−2.50e+07"));
    for (const double bad :
         {std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
          std::numeric_limits<double>::quiet_NaN()}) {
        const QString text = formatChartNumber(bad, 2);
        EXPECT_FALSE(text.contains(QStringLiteral("inf"), Qt::CaseInsensitive));
        EXPECT_FALSE(text.contains(QStringLiteral("nan"), Qt::CaseInsensitive));
    }
    for (const double v : {1e6, 1e300, -1e300, std::numeric_limits<double>::max()}) {
        EXPECT_LE(formatChartNumber(v, 2).size(), 10) << v;
    }
}

// The one builder behind the Chart tab and every `render forest` path (issue 15): one result
// that two sources report with the same numbers is one entry naming both (never drawn or
// pooled twice); the same result with other numbers is its own entry, and entries that would
// read alike carry their source.
TEST(ForestData, EntriesFromResultsCountOneResultOnceAndTellSourcesApart)
{
    const auto result = [](const char *source, double mw, const char *timepoint,
                           const char *population = "") {
        eb::catalogue::ResultRecord r;
        r.studySlug = QStringLiteral("captain-ii");
        r.studyName = QStringLiteral("CAPTAIN II");
        r.outcomeSlug = QStringLiteral("captain-ensemble");
        r.outcomeName = QStringLiteral("CAPTAIN ensemble");
        r.timepoint = QLatin1String(timepoint);
        r.population = QLatin1String(population);
        r.metric = eb::stats::Metric::MannWhitney;
        r.estimate = mw;
        r.sourceShortLabel = QLatin1String(source);
        return r;
    };
    // The same numbers twice, once with the analysis set named: still one result.
    const QList<EffectEntry> entries = effectEntriesFromResults(
        {result("The article", 0.59, "day 90"), result("Muresanu 2020", 0.59, "day 90", "ITT"),
         result("Website", 0.54, "day 10"), result("Other", 0.60, "day 90")});
    ASSERT_EQ(entries.size(), 3);
    // No time in days: as given (the reading order sorts by timepoint_days only).
    EXPECT_EQ(entries[0].sources,
              (QStringList{QStringLiteral("the article"), QStringLiteral("Muresanu 2020")}));
    EXPECT_EQ(entries[0].population, QStringLiteral("ITT"));
    EXPECT_TRUE(entries[0].note.contains(QStringLiteral("Reported with the same numbers by")));
    EXPECT_EQ(entries[1].timepoint, QStringLiteral("day 10"));
    EXPECT_TRUE(entries[1].distinction.isEmpty()); // the only day-10 value
    EXPECT_EQ(entries[2].sources, QStringList{QStringLiteral("Other")});
    // Day 90 ITT and day 90 (set not named) read differently; two rows of one time point and
    // set would name their sources.
    EXPECT_EQ(entryTimepointLabel(entries[0]), QStringLiteral("day 90, ITT"));
    EXPECT_EQ(entryTimepointLabel(entries[2]), QStringLiteral("day 90"));
    const QList<EffectEntry> alike = effectEntriesFromResults(
        {result("Cochrane review 2023", 0.96, ""), result("Cochrane review 2020", 0.89, "")});
    ASSERT_EQ(alike.size(), 2);
    EXPECT_EQ(forestRowFrom(alike[0]).timepoint, QStringLiteral("Cochrane review 2023"));
    EXPECT_EQ(forestRowFrom(alike[1]).timepoint, QStringLiteral("Cochrane review 2020"));
}

// A time course names the source of each timepoint, so that points from a manufacturer's
// website are not read as coming from the peer-reviewed report.
TEST(ForestData, ATimeCourseNamesTheSourcesOfEachTimepoint)
{
    const auto entry = [](const char *timepoint, int days, double mw, const char *source) {
        EffectEntry e;
        e.study = QStringLiteral("CAPTAIN II");
        e.outcome = QStringLiteral("Ensemble");
        e.timepoint = QLatin1String(timepoint);
        e.timepointDays = days;
        e.metric = Metric::MannWhitney;
        e.estimate = mw;
        e.source = QLatin1String(source);
        return e;
    };
    QString error;
    const auto spec = timeCourseFor({entry("day 90", 90, 0.59, "The article"),
                                     entry("day 90", 90, 0.59, "Muresanu 2020"),
                                     entry("day 10", 10, 0.54, "Manufacturer's website"),
                                     entry("day 30", 30, 0.576, "Manufacturer's website")},
                                    &error);
    ASSERT_TRUE(spec.has_value()) << error.toStdString();
    EXPECT_TRUE(spec->footnote.contains(
        QStringLiteral("Sources: day 90: The article, Muresanu 2020; day 10: Manufacturer's "
                       "website; day 30: Manufacturer's website.")))
        << spec->footnote.toStdString();
}
