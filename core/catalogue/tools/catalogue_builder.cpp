// eb-catalogue-builder: makes the bundled catalogue from db/schema (compiled in) and the seed
// files given on the command line, at build time. A seed statement that fails stops the build
// with "db/seed/FILE.sql:LINE: message", and no output file is left behind.
#include "catalogue/catalogue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "eb-catalogue-builder: error: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Builds the bundled Evidence Browser catalogue from the schema migrations compiled "
        "into this tool and the seed files given, applied in the order given."));
    parser.addHelpOption();
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          QStringLiteral("The catalogue file to write."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption rootOption(
        QStringLiteral("root"),
        QStringLiteral("Seed file names in messages and in the build id are relative to DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption buildIdOption(
        QStringLiteral("build-id-file"),
        QStringLiteral("Also write the build id (a hash of every input) to FILE."),
        QStringLiteral("FILE"));
    parser.addOption(outputOption);
    parser.addOption(rootOption);
    parser.addOption(buildIdOption);
    parser.addPositionalArgument(QStringLiteral("seed"), QStringLiteral("Seed SQL files."),
                                 QStringLiteral("[SEED.sql...]"));
    parser.process(app);
    if (!parser.isSet(outputOption)) {
        printError(QStringLiteral("--output FILE is required"));
        return 2;
    }
    const QString output = parser.value(outputOption);
    const QDir root(parser.isSet(rootOption) ? parser.value(rootOption) : QDir::currentPath());

    // The build id hashes every input, so the program can tell its bundled catalogue from an
    // earlier one (see bundledcatalogue.h for the refresh rule).
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (eb::catalogue::Catalogue::latestSchemaVersion() == 0) { // also loads the schema resource
        printError(QStringLiteral("no schema migrations are compiled in"));
        return 1;
    }
    const QDir schemaDir(QStringLiteral(":/eb/schema"));
    for (const QString &name :
         schemaDir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile file(schemaDir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("cannot read the compiled-in migration %1").arg(name));
            return 1;
        }
        hash.addData(name.toUtf8());
        hash.addData(file.readAll());
    }

    QList<eb::catalogue::SqlScript> scripts;
    QStringList seedNames;
    for (const QString &path : parser.positionalArguments()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
            return 1;
        }
        const QString name =
            QDir::cleanPath(root.relativeFilePath(QFileInfo(path).absoluteFilePath()));
        eb::catalogue::SqlScript script{name, file.readAll()};
        hash.addData(name.toUtf8());
        hash.addData(script.sql);
        seedNames << name;
        scripts << script;
    }
    const QString buildId = QString::fromLatin1(hash.result().toHex().left(16));

    const QString temporary = output + QStringLiteral(".part");
    QFile::remove(temporary);
    QFile::remove(temporary + QStringLiteral("-journal"));
    bool ok = false;
    {
        eb::catalogue::Catalogue catalogue;
        ok = catalogue.open(temporary, eb::catalogue::OpenMode::Create);
        if (ok) {
            const QList<QPair<QString, QString>> info{
                {QStringLiteral("title"),
                 QStringLiteral("Cerebrolysin after stroke and traumatic brain injury")},
                {QStringLiteral("schema_version"),
                 QString::number(eb::catalogue::Catalogue::latestSchemaVersion())},
                {QStringLiteral("build_id"), buildId},
                {QStringLiteral("built_from"), seedNames.isEmpty()
                                                   ? QStringLiteral("(no seed files)")
                                                   : seedNames.join(QStringLiteral(", "))},
            };
            ok = catalogue.runScripts(scripts, info);
        }
        if (!ok) {
            printError(catalogue.lastError());
        }
    }
    if (!ok) {
        QFile::remove(temporary);
        return 1;
    }
    QFile::remove(output);
    if (!QFile::rename(temporary, output)) {
        printError(QStringLiteral("cannot write %1").arg(output));
        QFile::remove(temporary);
        return 1;
    }
    if (parser.isSet(buildIdOption)) {
        QFile idFile(parser.value(buildIdOption));
        if (!idFile.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            idFile.write(buildId.toLatin1()) != buildId.size()) {
            printError(QStringLiteral("cannot write %1").arg(idFile.fileName()));
            return 1;
        }
    }
    std::printf("eb-catalogue-builder: wrote %s (build %s, %lld seed files)\n",
                qPrintable(QDir::toNativeSeparators(output)), qPrintable(buildId),
                static_cast<long long>(scripts.size()));
    return 0;
}
