#include "catalogue/migrations.h"

#include "catalogue/sqlscript.h"
#include "catalogue/statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <map>

// Resources in a static library need an explicit reference to be linked in.
static void initSchemaResource()
{
    Q_INIT_RESOURCE(catalogue_schema);
}

namespace eb::catalogue {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::catalogue", text);
}

// The migrations compiled into the program, by version.
std::map<int, QString> migrationFiles()
{
    initSchemaResource();
    std::map<int, QString> files;
    const QDir dir(QStringLiteral(":/eb/schema"));
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        bool ok = false;
        const int number = name.section(QChar(u'-'), 0, 0).toInt(&ok);
        if (ok && number > 0) {
            files[number] = dir.filePath(name);
        }
    }
    return files;
}

} // namespace

int latestMigration()
{
    static const int latest = [] {
        const auto files = migrationFiles();
        return files.empty() ? 0 : files.rbegin()->first;
    }();
    return latest;
}

bool applyMigrations(sqlite3 *db, int *version, QString *error)
{
    {
        // Finalised before the migrations run: a pending statement would lock the tables a
        // migration drops.
        Statement current(db, QStringLiteral("PRAGMA user_version"));
        if (current.step() != Statement::Step::Row) {
            *error = tr("catalogue query failed: %1").arg(current.errorMessage());
            return false;
        }
        *version = static_cast<int>(current.integer(0).value_or(0));
    }
    if (*version > latestMigration()) {
        *error = tr("the catalogue was upgraded by a newer version of Evidence Browser "
                    "meanwhile (schema version %1)")
                     .arg(*version);
        return false;
    }
    for (const auto &[number, resource] : migrationFiles()) {
        if (number <= *version) {
            continue;
        }
        QFile file(resource);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read the migration %1").arg(resource);
            return false;
        }
        const QString name = QFileInfo(resource).fileName();
        QString why;
        const QByteArray pragma =
            QByteArrayLiteral("PRAGMA user_version = ") + QByteArray::number(number);
        if (!runSqlScript(db, file.readAll(), name, &why) ||
            !execSql(db, pragma.constData(), &why)) {
            *error = tr("the catalogue upgrade failed: %1").arg(why);
            return false;
        }
        *version = number;
    }
    // The migrations run with foreign keys off (SQLite's way to rebuild a table that others
    // refer to): every reference must still hold before the transaction commits.
    Statement check(db, QStringLiteral("PRAGMA foreign_key_check"));
    const Statement::Step step = check.step();
    if (step == Statement::Step::Row) {
        *error = tr("the catalogue upgrade failed: a row of %1 refers to a missing record")
                     .arg(check.text(0));
        return false;
    }
    if (step == Statement::Step::Error) {
        *error = tr("catalogue query failed: %1").arg(check.errorMessage());
        return false;
    }
    return true;
}

} // namespace eb::catalogue
