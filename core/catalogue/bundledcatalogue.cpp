#include "catalogue/bundledcatalogue.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace eb::catalogue {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EvidenceBrowser"));
    QCoreApplication::setApplicationName(QStringLiteral("evidence-browser"));
}

QString bundledCataloguePath()
{
    return {};
}

QString userCataloguePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/catalogue.sqlite");
}

QString ensureUserCatalogue(QString *error, UserCatalogueAction *)
{
    if (error != nullptr) {
        *error = QCoreApplication::translate("eb::catalogue", "not implemented yet");
    }
    return {};
}

} // namespace eb::catalogue
