// Every reported number of the bundled catalogue leaves the program with exactly the digits
// its source printed (issue 15): each value is looked up in its own provenance statement (the
// seed's printed text: the article's words, or our transcription of references.md), and every
// formatter that shows it must print that text: the detail pane's and Copy Result's line, the
// CLI's text and JSON, compare's effect text, a forest plot's number column, the outcome
// matrix, the figure bundle's CSV.
#include "catalogue/catalogue.h"
#include "charts/forestplot.h"
#include "cli/catalogue/cataloguejson.h"
#include "cli/catalogue/cataloguetext.h"
#include "evidence/forestdata.h"
#include "evidence/outcomematrix.h"
#include "evidence/resultline.h"
#include "evidence/studycompare.h"

#include <QGraphicsSimpleTextItem>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>
#include <gtest/gtest.h>
#include <optional>

namespace {

using eb::catalogue::ResultRecord;

// The numbers a statement prints, as printed: "0.90", "4", "0.0240".
QStringList printedNumbers(const QString &statement)
{
    static const QRegularExpression number(QStringLiteral(R"((?<![\d.])\d+(?:\.\d+)?(?!\d|\.\d))"));
    QStringList out;
    for (auto it = number.globalMatch(statement); it.hasNext();) {
        out << it.next().captured();
    }
    return out;
}

// The one way the statement prints value; empty when it does not print it (or prints it two
// ways, which would leave the digits undecided).
QString printedIn(const QString &statement, double value)
{
    QStringList texts;
    for (const QString &token : printedNumbers(statement)) {
        if (std::abs(token.toDouble() - value) < 1e-12 && !texts.contains(token)) {
            texts << token;
        }
    }
    return texts.size() == 1 ? texts.first() : QString();
}

class PrintedDigits : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_catalogue.open(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite")))
            << m_catalogue.lastError().toStdString();
        for (const ResultRecord &r : m_catalogue.results()) {
            if (r.origin == QLatin1String("reported")) {
                m_reported << r;
            }
        }
        ASSERT_GT(m_reported.size(), 40);
    }

    std::optional<ResultRecord> result(const char *study, const char *outcome,
                                       const char *source) const
    {
        for (const ResultRecord &r : m_reported) {
            if (r.studySlug == QLatin1String(study) && r.outcomeSlug == QLatin1String(outcome) &&
                r.sourceSlug == QLatin1String(source)) {
                return r;
            }
        }
        return std::nullopt;
    }

    eb::catalogue::Catalogue m_catalogue;
    QList<ResultRecord> m_reported;
};

// The drawn number column of a one-row forest plot of the result.
QString forestNumberText(const ResultRecord &r)
{
    const eb::evidence::ForestBuild build = eb::evidence::buildForest(
        {eb::evidence::effectEntryFromResult(r)}, eb::evidence::DisplayMetric::Native);
    if (!build.ok()) {
        return {};
    }
    eb::charts::ForestPlot plot(build.spec);
    plot.resize(QSizeF(1200, 400));
    QStringList texts;
    for (QGraphicsSimpleTextItem *item : plot.textItems()) {
        texts << item->text();
    }
    return texts.join(QLatin1Char('\n'));
}

TEST_F(PrintedDigits, EveryReportedValuePrintsAsItsStatementPrintsIt)
{
    int values = 0;
    for (const ResultRecord &r : std::as_const(m_reported)) {
        const std::string where = QStringLiteral("result %1 (%2, %3)")
                                      .arg(r.id)
                                      .arg(r.studySlug, r.sourceSlug)
                                      .toStdString();
        const QJsonObject json = eb::cli::toJson(r);
        if (r.pValue) {
            const QString p = printedIn(r.quote, *r.pValue);
            ASSERT_FALSE(p.isEmpty()) << where << ": p not printed in " << r.quote.toStdString();
            ++values;
            EXPECT_TRUE(eb::evidence::reportedP(r).endsWith(QLatin1Char(' ') + p)) << where;
            EXPECT_TRUE(eb::evidence::resultLine(r).contains(p)) << where;
            EXPECT_EQ(json.value(QStringLiteral("p_text")).toString(), p) << where;
            EXPECT_TRUE(eb::review::effectText(r).contains(p)) << where;
        }
        if (!r.estimate) {
            continue;
        }
        const QString estimate = printedIn(r.quote, *r.estimate);
        ASSERT_FALSE(estimate.isEmpty()) << where << ": not printed in " << r.quote.toStdString();
        ++values;
        QString interval;
        QString chart = estimate + QStringLiteral(" [CI not reported]");
        if (r.ciLow && r.ciHigh) {
            const QString low = printedIn(r.quote, *r.ciLow);
            const QString high = printedIn(r.quote, *r.ciHigh);
            ASSERT_FALSE(low.isEmpty() || high.isEmpty()) << where;
            values += 2;
            interval = QStringLiteral("%1 to %2").arg(low, high);
            chart = QStringLiteral("%1 [%2, %3]").arg(estimate, low, high);
            EXPECT_EQ(json.value(QStringLiteral("ci_low_text")).toString(), low) << where;
            EXPECT_EQ(json.value(QStringLiteral("ci_high_text")).toString(), high) << where;
        }
        const QString pair =
            interval.isEmpty() ? estimate : QStringLiteral("%1 (%2)").arg(estimate, interval);
        EXPECT_TRUE(eb::evidence::reportedEstimate(r).startsWith(pair)) << where;
        EXPECT_EQ(json.value(QStringLiteral("estimate_text")).toString(), estimate) << where;
        const QString line = eb::evidence::resultLine(r);
        EXPECT_TRUE(line.contains(QLatin1Char(' ') + estimate + QLatin1Char(' '))) << where;
        EXPECT_TRUE(interval.isEmpty() || line.contains(interval)) << where << line.toStdString();
        const QString cli = eb::cli::effectText(r);
        EXPECT_TRUE(cli.contains(QLatin1Char(' ') + estimate)) << where << cli.toStdString();
        EXPECT_TRUE(interval.isEmpty() || cli.contains(interval)) << where << cli.toStdString();
        const QString compare = eb::review::effectText(r);
        EXPECT_TRUE(compare.contains(pair)) << where << compare.toStdString();
        if (r.metric != eb::stats::Metric::None) {
            const QString drawn = forestNumberText(r);
            EXPECT_TRUE(drawn.contains(chart))
                << where << ": " << chart.toStdString() << " in " << drawn.toStdString();
        }
        eb::review::MatrixCell cell;
        cell.result = r;
        cell.metric = eb::review::metricKeyOf(r);
        cell.estimate = r.estimate;
        cell.ciLow = r.ciLow;
        cell.ciHigh = r.ciHigh;
        EXPECT_TRUE(eb::review::matrixCellNumbers(cell).contains(pair)) << where;
    }
    EXPECT_EQ(values, 112); // every reported estimate, interval bound and p value of the seed
}

TEST_F(PrintedDigits, ArmMeansAndSdsPrintAsPrinted)
{
    int arms = 0;
    for (const ResultRecord &r : std::as_const(m_reported)) {
        for (const eb::catalogue::ArmSummaryRecord &a : r.arms) {
            if (!a.mean || !a.sd) {
                continue;
            }
            const QString mean = printedIn(a.quote, *a.mean);
            const QString sd = printedIn(a.quote, *a.sd);
            ASSERT_FALSE(mean.isEmpty() || sd.isEmpty()) << a.quote.toStdString();
            EXPECT_EQ(eb::evidence::formatPrinted(*a.mean, a.meanDecimals), mean);
            EXPECT_EQ(eb::evidence::formatPrinted(*a.sd, a.sdDecimals), sd);
            EXPECT_TRUE(eb::evidence::resultLine(r).contains(mean) || r.estimate)
                << eb::evidence::resultLine(r).toStdString();
            ++arms;
        }
    }
    EXPECT_EQ(arms, 4); // CASI: the article's and the publication's two arms
}

TEST_F(PrintedDigits, TheIssuesExamples)
{
    // The Cochrane review printed 0.90 and 1.10; CAPTAIN I's p 0.0240; Guekht's NNT 7.1 (4 to
    // 22), never "7.10 [4.00, 22.00]" on a chart.
    const auto fatal = result("cochrane-2023-stroke", "sae-fatal", "cochrane-2023");
    ASSERT_TRUE(fatal);
    EXPECT_TRUE(
        eb::evidence::resultLine(*fatal).contains(QStringLiteral("RR 0.90 (95% CI 0.59 to 1.38)")))
        << eb::evidence::resultLine(*fatal).toStdString();
    const auto nonFatal = result("cochrane-2023-stroke", "sae-nonfatal", "cochrane-2023");
    ASSERT_TRUE(nonFatal);
    EXPECT_TRUE(eb::cli::effectText(*nonFatal).contains(QStringLiteral("2.39")));
    EXPECT_TRUE(eb::cli::effectText(*nonFatal).contains(QStringLiteral("1.10 to 5.23")));
    for (const ResultRecord &r : std::as_const(m_reported)) {
        if (r.studySlug == QLatin1String("captain-i") &&
            r.population == QLatin1String("per-protocol")) {
            EXPECT_EQ(eb::evidence::reportedP(r), QStringLiteral("p = 0.0240"));
        }
        if (r.sourceSlug == QLatin1String("guekht-2017") && r.metric == eb::stats::Metric::Nnt) {
            EXPECT_TRUE(forestNumberText(r).contains(QStringLiteral("7.1 [4, 22]")))
                << forestNumberText(r).toStdString();
            EXPECT_FALSE(forestNumberText(r).contains(QStringLiteral("7.10")));
        }
    }
}

TEST(PrintedDigitsRule, CanFail)
{
    // Without the printed decimals a REAL loses the trailing zero: the test above would fail.
    EXPECT_EQ(eb::evidence::formatPrinted(0.9, std::nullopt), QStringLiteral("0.9"));
    EXPECT_EQ(eb::evidence::formatPrinted(0.9, 2), QStringLiteral("0.90"));
    EXPECT_EQ(eb::evidence::formatPrinted(0.024, 4), QStringLiteral("0.0240"));
    EXPECT_EQ(eb::evidence::formatPrinted(22, 0), QStringLiteral("22"));
    EXPECT_EQ(printedIn(QStringLiteral("RR 0.90 (0.59 to 1.38)"), 0.9), QStringLiteral("0.90"));
    EXPECT_TRUE(printedIn(QStringLiteral("RR 0.96 (0.65 to 1.41)"), 0.9).isEmpty());
}

} // namespace
