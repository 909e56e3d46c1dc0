#include "catalogue/recordwriter.h"

#include "catalogue/naturalcollation.h"
#include "catalogue/recordtables.h"
#include "catalogue/sqlscript.h"
#include "catalogue/statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <array>
#include <cstdint>
#include <span>
#include <sqlite3.h>

namespace eb::catalogue {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::catalogue", text);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// Raised inside a transaction body: the record and field a write failed on.
struct Failure
{
    QString column;
    QString value;
    QString rule;
    QString message;
};

// A column and the value bound to it.
struct Assignment
{
    QString column;
    QVariant value;
};

std::optional<qint64> idOfSlug(StatementCache &sql, RecordKind kind, const QString &slug)
{
    Statement &find =
        sql.prepared(QStringLiteral("SELECT id FROM %1 WHERE slug = ?").arg(tables::of(kind)));
    if (find.bind({slug}) && find.step() == Statement::Step::Row) {
        return find.integer(0);
    }
    return std::nullopt;
}

// The value to store for a field's typed text (already validated); a blank text is NULL.
QVariant storedValue(const FieldSpec &field, const QString &text)
{
    if (isBlank(text)) {
        return {};
    }
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Flag:
        return parseInteger(text).value_or(0);
    case FieldType::Real:
        return parseNumber(text).value_or(0.0);
    default:
        return text;
    }
}

// The columns of a record's own row (not its arms), references resolved.
bool assignments(StatementCache &sql, const RecordRow &record, QList<Assignment> *out,
                 Failure *failure)
{
    const std::span<const FieldSpec> fields = recordFields(record.kind);
    const QStringList names = recordFieldNames(record.kind); // in the order of `fields`
    out->reserve(static_cast<qsizetype>(fields.size()) * 2);
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const FieldSpec &field = fields[i];
        const QString &name = names.at(static_cast<qsizetype>(i));
        if (tables::isArmField(record.kind, name)) {
            continue;
        }
        const QString text = record.fields.value(name);
        if (field.type == FieldType::Reference) {
            QVariant id;
            if (!isBlank(text)) {
                const auto found = idOfSlug(sql, *field.reference, text.trimmed());
                if (!found) {
                    *failure = {name, text, QStringLiteral("reference"),
                                tr("no %1 with the slug \"%2\" in the catalogue or earlier in "
                                   "this import")
                                    .arg(recordKindName(*field.reference), excerpt(text))};
                    return false;
                }
                id = *found;
            }
            out->append({tables::referenceColumn(name), id});
            continue;
        }
        // A blank field with a schema default (origin, a flag, sort_order) takes the default.
        if (isBlank(text) && field.fallback != nullptr) {
            out->append({name, storedValue(field, QString::fromLatin1(field.fallback))});
            continue;
        }
        const QVariant value = storedValue(field, text);
        out->append({name, value});
        // A study's name and its sort key are written together (db/schema/0014).
        if (record.kind == RecordKind::Study && name == QLatin1String("name")) {
            out->append({QStringLiteral("name_key"),
                         value.isNull() ? QVariant() : QVariant(naturalSortKey(value.toString()))});
        }
        if (field.type == FieldType::Real) {
            out->append({tables::textColumn(name), isBlank(text) ? QVariant() : text.trimmed()});
        }
    }
    return true;
}

bool run(Statement &statement, const QVariantList &binds, Failure *failure)
{
    if (!statement.bind(binds) || statement.step() == Statement::Step::Error) {
        if ((statement.errorCode() & 0xff) == SQLITE_FULL) {
            *failure = {{},
                        {},
                        QStringLiteral("disk-full"),
                        tr("the disk is full (or the catalogue has reached its size limit): "
                           "nothing was written; free some space and try again")};
        } else {
            *failure = {{}, {}, QStringLiteral("storage"), statement.errorMessage()};
        }
        return false;
    }
    return true;
}

// The arm summaries' INSERT and, per role, each arm field's name and spec: the same for every
// result, so made once (building them per result was a measurable part of a bulk write).
struct ArmPlan
{
    struct Field
    {
        QString name; // role_suffix
        const FieldSpec *spec = nullptr;
        bool keepsText = false; // mean and sd keep their typed text
    };
    QString sql;
    QHash<QString, QList<Field>> fieldsOf; // by role
};

const ArmPlan &armPlan()
{
    static const ArmPlan plan = [] {
        ArmPlan p;
        // The arm fields' columns are named by their suffixes; mean and sd keep their typed text.
        QStringList columns{QStringLiteral("result_id"), QStringLiteral("arm_role"),
                            QStringLiteral("source_id")};
        for (const QString &suffix : armFieldSuffixes()) {
            columns << suffix;
            if (suffix == QLatin1String("mean") || suffix == QLatin1String("sd")) {
                columns << tables::textColumn(suffix);
            }
        }
        columns << QStringLiteral("origin");
        p.sql =
            QStringLiteral("INSERT INTO arm_summary (%1) VALUES (%2)")
                .arg(columns.join(QStringLiteral(", ")),
                     QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
        for (const QString &role : armRoles()) {
            QList<ArmPlan::Field> fields;
            for (const QString &suffix : armFieldSuffixes()) {
                const QString name = role + QChar(u'_') + suffix;
                fields.append({name, findField(RecordKind::Result, name),
                               suffix == QLatin1String("mean") || suffix == QLatin1String("sd")});
            }
            p.fieldsOf.insert(role, fields);
        }
        return p;
    }();
    return plan;
}

bool insertArms(StatementCache &sql, qint64 resultId, const RecordRow &record, Failure *failure)
{
    const QVariant sourceId =
        idOfSlug(sql, RecordKind::Source, record.fields.value(QStringLiteral("source")).trimmed())
            .value_or(0);
    const ArmPlan &plan = armPlan();
    for (const QString &role : armRoles()) {
        if (!hasArm(record.fields, role)) {
            continue;
        }
        QVariantList binds{resultId, role, sourceId};
        for (const ArmPlan::Field &field : plan.fieldsOf.value(role)) {
            QString text = record.fields.value(field.name);
            if (isBlank(text) && field.spec->fallback != nullptr) {
                text = QString::fromLatin1(field.spec->fallback); // a statement's kind: transcribed
            }
            binds << storedValue(*field.spec, text);
            if (field.keepsText) {
                binds << (isBlank(text) ? QVariant() : QVariant(text.trimmed()));
            }
        }
        binds << QStringLiteral("reported");
        Statement &insert = sql.prepared(plan.sql);
        if (!run(insert, binds, failure)) {
            failure->column = role + QStringLiteral("_*");
            return false;
        }
    }
    return true;
}

// The INSERT of a kind, made from the first record of the kind a write meets (`*text`):
// assignments() gives every record of a kind the same columns in the same order.
bool insertOne(StatementCache &sql, const RecordRow &record, const QString &stamp, QString *text,
               qint64 *id, Failure *failure)
{
    sqlite3 *h = sql.handle();
    QList<Assignment> values;
    if (!assignments(sql, record, &values, failure)) {
        return false;
    }
    QVariantList binds;
    binds.reserve(values.size() + 1);
    for (const Assignment &a : values) {
        binds << a.value;
    }
    binds << stamp;
    if (text->isEmpty()) {
        QStringList columns;
        QStringList marks;
        for (const Assignment &a : values) {
            columns << a.column;
            marks << QStringLiteral("?");
        }
        columns << QStringLiteral("user_record") << QStringLiteral("row_version")
                << QStringLiteral("updated_at");
        marks << QStringLiteral("1") << QStringLiteral("1") << QStringLiteral("?");
        *text = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(tables::of(record.kind), columns.join(QStringLiteral(", ")),
                         marks.join(QStringLiteral(", ")));
    }
    Statement &insert = sql.prepared(*text);
    if (!run(insert, binds, failure)) {
        if ((sqlite3_extended_errcode(h) & 0xff) == SQLITE_CONSTRAINT &&
            insert.errorMessage().contains(QLatin1String(".slug"))) {
            *failure = {QStringLiteral("slug"), record.fields.value(QStringLiteral("slug")),
                        QStringLiteral("unique"),
                        tr("the slug \"%1\" is taken: a %2 with it is in the catalogue already")
                            .arg(excerpt(record.fields.value(QStringLiteral("slug"))),
                                 recordKindName(record.kind))};
        }
        return false;
    }
    *id = sqlite3_last_insert_rowid(h); // before the arm summaries' rows
    return record.kind != RecordKind::Result || insertArms(sql, *id, record, failure);
}

// Why an edit of (kind, id) at `version` matched no row: gone, bundled, or changed since.
Failure staleRow(sqlite3 *h, RecordKind kind, qint64 id, qint64 version)
{
    Statement row(h, QStringLiteral("SELECT user_record, row_version FROM %1 WHERE %2 = ?")
                         .arg(tables::of(kind), tables::idColumn(kind)));
    if (!row.bind({id}) || row.step() != Statement::Step::Row) {
        return {{},
                {},
                QStringLiteral("missing"),
                tr("the %1 was deleted meanwhile").arg(recordKindName(kind))};
    }
    if (row.integer(0).value_or(0) == 0) {
        return {
            {},
            {},
            QStringLiteral("bundled"),
            tr("a bundled %1 is read-only: duplicate it to edit a copy").arg(recordKindName(kind))};
    }
    return {{},
            {},
            QStringLiteral("version"),
            tr("the %1 was changed by someone else meanwhile (version %2, this edit started from "
               "%3): reload it and edit again")
                .arg(recordKindName(kind))
                .arg(row.integer(1).value_or(0))
                .arg(version)};
}

// Replaces the fields of one user record at its version (and a result's arm summaries).
bool updateOne(StatementCache &sql, const RecordRow &record, const QString &stamp, Failure *failure)
{
    sqlite3 *h = sql.handle();
    QList<Assignment> values;
    if (!assignments(sql, record, &values, failure)) {
        return false;
    }
    QStringList sets;
    QVariantList binds;
    for (const Assignment &a : values) {
        sets << a.column + QStringLiteral(" = ?");
        binds << a.value;
    }
    sets << QStringLiteral("row_version = row_version + 1") << QStringLiteral("updated_at = ?");
    binds << stamp << record.id << record.version;
    Statement &change = sql.prepared(
        QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ? AND row_version = ? AND user_record = 1")
            .arg(tables::of(record.kind), sets.join(QStringLiteral(", ")),
                 tables::idColumn(record.kind)));
    if (!run(change, binds, failure)) {
        return false;
    }
    if (sqlite3_changes(h) != 1) {
        *failure = staleRow(h, record.kind, record.id, record.version);
        return false;
    }
    if (record.kind == RecordKind::Result) {
        Statement &clear =
            sql.prepared(QStringLiteral("DELETE FROM arm_summary WHERE result_id = ?"));
        if (!run(clear, {record.id}, failure) || !insertArms(sql, record.id, record, failure)) {
            return false;
        }
    }
    return true;
}

// Search documents of studies (db/schema/0007): deferred while a batch of results is
// written, then rebuilt once each, inside the same transaction.
bool deferStudyDocuments(sqlite3 *h, QString *error)
{
    return execSql(h, "INSERT OR IGNORE INTO search_deferred(study_id) VALUES (0)", error);
}

bool rebuildDeferredStudyDocuments(sqlite3 *h, QString *error)
{
    return execSql(h,
                   "DELETE FROM search_index WHERE rowid IN (SELECT study_id * 8 + 1 FROM "
                   "search_deferred WHERE study_id <> 0)",
                   error) &&
           execSql(h,
                   "INSERT INTO search_index(rowid, slug, title, body) SELECT id * 8 + 1, slug, "
                   "title, body FROM study_search_document WHERE id IN (SELECT study_id FROM "
                   "search_deferred WHERE study_id <> 0)",
                   error) &&
           execSql(h, "DELETE FROM search_deferred", error);
}

// How often (in records) a long write reports progress and looks for a cancel.
constexpr int kProgressEvery = 256;

// False when the job was cancelled meanwhile.
bool addValidation(const QList<RecordRow> &records, WriteReport *report, const JobControl *job)
{
    const auto total = static_cast<std::int64_t>(records.size()) * 2;
    for (int i = 0; i < records.size(); ++i) {
        if (i % kProgressEvery == 0) {
            if (isCancelled(job)) {
                return false;
            }
            reportProgress(job, i, total);
        }
        for (const Problem &p : validateRecord(records.at(i).kind, records.at(i).fields)) {
            report->problems << RecordProblem{i, records.at(i).kind, p};
        }
    }
    return true;
}

// Interrupts a long statement (the search documents' rebuild) once the job is cancelled.
int interruptWhenCancelled(void *job)
{
    return isCancelled(static_cast<const JobControl *>(job)) ? 1 : 0;
}

} // namespace

WriteReport RecordWriter::insert(const QList<RecordRow> &records, bool dryRun,
                                 const JobControl *job)
{
    return write(records, {}, dryRun, job);
}

WriteReport RecordWriter::update(const RecordRow &record)
{
    return write({}, {record}, false);
}

WriteReport RecordWriter::write(const QList<RecordRow> &inserts, const QList<RecordRow> &updates,
                                bool dryRun, const JobControl *job)
{
    const QList<RecordRow> all = inserts + updates; // problem indexes run over both, in order
    WriteReport report;
    if (!addValidation(all, &report, job)) {
        report.problems.clear();
        report.cancelled = true;
        return report;
    }
    for (const RecordProblem &p : report.problems) {
        if (p.problem.severity == Severity::Error) {
            return report;
        }
    }
    int failedAt = -1;
    Failure failure;
    QList<qint64> ids;
    // A dry run makes every write and then rolls back by failing on purpose; so does a
    // cancelled job, at its next look at the flag.
    const QString dryRunMarker = QStringLiteral("dry run");
    const QString cancelMarker = QStringLiteral("cancelled");
    const auto total = static_cast<std::int64_t>(all.size()) * 2;
    const auto writeBody = [&](sqlite3 *h, QString *error) {
        if (!deferStudyDocuments(h, error)) {
            return false;
        }
        StatementCache sql(h);
        // One time for the whole write (to the second, as it is stored).
        const QString stamp = now();
        std::array<QString, 16> insertText; // by kind
        ids.clear(); // (the body runs once; cleared so that it holds this run's ids only)
        for (int i = 0; i < all.size(); ++i) {
            if (i % kProgressEvery == 0) {
                if (isCancelled(job)) {
                    *error = cancelMarker;
                    return false;
                }
                reportProgress(job, all.size() + i, total);
            }
            qint64 id = all.at(i).id; // an update keeps its id
            const RecordRow &record = all.at(i);
            const bool done = i < inserts.size()
                                  ? insertOne(sql, record, stamp,
                                              &insertText.at(static_cast<std::size_t>(record.kind)),
                                              &id, &failure)
                                  : updateOne(sql, record, stamp, &failure);
            if (!done) {
                failedAt = i;
                *error = failure.message;
                return false;
            }
            ids << id;
        }
        if (!rebuildDeferredStudyDocuments(h, error)) {
            return false;
        }
        if (dryRun) {
            *error = dryRunMarker;
            return false;
        }
        return true;
    };
    const bool ok = m_db.writeTransaction([&](sqlite3 *h, QString *error) {
        if (job != nullptr) {
            // Every 1000 virtual-machine steps: a cancel stops the longest statement promptly.
            sqlite3_progress_handler(h, 1000, interruptWhenCancelled,
                                     const_cast<JobControl *>(job));
        }
        // The handler is removed before the commit, which a cancel no longer stops.
        const bool done = writeBody(h, error);
        sqlite3_progress_handler(h, 0, nullptr, nullptr);
        if (isCancelled(job)) {
            *error = cancelMarker;
            return false;
        }
        return done;
    });
    if (ok) {
        reportProgress(job, total, total);
        report.written = static_cast<int>(all.size());
        report.ids = ids;
        report.committed = true;
    } else if (isCancelled(job) && m_db.lastError() == cancelMarker) {
        m_db.clearError();
        report.cancelled = true;
    } else if (failedAt >= 0) {
        report.problems << RecordProblem{
            failedAt, all.at(failedAt).kind,
            Problem{failure.column, excerpt(failure.value),
                    failure.rule.isEmpty() ? QStringLiteral("storage") : failure.rule,
                    failure.message}};
    } else if (m_db.lastError() == dryRunMarker) {
        m_db.clearError();
    } else {
        // BEGIN or COMMIT failed (in use, read-only, disk full): nothing was written.
        report.problems << RecordProblem{
            0, all.isEmpty() ? RecordKind::Source : all.first().kind,
            Problem{{}, {}, QStringLiteral("storage"), m_db.lastError()}};
    }
    return report;
}

WriteReport RecordWriter::remove(RecordKind kind, qint64 id, qint64 version)
{
    return remove(QList<RecordRow>{RecordRow{kind, id, version, true, {}}});
}

WriteReport RecordWriter::remove(const QList<RecordRow> &records)
{
    WriteReport report;
    Failure failure;
    int failedAt = 0;
    const bool ok = m_db.writeTransaction([&](sqlite3 *h, QString *error) {
        StatementCache sql(h);
        for (int i = 0; i < records.size(); ++i) {
            const RecordRow &record = records.at(i);
            failedAt = i;
            Statement &erase =
                sql.prepared(QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND row_version = ? AND "
                                            "user_record = 1")
                                 .arg(tables::of(record.kind), tables::idColumn(record.kind)));
            if (!run(erase, {record.id, record.version}, &failure)) {
                failure.message = tr("the %1 is still named by other records: %2")
                                      .arg(recordKindName(record.kind), failure.message);
                *error = failure.message;
                return false;
            }
            if (sqlite3_changes(h) != 1) {
                failure = staleRow(h, record.kind, record.id, record.version);
                *error = failure.message;
                return false;
            }
        }
        return true;
    });
    if (!ok) {
        report.problems << RecordProblem{
            failedAt, records.isEmpty() ? RecordKind::Source : records.at(failedAt).kind,
            Problem{{},
                    {},
                    failure.rule.isEmpty() ? QStringLiteral("storage") : failure.rule,
                    m_db.lastError()}};
        return report;
    }
    report.written = static_cast<int>(records.size());
    report.committed = true;
    return report;
}

} // namespace eb::catalogue
