#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

// A small RFC 4180 reader for the CSV files the program reads (the `evidence` commands, and the
// window's File > Import): comma-separated, fields optionally in double quotes (a quote inside
// a quoted field is doubled; quoted fields may hold commas and line breaks), CRLF or LF line
// ends, a UTF-8 byte-order mark ignored, blank lines skipped. The first record is the header.
// The writer's half is textformats.h (csvField).
namespace eb::output {

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

// Parses `text`. Fails (with the line) on a quote that is never closed or text after a
// closing quote. Field counts are not checked here: the caller names the row.
std::optional<CsvTable> parseCsv(const QString &text, CsvError *error);

} // namespace eb::output
