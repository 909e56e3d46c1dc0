#include "catalogue/bundledcatalogue.h"

#include "catalogue/catalogue.h"
#include "output/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <atomic>

// The bundle is a resource in an object library; this reference makes the linker keep it.
static void initBundleResource()
{
    Q_INIT_RESOURCE(catalogue_bundle);
}

namespace eb::catalogue {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::catalogue", text);
}

const QString kBundlePath = QStringLiteral(":/eb/catalogue/catalogue.sqlite");
const QString kBundleIdPath = QStringLiteral(":/eb/catalogue/build-id");

QString bundledBuildId()
{
    QFile file(kBundleIdPath);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).trimmed()
                                          : QString();
}

// What the refresh rule needs to know about the user's copy, read without writing to it.
struct UserCopyState
{
    bool readable = false;
    int schemaVersion = 0;
    QString buildId;
    bool hasUserRecords = true; // unknown counts as "has": never overwrite on doubt
};

UserCopyState inspect(const QString &path)
{
    static std::atomic<int> counter{0};
    UserCopyState state;
    const QString connection = QStringLiteral("eb-user-copy-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
                state.schemaVersion = query.value(0).toInt();
            }
            if (query.exec(QStringLiteral("SELECT value FROM catalogue_info WHERE key = "
                                          "'build_id'")) &&
                query.next()) {
                state.buildId = query.value(0).toString();
            }
            // The tables that carry user_record (schema version 1).
            if (query.exec(
                    QStringLiteral("SELECT (SELECT count(*) FROM source WHERE user_record = 1) + "
                                   "(SELECT count(*) FROM study WHERE user_record = 1) + "
                                   "(SELECT count(*) FROM outcome_measure WHERE user_record = 1) + "
                                   "(SELECT count(*) FROM result WHERE user_record = 1) + "
                                   "(SELECT count(*) FROM mechanism WHERE user_record = 1)")) &&
                query.next()) {
                state.hasUserRecords = query.value(0).toLongLong() > 0;
                state.readable = state.schemaVersion > 0;
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return state;
}

// Writes the bundle to `target` through eb::output::writeFile: whole or not at all (a full
// disk or a crash never leaves half a catalogue, and an earlier copy stays as it was).
bool copyBundle(const QString &target, QString *error)
{
    QFile in(kBundlePath);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the bundled catalogue: %1").arg(in.errorString());
        return false;
    }
    QString why;
    if (!eb::output::writeFile(target, in.readAll(), &why)) {
        *error = tr("cannot copy the bundled catalogue: %1").arg(why);
        return false;
    }
    // Resources are read-only; the user's copy must be writable (user records, upgrades).
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return true;
}

} // namespace

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EvidenceBrowser"));
    QCoreApplication::setApplicationName(QStringLiteral("evidence-browser"));
}

QString bundledCataloguePath()
{
    initBundleResource();
    return QFile::exists(kBundlePath) ? kBundlePath : QString();
}

QString userCataloguePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/catalogue.sqlite");
}

QString ensureUserCatalogue(QString *error, UserCatalogueAction *action)
{
    QString ignored;
    QString &message = error != nullptr ? *error : ignored;
    message.clear();
    if (bundledCataloguePath().isEmpty()) {
        message = tr("this program was built without its bundled catalogue");
        return {};
    }
    const QString target = userCataloguePath();
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        message = tr("cannot create the folder %1").arg(QFileInfo(target).absolutePath());
        return {};
    }
    if (!QFileInfo::exists(target)) {
        if (!copyBundle(target, &message)) {
            return {};
        }
        if (action != nullptr) {
            *action = UserCatalogueAction::Copied;
        }
        return target;
    }

    const UserCopyState state = inspect(target);
    const QString bundledId = bundledBuildId();
    // The bundled catalogue has the schema version this program was built with.
    const bool refresh = state.readable && !state.hasUserRecords && !bundledId.isEmpty() &&
                         state.buildId != bundledId &&
                         state.schemaVersion <= Catalogue::latestSchemaVersion();
    if (refresh) {
        // A journal left next to the old file would be replayed onto the new one.
        QFile::remove(target + QStringLiteral("-journal"));
        QFile::remove(target + QStringLiteral("-wal"));
        QFile::remove(target + QStringLiteral("-shm"));
        if (!copyBundle(target, &message)) {
            return {};
        }
    }
    if (!refresh && state.readable && state.schemaVersion < Catalogue::latestSchemaVersion()) {
        // A kept copy with user records is upgraded here, once, so that read-only opens that
        // follow (the app, the CLI) need no write access. A failure leaves it as it was and
        // the open that follows reports why.
        Catalogue upgrade;
        upgrade.open(target, OpenMode::ReadWrite);
    }
    if (action != nullptr) {
        *action = refresh ? UserCatalogueAction::Refreshed : UserCatalogueAction::Kept;
    }
    return target;
}

} // namespace eb::catalogue
