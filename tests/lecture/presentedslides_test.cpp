// What the audience sees: a presented lab slide shows the deck's value exactly (never the
// slider's step), and every slide of the example deck carries the same title and numbers on
// screen as in the PDF (text extracted from the PDF with pdftotext).
#include "catalogue/catalogue.h"
#include "charts/chartfigure.h"
#include "charts/chartview.h"
#include "charts/distributionchart.h"
#include "charts/forestplot.h"
#include "charts/marklayer.h"
#include "gui/features/lecture/presenter.h"
#include "lecture/deckpdf.h"
#include "lecture/forestreveal.h"
#include "lecture/slidefigure.h"

#include <QFile>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace {

using namespace eb;
using lecture::LabMetric;
using lecture::Slide;
using lecture::SlideKind;

Slide labSlide(LabMetric metric, double value, std::optional<double> low = std::nullopt,
               std::optional<double> high = std::nullopt)
{
    Slide slide;
    slide.kind = SlideKind::Lab;
    slide.lab.input.metric = metric;
    slide.lab.input.value = value;
    slide.lab.input.ciLow = low;
    slide.lab.input.ciHigh = high;
    return slide;
}

// Every text the figures of the presenter draw, one string.
QString screenText(gui::Presenter &presenter)
{
    QStringList texts;
    for (int i = 0; i < 2; ++i) {
        if (presenter.view(i)->isVisible() && presenter.view(i)->figure() != nullptr) {
            for (auto *item : presenter.view(i)->figure()->textItems()) {
                texts << item->text();
            }
        }
    }
    return texts.join(QLatin1Char(' '));
}

QString normalized(QString text)
{
    text.replace(QChar(0x2212), QLatin1Char('-')); // the charts' minus sign
    // NFKC: the PDF's ligatures ("ﬀ", "ﬁ") read as their letters.
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

class PresentedSlides : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_catalogue.open(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"),
                                     catalogue::OpenMode::ReadOnly));
        m_presenter = std::make_unique<gui::Presenter>(m_catalogue);
    }

    void present(const lecture::Deck &deck, int slide = 0)
    {
        m_presenter->setDeck(deck);
        m_presenter->present(nullptr, slide);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_presenter.get()));
    }

    charts::DistributionChart *labChart() const
    {
        return dynamic_cast<charts::DistributionChart *>(m_presenter->view(0)->figure());
    }

    catalogue::Catalogue m_catalogue;
    std::unique_ptr<gui::Presenter> m_presenter;
};

TEST_F(PresentedSlides, LabSlideShowsTheDecksValueExactly)
{
    lecture::Deck deck;
    deck.slides = {labSlide(LabMetric::D, 8.0), labSlide(LabMetric::OddsRatio, 3.019),
                   labSlide(LabMetric::Mw, 0.62, 0.55, 0.69), labSlide(LabMetric::Nnt, 1e6),
                   labSlide(LabMetric::Mw, 0.5000001)};
    present(deck);
    // d = 8: beyond the slider's reach (3), shown as given, never clamped.
    ASSERT_NE(labChart(), nullptr);
    EXPECT_DOUBLE_EQ(labChart()->spec().d, 8.0);
    EXPECT_TRUE(labChart()->valueLines().contains(QStringLiteral("d = 8 (given)")))
        << labChart()->valueLines().join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(screenText(*m_presenter).contains(QStringLiteral("Cohen's d = 8 given")));
    EXPECT_FALSE(screenText(*m_presenter).contains(QStringLiteral("3.000")));
    EXPECT_DOUBLE_EQ(m_presenter->liveState().input.value, 8.0);

    QTest::keyClick(m_presenter.get(), Qt::Key_Right); // OR 3.019, not the slider's 3.004
    ASSERT_NE(labChart(), nullptr);
    EXPECT_TRUE(labChart()->valueLines().contains(QStringLiteral("OR = 3.019 (given)")));
    EXPECT_FALSE(screenText(*m_presenter).contains(QStringLiteral("3.004")));

    QTest::keyClick(m_presenter.get(), Qt::Key_Right); // the interval stays
    ASSERT_NE(labChart(), nullptr);
    const QString withInterval = screenText(*m_presenter);
    EXPECT_TRUE(withInterval.contains(QStringLiteral("MW = 0.62 (interval 0.55 to 0.69) given")))
        << withInterval.toStdString();
    ASSERT_TRUE(m_presenter->liveState().input.ciLow.has_value());
    EXPECT_DOUBLE_EQ(*m_presenter->liveState().input.ciLow, 0.55);
    // What the lab teaches, on the slide: benchmark, sentences, both NNTs with the control rate.
    EXPECT_TRUE(withInterval.contains(QStringLiteral("Benchmark:")));
    EXPECT_TRUE(normalized(withInterval).contains(QStringLiteral("Interval: MW 0.55 to 0.69")))
        << withInterval.toStdString();
    EXPECT_TRUE(withInterval.contains(QStringLiteral("control response rate of 30%")));
    EXPECT_TRUE(withInterval.contains(QStringLiteral("Kraemer")));

    for (int i = 0; i < 2; ++i) { // NNT 10^6 and MW 0.5000001: an effect, bounded, not "none"
        QTest::keyClick(m_presenter.get(), Qt::Key_Right);
        ASSERT_NE(labChart(), nullptr);
        EXPECT_EQ(labChart()->spec().nnt, QStringLiteral("NNTB > 10^6"));
        const QString text = screenText(*m_presenter);
        EXPECT_FALSE(text.contains(QStringLiteral("no effect"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("5000000"))) << text.toStdString();
    }
    EXPECT_TRUE(screenText(*m_presenter).contains(QStringLiteral("MW = 0.5000001 given")));
}

TEST_F(PresentedSlides, ScreenAndPdfCarryTheSameTitleAndNumbers)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    }
    QString error;
    const auto deck =
        lecture::loadDeck(QStringLiteral(EB_SOURCE_DIR "/docs/examples/lecture-deck.json"), &error);
    ASSERT_TRUE(deck) << error.toStdString();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    present(*deck);
    // The PDF at the size of the slide area on this screen: the same layout.
    const QSize area(m_presenter->width(), m_presenter->view(0)->height());
    const QString pdf = dir.filePath(QStringLiteral("deck.pdf"));
    ASSERT_TRUE(lecture::exportDeckPdf(*deck, m_catalogue, pdf, QSizeF(area), &error))
        << error.toStdString();
    const QRegularExpression number(QStringLiteral("\\d+\\.\\d+"));
    qsizetype numbersCompared = 0;
    for (int i = 0; i < deck->slides.size(); ++i) {
        SCOPED_TRACE(i + 1);
        m_presenter->showSlide(i, true);
        const QString page = dir.filePath(QStringLiteral("page.txt"));
        ASSERT_EQ(
            // -raw: in the order drawn, one figure after the other, never two columns mixed.
            QProcess::execute(pdftotext,
                              {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(i + 1),
                               QStringLiteral("-l"), QString::number(i + 1), pdf, page}),
            0);
        QFile file(page);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QString pdfText = normalized(QString::fromUtf8(file.readAll()));
        const QString shown = normalized(screenText(*m_presenter));
        const lecture::BuiltSlide built =
            lecture::buildSlide(deck->slides.at(i), m_catalogue, deck->fontScale);
        const QString title = normalized(built.title);
        EXPECT_TRUE(shown.contains(title)) << title.toStdString() << "\n" << shown.toStdString();
        EXPECT_TRUE(pdfText.contains(title)) << title.toStdString() << "\n"
                                             << pdfText.toStdString();
        QSet<QString> screenNumbers;
        for (const auto &match : number.globalMatch(shown)) {
            screenNumbers.insert(match.captured());
        }
        QSet<QString> pdfNumbers;
        for (const auto &match : number.globalMatch(pdfText)) {
            pdfNumbers.insert(match.captured());
        }
        numbersCompared += screenNumbers.size();
        for (const QString &value : screenNumbers) {
            EXPECT_TRUE(pdfNumbers.contains(value)) << value.toStdString();
        }
    }
    EXPECT_GT(numbersCompared, 100); // the deck's lab slides alone carry dozens each
}

TEST_F(PresentedSlides, PooledForestRevealShowsNoMarkOfAHiddenRow)
{
    Slide slide;
    slide.kind = SlideKind::Forest;
    slide.results = {{QStringLiteral("captain-i"), QStringLiteral("captain-ensemble"), QString(),
                      QStringLiteral("poon-2020"), QStringLiteral("mw"), false},
                     {QStringLiteral("captain-ii"), QStringLiteral("captain-ensemble"),
                      QStringLiteral("day 90"), QStringLiteral("muresanu-2020"),
                      QStringLiteral("mw"), false}};
    slide.pool = QStringLiteral("REML");
    slide.reveal = true;
    lecture::Deck deck;
    deck.slides = {slide};
    present(deck);
    lecture::ForestReveal *reveal = m_presenter->reveal();
    ASSERT_NE(reveal, nullptr);
    auto *forest = dynamic_cast<charts::ForestPlot *>(m_presenter->view(0)->figure());
    ASSERT_NE(forest, nullptr);
    auto painted = [&] {
        return forest->reportedMarkers()->paintedRects().size() +
               forest->derivedMarkers()->paintedRects().size();
    };
    // Step 1 of 4 (rows, rows, pooled, prediction): one row's marker, none of the other.
    ASSERT_EQ(reveal->revealedRows(), 1);
    EXPECT_EQ(painted(), 1);
    const auto limit = reveal->hiddenBelow();
    ASSERT_TRUE(limit.has_value());
    for (const QLineF &whisker : forest->whiskers()->paintedLines()) {
        EXPECT_LT(forest->whiskers()->mapToScene(whisker.p1()).y(), *limit);
    }
    // The no-effect line runs unbroken through the hidden row: nothing was painted over it.
    const QSizeF size = forest->size();
    QImage image(size.toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        forest->scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    }
    const QGraphicsLineItem *line = forest->noEffectLine();
    const QLineF noEffect(line->mapToScene(line->line().p1()), line->mapToScene(line->line().p2()));
    const int x = static_cast<int>(std::round(noEffect.x1()));
    const int top = static_cast<int>(std::ceil(*limit)) + 1;
    const int bottom = static_cast<int>(std::min(*limit + forest->rowPitch(), noEffect.y2())) - 1;
    ASSERT_LT(top, bottom);
    for (int y = top; y < bottom; ++y) {
        EXPECT_NE(image.pixel(x, y), QColor(Qt::white).rgb()) << "gap at y " << y;
    }
    QTest::keyClick(m_presenter.get(), Qt::Key_Right);
    EXPECT_EQ(painted(), 2);
    EXPECT_FALSE(reveal->hiddenBelow().has_value());
    EXPECT_FALSE(reveal->pooledRevealed());
    QTest::keyClick(m_presenter.get(), Qt::Key_Right);
    EXPECT_TRUE(reveal->pooledRevealed());
    QTest::keyClick(m_presenter.get(), Qt::Key_Right);
    EXPECT_TRUE(reveal->predictionRevealed());
}

} // namespace
