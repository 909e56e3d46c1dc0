#pragma once

#include <QString>

namespace eb::catalogue {

// The FTS5 query that a search runs for text typed by a user, or an empty string when the
// text holds no searchable word. Exposed for tests.
QString ftsQueryFromUserText(const QString &text);

} // namespace eb::catalogue
