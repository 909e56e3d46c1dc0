// Figure bundles: the CSV holds exactly the marks the chart's scene draws, value for value;
// every reported number's provenance names a quote found verbatim in its source; the files
// are all there and the citations cover every source behind the marks.
#include "charts/forestplot.h"
#include "charts/marklayer.h"
#include "evidence/forestdata.h"
#include "evidence/pooledrows.h"
#include "export/figurebundle.h"
#include "exportfixtures.h"

#include <QDir>
#include <QFile>
#include <QGraphicsPolygonItem>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

namespace {

using namespace eb::exporting;

// RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF.
QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    return rows;
}

QString readFile(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QString::fromUtf8(file.readAll());
}

struct Bundled
{
    std::unique_ptr<eb::charts::ForestPlot> plot;
    FigureBundle bundle;
};

// Every result of the catalogue on the MW scale, pooled by REML, as `evidence render forest
// --all --metric mw --pool REML` draws it.
Bundled catalogueForest(eb::evidence::DisplayMetric display)
{
    eb::catalogue::Catalogue &catalogue = eb::exporttest::bundledCatalogue();
    const QList<eb::catalogue::ResultRecord> results = catalogue.results();
    eb::evidence::ForestBuild build =
        eb::evidence::buildForest(eb::evidence::effectEntriesFromResults(results), display);
    EXPECT_TRUE(build.ok()) << build.error.toStdString();
    QString error;
    EXPECT_TRUE(eb::evidence::addPooledResult(build.spec, eb::stats::PoolMethod::Reml, &error))
        << error.toStdString();
    build.spec.title = QStringLiteral("All results");
    Bundled b;
    b.plot = std::make_unique<eb::charts::ForestPlot>(build.spec);
    b.plot->resize(QSizeF(1200, b.plot->naturalSize(1200).height()));
    b.bundle.title = build.spec.title;
    b.bundle.kind = QStringLiteral("forest");
    b.bundle.programVersion = QStringLiteral("test");
    b.bundle.catalogueBuildId = catalogue.info(QStringLiteral("build_id"));
    b.bundle.catalogueTitle = catalogue.info(QStringLiteral("title"));
    b.bundle.marks = marksFromForest(*b.plot, results);
    b.bundle.sources = sourcesOfMarks(b.bundle.marks, catalogue.sources());
    return b;
}

class FigureBundleTest : public ::testing::TestWithParam<eb::evidence::DisplayMetric>
{
};

TEST_P(FigureBundleTest, CsvEqualsTheMarksOfTheScene)
{
    Bundled b = catalogueForest(GetParam());
    eb::charts::ForestPlot &plot = *b.plot;
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(writeFigureBundle(plot, b.bundle, dir.path(), false, &error))
        << error.toStdString();
    const QList<QStringList> csv = readCsv(readFile(dir.filePath(QStringLiteral("data.csv"))));
    ASSERT_GT(csv.size(), 10);
    const QStringList header = csv.first();
    const auto col = [&](const char *name) {
        return static_cast<int>(header.indexOf(QLatin1String(name)));
    };
    ASSERT_GE(col("estimate"), 0);

    // The scene's value axis, read back from two positions the chart itself maps.
    const double x0 = plot.valuePosition(plot.axisLow(), 0).x();
    const double x1 = plot.valuePosition(plot.axisHigh(), 0).x();
    const double span = plot.axisHigh() - plot.axisLow();
    const auto valueAt = [&](double x) {
        return plot.axisLow() + (x - x0) / (x1 - x0) * span;
    };
    const double tolerance = 1e-9 * span;

    // Every marker drawn, top to bottom, with the layer that drew it.
    struct Marker
    {
        QPointF centre;
        bool derived;
    };
    std::vector<Marker> markers;
    for (const auto *layer : {plot.reportedMarkers(), plot.derivedMarkers()}) {
        for (const QRectF &r : layer->rects()) {
            markers.push_back({layer->mapToScene(r.center()), layer == plot.derivedMarkers()});
        }
    }
    std::sort(markers.begin(), markers.end(),
              [](const Marker &m1, const Marker &m2) { return m1.centre.y() < m2.centre.y(); });
    std::vector<QLineF> whiskers;
    for (const QLineF &line : plot.whiskers()->lines()) {
        whiskers.emplace_back(plot.whiskers()->mapToScene(line.p1()),
                              plot.whiskers()->mapToScene(line.p2()));
    }

    std::size_t marker = 0;
    int pooledRows = 0;
    int checkedWhiskers = 0;
    for (qsizetype i = 1; i < csv.size(); ++i) {
        const QStringList &row = csv.at(i);
        SCOPED_TRACE(row.join(QLatin1Char(',')).toStdString());
        bool ok = false;
        const double estimate = row.at(col("estimate")).toDouble(&ok);
        ASSERT_TRUE(ok);
        const QString low = row.at(col("ci_low"));
        const QString high = row.at(col("ci_high"));
        if (row.at(col("kind")) == QLatin1String("pooled")) {
            ++pooledRows;
            const QPolygonF diamond =
                plot.pooledDiamond()->mapToScene(plot.pooledDiamond()->polygon());
            EXPECT_NEAR(valueAt(diamond.at(0).x()), low.toDouble(), tolerance);
            EXPECT_NEAR(valueAt(diamond.at(1).x()), estimate, tolerance);
            EXPECT_NEAR(valueAt(diamond.at(2).x()), high.toDouble(), tolerance);
            continue;
        }
        ASSERT_LT(marker, markers.size()) << "more rows in the CSV than markers in the scene";
        const Marker &m = markers[marker++];
        EXPECT_NEAR(valueAt(m.centre.x()), estimate, tolerance);
        EXPECT_EQ(m.derived, row.at(col("origin")) == QLatin1String("derived"));
        if (low.isEmpty()) {
            continue;
        }
        // The whisker on the marker's line: its ends are the CI (when both lie on the axis).
        const auto whisker = std::find_if(whiskers.begin(), whiskers.end(), [&](const QLineF &l) {
            return std::abs(l.y1() - m.centre.y()) < 0.01;
        });
        ASSERT_NE(whisker, whiskers.end());
        if (low.toDouble() >= plot.axisLow() && high.toDouble() <= plot.axisHigh()) {
            EXPECT_NEAR(valueAt(whisker->x1()), low.toDouble(), tolerance);
            EXPECT_NEAR(valueAt(whisker->x2()), high.toDouble(), tolerance);
            ++checkedWhiskers;
        }
    }
    EXPECT_EQ(marker, markers.size()) << "markers in the scene that the CSV does not list";
    EXPECT_EQ(pooledRows, 1);
    EXPECT_GT(checkedWhiskers, 5);
}

INSTANTIATE_TEST_SUITE_P(Scales, FigureBundleTest,
                         ::testing::Values(eb::evidence::DisplayMetric::Mw,
                                           eb::evidence::DisplayMetric::D));

TEST(FigureBundle, ProvenanceQuotesOccurVerbatimInTheirSources)
{
    Bundled b = catalogueForest(eb::evidence::DisplayMetric::Mw);
    QTemporaryDir dir;
    QString error;
    ASSERT_TRUE(writeFigureBundle(*b.plot, b.bundle, dir.path(), false, &error))
        << error.toStdString();
    const QJsonObject root =
        QJsonDocument::fromJson(readFile(dir.filePath(QStringLiteral("provenance.json"))).toUtf8())
            .object();
    EXPECT_EQ(root.value(QStringLiteral("program"))
                  .toObject()
                  .value(QStringLiteral("version"))
                  .toString(),
              QStringLiteral("test"));
    EXPECT_FALSE(root.value(QStringLiteral("catalogue"))
                     .toObject()
                     .value(QStringLiteral("build_id"))
                     .toString()
                     .isEmpty());
    const QJsonArray marks = root.value(QStringLiteral("marks")).toArray();
    ASSERT_EQ(marks.size(), b.bundle.marks.size());
    int reported = 0;
    for (const QJsonValue &value : marks) {
        const QJsonObject mark = value.toObject();
        const QJsonObject plotted = mark.value(QStringLiteral("plotted")).toObject();
        if (mark.value(QStringLiteral("kind")).toString() == QLatin1String("pooled")) {
            EXPECT_EQ(plotted.value(QStringLiteral("origin")).toString(),
                      QStringLiteral("derived"));
            EXPECT_FALSE(plotted.value(QStringLiteral("formula")).toString().isEmpty());
            continue;
        }
        const QJsonObject record = mark.value(QStringLiteral("record")).toObject();
        ASSERT_FALSE(record.isEmpty())
            << mark.value(QStringLiteral("label")).toString().toStdString();
        EXPECT_GT(record.value(QStringLiteral("result_id")).toInteger(), 0);
        const QString origin = record.value(QStringLiteral("origin")).toString();
        const QString source = record.value(QStringLiteral("source"))
                                   .toObject()
                                   .value(QStringLiteral("slug"))
                                   .toString();
        // Issue 15: a "quote" (and "verbatim": true) only for the source's own words, which
        // occur in the article; a transcription of references.md is a "statement" only.
        const bool verbatim = record.value(QStringLiteral("verbatim")).toBool();
        const QString statement = record.value(QStringLiteral("statement")).toString();
        EXPECT_EQ(record.contains(QStringLiteral("quote")), verbatim);
        if (origin == QLatin1String("reported")) {
            ++reported;
            EXPECT_FALSE(statement.isEmpty());
            if (verbatim) {
                EXPECT_EQ(source, QStringLiteral("article"));
                EXPECT_TRUE(eb::exporttest::quoteOccursInSource(
                    source, record.value(QStringLiteral("quote")).toString()))
                    << source.toStdString() << ": " << statement.toStdString();
            }
        } else {
            EXPECT_EQ(origin, QStringLiteral("derived"));
            EXPECT_FALSE(record.value(QStringLiteral("derivation")).toString().isEmpty());
        }
        // Other sources of the same numbers are named with their own verbatim quotes.
        for (const QJsonValue &other : mark.value(QStringLiteral("also_reported_by")).toArray()) {
            const QJsonObject o = other.toObject();
            if (o.value(QStringLiteral("origin")).toString() == QLatin1String("reported") &&
                o.value(QStringLiteral("verbatim")).toBool()) {
                EXPECT_TRUE(eb::exporttest::quoteOccursInSource(
                    o.value(QStringLiteral("source")).toString(),
                    o.value(QStringLiteral("quote")).toString()));
            }
        }
        // A plotted value that is not the record's own number says how it was derived.
        if (plotted.value(QStringLiteral("origin")).toString() == QLatin1String("derived")) {
            EXPECT_FALSE(plotted.value(QStringLiteral("formula")).toString().isEmpty());
        } else {
            EXPECT_DOUBLE_EQ(plotted.value(QStringLiteral("estimate")).toDouble(),
                             record.value(QStringLiteral("estimate")).toDouble());
        }
    }
    EXPECT_GT(reported, 5);
}

TEST(FigureBundle, HoldsEveryFileAndTheSourcesBehindTheMarks)
{
    Bundled b = catalogueForest(eb::evidence::DisplayMetric::Mw);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("new/bundle"));
    QString error;
    ASSERT_TRUE(writeFigureBundle(*b.plot, b.bundle, folder, false, &error)) << error.toStdString();
    for (const QString &name : figureBundleFiles()) {
        EXPECT_GT(QFileInfo(QDir(folder).filePath(name)).size(), 0) << name.toStdString();
    }
    QImageReader png(QDir(folder).filePath(QStringLiteral("figure.png")));
    const QImage image = png.read();
    ASSERT_FALSE(image.isNull());
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 300.0, 0.5);
    EXPECT_EQ(image.width(), static_cast<int>(std::ceil(1200 * 300.0 / 96.0)));

    const QString bib = readFile(QDir(folder).filePath(QStringLiteral("citations.bib")));
    const QString ris = readFile(QDir(folder).filePath(QStringLiteral("citations.ris")));
    QSet<QString> sources;
    for (const PlottedMark &mark : b.bundle.marks) {
        if (mark.record) {
            sources.insert(mark.record->sourceSlug);
        }
        // A row that several sources report with the same numbers names each of them.
        for (const eb::catalogue::ResultRecord &same : mark.sameNumbers) {
            sources.insert(same.sourceSlug);
        }
    }
    EXPECT_EQ(b.bundle.sources.size(), sources.size());
    for (const QString &slug : sources) {
        EXPECT_TRUE(bib.contains(QStringLiteral("{%1,\n").arg(slug))) << slug.toStdString();
        EXPECT_TRUE(ris.contains(QStringLiteral("ID  - %1\r\n").arg(slug))) << slug.toStdString();
    }
    const QString readme = readFile(QDir(folder).filePath(QStringLiteral("README.md")));
    for (const QString &name : figureBundleFiles()) {
        EXPECT_TRUE(readme.contains(name)) << name.toStdString();
    }
    EXPECT_TRUE(readme.contains(QStringLiteral("How to cite this figure")));
    EXPECT_TRUE(readme.contains(b.bundle.catalogueBuildId));
}

} // namespace
