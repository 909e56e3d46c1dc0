#pragma once

// The one escaping of text for each plain format the program writes by hand. (JSON goes
// through QJsonDocument, which escapes; BibTeX and RIS through export/citations.)

#include <QString>

namespace eb::output {

// One RFC 4180 field: quoted (quotes doubled) when it holds a comma, a quote or a line break,
// or begins or ends with white space, so a label with a newline stays one field of one row.
//
// A text that a spreadsheet would take as a formula (its first character is =, +, -, @, a tab
// or a carriage return) is neutralised as OWASP advises, with a single quote in front: "=1+2"
// is written '=1+2. A cell that reads as a plain decimal number (the C-locale grammar of
// model/validation's parseNumber: "-0.35", "+1e-3") is a number, never a formula, and is
// written as it is. So that the prefix can be told apart on reading, a text that already
// begins with quotes followed by one of those characters ('=x) gets one quote more;
// csvFieldValue() takes exactly one away again.
QString csvField(const QString &text);

// The text of a field as csvField() was given it: one leading single quote removed where
// csvField() put one (the quote is followed by quotes and then =, +, -, @, tab or CR). Every
// other text, numbers included, is returned as it is. The CSV reader applies it to every field.
QString csvFieldValue(const QString &field);

// True when the text is a plain decimal number as written in a CSV file: an optional sign,
// digits with an optional point, an optional exponent, nothing around it.
bool isCsvNumber(const QString &text);

// Text for XML or HTML content and attribute values (SVG <title>, an HTML page): &, <, >
// and " as entities, and the control characters XML 1.0 forbids (all below U+0020 but tab,
// line feed and carriage return) dropped, so the document stays well formed.
QString xmlEscaped(const QString &text);

} // namespace eb::output
