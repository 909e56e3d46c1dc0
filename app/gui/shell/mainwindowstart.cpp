// The window's start: what the first paint waits for and what waits for it (issue 20). The
// first paint shows the shown section's table and the current record's details, laid out
// once at the pane's real width; the other tables are filled after it, or at once when
// something asks for them (RecordBrowser::model, setCurrentSection).
#include "gui/browse/recordbrowser.h"
#include "gui/shell/mainwindow.h"

#include <QEvent>
#include <QTimer>

namespace eb::gui {

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::Show) {
        fillWaitingDetails(); // the panes have their real sizes now, before the first paint
    } else if (event->type() == QEvent::Paint && !m_firstPainted) {
        m_firstPainted = true;
        // After the rest of this paint (the children's) and in a turn of the event loop of
        // its own: --quit-after-first-paint (queued at this paint) ends the process first.
        QMetaObject::invokeMethod(
            this, [this] { QTimer::singleShot(0, this, &MainWindow::afterFirstPaint); },
            Qt::QueuedConnection);
    }
    return QMainWindow::event(event);
}

void MainWindow::afterFirstPaint()
{
    m_browser->fillLaterSections();
    updateSidebarCounts();
}

DetailView *MainWindow::detailView() const
{
    fillWaitingDetails();
    return m_detailView;
}

void MainWindow::fillWaitingDetails() const
{
    if (m_detailsWaiting) {
        auto *self = const_cast<MainWindow *>(this); // filling is no change of what it shows
        self->m_detailsWaiting = false;
        self->showCurrentDetails();
    }
}

} // namespace eb::gui
