#pragma once

// The rules a record must satisfy before it is written, in one place for the forms, the
// importer and `evidence check-db` (docs/catalogue.md, "Validation"). Pure functions over the
// text as typed (recordfields.h); no storage, Qt Core only. What only the catalogue can check
// (a slug already taken, a reference to a record that does not exist) the write API reports
// with the same Problem.
//
// Numbers are read in the C locale and only there: "0,62" is reported as a decimal comma,
// never read as 0.62 or as 62; "1e-3" is a number, "nan", "inf" and "0.62 " with letters are
// not.

#include "model/recordfields.h"

#include <QList>
#include <QString>
#include <optional>

namespace eb::catalogue {

enum class Severity
{
    Error,   // the record is not written
    Warning, // written, but the user is told (e.g. an SE probably typed as an SD)
};

struct Problem
{
    QString column;  // the field; empty for the whole record
    QString value;   // the text as typed (a short excerpt)
    QString rule;    // a stable key: 'required', 'decimal-comma', 'ci-order', ...
    QString message; // one translated sentence
    Severity severity = Severity::Error;
};

// Every problem of one record, field by field, then the rules that span fields.
QList<Problem> validateRecord(RecordKind kind, const Fields &fields);

bool hasErrors(const QList<Problem> &problems);

// A number in the C locale: the value, or nothing with *problem set ('number',
// 'decimal-comma'). Blank text is not a number (callers treat it as NULL first).
std::optional<double> parseNumber(const QString &text, Problem *problem = nullptr);
// A whole number that fits an int.
std::optional<qint64> parseInteger(const QString &text, Problem *problem = nullptr);

// The text a number read from storage is written as when no typed text was kept: the
// shortest text that reads back as the same double.
QString numberText(double value);

// A short excerpt of a value for messages: at most 40 characters, one line.
QString excerpt(const QString &value);

} // namespace eb::catalogue
