// The Studies list's search as you type (issue 20) gives the rows a straightforward query
// gives, in the same order: the hits of the same FTS5 query over an index without prefix
// indexes (db/schema/0014 added them), sorted here by naturalCompare and the list's own
// tie-breaks, against Catalogue::studies() (the stored name key, the prefix indexes, keyset
// pages) and studyCount(), for prefixes, whole words, several words, unicode and nothing.
#include "catalogue/catalogue.h"
#include "catalogue/naturalcollation.h"
#include "catalogue/searchquery.h"
#include "catalogue/syntheticcatalogue.h"
#include "rawsqlite.h"

#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>
#include <tuple>

using namespace eb::catalogue;

namespace {

struct Row
{
    qint64 id = 0;
    QString name;
    QString condition;
    qint64 year = -1;
};

// The list's order by name: natural name, then condition (descending), year (unknown first),
// the name's bytes and the id (studyrepository.cpp).
bool before(const Row &a, const Row &b, bool descending)
{
    if (const int n = naturalCompare(a.name, b.name); n != 0) {
        return descending ? n > 0 : n < 0;
    }
    return std::make_tuple(b.condition, a.year, a.name.toUtf8(), a.id) <
           std::make_tuple(a.condition, b.year, b.name.toUtf8(), b.id);
}

class SearchOrder : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        ASSERT_TRUE(s_dir->isValid());
        s_path = s_dir->filePath(QStringLiteral("search.sqlite"));
        QString error;
        ASSERT_TRUE(writeSyntheticFile(s_path, {400, 2, 7}, QStringLiteral("Search"), {}, &error))
            << error.toStdString();
        // The straightforward index: the same documents, no prefix indexes.
        eb::test::RawSqlite raw(s_path);
        raw.rows(QStringLiteral("CREATE VIRTUAL TABLE plain_index USING fts5(slug UNINDEXED, "
                                "title, body, tokenize = 'unicode61 remove_diacritics 2')"));
        raw.rows(QStringLiteral("INSERT INTO plain_index(rowid, slug, title, body) SELECT rowid, "
                                "slug, title, body FROM search_index"));
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    static QList<qint64> expected(const QString &text, bool descending)
    {
        const QString match = ftsQueryFromUserText(text);
        if (match.isEmpty()) {
            return {};
        }
        eb::test::RawSqlite raw(s_path, true);
        QList<Row> rows;
        for (const QVariantList &r : raw.rows(
                 QStringLiteral("SELECT id, name, condition, ifnull(year, -1) FROM study WHERE id "
                                "IN (SELECT rowid / 8 FROM plain_index WHERE plain_index MATCH ? "
                                "AND rowid % 8 = 1)"),
                 {match})) {
            rows << Row{r.at(0).toLongLong(), r.at(1).toString(), r.at(2).toString(),
                        r.at(3).toLongLong()};
        }
        std::sort(rows.begin(), rows.end(),
                  [descending](const Row &a, const Row &b) { return before(a, b, descending); });
        QList<qint64> ids;
        for (const Row &r : rows) {
            ids << r.id;
        }
        return ids;
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline QString s_path;
};

QList<qint64> idsOf(const QList<StudySummary> &studies)
{
    QList<qint64> ids;
    for (const StudySummary &s : studies) {
        ids << s.id;
    }
    return ids;
}

} // namespace

TEST_F(SearchOrder, EveryKeystrokeListsTheStraightforwardHitsInTheSameOrder)
{
    Catalogue catalogue;
    ASSERT_TRUE(catalogue.open(s_path, OpenMode::ReadOnly)) << catalogue.lastError().toStdString();
    QStringList texts;
    // A sentence typed letter by letter, as the benchmark types it.
    const QString sentence = QStringLiteral("angiogenesis after ischaemic stroke in rats");
    for (qsizetype n = 1; n <= sentence.size(); ++n) {
        texts << sentence.left(n);
    }
    // Unicode (with and without its diacritics), digits, case, words in no document, and
    // text with no word at all.
    texts << QStringLiteral("Mü") << QStringLiteral("mu") << QStringLiteral("Łód")
          << QStringLiteral("lodz") << QStringLiteral("São P") << QStringLiteral("β")
          << QStringLiteral("ÆGIS") << QStringLiteral("aegis") << QStringLiteral("Kraków 1")
          << QStringLiteral("ARCO") << QStringLiteral("arco-1") << QStringLiteral("1")
          << QStringLiteral("18") << QStringLiteral("NIHSS total") << QStringLiteral("χ²")
          << QStringLiteral("zzzz") << QStringLiteral("\"*") << QStringLiteral("Nowak-Łęcka");
    int nonEmpty = 0;
    int paged = 0;
    for (const QString &text : texts) {
        for (const bool descending : {false, true}) {
            const QList<qint64> want = expected(text, descending);
            StudyFilter filter;
            filter.text = text;
            filter.sort = StudySort::Name;
            filter.descending = descending;
            EXPECT_EQ(catalogue.studyCount(filter), want.size()) << text.toStdString();
            EXPECT_EQ(idsOf(catalogue.studies(filter)), want) << text.toStdString();
            // Keyset pages of 64, as the table fetches them.
            filter.limit = 64;
            QList<qint64> pages;
            for (int guard = 0; guard < 100; ++guard) {
                const QList<StudySummary> page = catalogue.studies(filter);
                pages << idsOf(page);
                if (page.size() < filter.limit) {
                    break;
                }
                filter.afterId = page.last().id;
                ++paged;
            }
            EXPECT_EQ(pages, want) << text.toStdString();
            nonEmpty += want.isEmpty() ? 0 : 1;
        }
    }
    EXPECT_EQ(catalogue.lastError(), QString());
    // The texts meet the cases: most find something, some need more than one page.
    EXPECT_GT(nonEmpty, 40);
    EXPECT_GT(paged, 10);
}
