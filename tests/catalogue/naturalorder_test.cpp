// Names sort naturally and case-insensitively in SQL (the collation `eb_natural` the catalogue
// registers on its connection), and a page read after a cursor continues that order.
#include "catalogue/naturalcollation.h"
#include "testcatalogue.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace eb::catalogue;
using namespace eb::catalogue::test;

TEST(NaturalOrder, DigitRunsCompareAsNumbers)
{
    EXPECT_LT(naturalCompare(u"ARCO-11", u"ARCO-1088"), 0);
    EXPECT_GT(naturalCompare(u"ARCO-1088", u"ARCO-11"), 0);
    EXPECT_LT(naturalCompare(u"ARCO-2", u"ARCO-11"), 0);
    EXPECT_LT(naturalCompare(u"day 9", u"day 90"), 0);
    EXPECT_LT(naturalCompare(u"ARCO", u"ARCO-1"), 0); // a prefix first
    EXPECT_EQ(naturalCompare(u"ARCO-11", u"ARCO-11"), 0);
}

TEST(NaturalOrder, CaseDoesNotOrderButBreaksTies)
{
    EXPECT_LT(naturalCompare(u"arco-2", u"ARCO-11"), 0);
    EXPECT_GT(naturalCompare(u"ARCO-11", u"arco-2"), 0);
    EXPECT_LT(naturalCompare(u"apple", u"Banana"), 0);
    // Equal but for case: still a total order (never 0), the same both ways round.
    const int ab = naturalCompare(u"arco", u"ARCO");
    EXPECT_NE(ab, 0);
    EXPECT_EQ(ab<0, naturalCompare(u"ARCO", u"arco")> 0);
    // Beyond ASCII: folded case, numbers still numbers.
    EXPECT_LT(naturalCompare(u"Ärzte 2", u"ärzte 10"), 0);
    EXPECT_LT(naturalCompare(u"Émile", u"éz"), 0);
}

TEST(NaturalOrder, StudiesSortByNameInSqlAcrossPages)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("natural.sqlite"));
    {
        Catalogue make;
        ASSERT_TRUE(openFixture(make, path)) << make.lastError().toStdString();
    }
    QByteArray sql;
    const char *names[] = {"ARCO-1088", "ARCO-11", "arco-2", "ARCO-100", "Arco-9"};
    int id = 100;
    for (const char *name : names) {
        sql += QStringLiteral("INSERT INTO study (id, slug, name, design, condition, species, "
                              "sponsorship, summary) VALUES (%1, 'n%1', '%2', 'rct', 'stroke', "
                              "'human', 'unknown', 'A made-up study.');\n")
                   .arg(id++)
                   .arg(QLatin1String(name))
                   .toUtf8();
    }
    execOnFile(path, sql);

    Catalogue catalogue;
    ASSERT_TRUE(catalogue.open(path, OpenMode::ReadOnly)) << catalogue.lastError().toStdString();
    StudyFilter filter;
    filter.condition = QStringLiteral("stroke");
    filter.design = QStringLiteral("rct");
    filter.sort = StudySort::Name;
    QStringList whole;
    for (const StudySummary &s : catalogue.studies(filter)) {
        whole << s.name;
    }
    const QStringList expected{QStringLiteral("arco-2"),    QStringLiteral("Arco-9"),
                               QStringLiteral("ARCO-11"),   QStringLiteral("ARCO-100"),
                               QStringLiteral("ARCO-1088"), QStringLiteral("Trial A")};
    EXPECT_EQ(whole, expected) << catalogue.lastError().toStdString();

    // Two at a time, each page after the last row of the one before: the same order.
    QStringList paged;
    filter.limit = 2;
    for (int guard = 0; guard < 10; ++guard) {
        const QList<StudySummary> page = catalogue.studies(filter);
        if (page.isEmpty()) {
            break;
        }
        for (const StudySummary &s : page) {
            paged << s.name;
        }
        filter.afterId = page.last().id;
    }
    EXPECT_EQ(paged, expected);

    filter.limit = 0;
    filter.afterId = 0;
    filter.descending = true;
    QStringList down;
    for (const StudySummary &s : catalogue.studies(filter)) {
        down << s.name;
    }
    QStringList reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    EXPECT_EQ(down, reversed);
    // The row of a study in that order, as the window asks when it keeps a selection.
    EXPECT_EQ(catalogue.studyRow(filter, QStringLiteral("n101")), 3);
}

TEST(RecordPages, PagesReadEveryRecordOnceInOrder)
{
    Catalogue catalogue;
    ASSERT_TRUE(openFixture(catalogue));
    for (RecordKind kind : allRecordKinds()) {
        const QList<RecordRow> whole = catalogue.records(kind);
        QList<RecordRow> paged;
        std::optional<qint64> after;
        for (int guard = 0; guard < 100; ++guard) {
            const QList<RecordRow> page = catalogue.records(kind, after, 1);
            if (page.isEmpty()) {
                break;
            }
            ASSERT_EQ(page.size(), 1);
            paged << page;
            after = page.last().id;
        }
        ASSERT_EQ(paged.size(), whole.size()) << recordKindName(kind).toStdString();
        for (qsizetype i = 0; i < whole.size(); ++i) {
            EXPECT_EQ(paged.at(i).id, whole.at(i).id);
            EXPECT_EQ(paged.at(i).fields, whole.at(i).fields) << recordKindName(kind).toStdString();
        }
    }
}
