#include "catalogue/sqlscript.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace eb::catalogue {
namespace {

bool isBlank(const char *begin, const char *end)
{
    // Whitespace and comments only: sqlite3_prepare_v2 returns no statement for them.
    for (const char *p = begin; p < end; ++p) {
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') {
            return false;
        }
    }
    return true;
}

// The first character of the statement, past whitespace and comments, so that the reported
// line is the one the statement starts on.
const char *statementStart(const char *p, const char *end)
{
    while (p < end) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
            ++p;
        } else if (p + 1 < end && p[0] == '-' && p[1] == '-') {
            while (p < end && *p != '\n') {
                ++p;
            }
        } else if (p + 1 < end && p[0] == '/' && p[1] == '*') {
            p += 2;
            while (p + 1 < end && !(p[0] == '*' && p[1] == '/')) {
                ++p;
            }
            p = p + 1 < end ? p + 2 : end;
        } else {
            break;
        }
    }
    return p;
}

int lineOf(const char *begin, const char *position)
{
    int line = 1;
    for (const char *p = begin; p < position; ++p) {
        if (*p == '\n') {
            ++line;
        }
    }
    return line;
}

QString excerpt(const char *start, const char *end)
{
    QString text = QString::fromUtf8(start, end - start).simplified();
    if (text.size() > 60) {
        text = text.left(57) + QStringLiteral("...");
    }
    return text;
}

} // namespace

bool execSql(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        if (error != nullptr) {
            *error = QString::fromUtf8(message != nullptr ? message : sqlite3_errmsg(db));
        }
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool runSqlScript(sqlite3 *db, const QByteArray &sql, const QString &name, QString *error)
{
    const char *const begin = sql.constData();
    const char *const end = begin + sql.size();
    const char *position = begin;
    while (position < end) {
        const char *start = statementStart(position, end);
        if (start >= end) {
            break;
        }
        sqlite3_stmt *statement = nullptr;
        const char *tail = nullptr;
        int rc = sqlite3_prepare_v2(db, start, static_cast<int>(end - start), &statement, &tail);
        if (rc == SQLITE_OK && statement != nullptr) {
            do {
                rc = sqlite3_step(statement);
            } while (rc == SQLITE_ROW);
            if (rc == SQLITE_DONE) {
                rc = SQLITE_OK;
            }
        }
        // The message must be read before finalize() resets it.
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
        if (rc != SQLITE_OK) {
            if (error != nullptr) {
                const char *stop = tail != nullptr && tail > start ? tail : end;
                *error = QCoreApplication::translate("eb::catalogue", "%1:%2: %3 (in '%4')")
                             .arg(name)
                             .arg(lineOf(begin, start))
                             .arg(message, excerpt(start, stop));
            }
            return false;
        }
        if (tail == nullptr || tail <= start) {
            break; // nothing consumed: only a comment was left
        }
        position = tail;
    }
    if (!isBlank(position, end) && statementStart(position, end) < end) {
        if (error != nullptr) {
            *error = QCoreApplication::translate("eb::catalogue",
                                                 "%1:%2: incomplete statement at end of file")
                         .arg(name)
                         .arg(lineOf(begin, position));
        }
        return false;
    }
    return true;
}

} // namespace eb::catalogue
