// The lab's model: every scale from any one, in words where a number cannot be shown.
#include "lecture/effectlab.h"
#include "lecture/labfigure.h"
#include "stats/conversions.h"
#include "stats/summarydata.h"

#include <QRegularExpression>
#include <cmath>
#include <gtest/gtest.h>
#include <tuple>

namespace {

using eb::lecture::computeLab;
using eb::lecture::LabFigureText;
using eb::lecture::LabInput;
using eb::lecture::LabMetric;
using eb::lecture::LabState;

LabInput given(LabMetric metric, double value)
{
    LabInput input;
    input.metric = metric;
    input.value = value;
    return input;
}

// Every text a state shows.
QStringList texts(const LabState &state)
{
    QStringList all{state.message,
                    state.band,
                    state.mwSentence,
                    state.u3Sentence,
                    state.ovlSentence,
                    state.nntKraemer,
                    state.nntFurukawa,
                    state.nntKraemerAssumption,
                    state.nntFurukawaAssumption};
    for (const auto &value : state.values) {
        all << value.text << value.ciText << value.formula;
    }
    return all;
}

void expectNoNanOrInf(const LabState &state)
{
    static const QRegularExpression bad(QStringLiteral("\\b(nan|inf)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    for (const QString &text : texts(state)) {
        EXPECT_FALSE(bad.match(text).hasMatch()) << text.toStdString();
    }
}

TEST(EffectLab, Mw062GivesDU3AndKraemerNnt)
{
    const LabState s = computeLab(given(LabMetric::Mw, 0.62));
    ASSERT_TRUE(s.ok) << s.message.toStdString();
    EXPECT_NEAR(*s.value(LabMetric::D).value, 0.432, 0.001);
    EXPECT_EQ(s.value(LabMetric::D).text, QStringLiteral("0.432"));
    EXPECT_EQ(s.value(LabMetric::U3).text, QStringLiteral("66.7%"));
    EXPECT_EQ(s.value(LabMetric::Nnt).text, QStringLiteral("4.17"));
    EXPECT_TRUE(s.value(LabMetric::Mw).given);
    EXPECT_FALSE(s.value(LabMetric::D).given);
    EXPECT_EQ(s.band, QStringLiteral("small-to-medium superiority"));
    EXPECT_TRUE(s.mwSentence.contains(QStringLiteral("62% of the time")))
        << s.mwSentence.toStdString();
    EXPECT_TRUE(s.u3Sentence.startsWith(QStringLiteral("67 of 100 treated patients")));
    EXPECT_TRUE(s.nntKraemer.startsWith(QStringLiteral("NNTB 4.17")));
    EXPECT_TRUE(s.nntKraemerAssumption.contains(QStringLiteral("Kraemer")));
    EXPECT_TRUE(s.nntFurukawa.contains(QStringLiteral("30%")));
    EXPECT_TRUE(s.nntFurukawaAssumption.contains(QStringLiteral("Furukawa")));
    expectNoNanOrInf(s);
}

TEST(EffectLab, D08GivesMw0714)
{
    const LabState s = computeLab(given(LabMetric::D, 0.8));
    ASSERT_TRUE(s.ok);
    EXPECT_EQ(s.value(LabMetric::Mw).text, QStringLiteral("0.714"));
    EXPECT_EQ(s.band, QStringLiteral("large superiority"));
}

TEST(EffectLab, HedgesGUsesTheGroupSizes)
{
    LabInput input = given(LabMetric::D, 0.5);
    input.n1 = 10;
    input.n2 = 10;
    const LabState s = computeLab(input);
    ASSERT_TRUE(s.ok);
    EXPECT_NEAR(*s.value(LabMetric::G).value, eb::stats::hedgesCorrection(18) * 0.5, 1e-12);
    EXPECT_LT(*s.value(LabMetric::G).value, 0.5);
    // and back: g typed gives the same d
    LabInput back = given(LabMetric::G, *s.value(LabMetric::G).value);
    back.n1 = 10;
    back.n2 = 10;
    EXPECT_NEAR(computeLab(back).d, 0.5, 1e-12);
}

TEST(EffectLab, NoEffectSaysTheNntInWords)
{
    const LabState s = computeLab(given(LabMetric::Mw, 0.5));
    ASSERT_TRUE(s.ok);
    EXPECT_FALSE(s.value(LabMetric::Nnt).value.has_value());
    EXPECT_EQ(s.value(LabMetric::Nnt).text, QStringLiteral("infinite (no effect)"));
    EXPECT_TRUE(s.nntKraemer.startsWith(QStringLiteral("No effect"))) << s.nntKraemer.toStdString();
    EXPECT_EQ(s.band, QStringLiteral("equality"));
    expectNoNanOrInf(s);
}

TEST(EffectLab, ValuesThatCannotBeShownAreRefusedInWords)
{
    for (const auto &[metric, value, words] :
         {std::tuple{LabMetric::Mw, 1.0, "MW = 1"}, std::tuple{LabMetric::Mw, 0.0, "MW = 0"},
          std::tuple{LabMetric::Mw, 1.5, "between 0 and 1"},
          std::tuple{LabMetric::OddsRatio, 0.0, "above 0"},
          std::tuple{LabMetric::U3, 1.0, "infinitely"},
          std::tuple{LabMetric::Ovl, 0.0, "infinitely"},
          std::tuple{LabMetric::Nnt, 0.5, "at least 1"},
          std::tuple{LabMetric::Nnt, 1.0, "exactly 1"}}) {
        const LabState s = computeLab(given(metric, value));
        EXPECT_FALSE(s.ok) << value;
        EXPECT_TRUE(s.message.contains(QLatin1String(words))) << s.message.toStdString();
        expectNoNanOrInf(s);
    }
    LabInput nan = given(LabMetric::D, std::nan(""));
    EXPECT_FALSE(computeLab(nan).ok);
}

TEST(EffectLab, NegativeNntIsHarm)
{
    const LabState s = computeLab(given(LabMetric::Nnt, -4.0));
    ASSERT_TRUE(s.ok);
    EXPECT_LT(*s.value(LabMetric::Mw).value, 0.5);
    EXPECT_NEAR(*s.value(LabMetric::Mw).value, 0.375, 1e-12);
    EXPECT_TRUE(s.nntKraemer.startsWith(QStringLiteral("NNTH 4.00")));
}

TEST(EffectLab, OverlapKeepsTheSignOfTheEffect)
{
    LabInput input = given(LabMetric::Ovl, 0.8);
    input.negative = true;
    const LabState s = computeLab(input);
    ASSERT_TRUE(s.ok);
    EXPECT_LT(s.d, 0);
    EXPECT_NEAR(*s.value(LabMetric::Ovl).value, 0.8, 1e-12);
}

TEST(EffectLab, AnIntervalIsCarriedToEveryMetric)
{
    LabInput input = given(LabMetric::Mw, 0.59);
    input.ciLow = 0.52;
    input.ciHigh = 0.66;
    const LabState s = computeLab(input);
    ASSERT_TRUE(s.ok);
    for (LabMetric metric : {LabMetric::Mw, LabMetric::D, LabMetric::G, LabMetric::OddsRatio,
                             LabMetric::U3, LabMetric::Ovl}) {
        EXPECT_FALSE(s.value(metric).ciText.isEmpty())
            << eb::lecture::labMetricKey(metric).toStdString();
    }
    EXPECT_EQ(s.value(LabMetric::Mw).ciText, QStringLiteral("0.52 to 0.66")); // as given
    EXPECT_NEAR(*s.value(LabMetric::D).ciLow, eb::stats::dFromMw(0.52), 1e-12);
    EXPECT_FALSE(s.value(LabMetric::Nnt).ciText.isEmpty());

    input.ciLow = 0.60; // does not contain 0.59
    EXPECT_FALSE(computeLab(input).ok);
    input.ciLow.reset(); // one end only
    EXPECT_FALSE(computeLab(input).ok);
}

TEST(EffectLab, EverySliderPositionIsShownOrSaidInWords)
{
    for (LabMetric metric : eb::lecture::kLabMetrics) {
        for (int p = eb::lecture::sliderMinimum(metric); p <= eb::lecture::sliderMaximum(metric);
             p += 7) {
            const double value = eb::lecture::sliderValue(metric, p);
            const LabState s = computeLab(given(metric, value));
            EXPECT_TRUE(s.ok || !s.message.isEmpty());
            expectNoNanOrInf(s);
            if (s.ok && metric != LabMetric::Nnt) {
                EXPECT_NEAR(eb::lecture::sliderPosition(metric, value), p, 1) << value;
            }
        }
    }
}

TEST(EffectLab, ChartSpecCarriesTheState)
{
    const LabState s = computeLab(given(LabMetric::Mw, 0.62));
    const auto spec = eb::lecture::labDistribution(s, QStringLiteral("t"), 2.0);
    EXPECT_NEAR(spec.d, s.d, 1e-12);
    EXPECT_EQ(spec.nnt, QStringLiteral("NNTB 4.17"));
    EXPECT_DOUBLE_EQ(spec.fontScale, 2.0);
    EXPECT_TRUE(spec.inputLabel.contains(QStringLiteral("MW = 0.62 given")));
    EXPECT_TRUE(spec.teaching.isEmpty()); // the lab window shows its sentences beside the chart
    const auto slide =
        eb::lecture::labDistribution(s, QStringLiteral("t"), 2.0, LabFigureText::Teaching);
    EXPECT_TRUE(slide.teaching.contains(s.mwSentence));
    EXPECT_TRUE(slide.teaching.contains(s.u3Sentence));
}

// Values the lab would refuse as input are never printed as results: bounded, readable forms
// as the command line prints them.
TEST(EffectLab, ExtremeResultsReadAsBounds)
{
    const LabState huge = computeLab(given(LabMetric::D, 40.0));
    ASSERT_TRUE(huge.ok);
    EXPECT_EQ(huge.value(LabMetric::OddsRatio).text, QStringLiteral("> 10^6"));
    EXPECT_EQ(huge.value(LabMetric::D).text, QStringLiteral("40"));
    const LabState tiny = computeLab(given(LabMetric::Mw, 1e-12));
    ASSERT_TRUE(tiny.ok);
    EXPECT_EQ(tiny.value(LabMetric::U3).text, QStringLiteral("< 0.1%"));
    EXPECT_FALSE(tiny.u3Sentence.startsWith(QStringLiteral("0 of")));
    const LabState nearNull = computeLab(given(LabMetric::Mw, 0.5000001));
    ASSERT_TRUE(nearNull.ok);
    EXPECT_EQ(nearNull.value(LabMetric::Mw).text, QStringLiteral("0.5000001"));
    EXPECT_EQ(nearNull.value(LabMetric::Nnt).text, QStringLiteral("> 10^6"));
    EXPECT_TRUE(nearNull.nntKraemer.startsWith(QStringLiteral("NNTB > 10^6")))
        << nearNull.nntKraemer.toStdString();
    EXPECT_FALSE(nearNull.nntKraemer.contains(QStringLiteral("5000000")));
    const LabState exact = computeLab(given(LabMetric::OddsRatio, 3.019));
    EXPECT_EQ(exact.value(LabMetric::OddsRatio).text, QStringLiteral("3.019"));
}

} // namespace
