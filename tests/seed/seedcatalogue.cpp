#include "seedcatalogue.h"

#include "rawsqlite.h"

#include <QFile>
#include <gtest/gtest.h>
#include <memory>

namespace eb::seedtest {

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// The read-only connection to the bundled catalogue (opened once per test binary).
const eb::test::RawSqlite &catalogue()
{
    static const std::unique_ptr<eb::test::RawSqlite> db = [] {
        const QString path = QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite");
        if (!QFile::exists(path))
            ADD_FAILURE() << "no bundled catalogue at " << path.toStdString()
                          << " (build the target eb_catalogue_file first)";
        // Read-only: the tests must never change the file the application embeds.
        return std::make_unique<eb::test::RawSqlite>(path, true);
    }();
    return *db;
}

} // namespace

std::vector<QVariantList> rows(const QString &sql, const QVariantList &binds)
{
    return catalogue().rows(sql, binds);
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
