#include "gui/shell/cataloguesession.h"

#include "catalogue/bundledcatalogue.h"
#include "catalogue/catalogue.h"

namespace eb::gui {

CatalogueSession::CatalogueSession(catalogue::Catalogue &catalogue, QObject *parent)
    : QObject(parent), m_catalogue(catalogue)
{
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
    if (!m_catalogue.open(path, catalogue::OpenMode::ReadOnly)) {
        // lastError() names the file.
        *error = tr("Cannot open the catalogue: %1").arg(m_catalogue.lastError());
        return false;
    }
    return true;
}

bool CatalogueSession::switchTo(const QString &file, QString *error)
{
    // Try the file on its own first, so that a bad file leaves the open catalogue in place.
    {
        catalogue::Catalogue probe;
        if (!probe.open(file, catalogue::OpenMode::ReadOnly)) {
            *error = probe.lastError();
            return false;
        }
    }
    const QString previous = m_catalogue.path();
    m_catalogue.close();
    const bool opened = m_catalogue.open(file, catalogue::OpenMode::ReadOnly);
    if (!opened) {
        // The file changed between the two opens (replaced, removed, locked).
        *error = m_catalogue.lastError();
        if (!previous.isEmpty() && !m_catalogue.open(previous, catalogue::OpenMode::ReadOnly)) {
            *error = tr("%1; the catalogue that was open before cannot be opened again either: %2")
                         .arg(*error, m_catalogue.lastError());
        }
    }
    emit replaced();
    return opened;
}

} // namespace eb::gui
