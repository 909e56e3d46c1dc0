// The stored name sort key (db/schema/0014) orders as the collation eb_natural does: the key's
// bytes compared as SQLite compares BLOBs against naturalCompare() on tricky names and on many
// generated ones; the write API writes it, the migration fills it, and a name changed by a
// tool that does not know the key never puts the list out of order.
#include "catalogue/naturalcollation.h"
#include "rawsqlite.h"
#include "testcatalogue.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstring>
#include <gtest/gtest.h>

using namespace eb::catalogue;
using namespace eb::catalogue::test;

namespace {

// SQLite's order of two BLOBs: memcmp over the shorter length, then the shorter first.
int blobCompare(const QByteArray &a, const QByteArray &b)
{
    const auto common = static_cast<size_t>(std::min(a.size(), b.size()));
    const int bytes = common == 0 ? 0 : std::memcmp(a.constData(), b.constData(), common);
    if (bytes != 0) {
        return bytes < 0 ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

int sign(int v)
{
    return v < 0 ? -1 : (v > 0 ? 1 : 0);
}

QStringList trickyNames()
{
    QStringList names{
        u"ARCO-11"_qs,
        u"ARCO-1088"_qs,
        u"arco-2"_qs,
        u"ARCO-100"_qs,
        u"Arco-9"_qs,
        u"ARCO"_qs,
        u"ARCO-"_qs,
        u"ARCO-011"_qs,
        u"ARCO-0"_qs,
        u"ARCO-00"_qs,
        u"arco"_qs,
        u"Arco"_qs,
        QString(),
        u" "_qs,
        u"0"_qs,
        u"00"_qs,
        u"007"_qs,
        u"7"_qs,
        u"a0b"_qs,
        u"ab"_qs,
        u"a00b"_qs,
        u"a!"_qs,
        u"a/"_qs,
        u"a:"_qs,
        u"a9"_qs,
        u"a10"_qs,
        u"Ärzte 2"_qs,
        u"ärzte 10"_qs,
        u"Émile"_qs,
        u"éz"_qs,
        u"ÆGIS-3"_qs,
        u"ægis-3"_qs,
        u"KRAKÓW 12"_qs,
        u"Kraków 3"_qs,
        u"Straße"_qs,
        u"STRASSE"_qs,
        u"ſ"_qs,
        u"s"_qs,
        u"K"_qs,
        u"\u212A"_qs,
        u"k"_qs,
        u"～1"_qs,
        u"１"_qs,
        u"β-amyloid"_qs,
        u"Β-AMYLOID"_qs,
        u"😀 1"_qs,
        u"\uFFFD"_qs,
        u"\uE000"_qs,
        u"x\u007F"_qs,
        u"x~"_qs,
        u"day 9"_qs,
        u"day 90"_qs,
        u"day 9a"_qs,
        u"trial 2 of 10"_qs,
        u"trial 2 of 9"_qs,
    };
    names << QString(300, QChar(u'9')) << QString(299, QChar(u'9')) + u"8"_qs
          << u"1"_qs + QString(260, QChar(u'0'));
    names << QString(QChar(u'\0')) << u"a"_qs + QChar(u'\0') + u"b"_qs;
    return names;
}

} // namespace

TEST(NaturalKey, OrdersTrickyNamesAsTheCollation)
{
    const QStringList names = trickyNames();
    for (const QString &a : names) {
        for (const QString &b : names) {
            EXPECT_EQ(sign(blobCompare(naturalSortKey(a), naturalSortKey(b))),
                      sign(naturalCompare(a, b)))
                << a.toStdString() << " | " << b.toStdString();
        }
    }
    // The cases the order is for.
    EXPECT_LT(blobCompare(naturalSortKey(u"ARCO-11"), naturalSortKey(u"ARCO-1088")), 0);
    EXPECT_LT(blobCompare(naturalSortKey(u"arco-2"), naturalSortKey(u"ARCO-11")), 0);
    EXPECT_LT(blobCompare(naturalSortKey(u""), naturalSortKey(u" ")), 0);
    EXPECT_NE(naturalSortKey(u"arco"), naturalSortKey(u"ARCO")); // a total order
}

TEST(NaturalKey, OrdersGeneratedNamesAsTheCollation)
{
    // Short strings over an alphabet that meets every rule: digits and zeros, the characters
    // just below '0' and above '9', case, letters beyond ASCII that fold, a surrogate pair.
    const QString alphabet = u"0019aAzZ-/:~ ÄäßΣσςſK\u212A\U0001F600"_qs;
    QRandomGenerator random(20261207);
    QStringList names;
    for (int i = 0; i < 1500; ++i) {
        QString name;
        const int length = random.bounded(0, 7);
        for (int j = 0; j < length; ++j) {
            name += alphabet.at(random.bounded(alphabet.size()));
        }
        names << name;
    }
    for (qsizetype i = 0; i + 1 < names.size(); i += 1) {
        const QString &a = names.at(i);
        for (qsizetype j = i + 1; j < names.size(); j += 37) {
            const QString &b = names.at(j);
            ASSERT_EQ(sign(blobCompare(naturalSortKey(a), naturalSortKey(b))),
                      sign(naturalCompare(a, b)))
                << a.toStdString() << " | " << b.toStdString();
        }
    }
}

namespace {

QStringList namesByName(const Catalogue &catalogue, bool descending = false)
{
    StudyFilter filter;
    filter.sort = StudySort::Name;
    filter.descending = descending;
    QStringList names;
    for (const StudySummary &s : catalogue.studies(filter)) {
        names << s.name;
    }
    return names;
}

} // namespace

TEST(NaturalKey, TheStudiesListSortsByTheStoredKeyAsByTheCollation)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("keys.sqlite"));
    QStringList expected;
    {
        Catalogue make;
        ASSERT_TRUE(openFixture(make, path)) << make.lastError().toStdString();
        expected = namesByName(make); // the fixture's own studies
        // Through the one write API: each study's key is written with its name.
        QList<RecordRow> rows;
        int n = 0;
        for (const QString &name : trickyNames()) {
            if (name.trimmed().isEmpty() || name.contains(QChar(u'\0')) || name.size() > 200) {
                continue; // a study needs a printable name of sensible length
            }
            RecordRow row;
            row.kind = RecordKind::Study;
            row.fields = {{u"slug"_qs, u"k%1"_qs.arg(n++)},
                          {u"name"_qs, name},
                          {u"design"_qs, u"rct"_qs},
                          {u"condition"_qs, u"stroke"_qs},
                          {u"species"_qs, u"human"_qs},
                          {u"sponsorship"_qs, u"unknown"_qs},
                          {u"summary"_qs, u"A made-up study."_qs}};
            rows << row;
            expected << name;
        }
        const WriteReport report = make.insertRecords(rows);
        ASSERT_TRUE(report.committed) << make.lastError().toStdString();
    }
    std::stable_sort(expected.begin(), expected.end(),
                     [](const QString &a, const QString &b) { return naturalCompare(a, b) < 0; });
    ASSERT_GT(expected.size(), 40);
    eb::test::RawSqlite raw(path);
    EXPECT_EQ(raw.rows(QStringLiteral("SELECT count(*) FROM study WHERE name_key IS NULL"))
                  .at(0)
                  .at(0)
                  .toInt(),
              0);
    {
        Catalogue catalogue;
        ASSERT_TRUE(catalogue.open(path, OpenMode::ReadOnly));
        EXPECT_EQ(namesByName(catalogue), expected);
        QStringList down = expected;
        std::reverse(down.begin(), down.end());
        EXPECT_EQ(namesByName(catalogue, true), down);
    }
    // A tool that does not know the key renames a study: the trigger clears its key, and the
    // list still sorts right (by the collation until the program writes the key again).
    raw.rows(QStringLiteral("UPDATE study SET name = 'ARCO-12' WHERE slug = 'k0'"));
    EXPECT_TRUE(raw.rows(QStringLiteral("SELECT name_key FROM study WHERE slug = 'k0'"))
                    .at(0)
                    .at(0)
                    .isNull());
    expected.replace(expected.indexOf(u"ARCO-11"_qs), u"ARCO-12"_qs);
    std::stable_sort(expected.begin(), expected.end(),
                     [](const QString &a, const QString &b) { return naturalCompare(a, b) < 0; });
    Catalogue catalogue;
    ASSERT_TRUE(catalogue.open(path, OpenMode::ReadOnly));
    EXPECT_EQ(namesByName(catalogue), expected);
}
