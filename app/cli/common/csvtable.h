#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

class QTextStream;

// A small RFC 4180 reader for the CSV files the `evidence` commands read: comma-separated,
// fields optionally in double quotes (a quote inside a quoted field is doubled; quoted fields
// may hold commas and line breaks), CRLF or LF line ends, a UTF-8 byte-order mark ignored,
// blank lines skipped. The first record is the header.
namespace eb::cli {

struct CsvRecord
{
    QStringList fields;
    int line = 0; // 1-based line of the file where the record starts
};

struct CsvTable
{
    QStringList header; // trimmed
    QVector<CsvRecord> rows;
};

struct CsvError
{
    int line = 0;
    QString message;
};

// The text of a CSV file a user names, "-" for `in` (standard input): at most kMaxCsvBytes,
// read through eb::output::readBounded (a pipe or /dev/zero never hangs or fills memory). On
// failure *error says why, naming the file.
inline constexpr qint64 kMaxCsvBytes = qint64{64} * 1024 * 1024;
std::optional<QString> readCsvText(const QString &file, QTextStream &in, QString *error);

// Parses `text`. Fails (with the line) on a quote that is never closed or text after a
// closing quote. Field counts are not checked here: the caller names the row.
std::optional<CsvTable> parseCsv(const QString &text, CsvError *error);

// A strict decimal number: optional sign, digits with a point, optional exponent; surrounding
// spaces allowed. Rejects empty cells, decimal commas, thousands separators, "nan", "inf" and
// anything not finite. On failure `why` says what is wrong with the text.
std::optional<double> parseNumber(const QString &text, QString *why);

} // namespace eb::cli
