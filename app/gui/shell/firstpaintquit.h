#pragma once

// --quit-after-first-paint (application.cpp) and its yardstick, the bare window of
// tests/bench/bare_window.cpp, end the same way, so that startup_compare times both alike:
// header-only, so that the bare window links nothing of the application.

#include <QCoreApplication>
#include <QEvent>
#include <QObject>

namespace eb::gui {

// Quits the application after the first paint of the widget it watches has been delivered
// (the quit is queued, so the rest of that paint, the children's, completes first).
class FirstPaintQuit : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_quitting) {
            m_quitting = true;
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_quitting = false;
};

} // namespace eb::gui
