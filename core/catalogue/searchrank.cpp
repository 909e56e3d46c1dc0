// eb_rank(): SQLite's bm25() (ext/fts5/fts5_aux.c, SQLite 3.40) with the row size passed in.
// The arithmetic follows fts5_aux.c operation by operation, so that scores are equal to the
// bit and the order of hits, ties included, is bm25()'s.
#include "catalogue/searchrank.h"

#include <cmath>
#include <cstring>
#include <sqlite3.h>

namespace eb::catalogue {
namespace {

// What bm25() computes once per query: the inverse document frequency of each phrase and the
// average row size.
struct RankData
{
    int phrases = 0;
    double averageSize = 0;
    double *idf = nullptr;  // one per phrase
    double *freq = nullptr; // one per phrase, the current row's weighted hit counts
};

int countHit(const Fts5ExtensionApi * /*api*/, Fts5Context * /*fts*/, void *userData)
{
    ++*static_cast<sqlite3_int64 *>(userData);
    return SQLITE_OK;
}

int rankData(const Fts5ExtensionApi *api, Fts5Context *fts, RankData **data)
{
    auto *p = static_cast<RankData *>(api->xGetAuxdata(fts, 0));
    if (p != nullptr) {
        *data = p;
        return SQLITE_OK;
    }
    const int phrases = api->xPhraseCount(fts);
    const auto bytes = static_cast<sqlite3_int64>(sizeof(RankData)) +
                       static_cast<sqlite3_int64>(phrases) * 2 * sizeof(double);
    p = static_cast<RankData *>(sqlite3_malloc64(static_cast<sqlite3_uint64>(bytes)));
    if (p == nullptr) {
        return SQLITE_NOMEM;
    }
    std::memset(static_cast<void *>(p), 0, static_cast<std::size_t>(bytes));
    p->phrases = phrases;
    p->idf = reinterpret_cast<double *>(p + 1);
    p->freq = p->idf + phrases;
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK) {
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    }
    if (rc == SQLITE_OK) {
        p->averageSize = static_cast<double>(tokens) / static_cast<double>(rows);
    }
    for (int i = 0; rc == SQLITE_OK && i < phrases; ++i) {
        sqlite3_int64 hits = 0;
        rc = api->xQueryPhrase(fts, i, &hits, countHit);
        if (rc == SQLITE_OK) {
            // As bm25(): a phrase in more than half the rows gets a tiny positive weight.
            double idf = std::log((static_cast<double>(rows - hits) + 0.5) /
                                  (static_cast<double>(hits) + 0.5));
            if (idf <= 0.0) {
                idf = 1e-6;
            }
            p->idf[i] = idf;
        }
    }
    if (rc == SQLITE_OK) {
        rc = api->xSetAuxdata(fts, p, sqlite3_free);
    } else {
        sqlite3_free(p);
    }
    *data = rc == SQLITE_OK ? p : nullptr;
    return rc;
}

// The row's size in tokens: the sum of the `_docsize` blob's varints (one per column), as
// FTS5's xColumnSize(-1) sums them. False for a blob that is not a list of varints.
bool rowSize(const unsigned char *blob, int size, sqlite3_int64 *tokens)
{
    *tokens = 0;
    int at = 0;
    while (at < size) {
        sqlite3_uint64 value = 0;
        int length = 0;
        for (;;) {
            if (at >= size) {
                return false;
            }
            const unsigned char byte = blob[at++];
            ++length;
            if (length == 9) { // a ninth byte contributes all of its eight bits
                value = (value << 8) | byte;
                break;
            }
            value = (value << 7) | (byte & 0x7f);
            if ((byte & 0x80) == 0) {
                break;
            }
        }
        // FTS5 reads sizes as 32-bit ints.
        *tokens += static_cast<int>(static_cast<unsigned int>(value));
    }
    return true;
}

void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context,
                  int argumentCount, sqlite3_value **arguments)
{
    constexpr double k1 = 1.2;
    constexpr double b = 0.75;
    if (argumentCount < 1 || sqlite3_value_type(arguments[0]) != SQLITE_BLOB) {
        sqlite3_result_error(context, "eb_rank: the row's size is missing", -1);
        return;
    }
    RankData *data = nullptr;
    int rc = rankData(api, fts, &data);
    int instances = 0;
    if (rc == SQLITE_OK) {
        std::memset(data->freq, 0, sizeof(double) * static_cast<std::size_t>(data->phrases));
        rc = api->xInstCount(fts, &instances);
    }
    const int weights = argumentCount - 1;
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK) {
            const double w = weights > column ? sqlite3_value_double(arguments[1 + column]) : 1.0;
            data->freq[phrase] += w;
        }
    }
    sqlite3_int64 tokens = 0;
    if (rc == SQLITE_OK &&
        !rowSize(static_cast<const unsigned char *>(sqlite3_value_blob(arguments[0])),
                 sqlite3_value_bytes(arguments[0]), &tokens)) {
        rc = SQLITE_CORRUPT;
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    // bm25()'s D is an int converted to double.
    const auto rowTokens = static_cast<double>(static_cast<int>(tokens));
    double score = 0.0;
    for (int i = 0; i < data->phrases; ++i) {
        score +=
            data->idf[i] * ((data->freq[i] * (k1 + 1.0)) /
                            (data->freq[i] + k1 * (1 - b + b * rowTokens / data->averageSize)));
    }
    sqlite3_result_double(context, -1.0 * score);
}

} // namespace

bool registerSearchRank(sqlite3 *handle)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK) {
        return false;
    }
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api != nullptr && api->iVersion >= 2 &&
           api->xCreateFunction(api, "eb_rank", nullptr, rankFunction, nullptr) == SQLITE_OK;
}

} // namespace eb::catalogue
