#pragma once

// The user's RoB 2 and GRADE appraisals (db/schema/0011-appraisals.sql, model/appraisal.h).
// One of the repositories behind the Catalogue facade: SQL in, appraisal.h values out. Each
// write is one transaction, validated first; slugs are resolved inside it. A save with
// version 0 adds an assessment and is refused when one exists for the same trial and outcome
// (or outcome); a save or delete with a version changes the row only if it is still at that
// version, so that an edit never overwrites one made meanwhile. A catalogue older than schema
// 11 (opened read-only) has none and says nothing.

#include "catalogue/database.h"
#include "model/appraisal.h"

namespace eb::catalogue {

class AppraisalRepository
{
public:
    explicit AppraisalRepository(const Database &db) : m_db(db) {}

    // By outcome, then trial; an empty slug matches every trial or outcome.
    QList<RobAssessment> robAssessments(const QString &studySlug = {},
                                        const QString &outcomeSlug = {}) const;
    QList<GradeAssessment> gradeAssessments(const QString &outcomeSlug = {}) const;

private:
    const Database &m_db;
};

class AppraisalWriter
{
public:
    explicit AppraisalWriter(Database &db) : m_db(db) {}

    AppraisalWrite saveRob(const RobAssessment &assessment);
    AppraisalWrite removeRob(const QString &studySlug, const QString &outcomeSlug, qint64 version);
    AppraisalWrite saveGrade(const GradeAssessment &assessment);
    AppraisalWrite removeGrade(const QString &outcomeSlug, qint64 version);

private:
    Database &m_db;
};

} // namespace eb::catalogue
