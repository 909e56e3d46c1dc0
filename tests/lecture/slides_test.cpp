// Slides drawn from the bundled catalogue: presets, every kind of the example deck, a missing
// record said in words, the forest reveal (rows, then pooled, then prediction interval) and the
// multi-page vector PDF.
#include "catalogue/catalogue.h"
#include "charts/chartexport.h"
#include "charts/forestplot.h"
#include "charts/marklayer.h"
#include "lecture/deckpdf.h"
#include "lecture/forestreveal.h"
#include "lecture/labpresets.h"
#include "lecture/messagefigure.h"
#include "lecture/slidefigure.h"

#include <QBuffer>
#include <QGraphicsPolygonItem>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QRegularExpression>
#include <gtest/gtest.h>

namespace {

using namespace eb::lecture;

class Slides : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_catalogue.open(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"),
                                     eb::catalogue::OpenMode::ReadOnly))
            << m_catalogue.lastError().toStdString();
    }

    static ResultKey key(const char *study, const char *outcome, const char *timepoint,
                         const char *source)
    {
        return {QString::fromLatin1(study),     QString::fromLatin1(outcome),
                QString::fromLatin1(timepoint), QString::fromLatin1(source),
                QStringLiteral("mw"),           false};
    }

    Slide pooledForest() const
    {
        Slide slide;
        slide.kind = SlideKind::Forest;
        slide.results = {key("captain-i", "captain-ensemble", "", "poon-2020"),
                         key("captain-ii", "captain-ensemble", "day 90", "muresanu-2020")};
        slide.pool = QStringLiteral("REML");
        return slide;
    }

    eb::catalogue::Catalogue m_catalogue;
};

TEST_F(Slides, PresetsNameTheirSourceAndWhatIsDerived)
{
    const QList<LabPreset> presets = labPresets(m_catalogue);
    const auto captain =
        labPreset(m_catalogue, key("captain-ii", "captain-ensemble", "day 90", "muresanu-2020"));
    ASSERT_TRUE(captain);
    EXPECT_TRUE(captain->label.contains(QStringLiteral("CAPTAIN II")));
    EXPECT_TRUE(captain->label.contains(QStringLiteral("MW 0.59 (0.52 to 0.66)")))
        << captain->label.toStdString();
    EXPECT_DOUBLE_EQ(captain->input.value, 0.59);
    EXPECT_FALSE(captain->source.isEmpty());
    EXPECT_TRUE(captain->provenance.contains(QStringLiteral("reported by")));
    EXPECT_TRUE(captain->provenance.contains(QStringLiteral("derived")));

    bool chen = false;
    for (const LabPreset &preset : presets) {
        if (preset.key.study == QLatin1String("chen-2013-mild-tbi") && preset.key.fromArms) {
            chen = true;
            EXPECT_TRUE(preset.armSizesAssumed);
            EXPECT_TRUE(preset.label.contains(QStringLiteral("arm sizes assumed")));
            EXPECT_EQ(preset.input.metric, LabMetric::G);
            EXPECT_EQ(preset.input.n1, 16);
            EXPECT_TRUE(preset.provenance.contains(QStringLiteral("16/16")));
        }
        EXPECT_TRUE(computeLab(preset.input).ok) << preset.label.toStdString();
    }
    EXPECT_TRUE(chen);
    EXPECT_GE(presets.size(), 10);
}

TEST_F(Slides, EveryExampleSlideDraws)
{
    QString error;
    const auto deck =
        loadDeck(QStringLiteral(EB_SOURCE_DIR "/docs/examples/lecture-deck.json"), &error);
    ASSERT_TRUE(deck) << error.toStdString();
    for (const Slide &slide : deck->slides) {
        BuiltSlide built = buildSlide(slide, m_catalogue, deck->fontScale);
        EXPECT_TRUE(built.ok()) << slideSummary(slide).toStdString() << ": "
                                << built.problem.toStdString();
        ASSERT_FALSE(built.figures.empty());
        layoutSlide(built, QSizeF(1920, 1080));
        EXPECT_FALSE(built.figures.front()->textItems().isEmpty());
    }
}

TEST_F(Slides, AMissingRecordSaysSo)
{
    Slide slide;
    slide.kind = SlideKind::Forest;
    slide.record = {QStringLiteral("study"), QStringLiteral("no-such-trial")};
    BuiltSlide built = buildSlide(slide, m_catalogue, 2.0);
    EXPECT_FALSE(built.ok());
    EXPECT_TRUE(built.problem.contains(QStringLiteral("no-such-trial")));
    EXPECT_TRUE(built.problem.contains(QStringLiteral("no longer in the catalogue")));
    ASSERT_EQ(built.figures.size(), 1U);
    layoutSlide(built, QSizeF(1280, 720));
    auto *figure = dynamic_cast<MessageFigure *>(built.figures.front().get());
    ASSERT_NE(figure, nullptr);
    EXPECT_FALSE(figure->textItems().isEmpty());

    Slide lab;
    lab.kind = SlideKind::Lab;
    lab.lab.preset = key("captain-iii", "x", "", "y");
    EXPECT_FALSE(buildSlide(lab, m_catalogue, 2.0).ok());
    Slide distribution;
    distribution.kind = SlideKind::Distribution;
    distribution.result = key("captain-ii", "captain-ensemble", "day 900", "muresanu-2020");
    EXPECT_FALSE(buildSlide(distribution, m_catalogue, 2.0).ok());
}

QRgb pixelAt(eb::charts::ChartFigure &figure, QPointF scene)
{
    const QImage image = eb::charts::renderImage(figure, 96);
    return image.pixel(scene.toPoint());
}

bool allWhite(eb::charts::ChartFigure &figure, const QRectF &rect)
{
    const QImage image = eb::charts::renderImage(figure, 96);
    const QRect r = rect.toAlignedRect().intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            if (image.pixel(x, y) != qRgb(255, 255, 255)) {
                return false;
            }
        }
    }
    return true;
}

// What lies under a point when no row's marks are drawn at all: the background, the grid, the
// benchmark bands. A hidden row shows exactly that (no covered square, no gap in a line).
QRgb backgroundAt(eb::charts::ForestPlot &forest, QPointF scene)
{
    const QList<QGraphicsItem *> layers{forest.whiskers(), forest.reportedMarkers(),
                                        forest.derivedMarkers()};
    for (QGraphicsItem *layer : layers) {
        layer->setVisible(false);
    }
    const QRgb pixel = pixelAt(forest, scene);
    for (QGraphicsItem *layer : layers) {
        layer->setVisible(true);
    }
    return pixel;
}

TEST_F(Slides, ForestRevealsRowsThenPooledThenPredictionInterval)
{
    BuiltSlide built = buildSlide(pooledForest(), m_catalogue, 1.5);
    ASSERT_TRUE(built.ok()) << built.problem.toStdString();
    layoutSlide(built, QSizeF(1600, 900));
    auto *forest = dynamic_cast<eb::charts::ForestPlot *>(built.figures.front().get());
    ASSERT_NE(forest, nullptr);
    ASSERT_TRUE(forest->spec().pooled);
    ASSERT_TRUE(forest->spec().pooled->piLow);
    auto *reveal = new ForestReveal(forest);
    EXPECT_EQ(reveal->stepCount(), 4); // two studies, the pooled estimate, the interval
    EXPECT_EQ(reveal->step(), 4);

    const QPointF second = forest->markerRect(1).center();
    const QPointF first = forest->markerRect(0).center();
    reveal->setStep(1);
    EXPECT_EQ(reveal->revealedRows(), 1);
    EXPECT_FALSE(reveal->pooledRevealed());
    EXPECT_EQ(forest->pooledDiamond()->opacity(), 0.0);
    EXPECT_NE(pixelAt(*forest, first), backgroundAt(*forest, first));
    EXPECT_EQ(pixelAt(*forest, second), backgroundAt(*forest, second));

    // The heterogeneity line names the pooled result: hidden with it.
    QRectF heterogeneity;
    for (auto *text : forest->textItems()) {
        if (text->text().startsWith(QStringLiteral("Heterogeneity"))) {
            heterogeneity = text->sceneBoundingRect();
        }
    }
    ASSERT_FALSE(heterogeneity.isEmpty());
    EXPECT_TRUE(allWhite(*forest, heterogeneity));

    reveal->setStep(2); // the second study
    EXPECT_NE(pixelAt(*forest, second), backgroundAt(*forest, second));
    EXPECT_FALSE(reveal->pooledRevealed());

    reveal->setStep(3); // the pooled estimate, not yet its prediction interval
    EXPECT_TRUE(reveal->pooledRevealed());
    EXPECT_FALSE(reveal->predictionRevealed());
    EXPECT_EQ(forest->pooledDiamond()->opacity(), 1.0);
    EXPECT_EQ(forest->predictionInterval()->opacity(), 0.0);

    EXPECT_FALSE(allWhite(*forest, heterogeneity));
    reveal->setStep(4);
    EXPECT_TRUE(reveal->predictionRevealed());
    EXPECT_EQ(forest->predictionInterval()->opacity(), 1.0);

    // A resize keeps the step and covers the new layout.
    reveal->setStep(1);
    forest->resize(QSizeF(1200, 700));
    EXPECT_EQ(pixelAt(*forest, forest->markerRect(1).center()),
              backgroundAt(*forest, forest->markerRect(1).center()));
}

TEST_F(Slides, ForestWithoutPooledRowRevealsItsRows)
{
    Slide slide;
    slide.kind = SlideKind::Forest;
    slide.record = {QStringLiteral("study"), QStringLiteral("cars-1")};
    BuiltSlide built = buildSlide(slide, m_catalogue, 1.0);
    ASSERT_TRUE(built.ok());
    layoutSlide(built, QSizeF(1280, 720));
    auto *forest = dynamic_cast<eb::charts::ForestPlot *>(built.figures.front().get());
    ASSERT_NE(forest, nullptr);
    auto *reveal = new ForestReveal(forest);
    EXPECT_EQ(reveal->stepCount(), static_cast<int>(forest->spec().rows.size()));
}

int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return static_cast<int>(QString::fromLatin1(pdf).count(page));
}

TEST_F(Slides, PdfHasOnePagePerSlideInVectors)
{
    Deck deck;
    Slide lab;
    lab.kind = SlideKind::Lab;
    lab.lab.input.value = 0.62;
    Slide course;
    course.kind = SlideKind::TimeCourse;
    course.record = {QStringLiteral("study"), QStringLiteral("captain-ii")};
    deck.slides = {lab, pooledForest(), course};
    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    QString error;
    ASSERT_TRUE(writeDeckPdf(deck, m_catalogue, buffer, QSizeF(1920, 1080), &error))
        << error.toStdString();
    const QByteArray pdf = buffer.data();
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_EQ(pageCount(pdf), 3);
    EXPECT_FALSE(pdf.contains("/Subtype /Image")); // drawn as vectors, not pasted pixels

    Deck empty;
    QBuffer none;
    ASSERT_TRUE(none.open(QIODevice::WriteOnly));
    EXPECT_FALSE(writeDeckPdf(empty, m_catalogue, none, QSizeF(1920, 1080), &error));
}

} // namespace
