// The facade: each call clears lastError() and hands over to the Database or the repository
// of its record kind. No SQL here.
#include "catalogue/catalogue.h"

#include "catalogue/appraisalrepository.h"
#include "catalogue/claimrepository.h"
#include "catalogue/database.h"
#include "catalogue/inforepository.h"
#include "catalogue/mechanismrepository.h"
#include "catalogue/outcomerepository.h"
#include "catalogue/recordrepository.h"
#include "catalogue/recordwriter.h"
#include "catalogue/resultrepository.h"
#include "catalogue/reviewlinkrepository.h"
#include "catalogue/searchrepository.h"
#include "catalogue/sourcerepository.h"
#include "catalogue/studyrepository.h"

namespace eb::catalogue {

struct Catalogue::Private
{
    Database db;

    // Clears the last error and returns the database, for one call.
    const Database &fresh() const
    {
        db.clearError();
        return db;
    }
};

Catalogue::Catalogue() : d(std::make_unique<Private>()) {}

Catalogue::~Catalogue() = default;

bool Catalogue::open(const QString &path, OpenMode mode)
{
    return d->db.open(path, mode);
}

void Catalogue::close()
{
    d->db.close();
}

bool Catalogue::isOpen() const
{
    return d->db.isOpen();
}

QString Catalogue::path() const
{
    return d->db.path();
}

QString Catalogue::lastError() const
{
    return d->db.lastError();
}

int Catalogue::schemaVersion() const
{
    return d->db.schemaVersion();
}

int Catalogue::latestSchemaVersion()
{
    return Database::latestSchemaVersion();
}

QString Catalogue::info(const QString &key) const
{
    return InfoRepository(d->fresh()).value(key);
}

QList<StudySummary> Catalogue::studies(const StudyFilter &filter) const
{
    return StudyRepository(d->fresh()).summaries(filter);
}

int Catalogue::studyCount(const StudyFilter &filter) const
{
    return StudyRepository(d->fresh()).count(filter);
}

int Catalogue::studyRow(const StudyFilter &filter, const QString &slug) const
{
    return StudyRepository(d->fresh()).rowOf(filter, slug);
}

std::optional<StudyDetail> Catalogue::study(const QString &slug) const
{
    return StudyRepository(d->fresh()).bySlug(slug);
}

std::optional<StudyDetail> Catalogue::study(qint64 id) const
{
    return StudyRepository(d->fresh()).byId(id);
}

QList<ResultRecord> Catalogue::results(const ResultFilter &filter) const
{
    return ResultRepository(d->fresh()).matching(filter);
}

std::optional<ResultRecord> Catalogue::result(qint64 id) const
{
    return ResultRepository(d->fresh()).byId(id);
}

QList<OutcomeMeasureRecord> Catalogue::outcomes(const OutcomeFilter &filter) const
{
    return OutcomeRepository(d->fresh()).matching(filter);
}

std::optional<OutcomeMeasureRecord> Catalogue::outcome(const QString &slug) const
{
    return OutcomeRepository(d->fresh()).bySlug(slug);
}

QList<MechanismRecord> Catalogue::mechanisms() const
{
    return MechanismRepository(d->fresh()).all();
}

std::optional<MechanismRecord> Catalogue::mechanism(const QString &slug) const
{
    return MechanismRepository(d->fresh()).bySlug(slug);
}

QList<ClaimRecord> Catalogue::claims() const
{
    return ClaimRepository(d->fresh()).all();
}

std::optional<ClaimRecord> Catalogue::claim(const QString &slug) const
{
    return ClaimRepository(d->fresh()).bySlug(slug);
}

QList<SourceRecord> Catalogue::sources() const
{
    return SourceRepository(d->fresh()).all();
}

QList<SourceRecord> Catalogue::sourcePage(const SourceFilter &filter) const
{
    return SourceRepository(d->fresh()).page(filter);
}

int Catalogue::sourceCount(const SourceFilter &filter) const
{
    return SourceRepository(d->fresh()).count(filter);
}

int Catalogue::sourceRow(const SourceFilter &filter, const QString &slug) const
{
    return SourceRepository(d->fresh()).rowOf(filter, slug);
}

std::optional<SourceRecord> Catalogue::source(const QString &slug) const
{
    return SourceRepository(d->fresh()).bySlug(slug);
}

QList<DosingRecord> Catalogue::dosing() const
{
    return StudyRepository(d->fresh()).allDosing();
}

QList<DiscrepancyRecord> Catalogue::discrepancies() const
{
    return ClaimRepository(d->fresh()).allDiscrepancies();
}

QList<DiscrepancyLinkRecord> Catalogue::discrepancyLinks() const
{
    return ReviewLinkRepository(d->fresh()).discrepancyLinks();
}

QList<ClaimLinkRecord> Catalogue::claimLinks() const
{
    return ReviewLinkRepository(d->fresh()).claimLinks();
}

QStringList Catalogue::distinctValues(StudyColumn column) const
{
    return StudyRepository(d->fresh()).distinctValues(column);
}

CatalogueCounts Catalogue::counts() const
{
    return InfoRepository(d->fresh()).counts();
}

QList<SearchHit> Catalogue::search(const QString &text, int limit, int offset,
                                   const QString &highlightOpen,
                                   const QString &highlightClose) const
{
    return SearchRepository(d->fresh()).search(text, limit, offset, highlightOpen, highlightClose);
}

bool Catalogue::runScripts(const QList<SqlScript> &scripts,
                           const QList<QPair<QString, QString>> &info)
{
    d->db.clearError();
    return d->db.runScripts(scripts, info);
}

QList<qint64> Catalogue::searchIds(SearchHit::Kind kind, const QString &text) const
{
    return SearchRepository(d->fresh()).ids(kind, text);
}

QList<RecordRow> Catalogue::records(RecordKind kind) const
{
    return RecordRepository(d->fresh()).all(kind);
}

QList<RobAssessment> Catalogue::robAssessments(const QString &studySlug,
                                               const QString &outcomeSlug) const
{
    return AppraisalRepository(d->fresh()).robAssessments(studySlug, outcomeSlug);
}

QList<GradeAssessment> Catalogue::gradeAssessments(const QString &outcomeSlug) const
{
    return AppraisalRepository(d->fresh()).gradeAssessments(outcomeSlug);
}

AppraisalWrite Catalogue::saveRobAssessment(const RobAssessment &assessment)
{
    d->fresh();
    return AppraisalWriter(d->db).saveRob(assessment);
}

AppraisalWrite Catalogue::deleteRobAssessment(const QString &studySlug, const QString &outcomeSlug,
                                              qint64 version)
{
    d->fresh();
    return AppraisalWriter(d->db).removeRob(studySlug, outcomeSlug, version);
}

AppraisalWrite Catalogue::saveGradeAssessment(const GradeAssessment &assessment)
{
    d->fresh();
    return AppraisalWriter(d->db).saveGrade(assessment);
}

AppraisalWrite Catalogue::deleteGradeAssessment(const QString &outcomeSlug, qint64 version)
{
    d->fresh();
    return AppraisalWriter(d->db).removeGrade(outcomeSlug, version);
}

WriteReport Catalogue::insertRecords(const QList<RecordRow> &records, bool dryRun)
{
    d->fresh();
    return RecordWriter(d->db).insert(records, dryRun);
}

WriteReport Catalogue::updateRecord(const RecordRow &record)
{
    d->fresh();
    return RecordWriter(d->db).update(record);
}

WriteReport Catalogue::writeRecords(const QList<RecordRow> &inserts,
                                    const QList<RecordRow> &updates, bool dryRun)
{
    d->fresh();
    return RecordWriter(d->db).write(inserts, updates, dryRun);
}

WriteReport Catalogue::deleteRecord(RecordKind kind, qint64 id, qint64 version)
{
    d->fresh();
    return RecordWriter(d->db).remove(kind, id, version);
}

QList<StorageProblem> Catalogue::storageProblems() const
{
    return RecordRepository(d->fresh()).storageProblems();
}

QString Catalogue::backup()
{
    d->fresh();
    return d->db.backup();
}

QString Catalogue::lastBackupPath() const
{
    return d->db.lastBackupPath();
}

int Catalogue::refusedOlderVersion() const
{
    return d->db.refusedOlderVersion();
}

} // namespace eb::catalogue
