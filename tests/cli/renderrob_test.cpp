// `evidence render rob` (in-process, GUI test main) and the RobChart's geometry: one circle per
// domain and pair in the judgement's colour, grey where not assessed; the summary bar's shares.
#include "charts/robchart.h"
#include "cli/common/cli.h"
#include "commandrun.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using eb::test::CommandRun;
using eb::test::evidence;

eb::evidence::RobChartSpec twoRows()
{
    eb::evidence::RobChartSpec spec;
    spec.title = QStringLiteral("RoB");
    spec.columns =
        QStringList{QStringLiteral("D1"), QStringLiteral("D2"), QStringLiteral("D3"),
                    QStringLiteral("D4"), QStringLiteral("D5"), QStringLiteral("Overall")};
    spec.columnNames = spec.columns;
    spec.rowLabels =
        QStringList{QStringLiteral("Trial A · ARAT"), QStringLiteral("Trial B · ARAT")};
    spec.ranks = {{0, 0, 1, 0, 2, 2}, {-1, -1, -1, -1, -1, -1}};
    spec.judgementLabels =
        QStringList{QStringLiteral("Low"), QStringLiteral("Some concerns"), QStringLiteral("High")};
    spec.notAssessedLabel = QStringLiteral("not assessed");
    return spec;
}

// `evidence rob set` of Chen 2013's CASI: high overall, for deviations (open label).
CommandRun setChenCasi(const QString &database)
{
    QStringList arguments{QStringLiteral("rob"),       QStringLiteral("set"),
                          QStringLiteral("--study"),   QStringLiteral("chen-2013-mild-tbi"),
                          QStringLiteral("--outcome"), QStringLiteral("casi")};
    for (const char *domain : {"randomisation", "missing-data", "measurement", "selection"}) {
        arguments << QStringLiteral("--%1").arg(QLatin1String(domain)) << QStringLiteral("low");
    }
    arguments << QStringLiteral("--deviations") << QStringLiteral("high")
              << QStringLiteral("--deviations-reason") << QStringLiteral("open label")
              << QStringLiteral("--overall") << QStringLiteral("high")
              << QStringLiteral("--overall-reason") << QStringLiteral("D2")
              << QStringLiteral("--database") << database;
    return evidence(arguments);
}

} // namespace

TEST(RobChart, TrafficLightCellsSitInRowsAndColumns)
{
    eb::charts::RobChart chart(twoRows(), eb::charts::RobChart::Style::TrafficLight);
    chart.resize(chart.naturalSize(800));
    const QRectF a1 = chart.cellRect(0, 0);
    const QRectF a6 = chart.cellRect(0, 5);
    const QRectF b1 = chart.cellRect(1, 0);
    ASSERT_FALSE(a1.isEmpty());
    EXPECT_LT(a1.right(), a6.left());
    EXPECT_NEAR(a1.center().y(), a6.center().y(), 0.01);
    EXPECT_GT(b1.top(), a1.bottom());
    EXPECT_TRUE(QRectF(QPointF(0, 0), chart.size()).contains(a6));
    EXPECT_NE(eb::charts::RobChart::judgementColor(0), eb::charts::RobChart::judgementColor(2));
    EXPECT_EQ(eb::charts::RobChart::judgementSymbol(-1), QStringLiteral("?"));
}

TEST(RobChart, SummaryBarsSplitByShare)
{
    eb::charts::RobChart chart(twoRows(), eb::charts::RobChart::Style::Summary);
    chart.resize(chart.naturalSize(800));
    EXPECT_DOUBLE_EQ(chart.share(4, 2), 0.5);  // D5: one high of two
    EXPECT_DOUBLE_EQ(chart.share(4, -1), 0.5); // and one not assessed
    const QRectF high = chart.segmentRect(4, 2);
    const QRectF none = chart.segmentRect(4, -1);
    ASSERT_FALSE(high.isEmpty());
    EXPECT_NEAR(high.width(), none.width(), 0.01);
    EXPECT_NEAR(high.right(), none.left(), 0.01); // stacked: high, then not assessed
    EXPECT_TRUE(chart.segmentRect(4, 0).isEmpty());
}

TEST(RenderRob, TrafficLightSvgAndSummaryPngOfTheCatalogue)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("catalogue.sqlite"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"), database));
    QFile::setPermissions(database, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const CommandRun set = setChenCasi(database);
    ASSERT_EQ(set.status, 0) << set.err.toStdString();

    const QString svgPath = dir.filePath(QStringLiteral("rob.svg"));
    const CommandRun svg =
        evidence({QStringLiteral("render"), QStringLiteral("rob"), QStringLiteral("--study"),
                  QStringLiteral("chen-2013-mild-tbi"), QStringLiteral("--out"), svgPath,
                  QStringLiteral("--database"), database});
    ASSERT_EQ(svg.status, 0) << svg.err.toStdString();
    QFile file(svgPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Chen 2013 (mild TBI) · CASI")));
    EXPECT_TRUE(text.contains(QStringLiteral("#bf0000"), Qt::CaseInsensitive)); // high: red
    EXPECT_TRUE(text.contains(QStringLiteral("not assessed")));

    const QString bundle = dir.filePath(QStringLiteral("bundle"));
    const CommandRun png =
        evidence({QStringLiteral("render"), QStringLiteral("rob"), QStringLiteral("--layout"),
                  QStringLiteral("summary"), QStringLiteral("--assessed-only"),
                  QStringLiteral("--out"), dir.filePath(QStringLiteral("rob.png")),
                  QStringLiteral("--bundle"), bundle, QStringLiteral("--database"), database});
    ASSERT_EQ(png.status, 0) << png.err.toStdString();
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("rob.png"))));
    QFile marks(bundle + QStringLiteral("/data.csv"));
    ASSERT_TRUE(marks.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(marks.readAll());
    EXPECT_TRUE(csv.contains(QStringLiteral("open label"))) << csv.toStdString();
    EXPECT_TRUE(QFile::exists(bundle + QStringLiteral("/figure.svg")));

    const CommandRun badStyle =
        evidence({QStringLiteral("render"), QStringLiteral("rob"), QStringLiteral("--layout"),
                  QStringLiteral("pie"), QStringLiteral("--out"), svgPath,
                  QStringLiteral("--database"), database});
    EXPECT_EQ(badStyle.status, eb::cli::ExitBadInput);
}

// The other figure bundles carry the RoB 2 plots of the trials behind their numbers (issue
// 19): `render forest --bundle` of an assessed trial writes both plots and lists them in
// provenance.json; of a trial nobody assessed it says "not assessed" and writes none.
TEST(RenderRob, ForestBundlesCarryTheRiskOfBiasOfTheirTrials)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("catalogue.sqlite"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"), database));
    QFile::setPermissions(database, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto forestBundle = [&](const QString &name) {
        const QString folder = dir.filePath(name);
        const CommandRun run =
            evidence({QStringLiteral("render"), QStringLiteral("forest"), QStringLiteral("--study"),
                      QStringLiteral("chen-2013-mild-tbi"), QStringLiteral("--out"),
                      dir.filePath(name + QStringLiteral(".png")), QStringLiteral("--bundle"),
                      folder, QStringLiteral("--database"), database});
        EXPECT_EQ(run.status, 0) << run.err.toStdString();
        QFile file(folder + QStringLiteral("/provenance.json"));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(file.readAll())
            .object()
            .value(QStringLiteral("risk_of_bias"))
            .toObject();
    };
    const QJsonObject before = forestBundle(QStringLiteral("before"));
    EXPECT_EQ(before.value(QStringLiteral("status")).toString(), QStringLiteral("not assessed"));
    EXPECT_TRUE(before.value(QStringLiteral("files")).toArray().isEmpty());
    EXPECT_FALSE(before.value(QStringLiteral("pairs")).toArray().isEmpty());
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("before/rob-summary.png"))));

    const CommandRun set = setChenCasi(database);
    ASSERT_EQ(set.status, 0) << set.err.toStdString();
    const QJsonObject after = forestBundle(QStringLiteral("after"));
    EXPECT_EQ(after.value(QStringLiteral("status")).toString(), QStringLiteral("assessed"));
    const QJsonArray files = after.value(QStringLiteral("files")).toArray();
    ASSERT_EQ(files.size(), 6);
    for (const QJsonValue &f : files) {
        EXPECT_GT(QFileInfo(dir.filePath(QStringLiteral("after/") + f.toString())).size(), 0)
            << f.toString().toStdString();
    }
    bool casi = false;
    for (const QJsonValue &v : after.value(QStringLiteral("pairs")).toArray()) {
        const QJsonObject pair = v.toObject();
        if (pair.value(QStringLiteral("outcome")).toString() == QLatin1String("casi")) {
            casi = true;
            EXPECT_TRUE(pair.value(QStringLiteral("assessed")).toBool());
            EXPECT_EQ(pair.value(QStringLiteral("overall")).toString(), QStringLiteral("high"));
            EXPECT_EQ(pair.value(QStringLiteral("reasons")).toObject().value(QStringLiteral("D2")),
                      QStringLiteral("open label"));
        }
    }
    EXPECT_TRUE(casi);
    QFile svg(dir.filePath(QStringLiteral("after/rob-traffic-light.svg")));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(svg.readAll()).contains(QStringLiteral("CASI")));
    QFile readme(dir.filePath(QStringLiteral("after/README.md")));
    ASSERT_TRUE(readme.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(readme.readAll()).contains(QStringLiteral("rob-summary")));
}
