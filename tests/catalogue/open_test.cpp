// Files the catalogue refuses: each gets a clear message and is left byte for byte as it was,
// whatever the open mode.
#include "sqlitepages.h"
#include "testcatalogue.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace eb::catalogue;
using namespace eb::catalogue::test;

namespace {

const OpenMode kAllModes[] = {OpenMode::ReadOnly, OpenMode::ReadWrite, OpenMode::Create};

// Opens path in every mode, expecting a refusal whose message contains `expected`, and the
// file (and no journal next to it) unchanged.
void expectRefusedAndUnchanged(const QString &path, const QString &expected)
{
    const QByteArray before = readBytes(path);
    for (const OpenMode mode : kAllModes) {
        Catalogue catalogue;
        EXPECT_FALSE(catalogue.open(path, mode)) << "mode " << static_cast<int>(mode);
        EXPECT_FALSE(catalogue.isOpen());
        EXPECT_TRUE(catalogue.lastError().contains(expected, Qt::CaseInsensitive))
            << "mode " << static_cast<int>(mode) << ": " << catalogue.lastError().toStdString();
        EXPECT_FALSE(catalogue.lastError().contains(QChar(u'\n')));
        EXPECT_EQ(readBytes(path), before) << "mode " << static_cast<int>(mode);
        EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    }
}

} // namespace

TEST(Open, NewerSchemaVersionIsRefusedWithoutWriting)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Catalogue catalogue;
        ASSERT_TRUE(openFixture(catalogue, path));
    }
    const int newer = Catalogue::latestSchemaVersion() + 7;
    execOnFile(path, QByteArrayLiteral("PRAGMA user_version = ") + QByteArray::number(newer));
    expectRefusedAndUnchanged(path, QStringLiteral("newer version"));

    Catalogue catalogue;
    EXPECT_FALSE(catalogue.open(path));
    EXPECT_TRUE(catalogue.lastError().contains(QString::number(newer)));
}

TEST(Open, TextFileIsNotACatalogue)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    writeBytes(
        path,
        QByteArrayLiteral("These are my notes about Cerebrolysin, not a database.\n").repeated(20));
    expectRefusedAndUnchanged(path, QStringLiteral("not an SQLite database"));
}

TEST(Open, ShortFileIsNotACatalogue)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("short.sqlite"));
    writeBytes(path, QByteArrayLiteral("SQLite"));
    expectRefusedAndUnchanged(path, QStringLiteral("not an SQLite database"));
}

TEST(Open, EmptyFileIsRefusedUnlessCreating)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    writeBytes(path, {});
    for (const OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
        Catalogue catalogue;
        EXPECT_FALSE(catalogue.open(path, mode));
        EXPECT_TRUE(catalogue.lastError().contains(QStringLiteral("empty")));
        EXPECT_EQ(QFileInfo(path).size(), 0);
    }
}

TEST(Open, MissingFileIsRefusedUnlessCreating)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    for (const OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
        Catalogue catalogue;
        EXPECT_FALSE(catalogue.open(path, mode));
        EXPECT_TRUE(catalogue.lastError().contains(QStringLiteral("does not exist")));
        EXPECT_FALSE(QFileInfo::exists(path));
    }
}

TEST(Open, FolderIsRefused)
{
    QTemporaryDir dir;
    Catalogue catalogue;
    EXPECT_FALSE(catalogue.open(dir.path(), OpenMode::Create));
    EXPECT_TRUE(catalogue.lastError().contains(QStringLiteral("not a file")));
}

TEST(Open, OtherSqliteDatabaseIsNotACatalogue)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    execOnFile(path, "CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('a');");
    expectRefusedAndUnchanged(path, QStringLiteral("not an Evidence Browser catalogue"));
}

TEST(Open, TruncatedCatalogueIsRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("truncated.sqlite"));
    const QByteArray whole = readBytes(bundledFile());
    ASSERT_GT(whole.size(), 8 * 4096);
    const int pageSize = (static_cast<uchar>(whole.at(16)) << 8) | static_cast<uchar>(whole.at(17));
    writeBytes(path, whole.left(whole.size() / pageSize / 2 * pageSize));
    expectRefusedAndUnchanged(path, QStringLiteral("truncated"));

    // Cut at an odd length too: not a whole number of pages.
    writeBytes(path, whole.left(whole.size() / 2 + 123));
    expectRefusedAndUnchanged(path, QStringLiteral("damaged"));
}

TEST(Open, CorruptPagesAreRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
    QByteArray bytes = readBytes(bundledFile());
    ASSERT_GT(bytes.size(), 8 * 4096);
    // Overwrite pages 2 to 6 (b-tree pages of the schema's first tables) with garbage.
    const int pageSize = (static_cast<uchar>(bytes.at(16)) << 8) | static_cast<uchar>(bytes.at(17));
    for (qsizetype i = pageSize; i < qsizetype{6} * pageSize; ++i) {
        bytes[i] = static_cast<char>((i * 7919) & 0xff);
    }
    writeBytes(path, bytes);
    expectRefusedAndUnchanged(path, QStringLiteral("damaged"));
}

TEST(Open, ReadOnlyOpenOfAGoodCatalogueWritesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(QFile::copy(bundledFile(), path));
    const QByteArray before = readBytes(path);
    for (const OpenMode mode : kAllModes) {
        Catalogue catalogue;
        ASSERT_TRUE(catalogue.open(path, mode)) << catalogue.lastError().toStdString();
        EXPECT_GT(catalogue.studies().size(), 0);
        EXPECT_FALSE(catalogue.search(QStringLiteral("stroke")).isEmpty());
    }
    EXPECT_EQ(readBytes(path), before);
}

TEST(Open, QueriesOnAClosedCatalogueFailCleanly)
{
    Catalogue catalogue;
    EXPECT_TRUE(catalogue.studies().isEmpty());
    EXPECT_FALSE(catalogue.lastError().isEmpty());
    EXPECT_FALSE(catalogue.study(QStringLiteral("captain-ii")).has_value());
    EXPECT_TRUE(catalogue.search(QStringLiteral("captain")).isEmpty());
}

TEST(Open, TwoCataloguesAtOnce)
{
    Catalogue first;
    Catalogue second;
    ASSERT_TRUE(openFixture(first));
    ASSERT_TRUE(second.open(bundledFile(), OpenMode::ReadOnly)) << second.lastError().toStdString();
    EXPECT_EQ(first.counts().studies, 3);
    EXPECT_GT(second.counts().studies, 3);
}

TEST(Open, RandomlyDamagedCopiesNeverCrashOrChange)
{
    // Copies of the bundled catalogue damaged in each kind of page SQLite reads, each page
    // found by reading the file's headers rather than at fixed offsets (which a rebuilt file
    // moves): the schema (page 1), a table's interior and leaf pages, an index's pages, the
    // full-text index's shadow tables, the freelist, and the database header's fields. A
    // fixed-seed generator picks the page and overwrites a few bytes in it, half of them in
    // the page's header and cell pointers. Each copy is either refused with a message, or
    // opens and answers every query without crashing; it is never written to.
    QTemporaryDir dir;
    const QByteArray original = readBytes(bundledFile());
    QString error;
    const SqlitePages pages = sqlitePages(bundledFile(), original, &error);
    ASSERT_GT(pages.pageSize, 0) << error.toStdString();
    const qsizetype pageSize = pages.pageSize;
    const auto whole = [&](int page) {
        return ByteRange{(page - 1) * pageSize + (page == 1 ? 100 : 0),
                         page == 1 ? pageSize - 100 : pageSize};
    };
    const auto header = [&](int page) {
        const ByteRange h = btreePageHeader(original, pages.pageSize, page);
        return ByteRange{(page - 1) * pageSize + h.first, h.size};
    };
    // Where damage goes: `focus` (how a page is read) for half the bytes, `anywhere` for the rest.
    struct Target
    {
        const char *kind;
        QList<ByteRange> focus;
        QList<ByteRange> anywhere;
    };
    const auto btree = [&](const char *kind, const QList<int> &list) {
        Target t{kind, {}, {}};
        for (int page : list) {
            t.focus << header(page);
            t.anywhere << whole(page);
        }
        return t;
    };
    QList<Target> targets{
        btree("schema", pages.schema), btree("table interior", pages.tableInterior),
        btree("table leaf", pages.tableLeaf), btree("index", pages.indexInterior + pages.indexLeaf),
        btree("fts shadow table", pages.fts)};
    // The freelist: the header's pointer to it and its count, and its trunk pages' lists (a
    // file without free pages still has the header fields).
    Target freelist{"freelist", {{32, 8}}, {{32, 8}}};
    for (int page : pages.freelistTrunk) {
        freelist.focus << ByteRange{(page - 1) * pageSize, 8};
        freelist.anywhere << whole(page);
    }
    targets << freelist;
    // The header's fields after the magic string, but for user_version (60): a lower version
    // is an older catalogue, which opening for writing upgrades, on purpose (that field is
    // Open.NewerSchemaVersionIsRefusedWithoutWriting's and the migration tests').
    targets << Target{"header", {{16, 44}, {64, 36}}, {{16, 44}, {64, 36}}};
    for (const Target &t : targets) {
        ASSERT_FALSE(t.focus.isEmpty()) << "no page of kind " << t.kind << " found";
    }

    quint64 state = 0x9e3779b97f4a7c15ULL;
    const auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    const auto pick = [&next](const QList<ByteRange> &ranges) {
        const ByteRange &r =
            ranges.at(static_cast<qsizetype>(next() % static_cast<quint64>(ranges.size())));
        return r.first + static_cast<qsizetype>(next() % static_cast<quint64>(r.size));
    };
    constexpr int kCopiesPerKind = 8;
    int refused = 0;
    QMap<QString, int> refusedOfKind; // for the message: how each kind of damage was taken
    for (int copy = 0; copy < kCopiesPerKind * static_cast<int>(targets.size()); ++copy) {
        const Target &target = targets.at(copy % targets.size());
        QByteArray bytes = original;
        const int changes = 1 + static_cast<int>(next() % 4);
        for (int i = 0; i < changes; ++i) {
            const qsizetype at = pick(next() % 2 == 0 ? target.focus : target.anywhere);
            bytes[at] = static_cast<char>(bytes.at(at) ^ static_cast<char>(1 + next() % 255));
        }
        const QString path = dir.filePath(QStringLiteral("damaged-%1.sqlite").arg(copy));
        writeBytes(path, bytes);
        {
            Catalogue catalogue;
            if (!catalogue.open(path, OpenMode::ReadWrite)) {
                ++refused;
                ++refusedOfKind[QString::fromLatin1(target.kind)];
                EXPECT_FALSE(catalogue.lastError().isEmpty());
            } else {
                catalogue.studies();
                catalogue.study(QStringLiteral("captain-ii"));
                catalogue.results();
                catalogue.mechanisms();
                catalogue.claims();
                catalogue.sources();
                catalogue.search(QStringLiteral("stroke"));
                catalogue.counts();
            }
        }
        EXPECT_EQ(readBytes(path), bytes) << "copy " << copy << ", " << target.kind;
    }
    QStringList tally;
    for (auto it = refusedOfKind.cbegin(); it != refusedOfKind.cend(); ++it) {
        tally << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    }
    ::testing::Test::RecordProperty("refused_of_" + std::to_string(kCopiesPerKind) + "_per_kind",
                                    tally.join(QStringLiteral("; ")).toStdString());
    // Damage to a b-tree page's header is what quick_check reads.
    EXPECT_GT(refused, 0) << tally.join(QStringLiteral("; ")).toStdString();
}
