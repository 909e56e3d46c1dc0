#pragma once

// The one escaping of text for each plain format the program writes by hand. (JSON goes
// through QJsonDocument, which escapes; BibTeX and RIS through export/citations.)

#include <QString>

namespace eb::output {

// One RFC 4180 field: quoted (quotes doubled) when it holds a comma, a quote or a line break,
// so a label with a newline stays one field of one row.
QString csvField(const QString &text);

// Text for XML or HTML content and attribute values (SVG <title>, an HTML page): &, <, >
// and " as entities, and the control characters XML 1.0 forbids (all below U+0020 but tab,
// line feed and carriage return) dropped, so the document stays well formed.
QString xmlEscaped(const QString &text);

} // namespace eb::output
