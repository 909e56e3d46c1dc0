#include "cli/common/commandcatalogue.h"

#include "catalogue/bundledcatalogue.h"
#include "catalogue/catalogue.h"

#include <QCommandLineParser>

namespace eb::cli {

int openCommandCatalogue(const QCommandLineParser &parser, const QString &program, Io &io,
                         eb::catalogue::Catalogue &catalogue)
{
    const QString databaseOption = QStringLiteral("database");
    const bool named = parser.isSet(databaseOption);
    QString path = parser.value(databaseOption);
    if (!named) {
        QString error;
        path = eb::catalogue::ensureUserCatalogue(&error);
        if (path.isEmpty()) {
            io.err << program << ": " << error << "\n";
            return ExitFailure;
        }
    }
    if (!catalogue.open(path, eb::catalogue::OpenMode::ReadWrite)) {
        io.err << program << ": " << catalogue.lastError() << "\n";
        return named ? ExitBadInput : ExitFailure;
    }
    return ExitOk;
}

} // namespace eb::cli
