#include "cli/catalogue/importproblems.h"

#include "model/recordfields.h"

#include <QCoreApplication>

namespace eb::cli {
namespace {

using eb::catalogue::RecordProblem;
using eb::catalogue::Severity;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli", text);
}

} // namespace

QJsonObject importProblemJson(const QString &where, const RecordProblem &p)
{
    return {{QStringLiteral("row"), where},
            {QStringLiteral("kind"), recordKindName(p.kind)},
            {QStringLiteral("column"), p.problem.column},
            {QStringLiteral("value"), p.problem.value},
            {QStringLiteral("rule"), p.problem.rule},
            {QStringLiteral("message"), p.problem.message},
            {QStringLiteral("severity"), p.problem.severity == Severity::Error
                                             ? QStringLiteral("error")
                                             : QStringLiteral("warning")}};
}

QString importProblemLine(const QString &where, const RecordProblem &p)
{
    QString line = where;
    if (!p.problem.column.isEmpty()) {
        line += tr(", column %1").arg(p.problem.column);
    }
    if (!p.problem.value.isEmpty()) {
        line += QStringLiteral(" \"%1\"").arg(p.problem.value);
    }
    return line + QStringLiteral(": ") +
           (p.problem.severity == Severity::Warning ? tr("warning: ") : QString()) +
           p.problem.message + QStringLiteral(" [%1]").arg(p.problem.rule);
}

} // namespace eb::cli
