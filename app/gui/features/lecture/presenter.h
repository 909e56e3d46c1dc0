#pragma once

#include "lecture/deck.h"
#include "lecture/effectlab.h"

#include <QElapsedTimer>
#include <QWidget>
#include <array>

class QLabel;
class QScreen;
class QSlider;

namespace eb::catalogue {
class Catalogue;
}
namespace eb::charts {
class ChartView;
}
namespace eb::lecture {
class ForestReveal;
}

namespace eb::gui {

class PresenterConsole;

// Lecture mode: one slide at a time, full screen on the chosen screen, white charts on black
// at the deck's font scale, a slide counter ("2 / 3"). Right, Space and Page Down go forward
// (a forest plot first reveals its studies one by one, then the pooled estimate, then the
// prediction interval), Left and Page Up back, Home and End to the ends, Esc leaves. A lab
// slide has a slider: drag it while presenting and the chart follows; the slide opens with the
// deck's value exactly (the slider only shows where it lies). B blanks the screen, a number
// and Enter go to that slide, P shows the presenter console (current and next slide, notes,
// elapsed time; on a second screen when there is one), ? lists the keys.
class Presenter : public QWidget
{
    Q_OBJECT

public:
    explicit Presenter(const catalogue::Catalogue &catalogue, QWidget *parent = nullptr);
    ~Presenter() override;

    void setDeck(const lecture::Deck &deck);
    // Shows the deck full screen on `screen` (nullptr: the primary screen) from `slide`.
    void present(QScreen *screen, int slide = 0);
    void showSlide(int index, bool fullyRevealed = false);

    void next();
    void previous();
    void first();
    void last();

    int currentSlide() const { return m_index; }
    int revealStep() const;
    int revealStepCount() const;
    QString counterText() const;
    QLabel *counterLabel() const { return m_counter; }
    charts::ChartView *view(int i) const { return m_views.at(static_cast<std::size_t>(i)); }
    lecture::ForestReveal *reveal() const { return m_reveal; }
    QSlider *liveSlider() const { return m_liveSlider; }
    const lecture::LabState &liveState() const { return m_live; }
    const lecture::Deck &deck() const { return m_deck; }

    bool isBlanked() const;
    void setBlanked(bool blanked);
    QLabel *keysHelp() const { return m_help; }
    static QString keysText();
    PresenterConsole *console() const { return m_console; }
    // Shows or hides the presenter console: on another screen when there is one, else beside
    // the slide (the slide leaves full screen for the left part of the screen).
    void setConsoleShown(bool shown);
    qint64 elapsedMilliseconds() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

signals:
    void closed();
    void changed(); // another slide or reveal step

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void placeCounter();
    void liveMoved(int position);
    bool numberKey(QKeyEvent *event);
    void showLiveValues();

    const catalogue::Catalogue &m_catalogue;
    lecture::Deck m_deck;
    int m_index = 0;
    std::array<charts::ChartView *, 2> m_views{};
    lecture::ForestReveal *m_reveal = nullptr; // owned by the forest's scene
    QWidget *m_liveBar = nullptr;
    QSlider *m_liveSlider = nullptr;
    QLabel *m_liveLabel = nullptr;
    QLabel *m_counter = nullptr;
    QWidget *m_blank = nullptr;
    QLabel *m_help = nullptr;
    QString m_typed; // a slide number being typed
    PresenterConsole *m_console = nullptr;
    QScreen *m_screen = nullptr;
    QElapsedTimer m_clock;
    lecture::LabState m_live;
    QString m_liveTitle;
    double m_axisLow = 0;
    double m_axisHigh = 0;
};

} // namespace eb::gui
