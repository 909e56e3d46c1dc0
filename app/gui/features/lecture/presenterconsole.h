#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;
class QTimer;

namespace eb::catalogue {
class Catalogue;
}
namespace eb::charts {
class ChartView;
}

namespace eb::gui {

class Presenter;

// The lecturer's view of a running presentation (the audience never sees it): the current
// slide as the audience sees it (at its reveal step), the next slide, the slide's notes and the
// time since the presentation began. Its keys are the presenter's.
class PresenterConsole : public QWidget
{
    Q_OBJECT

public:
    PresenterConsole(Presenter &presenter, const catalogue::Catalogue &catalogue);
    ~PresenterConsole() override;

    // Redraws both slides and the notes from the presenter's state.
    void refresh();

    charts::ChartView *currentView() const { return m_current; }
    charts::ChartView *nextView() const { return m_next; }
    QString currentTitle() const;
    QString nextTitle() const;
    QString notes() const;
    QString elapsedText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void tick();

    Presenter &m_presenter;
    const catalogue::Catalogue &m_catalogue;
    QLabel *m_currentLabel = nullptr;
    QLabel *m_nextLabel = nullptr;
    charts::ChartView *m_current = nullptr;
    charts::ChartView *m_next = nullptr;
    QTextBrowser *m_notes = nullptr;
    QLabel *m_elapsed = nullptr;
    QTimer *m_timer = nullptr;
};

// "0:03:12": hours, minutes and seconds since the presentation began.
QString elapsedClock(qint64 milliseconds);

} // namespace eb::gui
