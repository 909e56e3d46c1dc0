#pragma once

// Counts the turns of the event loop while the window's job runner works: a 10 ms timer on
// the GUI thread, counted, never timed (the long-work window tests). Header only; link eb_gui.

#include "gui/shell/jobrunner.h"

#include <QTimer>

namespace eb::test {

class LoopProbe
{
public:
    explicit LoopProbe(eb::gui::JobRunner &jobs)
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this, &jobs] {
            if (jobs.isRunning()) {
                ++m_ticks;
            }
        });
        m_timer.start();
    }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    int m_ticks = 0;
};

} // namespace eb::test
