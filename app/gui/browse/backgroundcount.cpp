#include "gui/browse/backgroundcount.h"

#include "catalogue/catalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QPromise>
#include <QThread>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace eb::gui {
namespace {

// Which file is at `path` now: a file put in its place (a backup restored by rename) is another
// one, and a connection to the old one would count the old file's rows.
QString fileIdentity(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) == 0) {
        return QStringLiteral("%1:%2").arg(info.st_dev).arg(info.st_ino);
    }
#endif
    return QFileInfo(path).canonicalFilePath();
}

// Lives on the counting thread: its connection is opened, used and closed there.
class CountWorker : public QObject
{
public:
    const catalogue::Catalogue *connectionTo(const QString &path)
    {
        const QString identity = fileIdentity(path);
        if (m_connection && (path != m_path || identity != m_identity)) {
            m_connection.reset();
        }
        if (!m_connection) {
            auto connection = std::make_unique<catalogue::Catalogue>();
            if (!connection->open(path, catalogue::OpenMode::ReadOnly)) {
                return nullptr;
            }
            m_connection = std::move(connection);
            m_path = path;
            m_identity = identity;
        }
        return m_connection.get();
    }

    void close() { m_connection.reset(); }

private:
    std::unique_ptr<catalogue::Catalogue> m_connection;
    QString m_path;
    QString m_identity;
};

} // namespace

BackgroundCount *BackgroundCount::instance()
{
    static QPointer<BackgroundCount> counter;
    if (!counter && QCoreApplication::instance() != nullptr) {
        counter = new BackgroundCount(QCoreApplication::instance());
    }
    return counter;
}

BackgroundCount::BackgroundCount(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new CountWorker)
{
    m_thread->setObjectName(QStringLiteral("eb-background-count"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

BackgroundCount::~BackgroundCount()
{
    // The connection is closed on the thread that opened it, after the count under way.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { static_cast<CountWorker *>(worker)->close(); },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

QFuture<int> BackgroundCount::run(const QString &path,
                                  std::function<int(const catalogue::Catalogue &)> count)
{
    auto promise = std::make_shared<QPromise<int>>();
    QFuture<int> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, promise, path, count = std::move(count)] {
            // Typed on before its turn came: a newer count replaces it.
            if (!promise->isCanceled()) {
                const catalogue::Catalogue *connection =
                    static_cast<CountWorker *>(worker)->connectionTo(path);
                if (connection != nullptr) {
                    const int rows = count(*connection);
                    if (rows >= 0 && connection->lastError().isEmpty()) {
                        promise->addResult(rows);
                    }
                }
            }
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

} // namespace eb::gui
