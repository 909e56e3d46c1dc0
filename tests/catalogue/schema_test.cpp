// Schema and migrations: a fresh catalogue gets the latest version, a version-1 file is
// upgraded in place with its data kept and indexed, foreign keys hold.
#include "rawsqlite.h"
#include "testcatalogue.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace eb::catalogue;
using namespace eb::catalogue::test;

namespace {

// A plain SQLite connection on a file for checks outside the Catalogue API.
class RawConnection
{
public:
    explicit RawConnection(const QString &path) : m_db(path) {}

    QVariant scalar(const QString &sql) const
    {
        const auto rows = m_db.rows(sql);
        return rows.empty() || rows.front().isEmpty() ? QVariant() : rows.front().front();
    }
    int rowCount(const QString &sql) const { return static_cast<int>(m_db.rows(sql).size()); }

private:
    eb::test::RawSqlite m_db;
};

} // namespace

TEST(Schema, MigrationsAreNumberedFromOneWithoutGaps)
{
    // The latest version is the highest NNNN of db/schema/NNNN-name.sql.
    EXPECT_GE(Catalogue::latestSchemaVersion(), 2);
}

TEST(Schema, FreshCatalogueGetsTheLatestVersion)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fresh.sqlite"));
    {
        Catalogue catalogue;
        ASSERT_TRUE(catalogue.open(path, OpenMode::Create)) << catalogue.lastError().toStdString();
        EXPECT_EQ(catalogue.schemaVersion(), Catalogue::latestSchemaVersion());
        EXPECT_EQ(catalogue.counts().studies, 0);
        EXPECT_TRUE(catalogue.lastError().isEmpty());
    }
    RawConnection raw(path);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
              Catalogue::latestSchemaVersion());
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                        "'search_index'"))
                  .toInt(),
              1);
}

TEST(Schema, CreateOnAnEmptyFileMakesACatalogue)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    writeBytes(path, {});
    Catalogue catalogue;
    ASSERT_TRUE(catalogue.open(path, OpenMode::Create)) << catalogue.lastError().toStdString();
    EXPECT_EQ(catalogue.schemaVersion(), Catalogue::latestSchemaVersion());
}

TEST(Schema, UpgradeFromVersionOneKeepsDataAndIndexesIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    makeVersion1File(path);
    {
        RawConnection raw(path);
        ASSERT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        ASSERT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM study")).toInt(), 3);
    }

    // Read-only refuses an older file (it would have to write), and leaves it as it was.
    const QByteArray before = readBytes(path);
    {
        Catalogue catalogue;
        EXPECT_FALSE(catalogue.open(path, OpenMode::ReadOnly));
        EXPECT_TRUE(catalogue.lastError().contains(QStringLiteral("version 1")))
            << catalogue.lastError().toStdString();
    }
    EXPECT_EQ(readBytes(path), before);

    Catalogue catalogue;
    ASSERT_TRUE(catalogue.open(path, OpenMode::ReadWrite)) << catalogue.lastError().toStdString();
    EXPECT_EQ(catalogue.schemaVersion(), Catalogue::latestSchemaVersion());
    const CatalogueCounts counts = catalogue.counts();
    EXPECT_EQ(counts.studies, 3);
    EXPECT_EQ(counts.results, 4);
    EXPECT_EQ(counts.mechanisms, 2);
    EXPECT_EQ(counts.claims, 2);
    EXPECT_EQ(counts.sources, 3);
    const auto trial = catalogue.study(QStringLiteral("trial-a"));
    ASSERT_TRUE(trial.has_value());
    ASSERT_EQ(trial->results.size(), 3);
    EXPECT_DOUBLE_EQ(trial->results.first().estimate.value_or(0), 0.62);
    // Schema 1's study_component link is now a synthesis_inclusion row naming no outcome,
    // with the synthesis's primary source (migration 0012); the old table is gone.
    ASSERT_EQ(trial->parents.size(), 1);
    ASSERT_EQ(trial->inclusions.size(), 1);
    const SynthesisInclusionRecord &link = trial->inclusions.first();
    EXPECT_EQ(link.synthesis.slug, QStringLiteral("pooled-ab"));
    EXPECT_FALSE(link.outcomeId.has_value());
    EXPECT_EQ(link.sourceId, 3);
    EXPECT_EQ(link.statementKind, QStringLiteral("transcribed"));
    EXPECT_FALSE(link.userRecord);
    EXPECT_FALSE(link.quote.isEmpty());
    EXPECT_EQ(RawConnection(path).rowCount(
                  QStringLiteral("SELECT name FROM sqlite_master WHERE name = 'study_component'")),
              0);

    // Rows that existed before the migration are in the new search index.
    const auto hits = catalogue.search(QStringLiteral("TNFα"));
    ASSERT_FALSE(hits.isEmpty());
    bool foundMechanism = false;
    for (const SearchHit &hit : hits) {
        foundMechanism |= hit.kind == SearchHit::Kind::Mechanism &&
                          hit.slug == QLatin1String("neuroinflammation");
    }
    EXPECT_TRUE(foundMechanism);

    // Opening again does nothing more (already at the latest version).
    catalogue.close();
    const QByteArray upgraded = readBytes(path);
    ASSERT_TRUE(catalogue.open(path, OpenMode::ReadWrite));
    catalogue.close();
    EXPECT_EQ(readBytes(path), upgraded);
}

TEST(Schema, EveryForeignKeyOfTheFixtureIsValid)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fixture.sqlite"));
    {
        Catalogue catalogue;
        ASSERT_TRUE(openFixture(catalogue, path));
    }
    RawConnection raw(path);
    EXPECT_EQ(raw.rowCount(QStringLiteral("PRAGMA foreign_key_check")), 0);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
              QStringLiteral("ok"));
}

TEST(Schema, BundledCatalogueIsAtTheLatestVersionWithValidForeignKeys)
{
    RawConnection raw(bundledFile());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
              Catalogue::latestSchemaVersion());
    EXPECT_EQ(raw.rowCount(QStringLiteral("PRAGMA foreign_key_check")), 0);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
              QStringLiteral("ok"));
    // The index holds one document per study, outcome, mechanism, claim and source.
    EXPECT_EQ(
        raw.scalar(QStringLiteral("SELECT count(*) FROM search_index")).toInt(),
        raw.scalar(QStringLiteral("SELECT (SELECT count(*) FROM study) + (SELECT count(*) FROM "
                                  "outcome_measure) + (SELECT count(*) FROM mechanism) + (SELECT "
                                  "count(*) FROM claim) + (SELECT count(*) FROM source)"))
            .toInt());
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT value FROM catalogue_info WHERE key = "
                                        "'schema_version'"))
                  .toInt(),
              Catalogue::latestSchemaVersion());
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT length(value) FROM catalogue_info WHERE key = "
                                        "'build_id'"))
                  .toInt(),
              16);
}

TEST(Schema, ScriptsRunInOneTransactionAndNameTheFailingLine)
{
    Catalogue catalogue;
    ASSERT_TRUE(catalogue.open(QStringLiteral(":memory:"), OpenMode::Create));
    const QByteArray good = "INSERT INTO source (id, slug, kind, short_label, sponsorship)\n"
                            "VALUES (1, 'a', 'article', 'A', 'unknown');\n";
    const QByteArray bad = "-- a comment\n"
                           "INSERT INTO source (id, slug, kind, short_label, sponsorship)\n"
                           "VALUES (2, 'b', 'article', 'B', 'unknown');\n\n"
                           "INSERT INTO study (id, slug, name, design, condition, species,\n"
                           "  sponsorship) VALUES (1, 's', 'S', 'not-a-design', 'stroke', "
                           "'human', 'unknown');\n";
    EXPECT_FALSE(catalogue.runScripts({{QStringLiteral("db/seed/0001-good.sql"), good},
                                       {QStringLiteral("db/seed/0002-bad.sql"), bad}}));
    EXPECT_TRUE(catalogue.lastError().startsWith(QStringLiteral("db/seed/0002-bad.sql:5:")))
        << catalogue.lastError().toStdString();
    EXPECT_TRUE(catalogue.lastError().contains(QStringLiteral("CHECK constraint failed")))
        << catalogue.lastError().toStdString();
    // Nothing of either script stayed.
    EXPECT_EQ(catalogue.counts().sources, 0);

    // A foreign key to nothing fails too (foreign keys are on).
    const QByteArray dangling = "INSERT INTO study_source (study_id, source_id, role) "
                                "VALUES (42, 43, 'primary');";
    EXPECT_FALSE(catalogue.runScripts({{QStringLiteral("dangling.sql"), dangling}}));
    EXPECT_TRUE(catalogue.lastError().contains(QStringLiteral("FOREIGN KEY")))
        << catalogue.lastError().toStdString();

    // An unfinished last statement is reported, not ignored.
    EXPECT_FALSE(catalogue.runScripts({{QStringLiteral("cut.sql"), good + "INSERT INTO source"}}));
    EXPECT_TRUE(catalogue.lastError().startsWith(QStringLiteral("cut.sql:3:")))
        << catalogue.lastError().toStdString();

    EXPECT_TRUE(catalogue.runScripts({{QStringLiteral("good.sql"), good}}))
        << catalogue.lastError().toStdString();
    EXPECT_EQ(catalogue.counts().sources, 1);
}

TEST(Schema, SearchIndexFollowsInsertsUpdatesAndDeletes)
{
    Catalogue catalogue;
    ASSERT_TRUE(openFixture(catalogue));
    const auto findsStudy = [&](const QString &text, const QString &slug) {
        for (const SearchHit &hit : catalogue.search(text)) {
            if (hit.kind == SearchHit::Kind::Study && hit.slug == slug) {
                return true;
            }
        }
        return false;
    };
    ASSERT_TRUE(catalogue.runScripts(
        {{QStringLiteral("add.sql"),
          "INSERT INTO study (id, slug, name, design, condition, species, sponsorship, "
          "user_record) VALUES (10, 'user-study', 'Zyxwv Trial', 'rct', 'stroke', 'human', "
          "'unknown', 1);"}}));
    EXPECT_TRUE(findsStudy(QStringLiteral("zyxwv"), QStringLiteral("user-study")));

    ASSERT_TRUE(catalogue.runScripts(
        {{QStringLiteral("rename.sql"), "UPDATE study SET name = 'Qwerty Trial' WHERE id = 10;"}}));
    EXPECT_FALSE(findsStudy(QStringLiteral("zyxwv"), QStringLiteral("user-study")));
    EXPECT_TRUE(findsStudy(QStringLiteral("qwerty"), QStringLiteral("user-study")));

    ASSERT_TRUE(
        catalogue.runScripts({{QStringLiteral("delete.sql"), "DELETE FROM study WHERE id = 10;"}}));
    EXPECT_FALSE(findsStudy(QStringLiteral("qwerty"), QStringLiteral("user-study")));

    // A target linked to a mechanism later makes the mechanism findable by the target's name.
    const auto findsMechanism = [&](const QString &text) {
        for (const SearchHit &hit : catalogue.search(text)) {
            if (hit.kind == SearchHit::Kind::Mechanism &&
                hit.slug == QLatin1String("neurotrophy")) {
                return true;
            }
        }
        return false;
    };
    EXPECT_FALSE(findsMechanism(QStringLiteral("CREB")));
    ASSERT_TRUE(catalogue.runScripts(
        {{QStringLiteral("target.sql"),
          "INSERT INTO molecular_target (id, slug, name, kind) VALUES (9, 'creb', 'CREB', "
          "'transcription factor');"
          "INSERT INTO mechanism_target (mechanism_id, target_id, direction, quote) VALUES "
          "(1, 9, 'up', 'CREB');"}}));
    EXPECT_TRUE(findsMechanism(QStringLiteral("CREB")));
    ASSERT_TRUE(catalogue.runScripts(
        {{QStringLiteral("untarget.sql"),
          "DELETE FROM mechanism_target WHERE mechanism_id = 1 AND target_id = 9;"}}));
    EXPECT_FALSE(findsMechanism(QStringLiteral("CREB")));
}

TEST(Schema, FailedUpgradeRollsBackEverything)
{
    // A version-1 file that already holds an object migration 0002 creates: the upgrade fails
    // part-way, and nothing of it stays (one transaction).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blocked.sqlite"));
    makeVersion1File(path);
    execOnFile(path, "CREATE INDEX study_design ON study(name);");
    {
        RawConnection raw(path);
        ASSERT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    }
    Catalogue catalogue;
    EXPECT_FALSE(catalogue.open(path, OpenMode::ReadWrite));
    EXPECT_TRUE(catalogue.lastError().contains(QStringLiteral("0002-search-index.sql:")))
        << catalogue.lastError().toStdString();
    EXPECT_TRUE(catalogue.lastError().contains(QStringLiteral("study_design")))
        << catalogue.lastError().toStdString();
    RawConnection raw(path);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                        "'search_index' OR name LIKE '%_search_%'"))
                  .toInt(),
              0);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM study")).toInt(), 3);
}

TEST(Schema, ASynthesisLinkWithNoSourceToKeepStopsTheUpgradeAndLosesNothing)
{
    // Migration 0012 gives each study_component link its synthesis's primary source; with none
    // to give, the whole upgrade is rolled back rather than the link dropped.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nosource.sqlite"));
    makeVersion1File(path);
    execOnFile(path, "UPDATE study SET primary_source_id = NULL WHERE slug = 'pooled-ab';");
    Catalogue catalogue;
    EXPECT_FALSE(catalogue.open(path, OpenMode::ReadWrite));
    EXPECT_TRUE(catalogue.lastError().contains(QStringLiteral("0012-one-home-for-inclusion.sql")))
        << catalogue.lastError().toStdString();
    RawConnection raw(path);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM study_component")).toInt(), 1);
}

TEST(Schema, ClaimTopicsAreAClosedListAndTheirUpgradeKeepsEveryReference)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    makeVersion1File(path);
    // A topic outside the list stops the upgrade (0006 rebuilds claim with a CHECK): the open
    // fails naming the migration, and the file is as it was.
    execOnFile(path, "UPDATE claim SET topic = 'preclinical' WHERE id = (SELECT min(id) FROM "
                     "claim);");
    const QByteArray before = readBytes(path);
    {
        Catalogue catalogue;
        EXPECT_FALSE(catalogue.open(path, OpenMode::ReadWrite));
        EXPECT_TRUE(catalogue.lastError().contains(QStringLiteral("0006-claim-topics.sql")))
            << catalogue.lastError().toStdString();
    }
    EXPECT_EQ(readBytes(path), before);

    execOnFile(path, "UPDATE claim SET topic = 'mechanism';");
    int discrepanciesOfClaims = 0;
    {
        RawConnection raw(path);
        discrepanciesOfClaims =
            raw.scalar(QStringLiteral("SELECT count(*) FROM discrepancy WHERE claim_id IS NOT "
                                      "NULL"))
                .toInt();
    }
    Catalogue catalogue;
    ASSERT_TRUE(catalogue.open(path, OpenMode::ReadWrite)) << catalogue.lastError().toStdString();
    EXPECT_EQ(catalogue.counts().claims, 2);
    catalogue.close();

    RawConnection raw(path);
    EXPECT_EQ(raw.rowCount(QStringLiteral("PRAGMA foreign_key_check")), 0);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA integrity_check")).toString(),
              QStringLiteral("ok"));
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM discrepancy d JOIN claim c ON "
                                        "c.id = d.claim_id"))
                  .toInt(),
              discrepanciesOfClaims);
    EXPECT_TRUE(raw.scalar(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'claim'"))
                    .toString()
                    .contains(QStringLiteral("CHECK (topic IN")));
    // The rebuilt table's search triggers work: an edited claim is found by its new words.
    execOnFile(path, "UPDATE claim SET verdict_note = 'zyxwvu' WHERE id = (SELECT min(id) FROM "
                     "claim);");
    ASSERT_TRUE(catalogue.open(path, OpenMode::ReadOnly)) << catalogue.lastError().toStdString();
    const auto hits = catalogue.search(QStringLiteral("zyxwvu"));
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits.first().kind, SearchHit::Kind::Claim);
}
