// `evidence render funnel` (in-process, GUI test main) and the FunnelChart's geometry: the
// standard error grows downwards, the pooled estimate's line and the studies sit where their
// values say, trim-and-fill studies are drawn, bad input is one line and exit 2.
#include "charts/funnelchart.h"
#include "cli/common/cli.h"
#include "commandrun.h"

#include <QFile>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTextStream>
#include <gtest/gtest.h>

namespace {

using eb::test::CommandRun;
using eb::test::evidence;

// dat.hackshaw1998's first 12 studies (log ORs): asymmetric enough for trim and fill.
const char *kCsv = "label,yi,vi\nA,0.4855,0.0606\nB,-0.0202,0.0908\nC,0.9933,0.2286\n"
                   "D,0.3716,0.1034\nE,0.7419,0.0886\nF,0.7419,0.5338\nG,0.3507,0.1431\n"
                   "H,0.5766,0.2098\nI,0.2231,0.0314\nJ,0.0488,0.1247\nK,0.9555,0.4105\n"
                   "L,1.0986,0.3361\n";

} // namespace

TEST(RenderFunnel, SvgWithContoursAndTrimFill)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("funnel.svg"));
    const CommandRun run =
        evidence({QStringLiteral("render"), QStringLiteral("funnel"), QStringLiteral("--csv"),
                  QStringLiteral("-"), QStringLiteral("--contours"), QStringLiteral("--trimfill"),
                  QStringLiteral("--effect"), QStringLiteral("log odds ratio"),
                  QStringLiteral("--out"), file},
                 QString::fromLatin1(kCsv));
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    QFile svg(file);
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svg.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Standard error")));
    EXPECT_TRUE(text.contains(QStringLiteral("log odds ratio")));
    EXPECT_TRUE(text.contains(QStringLiteral("trim and fill")));
}

TEST(RenderFunnel, BadInputIsOneLine)
{
    const CommandRun run =
        evidence({QStringLiteral("render"), QStringLiteral("funnel"), QStringLiteral("--csv"),
                  QStringLiteral("-"), QStringLiteral("--out"), QStringLiteral("x.png")},
                 QStringLiteral("label,yi,vi\nA,0.1,0.2\nB,oops,0.1\n"));
    EXPECT_EQ(run.status, 2);
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("row 2 (\"B\")"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(QStringLiteral("x.png")));
}

TEST(FunnelChart, StandardErrorGrowsDownwardsAndPointsSitOnTheirValues)
{
    eb::evidence::FunnelSpec spec;
    spec.yi = {0.1, 0.5, -0.2};
    spec.sei = {0.1, 0.3, 0.4};
    spec.filledYi = {0.6};
    spec.filledSei = {0.4};
    spec.estimate = 0.15;
    spec.contours = true;
    spec.contourZ = {1.645, 1.96, 2.576};
    spec.contourPercent = {90, 95, 99};
    eb::charts::FunnelChart chart(spec);
    chart.resize(QSizeF(900, 700));
    const QRectF plot = chart.plotArea();
    EXPECT_NEAR(chart.valuePosition(0.15, 0).y(), plot.top(), 1.0);
    EXPECT_NEAR(chart.valuePosition(0.15, chart.seMax()).y(), plot.bottom(), 1.0);
    EXPECT_LT(chart.valuePosition(0.1, 0.1).y(), chart.valuePosition(-0.2, 0.4).y());
    EXPECT_LT(chart.valuePosition(-0.2, 0.4).x(), chart.valuePosition(0.5, 0.3).x());
    EXPECT_EQ(chart.studies()->count(), 3);
    EXPECT_EQ(chart.filled()->count(), 1);
    // The widest contour fits on the axis.
    EXPECT_LE(chart.axisLow(), -2.576 * chart.seMax());
    EXPECT_GE(chart.axisHigh(), 2.576 * chart.seMax());
}
