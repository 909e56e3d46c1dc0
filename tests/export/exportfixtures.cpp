#include "exportfixtures.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace eb::exporttest {
namespace {

QString readText(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QString::fromUtf8(file.readAll());
}

} // namespace

eb::catalogue::Catalogue &bundledCatalogue()
{
    // Closed while the application object still exists (a database connection must not
    // outlive it), by a post routine rather than a static destructor.
    static eb::catalogue::Catalogue *catalogue = nullptr;
    static QTemporaryDir *dir = nullptr;
    if (catalogue == nullptr) {
        catalogue = new eb::catalogue::Catalogue;
        dir = new QTemporaryDir;
        qAddPostRoutine([] {
            delete catalogue;
            delete dir;
            catalogue = nullptr;
            dir = nullptr;
        });
        const QString copy = dir->filePath(QStringLiteral("catalogue.sqlite"));
        EXPECT_TRUE(QFile::copy(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"), copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        EXPECT_TRUE(catalogue->open(copy, eb::catalogue::OpenMode::ReadOnly))
            << catalogue->lastError().toStdString();
    }
    return *catalogue;
}

ToolRun runTool(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    ToolRun run;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(-1)) {
        return run;
    }
    run.started = true;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1); // no wall-clock limit in a unit test
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString pythonWith(const QString &module, QString *why)
{
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFileInfo(python).isExecutable()) {
        *why = QStringLiteral("/usr/bin/python3 is not installed");
        return {};
    }
    const ToolRun probe =
        runTool(python, {QStringLiteral("-c"), QStringLiteral("import %1").arg(module)});
    if (!probe.started || probe.exitCode != 0) {
        *why = QStringLiteral("/usr/bin/python3 has no module %1 (Debian: python3-%1)").arg(module);
        return {};
    }
    return python;
}

QString toolOnPath(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

bool quoteOccursInSource(const QString &sourceSlug, const QString &quote)
{
    static const QString article =
        readText(QStringLiteral(EB_SOURCE_DIR "/db/sources/000_4c55ba95e87e8ecd.txt"));
    static const QString references =
        readText(QStringLiteral(EB_SOURCE_DIR "/db/sources/references.md"))
            .remove(QStringLiteral("**"))
            .simplified();
    if (quote.trimmed().isEmpty()) {
        return false;
    }
    if (sourceSlug == QLatin1String("article")) {
        return article.contains(quote);
    }
    return references.contains(quote.simplified());
}

} // namespace eb::exporttest
