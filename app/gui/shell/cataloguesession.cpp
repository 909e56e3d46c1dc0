#include "gui/shell/cataloguesession.h"

#include "catalogue/backups.h"
#include "catalogue/bundledcatalogue.h"
#include "catalogue/catalogue.h"
#include "catalogue/sqliteheader.h"

#include <QDir>
#include <QFileInfo>

namespace eb::gui {
namespace {

// Why records could not be saved in `path`, or nothing when they can.
QString whyNotWritable(const QString &path)
{
    const QFileInfo file(path);
    if (!file.isWritable()) {
        return CatalogueSession::tr("you may not write the file %1")
            .arg(QDir::toNativeSeparators(path));
    }
    // SQLite writes its journal beside the file.
    if (!QFileInfo(file.absolutePath()).isWritable()) {
        return CatalogueSession::tr("you may not write in its folder %1")
            .arg(QDir::toNativeSeparators(file.absolutePath()));
    }
    return {};
}

} // namespace

CatalogueSession::CatalogueSession(catalogue::Catalogue &catalogue, QObject *parent)
    : QObject(parent), m_catalogue(catalogue)
{
}

bool CatalogueSession::openPath(const QString &path, bool readOnly, QString *error)
{
    m_readOnlyReason.clear();
    m_upgradeBackup.clear();
    // An up-to-date file that may be written is opened for writing at once, as the long way
    // below ends up doing: one open fewer (each reads and checks the schema) before the
    // window's first paint. Anything else, or a failure here, goes the long way.
    if (!readOnly && path != QLatin1String(":memory:") &&
        catalogue::declaredSchemaVersion(path) == catalogue::Catalogue::latestSchemaVersion() &&
        whyNotWritable(path).isEmpty() && m_catalogue.open(path, catalogue::OpenMode::ReadWrite)) {
        return true;
    }
    if (!m_catalogue.open(path, catalogue::OpenMode::ReadOnly)) {
        const int older = m_catalogue.refusedOlderVersion();
        const int latest = catalogue::Catalogue::latestSchemaVersion();
        if (older == 0 || !m_upgradeConsent || !m_upgradeConsent(path, older, latest)) {
            *error = m_catalogue.lastError(); // names the file
            return false;
        }
        // Consent given: ReadWrite writes a backup, then upgrades in one transaction.
        if (!m_catalogue.open(path, catalogue::OpenMode::ReadWrite)) {
            *error = m_catalogue.lastError();
            return false;
        }
        m_upgradeBackup = m_catalogue.lastBackupPath();
        return true;
    }
    if (path == QLatin1String(":memory:")) {
        return true; // a test's catalogue: open for writing already
    }
    m_readOnlyReason = readOnly ? tr("it was opened read-only") : whyNotWritable(path);
    if (!m_readOnlyReason.isEmpty()) {
        return true;
    }
    // An up-to-date file opened for writing is not written until a record is saved.
    if (!m_catalogue.open(path, catalogue::OpenMode::ReadWrite)) {
        const QString why = m_catalogue.lastError();
        if (!m_catalogue.open(path, catalogue::OpenMode::ReadOnly)) {
            *error = m_catalogue.lastError();
            return false;
        }
        m_readOnlyReason = why;
    }
    return true;
}

bool CatalogueSession::openAtStart(const QString &file, QString *error)
{
    QString path = file;
    if (path.isEmpty()) {
        QString reason;
        path = catalogue::ensureUserCatalogue(&reason);
        if (path.isEmpty()) {
            *error = tr("Cannot prepare the catalogue: %1").arg(reason);
            return false;
        }
    }
    QString why;
    if (!openPath(path, false, &why)) {
        // The message names the file.
        *error = tr("Cannot open the catalogue: %1").arg(why);
        return false;
    }
    return true;
}

bool CatalogueSession::switchTo(const QString &file, QString *error, bool readOnly)
{
    // Try the file on its own first, so that a bad file leaves the open catalogue in place.
    // An older file passes here only with consent (asked again when it is opened for real,
    // which is when it is backed up and upgraded).
    {
        catalogue::Catalogue probe;
        if (!probe.open(file, catalogue::OpenMode::ReadOnly) &&
            (probe.refusedOlderVersion() == 0 || !m_upgradeConsent)) {
            *error = probe.lastError();
            return false;
        }
    }
    const QString previous = m_catalogue.path();
    const bool previousReadOnly = !isWritable();
    m_catalogue.close();
    const bool opened = openPath(file, readOnly, error);
    if (!opened && !previous.isEmpty()) {
        // Declined, or the file changed between the two opens (replaced, removed, locked).
        QString again;
        if (!openPath(previous, previousReadOnly, &again)) {
            *error = tr("%1; the catalogue that was open before cannot be opened again either: %2")
                         .arg(*error, again);
        }
    }
    emit replaced();
    return opened;
}

bool CatalogueSession::restoreBackup(const QString &backup, QString *savedCurrent, QString *error)
{
    if (!isWritable()) {
        *error = tr("The catalogue is read-only (%1): nothing was restored.").arg(m_readOnlyReason);
        return false;
    }
    const QString path = m_catalogue.path();
    *savedCurrent = m_catalogue.backup();
    if (savedCurrent->isEmpty()) {
        *error = tr("Nothing was restored: the open catalogue could not be backed up first: %1")
                     .arg(m_catalogue.lastError());
        return false;
    }
    m_catalogue.close();
    QString why;
    const bool restored = catalogue::restoreBackupFile(backup, path, &why);
    QString again;
    if (!openPath(path, false, &again)) {
        *error = restored ? again : tr("%1; %2").arg(why, again);
        emit replaced();
        return false;
    }
    emit replaced();
    if (!restored) {
        *error = why;
    }
    return restored;
}

} // namespace eb::gui
