#pragma once

// The catalogue: one SQLite file of studies, results, outcome measures, mechanisms, claims and
// sources (schema: db/schema/*.sql). `Catalogue` is the facade the rest of the program calls:
// it answers every read with the plain structs of records.h and never shows SQL. Behind it, a
// Database (database.h) opens, verifies and migrates the file, and one repository per record
// kind (*repository.h) holds the SQL and its row readers; those are the only seam to storage.
//
// Errors: a function that can fail returns false / an empty optional / an empty list and leaves
// a one-line, translated message in lastError(). An empty optional with an empty lastError()
// means "no such record" (e.g. an unknown slug). The data layer never opens a dialog.

#include "catalogue/bundledcatalogue.h"
#include "catalogue/searchquery.h"
#include "model/appraisal.h"
#include "model/cataloguereader.h"
#include "model/recordrows.h"
#include "model/records.h"
#include "model/requests.h"
#include "model/reviewrecords.h"
#include "model/sourcefilter.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace eb::catalogue {

class Catalogue final : public CatalogueReader
{
public:
    Catalogue();
    ~Catalogue() override;
    Catalogue(const Catalogue &) = delete;
    Catalogue &operator=(const Catalogue &) = delete;

    // Opens (and, unless ReadOnly, migrates) the catalogue at path; ":memory:" gives a fresh
    // in-memory catalogue (any mode). On failure returns false, lastError() says why, and the
    // file is left byte for byte as it was: not SQLite, corrupt or truncated, not a catalogue,
    // a newer schema version than this program knows, or FTS5 missing from SQLite.
    bool open(const QString &path, OpenMode mode = OpenMode::ReadOnly);
    void close();
    bool isOpen() const;
    QString path() const;
    QString lastError() const override;

    int schemaVersion() const override; // PRAGMA user_version of the open file
    static int latestSchemaVersion();   // the highest migration compiled into this program

    // A value from catalogue_info ('title', 'schema_version', 'build_id'), null if absent.
    QString info(const QString &key) const override;

    QList<StudySummary> studies(const StudyFilter &filter = {}) const override;
    // The size of the list studies(filter) pages through, and the row of one study in it
    // (-1 when the filter hides it): what a table paging through the list needs.
    int studyCount(const StudyFilter &filter) const;
    int studyRow(const StudyFilter &filter, const QString &slug) const;
    std::optional<StudyDetail> study(const QString &slug) const override;
    std::optional<StudyDetail> study(qint64 id) const override;
    QList<ResultRecord> results(const ResultFilter &filter = {}) const override;
    std::optional<ResultRecord> result(qint64 id) const override;
    QList<OutcomeMeasureRecord> outcomes(const OutcomeFilter &filter = {}) const;
    std::optional<OutcomeMeasureRecord> outcome(const QString &slug) const override; // with studies
    QList<MechanismRecord> mechanisms() const; // with targets and evidence
    std::optional<MechanismRecord> mechanism(const QString &slug) const;
    QList<ClaimRecord> claims() const override;
    std::optional<ClaimRecord>
    claim(const QString &slug) const override; // with result, discrepancies
    QList<SourceRecord> sources() const override;
    // The source list a page at a time, sorted and filtered in SQL (the Sources table), its
    // size and the row of one source in it (-1 when the filter hides it).
    QList<SourceRecord> sourcePage(const SourceFilter &filter) const;
    int sourceCount(const SourceFilter &filter) const;
    int sourceRow(const SourceFilter &filter, const QString &slug) const;
    std::optional<SourceRecord> source(const QString &slug) const; // with studies
    QList<DosingRecord> dosing() const override;
    QList<DiscrepancyRecord> discrepancies() const override;
    QStringList distinctValues(StudyColumn column) const;
    // Review links (reviewlinkrepository.h): the records each discrepancy names, on its side, and
    // the results linked beside each claim. Empty lists for a catalogue without
    // those tables (db/schema/0004-review-links.sql).
    QList<DiscrepancyLinkRecord> discrepancyLinks() const override;
    QList<ClaimLinkRecord> claimLinks() const override;
    CatalogueCounts counts() const;

    // Full-text search (FTS5) over studies, outcomes, mechanisms and their targets, claims and
    // sources. Any user text is safe: each word is quoted, the last one matches as a prefix;
    // text with no word in it gives no hits and no error. Best hits first, `limit` at a time.
    QList<SearchHit> search(const QString &text, int limit = 50, int offset = 0,
                            const QString &highlightOpen = QStringLiteral("["),
                            const QString &highlightClose = QStringLiteral("]")) const;

    // The write API for the records users add and edit (recordwriter.h): one transaction per
    // call, validated (validation.h), user rows only, concurrent edits refused by row version.
    QList<RecordRow> records(RecordKind kind) const; // every record of a kind, as Fields
    WriteReport insertRecords(const QList<RecordRow> &records, bool dryRun = false);
    WriteReport updateRecord(const RecordRow &record);
    // New records and edits of user records together, one transaction (an import that merges).
    WriteReport writeRecords(const QList<RecordRow> &inserts, const QList<RecordRow> &updates,
                             bool dryRun = false);
    WriteReport deleteRecord(RecordKind kind, qint64 id, qint64 version);
    // The user's RoB 2 and GRADE appraisals (appraisalrepository.h): one transaction per
    // write, validated (appraisal.h), an existing assessment replaced only at its version.
    QList<RobAssessment> robAssessments(const QString &studySlug = {},
                                        const QString &outcomeSlug = {}) const;
    QList<GradeAssessment> gradeAssessments(const QString &outcomeSlug = {}) const override;
    AppraisalWrite saveRobAssessment(const RobAssessment &assessment);
    AppraisalWrite deleteRobAssessment(const QString &studySlug, const QString &outcomeSlug,
                                       qint64 version);
    AppraisalWrite saveGradeAssessment(const GradeAssessment &assessment);
    AppraisalWrite deleteGradeAssessment(const QString &outcomeSlug, qint64 version);
    // integrity_check and foreign_key_check (check-db adds the validation of every record).
    QList<StorageProblem> storageProblems() const;
    // A copy of the open file beside it (see Database::backup); empty and lastError() on failure.
    QString backup();
    QString lastBackupPath() const;
    // After a ReadOnly open() failed because the file has an older schema: its version (the
    // window asks before it opens the file ReadWrite, which backs it up and upgrades it).
    // 0 otherwise.
    int refusedOlderVersion() const;

    // For the catalogue builder: runs the scripts in order in one transaction with foreign
    // keys on, then writes the given catalogue_info pairs. A failing statement rolls everything
    // back and lastError() names the script and line.
    bool runScripts(const QList<SqlScript> &scripts,
                    const QList<QPair<QString, QString>> &info = {});

    // The ids of the records of one kind that the text matches (same rules as search()), in
    // no particular order and without a limit: a filter for lists that have no text filter
    // of their own (StudyFilter::text has one).
    QList<qint64> searchIds(SearchHit::Kind kind, const QString &text) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace eb::catalogue
