#pragma once

// The order in which the window lists names: case-insensitive and natural, digit runs compared
// as numbers ("ARCO-11" before "ARCO-1088", "arco-2" before "ARCO-11"), as SQLite collation
// `eb_natural` registered on every connection the catalogue opens. It lives on the connection,
// not in the schema (no index or column names it), so that the file stays readable and
// writable by any SQLite tool that does not know it.

#include <QByteArray>
#include <QStringView>

struct sqlite3;

namespace eb::catalogue {

// The collation's name in SQL: "... ORDER BY name COLLATE eb_natural".
inline constexpr char kNaturalCollation[] = "eb_natural";

// <0, 0 or >0: digit runs by their value (leading zeros ignored), everything else by its
// case-folded character; strings equal this way compare by their text, so the order is total.
int naturalCompare(QStringView a, QStringView b);

// The key whose byte order (memcmp, a prefix first: SQLite's order of BLOBs) is the order of
// naturalCompare() over the text as SQLite holds it (UTF-8), so that an index can serve the
// name order: stored in study.name_key (db/schema/0014). Tokens, each starting with a byte
// >= 1: a character other than a digit as its case-folded UTF-16 unit v (one byte v + 1 below
// 0x7F, else 0x80 and v in two bytes); a digit run as 0x31 (between the units below '0' and
// those above '9', as the comparison puts a digit against any other character), its length
// without leading zeros (one byte below 0xFF, else 0xFF and four bytes) and those digits.
// Then 0x00 (shorter names first) and the text's own UTF-16 units in two bytes each: the
// tie-break of naturalCompare().
QByteArray naturalSortKey(QStringView text);

// The SQL function that computes it: "eb_natural_key(name)".
inline constexpr char kNaturalKeyFunction[] = "eb_natural_key";

// Registers the collation and the key function on this connection; false when SQLite
// refuses.
bool registerNaturalCollation(sqlite3 *handle);

} // namespace eb::catalogue
