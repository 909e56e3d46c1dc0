#pragma once

#include "model/jobcontrol.h"

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;
class QWidget;

template <typename T> class QFutureWatcher;

namespace eb::gui {

// The window's one runner of long work (an import, a record export, a catalogue check): the
// work runs on a thread of its own and opens its own catalogue connection by path (a
// connection belongs to the thread that opened it; the window's stays on the GUI thread). A
// window-modal dialog shows its progress and a Cancel button; while the work runs, the
// window keeps painting and answering, but takes no other command, so nothing reads or writes
// the catalogue beside it. Cancel asks the work to stop (eb::JobControl): a write rolls back,
// an export writes no file. One job at a time (docs/architecture.md, "Long work").
class JobRunner : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(QWidget *window);
    // Cancels a running job and waits for its thread; its completion is not called.
    ~JobRunner() override;

    // Runs work(control) off the GUI thread, then done(result) on it (also after a cancel:
    // the result says what happened). The dialog, titled `title` with the text `label`, is
    // shown over `parent` (the window when null) once the work has taken a moment. False,
    // and nothing runs, while another job runs.
    template <typename Result>
    bool run(const QString &title, const QString &label, QWidget *parent,
             std::function<Result(const JobControl &)> work, std::function<void(Result)> done)
    {
        auto result = std::make_shared<std::optional<Result>>();
        return start(
            title, label, parent,
            [result, work = std::move(work)](const JobControl &job) { *result = work(job); },
            [result, done = std::move(done)] {
                if (*result) {
                    done(std::move(**result));
                }
            });
    }

    bool isRunning() const { return m_thread != nullptr; }
    // Asks the running job to stop (the dialog's Cancel).
    void cancel();
    // The running job's dialog, once shown; null otherwise (for tests).
    QDialog *dialog() const { return m_dialog; }
    // The running job's last progress, in steps.
    qint64 progressDone() const { return m_done; }
    qint64 progressTotal() const { return m_total; }

signals:
    void started();
    void progressed(qint64 done, qint64 total);
    // After the job's completion ran.
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool start(const QString &title, const QString &label, QWidget *parent,
               std::function<void(const JobControl &)> work, std::function<void()> done);
    void showDialog();
    void finish();

    QWidget *m_window = nullptr;
    QThread *m_thread = nullptr;
    QFutureWatcher<void> *m_watcher = nullptr;
    std::unique_ptr<JobControl> m_control;
    std::function<void()> m_completion;
    QPointer<QWidget> m_parent;
    QString m_title;
    QString m_label;
    QPointer<QDialog> m_dialog;
    QProgressBar *m_bar = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_cancel = nullptr;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

} // namespace eb::gui
