// libFuzzer target: the translation of typed search text into an FTS5 query
// (catalogue/searchquery.h). Whatever is typed, the query is empty or runs in SQLite's FTS5
// (the catalogue's own tokenizer) without a syntax error: no character reaches the query
// syntax. The query holds at most 16 phrases, each a quoted string.
#include "catalogue/searchquery.h"

#include <cstddef>
#include <cstdint>
#include <sqlite3.h>

namespace {

// One in-memory FTS5 table like db/schema/0002-search-index.sql, opened once.
sqlite3_stmt *matchStatement()
{
    static sqlite3_stmt *statement = [] {
        sqlite3 *db = nullptr;
        sqlite3_open(":memory:", &db);
        sqlite3_exec(db,
                     "CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, title, body, "
                     "tokenize = 'unicode61 remove_diacritics 2');"
                     "INSERT INTO search_index VALUES ('study', 'CAPTAIN II', 'Cerebrolysin in "
                     "stroke: COVID-19, Alzheimer''s, 0.59');",
                     nullptr, nullptr, nullptr);
        sqlite3_stmt *prepared = nullptr;
        sqlite3_prepare_v2(db, "SELECT rowid FROM search_index WHERE search_index MATCH ?", -1,
                           &prepared, nullptr);
        return prepared;
    }();
    return statement;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString query = eb::catalogue::ftsQueryFromUserText(text);
    if (query.isEmpty()) {
        return 0;
    }
    // Phrases: "..." with inner quotes doubled, separated by one space; the last may end in *.
    int phrases = 0;
    qsizetype i = 0;
    while (i < query.size()) {
        if (query.at(i) != QLatin1Char('"')) {
            __builtin_trap();
        }
        ++i;
        for (;;) {
            if (i >= query.size()) {
                __builtin_trap(); // an unclosed phrase
            }
            if (query.at(i) == QLatin1Char('"')) {
                if (i + 1 < query.size() && query.at(i + 1) == QLatin1Char('"')) {
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            if (query.at(i).category() == QChar::Other_Control) {
                __builtin_trap(); // control characters became spaces
            }
            ++i;
        }
        ++phrases;
        if (i < query.size() && query.at(i) == QLatin1Char('*')) {
            ++i;
            if (i != query.size()) {
                __builtin_trap(); // only the last phrase is a prefix
            }
        }
        if (i < query.size()) {
            if (query.at(i) != QLatin1Char(' ')) {
                __builtin_trap();
            }
            ++i;
        }
    }
    if (phrases > 16) {
        __builtin_trap();
    }
    sqlite3_stmt *statement = matchStatement();
    const QByteArray utf8 = query.toUtf8();
    sqlite3_reset(statement);
    sqlite3_bind_text(statement, 1, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW) {
        rc = sqlite3_step(statement);
    }
    if (rc != SQLITE_DONE) {
        __builtin_trap(); // FTS5 refused the query: a syntax error reached it
    }
    return 0;
}
