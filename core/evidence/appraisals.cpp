#include "evidence/appraisals.h"

#include "model/vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace eb::evidence {
namespace {

namespace vocabulary = eb::catalogue::vocabulary;
using eb::catalogue::RobAssessment;
using eb::catalogue::RobDomain;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::evidence::appraisals", text);
}

QString pairKey(const QString &study, const QString &outcome)
{
    return study + QChar(u'\n') + outcome;
}

} // namespace

QString notAssessed()
{
    return tr("not assessed");
}

QList<RobRow> robRows(const QList<eb::catalogue::StudySummary> &studies,
                      const QList<eb::catalogue::ResultRecord> &results,
                      const QList<RobAssessment> &assessments, const QString &studySlug,
                      const QString &outcomeSlug)
{
    QHash<QString, const eb::catalogue::StudySummary *> studyOf;
    for (const auto &s : studies) {
        studyOf.insert(s.slug, &s);
    }
    QHash<QString, const RobAssessment *> assessed;
    for (const RobAssessment &a : assessments) {
        assessed.insert(pairKey(a.studySlug, a.outcomeSlug), &a);
    }
    const auto wanted = [&](const QString &study, const QString &outcome) {
        return (studySlug.isEmpty() || study == studySlug) &&
               (outcomeSlug.isEmpty() || outcome == outcomeSlug);
    };
    QList<RobRow> rows;
    QSet<QString> seen;
    for (const eb::catalogue::ResultRecord &r : results) {
        const auto *study = studyOf.value(r.studySlug);
        if (study == nullptr || study->species != vocabulary::key::human ||
            vocabulary::isSynthesisDesign(study->design) || !wanted(r.studySlug, r.outcomeSlug) ||
            seen.contains(pairKey(r.studySlug, r.outcomeSlug))) {
            continue;
        }
        seen.insert(pairKey(r.studySlug, r.outcomeSlug));
        RobRow row{r.studySlug, r.studyName, study->year, r.outcomeSlug, r.outcomeShortName(), {}};
        if (const auto *a = assessed.value(pairKey(r.studySlug, r.outcomeSlug))) {
            row.assessment = *a;
        }
        rows << row;
    }
    for (const RobAssessment &a : assessments) {
        if (!seen.contains(pairKey(a.studySlug, a.outcomeSlug)) &&
            wanted(a.studySlug, a.outcomeSlug)) {
            const auto *study = studyOf.value(a.studySlug);
            rows << RobRow{
                a.studySlug,   a.studyName,   study != nullptr ? study->year : std::nullopt,
                a.outcomeSlug, a.outcomeName, a};
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const RobRow &a, const RobRow &b) {
        if (a.outcomeName != b.outcomeName) {
            return a.outcomeName < b.outcomeName;
        }
        if (a.year != b.year) {
            return a.year.value_or(0) < b.year.value_or(0);
        }
        return a.studyName < b.studyName;
    });
    return rows;
}

RobChartSpec robChartSpec(const QList<RobRow> &rows, const QString &title)
{
    RobChartSpec spec;
    spec.title = title;
    for (const RobDomain d : eb::catalogue::allRobDomains()) {
        spec.columns << eb::catalogue::robDomainShort(d);
        spec.columnNames << eb::catalogue::robDomainLabel(d);
    }
    spec.columns << tr("Overall");
    spec.columnNames << tr("Overall risk of bias");
    for (const QString &key : catalogue::robJudgementKeys()) {
        spec.judgementLabels << catalogue::robJudgementShort(key);
    }
    spec.notAssessedLabel = notAssessed();
    int assessedRows = 0;
    for (const RobRow &row : rows) {
        spec.rowLabels << QStringLiteral("%1 · %2").arg(row.studyName, row.outcomeName);
        QList<int> ranks;
        for (const RobDomain d : eb::catalogue::allRobDomains()) {
            ranks << (row.assessment
                          ? eb::catalogue::robJudgementRank(row.assessment->domain(d).judgement)
                          : -1);
        }
        ranks << (row.assessment
                      ? eb::catalogue::robJudgementRank(row.assessment->overall.judgement)
                      : -1);
        assessedRows += row.assessment ? 1 : 0;
        spec.ranks << ranks;
    }
    spec.footnote = tr("RoB 2 judgements entered by the user of this program (ours, not the "
                       "sources'): %1 of %2 trial-outcome pairs assessed.")
                        .arg(assessedRows)
                        .arg(rows.size());
    return spec;
}

QString GradeRow::certainty() const
{
    return assessment
               ? catalogue::gradeCertaintyLabel(eb::catalogue::gradeCertaintyLevel(*assessment))
               : notAssessed();
}

QList<GradeRow> gradeRows(const QList<eb::catalogue::ResultRecord> &results,
                          const QList<eb::catalogue::GradeAssessment> &assessments,
                          const QList<eb::review::SofRow> &sof, const QString &outcomeSlug)
{
    QMap<QString, GradeRow> byName;
    for (const eb::catalogue::ResultRecord &r : results) {
        if (outcomeSlug.isEmpty() || r.outcomeSlug == outcomeSlug) {
            byName.insert(r.outcomeName + QChar(u'\n') + r.outcomeSlug,
                          GradeRow{r.outcomeSlug, r.outcomeName, {}, {}, {}});
        }
    }
    for (const eb::catalogue::GradeAssessment &g : assessments) {
        if (outcomeSlug.isEmpty() || g.outcomeSlug == outcomeSlug) {
            byName.insert(g.outcomeName + QChar(u'\n') + g.outcomeSlug,
                          GradeRow{g.outcomeSlug, g.outcomeName, g, {}, {}});
        }
    }
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        for (const eb::review::SofRow &row : sof) {
            if (row.result.outcomeSlug == it->outcomeSlug && !row.certainty.isEmpty()) {
                it->reviewCertainty = row.certainty;
                it->reviewLabel = row.result.sourceShortLabel;
            }
        }
    }
    return byName.values();
}

QString sofCertaintyText(const QString &reviewCertainty, const QString &reviewLabel,
                         const std::optional<eb::catalogue::GradeAssessment> &ours)
{
    QStringList parts;
    if (!reviewCertainty.isEmpty()) {
        parts << tr("%1 (graded by %2)").arg(reviewCertainty, reviewLabel);
    }
    if (ours) {
        parts << tr("ours: %1")
                     .arg(catalogue::gradeCertaintyLabel(eb::catalogue::gradeCertaintyLevel(*ours))
                              .toLower());
    }
    return parts.isEmpty() ? tr("not recorded") : parts.join(QStringLiteral("; "));
}

} // namespace eb::evidence
