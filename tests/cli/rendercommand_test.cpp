// `evidence render`, called in-process (GUI test main: drawing needs a QGuiApplication):
// files that open and hold what was asked for, exit 2 with one stderr line and no file left
// behind for bad input.
#include "cataloguecopy.h"
#include "charts/forestplot.h"
#include "charts/marklayer.h"
#include "cli/common/cli.h"
#include "cli/render/forestcsv.h"
#include "commandrun.h"
#include "evidence/forestdata.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <gtest/gtest.h>

namespace {

using eb::test::CommandRun;

class RenderCommand : public eb::test::CatalogueFileTest
{
protected:
    CommandRun render(const QStringList &arguments, const QString &input = QString()) const
    {
        return eb::test::evidence(QStringList{QStringLiteral("render")} + arguments, input);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString writeCsv(const QString &name, const QString &text) const
    {
        QFile file(path(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        return file.fileName();
    }

    // Bad input: exit 2, one line on stderr naming the command, and nothing written.
    void expectRefused(const CommandRun &run, const QString &out, const QString &mentions) const
    {
        EXPECT_EQ(run.status, 2) << run.out.toStdString();
        EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("evidence render"))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(mentions, Qt::CaseInsensitive))
            << run.err.toStdString() << " should mention " << mentions.toStdString();
        EXPECT_FALSE(QFile::exists(out));
        EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files).size(), 1) // only the catalogue
            << QDir(m_dir.path()).entryList(QDir::Files).join(QLatin1Char(' ')).toStdString();
    }
};

} // namespace

TEST_F(RenderCommand, ForestFromCsvOfYiAndViAsSvgWithEveryLabel)
{
    const QString csv = writeCsv(QStringLiteral("rows.csv"),
                                 QStringLiteral("label,yi,vi\nAlpha trial,0.30,0.04\nBeta trial,"
                                                "0.10,0.02\nGamma trial,0.55,0.09\n"));
    const QString out = path(QStringLiteral("forest.svg"));
    const CommandRun run =
        render({QStringLiteral("forest"), QStringLiteral("--csv"), csv, QStringLiteral("--pool"),
                QStringLiteral("REML"), QStringLiteral("--out"), out});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    for (const QString &label : {QStringLiteral("Alpha trial"), QStringLiteral("Beta trial"),
                                 QStringLiteral("Gamma trial")}) {
        EXPECT_TRUE(QRegularExpression(QStringLiteral("<text[^>]*>\\s*%1\\s*</text>").arg(label))
                        .match(svg)
                        .hasMatch())
            << label.toStdString();
    }
    EXPECT_TRUE(svg.contains(QStringLiteral("Heterogeneity")));
    // 0.30 -/+ 1.96 * 0.2 = [-0.09, 0.69]
    EXPECT_TRUE(svg.contains(QStringLiteral("0.30 [−0.09, 0.69]"))) << svg.left(300).toStdString();
}

TEST_F(RenderCommand, ForestFromCsvOfCisAsPngAt300Dpi)
{
    const QString csv = writeCsv(
        QStringLiteral("rows.csv"),
        QStringLiteral("study,estimate,ci_low,ci_high,n\nA,0.60,0.52,0.68,200\nB,0.71,0.63,0.79,"
                       "150\n"));
    const QString out = path(QStringLiteral("forest.png"));
    const CommandRun run =
        render({QStringLiteral("forest"), QStringLiteral("--csv"), csv, QStringLiteral("--scale"),
                QStringLiteral("mw"), QStringLiteral("--benchmarks"), QStringLiteral("--width"),
                QStringLiteral("800"), QStringLiteral("--height"), QStringLiteral("400"),
                QStringLiteral("--dpi"), QStringLiteral("300"), QStringLiteral("--out"), out});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    QImageReader reader(out);
    EXPECT_EQ(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    EXPECT_EQ(image.width(), 2500); // 800 * 300 / 96
    EXPECT_EQ(image.height(), 1250);
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 300, 0.5);
}

TEST_F(RenderCommand, OverlapAsPdfWithThePageSizeAskedFor)
{
    const QString out = path(QStringLiteral("overlap.pdf"));
    const CommandRun run =
        render({QStringLiteral("overlap"), QStringLiteral("--d"), QStringLiteral("0.43"),
                QStringLiteral("--width"), QStringLiteral("960"), QStringLiteral("--height"),
                QStringLiteral("600"), QStringLiteral("--out"), out});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    // 960 x 600 px at 96 dpi = 10 x 6.25 in = 720 x 450 pt.
    const auto match =
        QRegularExpression(QStringLiteral("/MediaBox \\[\\s*0 0 ([0-9.]+) ([0-9.]+)"))
            .match(QString::fromLatin1(pdf));
    ASSERT_TRUE(match.hasMatch());
    EXPECT_NEAR(match.captured(1).toDouble(), 720, 1);
    EXPECT_NEAR(match.captured(2).toDouble(), 450, 1);
}

TEST_F(RenderCommand, ForestOfCatalogueStudiesOnTheMwScale)
{
    const QString out = path(QStringLiteral("captain.svg"));
    const CommandRun run =
        render({QStringLiteral("forest"), QStringLiteral("--studies"),
                QStringLiteral("captain-ii,cars-1,cars-2"), QStringLiteral("--metric"),
                QStringLiteral("mw"), QStringLiteral("--sort"), QStringLiteral("effect"),
                QStringLiteral("--database"), m_database, QStringLiteral("--out"), out});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    // CAPTAIN II's reported MW 0.59 (0.52 to 0.66) is drawn with its numbers.
    EXPECT_TRUE(svg.contains(QStringLiteral("0.59 [0.52, 0.66]")));
    EXPECT_TRUE(svg.contains(QStringLiteral("CARS-1")));
    EXPECT_TRUE(svg.contains(QStringLiteral("CARS-2")));
}

TEST_F(RenderCommand, TimecourseOfCaptainII)
{
    const QString out = path(QStringLiteral("tc.svg"));
    const CommandRun run = render({QStringLiteral("timecourse"), QStringLiteral("--study"),
                                   QStringLiteral("captain-ii"), QStringLiteral("--database"),
                                   m_database, QStringLiteral("--out"), out});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    for (const char *day : {"day 10", "day 30", "day 90"}) {
        EXPECT_TRUE(svg.contains(QLatin1String(day))) << day;
    }
}

TEST_F(RenderCommand, BadInputExitsTwoAndLeavesNoFile)
{
    const QString out = path(QStringLiteral("x.png"));
    expectRefused(render({QStringLiteral("overlap"), QStringLiteral("--mw"), QStringLiteral("1.4"),
                          QStringLiteral("--out"), out}),
                  out, QStringLiteral("--mw"));
    expectRefused(render({QStringLiteral("overlap"), QStringLiteral("--mw"), QStringLiteral("0,6"),
                          QStringLiteral("--out"), out}),
                  out, QStringLiteral("--mw"));
    expectRefused(
        render({QStringLiteral("overlap"), QStringLiteral("--mw"), QStringLiteral("0.6")}), out,
        QStringLiteral("--out"));
    expectRefused(render({QStringLiteral("overlap"), QStringLiteral("--mw"), QStringLiteral("0.6"),
                          QStringLiteral("--out"), path(QStringLiteral("x.jpg"))}),
                  path(QStringLiteral("x.jpg")), QStringLiteral(".png"));
    expectRefused(
        render({QStringLiteral("overlap"), QStringLiteral("--d"), QStringLiteral("0.5"),
                QStringLiteral("--dpi"), QStringLiteral("5000"), QStringLiteral("--out"), out}),
        out, QStringLiteral("--dpi"));
    expectRefused(render({QStringLiteral("forest"), QStringLiteral("--studies"),
                          QStringLiteral("no-such-study"), QStringLiteral("--database"), m_database,
                          QStringLiteral("--out"), out}),
                  out, QStringLiteral("no-such-study"));
    expectRefused(render({QStringLiteral("forest"), QStringLiteral("--all"),
                          QStringLiteral("--metric"), QStringLiteral("median"),
                          QStringLiteral("--database"), m_database, QStringLiteral("--out"), out}),
                  out, QStringLiteral("--metric"));
    expectRefused(render({QStringLiteral("forest"), QStringLiteral("--all"),
                          QStringLiteral("--database"), m_database, QStringLiteral("--out"), out}),
                  out, QStringLiteral("metrics"));
    expectRefused(render({QStringLiteral("timecourse"), QStringLiteral("--study"),
                          QStringLiteral("chen-2013-mild-tbi"), QStringLiteral("--database"),
                          m_database, QStringLiteral("--out"), out}),
                  out, QStringLiteral("timepoints"));
    expectRefused(render({QStringLiteral("volcano"), QStringLiteral("--out"), out}), out,
                  QStringLiteral("volcano"));
}

TEST_F(RenderCommand, BadCsvNamesTheLineAndColumn)
{
    const QString out = path(QStringLiteral("x.svg"));
    const auto refuse = [&](const QString &text, const QString &mentions) {
        const QString csv = writeCsv(QStringLiteral("bad.csv"), text);
        const CommandRun run = render(
            {QStringLiteral("forest"), QStringLiteral("--csv"), csv, QStringLiteral("--out"), out});
        QFile::remove(csv);
        expectRefused(run, out, mentions);
    };
    // Data rows are counted from 1 after the header (as `evidence pool` does), with the line.
    refuse(QStringLiteral("label,yi,vi\nA,0.3,abc\n"), QStringLiteral("row 1 (line 2), column vi"));
    refuse(QStringLiteral("label,yi,vi\nA,0.3,0.1\nB,0.2,-1\n"),
           QStringLiteral("row 2 (line 3), column vi"));
    // Two descriptions of one CI: refused, naming both columns.
    refuse(QStringLiteral("label,yi,vi,sei\nA,0.3,0.04,0.2\n"), QStringLiteral("both vi and sei"));
    refuse(QStringLiteral("label,yi,vi,estimate,ci_low,ci_high\nA,0.3,0.04,0.3,0,0.6\n"),
           QStringLiteral("yi and vi, and also estimate, ci_low, ci_high"));
    refuse(QStringLiteral("label,yi,sei,ci_low,ci_high\nA,0.3,0.2,0,0.6\n"),
           QStringLiteral("yi and sei, and also ci_low, ci_high"));
    refuse(QStringLiteral("label,yi\nA,0.3\n"), QStringLiteral("vi"));
    refuse(QStringLiteral("label,yi,vi\n"), QStringLiteral("no rows"));
    refuse(QStringLiteral("estimate,ci_low,ci_high\n0.5,0.6,0.7\n"), QStringLiteral("line 2"));
}

TEST_F(RenderCommand, PoolingOneRowWithRandomEffectsIsRefused)
{
    const QString out = path(QStringLiteral("x.svg"));
    const QString csv =
        writeCsv(QStringLiteral("one.csv"), QStringLiteral("label,yi,vi\nA,0.3,0.1\n"));
    const CommandRun run =
        render({QStringLiteral("forest"), QStringLiteral("--csv"), csv, QStringLiteral("--pool"),
                QStringLiteral("DL"), QStringLiteral("--out"), out});
    EXPECT_EQ(run.status, 2);
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(RenderCommand, CsvFromStandardInput)
{
    const QString out = path(QStringLiteral("stdin.svg"));
    const CommandRun run = render({QStringLiteral("forest"), QStringLiteral("--csv"),
                                   QStringLiteral("-"), QStringLiteral("--out"), out},
                                  QStringLiteral("label,yi,sei\nX,0.2,0.1\nY,0.4,0.2\n"));
    EXPECT_EQ(run.status, 0) << run.err.toStdString();
    EXPECT_TRUE(QFile::exists(out));
}

TEST_F(RenderCommand, PooledBcgExampleShowsMetaforsReml)
{
    // metafor: rma(yi, vi, data = escalc("RR", ..., dat.bcg)) gives tau^2 = 0.3132 and
    // estimate -0.7145 (RR 0.49, 95% CI 0.34 to 0.70); the fixture holds its yi and vi.
    QFile fixture(QStringLiteral(EB_SOURCE_DIR "/tests/stats/fixtures/pool_datasets.csv"));
    ASSERT_TRUE(fixture.open(QIODevice::ReadOnly));
    QString csv = QStringLiteral("label,yi,vi\n");
    for (const QByteArray &line : fixture.readAll().split('\n')) {
        const QList<QByteArray> cells = line.split(',');
        if (cells.size() == 4 && cells[0] == "bcg") {
            csv += QStringLiteral("BCG trial %1,%2,%3\n")
                       .arg(QString::fromLatin1(cells[1]), QString::fromLatin1(cells[2]),
                            QString::fromLatin1(cells[3]));
        }
    }
    const QString file = writeCsv(QStringLiteral("bcg.csv"), csv);
    const QString out = path(QStringLiteral("bcg.svg"));
    const CommandRun run =
        render({QStringLiteral("forest"), QStringLiteral("--csv"), file, QStringLiteral("--scale"),
                QStringLiteral("rr"), QStringLiteral("--pool"), QStringLiteral("REML"),
                QStringLiteral("--higher-favours"), QStringLiteral("control"),
                QStringLiteral("--out"), out});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    QFile svgFile(out);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(svgFile.readAll());
    EXPECT_TRUE(svg.contains(QStringLiteral("τ² = 0.3132"))) << "tau2";
    EXPECT_TRUE(svg.contains(QStringLiteral("0.49 [0.34, 0.70]")));
    EXPECT_TRUE(svg.contains(QStringLiteral("BCG trial 13")));
    EXPECT_TRUE(svg.contains(QStringLiteral("Favours treatment")));
}

TEST_F(RenderCommand, DomainsGroupResultsUnderTheirDomain)
{
    const QString out = path(QStringLiteral("domains.svg"));
    const CommandRun run =
        render({QStringLiteral("domains"), QStringLiteral("--all"), QStringLiteral("--species"),
                QStringLiteral("human"), QStringLiteral("--database"), m_database,
                QStringLiteral("--out"), out});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    for (const char *domain : {"motor", "global", "language", "cognitive"}) {
        EXPECT_TRUE(QRegularExpression(
                        QStringLiteral("<text[^>]*>\\s*%1\\s*</text>").arg(QLatin1String(domain)))
                        .match(svg)
                        .hasMatch())
            << domain;
    }
    // CARS-1 ARAT, reported on the MW scale: drawn with its own numbers.
    EXPECT_TRUE(svg.contains(QStringLiteral("0.71 [0.63, 0.79]")));
}

TEST_F(RenderCommand, OutcomeFilterKeepsOnlyThatOutcome)
{
    const QString out = path(QStringLiteral("arat.svg"));
    const CommandRun run =
        render({QStringLiteral("forest"), QStringLiteral("--all"), QStringLiteral("--outcome"),
                QStringLiteral("ARAT"), QStringLiteral("--database"), m_database,
                QStringLiteral("--out"), out});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(svg.contains(QStringLiteral("CARS-1")));
    EXPECT_TRUE(svg.contains(QStringLiteral("CARS-2"))); // no estimate: listed as not reported
    EXPECT_TRUE(svg.contains(QStringLiteral("not reported")));
    EXPECT_FALSE(svg.contains(QStringLiteral("NIHSS")));
    EXPECT_FALSE(svg.contains(QStringLiteral("CAPTAIN")));
}

TEST_F(RenderCommand, OverlapRefusesADBeyondWhatItCanDraw)
{
    const QString out = path(QStringLiteral("x.png"));
    // Drawn at the edge, d = 8 would show the curves 6 SD apart: refused with the true d.
    expectRefused(render({QStringLiteral("overlap"), QStringLiteral("--d"), QStringLiteral("8"),
                          QStringLiteral("--out"), out}),
                  out, QStringLiteral("d = 8.00"));
    expectRefused(render({QStringLiteral("overlap"), QStringLiteral("--or"), QStringLiteral("1e6"),
                          QStringLiteral("--out"), out}),
                  out, QStringLiteral("--or 1e6 is d = 7.62"));
    const QString svg = path(QStringLiteral("edge.svg"));
    const CommandRun run = render({QStringLiteral("overlap"), QStringLiteral("--d"),
                                   QStringLiteral("-5.5"), QStringLiteral("--out"), svg});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(file.readAll()).contains(QStringLiteral("d = −5.50")));
}

TEST_F(RenderCommand, ACsvWithoutAScaleAsksForOneBeforeConverting)
{
    const QString out = path(QStringLiteral("x.svg"));
    const QString csv =
        writeCsv(QStringLiteral("rows.csv"), QStringLiteral("label,yi,vi\nA,0.3,0.04\n"));
    const CommandRun metric =
        render({QStringLiteral("forest"), QStringLiteral("--csv"), csv, QStringLiteral("--metric"),
                QStringLiteral("mw"), QStringLiteral("--out"), out});
    QFile::remove(csv);
    expectRefused(metric, out, QStringLiteral("scale is unknown; add --scale mw, d, g"));
    writeCsv(QStringLiteral("rows.csv"), QStringLiteral("label,yi,vi\nA,0.3,0.04\n"));
    const CommandRun bands = render({QStringLiteral("forest"), QStringLiteral("--csv"), csv,
                                     QStringLiteral("--benchmarks"), QStringLiteral("--out"), out});
    QFile::remove(csv);
    expectRefused(bands, out,
                  QStringLiteral("--benchmarks: the CSV's scale is unknown; add --scale"));
    EXPECT_FALSE(bands.err.contains(QStringLiteral("--metric"))) << bands.err.toStdString();
    // What the hint says works.
    writeCsv(QStringLiteral("rows.csv"), QStringLiteral("label,yi,vi\nA,0.3,0.04\n"));
    const CommandRun fixed =
        render({QStringLiteral("forest"), QStringLiteral("--csv"), csv, QStringLiteral("--scale"),
                QStringLiteral("d"), QStringLiteral("--metric"), QStringLiteral("mw"),
                QStringLiteral("--benchmarks"), QStringLiteral("--out"), out});
    EXPECT_EQ(fixed.status, 0) << fixed.err.toStdString();
}

TEST_F(RenderCommand, RowsFromYiAndViAreReportedEstimatesWithAComputedCi)
{
    QString error;
    const auto table = eb::cli::readForestCsv(QStringLiteral("label,yi,vi\nA,0.30,0.04\n"),
                                              eb::stats::Metric::CohensD, &error);
    ASSERT_TRUE(table.has_value()) << error.toStdString();
    ASSERT_EQ(table->entries.size(), 1);
    EXPECT_FALSE(table->entries.first().derived);
    EXPECT_TRUE(table->entries.first().derivation.contains(QStringLiteral("computed from vi")));
    auto build = eb::evidence::buildForest(table->entries, eb::evidence::DisplayMetric::Native);
    ASSERT_TRUE(build.ok());
    eb::charts::ForestPlot plot(build.spec);
    plot.resize(QSizeF(1000, 400));
    // A filled (reported) marker, not a hollow one.
    const QRectF marker = plot.markerRect(0);
    ASSERT_FALSE(marker.isEmpty());
    EXPECT_TRUE(plot.reportedMarkers()->path().contains(
        plot.reportedMarkers()->mapFromScene(marker.center())));
    EXPECT_FALSE(plot.derivedMarkers()->path().contains(
        plot.derivedMarkers()->mapFromScene(marker.center())));

    // The command's picture: legend "Reported" only, and the footnote gives the CI's formula.
    const QString out = path(QStringLiteral("vi.svg"));
    const QString csv = writeCsv(QStringLiteral("rows.csv"),
                                 QStringLiteral("label,yi,vi\nA,0.30,0.04\nB,0.10,0.02\n"));
    const CommandRun run = render(
        {QStringLiteral("forest"), QStringLiteral("--csv"), csv, QStringLiteral("--out"), out});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    EXPECT_FALSE(svg.contains(QStringLiteral("converted by this program")));
    EXPECT_TRUE(svg.contains(QStringLiteral("CI computed from vi: yi ± 1.96·√vi")));
    EXPECT_TRUE(svg.contains(QStringLiteral(">Reported<")) ||
                QRegularExpression(QStringLiteral("<text[^>]*>\\s*Reported\\s*</text>"))
                    .match(svg)
                    .hasMatch());

    // A conversion that did happen is still marked derived.
    const QString converted = path(QStringLiteral("converted.svg"));
    const CommandRun mw =
        render({QStringLiteral("forest"), QStringLiteral("--csv"), csv, QStringLiteral("--scale"),
                QStringLiteral("d"), QStringLiteral("--metric"), QStringLiteral("mw"),
                QStringLiteral("--out"), converted});
    ASSERT_EQ(mw.status, 0) << mw.err.toStdString();
    QFile convertedFile(converted);
    ASSERT_TRUE(convertedFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(convertedFile.readAll())
                    .contains(QStringLiteral("converted by this program")));
}

TEST_F(RenderCommand, DefaultCsvLabelsCountDataRowsFromOne)
{
    const QString out = path(QStringLiteral("rows.svg"));
    const QString csv =
        writeCsv(QStringLiteral("rows.csv"), QStringLiteral("yi,vi\n0.30,0.04\n0.10,0.02\n"));
    const CommandRun run = render(
        {QStringLiteral("forest"), QStringLiteral("--csv"), csv, QStringLiteral("--out"), out});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    const auto label = [&](const QString &text) {
        return QRegularExpression(QStringLiteral("<text[^>]*>\\s*%1\\s*</text>").arg(text))
            .match(svg)
            .hasMatch();
    };
    EXPECT_TRUE(label(QStringLiteral("Row 1")));
    EXPECT_TRUE(label(QStringLiteral("Row 2")));
    EXPECT_FALSE(label(QStringLiteral("Row 3")));
}

TEST_F(RenderCommand, TheTitleCountsTheRowsDrawn)
{
    // Every catalogue result on the MW scale: some metrics have no conversion and are not shown.
    const QString out = path(QStringLiteral("all.svg"));
    const CommandRun run =
        render({QStringLiteral("forest"), QStringLiteral("--all"), QStringLiteral("--metric"),
                QStringLiteral("mw"), QStringLiteral("--database"), m_database,
                QStringLiteral("--out"), out});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    const QRegularExpressionMatch skipped =
        QRegularExpression(QStringLiteral("(\\d+) result\\S* on a scale with no conversion"))
            .match(svg);
    ASSERT_TRUE(skipped.hasMatch()) << "the catalogue has no unconvertible result any more";
    const QRegularExpressionMatch title =
        QRegularExpression(QStringLiteral("(\\d+) results from \\d+ studies \\((\\d+) drawn\\)"))
            .match(svg);
    ASSERT_TRUE(title.hasMatch());
    EXPECT_EQ(title.captured(1).toInt() - skipped.captured(1).toInt(), title.captured(2).toInt());
}
