#pragma once

// What `evidence rob` and `evidence grade` print: the user's RoB 2 assessments and GRADE
// ratings as text and JSON, and the one way a refused write is reported. The keys are the
// schema's columns (db/schema/0011-appraisals.sql); docs/reviewers.md documents them.

#include "cli/common/commandparser.h"
#include "evidence/appraisals.h"

#include <QJsonObject>
#include <QTextStream>

namespace eb::cli {

QJsonObject robRowsJson(const QList<eb::evidence::RobRow> &rows);
void printRobRows(QTextStream &out, const QList<eb::evidence::RobRow> &rows);

QJsonObject gradeRowsJson(const QList<eb::evidence::GradeRow> &rows);
void printGradeRows(QTextStream &out, const QList<eb::evidence::GradeRow> &rows);

// Reports a write: "saved ... (version N)" on success, else one line per problem naming the
// option it came from (--missing-data-reason) and ExitBadInput, or ExitFailure for storage.
int reportAppraisalWrite(const ParsedCommand &command, const eb::catalogue::AppraisalWrite &write,
                         const QString &done);

} // namespace eb::cli
