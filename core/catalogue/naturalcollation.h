#pragma once

// The order in which the window lists names: case-insensitive and natural, digit runs compared
// as numbers ("ARCO-11" before "ARCO-1088", "arco-2" before "ARCO-11"), as SQLite collation
// `eb_natural` registered on every connection the catalogue opens. It lives on the connection,
// not in the schema (no index or column names it), so that the file stays readable and
// writable by any SQLite tool that does not know it.

#include <QStringView>

struct sqlite3;

namespace eb::catalogue {

// The collation's name in SQL: "... ORDER BY name COLLATE eb_natural".
inline constexpr char kNaturalCollation[] = "eb_natural";

// <0, 0 or >0: digit runs by their value (leading zeros ignored), everything else by its
// case-folded character; strings equal this way compare by their text, so the order is total.
int naturalCompare(QStringView a, QStringView b);

// Registers the collation on this connection; false when SQLite refuses.
bool registerNaturalCollation(sqlite3 *handle);

} // namespace eb::catalogue
