// Two slides' facts from the bundled catalogue: the review's summary-of-findings table as a
// slide (the Syntheses window's words and certainty, nothing overlapping at the largest type),
// and a lab preset on a scale without group sizes that says which sizes its g rests on.
#include "catalogue/catalogue.h"
#include "evidence/syntheses.h"
#include "lecture/deckpdf.h"
#include "lecture/findingsfigure.h"
#include "lecture/labfigure.h"
#include "lecture/labpresets.h"
#include "lecture/slidefigure.h"
#include "model/records.h"

#include <QGraphicsSimpleTextItem>
#include <gtest/gtest.h>

namespace {

using namespace eb::lecture;

Slide findingsSlide()
{
    Slide slide;
    slide.kind = SlideKind::Findings;
    slide.record = {QStringLiteral("study"), QStringLiteral("cochrane-2023-stroke")};
    slide.source = QStringLiteral("cochrane-2023");
    return slide;
}

QStringList drawnTexts(const BuiltSlide &built)
{
    QStringList texts;
    for (const auto &figure : built.figures) {
        for (auto *item : figure->textItems()) {
            texts << item->text();
        }
    }
    return texts;
}

class FindingsAndSizes : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_catalogue.open(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"),
                                     eb::catalogue::OpenMode::ReadOnly))
            << m_catalogue.lastError().toStdString();
    }
    eb::catalogue::Catalogue m_catalogue;
};

TEST_F(FindingsAndSizes, FindingsSlideDrawsTheWindowsTableWithItsCertainty)
{
    const auto review = m_catalogue.study(QStringLiteral("cochrane-2023-stroke"));
    ASSERT_TRUE(review);
    const QList<eb::review::SofRow> rows =
        eb::review::summaryOfFindings(*review, QStringLiteral("cochrane-2023"));
    ASSERT_GE(rows.size(), 2);
    const eb::review::SofTable table = eb::review::summaryOfFindingsTable(rows, review->name);

    BuiltSlide built = buildSlide(findingsSlide(), m_catalogue, 2.0);
    ASSERT_TRUE(built.ok()) << built.problem.toStdString();
    EXPECT_EQ(built.title, table.title);
    ASSERT_EQ(built.figures.size(), 1U);
    auto *figure = dynamic_cast<FindingsFigure *>(built.figures.front().get());
    ASSERT_NE(figure, nullptr);
    EXPECT_EQ(figure->table().cells, table.cells);
    layoutSlide(built, QSizeF(1280, 720));
    const QString drawn = drawnTexts(built).join(QLatin1Char(' '));
    for (const eb::review::SofRow &row : rows) {
        // The certainty as the table gives it (a word the review graded, or "not recorded").
        const QString certainty =
            row.certainty.isEmpty() ? QStringLiteral("not recorded") : row.certainty;
        EXPECT_TRUE(drawn.contains(certainty)) << certainty.toStdString();
    }
    // Every header and cell whole, in the window's words (a cell's lines are drawn in order).
    for (const QStringList &cells : QList<QStringList>{table.headers} + table.cells) {
        for (const QString &cell : cells) {
            EXPECT_TRUE(drawn.contains(cell)) << cell.toStdString() << "\n" << drawn.toStdString();
        }
    }
    EXPECT_TRUE(drawn.contains(QStringLiteral("moderate")) || drawn.contains(QStringLiteral("low")))
        << "the review grades its rows: " << drawn.toStdString();
}

TEST_F(FindingsAndSizes, FindingsSlideNeverOverlapsOrElidesAtTheLargestType)
{
    for (double scale : {1.0, 2.0, 4.0}) {
        SCOPED_TRACE(scale);
        BuiltSlide built = buildSlide(findingsSlide(), m_catalogue, scale);
        ASSERT_TRUE(built.ok());
        layoutSlide(built, QSizeF(1280, 720));
        const auto items = built.figures.front()->textItems();
        ASSERT_GT(items.size(), 20);
        const QRectF scene = built.figures.front()->scene()->sceneRect();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QRectF a = items.at(i)->sceneBoundingRect();
            EXPECT_FALSE(items.at(i)->text().contains(QChar(0x2026))) // never elided
                << items.at(i)->text().toStdString();
            EXPECT_TRUE(scene.contains(a)) << items.at(i)->text().toStdString();
            for (qsizetype j = i + 1; j < items.size(); ++j) {
                EXPECT_FALSE(a.intersects(items.at(j)->sceneBoundingRect()))
                    << items.at(i)->text().toStdString() << " / "
                    << items.at(j)->text().toStdString();
            }
        }
    }
}

TEST_F(FindingsAndSizes, AMissingReviewOrSourceSaysSo)
{
    Slide slide = findingsSlide();
    slide.source = QStringLiteral("no-such-source");
    BuiltSlide built = buildSlide(slide, m_catalogue, 2.0);
    EXPECT_FALSE(built.ok());
    EXPECT_TRUE(built.problem.contains(QStringLiteral("no-such-source")));
    slide = findingsSlide();
    slide.record.slug = QStringLiteral("no-such-review");
    built = buildSlide(slide, m_catalogue, 2.0);
    EXPECT_FALSE(built.ok());
    EXPECT_TRUE(built.problem.contains(QStringLiteral("no longer in the catalogue")));
}

// El Sayed 2018's OR 3.019 (GOS) reports N = 112 but no arm sizes: g rests on 56 and 56,
// assumed, and the preset, the slide and the slide's notes say so.
TEST_F(FindingsAndSizes, PresetOnAnotherScaleStatesTheGroupSizesItAssumes)
{
    const ResultKey key{QStringLiteral("el-sayed-2018-meta-analysis"),
                        QStringLiteral("gos"),
                        QString(),
                        QStringLiteral("el-sayed-2018"),
                        QStringLiteral("or"),
                        false};
    const auto preset = labPreset(m_catalogue, key);
    ASSERT_TRUE(preset);
    EXPECT_EQ(preset->input.n1, 56);
    EXPECT_EQ(preset->input.n2, 56);
    EXPECT_EQ(preset->input.sizes, LabGroupSizes::Assumed);
    EXPECT_TRUE(preset->armSizesAssumed);
    EXPECT_TRUE(preset->groupSizes.contains(QStringLiteral("56 and 56 assumed")))
        << preset->groupSizes.toStdString();
    EXPECT_TRUE(preset->groupSizes.contains(QStringLiteral("112")));
    EXPECT_TRUE(presetNote(*preset).contains(preset->groupSizes));

    Slide slide;
    slide.kind = SlideKind::Lab;
    slide.lab.preset = key;
    BuiltSlide built = buildSlide(slide, m_catalogue, 2.0);
    ASSERT_TRUE(built.ok()) << built.problem.toStdString();
    EXPECT_TRUE(built.notes.contains(preset->groupSizes)) << built.notes.toStdString();
    layoutSlide(built, QSizeF(1920, 1080));
    const QString drawn = drawnTexts(built).join(QLatin1Char(' '));
    EXPECT_TRUE(drawn.contains(QStringLiteral("group sizes 56 and 56 assumed")))
        << drawn.toStdString();

    // Without an N: the lab's 50 and 50, said to be assumed.
    const auto cognition = labPreset(
        m_catalogue, {QStringLiteral("el-sayed-2018-meta-analysis"), QStringLiteral("cognition"),
                      QString(), QStringLiteral("el-sayed-2018"), QStringLiteral("or"), false});
    ASSERT_TRUE(cognition);
    EXPECT_EQ(cognition->input.n1, 50);
    EXPECT_TRUE(cognition->groupSizes.contains(QStringLiteral("50 and 50 assumed")))
        << cognition->groupSizes.toStdString();
}

TEST_F(FindingsAndSizes, PresetUsesTheArmSizesWhenTheCatalogueHasThem)
{
    eb::catalogue::ResultRecord result;
    result.studyName = QStringLiteral("A trial");
    result.outcomeName = QStringLiteral("An outcome");
    result.sourceSlug = QStringLiteral("a-source");
    result.metric = eb::stats::Metric::OddsRatio;
    result.estimate = 2.0;
    result.n = 200;
    eb::catalogue::ArmSummaryRecord treatment;
    treatment.armRole = QStringLiteral("treatment");
    treatment.n = 96;
    eb::catalogue::ArmSummaryRecord control;
    control.armRole = QStringLiteral("control");
    control.total = 104; // an event count's denominator is the arm's size too
    result.arms = {treatment, control};
    const auto preset = presetFromResult(result, false);
    ASSERT_TRUE(preset);
    EXPECT_EQ(preset->input.n1, 96);
    EXPECT_EQ(preset->input.n2, 104);
    EXPECT_EQ(preset->input.sizes, LabGroupSizes::Reported);
    EXPECT_FALSE(preset->armSizesAssumed);
    EXPECT_TRUE(preset->provenance.contains(QStringLiteral("96 (treatment) and 104 (control)")))
        << preset->provenance.toStdString();
    const LabState state = computeLab(preset->input);
    ASSERT_TRUE(state.ok);
    EXPECT_TRUE(state.groupSizes.contains(QStringLiteral("96 and 104 as reported")))
        << state.groupSizes.toStdString();
    // g's correction rests on these sizes: c(198), not the lab's c(98).
    EXPECT_TRUE(state.value(LabMetric::G).formula.contains(QStringLiteral("c(198)")))
        << state.value(LabMetric::G).formula.toStdString();
}

} // namespace
