// A catalogue whose writer was killed in the middle of a transaction (an upgrade, a build, a
// crash or a power cut) is left with a hot journal beside it. Opening it again, in any mode,
// lets SQLite roll the journal back: the file opens with its data as before the transaction.
// Where the file or its folder cannot be written, the message says what to do.
#include "probe.h"
#include "testcatalogue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace eb::catalogue;
using namespace eb::catalogue::test;

namespace {

// What the fixture holds, to compare before the write and after the rollback.
QStringList contents(const Catalogue &catalogue)
{
    QStringList out;
    for (const StudySummary &s : catalogue.studies()) {
        out << s.slug + QLatin1Char('=') + s.name;
    }
    const CatalogueCounts c = catalogue.counts();
    out << QStringLiteral("counts %1 %2 %3 %4 %5 %6")
               .arg(c.studies)
               .arg(c.results)
               .arg(c.outcomes)
               .arg(c.sources)
               .arg(c.claims)
               .arg(c.mechanisms);
    out << QString::number(catalogue.search(QStringLiteral("trial")).size());
    return out;
}

// Copies base to path and leaves it as a writer killed after `pages` pages of its
// transaction would.
void interruptWriteOn(const QString &base, const QString &path, int pages)
{
    QFile::remove(path);
    ASSERT_TRUE(QFile::copy(base, path));
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    auto writer = startProbe({QStringLiteral("write"), path, QString::number(pages)}, "ready");
    ASSERT_TRUE(writer);
    ASSERT_TRUE(killProbe(*writer));
    ASSERT_GT(QFileInfo(path + QStringLiteral("-journal")).size(), 0)
        << "no journal was left behind: this would test nothing";
}

} // namespace

TEST(InterruptedWrite, AKilledWriterLeavesACatalogueThatOpensWithItsDataIntact)
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("base.sqlite"));
    QStringList before;
    {
        Catalogue catalogue;
        ASSERT_TRUE(openFixture(catalogue, base));
        before = contents(catalogue);
    }
    ASSERT_GE(before.size(), 3);
    int halfWritten = 0;
    for (int round = 0; round < 20; ++round) {
        for (const OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
            SCOPED_TRACE(QStringLiteral("round %1, mode %2")
                             .arg(round)
                             .arg(static_cast<int>(mode))
                             .toStdString());
            const QString path = dir.filePath(QStringLiteral("interrupted.sqlite"));
            interruptWriteOn(base, path, 1 + 3 * round);
            if (readBytes(path) != readBytes(base)) {
                ++halfWritten;
            }
            Catalogue catalogue;
            ASSERT_TRUE(catalogue.open(path, mode)) << catalogue.lastError().toStdString();
            EXPECT_EQ(contents(catalogue), before);
            catalogue.close();
            EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
            Catalogue again;
            EXPECT_TRUE(again.open(path, OpenMode::ReadOnly)) << again.lastError().toStdString();
        }
    }
    // The writer's changed pages reached the file before it was killed in most rounds, so the
    // rollback had real work to do.
    EXPECT_GT(halfWritten, 20);
}

TEST(InterruptedWrite, WhereTheFolderCannotBeWrittenTheMessageSaysWhatToDo)
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("base.sqlite"));
    {
        Catalogue catalogue;
        ASSERT_TRUE(openFixture(catalogue, base));
    }
    const QString path = dir.filePath(QStringLiteral("interrupted.sqlite"));
    interruptWriteOn(base, path, 10);
    const QString journal = path + QStringLiteral("-journal");
    const QByteArray file = readBytes(path);
    const QByteArray journalBytes = readBytes(journal);
    const auto readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    ASSERT_TRUE(QFile::setPermissions(path, readOnly));
    ASSERT_TRUE(QFile::setPermissions(journal, readOnly));
    ASSERT_TRUE(QFile::setPermissions(dir.path(), readOnly | QFile::ExeOwner | QFile::ExeGroup |
                                                      QFile::ExeOther));
    for (const QString &mode : {QStringLiteral("ro"), QStringLiteral("rw")}) {
        const ProbeOpen open = openInProbe(path, mode);
        EXPECT_FALSE(open.opened) << mode.toStdString();
        EXPECT_TRUE(open.message.contains(QStringLiteral("interrupted")))
            << open.message.toStdString();
        EXPECT_TRUE(open.message.contains(QStringLiteral("copy"))) << open.message.toStdString();
        EXPECT_FALSE(open.message.contains(QStringLiteral("damaged")))
            << open.message.toStdString();
        EXPECT_FALSE(open.message.contains(QStringLiteral("--")));
    }
    EXPECT_EQ(readBytes(path), file);
    EXPECT_EQ(readBytes(journal), journalBytes);
    // The advice works: the two files copied together into a writable folder open intact.
    QTemporaryDir writable;
    const QString copy = writable.filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(QFile::copy(path, copy));
    ASSERT_TRUE(QFile::copy(journal, copy + QStringLiteral("-journal")));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QFile::setPermissions(copy + QStringLiteral("-journal"), QFile::ReadOwner | QFile::WriteOwner);
    Catalogue catalogue;
    EXPECT_TRUE(catalogue.open(copy, OpenMode::ReadOnly)) << catalogue.lastError().toStdString();
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}
