#pragma once

// How a long piece of core work (an import, a record export, a catalogue check) tells whoever
// started it how far it has got, and learns that it should stop. The window runs such work on
// a thread of its own (gui/shell/jobrunner.h) and cancels it from its progress dialog; the
// command line passes no JobControl at all. Plain standard C++: no widgets, no event loop.
//
// Cancelling is a request the work honours at its next check: a write rolls its transaction
// back, an export writes no file. Work that has begun to commit finishes (docs/architecture.md,
// "Long work").

#include <atomic>
#include <cstdint>
#include <functional>

namespace eb {

class JobControl
{
public:
    // Called on the working thread: `done` of `total` steps (total 0: not known yet).
    using Progress = std::function<void(std::int64_t done, std::int64_t total)>;

    JobControl() = default;
    explicit JobControl(Progress progress) : m_progress(std::move(progress)) {}
    JobControl(const JobControl &) = delete;
    JobControl &operator=(const JobControl &) = delete;

    void report(std::int64_t done, std::int64_t total) const
    {
        if (m_progress) {
            m_progress(done, total);
        }
    }
    // Any thread.
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    Progress m_progress;
    std::atomic<bool> m_cancelled{false};
};

// The two calls core functions make on an optional control (nullptr: the command line).
inline void reportProgress(const JobControl *job, std::int64_t done, std::int64_t total)
{
    if (job != nullptr) {
        job->report(done, total);
    }
}

inline bool isCancelled(const JobControl *job)
{
    return job != nullptr && job->isCancelled();
}

} // namespace eb
