#include "seedcatalogue.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <gtest/gtest.h>

namespace eb::seedtest {

namespace {

const char *const kConnection = "eb_seed_tests";

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

bool prepareAndRun(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    if (!query.prepare(sql)) {
        ADD_FAILURE() << "prepare failed: " << query.lastError().text().toStdString() << "\n"
                      << sql.toStdString();
        return false;
    }
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        ADD_FAILURE() << "exec failed: " << query.lastError().text().toStdString() << "\n"
                      << sql.toStdString();
        return false;
    }
    return true;
}

} // namespace

QSqlDatabase catalogue()
{
    if (QSqlDatabase::contains(kConnection))
        return QSqlDatabase::database(kConnection);
    const QString path = QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite");
    if (!QFile::exists(path))
        ADD_FAILURE() << "no bundled catalogue at " << path.toStdString()
                      << " (build the target eb_catalogue_file first)";
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
    db.setDatabaseName(path);
    // Read-only: the tests must never change the file the application embeds.
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        ADD_FAILURE() << "cannot open " << path.toStdString() << ": "
                      << db.lastError().text().toStdString();
    return db;
}

std::vector<QVariantList> rows(const QString &sql, const QVariantList &binds)
{
    std::vector<QVariantList> out;
    QSqlQuery query(catalogue());
    if (!prepareAndRun(query, sql, binds))
        return out;
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        for (int c = 0; c < columns; ++c)
            row.append(query.value(c));
        out.push_back(row);
    }
    return out;
}

QVariant scalar(const QString &sql, const QVariantList &binds)
{
    const auto result = rows(sql, binds);
    if (result.size() != 1 || result.front().isEmpty()) {
        ADD_FAILURE() << "expected exactly one row, got " << result.size() << "\n"
                      << sql.toStdString();
        return {};
    }
    return result.front().front();
}

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

std::optional<qlonglong> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

const QString &articleText()
{
    static const QString text =
        readText(QStringLiteral(EB_SOURCE_DIR "/db/sources/000_4c55ba95e87e8ecd.txt"));
    return text;
}

const QString &referencesText()
{
    static const QString text = readText(QStringLiteral(EB_SOURCE_DIR "/db/sources/references.md"));
    return text;
}

bool occursInArticle(const QString &quote)
{
    return !quote.isEmpty() && articleText().contains(quote);
}

// references.md wraps its lines and marks emphasis with markdown (**12.1**); neither is part
// of what the publication says, so the stored quote carries neither and the comparison
// ignores both.
bool occursInReferences(const QString &quote)
{
    static const QString simplified =
        QString(referencesText()).remove(QStringLiteral("**")).simplified();
    const QString needle = quote.simplified();
    return !needle.isEmpty() && simplified.contains(needle);
}

} // namespace eb::seedtest
