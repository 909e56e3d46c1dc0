// The outcome matrix's order of studies (StudySort::Matrix: condition, the design's rank,
// year, then the list's own order) read a page at a time, one (condition, design) group after
// another through the index of migration 0015, gives the rows of the single ORDER BY query
// over the whole list, in its order, whatever the page size, filter or ranking.
#include "catalogue/catalogue.h"
#include "catalogue/syntheticcatalogue.h"
#include "model/vocabulary.h"
#include "rawsqlite.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using namespace eb::catalogue;
using eb::test::RawSqlite;

class MatrixOrder : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        {
            Catalogue writer;
            ASSERT_TRUE(writer.open(file(), OpenMode::Create));
            QString error;
            ASSERT_TRUE(writeSyntheticCatalogue(writer, {400, 1, 7}, {}, &error))
                << qPrintable(error);
        }
        // Studies without results (not in the matrix), and ties: equal names and years
        // within a group, unknown years (0 and unknown are apart only by the list's order).
        RawSqlite db(file());
        db.rows(QStringLiteral("DELETE FROM result WHERE study_id % 9 = 0"));
        db.rows(QStringLiteral("UPDATE study SET name = 'Same name' WHERE id % 5 = 0"));
        db.rows(QStringLiteral("UPDATE study SET year = NULL WHERE id % 7 = 0"));
        db.rows(QStringLiteral("UPDATE study SET year = 2001 WHERE id % 11 = 0"));
        // A condition that holds no study of one design: its group is skipped, not read.
        const QStringList designs = vocabulary::keys(vocabulary::List::Design);
        db.rows(
            QStringLiteral("UPDATE study SET design = ? WHERE condition = ? AND design = ?"),
            {designs.at(1), vocabulary::keys(vocabulary::List::Condition).first(), designs.at(2)});
    }

    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    static QString file() { return s_dir->filePath(QStringLiteral("matrix.sqlite")); }

    void SetUp() override
    {
        ASSERT_TRUE(m_catalogue.open(file(), OpenMode::ReadOnly))
            << qPrintable(m_catalogue.lastError());
    }

    // The ids of the single query: the whole filtered list in the matrix's order (the order
    // the catalogue's generic keyset paging writes for StudySort::Matrix).
    static QList<qint64> straightforward(const StudyFilter &filter)
    {
        QStringList where{QStringLiteral("EXISTS (SELECT 1 FROM result r WHERE r.study_id = "
                                         "s.id)")};
        QVariantList binds;
        for (const auto &[column, value] :
             {std::pair{"condition", filter.condition}, std::pair{"design", filter.design},
              std::pair{"species", filter.species}}) {
            if (!value.isEmpty()) {
                where << QStringLiteral("s.%1 = ?").arg(QLatin1String(column));
                binds << value;
            }
        }
        const QString list =
            QStringLiteral("|") + filter.sortRanks.join(QChar(u'|')) + QStringLiteral("|");
        binds << list << list;
        QList<qint64> ids;
        for (const QVariantList &row :
             RawSqlite(file(), true)
                 .rows(QStringLiteral("SELECT s.id FROM study s WHERE %1 ORDER BY s.condition, "
                                      "(instr(?, '|' || s.design || '|') = 0), "
                                      "instr(?, '|' || s.design || '|'), ifnull(s.year, 0), "
                                      "s.condition DESC, ifnull(s.year, -1), s.name, s.id")
                           .arg(where.join(QStringLiteral(" AND "))),
                       binds)) {
            ids << row.at(0).toLongLong();
        }
        return ids;
    }

    // The ids read a page of `size` at a time, each page after the last row of the one before.
    QList<qint64> paged(StudyFilter filter, int size) const
    {
        filter.limit = size;
        QList<qint64> ids;
        for (int guard = 0; guard < 100000; ++guard) {
            const QList<StudySummary> page = m_catalogue.studies(filter);
            for (const StudySummary &s : page) {
                ids << s.id;
            }
            if (page.size() < size) {
                break;
            }
            filter.afterId = page.last().id;
        }
        return ids;
    }

    static StudyFilter matrixFilter()
    {
        StudyFilter filter;
        filter.withResults = true;
        filter.sort = StudySort::Matrix;
        filter.sortRanks = vocabulary::keys(vocabulary::List::Design);
        return filter;
    }

    static inline QTemporaryDir *s_dir = nullptr;
    Catalogue m_catalogue;
};

TEST_F(MatrixOrder, PagesOfAnySizeGiveTheRowsOfTheSingleQueryInItsOrder)
{
    const StudyFilter filter = matrixFilter();
    const QList<qint64> expected = straightforward(filter);
    ASSERT_GT(expected.size(), 300);
    ASSERT_LT(expected.size(), 400); // the studies without results are left out
    StudyFilter whole = filter;
    QList<qint64> all;
    for (const StudySummary &s : m_catalogue.studies(whole)) {
        all << s.id;
    }
    EXPECT_EQ(all, expected);
    for (int size : {1, 7, 128, 1000}) {
        EXPECT_EQ(paged(filter, size), expected) << "pages of " << size;
    }
}

TEST_F(MatrixOrder, FiltersAndAPartialRankingKeepTheSameRows)
{
    // Designs left out of the ranking come last in each condition, mixed by year.
    StudyFilter partial = matrixFilter();
    const QStringList designs = vocabulary::keys(vocabulary::List::Design);
    ASSERT_GE(designs.size(), 4);
    partial.sortRanks = {designs.at(3), designs.at(0), designs.at(3)};
    const QList<qint64> expected = straightforward(partial);
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_EQ(paged(partial, 5), expected);

    for (const QString &condition : vocabulary::keys(vocabulary::List::Condition)) {
        StudyFilter byCondition = matrixFilter();
        byCondition.condition = condition;
        EXPECT_EQ(paged(byCondition, 6), straightforward(byCondition)) << qPrintable(condition);
    }
    StudyFilter byDesign = matrixFilter();
    byDesign.design = designs.at(1);
    ASSERT_FALSE(straightforward(byDesign).isEmpty());
    EXPECT_EQ(paged(byDesign, 4), straightforward(byDesign));
    StudyFilter bySpecies = matrixFilter();
    bySpecies.species = vocabulary::keys(vocabulary::List::Species).first();
    EXPECT_EQ(paged(bySpecies, 9), straightforward(bySpecies));
}

TEST_F(MatrixOrder, AGroupIsReadThroughTheIndexWithoutSortingTheList)
{
    RawSqlite db(file(), true);
    ASSERT_EQ(db.rows(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                     "AND name = 'study_order_matrix'"))
                  .at(0)
                  .at(0)
                  .toInt(),
              1);
    QStringList plan;
    for (const QVariantList &row : db.rows(QStringLiteral(
             "EXPLAIN QUERY PLAN SELECT s.id FROM study s WHERE s.condition = ? AND s.design = ? "
             "AND ifnull(s.year, 0) >= ? AND (ifnull(s.year, 0), ifnull(s.year, -1), s.name, "
             "s.id) > (?, ?, ?, ?) ORDER BY ifnull(s.year, 0), ifnull(s.year, -1), s.name, s.id "
             "LIMIT 128"))) {
        plan << row.last().toString();
    }
    const QString text = plan.join(QChar(u'\n'));
    EXPECT_TRUE(text.contains(QStringLiteral("USING INDEX study_order_matrix")))
        << qPrintable(text);
    EXPECT_FALSE(text.contains(QStringLiteral("TEMP B-TREE"))) << qPrintable(text);
}

TEST_F(MatrixOrder, TheDesignsAConditionHoldsAreFoundBySeeksNotAScan)
{
    // Which groups a condition has is walked design by design (min(design) after the last),
    // each a seek in the index: a condition's end no longer reads the whole condition to find
    // that it holds no unlisted design.
    RawSqlite db(file(), true);
    QStringList plan;
    for (const QVariantList &row : db.rows(QStringLiteral(
             "EXPLAIN QUERY PLAN SELECT min(design) AS v FROM study WHERE condition = ? AND "
             "design > ?"))) {
        plan << row.last().toString();
    }
    const QString text = plan.join(QChar(u'\n'));
    EXPECT_TRUE(text.contains(QStringLiteral("SEARCH study USING COVERING INDEX")))
        << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("condition=? AND design>?"))) << qPrintable(text);

    // The condition without studies of one design, and the partial rankings: the same rows.
    const QStringList designs = vocabulary::keys(vocabulary::List::Design);
    for (const QStringList &ranks : {designs, QStringList{designs.at(2)},
                                     QStringList{designs.at(2), designs.at(1)}, QStringList{}}) {
        StudyFilter filter = matrixFilter();
        filter.sortRanks = ranks;
        const QList<qint64> expected = straightforward(filter);
        for (int size : {1, 3, 64}) {
            EXPECT_EQ(paged(filter, size), expected)
                << "ranks " << qPrintable(ranks.join(QChar(u','))) << ", pages of " << size;
        }
    }
}

} // namespace
