// A second process for the catalogue tests: a writer that is killed mid-transaction, a
// program that holds the catalogue locked, and an open of the catalogue by an unprivileged
// user (file permissions do not bind root, who runs the tests in CI containers).
//
//   catalogue_probe write FILE N     begins a transaction, changes every study's name, writes
//                                    N pages of filler so that changed pages spill into FILE,
//                                    prints "ready" and waits to be killed
//   catalogue_probe lock FILE        holds an exclusive lock, prints "locked" and waits
//   catalogue_probe open FILE MODE   opens with Catalogue (MODE: ro, rw) as user "nobody"
//                                    when run as root; prints lastError(), exits 0 if it opened
//   catalogue_probe edits FILE N     a burst of edits through the write API, N rounds, each
//                                    edit its own transaction: every user source's notes and
//                                    every user result's quote and arm quotes become "edit V"
//                                    (V: the row version the edit makes); in every third round
//                                    the results whose id is a multiple of 5 are deleted.
//                                    Prints "ready" after the first edit; exits 0 when done
#include "catalogue/catalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <cstring>
#include <pwd.h>
#include <sqlite3.h>
#include <unistd.h>

namespace {

bool exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::fprintf(stderr, "catalogue_probe: %s: %s\n", sql, message ? message : "");
        sqlite3_free(message);
        return false;
    }
    return true;
}

[[noreturn]] void waitToBeKilled(const char *what)
{
    std::printf("%s\n", what);
    std::fflush(stdout);
    for (;;) {
        pause();
    }
}

int write(const char *path, int pages)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path, &db) != SQLITE_OK) {
        return 3;
    }
    // A tiny page cache: changed pages are written into the file before the commit, so a
    // kill leaves a half-changed file and a hot journal, as a large upgrade would.
    if (!exec(db, "PRAGMA cache_size = 2") || !exec(db, "BEGIN IMMEDIATE") ||
        !exec(db, "UPDATE study SET name = 'half-written ' || name") ||
        !exec(db, "CREATE TABLE filler(x BLOB)")) {
        return 3;
    }
    for (int i = 0; i < pages; ++i) {
        if (!exec(db, "INSERT INTO filler VALUES (randomblob(3000))")) {
            return 3;
        }
    }
    waitToBeKilled("ready");
}

int lock(const char *path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path, &db) != SQLITE_OK || !exec(db, "BEGIN EXCLUSIVE") ||
        !exec(db, "UPDATE catalogue_info SET value = value")) {
        return 3;
    }
    waitToBeKilled("locked");
}

bool dropToNobody()
{
    if (geteuid() != 0) {
        return true;
    }
    const passwd *nobody = getpwnam("nobody");
    const uid_t uid = nobody ? nobody->pw_uid : 65534;
    const gid_t gid = nobody ? nobody->pw_gid : 65534;
    return setgid(gid) == 0 && setuid(uid) == 0;
}

int open(int argc, char **argv, const char *path, const char *mode)
{
    if (!dropToNobody()) {
        std::fprintf(stderr, "catalogue_probe: cannot become nobody\n");
        return 3;
    }
    QCoreApplication app(argc, argv);
    eb::catalogue::Catalogue catalogue;
    const bool opened = catalogue.open(
        QFile::decodeName(path), std::strcmp(mode, "ro") == 0 ? eb::catalogue::OpenMode::ReadOnly
                                                              : eb::catalogue::OpenMode::ReadWrite);
    std::printf("%s\n", catalogue.lastError().toUtf8().constData());
    return opened ? 0 : 1;
}

int edits(int argc, char **argv, const char *path, int rounds)
{
    using namespace eb::catalogue;
    QCoreApplication app(argc, argv);
    Catalogue catalogue;
    if (!catalogue.open(QFile::decodeName(path), OpenMode::ReadWrite)) {
        std::fprintf(stderr, "catalogue_probe: %s\n", catalogue.lastError().toUtf8().constData());
        return 3;
    }
    bool announced = false;
    for (int round = 0; round < rounds; ++round) {
        for (const RecordKind kind : {RecordKind::Source, RecordKind::Result}) {
            for (const RecordRow &row : catalogue.records(kind)) {
                if (!row.userRecord) {
                    continue;
                }
                WriteReport report;
                if (kind == RecordKind::Result && round % 3 == 2 && row.id % 5 == 0) {
                    report = catalogue.deleteRecord(kind, row.id, row.version);
                } else {
                    const QString mark = QStringLiteral("edit %1").arg(row.version + 1);
                    RecordRow next = row;
                    for (const char *field :
                         {"notes", "quote", "treatment_quote", "control_quote"}) {
                        if (kind == RecordKind::Source ? std::strcmp(field, "notes") == 0
                                                       : std::strcmp(field, "notes") != 0) {
                            next.fields.insert(QString::fromLatin1(field), mark);
                        }
                    }
                    report = catalogue.updateRecord(next);
                }
                if (!report.committed) {
                    std::fprintf(
                        stderr, "catalogue_probe: edit of %lld failed: %s\n",
                        static_cast<long long>(row.id),
                        report.problems.isEmpty()
                            ? ""
                            : report.problems.first().problem.message.toUtf8().constData());
                    return 4;
                }
                if (!announced) {
                    std::printf("ready\n");
                    std::fflush(stdout);
                    announced = true;
                }
            }
        }
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 4 && std::strcmp(argv[1], "write") == 0) {
        return write(argv[2], std::atoi(argv[3]));
    }
    if (argc == 3 && std::strcmp(argv[1], "lock") == 0) {
        return lock(argv[2]);
    }
    if (argc == 4 && std::strcmp(argv[1], "edits") == 0) {
        return edits(argc, argv, argv[2], std::atoi(argv[3]));
    }
    if (argc == 4 && std::strcmp(argv[1], "open") == 0) {
        return open(argc, argv, argv[2], argv[3]);
    }
    std::fprintf(stderr, "usage: catalogue_probe write FILE N | lock FILE | open FILE ro|rw | "
                         "edits FILE N\n");
    return 2;
}
