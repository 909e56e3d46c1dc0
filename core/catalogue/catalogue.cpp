#include "catalogue/catalogue.h"

#include "catalogue/sqlscript.h"
#include "catalogue/statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <sqlite3.h>

// Debug output (every refused file and failed query) is off unless enabled with
// QT_LOGGING_RULES="eb.catalogue.debug=true"; callers show lastError() themselves.
Q_LOGGING_CATEGORY(lcCatalogue, "eb.catalogue", QtWarningMsg)

// Resources in a static library need an explicit reference to be linked in.
static void initSchemaResource()
{
    Q_INIT_RESOURCE(catalogue_schema);
}

namespace eb::catalogue {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::catalogue", text);
}

// Search-index rowid = record id * 8 + kind (db/schema/0002-search-index.sql).
constexpr qint64 kKindBits = 8;
constexpr int kKindStudy = 1;
constexpr int kKindOutcome = 2;
constexpr int kKindMechanism = 3;
constexpr int kKindClaim = 4;
constexpr int kKindSource = 5;

// Files bigger than this skip the full PRAGMA quick_check at open (it reads every page);
// the header check and the reads themselves still catch truncation and damage.
constexpr qint64 kQuickCheckMaxBytes = 64 * 1024 * 1024;

// The migrations compiled into the program, by version.
std::map<int, QString> migrationFiles()
{
    initSchemaResource();
    std::map<int, QString> files;
    const QDir dir(QStringLiteral(":/eb/schema"));
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        bool ok = false;
        const int version = name.section(QChar(u'-'), 0, 0).toInt(&ok);
        if (ok && version > 0) {
            files[version] = dir.filePath(name);
        }
    }
    return files;
}

int latestVersion()
{
    static const int latest = [] {
        const auto files = migrationFiles();
        return files.empty() ? 0 : files.rbegin()->first;
    }();
    return latest;
}

// ---- record readers -------------------------------------------------------------------

SourceRecord readSource(const Row &r)
{
    SourceRecord s;
    s.id = r.id(QStringLiteral("id"));
    s.slug = r.text(QStringLiteral("slug"));
    s.kind = r.text(QStringLiteral("kind"));
    s.shortLabel = r.text(QStringLiteral("short_label"));
    s.authors = r.text(QStringLiteral("authors"));
    s.title = r.text(QStringLiteral("title"));
    s.journal = r.text(QStringLiteral("journal"));
    s.year = r.optInt(QStringLiteral("year"));
    s.volume = r.text(QStringLiteral("volume"));
    s.issue = r.text(QStringLiteral("issue"));
    s.pages = r.text(QStringLiteral("pages"));
    s.doi = r.text(QStringLiteral("doi"));
    s.pmid = r.text(QStringLiteral("pmid"));
    s.pmcid = r.text(QStringLiteral("pmcid"));
    s.registration = r.text(QStringLiteral("registration"));
    s.sponsorship = r.text(QStringLiteral("sponsorship"));
    s.verificationNote = r.text(QStringLiteral("verification_note"));
    s.notes = r.text(QStringLiteral("notes"));
    s.userRecord = r.flag(QStringLiteral("user_record"));
    return s;
}

StudySummary readStudySummary(const Row &r)
{
    StudySummary s;
    s.id = r.id(QStringLiteral("id"));
    s.slug = r.text(QStringLiteral("slug"));
    s.name = r.text(QStringLiteral("name"));
    s.design = r.text(QStringLiteral("design"));
    s.condition = r.text(QStringLiteral("condition"));
    s.severity = r.text(QStringLiteral("severity"));
    s.species = r.text(QStringLiteral("species"));
    s.blinding = r.text(QStringLiteral("blinding"));
    s.year = r.optInt(QStringLiteral("year"));
    s.nEnrolled = r.optInt(QStringLiteral("n_enrolled"));
    s.nAnalysed = r.optInt(QStringLiteral("n_analysed"));
    s.sponsorship = r.text(QStringLiteral("sponsorship"));
    s.resultCount = r.integer(QStringLiteral("result_count"));
    return s;
}

StudyDetail readStudyDetail(const Row &r)
{
    StudyDetail s;
    s.id = r.id(QStringLiteral("id"));
    s.slug = r.text(QStringLiteral("slug"));
    s.name = r.text(QStringLiteral("name"));
    s.title = r.text(QStringLiteral("title"));
    s.design = r.text(QStringLiteral("design"));
    s.condition = r.text(QStringLiteral("condition"));
    s.severity = r.text(QStringLiteral("severity"));
    s.species = r.text(QStringLiteral("species"));
    s.blinding = r.text(QStringLiteral("blinding"));
    s.setting = r.text(QStringLiteral("setting"));
    s.centres = r.optInt(QStringLiteral("centres"));
    s.nEnrolled = r.optInt(QStringLiteral("n_enrolled"));
    s.nAnalysed = r.optInt(QStringLiteral("n_analysed"));
    s.nNote = r.text(QStringLiteral("n_note"));
    s.intervention = r.text(QStringLiteral("intervention"));
    s.control = r.text(QStringLiteral("control"));
    s.timing = r.text(QStringLiteral("timing"));
    s.treatmentDuration = r.text(QStringLiteral("treatment_duration"));
    s.followUp = r.text(QStringLiteral("follow_up"));
    s.year = r.optInt(QStringLiteral("year"));
    s.registration = r.text(QStringLiteral("registration"));
    s.primarySourceId = r.optId(QStringLiteral("primary_source_id"));
    s.sponsorship = r.text(QStringLiteral("sponsorship"));
    s.summary = r.text(QStringLiteral("summary"));
    s.userRecord = r.flag(QStringLiteral("user_record"));
    return s;
}

StudyArmRecord readArm(const Row &r)
{
    StudyArmRecord a;
    a.id = r.id(QStringLiteral("id"));
    a.studyId = r.id(QStringLiteral("study_id"));
    a.role = r.text(QStringLiteral("role"));
    a.label = r.text(QStringLiteral("label"));
    a.nRandomised = r.optInt(QStringLiteral("n_randomised"));
    a.nAnalysed = r.optInt(QStringLiteral("n_analysed"));
    a.sourceId = r.optId(QStringLiteral("source_id"));
    a.sourceShortLabel = r.text(QStringLiteral("source_short_label"));
    a.quote = r.text(QStringLiteral("quote"));
    return a;
}

ArmSummaryRecord readArmSummary(const Row &r)
{
    ArmSummaryRecord a;
    a.id = r.id(QStringLiteral("id"));
    a.resultId = r.id(QStringLiteral("result_id"));
    a.armRole = r.text(QStringLiteral("arm_role"));
    a.label = r.text(QStringLiteral("label"));
    a.n = r.optInt(QStringLiteral("n"));
    a.mean = r.optDouble(QStringLiteral("mean"));
    a.sd = r.optDouble(QStringLiteral("sd"));
    a.events = r.optInt(QStringLiteral("events"));
    a.total = r.optInt(QStringLiteral("total"));
    a.sourceId = r.id(QStringLiteral("source_id"));
    a.sourceShortLabel = r.text(QStringLiteral("source_short_label"));
    a.quote = r.text(QStringLiteral("quote"));
    a.origin = r.text(QStringLiteral("origin"));
    return a;
}

ResultRecord readResult(const Row &r)
{
    ResultRecord x;
    x.id = r.id(QStringLiteral("id"));
    x.studyId = r.id(QStringLiteral("study_id"));
    x.studySlug = r.text(QStringLiteral("study_slug"));
    x.studyName = r.text(QStringLiteral("study_name"));
    x.outcomeId = r.id(QStringLiteral("outcome_id"));
    x.outcomeSlug = r.text(QStringLiteral("outcome_slug"));
    x.outcomeName = r.text(QStringLiteral("outcome_name"));
    x.outcomeAbbreviation = r.text(QStringLiteral("outcome_abbreviation"));
    x.outcomeDomain = r.text(QStringLiteral("outcome_domain"));
    x.outcomeDirection = r.text(QStringLiteral("outcome_direction"));
    x.outcomeIsEnsemble = r.flag(QStringLiteral("outcome_is_ensemble"));
    x.sourceId = r.id(QStringLiteral("source_id"));
    x.sourceSlug = r.text(QStringLiteral("source_slug"));
    x.sourceShortLabel = r.text(QStringLiteral("source_short_label"));
    x.sourceDoi = r.text(QStringLiteral("source_doi"));
    x.sourcePmid = r.text(QStringLiteral("source_pmid"));
    x.timepoint = r.text(QStringLiteral("timepoint"));
    x.timepointDays = r.optInt(QStringLiteral("timepoint_days"));
    x.population = r.text(QStringLiteral("population"));
    x.comparison = r.text(QStringLiteral("comparison"));
    x.metric = r.text(QStringLiteral("metric"));
    x.estimate = r.optDouble(QStringLiteral("estimate"));
    x.ciLow = r.optDouble(QStringLiteral("ci_low"));
    x.ciHigh = r.optDouble(QStringLiteral("ci_high"));
    x.ciLevel = r.optDouble(QStringLiteral("ci_level"));
    x.pOperator = r.text(QStringLiteral("p_operator"));
    x.pValue = r.optDouble(QStringLiteral("p_value"));
    x.n = r.optInt(QStringLiteral("n"));
    x.higherFavours = r.text(QStringLiteral("higher_favours"));
    x.statisticalMethod = r.text(QStringLiteral("statistical_method"));
    x.origin = r.text(QStringLiteral("origin"));
    x.derivation = r.text(QStringLiteral("derivation"));
    x.derivedFromId = r.optId(QStringLiteral("derived_from_id"));
    x.quote = r.text(QStringLiteral("quote"));
    x.note = r.text(QStringLiteral("note"));
    x.userRecord = r.flag(QStringLiteral("user_record"));
    return x;
}

DosingRecord readDosing(const Row &r)
{
    DosingRecord d;
    d.id = r.id(QStringLiteral("id"));
    d.slug = r.text(QStringLiteral("slug"));
    d.studyId = r.optId(QStringLiteral("study_id"));
    d.studySlug = r.text(QStringLiteral("study_slug"));
    d.label = r.text(QStringLiteral("label"));
    d.route = r.text(QStringLiteral("route"));
    d.volumeMlMin = r.optDouble(QStringLiteral("volume_ml_min"));
    d.volumeMlMax = r.optDouble(QStringLiteral("volume_ml_max"));
    d.perKg = r.flag(QStringLiteral("per_kg"));
    d.mgMin = r.optDouble(QStringLiteral("mg_min"));
    d.mgMax = r.optDouble(QStringLiteral("mg_max"));
    d.frequency = r.text(QStringLiteral("frequency"));
    d.durationDaysMin = r.optInt(QStringLiteral("duration_days_min"));
    d.durationDaysMax = r.optInt(QStringLiteral("duration_days_max"));
    d.schedule = r.text(QStringLiteral("schedule"));
    d.sourceId = r.id(QStringLiteral("source_id"));
    d.sourceShortLabel = r.text(QStringLiteral("source_short_label"));
    d.quote = r.text(QStringLiteral("quote"));
    d.origin = r.text(QStringLiteral("origin"));
    d.note = r.text(QStringLiteral("note"));
    return d;
}

DiscrepancyRecord readDiscrepancy(const Row &r)
{
    DiscrepancyRecord d;
    d.id = r.id(QStringLiteral("id"));
    d.slug = r.text(QStringLiteral("slug"));
    d.subject = r.text(QStringLiteral("subject"));
    d.articleValue = r.text(QStringLiteral("article_value"));
    d.sourceValue = r.text(QStringLiteral("source_value"));
    d.articleSourceId = r.id(QStringLiteral("article_source_id"));
    d.articleSourceShortLabel = r.text(QStringLiteral("article_source_short_label"));
    d.primarySourceId = r.optId(QStringLiteral("primary_source_id"));
    d.primarySourceShortLabel = r.text(QStringLiteral("primary_source_short_label"));
    d.articleResultId = r.optId(QStringLiteral("article_result_id"));
    d.primaryResultId = r.optId(QStringLiteral("primary_result_id"));
    d.claimId = r.optId(QStringLiteral("claim_id"));
    d.claimSlug = r.text(QStringLiteral("claim_slug"));
    d.studyId = r.optId(QStringLiteral("study_id"));
    d.studySlug = r.text(QStringLiteral("study_slug"));
    d.explanation = r.text(QStringLiteral("explanation"));
    return d;
}

FieldProvenanceRecord readProvenance(const Row &r)
{
    FieldProvenanceRecord p;
    p.id = r.id(QStringLiteral("id"));
    p.entity = r.text(QStringLiteral("entity"));
    p.entityId = r.id(QStringLiteral("entity_id"));
    p.field = r.text(QStringLiteral("field"));
    p.sourceId = r.id(QStringLiteral("source_id"));
    p.sourceShortLabel = r.text(QStringLiteral("source_short_label"));
    p.quote = r.text(QStringLiteral("quote"));
    p.origin = r.text(QStringLiteral("origin"));
    return p;
}

OutcomeMeasureRecord readOutcome(const Row &r)
{
    OutcomeMeasureRecord o;
    o.id = r.id(QStringLiteral("id"));
    o.slug = r.text(QStringLiteral("slug"));
    o.name = r.text(QStringLiteral("name"));
    o.abbreviation = r.text(QStringLiteral("abbreviation"));
    o.domain = r.text(QStringLiteral("domain"));
    o.direction = r.text(QStringLiteral("direction"));
    o.rangeMin = r.optDouble(QStringLiteral("range_min"));
    o.rangeMax = r.optDouble(QStringLiteral("range_max"));
    o.isEnsemble = r.flag(QStringLiteral("is_ensemble"));
    o.description = r.text(QStringLiteral("description"));
    o.userRecord = r.flag(QStringLiteral("user_record"));
    o.resultCount = r.integer(QStringLiteral("result_count"));
    return o;
}

MechanismRecord readMechanism(const Row &r)
{
    MechanismRecord m;
    m.id = r.id(QStringLiteral("id"));
    m.slug = r.text(QStringLiteral("slug"));
    m.category = r.text(QStringLiteral("category"));
    m.description = r.text(QStringLiteral("description"));
    m.sourceId = r.id(QStringLiteral("source_id"));
    m.sourceShortLabel = r.text(QStringLiteral("source_short_label"));
    m.quote = r.text(QStringLiteral("quote"));
    m.sortOrder = r.integer(QStringLiteral("sort_order"));
    m.userRecord = r.flag(QStringLiteral("user_record"));
    return m;
}

MechanismTargetRecord readTarget(const Row &r)
{
    MechanismTargetRecord t;
    t.targetId = r.id(QStringLiteral("target_id"));
    t.slug = r.text(QStringLiteral("slug"));
    t.name = r.text(QStringLiteral("name"));
    t.kind = r.text(QStringLiteral("kind"));
    t.description = r.text(QStringLiteral("description"));
    t.direction = r.text(QStringLiteral("direction"));
    t.quote = r.text(QStringLiteral("quote"));
    return t;
}

MechanismEvidenceRecord readEvidence(const Row &r)
{
    MechanismEvidenceRecord e;
    e.id = r.id(QStringLiteral("id"));
    e.studyId = r.optId(QStringLiteral("study_id"));
    e.studySlug = r.text(QStringLiteral("study_slug"));
    e.studyName = r.text(QStringLiteral("study_name"));
    e.resultId = r.optId(QStringLiteral("result_id"));
    e.sourceId = r.id(QStringLiteral("source_id"));
    e.sourceShortLabel = r.text(QStringLiteral("source_short_label"));
    e.support = r.text(QStringLiteral("support"));
    e.note = r.text(QStringLiteral("note"));
    e.quote = r.text(QStringLiteral("quote"));
    return e;
}

ClaimRecord readClaim(const Row &r)
{
    ClaimRecord c;
    c.id = r.id(QStringLiteral("id"));
    c.slug = r.text(QStringLiteral("slug"));
    c.text = r.text(QStringLiteral("text"));
    c.topic = r.text(QStringLiteral("topic"));
    c.kind = r.text(QStringLiteral("kind"));
    c.studyId = r.optId(QStringLiteral("study_id"));
    c.studySlug = r.text(QStringLiteral("study_slug"));
    c.studyName = r.text(QStringLiteral("study_name"));
    c.resultId = r.optId(QStringLiteral("result_id"));
    c.sourceId = r.id(QStringLiteral("source_id"));
    c.sourceShortLabel = r.text(QStringLiteral("source_short_label"));
    c.verdict = r.text(QStringLiteral("verdict"));
    c.verdictNote = r.text(QStringLiteral("verdict_note"));
    c.sortOrder = r.integer(QStringLiteral("sort_order"));
    return c;
}

StudyRef readStudyRef(const Row &r)
{
    return {r.id(QStringLiteral("id")), r.text(QStringLiteral("slug")),
            r.text(QStringLiteral("name"))};
}

// ---- fixed SQL --------------------------------------------------------------------------

const QString kStudySummarySelect = QStringLiteral(
    "SELECT s.id, s.slug, s.name, s.design, s.condition, s.severity, s.species, s.blinding, "
    "s.year, s.n_enrolled, s.n_analysed, s.sponsorship, "
    "(SELECT count(*) FROM result r WHERE r.study_id = s.id) AS result_count FROM study s");

const QString kResultSelect = QStringLiteral(
    "SELECT r.*, s.slug AS study_slug, s.name AS study_name, o.slug AS outcome_slug, "
    "o.name AS outcome_name, o.abbreviation AS outcome_abbreviation, "
    "o.domain AS outcome_domain, o.direction AS outcome_direction, "
    "o.is_ensemble AS outcome_is_ensemble, src.slug AS source_slug, "
    "src.short_label AS source_short_label, src.doi AS source_doi, src.pmid AS source_pmid "
    "FROM result r JOIN study s ON s.id = r.study_id "
    "JOIN outcome_measure o ON o.id = r.outcome_id JOIN source src ON src.id = r.source_id");

const QString kArmSummarySelect =
    QStringLiteral("SELECT a.*, src.short_label AS source_short_label FROM arm_summary a "
                   "JOIN source src ON src.id = a.source_id");

const QString kDosingSelect =
    QStringLiteral("SELECT d.*, s.slug AS study_slug, src.short_label AS source_short_label "
                   "FROM dosing_protocol d LEFT JOIN study s ON s.id = d.study_id "
                   "JOIN source src ON src.id = d.source_id");

const QString kDiscrepancySelect = QStringLiteral(
    "SELECT x.*, a.short_label AS article_source_short_label, "
    "p.short_label AS primary_source_short_label, c.slug AS claim_slug, s.slug AS study_slug "
    "FROM discrepancy x JOIN source a ON a.id = x.article_source_id "
    "LEFT JOIN source p ON p.id = x.primary_source_id LEFT JOIN claim c ON c.id = x.claim_id "
    "LEFT JOIN study s ON s.id = x.study_id");

const QString kClaimSelect = QStringLiteral(
    "SELECT c.*, s.slug AS study_slug, s.name AS study_name, "
    "src.short_label AS source_short_label FROM claim c LEFT JOIN study s ON s.id = c.study_id "
    "JOIN source src ON src.id = c.source_id");

const QString kMechanismSelect =
    QStringLiteral("SELECT m.*, src.short_label AS source_short_label FROM mechanism m "
                   "JOIN source src ON src.id = m.source_id");

const QString kTargetSelect = QStringLiteral(
    "SELECT mt.mechanism_id, mt.target_id, mt.direction, mt.quote, t.slug, t.name, t.kind, "
    "t.description FROM mechanism_target mt JOIN molecular_target t ON t.id = mt.target_id");

const QString kEvidenceSelect = QStringLiteral(
    "SELECT e.*, s.slug AS study_slug, s.name AS study_name, "
    "src.short_label AS source_short_label FROM mechanism_evidence e "
    "LEFT JOIN study s ON s.id = e.study_id JOIN source src ON src.id = e.source_id");

const QString kOutcomeSelect = QStringLiteral(
    "SELECT o.*, (SELECT count(*) FROM result r WHERE r.outcome_id = o.id) AS result_count "
    "FROM outcome_measure o");

std::atomic<int> g_connectionCounter{0};

// The SQLite file header (https://www.sqlite.org/fileformat.html#the_database_header):
// catches a file that is not SQLite, or is shorter than its header says, before SQLite
// opens it.
QString checkFileHeader(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return tr("cannot read %1: %2").arg(path, file.errorString());
    }
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return tr("%1 is not an Evidence Browser catalogue (not an SQLite database)").arg(path);
    }
    if (header.size() < 100) {
        return tr("%1 is damaged: the file is truncated (%2 bytes)").arg(path).arg(size);
    }
    const auto byte = [&header](int i) {
        return static_cast<quint32>(static_cast<uchar>(header.at(i)));
    };
    const auto be32 = [&byte](int i) {
        return (byte(i) << 24) | (byte(i + 1) << 16) | (byte(i + 2) << 8) | byte(i + 3);
    };
    quint32 pageSize = (byte(16) << 8) | byte(17);
    if (pageSize == 1) {
        pageSize = 65536;
    }
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        return tr("%1 is damaged: invalid page size in the header").arg(path);
    }
    const quint32 pageCount = be32(28);
    // The in-header size is valid only when the change counter matches "version valid for".
    if (pageCount > 0 && be32(24) == be32(92) && static_cast<qint64>(pageCount) * pageSize > size) {
        return tr("%1 is damaged: the file is truncated (%2 of %3 bytes)")
            .arg(path)
            .arg(size)
            .arg(static_cast<qint64>(pageCount) * pageSize);
    }
    if (size % pageSize != 0) {
        return tr("%1 is damaged: its size is not a whole number of pages").arg(path);
    }
    return {};
}

// " LIMIT ? OFFSET ?" with its values appended to binds, or nothing for "all rows".
QString pageClause(int limit, int offset, QVariantList &binds)
{
    if (limit <= 0) {
        return {};
    }
    binds << limit << qMax(0, offset);
    return QStringLiteral(" LIMIT ? OFFSET ?");
}

} // namespace

QString searchHitKindKey(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Study:
        return QStringLiteral("study");
    case SearchHit::Kind::Outcome:
        return QStringLiteral("outcome");
    case SearchHit::Kind::Mechanism:
        return QStringLiteral("mechanism");
    case SearchHit::Kind::Claim:
        return QStringLiteral("claim");
    case SearchHit::Kind::Source:
        return QStringLiteral("source");
    }
    return {};
}

struct Catalogue::Private
{
    QString connectionName;
    QString path;
    mutable QString lastError;
    int version = 0;
    bool isOpen = false;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    sqlite3 *handle() const
    {
        const QVariant v = db().driver()->handle();
        if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0) {
            return *static_cast<sqlite3 *const *>(v.constData());
        }
        return nullptr;
    }

    bool fail(const QString &message) const
    {
        // One line: SQLite's integrity reports span several.
        lastError = message.simplified();
        qCDebug(lcCatalogue).noquote() << message;
        return false;
    }

    bool connect(const QString &file, bool readOnly)
    {
        disconnect();
        connectionName = QStringLiteral("eb-catalogue-%1").arg(++g_connectionCounter);
        QSqlDatabase database =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        database.setDatabaseName(file);
        if (readOnly) {
            database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!database.open()) {
            const QString message = database.lastError().text();
            disconnect();
            return fail(tr("cannot open %1: %2").arg(file, message));
        }
        if (handle() == nullptr) {
            disconnect();
            return fail(tr("the Qt SQLite driver gives no SQLite handle"));
        }
        return true;
    }

    void disconnect()
    {
        if (connectionName.isEmpty()) {
            return;
        }
        {
            QSqlDatabase database = QSqlDatabase::database(connectionName, false);
            if (database.isOpen()) {
                database.close();
            }
        }
        QSqlDatabase::removeDatabase(connectionName);
        connectionName.clear();
        isOpen = false;
    }

    std::optional<qint64> scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        Statement statement(handle(), sql);
        if (!statement.bind(binds) || statement.step() != Statement::Step::Row) {
            fail(tr("catalogue query failed: %1").arg(statement.errorMessage()));
            return std::nullopt;
        }
        return statement.integer(0);
    }

    bool hasFts5() const
    {
        QString error;
        sqlite3 *h = handle();
        if (!execSql(h, "CREATE VIRTUAL TABLE temp.eb_fts5_probe USING fts5(x)", &error)) {
            return false;
        }
        execSql(h, "DROP TABLE temp.eb_fts5_probe", &error);
        return true;
    }

    // Inspects the open (read-only) connection: a readable catalogue of a known version?
    bool verify(const QString &file, qint64 size)
    {
        const auto userVersion = scalar(QStringLiteral("PRAGMA user_version"));
        if (!userVersion) {
            return fail(tr("%1 is damaged or not a catalogue: %2").arg(file, lastError));
        }
        if (size > 0 && size <= kQuickCheckMaxBytes) {
            Statement check(handle(), QStringLiteral("PRAGMA quick_check(1)"));
            if (check.step() != Statement::Step::Row) {
                return fail(tr("%1 is damaged: %2").arg(file, check.errorMessage()));
            }
            const QString verdict = check.text(0);
            if (verdict != QLatin1String("ok")) {
                return fail(tr("%1 is damaged: %2").arg(file, verdict));
            }
        }
        version = static_cast<int>(*userVersion);
        const auto tables = scalar(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                           "('source', 'study', 'result', 'outcome_measure', 'catalogue_info')"));
        if (!tables) {
            return fail(tr("%1 is damaged: %2").arg(file, lastError));
        }
        if (version > latestVersion()) {
            return fail(tr("%1 was made by a newer version of Evidence Browser (catalogue schema "
                           "version %2; this program reads up to version %3)")
                            .arg(file)
                            .arg(version)
                            .arg(latestVersion()));
        }
        if (version < 1 || *tables != 5) {
            return fail(tr("%1 is not an Evidence Browser catalogue").arg(file));
        }
        if (!hasFts5()) {
            return fail(tr("this SQLite library has no FTS5 full-text search, which the "
                           "catalogue needs"));
        }
        return true;
    }

    // Applies every migration newer than the file's version, in one transaction.
    bool migrate()
    {
        sqlite3 *h = handle();
        QString error;
        // Foreign keys cannot be switched inside a transaction.
        if (!execSql(h, "PRAGMA foreign_keys = ON", &error) ||
            !execSql(h, "BEGIN IMMEDIATE", &error)) {
            return fail(tr("cannot start the catalogue upgrade: %1").arg(error));
        }
        const auto rollback = [&](const QString &message) {
            QString ignored;
            execSql(h, "ROLLBACK", &ignored);
            return fail(message);
        };
        // Read again inside the write lock: another process may have migrated meanwhile.
        const auto current = scalar(QStringLiteral("PRAGMA user_version"));
        if (!current) {
            return rollback(lastError);
        }
        version = static_cast<int>(*current);
        if (version > latestVersion()) {
            return rollback(tr("the catalogue was upgraded by a newer version of Evidence "
                               "Browser meanwhile (schema version %1)")
                                .arg(version));
        }
        for (const auto &[migrationVersion, resource] : migrationFiles()) {
            if (migrationVersion <= version) {
                continue;
            }
            QFile file(resource);
            if (!file.open(QIODevice::ReadOnly)) {
                return rollback(tr("cannot read the migration %1").arg(resource));
            }
            const QString name = QFileInfo(resource).fileName();
            if (!runSqlScript(h, file.readAll(), name, &error)) {
                return rollback(tr("the catalogue upgrade failed: %1").arg(error));
            }
            const QByteArray pragma =
                QByteArrayLiteral("PRAGMA user_version = ") + QByteArray::number(migrationVersion);
            if (!execSql(h, pragma.constData(), &error)) {
                return rollback(tr("the catalogue upgrade failed: %1").arg(error));
            }
            version = migrationVersion;
        }
        if (!execSql(h, "COMMIT", &error)) {
            return rollback(tr("the catalogue upgrade could not be committed: %1").arg(error));
        }
        return true;
    }

    // Runs a query and returns what `read` makes of each row; on failure an empty list and
    // lastError() says why.
    template <typename T, typename Read>
    QList<T> list(const QString &sql, const QVariantList &binds, Read read) const
    {
        QList<T> out;
        if (!isOpen) {
            fail(tr("no catalogue is open"));
            return out;
        }
        Statement statement(handle(), sql);
        if (!statement.bind(binds)) {
            fail(tr("catalogue query failed: %1").arg(statement.errorMessage()));
            return out;
        }
        const Row row(statement);
        Statement::Step step = Statement::Step::Done;
        while ((step = statement.step()) == Statement::Step::Row) {
            out.append(read(row));
        }
        if (step == Statement::Step::Error) {
            fail(tr("catalogue query failed: %1").arg(statement.errorMessage()));
            out.clear();
        }
        return out;
    }

    // Fills the arm summaries of `results` from one query over the given result-id subquery.
    void attachArmSummaries(QList<ResultRecord> &results, const QString &resultIdSubquery,
                            const QVariantList &binds) const
    {
        if (results.isEmpty()) {
            return;
        }
        QHash<qint64, qsizetype> index;
        for (qsizetype i = 0; i < results.size(); ++i) {
            index.insert(results.at(i).id, i);
        }
        const auto arms = list<ArmSummaryRecord>(
            kArmSummarySelect + QStringLiteral(" WHERE a.result_id IN (") + resultIdSubquery +
                QStringLiteral(") ORDER BY a.result_id, a.id"),
            binds, readArmSummary);
        for (const ArmSummaryRecord &arm : arms) {
            const auto it = index.constFind(arm.resultId);
            if (it != index.constEnd()) {
                results[*it].arms.append(arm);
            }
        }
        // Treatment arm first, then catalogue order; sorted here, per result, because an
        // ORDER BY on arm_role would make SQLite sort every arm summary of the list.
        for (ResultRecord &r : results) {
            std::stable_sort(r.arms.begin(), r.arms.end(),
                             [](const ArmSummaryRecord &a, const ArmSummaryRecord &b) {
                                 return a.armRole == QLatin1String("treatment") &&
                                        b.armRole != QLatin1String("treatment");
                             });
        }
    }

    std::optional<StudyDetail> studyWhere(const QString &condition, const QVariant &key) const
    {
        lastError.clear();
        const auto found = list<StudyDetail>(
            QStringLiteral("SELECT * FROM study WHERE ") + condition, {key}, readStudyDetail);
        if (found.isEmpty()) {
            return std::nullopt;
        }
        StudyDetail s = found.first();
        const QVariantList id{s.id};
        s.arms = list<StudyArmRecord>(
            QStringLiteral("SELECT a.*, src.short_label AS source_short_label FROM study_arm a "
                           "LEFT JOIN source src ON src.id = a.source_id WHERE a.study_id = ? "
                           "ORDER BY CASE a.role WHEN 'treatment' THEN 0 ELSE 1 END, a.id"),
            id, readArm);
        s.results = list<ResultRecord>(
            kResultSelect + QStringLiteral(" WHERE r.study_id = ? ORDER BY r.id"), id, readResult);
        attachArmSummaries(s.results, QStringLiteral("SELECT id FROM result WHERE study_id = ?"),
                           id);
        s.dosing = list<DosingRecord>(
            kDosingSelect + QStringLiteral(" WHERE d.study_id = ? ORDER BY d.id"), id, readDosing);
        s.sources = list<StudySourceRecord>(
            QStringLiteral("SELECT src.*, ss.role AS link_role, ss.note AS link_note "
                           "FROM study_source ss JOIN source src ON src.id = ss.source_id "
                           "WHERE ss.study_id = ? ORDER BY CASE ss.role WHEN 'primary' THEN 0 "
                           "WHEN 'article' THEN 2 ELSE 1 END, src.year, src.id"),
            id, [](const Row &r) {
                return StudySourceRecord{readSource(r), r.text(QStringLiteral("link_role")),
                                         r.text(QStringLiteral("link_note"))};
            });
        s.components = list<StudyRef>(
            QStringLiteral("SELECT s.id, s.slug, s.name FROM study_component c JOIN study s ON "
                           "s.id = c.child_study_id WHERE c.parent_study_id = ? "
                           "ORDER BY s.year, s.name"),
            id, readStudyRef);
        s.parents = list<StudyRef>(
            QStringLiteral("SELECT s.id, s.slug, s.name FROM study_component c JOIN study s ON "
                           "s.id = c.parent_study_id WHERE c.child_study_id = ? "
                           "ORDER BY s.year, s.name"),
            id, readStudyRef);
        s.discrepancies = list<DiscrepancyRecord>(
            kDiscrepancySelect +
                QStringLiteral(" WHERE x.study_id = ? OR x.article_result_id IN (SELECT id FROM "
                               "result WHERE study_id = ?) OR x.primary_result_id IN (SELECT "
                               "id FROM result WHERE study_id = ?) ORDER BY x.id"),
            {s.id, s.id, s.id}, readDiscrepancy);
        s.provenance = list<FieldProvenanceRecord>(
            QStringLiteral(
                "SELECT f.*, src.short_label AS source_short_label FROM field_provenance f "
                "JOIN source src ON src.id = f.source_id WHERE "
                "(f.entity = 'study' AND f.entity_id = ?) OR "
                "(f.entity = 'study_arm' AND f.entity_id IN "
                "(SELECT id FROM study_arm WHERE study_id = ?)) OR "
                "(f.entity = 'dosing_protocol' AND f.entity_id IN "
                "(SELECT id FROM dosing_protocol WHERE study_id = ?)) "
                "ORDER BY f.entity DESC, f.entity_id, f.field, f.id"),
            {s.id, s.id, s.id}, readProvenance);
        if (!lastError.isEmpty()) {
            return std::nullopt;
        }
        return s;
    }

    void attachTargetsAndEvidence(QList<MechanismRecord> &mechanisms, const QString &where,
                                  const QVariantList &binds) const
    {
        QHash<qint64, qsizetype> index;
        for (qsizetype i = 0; i < mechanisms.size(); ++i) {
            index.insert(mechanisms.at(i).id, i);
        }
        struct Linked
        {
            qint64 mechanismId;
            MechanismTargetRecord target;
        };
        const auto targets = list<Linked>(
            kTargetSelect + where + QStringLiteral(" ORDER BY mt.rowid"), binds, [](const Row &r) {
                return Linked{r.id(QStringLiteral("mechanism_id")), readTarget(r)};
            });
        for (const Linked &linked : targets) {
            const auto it = index.constFind(linked.mechanismId);
            if (it != index.constEnd()) {
                mechanisms[*it].targets.append(linked.target);
            }
        }
        struct Evidence
        {
            qint64 mechanismId;
            MechanismEvidenceRecord evidence;
        };
        const QString evidenceWhere =
            QString(where).replace(QStringLiteral("mt."), QStringLiteral("e."));
        const auto evidence = list<Evidence>(
            kEvidenceSelect + evidenceWhere + QStringLiteral(" ORDER BY e.id"), binds,
            [](const Row &r) {
                return Evidence{r.id(QStringLiteral("mechanism_id")), readEvidence(r)};
            });
        for (const Evidence &e : evidence) {
            const auto it = index.constFind(e.mechanismId);
            if (it != index.constEnd()) {
                mechanisms[*it].evidence.append(e.evidence);
            }
        }
    }
};

Catalogue::Catalogue() : d(std::make_unique<Private>()) {}

Catalogue::~Catalogue()
{
    d->disconnect();
}

bool Catalogue::open(const QString &path, OpenMode mode)
{
    close();
    d->lastError.clear();
    d->path = path;
    if (latestVersion() == 0) {
        return d->fail(tr("no catalogue schema is compiled into this program"));
    }

    if (path == QLatin1String(":memory:")) {
        if (!d->connect(path, false) || !d->migrate()) {
            d->disconnect();
            return false;
        }
        if (!d->hasFts5()) {
            d->disconnect();
            return d->fail(tr("this SQLite library has no FTS5 full-text search, which the "
                              "catalogue needs"));
        }
        d->isOpen = true;
        return true;
    }

    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && !info.isFile()) {
        return d->fail(tr("%1 is not a file").arg(path));
    }
    const bool fresh = !exists || info.size() == 0;
    if (fresh && mode != OpenMode::Create) {
        return d->fail(
            exists ? tr("%1 is not an Evidence Browser catalogue (the file is empty)").arg(path)
                   : tr("%1 does not exist").arg(path));
    }

    if (!fresh) {
        // Everything about an existing file is checked on a read-only connection, so a file
        // that is refused is never written to.
        const QString headerError = checkFileHeader(path, info.size());
        if (!headerError.isEmpty()) {
            return d->fail(headerError);
        }
        if (!d->connect(path, true)) {
            return false;
        }
        if (!d->verify(path, info.size())) {
            const QString message = d->lastError;
            d->disconnect();
            return d->fail(message);
        }
        if (mode == OpenMode::ReadOnly) {
            if (d->version < latestVersion()) {
                const int old = d->version;
                d->disconnect();
                return d->fail(tr("%1 has catalogue schema version %2; this program needs "
                                  "version %3 (open it for writing to upgrade it)")
                                   .arg(path)
                                   .arg(old)
                                   .arg(latestVersion()));
            }
            QString error;
            execSql(d->handle(), "PRAGMA foreign_keys = ON", &error);
            d->isOpen = true;
            return true;
        }
    }

    if (!d->connect(path, false)) {
        return false;
    }
    if (fresh && !d->hasFts5()) {
        d->disconnect();
        return d->fail(tr("this SQLite library has no FTS5 full-text search, which the "
                          "catalogue needs"));
    }
    // A catalogue that is up to date is not written to at all (it may sit on a read-only
    // medium); only an older or a new one takes the write lock.
    if ((fresh || d->version < latestVersion()) && !d->migrate()) {
        const QString message = d->lastError;
        d->disconnect();
        return d->fail(message);
    }
    QString error;
    execSql(d->handle(), "PRAGMA foreign_keys = ON", &error);
    d->isOpen = true;
    return true;
}

void Catalogue::close()
{
    d->disconnect();
    d->version = 0;
}

bool Catalogue::isOpen() const
{
    return d->isOpen;
}

QString Catalogue::path() const
{
    return d->path;
}

QString Catalogue::lastError() const
{
    return d->lastError;
}

int Catalogue::schemaVersion() const
{
    return d->isOpen ? d->version : 0;
}

int Catalogue::latestSchemaVersion()
{
    return latestVersion();
}

QString Catalogue::info(const QString &key) const
{
    const auto values =
        d->list<QString>(QStringLiteral("SELECT value FROM catalogue_info WHERE key = ?"), {key},
                         [](const Row &r) { return r.text(QStringLiteral("value")); });
    return values.isEmpty() ? QString() : values.first();
}

QList<StudySummary> Catalogue::studies(const StudyFilter &filter) const
{
    d->lastError.clear();
    QStringList where;
    QVariantList binds;
    const auto equal = [&](const char *column, const QString &value) {
        if (!value.isEmpty()) {
            where << QStringLiteral("s.%1 = ?").arg(QLatin1String(column));
            binds << value;
        }
    };
    equal("condition", filter.condition);
    equal("design", filter.design);
    equal("species", filter.species);
    if (!filter.text.trimmed().isEmpty()) {
        const QString match = ftsQueryFromUserText(filter.text);
        if (match.isEmpty()) {
            return {}; // only punctuation: nothing can match
        }
        where << QStringLiteral("s.id IN (SELECT rowid / 8 FROM search_index WHERE search_index "
                                "MATCH ? AND rowid % 8 = %1)")
                     .arg(kKindStudy);
        binds << match;
    }
    QString sql = kStudySummarySelect;
    if (!where.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    }
    // s.id last: a total order, so that pages neither repeat nor skip rows.
    sql += QStringLiteral(" ORDER BY s.condition DESC, s.year, s.name, s.id");
    sql += pageClause(filter.limit, filter.offset, binds);
    return d->list<StudySummary>(sql, binds, readStudySummary);
}

std::optional<StudyDetail> Catalogue::study(const QString &slug) const
{
    return d->studyWhere(QStringLiteral("slug = ?"), slug);
}

std::optional<StudyDetail> Catalogue::study(qint64 id) const
{
    return d->studyWhere(QStringLiteral("id = ?"), id);
}

QList<ResultRecord> Catalogue::results(const ResultFilter &filter) const
{
    d->lastError.clear();
    // Every filter is a condition on the result row itself (the study and outcome ones as
    // IN-subqueries), so SQLite walks the result_study / result_outcome indexes instead of
    // scanning every result, and the arm-summary query can reuse the same WHERE without joins.
    // Column names come from these fixed strings; values are bound.
    QStringList where;
    QVariantList binds;
    const auto add = [&](const QString &condition, const QVariant &value) {
        where << condition;
        binds << value;
    };
    if (filter.studyId) {
        add(QStringLiteral("r.study_id = ?"), *filter.studyId);
    }
    if (!filter.studySlug.isEmpty()) {
        add(QStringLiteral("r.study_id IN (SELECT id FROM study WHERE slug = ?)"),
            filter.studySlug);
    }
    if (!filter.outcomeSlug.isEmpty()) {
        add(QStringLiteral("r.outcome_id IN (SELECT id FROM outcome_measure WHERE slug = ?)"),
            filter.outcomeSlug);
    }
    if (!filter.domain.isEmpty()) {
        add(QStringLiteral("r.outcome_id IN (SELECT id FROM outcome_measure WHERE domain = ?)"),
            filter.domain);
    }
    if (!filter.metric.isEmpty()) {
        add(QStringLiteral("r.metric = ?"), filter.metric);
    }
    if (!filter.condition.isEmpty()) {
        add(QStringLiteral("r.study_id IN (SELECT id FROM study WHERE condition = ?)"),
            filter.condition);
    }
    if (!filter.species.isEmpty()) {
        add(QStringLiteral("r.study_id IN (SELECT id FROM study WHERE species = ?)"),
            filter.species);
    }
    const QString whereSql = where.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    // Catalogue order (the seed groups results by study); tables sort for themselves.
    QVariantList pageBinds = binds;
    const QString page =
        QStringLiteral(" ORDER BY r.id") + pageClause(filter.limit, filter.offset, pageBinds);
    auto results = d->list<ResultRecord>(kResultSelect + whereSql + page, pageBinds, readResult);
    d->attachArmSummaries(results, QStringLiteral("SELECT r.id FROM result r") + whereSql + page,
                          pageBinds);
    return results;
}

std::optional<ResultRecord> Catalogue::result(qint64 id) const
{
    d->lastError.clear();
    auto results =
        d->list<ResultRecord>(kResultSelect + QStringLiteral(" WHERE r.id = ?"), {id}, readResult);
    if (results.isEmpty()) {
        return std::nullopt;
    }
    d->attachArmSummaries(results, QStringLiteral("SELECT ?"), {id});
    return results.first();
}

QList<OutcomeMeasureRecord> Catalogue::outcomes(const OutcomeFilter &filter) const
{
    d->lastError.clear();
    if (!filter.domain.isEmpty()) {
        return d->list<OutcomeMeasureRecord>(
            kOutcomeSelect + QStringLiteral(" WHERE o.domain = ? ORDER BY o.domain, o.name"),
            {filter.domain}, readOutcome);
    }
    return d->list<OutcomeMeasureRecord>(
        kOutcomeSelect + QStringLiteral(" ORDER BY o.domain, o.name"), {}, readOutcome);
}

std::optional<OutcomeMeasureRecord> Catalogue::outcome(const QString &slug) const
{
    d->lastError.clear();
    auto found = d->list<OutcomeMeasureRecord>(kOutcomeSelect + QStringLiteral(" WHERE o.slug = ?"),
                                               {slug}, readOutcome);
    if (found.isEmpty()) {
        return std::nullopt;
    }
    OutcomeMeasureRecord o = found.first();
    o.studies = d->list<StudyRef>(
        QStringLiteral("SELECT DISTINCT s.id, s.slug, s.name, s.year FROM result r JOIN study s "
                       "ON s.id = r.study_id WHERE r.outcome_id = ? ORDER BY s.year, s.name"),
        {o.id}, readStudyRef);
    return o;
}

QList<MechanismRecord> Catalogue::mechanisms() const
{
    d->lastError.clear();
    auto mechanisms = d->list<MechanismRecord>(
        kMechanismSelect + QStringLiteral(" ORDER BY m.sort_order, m.id"), {}, readMechanism);
    d->attachTargetsAndEvidence(mechanisms, QString(), {});
    return mechanisms;
}

std::optional<MechanismRecord> Catalogue::mechanism(const QString &slug) const
{
    d->lastError.clear();
    auto found = d->list<MechanismRecord>(kMechanismSelect + QStringLiteral(" WHERE m.slug = ?"),
                                          {slug}, readMechanism);
    if (found.isEmpty()) {
        return std::nullopt;
    }
    d->attachTargetsAndEvidence(found, QStringLiteral(" WHERE mt.mechanism_id = ?"),
                                {found.first().id});
    return found.first();
}

QList<ClaimRecord> Catalogue::claims() const
{
    d->lastError.clear();
    return d->list<ClaimRecord>(kClaimSelect + QStringLiteral(" ORDER BY c.sort_order, c.id"), {},
                                readClaim);
}

std::optional<ClaimRecord> Catalogue::claim(const QString &slug) const
{
    d->lastError.clear();
    auto found =
        d->list<ClaimRecord>(kClaimSelect + QStringLiteral(" WHERE c.slug = ?"), {slug}, readClaim);
    if (found.isEmpty()) {
        return std::nullopt;
    }
    ClaimRecord c = found.first();
    if (c.resultId) {
        c.result = result(*c.resultId);
    }
    c.discrepancies = d->list<DiscrepancyRecord>(
        kDiscrepancySelect + QStringLiteral(" WHERE x.claim_id = ? ORDER BY x.id"), {c.id},
        readDiscrepancy);
    return c;
}

QList<SourceRecord> Catalogue::sources() const
{
    d->lastError.clear();
    return d->list<SourceRecord>(
        QStringLiteral("SELECT * FROM source ORDER BY CASE kind WHEN 'article' THEN 0 ELSE 1 END, "
                       "year, short_label"),
        {}, readSource);
}

std::optional<SourceRecord> Catalogue::source(const QString &slug) const
{
    d->lastError.clear();
    auto found = d->list<SourceRecord>(QStringLiteral("SELECT * FROM source WHERE slug = ?"),
                                       {slug}, readSource);
    if (found.isEmpty()) {
        return std::nullopt;
    }
    SourceRecord s = found.first();
    s.studies = d->list<StudyRef>(
        QStringLiteral("SELECT s.id, s.slug, s.name FROM study s WHERE s.id IN (SELECT study_id "
                       "FROM study_source WHERE source_id = ?) OR s.primary_source_id = ? "
                       "ORDER BY s.year, s.name"),
        {s.id, s.id}, readStudyRef);
    return s;
}

QList<DosingRecord> Catalogue::dosing() const
{
    d->lastError.clear();
    return d->list<DosingRecord>(kDosingSelect + QStringLiteral(" ORDER BY d.id"), {}, readDosing);
}

QList<DiscrepancyRecord> Catalogue::discrepancies() const
{
    d->lastError.clear();
    return d->list<DiscrepancyRecord>(kDiscrepancySelect + QStringLiteral(" ORDER BY x.id"), {},
                                      readDiscrepancy);
}

sqlite3 *Catalogue::sqliteHandle() const
{
    return d->isOpen ? d->handle() : nullptr;
}

QStringList Catalogue::distinctValues(StudyColumn column) const
{
    d->lastError.clear();
    // Column names come from this fixed switch, never from input.
    QString name;
    switch (column) {
    case StudyColumn::Condition:
        name = QStringLiteral("condition");
        break;
    case StudyColumn::Design:
        name = QStringLiteral("design");
        break;
    case StudyColumn::Species:
        name = QStringLiteral("species");
        break;
    }
    const auto values = d->list<QString>(
        QStringLiteral("SELECT DISTINCT %1 AS value FROM study ORDER BY 1").arg(name), {},
        [](const Row &r) { return r.text(QStringLiteral("value")); });
    return QStringList(values.cbegin(), values.cend());
}

CatalogueCounts Catalogue::counts() const
{
    d->lastError.clear();
    CatalogueCounts c;
    const auto rows = d->list<QList<int>>(
        QStringLiteral(
            "SELECT (SELECT count(*) FROM study) AS studies, "
            "(SELECT count(*) FROM outcome_measure) AS outcomes, "
            "(SELECT count(*) FROM result) AS results, "
            "(SELECT count(*) FROM mechanism) AS mechanisms, "
            "(SELECT count(*) FROM molecular_target) AS targets, "
            "(SELECT count(*) FROM claim) AS claims, (SELECT count(*) FROM source) AS sources, "
            "(SELECT count(*) FROM discrepancy) AS discrepancies, "
            "(SELECT count(*) FROM dosing_protocol) AS dosing"),
        {}, [](const Row &r) {
            return QList<int>{
                r.integer(QStringLiteral("studies")), r.integer(QStringLiteral("outcomes")),
                r.integer(QStringLiteral("results")), r.integer(QStringLiteral("mechanisms")),
                r.integer(QStringLiteral("targets")), r.integer(QStringLiteral("claims")),
                r.integer(QStringLiteral("sources")), r.integer(QStringLiteral("discrepancies")),
                r.integer(QStringLiteral("dosing"))};
        });
    if (rows.size() == 1) {
        const QList<int> &v = rows.first();
        c.studies = v[0];
        c.outcomes = v[1];
        c.results = v[2];
        c.mechanisms = v[3];
        c.targets = v[4];
        c.claims = v[5];
        c.sources = v[6];
        c.discrepancies = v[7];
        c.dosingProtocols = v[8];
    }
    return c;
}

QList<SearchHit> Catalogue::search(const QString &text, int limit, int offset,
                                   const QString &highlightOpen,
                                   const QString &highlightClose) const
{
    d->lastError.clear();
    const QString match = ftsQueryFromUserText(text);
    if (match.isEmpty() || limit <= 0) {
        return {};
    }
    // Title matches weigh ten times body matches (bm25 column weights: slug, title, body).
    return d->list<SearchHit>(
        QStringLiteral("SELECT rowid AS key, slug, title, "
                       "snippet(search_index, -1, ?, ?, '…', 12) AS snippet "
                       "FROM search_index WHERE search_index MATCH ? "
                       "ORDER BY bm25(search_index, 0.0, 10.0, 1.0), rowid LIMIT ? OFFSET ?"),
        {highlightOpen, highlightClose, match, limit, qMax(0, offset)}, [](const Row &r) {
            const qint64 key = r.id(QStringLiteral("key"));
            SearchHit hit;
            switch (static_cast<int>(key % kKindBits)) {
            case kKindOutcome:
                hit.kind = SearchHit::Kind::Outcome;
                break;
            case kKindMechanism:
                hit.kind = SearchHit::Kind::Mechanism;
                break;
            case kKindClaim:
                hit.kind = SearchHit::Kind::Claim;
                break;
            case kKindSource:
                hit.kind = SearchHit::Kind::Source;
                break;
            default:
                hit.kind = SearchHit::Kind::Study;
                break;
            }
            hit.id = key / kKindBits;
            hit.slug = r.text(QStringLiteral("slug"));
            hit.title = r.text(QStringLiteral("title"));
            hit.snippet = r.text(QStringLiteral("snippet")).simplified();
            return hit;
        });
}

bool Catalogue::runScripts(const QList<SqlScript> &scripts,
                           const QList<QPair<QString, QString>> &info)
{
    d->lastError.clear();
    if (!d->isOpen) {
        return d->fail(tr("no catalogue is open"));
    }
    sqlite3 *h = d->handle();
    QString error;
    if (!execSql(h, "PRAGMA foreign_keys = ON", &error) || !execSql(h, "BEGIN IMMEDIATE", &error)) {
        return d->fail(tr("cannot start a write transaction: %1").arg(error));
    }
    const auto rollback = [&](const QString &message) {
        QString ignored;
        execSql(h, "ROLLBACK", &ignored);
        return d->fail(message);
    };
    for (const SqlScript &script : scripts) {
        if (!runSqlScript(h, script.sql, script.name, &error)) {
            return rollback(error);
        }
    }
    for (const auto &[key, value] : info) {
        Statement insert(
            h, QStringLiteral("INSERT OR REPLACE INTO catalogue_info(key, value) VALUES (?, ?)"));
        if (!insert.bind({key, value}) || insert.step() != Statement::Step::Done) {
            return rollback(tr("cannot write catalogue_info: %1").arg(insert.errorMessage()));
        }
    }
    // Foreign keys are checked statement by statement already; this also catches rows that
    // a deferred or disabled check could have let through.
    {
        Statement check(h, QStringLiteral("PRAGMA foreign_key_check"));
        const Statement::Step step = check.step();
        if (step == Statement::Step::Error) {
            return rollback(check.errorMessage());
        }
        if (step == Statement::Step::Row) {
            return rollback(tr("foreign key violation: %1 row %2 refers to a missing %3")
                                .arg(check.text(0), check.text(1), check.text(2)));
        }
    }
    if (!execSql(h, "COMMIT", &error)) {
        return rollback(tr("the changes could not be committed: %1").arg(error));
    }
    return true;
}

} // namespace eb::catalogue
