#include "gui/shell/jobrunner.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QLabel>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace eb::gui {
namespace {

// A job that ends sooner than this shows no dialog (no flash for a small export).
constexpr int kDialogDelayMs = 300;

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::Wheel:
    case QEvent::Shortcut:
    case QEvent::ShortcutOverride:
    case QEvent::ContextMenu:
    case QEvent::Drop:
        return true;
    default:
        return false;
    }
}

} // namespace

JobRunner::JobRunner(QWidget *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("jobRunner"));
}

JobRunner::~JobRunner()
{
    if (m_thread != nullptr) {
        m_control->cancel();
        m_watcher->disconnect(this);
        m_thread->wait();
        delete m_thread;
        qApp->removeEventFilter(this);
    }
}

bool JobRunner::start(const QString &title, const QString &label, QWidget *parent,
                      std::function<void(const JobControl &)> work, std::function<void()> done)
{
    if (isRunning()) {
        return false;
    }
    m_title = title;
    m_label = label;
    m_parent = parent != nullptr ? parent : m_window;
    m_completion = std::move(done);
    m_done = 0;
    m_total = 0;

    // Progress crosses threads through a promise: its watcher hears it on the GUI thread, at
    // most 25 times a second (QFutureInterface throttles), so a fast loop cannot flood it.
    auto promise = std::make_shared<QPromise<void>>();
    auto total = std::make_shared<qint64>(-1);
    m_control =
        std::make_unique<JobControl>([promise, total](std::int64_t step, std::int64_t steps) {
            const auto clamp = [](std::int64_t n) {
                return static_cast<int>(std::min<std::int64_t>(n, INT_MAX));
            };
            if (steps != *total) {
                *total = steps; // this thread only
                promise->setProgressRange(0, clamp(steps));
            }
            promise->setProgressValue(clamp(step));
        });
    m_watcher = new QFutureWatcher<void>(this);
    connect(m_watcher, &QFutureWatcher<void>::progressRangeChanged, this, [this](int, int maximum) {
        m_total = maximum;
        if (m_bar != nullptr) {
            m_bar->setRange(0, maximum);
        }
    });
    connect(m_watcher, &QFutureWatcher<void>::progressValueChanged, this, [this](int value) {
        m_done = value;
        if (m_bar != nullptr) {
            m_bar->setValue(value);
        }
        emit progressed(m_done, m_total);
    });
    connect(m_watcher, &QFutureWatcher<void>::finished, this, &JobRunner::finish);
    promise->start();
    m_watcher->setFuture(promise->future());

    const JobControl *control = m_control.get();
    m_thread = QThread::create([promise, control, work = std::move(work)] {
        work(*control);
        promise->finish();
    });
    m_thread->setObjectName(QStringLiteral("eb-job"));
    // Until the dialog shows, the window takes no input: the job owns the catalogue.
    qApp->installEventFilter(this);
    m_thread->start();
    QTimer::singleShot(kDialogDelayMs, this, [this, thread = m_thread] {
        if (m_thread == thread) {
            showDialog();
        }
    });
    emit started();
    return true;
}

void JobRunner::showDialog()
{
    auto *dialog = new QDialog(m_parent);
    dialog->setObjectName(QStringLiteral("jobDialog"));
    dialog->setWindowTitle(m_title);
    dialog->setWindowModality(Qt::WindowModal);
    m_text = new QLabel(m_label);
    m_text->setWordWrap(true);
    m_bar = new QProgressBar;
    m_bar->setRange(0, static_cast<int>(m_total));
    m_bar->setValue(static_cast<int>(m_done));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("jobCancelButton"));
    connect(m_cancel, &QPushButton::clicked, this, &JobRunner::cancel);
    // Escape and the close button cancel too; the dialog closes when the job has stopped.
    connect(dialog, &QDialog::rejected, this, &JobRunner::cancel);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(buttons);
    dialog->resize(420, dialog->sizeHint().height());
    m_dialog = dialog;
    dialog->open();
}

void JobRunner::cancel()
{
    if (!isRunning() || m_control->isCancelled()) {
        return;
    }
    m_control->cancel();
    if (m_text != nullptr) {
        m_text->setText(tr("Cancelling: nothing of it is kept..."));
    }
    if (m_cancel != nullptr) {
        m_cancel->setEnabled(false);
    }
}

bool JobRunner::eventFilter(QObject *watched, QEvent *event)
{
    if (m_thread != nullptr && isInput(event->type()) && watched->isWidgetType()) {
        const QWidget *widget = static_cast<QWidget *>(watched);
        // The job's own dialog answers; everything else waits for the job.
        return m_dialog == nullptr || widget->window() != m_dialog;
    }
    return QObject::eventFilter(watched, event);
}

void JobRunner::finish()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    qApp->removeEventFilter(this);
    m_watcher->deleteLater();
    m_watcher = nullptr;
    if (m_dialog != nullptr) {
        m_dialog->disconnect(this);
        m_dialog->close();
        m_dialog->deleteLater();
    }
    m_dialog = nullptr;
    m_bar = nullptr;
    m_text = nullptr;
    m_cancel = nullptr;
    // The completion may start the next job (the import after its preview).
    const std::function<void()> completion = std::move(m_completion);
    m_completion = nullptr;
    m_control.reset();
    if (completion) {
        completion();
    }
    emit finished();
}

} // namespace eb::gui
