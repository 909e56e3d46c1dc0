#include "catalogue/database.h"

#include "catalogue/migrations.h"
#include "catalogue/naturalcollation.h"
#include "catalogue/openproblems.h"
#include "catalogue/searchrank.h"
#include "catalogue/sqliteheader.h"
#include "catalogue/sqlscript.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>
#include <atomic>
#include <sqlite3.h>

// Debug output (every refused file and failed query) is off unless enabled with
// QT_LOGGING_RULES="eb.catalogue.debug=true"; callers show lastError() themselves.
Q_LOGGING_CATEGORY(lcCatalogue, "eb.catalogue", QtWarningMsg)

namespace eb::catalogue {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::catalogue", text);
}

// Files bigger than this skip the full PRAGMA quick_check at open (it reads every page);
// the header check and the reads themselves still catch truncation and damage.
constexpr qint64 kQuickCheckMaxBytes = qint64{64} * 1024 * 1024;

int latestVersion()
{
    return latestMigration();
}

std::atomic<int> g_connectionCounter{0};

QString noFts5Message()
{
    return tr("this SQLite library has no FTS5 full-text search, which the catalogue needs");
}

} // namespace

struct Database::Private
{
    QString connectionName;
    QString path;
    mutable QString lastError;
    mutable int lastCode = 0; // the SQLite result code behind lastError, if any
    QElapsedTimer openTimer;  // since open() began: how long a busy file was waited for
    int version = 0;
    bool isOpen = false;
    QString lastBackup;
    int refusedOlderVersion = 0; // the version of an older file a ReadOnly open refused

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    sqlite3 *handle() const
    {
        const QVariant v = db().driver()->handle();
        if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0) {
            return *static_cast<sqlite3 *const *>(v.constData());
        }
        return nullptr;
    }

    bool fail(const QString &message) const
    {
        // One line: SQLite's integrity reports span several.
        lastError = message.simplified();
        qCDebug(lcCatalogue).noquote() << message;
        return false;
    }

    // Fails with the message of the step that failed, after closing the connection.
    bool failClosed(const QString &message)
    {
        disconnect();
        return fail(message);
    }

    bool connect(const QString &file, bool readOnly)
    {
        disconnect();
        connectionName = QStringLiteral("eb-catalogue-%1").arg(++g_connectionCounter);
        QSqlDatabase database =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        database.setDatabaseName(file);
        if (readOnly) {
            database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!database.open()) {
            const QString message = database.lastError().text();
            return failClosed(tr("cannot open %1: %2").arg(file, message));
        }
        if (handle() == nullptr) {
            return failClosed(tr("the Qt SQLite driver gives no SQLite handle"));
        }
        if (!registerNaturalCollation(handle())) {
            return failClosed(tr("cannot open %1: SQLite refused the name order").arg(file));
        }
        if (!registerSearchRank(handle())) {
            return failClosed(
                tr("cannot open %1: SQLite has no full-text search (FTS5)").arg(file));
        }
        return true;
    }

    void disconnect()
    {
        if (connectionName.isEmpty()) {
            return;
        }
        {
            QSqlDatabase database = QSqlDatabase::database(connectionName, false);
            if (database.isOpen()) {
                database.close();
            }
        }
        QSqlDatabase::removeDatabase(connectionName);
        connectionName.clear();
        isOpen = false;
    }

    std::optional<qint64> scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        Statement statement(handle(), sql);
        if (!statement.bind(binds) || statement.step() != Statement::Step::Row) {
            fail(tr("catalogue query failed: %1").arg(statement.errorMessage()));
            lastCode = statement.errorCode();
            return std::nullopt;
        }
        return statement.integer(0);
    }

    bool hasFts5() const
    {
        QString error;
        sqlite3 *h = handle();
        if (!execSql(h, "CREATE VIRTUAL TABLE temp.eb_fts5_probe USING fts5(x)", &error)) {
            return false;
        }
        execSql(h, "DROP TABLE temp.eb_fts5_probe", &error);
        return true;
    }

    // Inspects the open (read-only) connection: a readable catalogue of a known version?
    bool verify(const QString &file, qint64 size)
    {
        const auto userVersion = scalar(QStringLiteral("PRAGMA user_version"));
        if (!userVersion) {
            if (isBusyCode(lastCode)) {
                return fail(inUseMessage(file, openTimer.elapsed()));
            }
            if (isReadOnlyCode(lastCode) && hasJournal(file)) {
                return fail(interruptedWriteMessage(file)); // a hot journal it cannot undo
            }
            return fail(tr("%1 is damaged or not a catalogue: %2").arg(file, lastError));
        }
        if (size > 0 && size <= kQuickCheckMaxBytes) {
            Statement check(handle(), QStringLiteral("PRAGMA quick_check(1)"));
            if (check.step() != Statement::Step::Row) {
                if (isBusyCode(check.errorCode())) {
                    return fail(inUseMessage(file, openTimer.elapsed()));
                }
                return fail(tr("%1 is damaged: %2").arg(file, check.errorMessage()));
            }
            const QString verdict = check.text(0);
            if (verdict != QLatin1String("ok")) {
                return fail(tr("%1 is damaged: %2").arg(file, verdict));
            }
        }
        version = static_cast<int>(*userVersion);
        const auto tables = scalar(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                           "('source', 'study', 'result', 'outcome_measure', 'catalogue_info')"));
        if (!tables) {
            return fail(tr("%1 is damaged: %2").arg(file, lastError));
        }
        if (version > latestVersion()) {
            return fail(tr("%1 was made by a newer version of Evidence Browser (catalogue schema "
                           "version %2; this program reads up to version %3)")
                            .arg(file)
                            .arg(version)
                            .arg(latestVersion()));
        }
        if (version < 1 || *tables != 5) {
            return fail(tr("%1 is not an Evidence Browser catalogue").arg(file));
        }
        if (!hasFts5()) {
            return fail(noFts5Message());
        }
        return true;
    }

    // foreignKeys false: enforcement off for the transaction (a migration that rebuilds a
    // table, see applyMigrations, which checks the keys itself before the commit).
    bool writeTransaction(const std::function<bool(sqlite3 *, QString *)> &body,
                          bool foreignKeys = true)
    {
        sqlite3 *h = handle();
        QString error;
        // Foreign keys cannot be switched inside a transaction.
        // Each failure keeps SQLite's code (read before ROLLBACK replaces it), so that callers
        // can tell "in use" and "read-only" from other failures.
        const auto failWith = [&](const QString &message, int code) {
            fail(message);
            lastCode = code;
            return false;
        };
        if (!execSql(h, foreignKeys ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF",
                     &error) ||
            !execSql(h, "BEGIN IMMEDIATE", &error)) {
            return failWith(tr("cannot start a write transaction: %1").arg(error),
                            sqlite3_extended_errcode(h));
        }
        if (!body(h, &error)) {
            const int code = sqlite3_extended_errcode(h);
            QString ignored;
            execSql(h, "ROLLBACK", &ignored);
            return failWith(error, code);
        }
        if (!execSql(h, "COMMIT", &error)) {
            const int code = sqlite3_extended_errcode(h);
            const QString message = tr("the changes could not be committed: %1").arg(error);
            QString ignored;
            execSql(h, "ROLLBACK", &ignored);
            return failWith(message, code);
        }
        return true;
    }

    // A copy of the open file beside it (VACUUM INTO: consistent, works on a read-only
    // connection, keeps user_version). Never replaces an existing file.
    QString writeBackup()
    {
        const QFileInfo info(path);
        const QString stamp =
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString target;
        for (int n = 0; n < 1000; ++n) {
            target =
                info.dir().filePath(QStringLiteral("%1.backup-%2%3.sqlite")
                                        .arg(info.fileName(), stamp,
                                             n == 0 ? QString() : QStringLiteral("-%1").arg(n)));
            if (!QFileInfo::exists(target)) {
                break;
            }
        }
        Statement copy(handle(), QStringLiteral("VACUUM INTO ?"));
        if (!copy.bind({target}) || copy.step() == Statement::Step::Error) {
            fail(tr("cannot write the backup %1: %2").arg(target, copy.errorMessage()));
            QFile::remove(target);
            return {};
        }
        lastBackup = target;
        return target;
    }

    // Applies every migration newer than the file's version, in one transaction.
    bool migrate()
    {
        const bool ok = writeTransaction(
            [this](sqlite3 *h, QString *error) { return applyMigrations(h, &version, error); },
            false);
        QString error;
        execSql(handle(), "PRAGMA foreign_keys = ON", &error);
        return ok;
    }

    bool finishOpen()
    {
        QString error;
        execSql(handle(), "PRAGMA foreign_keys = ON", &error);
        isOpen = true;
        return true;
    }

    bool openMemory()
    {
        if (!connect(path, false)) {
            return false;
        }
        if (!migrate()) {
            return failClosed(lastError);
        }
        if (!hasFts5()) {
            return failClosed(noFts5Message());
        }
        return finishOpen();
    }

    // A writer killed mid-transaction leaves a hot journal beside the file. A read-only
    // connection cannot roll it back (every read then fails), so a read-write one is opened
    // first and its first read lets SQLite do so, restoring the file as it was before that
    // transaction and removing the journal. Nothing else is written. A journal that belongs
    // to a live writer is not hot: the read just waits for that writer like any other.
    bool recoverInterruptedWrite()
    {
        if (!canWriteFileAndFolder(path)) {
            // Only SQLite knows whether the journal is hot; the read-only checks that follow
            // find out, and say what to do if it is.
            return true;
        }
        if (!connect(path, false)) {
            return false;
        }
        if (!scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            if (isBusyCode(lastCode)) {
                return failClosed(inUseMessage(path, openTimer.elapsed()));
            }
            if (isReadOnlyCode(lastCode)) {
                return failClosed(interruptedWriteMessage(path));
            }
            // Not SQLite, or damaged: the checks that follow say which.
            lastError.clear();
        }
        disconnect();
        return true;
    }

    bool openFile(OpenMode mode)
    {
        const QFileInfo info(path);
        const bool exists = info.exists();
        if (exists && !info.isFile()) {
            return fail(tr("%1 is not a file").arg(path));
        }
        const bool fresh = !exists || info.size() == 0;
        if (fresh && mode != OpenMode::Create) {
            return fail(
                exists ? tr("%1 is not an Evidence Browser catalogue (the file is empty)").arg(path)
                       : tr("%1 does not exist").arg(path));
        }

        if (!fresh) {
            // A write that was interrupted is undone first: until then the file may hold
            // half of that write's pages.
            if (hasJournal(path) && !recoverInterruptedWrite()) {
                return false;
            }
            // Everything about an existing file is checked on a read-only connection, so a
            // file that is refused is never written to.
            const qint64 size = QFileInfo(path).size(); // the rollback may have changed it
            const QString headerError = checkSqliteHeader(path, size);
            if (!headerError.isEmpty()) {
                // With a journal still beside it, the file is half-way through a write: one
                // that could not be undone here, or one that another program is making.
                if (hasJournal(path)) {
                    return fail(canWriteFileAndFolder(path)
                                    ? inUseMessage(path, openTimer.elapsed())
                                    : interruptedWriteMessage(path));
                }
                return fail(headerError);
            }
            if (!connect(path, true)) {
                return false;
            }
            if (!verify(path, size)) {
                return failClosed(lastError);
            }
            if (version < latestVersion() && !canWriteFileAndFolder(path)) {
                return failClosed(cannotUpgradeHereMessage(path, version, latestVersion()));
            }
            // An older file is upgraded only after a backup of it is written.
            if (mode != OpenMode::ReadOnly && version < latestVersion() &&
                writeBackup().isEmpty()) {
                return failClosed(tr("%1 was not upgraded: %2").arg(path, lastError));
            }
            if (mode == OpenMode::ReadOnly) {
                if (version < latestVersion()) {
                    const int old = version;
                    refusedOlderVersion = old;
                    return failClosed(tr("%1 has catalogue schema version %2; this program "
                                         "needs version %3 (open it for writing to upgrade it)")
                                          .arg(path)
                                          .arg(old)
                                          .arg(latestVersion()));
                }
                return finishOpen();
            }
        }

        if (!connect(path, false)) {
            return false;
        }
        if (fresh && !hasFts5()) {
            return failClosed(noFts5Message());
        }
        // A catalogue that is up to date is not written to at all (it may sit on a read-only
        // medium); only an older or a new one takes the write lock.
        if ((fresh || version < latestVersion()) && !migrate()) {
            if (isBusyCode(lastCode)) {
                return failClosed(inUseMessage(path, openTimer.elapsed()));
            }
            if (!fresh && isReadOnlyCode(lastCode)) {
                return failClosed(cannotUpgradeHereMessage(path, version, latestVersion()));
            }
            return failClosed(lastError);
        }
        return finishOpen();
    }
};

Database::Database() : d(std::make_unique<Private>()) {}

Database::~Database()
{
    d->disconnect();
}

bool Database::open(const QString &path, OpenMode mode)
{
    close();
    d->lastError.clear();
    d->lastCode = 0;
    d->openTimer.start();
    d->path = path;
    d->lastBackup.clear();
    d->refusedOlderVersion = 0;
    if (latestVersion() == 0) {
        return d->fail(tr("no catalogue schema is compiled into this program"));
    }
    if (path == QLatin1String(":memory:")) {
        return d->openMemory();
    }
    return d->openFile(mode);
}

void Database::close()
{
    d->disconnect();
    d->version = 0;
}

bool Database::isOpen() const
{
    return d->isOpen;
}

QString Database::path() const
{
    return d->path;
}

int Database::schemaVersion() const
{
    return d->isOpen ? d->version : 0;
}

int Database::latestSchemaVersion()
{
    return latestVersion();
}

QString Database::backup()
{
    if (!d->isOpen) {
        fail(notOpenMessage());
        return {};
    }
    if (d->path == QLatin1String(":memory:")) {
        fail(tr("an in-memory catalogue has no file to back up"));
        return {};
    }
    return d->writeBackup();
}

QString Database::lastBackupPath() const
{
    return d->lastBackup;
}

int Database::refusedOlderVersion() const
{
    return d->refusedOlderVersion;
}

QString Database::lastError() const
{
    return d->lastError;
}

void Database::clearError() const
{
    d->lastError.clear();
}

bool Database::fail(const QString &message) const
{
    return d->fail(message);
}

std::optional<qint64> Database::scalar(const QString &sql, const QVariantList &binds) const
{
    if (!d->isOpen) {
        fail(notOpenMessage());
        return std::nullopt;
    }
    return d->scalar(sql, binds);
}

bool Database::writeTransaction(const std::function<bool(sqlite3 *, QString *)> &body)
{
    if (!d->isOpen) {
        return fail(notOpenMessage());
    }
    return d->writeTransaction(body);
}

bool Database::runScripts(const QList<SqlScript> &scripts,
                          const QList<QPair<QString, QString>> &info)
{
    return writeTransaction([&](sqlite3 *h, QString *error) {
        for (const SqlScript &script : scripts) {
            if (!runSqlScript(h, script.sql, script.name, error)) {
                return false;
            }
        }
        // The seeds' studies name no sort key: the program writes it (db/schema/0014).
        if (!execSql(h, "UPDATE study SET name_key = eb_natural_key(name) WHERE name_key IS NULL",
                     error)) {
            return false;
        }
        for (const auto &[key, value] : info) {
            Statement insert(h, QStringLiteral("INSERT OR REPLACE INTO catalogue_info(key, value) "
                                               "VALUES (?, ?)"));
            if (!insert.bind({key, value}) || insert.step() != Statement::Step::Done) {
                *error = tr("cannot write catalogue_info: %1").arg(insert.errorMessage());
                return false;
            }
        }
        // Foreign keys are checked statement by statement already; this also catches rows
        // that a deferred or disabled check could have let through.
        Statement check(h, QStringLiteral("PRAGMA foreign_key_check"));
        const Statement::Step step = check.step();
        if (step == Statement::Step::Error) {
            *error = check.errorMessage();
            return false;
        }
        if (step == Statement::Step::Row) {
            *error = tr("foreign key violation: %1 row %2 refers to a missing %3")
                         .arg(check.text(0), check.text(1), check.text(2));
            return false;
        }
        return true;
    });
}

QString Database::pageClause(int limit, int offset, QVariantList &binds)
{
    if (limit <= 0) {
        return {};
    }
    binds << limit << qMax(0, offset);
    return QStringLiteral(" LIMIT ? OFFSET ?");
}

sqlite3 *Database::handle() const
{
    return d->handle();
}

bool Database::queryFailed(const Statement &statement) const
{
    return fail(tr("catalogue query failed: %1").arg(statement.errorMessage()));
}

QString Database::notOpenMessage()
{
    return tr("no catalogue is open");
}

} // namespace eb::catalogue
