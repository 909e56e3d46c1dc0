#pragma once

#include "output/csvreader.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

class QTextStream;

// The CSV files the `evidence` commands read: the reader is output/csvreader.h (shared with
// the window's File > Import); here, reading a file or standard input with a bound, and the
// strict number parser.
namespace eb::cli {

using eb::output::CsvError;
using eb::output::CsvRecord;
using eb::output::CsvTable;
using eb::output::parseCsv;

// The text of a CSV file a user names, "-" for `in` (standard input): at most kMaxCsvBytes,
// read through eb::output::readBounded (a pipe or /dev/zero never hangs or fills memory). On
// failure *error says why, naming the file.
inline constexpr qint64 kMaxCsvBytes = qint64{64} * 1024 * 1024;
std::optional<QString> readCsvText(const QString &file, QTextStream &in, QString *error);

// A strict decimal number: optional sign, digits with a point, optional exponent; surrounding
// spaces allowed. Rejects empty cells, decimal commas, thousands separators, "nan", "inf" and
// anything not finite. On failure `why` says what is wrong with the text.
std::optional<double> parseNumber(const QString &text, QString *why);

// A number option's value by parseNumber()'s grammar, or one line naming the option and quoting
// at most a short excerpt ("--value: 'abc' is not a number").
std::optional<double> numberOption(const QString &option, const QString &text, QString *error);

} // namespace eb::cli
