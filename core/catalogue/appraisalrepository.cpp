#include "catalogue/appraisalrepository.h"

#include "catalogue/statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <sqlite3.h>

namespace eb::catalogue {
namespace {

constexpr int kAppraisalSchema = 11; // db/schema/0011-appraisals.sql

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::catalogue", text);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QVariant textOrNull(const QString &text)
{
    return isBlank(text) ? QVariant() : QVariant(text.trimmed());
}

// The problem a write failed on inside its transaction.
struct Failure
{
    Problem problem;
};

std::optional<qint64> idOfSlug(sqlite3 *h, const char *table, const QString &slug)
{
    Statement find(h, QStringLiteral("SELECT id FROM %1 WHERE slug = ?").arg(QLatin1String(table)));
    if (find.bind({slug.trimmed()}) && find.step() == Statement::Step::Row) {
        return find.integer(0);
    }
    return std::nullopt;
}

bool resolve(sqlite3 *h, const char *table, const QString &column, const QString &what,
             const QString &slug, qint64 *id, Failure *failure)
{
    const auto found = idOfSlug(h, table, slug);
    if (!found) {
        failure->problem = {
            column, excerpt(slug), QStringLiteral("reference"),
            tr("no %1 with the slug \"%2\" in the catalogue").arg(what, excerpt(slug))};
        return false;
    }
    *id = *found;
    return true;
}

bool run(Statement &statement, const QVariantList &binds, Failure *failure)
{
    if (!statement.bind(binds) || statement.step() == Statement::Step::Error) {
        failure->problem = {{}, {}, QStringLiteral("storage"), statement.errorMessage()};
        return false;
    }
    return true;
}

// The id and version of the row `where` finds, if any.
std::optional<std::pair<qint64, qint64>> existing(sqlite3 *h, const QString &table,
                                                  const QString &where, const QVariantList &binds)
{
    Statement find(h, QStringLiteral("SELECT id, row_version FROM %1 WHERE %2").arg(table, where));
    if (find.bind(binds) && find.step() == Statement::Step::Row) {
        return std::pair{find.integer(0).value_or(0), find.integer(1).value_or(0)};
    }
    return std::nullopt;
}

// Inserts (version 0) or replaces at `version` the row of `table` that `where` finds, with
// `columns` = `values`; `what` names the assessment in messages.
bool upsert(sqlite3 *h, const QString &table, const QString &where, const QVariantList &keys,
            const QStringList &columns, const QVariantList &values, qint64 version,
            const QString &what, AppraisalWrite *result, Failure *failure)
{
    const auto row = existing(h, table, where, keys);
    if (version == 0) {
        if (row) {
            failure->problem = {{},
                                {},
                                QStringLiteral("exists"),
                                tr("%1 is assessed already (version %2): name that version to "
                                   "replace it")
                                    .arg(what)
                                    .arg(row->second)};
            return false;
        }
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            marks << QStringLiteral("?");
        }
        Statement insert(h, QStringLiteral("INSERT INTO %1 (%2, row_version, updated_at) VALUES "
                                           "(%3, 1, ?)")
                                .arg(table, columns.join(QStringLiteral(", ")),
                                     marks.join(QStringLiteral(", "))));
        if (!run(insert, QVariantList(values) << now(), failure)) {
            return false;
        }
        result->id = sqlite3_last_insert_rowid(h);
        result->version = 1;
        return true;
    }
    if (!row || row->second != version) {
        failure->problem = {
            {},
            {},
            QStringLiteral("version"),
            row ? tr("%1 was changed meanwhile (version %2, this edit started from %3): reload "
                     "it and edit again")
                      .arg(what)
                      .arg(row->second)
                      .arg(version)
                : tr("%1 is not assessed (deleted meanwhile?)").arg(what)};
        return false;
    }
    QStringList sets;
    for (const QString &column : columns) {
        sets << column + QStringLiteral(" = ?");
    }
    Statement update(h, QStringLiteral("UPDATE %1 SET %2, row_version = row_version + 1, "
                                       "updated_at = ? WHERE id = ? AND row_version = ?")
                            .arg(table, sets.join(QStringLiteral(", "))));
    if (!run(update, QVariantList(values) << now() << row->first << version, failure)) {
        return false;
    }
    result->id = row->first;
    result->version = version + 1;
    return true;
}

bool erase(sqlite3 *h, const QString &table, const QString &where, const QVariantList &keys,
           qint64 version, const QString &what, Failure *failure)
{
    const auto row = existing(h, table, where, keys);
    if (!row || row->second != version) {
        failure->problem = {{},
                            {},
                            QStringLiteral("version"),
                            row ? tr("%1 was changed meanwhile (version %2, not %3): nothing "
                                     "deleted")
                                      .arg(what)
                                      .arg(row->second)
                                      .arg(version)
                                : tr("%1 is not assessed: nothing deleted").arg(what)};
        return false;
    }
    Statement remove(h, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    return run(remove, {row->first}, failure);
}

// Runs body in one write transaction and reports what it did.
AppraisalWrite transact(Database &db, const QList<Problem> &problems,
                        const std::function<bool(sqlite3 *, AppraisalWrite *, Failure *)> &body)
{
    AppraisalWrite result;
    result.problems = problems;
    if (hasErrors(problems)) {
        return result;
    }
    if (db.schemaVersion() < kAppraisalSchema) {
        result.problems << Problem{{},
                                   {},
                                   QStringLiteral("storage"),
                                   tr("this catalogue (schema %1) is opened read-only and has "
                                      "no appraisals; open it for writing to upgrade it")
                                       .arg(db.schemaVersion())};
        return result;
    }
    Failure failure;
    bool failedInside = false;
    const bool ok = db.writeTransaction([&](sqlite3 *h, QString *error) {
        if (!body(h, &result, &failure)) {
            failedInside = true;
            *error = failure.problem.message;
            return false;
        }
        return true;
    });
    if (ok) {
        result.committed = true;
    } else {
        result.id = 0;
        result.version = 0;
        result.problems << (failedInside
                                ? failure.problem
                                : Problem{{}, {}, QStringLiteral("storage"), db.lastError()});
    }
    return result;
}

// The key of a stored rank (0011 stores ranks, robJudgementKeys() names them).
QString judgementKey(int rank)
{
    return robJudgementKeys().value(rank);
}

QString robWhat(const QString &study, const QString &outcome)
{
    return tr("the risk of bias of %1 for %2").arg(excerpt(study), excerpt(outcome));
}

QString gradeWhat(const QString &outcome)
{
    return tr("the GRADE certainty of %1").arg(excerpt(outcome));
}

} // namespace

QList<RobAssessment> AppraisalRepository::robAssessments(const QString &studySlug,
                                                         const QString &outcomeSlug) const
{
    if (m_db.schemaVersion() < kAppraisalSchema) {
        return {};
    }
    QString sql = QStringLiteral(
        "SELECT r.*, s.slug AS study_slug, s.name AS study_name, o.slug AS outcome_slug, "
        "o.name AS outcome_name FROM rob_assessment r JOIN study s ON s.id = r.study_id "
        "JOIN outcome_measure o ON o.id = r.outcome_id WHERE 1");
    QVariantList binds;
    if (!studySlug.isEmpty()) {
        sql += QStringLiteral(" AND s.slug = ?");
        binds << studySlug;
    }
    if (!outcomeSlug.isEmpty()) {
        sql += QStringLiteral(" AND o.slug = ?");
        binds << outcomeSlug;
    }
    sql += QStringLiteral(" ORDER BY o.name, s.year, s.name");
    return m_db.list<RobAssessment>(sql, binds, [](const Row &r) {
        RobAssessment a;
        a.id = r.id(QStringLiteral("id"));
        a.version = r.id(QStringLiteral("row_version"));
        a.studySlug = r.text(QStringLiteral("study_slug"));
        a.studyName = r.text(QStringLiteral("study_name"));
        a.outcomeSlug = r.text(QStringLiteral("outcome_slug"));
        a.outcomeName = r.text(QStringLiteral("outcome_name"));
        for (const RobDomain d : allRobDomains()) {
            const QString key = robDomainKey(d);
            a.domain(d) = {judgementKey(r.integer(key)), r.text(key + QStringLiteral("_reason"))};
        }
        a.overall = {judgementKey(r.integer(QStringLiteral("overall"))),
                     r.text(QStringLiteral("overall_reason"))};
        a.assessor = r.text(QStringLiteral("assessor"));
        a.updatedAt = r.text(QStringLiteral("updated_at"));
        return a;
    });
}

QList<GradeAssessment> AppraisalRepository::gradeAssessments(const QString &outcomeSlug) const
{
    if (m_db.schemaVersion() < kAppraisalSchema) {
        return {};
    }
    QString sql = QStringLiteral("SELECT g.*, o.slug AS outcome_slug, o.name AS outcome_name "
                                 "FROM grade_assessment g JOIN outcome_measure o ON "
                                 "o.id = g.outcome_id");
    QVariantList binds;
    if (!outcomeSlug.isEmpty()) {
        sql += QStringLiteral(" WHERE o.slug = ?");
        binds << outcomeSlug;
    }
    sql += QStringLiteral(" ORDER BY o.name");
    return m_db.list<GradeAssessment>(sql, binds, [](const Row &r) {
        GradeAssessment g;
        g.id = r.id(QStringLiteral("id"));
        g.version = r.id(QStringLiteral("row_version"));
        g.outcomeSlug = r.text(QStringLiteral("outcome_slug"));
        g.outcomeName = r.text(QStringLiteral("outcome_name"));
        g.start = r.flag(QStringLiteral("observational")) ? QString(kGradeStartObservational)
                                                          : QString(kGradeStartRandomised);
        for (const GradeDomain d : allGradeDomains()) {
            const QString key = gradeDomainKey(d);
            g.rating(d) = {r.integer(key), r.text(key + QStringLiteral("_reason"))};
        }
        g.assessor = r.text(QStringLiteral("assessor"));
        g.updatedAt = r.text(QStringLiteral("updated_at"));
        return g;
    });
}

AppraisalWrite AppraisalWriter::saveRob(const RobAssessment &a)
{
    return transact(m_db, validateRob(a), [&](sqlite3 *h, AppraisalWrite *result, Failure *f) {
        qint64 studyId = 0;
        qint64 outcomeId = 0;
        if (!resolve(h, "study", QStringLiteral("study"), tr("trial"), a.studySlug, &studyId, f) ||
            !resolve(h, "outcome_measure", QStringLiteral("outcome"), tr("outcome"), a.outcomeSlug,
                     &outcomeId, f)) {
            return false;
        }
        QStringList columns{QStringLiteral("study_id"), QStringLiteral("outcome_id")};
        QVariantList values{studyId, outcomeId};
        for (const RobDomain d : allRobDomains()) {
            columns << robDomainKey(d) << robDomainKey(d) + QStringLiteral("_reason");
            values << robJudgementRank(a.domain(d).judgement.trimmed())
                   << textOrNull(a.domain(d).reason);
        }
        columns << QStringLiteral("overall") << QStringLiteral("overall_reason")
                << QStringLiteral("assessor");
        values << robJudgementRank(a.overall.judgement.trimmed()) << textOrNull(a.overall.reason)
               << textOrNull(a.assessor);
        return upsert(h, QStringLiteral("rob_assessment"),
                      QStringLiteral("study_id = ? AND outcome_id = ?"), {studyId, outcomeId},
                      columns, values, a.version, robWhat(a.studySlug, a.outcomeSlug), result, f);
    });
}

AppraisalWrite AppraisalWriter::removeRob(const QString &studySlug, const QString &outcomeSlug,
                                          qint64 version)
{
    return transact(m_db, {}, [&](sqlite3 *h, AppraisalWrite *, Failure *f) {
        qint64 studyId = 0;
        qint64 outcomeId = 0;
        return resolve(h, "study", QStringLiteral("study"), tr("trial"), studySlug, &studyId, f) &&
               resolve(h, "outcome_measure", QStringLiteral("outcome"), tr("outcome"), outcomeSlug,
                       &outcomeId, f) &&
               erase(h, QStringLiteral("rob_assessment"),
                     QStringLiteral("study_id = ? AND outcome_id = ?"), {studyId, outcomeId},
                     version, robWhat(studySlug, outcomeSlug), f);
    });
}

AppraisalWrite AppraisalWriter::saveGrade(const GradeAssessment &g)
{
    return transact(m_db, validateGrade(g), [&](sqlite3 *h, AppraisalWrite *result, Failure *f) {
        qint64 outcomeId = 0;
        if (!resolve(h, "outcome_measure", QStringLiteral("outcome"), tr("outcome"), g.outcomeSlug,
                     &outcomeId, f)) {
            return false;
        }
        QStringList columns{QStringLiteral("outcome_id"), QStringLiteral("observational")};
        QVariantList values{outcomeId, g.start.trimmed() == kGradeStartObservational ? 1 : 0};
        for (const GradeDomain d : allGradeDomains()) {
            columns << gradeDomainKey(d) << gradeDomainKey(d) + QStringLiteral("_reason");
            values << g.rating(d).levels << g.rating(d).reason.trimmed();
        }
        columns << QStringLiteral("assessor");
        values << textOrNull(g.assessor);
        return upsert(h, QStringLiteral("grade_assessment"), QStringLiteral("outcome_id = ?"),
                      {outcomeId}, columns, values, g.version, gradeWhat(g.outcomeSlug), result, f);
    });
}

AppraisalWrite AppraisalWriter::removeGrade(const QString &outcomeSlug, qint64 version)
{
    return transact(m_db, {}, [&](sqlite3 *h, AppraisalWrite *, Failure *f) {
        qint64 outcomeId = 0;
        return resolve(h, "outcome_measure", QStringLiteral("outcome"), tr("outcome"), outcomeSlug,
                       &outcomeId, f) &&
               erase(h, QStringLiteral("grade_assessment"), QStringLiteral("outcome_id = ?"),
                     {outcomeId}, version, gradeWhat(outcomeSlug), f);
    });
}

} // namespace eb::catalogue
