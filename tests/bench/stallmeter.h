#pragma once

// The stall meter of the long-work tools (import_stall, export_stall): the event loop spun
// until something is done, and the longest gap between two ticks of a 5 ms timer on the GUI
// thread while the window works. Header only; link eb_gui.

#include "gui/shell/jobrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>

namespace eb::bench {

// Spins the event loop until done() or the limit; false on the limit.
template <typename Done> bool waitFor(Done done, int limitMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > limitMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// The calling thread's CPU time in milliseconds.
inline double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// The longest gap between two ticks of a 5 ms timer, from construction to stop(), in wall time
// and in the GUI thread's own CPU time: what the thread did between two ticks, which a loaded
// machine does not inflate (a wall gap also holds the time the thread waited for a core).
// Given the window's job runner, also the longest gaps that ended while a job ran (after a
// job, the refresh of the views runs on the GUI thread).
class StallProbe
{
public:
    explicit StallProbe(const eb::gui::JobRunner *jobs = nullptr)
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this, jobs] {
            const qint64 gap = m_sinceTick.restart();
            const double cpu = threadCpuMs();
            m_longestCpu = std::max(m_longestCpu, cpu - m_lastCpu);
            if (jobs != nullptr && jobs->isRunning()) {
                m_longestInJob = std::max(m_longestInJob, gap);
                m_longestCpuInJob = std::max(m_longestCpuInJob, cpu - m_lastCpu);
            }
            m_lastCpu = cpu;
            if (gap > m_longest) {
                m_longest = gap;
                m_longestEndedAt = m_clock.elapsed();
            }
            ++m_ticks;
        });
        m_clock.start();
        m_sinceTick.start();
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }

    void stop() { m_timer.stop(); }

    qint64 elapsed() const { return m_clock.elapsed(); } // ms since the probe started
    qint64 longest() const { return m_longest; }
    double longestCpu() const { return m_longestCpu; }
    qint64 longestInJob() const { return m_longestInJob; }
    double longestCpuInJob() const { return m_longestCpuInJob; }
    qint64 longestEndedAt() const { return m_longestEndedAt; } // ms after the start
    qint64 ticks() const { return m_ticks; }

    // One line: what was measured, over how many rows, and the longest stall.
    void report(const char *what, int rows) const
    {
        std::printf("  %-14s %6d rows: %7lld ms in all, longest stall %5lld ms wall, %7.1f ms "
                    "GUI-thread CPU, %lld ticks\n",
                    what, rows, static_cast<long long>(elapsed()),
                    static_cast<long long>(m_longest), m_longestCpu,
                    static_cast<long long>(m_ticks));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
    qint64 m_longestInJob = 0;
    qint64 m_longestEndedAt = 0;
    double m_lastCpu = 0;
    double m_longestCpu = 0;
    double m_longestCpuInJob = 0;
    qint64 m_ticks = 0;
};

} // namespace eb::bench
