// `evidence import --format ris|bibtex|csl-json|medline|pubmed-xml` on copies of the bundled
// catalogue: sources added as the user's after a backup, duplicates (against the catalogue and
// within the file) listed before anything is written and handled only as the user says, and
// the round trip through this program's own citation export.
#include "catalogue/catalogue.h"
#include "cataloguecopy.h"
#include "commandrun.h"
#include "export/citations.h"
#include "model/references.h"
#include "model/referencesource.h"
#include "rawsqlite.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

namespace {

using namespace eb::catalogue;

using eb::test::CommandRun;
using eb::test::evidence;

QString fixture(const char *name)
{
    return QStringLiteral(EB_SOURCE_DIR "/tests/model/fixtures/references/") +
           QString::fromLatin1(name);
}

class ReferenceImport : public eb::test::CatalogueFileTest
{
protected:
    CommandRun import(const QString &path, const QStringList &extra = {}) const
    {
        return evidence(
            QStringList{QStringLiteral("import"), path, QStringLiteral("--database"), m_database} +
            extra);
    }

    qint64 sources() const
    {
        eb::test::RawSqlite db(m_database, true);
        return db.rows(QStringLiteral("SELECT count(*) FROM source")).at(0).at(0).toLongLong();
    }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(m_dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }

    QStringList backups() const
    {
        return QDir(m_dir.path())
            .entryList({QStringLiteral("catalogue.sqlite.backup-*")}, QDir::Files);
    }
};

TEST_F(ReferenceImport, EachFormatAddsItsSourcesAsTheUsersAfterABackup)
{
    const struct
    {
        const char *file;
        int records;
    } cases[] = {{"zotero.ris", 2},      {"endnote.ris", 2}, {"zotero.bib", 2}, {"jabref.bib", 2},
                 {"zotero-csl.json", 3}, {"pubmed.nbib", 2}, {"pubmed.xml", 2}};
    for (const auto &c : cases) {
        SCOPED_TRACE(c.file);
        // A fresh copy for each file (the fixtures share records).
        QFile::remove(m_database);
        for (const QString &b : backups()) {
            QFile::remove(m_dir.filePath(b));
        }
        ASSERT_NO_FATAL_FAILURE(eb::test::copyBundledCatalogue(m_database));
        const qint64 before = sources();
        const CommandRun run = import(fixture(c.file)); // the format is detected
        ASSERT_EQ(run.status, 0) << run.out.toStdString() << run.err.toStdString();
        EXPECT_EQ(sources(), before + c.records);
        EXPECT_FALSE(backups().isEmpty());
        eb::test::RawSqlite db(m_database, true);
        EXPECT_EQ(db.rows(QStringLiteral("SELECT count(*) FROM source WHERE user_record = 1 AND "
                                         "verification_note LIKE '%not yet checked%'"))
                      .at(0)
                      .at(0)
                      .toInt(),
                  c.records);
    }
}

TEST_F(ReferenceImport, ADuplicateDoiIsListedAndNothingIsWrittenUntilTheUserChooses)
{
    // One bundled source's DOI in an otherwise new RIS record (written here from the
    // catalogue, so the fixture carries no citation of its own).
    const auto bundled = eb::test::RawSqlite(m_database, true)
                             .rows(QStringLiteral("SELECT slug, doi FROM source WHERE doi IS NOT "
                                                  "NULL AND user_record = 0 ORDER BY id LIMIT 1"))
                             .at(0);
    const QString slug = bundled.at(0).toString();
    const QString doi = bundled.at(1).toString();
    QByteArray ris = "TY  - JOUR\nTI  - A record whose DOI the catalogue holds\nAU  - Test, A\n"
                     "PY  - 2016\nDO  - https://doi.org/" +
                     doi.toUpper().toUtf8() + "\nER  - \n\n";
    QFile zotero(fixture("zotero.ris"));
    ASSERT_TRUE(zotero.open(QIODevice::ReadOnly));
    ris += zotero.readAll();
    const QString path = write(QStringLiteral("mixed.ris"), ris);
    const qint64 before = sources();

    const CommandRun refused = import(path);
    EXPECT_EQ(refused.status, 2);
    EXPECT_NE(refused.out.indexOf(QStringLiteral("duplicate of source '%1'").arg(slug)), -1)
        << refused.out.toStdString();
    EXPECT_NE(refused.out.indexOf(QLatin1String("by doi")), -1);
    EXPECT_NE(refused.err.indexOf(QLatin1String("--duplicates skip")), -1);
    EXPECT_EQ(sources(), before);
    EXPECT_TRUE(backups().isEmpty());

    const CommandRun json = import(path, {QStringLiteral("--json"), QStringLiteral("--dry-run"),
                                          QStringLiteral("--duplicates"), QStringLiteral("skip")});
    EXPECT_EQ(json.status, 0) << json.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonArray dups = root.value(QStringLiteral("duplicates")).toArray();
    ASSERT_EQ(dups.size(), 1);
    EXPECT_EQ(dups.at(0).toObject().value(QStringLiteral("record")).toInt(), 1);
    EXPECT_EQ(dups.at(0).toObject().value(QStringLiteral("existing")).toString(), slug);
    EXPECT_EQ(dups.at(0).toObject().value(QStringLiteral("action")).toString(),
              QStringLiteral("skipped"));
    EXPECT_EQ(sources(), before); // a dry run

    const CommandRun skipped =
        import(path, {QStringLiteral("--duplicates"), QStringLiteral("skip")});
    EXPECT_EQ(skipped.status, 0) << skipped.err.toStdString();
    EXPECT_EQ(sources(), before + 2);
    EXPECT_NE(skipped.out.indexOf(QLatin1String("added 2 sources, merged 0, skipped 1")), -1)
        << skipped.out.toStdString();
}

TEST_F(ReferenceImport, MergeFillsTheUsersSourceAndNeverABundledOne)
{
    // JabRef's record first (it has no issue), then EndNote's of the same DOI, which has one.
    ASSERT_EQ(import(fixture("jabref.bib")).status, 0);
    const qint64 before = sources();
    const CommandRun again = import(fixture("endnote.ris"));
    EXPECT_EQ(again.status, 2); // record 1 has the same DOI (in other case)
    EXPECT_NE(again.out.indexOf(QLatin1String("by doi 10.5555/example.2018.55")), -1)
        << again.out.toStdString();
    const CommandRun merged =
        import(fixture("endnote.ris"), {QStringLiteral("--duplicates"), QStringLiteral("merge")});
    ASSERT_EQ(merged.status, 0) << merged.out.toStdString() << merged.err.toStdString();
    EXPECT_EQ(sources(), before + 1); // the registry entry; the article merged
    eb::test::RawSqlite db(m_database, true);
    const auto row = db.rows(QStringLiteral("SELECT row_version, issue, title FROM source "
                                            "WHERE slug = 'dubois-2018'"));
    ASSERT_EQ(row.size(), 1u);
    EXPECT_EQ(row.at(0).at(0).toInt(), 2);
    EXPECT_EQ(row.at(0).at(1).toString(), QStringLiteral("1")); // filled
    EXPECT_EQ(row.at(0).at(2).toString(),
              QStringLiteral("Cognitive outcomes after a neurotrophic infusion: an open-label "
                             "controlled study"));
    EXPECT_NE(merged.out.indexOf(QLatin1String("filled issue")), -1) << merged.out.toStdString();
    // Merging again finds nothing blank: the source is left as it is.
    ASSERT_EQ(
        import(fixture("endnote.ris"), {QStringLiteral("--duplicates"), QStringLiteral("merge")})
            .status,
        0);
    EXPECT_EQ(db.rows(QStringLiteral("SELECT row_version FROM source WHERE slug = 'dubois-2018'"))
                  .at(0)
                  .at(0)
                  .toInt(),
              2);
    // A bundled source is never merged into: the duplicate is skipped and says why.
    const auto bundled = db.rows(QStringLiteral("SELECT doi FROM source WHERE doi IS NOT NULL "
                                                "AND user_record = 0 LIMIT 1"));
    const QString path = write(QStringLiteral("b.ris"),
                               "TY  - JOUR\nDO  - " + bundled.at(0).at(0).toString().toUtf8() +
                                   "\nPY  - 2001\nER  - \n");
    const CommandRun intoBundled =
        import(path, {QStringLiteral("--duplicates"), QStringLiteral("merge")});
    EXPECT_EQ(intoBundled.status, 0);
    EXPECT_NE(intoBundled.out.indexOf(QLatin1String("bundled source is read-only")), -1)
        << intoBundled.out.toStdString();
}

TEST_F(ReferenceImport, TheReferenceTemplatesImport)
{
    const qint64 before = sources();
    for (const char *name : {"reference.ris", "reference.bib", "reference-csl.json"}) {
        SCOPED_TRACE(name);
        const CommandRun run =
            import(QStringLiteral(EB_SOURCE_DIR "/docs/templates/") + QLatin1String(name),
                   {QStringLiteral("--duplicates"), QStringLiteral("skip")});
        ASSERT_EQ(run.status, 0) << run.out.toStdString() << run.err.toStdString();
    }
    // The three are one record: the second and third are skipped as its duplicates.
    EXPECT_EQ(sources(), before + 1);
    eb::test::RawSqlite db(m_database, true);
    const auto row =
        db.rows(QStringLiteral("SELECT slug, authors, pages, registration FROM source WHERE doi = "
                               "'10.5555/example.template'"));
    ASSERT_EQ(row.size(), 1u);
    EXPECT_EQ(row.at(0).at(0).toString(), QStringLiteral("smith-2025"));
    EXPECT_EQ(row.at(0).at(1).toString(), QStringLiteral("Smith JA, Jones B"));
    EXPECT_EQ(row.at(0).at(2).toString(), QStringLiteral("10-19"));
    EXPECT_EQ(row.at(0).at(3).toString(), QStringLiteral("NCT00000000"));
}

TEST_F(ReferenceImport, AFileThatNamesNoFormatOrAWrongOneIsRefused)
{
    const QString unknown = write(QStringLiteral("notes.txt"), "just some words\n");
    const CommandRun run = import(unknown);
    EXPECT_EQ(run.status, 2);
    EXPECT_NE(run.err.indexOf(QLatin1String("--format")), -1);
    const CommandRun wrong =
        import(fixture("zotero.bib"), {QStringLiteral("--format"), QStringLiteral("ris")});
    EXPECT_EQ(wrong.status, 2);
    EXPECT_NE(wrong.err.indexOf(QLatin1String("(ris)")), -1) << wrong.err.toStdString();
    const CommandRun bad =
        import(fixture("zotero.bib"), {QStringLiteral("--format"), QStringLiteral("word")});
    EXPECT_EQ(bad.status, 2);
    const CommandRun policy = import(fixture("zotero.bib"),
                                     {QStringLiteral("--duplicates"), QStringLiteral("overwrite")});
    EXPECT_EQ(policy.status, 2);
}

TEST_F(ReferenceImport, OurOwnCitationExportReadsBackFieldForField)
{
    Catalogue catalogue;
    ASSERT_TRUE(catalogue.open(m_database, OpenMode::ReadOnly))
        << catalogue.lastError().toStdString();
    const QList<SourceRecord> sources = catalogue.sources();
    ASSERT_GT(sources.size(), 20);
    const struct
    {
        eb::exporting::CitationFormat out;
        ReferenceFormat in;
    } formats[] = {{eb::exporting::CitationFormat::Ris, ReferenceFormat::Ris},
                   {eb::exporting::CitationFormat::Bibtex, ReferenceFormat::Bibtex},
                   {eb::exporting::CitationFormat::CslJson, ReferenceFormat::CslJson}};
    for (const auto &f : formats) {
        SCOPED_TRACE(referenceFormatName(f.in).toStdString());
        const QByteArray text = eb::exporting::formatCitations(sources, f.out).toUtf8();
        EXPECT_EQ(detectReferenceFormat(text), f.in);
        QString error;
        const auto refs = parseReferences(f.in, text, &error);
        ASSERT_TRUE(refs) << error.toStdString();
        ASSERT_EQ(refs->size(), sources.size());
        QSet<QString> taken;
        for (qsizetype i = 0; i < sources.size(); ++i) {
            const SourceRecord &s = sources.at(i);
            SCOPED_TRACE(s.slug.toStdString());
            const Fields back = sourceFieldsOf(refs->at(i), f.in, QStringLiteral("export"), &taken);
            const auto same = [&](const char *field, const QString &expected) {
                EXPECT_EQ(back.value(QString::fromLatin1(field)).toStdString(),
                          expected.simplified().toStdString())
                    << field;
            };
            if (!s.title.isEmpty()) {
                same("title", s.title);
            }
            same("journal", s.journal);
            same("year", s.year ? QString::number(*s.year) : QString());
            same("volume", s.volume);
            same("issue", s.issue);
            same("doi", s.doi);
            same("pmid", s.pmid);
            same("pmcid", s.pmcid);
            same("registration", registryIds(s.registration).join(QStringLiteral("; ")));
            // Pages: a range comes back with a hyphen, as it went out ("--" in BibTeX).
            QString pages = s.pages;
            pages.replace(QRegularExpression(QStringLiteral("\\s*[–—-]+\\s*")),
                          QStringLiteral("-"));
            same("pages", pages);
            // Authors: RIS has no "et al." (AU lines only); the others keep it.
            QString authors = s.authors;
            if (f.in == ReferenceFormat::Ris) {
                authors.remove(QRegularExpression(QStringLiteral("\\s*\\bet al\\.?$")));
            }
            same("authors", authors);
            // Every record it made is a duplicate of the source it came from, by its strongest
            // identifier (DOI, PMID, registration, or title and year).
            const auto match = findDuplicateSources({back}, catalogue.records(RecordKind::Source));
            if (!s.doi.isEmpty() || !s.pmid.isEmpty() || !s.registration.isEmpty() ||
                (s.year && !s.title.isEmpty())) {
                ASSERT_EQ(match.size(), 1);
                EXPECT_EQ(match.first().existingSlug.toStdString(), s.slug.toStdString());
            }
        }
    }
}

} // namespace
