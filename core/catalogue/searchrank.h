#pragma once

struct sqlite3;

namespace eb::catalogue {

// Registers the FTS5 auxiliary function eb_rank(search_index, size, w...) on a connection:
// FTS5's bm25(search_index, w...) computed the same way, to the bit, except that the row's
// size in tokens is given (`size`: the row's blob in the table's `_docsize` shadow table,
// joined in the query) instead of looked up by FTS5 itself. FTS5 reads it with a statement of
// its own per row (a read transaction begun and ended per hit), which was most of the cost of
// ranking a word found in 200,000 documents; in a join it is one b-tree step
// (docs/performance.md). Ranked pages are tested equal to bm25()'s
// (tests/catalogue/searchpage_test.cpp). False when SQLite has no FTS5.
bool registerSearchRank(sqlite3 *handle);

} // namespace eb::catalogue
