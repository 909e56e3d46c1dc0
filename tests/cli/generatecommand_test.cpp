// `evidence generate` in-process: the synthetic catalogue it writes passes check-db, holds
// the sizes asked for, is the same for the same seed and different for another, and the
// command refuses bad sizes and a target that is not a regular file (exit 2, nothing written).
#include "catalogue/catalogue.h"
#include "catalogue/syntheticcatalogue.h"
#include "commandrun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

namespace {

using namespace eb::catalogue;

using eb::test::CommandRun;
using eb::test::evidence;

CommandRun generate(const QString &file, int studies, int results, int seed)
{
    return evidence({QStringLiteral("generate"), QStringLiteral("--studies"),
                     QString::number(studies), QStringLiteral("--results-per-study"),
                     QString::number(results), QStringLiteral("--seed"), QString::number(seed),
                     QStringLiteral("--out"), file});
}

// Every record of every kind as its fields, in id order: what "the same catalogue" means
// (the write time stamps aside).
QList<Fields> allFields(const QString &file)
{
    Catalogue catalogue;
    EXPECT_TRUE(catalogue.open(file, OpenMode::ReadOnly)) << catalogue.lastError().toStdString();
    QList<Fields> out;
    for (RecordKind kind : allRecordKinds()) {
        for (const RecordRow &row : catalogue.records(kind)) {
            out << row.fields;
        }
    }
    return out;
}

TEST(GenerateCommand, WritesACatalogueThatPassesCheckDb)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("synthetic.sqlite"));
    const CommandRun run = generate(file, 120, 4, 7);
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("120 of 120 studies"))) << run.err.toStdString();

    Catalogue catalogue;
    ASSERT_TRUE(catalogue.open(file, OpenMode::ReadOnly));
    const CatalogueCounts counts = catalogue.counts();
    EXPECT_EQ(counts.studies, 120);
    EXPECT_EQ(counts.results, 480);
    EXPECT_EQ(counts.sources, 120);
    EXPECT_GT(counts.outcomes, 100);
    // Non-ASCII text went in and comes out whole, and the search index holds the studies.
    bool unicode = false;
    for (const StudySummary &study : catalogue.studies()) {
        unicode = unicode || std::any_of(study.name.cbegin(), study.name.cend(),
                                         [](QChar c) { return c.unicode() > 127; });
    }
    EXPECT_TRUE(unicode);
    EXPECT_FALSE(
        catalogue.searchIds(SearchHit::Kind::Study, QStringLiteral("cerebrolysin")).isEmpty());
    catalogue.close();

    const CommandRun check = evidence({QStringLiteral("check-db"), file});
    EXPECT_EQ(check.status, 0) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("clean"))) << check.out.toStdString();
    EXPECT_FALSE(check.out.contains(QStringLiteral("warning"))) << check.out.toStdString();
}

TEST(GenerateCommand, TheSameSeedGivesTheSameRecords)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    const QString b = dir.filePath(QStringLiteral("b.sqlite"));
    const QString c = dir.filePath(QStringLiteral("c.sqlite"));
    ASSERT_EQ(generate(a, 30, 3, 11).status, 0);
    ASSERT_EQ(generate(b, 30, 3, 11).status, 0);
    ASSERT_EQ(generate(c, 30, 3, 12).status, 0);
    const QList<Fields> first = allFields(a);
    EXPECT_EQ(first.size(), 30 + 30 + 30 * 3 + syntheticOutcomes({}).size());
    EXPECT_EQ(first, allFields(b));
    EXPECT_NE(first, allFields(c));
}

TEST(GenerateCommand, ReplacesARegularFileWhole)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("catalogue.sqlite"));
    ASSERT_EQ(generate(file, 20, 2, 1).status, 0);
    ASSERT_EQ(generate(file, 10, 1, 2).status, 0);
    Catalogue catalogue;
    ASSERT_TRUE(catalogue.open(file, OpenMode::ReadOnly));
    EXPECT_EQ(catalogue.counts().studies, 10);
    // Nothing is left beside it.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files),
              QStringList{QStringLiteral("catalogue.sqlite")});
}

TEST(GenerateCommand, RefusesBadSizesAndTargetsThatAreNotRegularFiles)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("x.sqlite"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("--studies"), QStringLiteral("0")},
          QStringList{QStringLiteral("--studies"), QStringLiteral("ten")},
          QStringList{QStringLiteral("--results-per-study"), QStringLiteral("-1")},
          QStringList{QStringLiteral("--seed"), QStringLiteral("1e3")}}) {
        const CommandRun run = evidence(QStringList{QStringLiteral("generate")} + arguments +
                                        QStringList{QStringLiteral("--out"), file});
        EXPECT_EQ(run.status, 2) << arguments.join(QChar(u' ')).toStdString();
        EXPECT_TRUE(run.err.contains(arguments.first())) << run.err.toStdString();
    }
    EXPECT_EQ(evidence({QStringLiteral("generate")}).status, 2); // no --out
    // A folder and a device are refused before anything is written.
    EXPECT_EQ(generate(dir.path(), 5, 1, 1).status, 2);
    const CommandRun device = generate(QStringLiteral("/dev/null"), 5, 1, 1);
    EXPECT_EQ(device.status, 2);
    EXPECT_TRUE(device.err.contains(QStringLiteral("not a regular file")))
        << device.err.toStdString();
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

} // namespace
