#include "export/recordfile.h"

#include "output/csvreader.h"
#include "output/textformats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eb::exporting {
namespace {

using namespace eb::catalogue;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::exporting::records", text);
}

const char *const kFormat = "evidence-browser-records";
constexpr int kVersion = 1;

QString originWord(bool userRecord)
{
    return userRecord ? QStringLiteral("user") : QStringLiteral("bundled");
}

std::optional<RecordKind> kindOfHeader(const QStringList &header)
{
    std::optional<RecordKind> found;
    for (RecordKind kind : allRecordKinds()) {
        const QStringList names = recordFieldNames(kind) << recordOriginColumn();
        bool fits = true;
        for (const QString &column : header) {
            fits = fits && names.contains(column);
        }
        if (fits) {
            if (found) {
                return std::nullopt; // ambiguous: --kind decides
            }
            found = kind;
        }
    }
    return found;
}

} // namespace

std::optional<QList<FileRecord>> readRecordCsv(const QString &text, std::optional<RecordKind> kind,
                                               QString *error)
{
    eb::output::CsvError csvError;
    const auto table = eb::output::parseCsv(text, &csvError);
    if (!table) {
        *error = tr("line %1: %2").arg(csvError.line).arg(csvError.message);
        return std::nullopt;
    }
    if (!kind) {
        kind = kindOfHeader(table->header);
    }
    if (!kind) {
        // (The command line adds how to name it: --kind.)
        *error = tr("the header fits no one record kind (%1): the file's kind must be named")
                     .arg(recordKindNames().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    QList<FileRecord> records;
    for (const eb::output::CsvRecord &row : table->rows) {
        if (row.fields.size() != table->header.size()) {
            *error = tr("line %1: %2 cells where the header has %3")
                         .arg(row.line)
                         .arg(row.fields.size())
                         .arg(table->header.size());
            return std::nullopt;
        }
        FileRecord record{*kind, tr("line %1").arg(row.line), {}};
        for (qsizetype i = 0; i < row.fields.size(); ++i) {
            if (table->header.at(i) != recordOriginColumn() && !row.fields.at(i).isEmpty()) {
                record.fields.insert(table->header.at(i), row.fields.at(i));
            }
        }
        records << record;
    }
    return records;
}

std::optional<QList<FileRecord>> readRecordJson(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("not a JSON object: %1 (at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        *error = tr("\"format\" is not \"%1\"").arg(QLatin1String(kFormat));
        return std::nullopt;
    }
    if (root.value(QStringLiteral("version")).toInt(-1) != kVersion) {
        *error = tr("this program reads version %1 of the record format, not %2")
                     .arg(kVersion)
                     .arg(root.value(QStringLiteral("version")).toVariant().toString());
        return std::nullopt;
    }
    const QJsonObject sections = root.value(QStringLiteral("records")).toObject();
    for (const QString &name : sections.keys()) {
        if (!recordKindFromName(name)) {
            *error = tr("\"records\" has a section \"%1\"; the kinds are %2")
                         .arg(name, recordKindNames().join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    QList<FileRecord> records;
    for (RecordKind kind : allRecordKinds()) {
        const QJsonArray list = sections.value(recordKindName(kind)).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            FileRecord record{
                kind, QStringLiteral("%1[%2]").arg(recordKindName(kind)).arg(i + 1), {}};
            const QJsonObject object = list.at(i).toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.value().isNull() || it.key() == recordOriginColumn()) {
                    continue;
                }
                if (!it.value().isString()) {
                    *error = tr("%1: \"%2\" must be a string or null (write numbers as strings "
                                "to keep their digits)")
                                 .arg(record.where, it.key());
                    return std::nullopt;
                }
                if (!it.value().toString().isEmpty()) {
                    record.fields.insert(it.key(), it.value().toString());
                }
            }
            records << record;
        }
    }
    return records;
}

QString recordCsv(RecordKind kind, const QList<RecordRow> &rows)
{
    const QStringList names = recordFieldNames(kind);
    QStringList header;
    for (const QString &name : names) {
        header << eb::output::csvField(name);
    }
    header << recordOriginColumn();
    QString out = header.join(QChar(u',')) + QStringLiteral("\r\n");
    for (const RecordRow &row : rows) {
        QStringList cells;
        for (const QString &name : names) {
            cells << eb::output::csvField(row.fields.value(name));
        }
        cells << originWord(row.userRecord);
        out += cells.join(QChar(u',')) + QStringLiteral("\r\n");
    }
    return out;
}

QByteArray recordJson(const QList<RecordRow> &rows, const QList<RecordKind> &kinds)
{
    QJsonObject sections;
    for (RecordKind kind : kinds) {
        QJsonArray list;
        for (const RecordRow &row : rows) {
            if (row.kind != kind) {
                continue;
            }
            QJsonObject object;
            for (const QString &name : recordFieldNames(kind)) {
                const QString value = row.fields.value(name);
                object.insert(name, value.isEmpty() ? QJsonValue() : QJsonValue(value));
            }
            object.insert(recordOriginColumn(), originWord(row.userRecord));
            list << object;
        }
        sections.insert(recordKindName(kind), list);
    }
    QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                     {QStringLiteral("version"), kVersion},
                     {QStringLiteral("records"), sections}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace eb::exporting
