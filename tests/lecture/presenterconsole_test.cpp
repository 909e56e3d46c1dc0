// Presenting a deck: the presenter console (current and next slide, notes, elapsed time), the
// blank key, going to a slide by number, the keys listed on "?", and the counter that never
// covers slide text.
#include "catalogue/catalogue.h"
#include "charts/chartfigure.h"
#include "charts/chartview.h"
#include "gui/features/lecture/presenter.h"
#include "gui/features/lecture/presenterconsole.h"

#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLabel>
#include <QTest>
#include <gtest/gtest.h>

namespace {

using namespace eb;
using lecture::Slide;
using lecture::SlideKind;

Slide studyForest(const char *study, const char *title, const char *note)
{
    Slide slide;
    slide.kind = SlideKind::Forest;
    slide.record = {QStringLiteral("study"), QString::fromLatin1(study)};
    slide.reveal = false;
    slide.title = QString::fromLatin1(title);
    slide.note = QString::fromLatin1(note);
    return slide;
}

class PresenterConsoleTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_catalogue.open(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"),
                                     catalogue::OpenMode::ReadOnly));
        m_presenter = std::make_unique<gui::Presenter>(m_catalogue);
        lecture::Deck deck;
        deck.slides = {studyForest("cars-1", "First: CARS", "Say that ARAT is a motor scale."),
                       studyForest("captain-ii", "Second: CAPTAIN II", "Ask about day 90."),
                       studyForest("cars-1", "Third: CARS again", "")};
        m_presenter->setDeck(deck);
        m_presenter->present(nullptr);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_presenter.get()));
    }

    void key(Qt::Key k) { QTest::keyClick(m_presenter.get(), k); }
    QString counter() const { return m_presenter->counterLabel()->text(); }

    catalogue::Catalogue m_catalogue;
    std::unique_ptr<gui::Presenter> m_presenter;
};

TEST_F(PresenterConsoleTest, ConsoleShowsNextSlideNotesAndTime)
{
    ASSERT_EQ(m_presenter->console(), nullptr); // one screen: opened with P
    key(Qt::Key_P);
    gui::PresenterConsole *console = m_presenter->console();
    ASSERT_NE(console, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(console));
    QTest::qWait(50); // the window system's geometry changes
    EXPECT_TRUE(console->currentTitle().contains(QStringLiteral("First: CARS")));
    EXPECT_TRUE(console->nextTitle().contains(QStringLiteral("Second: CAPTAIN II")));
    EXPECT_EQ(console->notes(), QStringLiteral("Say that ARAT is a motor scale."));
    ASSERT_NE(console->nextView()->figure(), nullptr);
    EXPECT_TRUE(console->elapsedText().startsWith(QStringLiteral("Elapsed 0:00:")));
    // One screen: the slide and the console side by side, neither covering the other.
    EXPECT_FALSE(m_presenter->geometry().intersects(console->geometry()))
        << m_presenter->geometry().width() << "x" << m_presenter->geometry().height() << " at "
        << m_presenter->geometry().x() << "; console at " << console->geometry().x() << " w "
        << console->geometry().width();
    // The console follows the slides, and its keys drive them.
    QTest::keyClick(console, Qt::Key_Right);
    EXPECT_EQ(counter(), QStringLiteral("2 / 3"));
    EXPECT_TRUE(console->nextTitle().contains(QStringLiteral("Third: CARS again")));
    EXPECT_EQ(console->notes(), QStringLiteral("Ask about day 90."));
    key(Qt::Key_Right);
    EXPECT_TRUE(console->nextTitle().contains(QStringLiteral("end of the deck")));
    key(Qt::Key_P);
    EXPECT_FALSE(console->isVisible());
    EXPECT_TRUE(m_presenter->isFullScreen());
    EXPECT_EQ(gui::elapsedClock(3723'000), QStringLiteral("1:02:03"));
}

// A lab preset's slide: the console's notes say where its numbers come from, with the group
// sizes its g rests on (El Sayed 2018 reports N = 112, no arm sizes: 56 and 56 assumed).
TEST_F(PresenterConsoleTest, PresetNotesStateTheGroupSizes)
{
    Slide preset;
    preset.kind = SlideKind::Lab;
    preset.note = QStringLiteral("An odds ratio from a meta-analysis.");
    preset.lab.preset = lecture::ResultKey{QStringLiteral("el-sayed-2018-meta-analysis"),
                                           QStringLiteral("gos"),
                                           QString(),
                                           QStringLiteral("el-sayed-2018"),
                                           QStringLiteral("or"),
                                           false};
    lecture::Deck deck;
    deck.slides = {preset};
    m_presenter->setDeck(deck);
    m_presenter->showSlide(0, true);
    key(Qt::Key_P);
    gui::PresenterConsole *console = m_presenter->console();
    ASSERT_NE(console, nullptr);
    const QString notes = console->notes();
    EXPECT_TRUE(notes.startsWith(preset.note)) << notes.toStdString();
    EXPECT_TRUE(notes.contains(QStringLiteral("Group sizes 56 and 56 assumed")))
        << notes.toStdString();
    EXPECT_TRUE(notes.contains(QStringLiteral("Source: ")));
}

TEST_F(PresenterConsoleTest, BBlanksTheScreenAndBringsItBack)
{
    key(Qt::Key_B);
    EXPECT_TRUE(m_presenter->isBlanked());
    const QImage shot = m_presenter->grab().toImage();
    // Every pixel is black: nothing of the slide or its counter shows.
    bool allBlack = true;
    for (int y = 0; y < shot.height(); y += 7) {
        for (int x = 0; x < shot.width(); x += 7) {
            allBlack = allBlack && qGray(shot.pixel(x, y)) == 0;
        }
    }
    EXPECT_TRUE(allBlack);
    key(Qt::Key_Right); // stepping while blanked is allowed; the screen stays black
    EXPECT_TRUE(m_presenter->isBlanked());
    key(Qt::Key_B);
    EXPECT_FALSE(m_presenter->isBlanked());
    const QImage back = m_presenter->grab().toImage();
    EXPECT_NE(qGray(back.pixel(back.width() / 4, back.height() / 4)), 0);
}

TEST_F(PresenterConsoleTest, NumberAndEnterGoToThatSlide)
{
    key(Qt::Key_3);
    EXPECT_EQ(counter(), QStringLiteral("Go to 3 / 3"));
    key(Qt::Key_Return);
    EXPECT_EQ(counter(), QStringLiteral("3 / 3"));
    key(Qt::Key_9); // no such slide: nothing moves
    key(Qt::Key_Enter);
    EXPECT_EQ(counter(), QStringLiteral("3 / 3"));
    key(Qt::Key_1);
    key(Qt::Key_Return);
    EXPECT_EQ(counter(), QStringLiteral("1 / 3"));
}

TEST_F(PresenterConsoleTest, QuestionMarkListsTheKeys)
{
    EXPECT_FALSE(m_presenter->keysHelp()->isVisible());
    QTest::keyClick(m_presenter.get(), Qt::Key_Question);
    ASSERT_TRUE(m_presenter->keysHelp()->isVisible());
    const QString keys = m_presenter->keysHelp()->text();
    for (const char *word : {"B or .", "Enter", "P:", "Esc", "Home"}) {
        EXPECT_TRUE(keys.contains(QString::fromLatin1(word))) << word;
    }
    QTest::keyClick(m_presenter.get(), Qt::Key_Escape); // hides the list, stays presenting
    EXPECT_FALSE(m_presenter->keysHelp()->isVisible());
    EXPECT_TRUE(m_presenter->isVisible());
}

TEST_F(PresenterConsoleTest, CounterNeverCoversSlideText)
{
    const QRect counter(m_presenter->counterLabel()->mapTo(m_presenter.get(), QPoint(0, 0)),
                        m_presenter->counterLabel()->size());
    charts::ChartView *view = m_presenter->view(0);
    const QRect chart(view->mapTo(m_presenter.get(), QPoint(0, 0)), view->size());
    EXPECT_FALSE(counter.intersects(chart));
}

} // namespace
