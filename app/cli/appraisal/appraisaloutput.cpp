#include "cli/appraisal/appraisaloutput.h"

#include "model/vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace eb::cli {
namespace {

namespace vocabulary = eb::catalogue::vocabulary;
using namespace eb::catalogue;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli::appraisal", text);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject judgementJson(const RobJudgement &j)
{
    return {{QStringLiteral("judgement"), j.judgement},
            {QStringLiteral("reason"), orNull(j.reason)}};
}

QString judgementText(const RobJudgement &j)
{
    QString text = catalogue::robJudgementLabel(j.judgement);
    if (!j.reason.isEmpty()) {
        text += tr(" (reason: %1)").arg(j.reason);
    }
    return text;
}

QString stamp(const QString &assessor, const QString &updatedAt, qint64 version)
{
    return tr("version %1, %2, %3")
        .arg(version)
        .arg(assessor.isEmpty() ? tr("assessor not named") : assessor,
             updatedAt.isEmpty() ? tr("time not recorded") : updatedAt);
}

} // namespace

QJsonObject robRowsJson(const QList<eb::evidence::RobRow> &rows)
{
    QJsonArray items;
    int assessed = 0;
    for (const eb::evidence::RobRow &row : rows) {
        QJsonObject item{{QStringLiteral("study"), row.studySlug},
                         {QStringLiteral("study_name"), row.studyName},
                         {QStringLiteral("outcome"), row.outcomeSlug},
                         {QStringLiteral("outcome_name"), row.outcomeName},
                         {QStringLiteral("assessed"), row.assessment.has_value()}};
        if (row.assessment) {
            ++assessed;
            const RobAssessment &a = *row.assessment;
            QJsonObject domains;
            for (const RobDomain d : allRobDomains()) {
                domains.insert(robDomainKey(d), judgementJson(a.domain(d)));
            }
            item.insert(QStringLiteral("domains"), domains);
            item.insert(QStringLiteral("overall"), judgementJson(a.overall));
            item.insert(QStringLiteral("assessor"), orNull(a.assessor));
            item.insert(QStringLiteral("updated_at"), orNull(a.updatedAt));
            item.insert(QStringLiteral("version"), a.version);
        }
        items.append(item);
    }
    return {{QStringLiteral("tool"), QStringLiteral("RoB 2")},
            {QStringLiteral("origin"), QStringLiteral("user")},
            {QStringLiteral("pairs"), static_cast<int>(rows.size())},
            {QStringLiteral("assessed"), assessed},
            {QStringLiteral("assessments"), items}};
}

void printRobRows(QTextStream &out, const QList<eb::evidence::RobRow> &rows)
{
    int assessed = 0;
    for (const eb::evidence::RobRow &row : rows) {
        out << row.studyName << " · " << row.outcomeName << " (" << row.studySlug << ", "
            << row.outcomeSlug << "): ";
        if (!row.assessment) {
            out << eb::evidence::notAssessed() << "\n";
            continue;
        }
        ++assessed;
        const RobAssessment &a = *row.assessment;
        out << tr("overall %1").arg(judgementText(a.overall)) << " ["
            << stamp(a.assessor, a.updatedAt, a.version) << "]\n";
        for (const RobDomain d : allRobDomains()) {
            out << "  " << robDomainShort(d) << " " << robDomainLabel(d) << ": "
                << judgementText(a.domain(d)) << "\n";
        }
    }
    out << tr("%1 of %2 trial-outcome pairs assessed (RoB 2 judgements entered by users of this "
              "program, not the sources').")
               .arg(assessed)
               .arg(rows.size())
        << "\n";
}

QJsonObject gradeRowsJson(const QList<eb::evidence::GradeRow> &rows)
{
    QJsonArray items;
    for (const eb::evidence::GradeRow &row : rows) {
        QJsonObject item{{QStringLiteral("outcome"), row.outcomeSlug},
                         {QStringLiteral("outcome_name"), row.outcomeName},
                         {QStringLiteral("assessed"), row.assessment.has_value()}};
        if (!row.reviewCertainty.isEmpty()) {
            item.insert(QStringLiteral("review_certainty"), row.reviewCertainty);
            item.insert(QStringLiteral("review_certainty_by"), row.reviewLabel);
        }
        if (row.assessment) {
            const GradeAssessment &g = *row.assessment;
            const int level = gradeCertaintyLevel(g);
            item.insert(QStringLiteral("start"), g.start);
            QJsonObject ratings;
            for (const GradeDomain d : allGradeDomains()) {
                ratings.insert(gradeDomainKey(d),
                               QJsonObject{{QStringLiteral("levels"), g.rating(d).levels},
                                           {QStringLiteral("upgrade"), isGradeUpgrade(d)},
                                           {QStringLiteral("reason"), g.rating(d).reason}});
            }
            item.insert(QStringLiteral("ratings"), ratings);
            item.insert(QStringLiteral("certainty"), catalogue::gradeCertaintyKey(level));
            item.insert(QStringLiteral("certainty_level"), level);
            item.insert(QStringLiteral("assessor"), orNull(g.assessor));
            item.insert(QStringLiteral("updated_at"), orNull(g.updatedAt));
            item.insert(QStringLiteral("version"), g.version);
        }
        items.append(item);
    }
    return {{QStringLiteral("tool"), QStringLiteral("GRADE")},
            {QStringLiteral("origin"), QStringLiteral("user")},
            {QStringLiteral("outcomes"), items}};
}

void printGradeRows(QTextStream &out, const QList<eb::evidence::GradeRow> &rows)
{
    for (const eb::evidence::GradeRow &row : rows) {
        out << row.outcomeName << " (" << row.outcomeSlug << "): " << row.certainty();
        if (!row.reviewCertainty.isEmpty()) {
            out << "; "
                << tr("graded %1 by %2 (the review's, not ours)")
                       .arg(row.reviewCertainty, row.reviewLabel);
        }
        if (!row.assessment) {
            out << "\n";
            continue;
        }
        const GradeAssessment &g = *row.assessment;
        out << " [" << stamp(g.assessor, g.updatedAt, g.version) << "]\n";
        out << "  " << tr("start: %1").arg(catalogue::gradeStartLabel(g.start)) << "\n";
        for (const GradeDomain d : allGradeDomains()) {
            out << "  " << (isGradeUpgrade(d) ? tr("up, ") : tr("down, ")) << gradeDomainLabel(d)
                << ": " << gradeLevelWords(d, g.rating(d).levels)
                << tr(" (reason: %1)").arg(g.rating(d).reason) << "\n";
        }
    }
    out << tr("GRADE certainty rated by users of this program (ours); where a review graded an "
              "outcome, the summary of findings shows its grading beside ours.")
        << "\n";
}

int reportAppraisalWrite(const ParsedCommand &command, const AppraisalWrite &write,
                         const QString &done)
{
    if (write.committed) {
        command.io->out << tr("%1 (version %2)").arg(done).arg(write.version) << "\n";
        for (const Problem &p : write.problems) {
            command.io->err << command.name << ": " << tr("warning: ") << p.message << "\n";
        }
        return ExitOk;
    }
    bool storage = false;
    for (const Problem &p : write.problems) {
        if (p.severity != Severity::Error) {
            continue;
        }
        storage = storage || p.rule == QLatin1String("storage");
        const QString option =
            p.column.isEmpty()
                ? QString()
                : QStringLiteral("--%1: ").arg(QString(p.column).replace(u'_', u'-'));
        command.io->err << command.name << ": " << option << p.message << "\n";
    }
    command.io->err << command.name << ": " << tr("nothing was written") << "\n";
    return storage ? ExitFailure : ExitBadInput;
}

} // namespace eb::cli
