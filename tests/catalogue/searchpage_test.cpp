// Catalogue::search() ranks every hit but builds the columns and snippet of only the page it
// returns (issue 20: a word in every document of a 100,000-study catalogue has 200,000 hits).
// Its pages must be exactly those of the straightforward query, which builds them for every
// hit before sorting: the same hits, order, titles and snippets, for any text, limit and
// offset, ties in rank included.
#include "catalogue/catalogue.h"
#include "catalogue/database.h"
#include "catalogue/searchquery.h"
#include "catalogue/syntheticcatalogue.h"
#include "rawsqlite.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace eb::catalogue;

namespace {

class SearchPage : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        ASSERT_TRUE(s_dir->isValid());
        s_path = s_dir->filePath(QStringLiteral("search.sqlite"));
        QString error;
        ASSERT_TRUE(writeSyntheticFile(s_path, {300, 3, 11}, QStringLiteral("Search"), {}, &error))
            << error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    // The hits as the straightforward query gives them: every column of every hit, sorted.
    static QStringList expected(const QString &text, int limit, int offset)
    {
        const QString match = ftsQueryFromUserText(text);
        if (match.isEmpty() || limit <= 0) {
            return {};
        }
        eb::test::RawSqlite raw(s_path, true);
        QStringList hits;
        for (const QVariantList &r :
             raw.rows(QStringLiteral(
                          "SELECT rowid, slug, title, snippet(search_index, -1, '[', ']', '…', "
                          "12) FROM search_index WHERE search_index MATCH ? "
                          "ORDER BY bm25(search_index, 0.0, 10.0, 1.0), rowid LIMIT ? OFFSET ?"),
                      {match, limit, qMax(0, offset)})) {
            const qint64 key = r.at(0).toLongLong();
            hits << QStringLiteral("%1 %2 %3 | %4 | %5")
                        .arg(static_cast<int>(Database::searchKindOfKey(key)))
                        .arg(Database::searchIdOfKey(key))
                        .arg(r.at(1).toString(), r.at(2).toString(),
                             r.at(3).toString().simplified());
        }
        return hits;
    }

    static QStringList actual(const Catalogue &catalogue, const QString &text, int limit,
                              int offset)
    {
        QStringList hits;
        for (const SearchHit &hit :
             catalogue.search(text, limit, offset, QStringLiteral("["), QStringLiteral("]"))) {
            hits << QStringLiteral("%1 %2 %3 | %4 | %5")
                        .arg(static_cast<int>(hit.kind))
                        .arg(hit.id)
                        .arg(hit.slug, hit.title, hit.snippet);
        }
        return hits;
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline QString s_path;
};

} // namespace

TEST_F(SearchPage, EveryPageIsTheStraightforwardQuerysPage)
{
    Catalogue catalogue;
    ASSERT_TRUE(catalogue.open(s_path, OpenMode::ReadOnly)) << catalogue.lastError().toStdString();
    // A word in every document ("generated ..."), the drug, words in some, a prefix, two
    // words, unicode, a word in none, and no word at all.
    const QStringList texts{QStringLiteral("generate"),    QStringLiteral("cerebrolysin"),
                            QStringLiteral("stroke"),      QStringLiteral("angio"),
                            QStringLiteral("rats stroke"), QStringLiteral("Mü"),
                            QStringLiteral("β"),           QStringLiteral("trial"),
                            QStringLiteral("zzzz"),        QStringLiteral("\"*")};
    int manyHits = 0;
    for (const QString &text : texts) {
        for (const auto &[limit, offset] :
             {std::pair{20, 0}, std::pair{7, 13}, std::pair{50, 390}, std::pair{10000, 0},
              std::pair{3, -2}, std::pair{0, 0}}) {
            const QStringList want = expected(text, limit, offset);
            EXPECT_EQ(actual(catalogue, text, limit, offset), want)
                << text.toStdString() << " limit " << limit << " offset " << offset;
            if (limit == 10000 && want.size() > 500) {
                ++manyHits;
            }
        }
    }
    // The comparison covered a word with hits in most of the catalogue's documents.
    EXPECT_GE(manyHits, 1);
}
