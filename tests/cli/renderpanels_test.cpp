// `evidence render forest --study SLUG` / `--outcome SLUG` (issue 8): the Chart tab's panels,
// one per scale, from the same evidence-layer function, stacked in one picture.
#include "catalogue/catalogue.h"
#include "cataloguecopy.h"
#include "commandrun.h"
#include "evidence/forestdata.h"
#include "evidence/forestpanels.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <gtest/gtest.h>

namespace {

using eb::test::CommandRun;

class RenderPanels : public eb::test::CatalogueFileTest
{
protected:
    CommandRun render(const QStringList &arguments) const
    {
        return eb::test::evidence(QStringList{QStringLiteral("render"), QStringLiteral("forest"),
                                              QStringLiteral("--database"), m_database} +
                                  arguments);
    }

    QString svgOf(const QString &file) const
    {
        QFile svg(file);
        EXPECT_TRUE(svg.open(QIODevice::ReadOnly)) << file.toStdString();
        return QString::fromUtf8(svg.readAll());
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
};

} // namespace

TEST_F(RenderPanels, AStudyWithTwoScalesIsDrawnAsTheChartTabDrawsIt)
{
    // The CARS meta-analysis reports MW values and NNTs: two panels, each with its axis title.
    const QString out = path(QStringLiteral("cars.svg"));
    const CommandRun run = render({QStringLiteral("--study"), QStringLiteral("cars-meta-analysis"),
                                   QStringLiteral("--out"), out});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("2 panel"))) << run.out.toStdString();
    const QString svg = svgOf(out);
    EXPECT_TRUE(svg.contains(QStringLiteral("Mann-Whitney effect size (MW)")));
    EXPECT_TRUE(svg.contains(QStringLiteral("Number needed to treat")));
    // The same titles as the Chart tab (evidence::titlePanels).
    EXPECT_TRUE(svg.contains(QStringLiteral("CARS meta-analysis (Guekht 2017): Mann-Whitney")));
}

TEST_F(RenderPanels, WangIsTwoRiskRatioPanelsOneForBenefitsOneForHarms)
{
    const QString out = path(QStringLiteral("wang.svg"));
    const CommandRun run =
        render({QStringLiteral("--study"), QStringLiteral("wang-2017-meta-analysis"),
                QStringLiteral("--out"), out});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    const QString svg = svgOf(out);
    EXPECT_EQ(svg.count(QStringLiteral("Risk ratio (log scale)")), 4) // title and axis, twice
        << run.out.toStdString();
    EXPECT_TRUE(svg.contains(QStringLiteral("higher value favours Cerebrolysin")));
    EXPECT_TRUE(svg.contains(QStringLiteral("higher value favours control")));
}

TEST_F(RenderPanels, AnOutcomeIsItsChartTab)
{
    // Serious adverse events: two RRs on one log axis; Zhang 2017 (direction only) not drawn,
    // named in words.
    const QString out = path(QStringLiteral("sae.svg"));
    const CommandRun run = render(
        {QStringLiteral("--outcome"), QStringLiteral("sae-people"), QStringLiteral("--out"), out});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("1 panel"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("not drawn: ")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Zhang 2017")));
    EXPECT_FALSE(run.out.contains(QStringLiteral("(rr)")));
    EXPECT_TRUE(svgOf(out).contains(QStringLiteral("Risk ratio (log scale)")));
}

// Issue 15: `--study X --outcome Y` and `--studies X --outcome Y` build their rows in one
// place (evidence::effectEntriesFromResults) and draw the same rows: CARS meta-analysis ARAT,
// MW 0.62 in the article and in Guekht 2017, is one row naming both sources, not two.
TEST_F(RenderPanels, BothForestPathsDrawTheSameRows)
{
    const auto marks = [&](const QStringList &selection, const QString &name) {
        const QString dir = path(name);
        const CommandRun run =
            render(selection + QStringList{QStringLiteral("--outcome"), QStringLiteral("arat"),
                                           QStringLiteral("--bundle"), dir});
        EXPECT_EQ(run.status, 0) << run.err.toStdString();
        QFile csv(QDir(dir).filePath(QStringLiteral("data.csv")));
        EXPECT_TRUE(csv.open(QIODevice::ReadOnly)) << run.out.toStdString();
        QStringList lines =
            QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        // mark,kind,label,outcome,timepoint,panel,scale,...: the rows without their panel.
        QStringList rows;
        for (const QString &line : lines.mid(1)) {
            QStringList f = line.split(QLatin1Char(','));
            f.removeAt(5);
            rows << f.join(QLatin1Char(','));
        }
        return rows;
    };
    const QStringList one =
        marks({QStringLiteral("--study"), QStringLiteral("cars-meta-analysis")}, "one");
    const QStringList many =
        marks({QStringLiteral("--studies"), QStringLiteral("cars-meta-analysis")}, "many");
    ASSERT_EQ(one.size(), 1) << one.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(one, many);
    EXPECT_TRUE(one.first().contains(QStringLiteral("0.62"))) << one.first().toStdString();
}

// Every study of the bundled catalogue: the Chart tab's panels and `render forest --studies`'
// rows are the same rows (study, outcome, time point label, numbers), none of them twice.
TEST_F(RenderPanels, EveryStudysPanelsAndFlatRowsAgree)
{
    eb::catalogue::Catalogue catalogue;
    ASSERT_TRUE(catalogue.open(m_database)) << catalogue.lastError().toStdString();
    int compared = 0;
    for (const eb::catalogue::StudySummary &summary : catalogue.studies()) {
        const auto study = catalogue.study(summary.slug);
        ASSERT_TRUE(study);
        const auto key = [](const eb::evidence::ForestRow &r) {
            return QStringList{r.study, r.outcome, r.timepoint,
                               r.estimate ? QString::number(*r.estimate) : QString(),
                               r.ciLow ? QString::number(*r.ciLow) : QString()}
                .join(QLatin1Char('|'));
        };
        QStringList panelRows;
        for (const eb::evidence::ForestSpec &spec :
             eb::evidence::forestPanelsFromResults(study->results).panels) {
            for (const eb::evidence::ForestRow &r : spec.rows) {
                panelRows << key(r);
            }
        }
        QStringList flatRows;
        for (const eb::evidence::EffectEntry &e :
             eb::evidence::effectEntriesFromResults(study->results)) {
            if (e.metric != eb::stats::Metric::None && e.estimate) {
                flatRows << key(eb::evidence::forestRowFrom(e));
            }
        }
        panelRows.sort();
        flatRows.sort();
        EXPECT_EQ(panelRows, flatRows) << summary.slug.toStdString();
        EXPECT_EQ(QSet<QString>(flatRows.cbegin(), flatRows.cend()).size(), flatRows.size())
            << summary.slug.toStdString();
        compared += static_cast<int>(flatRows.size());
    }
    EXPECT_GT(compared, 30);
}

TEST_F(RenderPanels, BadInputIsOneLineAndNoFile)
{
    const QString out = path(QStringLiteral("x.svg"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("--study"), QStringLiteral("no-such-study")},
          QStringList{QStringLiteral("--outcome"), QStringLiteral("no-such-outcome")},
          QStringList{QStringLiteral("--study"), QStringLiteral("captain-ii"),
                      QStringLiteral("--metric"), QStringLiteral("mw")}}) {
        const CommandRun run = render(arguments + QStringList{QStringLiteral("--out"), out});
        EXPECT_EQ(run.status, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(out));
    }
}
