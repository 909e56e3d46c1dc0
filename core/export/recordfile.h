#pragma once

// The record files of `evidence export` and `evidence import`, and of the window's File >
// Import and Export Records (docs/record-files.md): CSV, one
// record kind per file, a header of field names in any order (RFC 4180: quoted commas, quotes
// and line breaks, CRLF or LF, a UTF-8 byte-order mark); and JSON, every kind in one document
// of a versioned schema ("evidence-browser-records", version 1). Values are the text as typed:
// an empty CSV cell and a JSON null are NULL. The field names are those of recordfields.h.

#include "model/recordrows.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace eb::exporting {

// The column every export adds, naming who entered the record ('bundled' or 'user'); import
// accepts and ignores it (whatever is imported is the user's).
inline QString recordOriginColumn()
{
    return QStringLiteral("record_origin");
}

// One record read from a file, with where it was: the CSV line or "result[3]" in JSON.
struct FileRecord
{
    eb::catalogue::RecordKind kind = eb::catalogue::RecordKind::Source;
    QString where;
    eb::catalogue::Fields fields;
};

// Reads a CSV file's records. The kind is `kind` if given, else the one whose fields cover
// every column. Fails with *error (naming the line) on malformed CSV, a row with a wrong
// number of cells, or a header that fits no kind.
std::optional<QList<FileRecord>>
readRecordCsv(const QString &text, std::optional<eb::catalogue::RecordKind> kind, QString *error);
// Reads a JSON record document. Fails with *error on invalid JSON, another format or version,
// or a value that is neither a string nor null (numbers must be strings to keep their digits).
std::optional<QList<FileRecord>> readRecordJson(const QByteArray &bytes, QString *error);

// One kind's records as CSV (every field, then record_origin; CRLF line ends, UTF-8).
QString recordCsv(eb::catalogue::RecordKind kind, const QList<eb::catalogue::RecordRow> &rows);
// Records of any kinds as a JSON document (every kind present as a section, in import order).
QByteArray recordJson(const QList<eb::catalogue::RecordRow> &rows,
                      const QList<eb::catalogue::RecordKind> &kinds);

} // namespace eb::exporting
