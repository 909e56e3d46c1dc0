#pragma once

#include "lecture/deck.h"
#include "lecture/effectlab.h"

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

// Lecture mode: one slide at a time, full screen on the chosen screen, white charts on black
// at the deck's font scale, a slide counter ("2 / 3"). Right, Space and Page Down go forward
// (a forest plot first reveals its studies one by one, then the pooled estimate, then the
// prediction interval), Left and Page Up back, Home and End to the ends, Esc leaves. A lab
// slide has a slider: drag it while presenting and the chart follows.
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

signals:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void placeCounter();
    void liveMoved(int position);

    const catalogue::Catalogue &m_catalogue;
    lecture::Deck m_deck;
    int m_index = 0;
    std::array<charts::ChartView *, 2> m_views{};
    lecture::ForestReveal *m_reveal = nullptr; // owned by the forest's scene
    QWidget *m_liveBar = nullptr;
    QSlider *m_liveSlider = nullptr;
    QLabel *m_liveLabel = nullptr;
    QLabel *m_counter = nullptr;
    lecture::LabState m_live;
    QString m_liveTitle;
};

} // namespace eb::gui
