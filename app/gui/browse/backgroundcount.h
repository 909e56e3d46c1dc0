#pragma once

#include <QFuture>
#include <QObject>
#include <QString>
#include <functional>

class QThread;

namespace eb::catalogue {
class Catalogue;
}

namespace eb::gui {

// Counts a search's hits off the GUI thread (PageSource::countInBackground): at 100,000
// studies a count reads every hit (up to about 50 ms), which would stall the window each time
// typing pauses. One thread for the application, with its own read-only connection to the
// catalogue file (a connection belongs to the thread that opened it), opened on first use and
// again when the file at that path is another one (a backup restored, another catalogue
// opened). Writes wait for a count as for any reader (SQLite's busy timeout); a count sees
// what was committed when it began.
class BackgroundCount : public QObject
{
    Q_OBJECT

public:
    // The application's one counter (a child of the application object, so its thread ends
    // before the application does). Null without a QCoreApplication.
    static BackgroundCount *instance();

    explicit BackgroundCount(QObject *parent = nullptr);
    ~BackgroundCount() override;

    // Runs count(connection) on the counting thread against the catalogue file `path`. The
    // future has the count, or no result when the file could not be opened there or the count
    // failed (-1 from count); a future cancelled before its turn is skipped, not counted.
    QFuture<int> run(const QString &path,
                     std::function<int(const catalogue::Catalogue &connection)> count);

private:
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread, holds the connection
};

} // namespace eb::gui
