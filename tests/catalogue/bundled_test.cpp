// The bundled catalogue: built from db/, embedded, copied to the user's data folder on first
// run and refreshed only under the documented rule.
#include "testcatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <csignal>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace eb::catalogue;
using namespace eb::catalogue::test;

TEST(Bundled, ApplicationIdentity)
{
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    setApplicationIdentity();
    EXPECT_EQ(QCoreApplication::organizationName(), QStringLiteral("EvidenceBrowser"));
    EXPECT_EQ(QCoreApplication::applicationName(), QStringLiteral("evidence-browser"));
    EXPECT_TRUE(userCataloguePath().endsWith(QStringLiteral("/catalogue.sqlite")));
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
}

TEST(Bundled, BuiltCatalogueHasTheStudies)
{
    Catalogue catalogue;
    ASSERT_TRUE(catalogue.open(bundledFile(), OpenMode::ReadOnly))
        << catalogue.lastError().toStdString();
    EXPECT_EQ(catalogue.counts().studies, 17);
    EXPECT_EQ(catalogue.mechanisms().size(), 6);
    EXPECT_FALSE(catalogue.info(QStringLiteral("build_id")).isEmpty());
    const auto captain = catalogue.study(QStringLiteral("captain-ii"));
    ASSERT_TRUE(captain.has_value());
    bool found = false;
    for (const ResultRecord &r : captain->results) {
        if (r.metric == eb::stats::Metric::MannWhitney && r.estimate == 0.59 && r.ciLow == 0.52 &&
            r.ciHigh == 0.66) {
            found = true;
        }
    }
    EXPECT_TRUE(found);
    // Every result is readable, and every number is finite or unknown.
    const auto results = catalogue.results();
    EXPECT_EQ(results.size(), catalogue.counts().results);
    for (const ResultRecord &r : results) {
        for (const auto &v : {r.estimate, r.ciLow, r.ciHigh, r.pValue, r.ciLevel}) {
            EXPECT_TRUE(!v || std::isfinite(*v)) << r.id;
        }
        EXPECT_FALSE(r.quote.isEmpty()) << r.id;
    }
}

// One test for the whole first-run sequence, so that no two processes share the folder.
TEST(Bundled, FirstRunCopyAndRefreshRule)
{
    // Test mode (set by the test main) puts AppDataLocation under ~/.qttest; a name of our
    // own keeps this test away from any other test's copy.
    QCoreApplication::setOrganizationName(QStringLiteral("EvidenceBrowserTest"));
    QCoreApplication::setApplicationName(QStringLiteral("bundled-test"));
    ASSERT_TRUE(QStandardPaths::isTestModeEnabled());
    const QString path = userCataloguePath();
    ASSERT_TRUE(path.contains(QStringLiteral("qttest"))) << path.toStdString();
    QDir(QFileInfo(path).absolutePath()).removeRecursively();

    ASSERT_FALSE(bundledCataloguePath().isEmpty());
    QString error;
    UserCatalogueAction action = UserCatalogueAction::Kept;
    ASSERT_EQ(ensureUserCatalogue(&error, &action), path) << error.toStdString();
    EXPECT_EQ(action, UserCatalogueAction::Copied);
    EXPECT_EQ(readBytes(path), readBytes(bundledFile()));
    EXPECT_TRUE(QFileInfo(path).isWritable());
    {
        Catalogue catalogue;
        ASSERT_TRUE(catalogue.open(path, OpenMode::ReadWrite))
            << catalogue.lastError().toStdString();
        EXPECT_EQ(catalogue.counts().studies, 17);
    }

    // Second run: same build, nothing to do.
    ASSERT_EQ(ensureUserCatalogue(&error, &action), path) << error.toStdString();
    EXPECT_EQ(action, UserCatalogueAction::Kept);

    // An older bundled catalogue (other build id), no user records: replaced.
    execOnFile(path, "UPDATE catalogue_info SET value = 'older-build' WHERE key = 'build_id';");
    ASSERT_EQ(ensureUserCatalogue(&error, &action), path) << error.toStdString();
    EXPECT_EQ(action, UserCatalogueAction::Refreshed);
    EXPECT_EQ(readBytes(path), readBytes(bundledFile()));

    // Same, but the user added a study: kept, with the user's study.
    execOnFile(path, "UPDATE catalogue_info SET value = 'older-build' WHERE key = 'build_id';"
                     "INSERT INTO study (slug, name, design, condition, species, sponsorship, "
                     "user_record) VALUES ('my-study', 'My study', 'rct', 'stroke', 'human', "
                     "'unknown', 1);");
    const QByteArray withUserRecord = readBytes(path);
    ASSERT_EQ(ensureUserCatalogue(&error, &action), path) << error.toStdString();
    EXPECT_EQ(action, UserCatalogueAction::Kept);
    EXPECT_EQ(readBytes(path), withUserRecord);

    // A kept copy of an older schema version (user records) is upgraded in place, keeping
    // the user's study.
    QFile::remove(path);
    makeVersion1File(path);
    execOnFile(path, "INSERT INTO catalogue_info VALUES ('build_id', 'older-build');"
                     "INSERT INTO study (slug, name, design, condition, species, sponsorship, "
                     "user_record) VALUES ('my-study', 'My study', 'rct', 'stroke', 'human', "
                     "'unknown', 1);");
    ASSERT_EQ(ensureUserCatalogue(&error, &action), path) << error.toStdString();
    EXPECT_EQ(action, UserCatalogueAction::Kept);
    {
        Catalogue catalogue;
        ASSERT_TRUE(catalogue.open(path, OpenMode::ReadOnly))
            << catalogue.lastError().toStdString();
        EXPECT_EQ(catalogue.schemaVersion(), Catalogue::latestSchemaVersion());
        EXPECT_TRUE(catalogue.study(QStringLiteral("my-study")).has_value());
        EXPECT_FALSE(catalogue.search(QStringLiteral("My study")).isEmpty());
    }

    // A damaged user copy is left alone (the open that follows says why).
    writeBytes(path, QByteArrayLiteral("not a catalogue"));
    ASSERT_EQ(ensureUserCatalogue(&error, &action), path) << error.toStdString();
    EXPECT_EQ(action, UserCatalogueAction::Kept);
    EXPECT_EQ(readBytes(path), QByteArrayLiteral("not a catalogue"));

    QDir(QFileInfo(path).absolutePath()).removeRecursively();
}

// A full disk on first run (RLIMIT_FSIZE in a child process, SIGXFSZ ignored, so write()
// fails with EFBIG as on a full disk): the copy fails with a message and leaves no file, not
// half a catalogue that a later run would keep; on a refresh the earlier copy stays whole.
TEST(Bundled, AFullDiskLeavesNoHalfCatalogue)
{
    QCoreApplication::setOrganizationName(QStringLiteral("EvidenceBrowserTest"));
    QCoreApplication::setApplicationName(QStringLiteral("bundled-full-disk-test"));
    const QString path = userCataloguePath();
    ASSERT_TRUE(path.contains(QStringLiteral("qttest"))) << path.toStdString();
    const QString folder = QFileInfo(path).absolutePath();
    QDir(folder).removeRecursively();
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_GT(readBytes(bundledFile()).size(), 65536);

    const auto copyWithFullDisk = [&]() {
        const pid_t child = ::fork();
        if (child == 0) {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{65536, 65536};
            ::setrlimit(RLIMIT_FSIZE, &limit);
            QString error;
            const QString copied = ensureUserCatalogue(&error);
            ::_exit(!copied.isEmpty() ? 1 : error.contains(QStringLiteral("cannot")) ? 0 : 2);
        }
        int status = 0;
        EXPECT_EQ(::waitpid(child, &status, 0), child);
        EXPECT_TRUE(WIFEXITED(status));
        return WEXITSTATUS(status);
    };
    EXPECT_EQ(copyWithFullDisk(), 0) << "1: the copy was reported done; 2: no message";
    EXPECT_TRUE(
        QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());

    // A refresh of an earlier copy (no user records, another build) that fails keeps it.
    QString error;
    ASSERT_EQ(ensureUserCatalogue(&error), path) << error.toStdString();
    execOnFile(path, "UPDATE catalogue_info SET value = 'older-build' WHERE key = 'build_id';");
    const QByteArray older = readBytes(path);
    EXPECT_EQ(copyWithFullDisk(), 0);
    EXPECT_EQ(readBytes(path), older);
    EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("catalogue.sqlite")});
    QDir(folder).removeRecursively();
}
