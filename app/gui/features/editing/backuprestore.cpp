// File > Restore from Backup: the window's side of catalogue/backups.h (the session puts the
// chosen backup in place after backing up the catalogue as it is).
#include "catalogue/backups.h"
#include "catalogue/catalogue.h"
#include "gui/features/editing/editingfeature.h"
#include "gui/shell/cataloguesession.h"
#include "gui/shell/windowcontext.h"

#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>

namespace eb::gui::editing {

void EditingFeature::restoreInteractively()
{
    CatalogueSession &session = m_context->session();
    const QList<catalogue::BackupFile> backups = catalogue::listBackups(session.catalogue().path());
    if (backups.isEmpty()) {
        showMessage(tr("Restore from Backup"),
                    tr("There are no backups beside %1 yet: one is written before every "
                       "upgrade and import.")
                        .arg(QDir::toNativeSeparators(session.catalogue().path())));
        return;
    }
    QStringList items;
    const QLocale locale;
    for (const catalogue::BackupFile &backup : backups) {
        items << tr("%1 · %2 · %3")
                     .arg(locale.toString(backup.written.toLocalTime(), QLocale::ShortFormat),
                          locale.formattedDataSize(backup.size), QFileInfo(backup.path).fileName());
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        m_context->window(), tr("Restore from Backup"),
        tr("Put this backup in place of the catalogue (the catalogue as it is now is backed up "
           "first):"),
        items, 0, false, &ok);
    const qsizetype index = items.indexOf(chosen);
    if (!ok || index < 0) {
        return;
    }
    QString savedCurrent;
    QString error;
    if (!session.restoreBackup(backups.at(index).path, &savedCurrent, &error)) {
        showMessage(tr("Restore from Backup"), error);
        return;
    }
    m_context->showMessage(tr("Restored %1; the catalogue as it was is in %2")
                               .arg(QFileInfo(backups.at(index).path).fileName(),
                                    QDir::toNativeSeparators(savedCurrent)),
                           10000);
}

} // namespace eb::gui::editing
