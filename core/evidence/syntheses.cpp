#include "evidence/syntheses.h"

#include "evidence/appraisals.h"
#include "evidence/format.h"
#include "evidence/resultline.h"
#include "model/vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace eb::review {
namespace {

using namespace eb::catalogue;
using vocabulary::isHarmDomain;
using vocabulary::isSynthesisDesign;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::review::Syntheses", text);
}

const ArmSummaryRecord *arm(const ResultRecord &r, const char *role)
{
    for (const ArmSummaryRecord &a : r.arms) {
        if (a.armRole == QLatin1String(role) && a.events && a.total) {
            return &a;
        }
    }
    return nullptr;
}

} // namespace

QList<ConditionSyntheses> synthesesByCondition(const QList<StudyDetail> &studies)
{
    QList<ConditionSyntheses> out;
    for (const StudyDetail &s : studies) {
        if (!isSynthesisDesign(s.design)) {
            continue;
        }
        auto it = std::find_if(out.begin(), out.end(), [&](const ConditionSyntheses &c) {
            return c.condition == s.condition;
        });
        if (it == out.end()) {
            out.append({s.condition, {}, {}, {}});
            it = out.end() - 1;
        }
        SynthesisEntry e;
        e.study = s;
        // Each trial once; "(yours)" when only the user's links say the synthesis pooled it.
        for (const StudyRef &c : s.components) {
            bool bundled = false;
            bool yours = false;
            for (const SynthesisInclusionRecord &link : s.inclusions) {
                if (link.synthesis.id == s.id && link.trial.id == c.id) {
                    (link.userRecord ? yours : bundled) = true;
                }
            }
            e.includes << vocabulary::markUserRecord(c.name, yours && !bundled);
        }
        for (const ResultRecord &r : s.results) {
            if (r.origin != QLatin1String("reported")) {
                continue;
            }
            (isHarmDomain(r.outcomeDomain) ? e.harms : e.benefits) << r;
        }
        if (s.sponsorship == vocabulary::key::industry) {
            it->industry << e;
        } else if (s.sponsorship == vocabulary::key::independent) {
            it->independent << e;
        } else {
            it->unknownSponsor << e;
        }
    }
    return out;
}

QList<SofRow> summaryOfFindings(const StudyDetail &review, const QString &sourceSlug)
{
    // The review's summary-of-findings row as the catalogue transcribes it: "...; RR 2.39
    // (95% CI 1.10 to 5.23); 1335 participants in 3 RCTs; GRADE certainty moderate."
    static const QRegularExpression tableRow(
        QStringLiteral("(\\d+) participants in (\\d+) RCTs; GRADE certainty ([a-z ]+?)\\.?$"));
    QList<SofRow> rows;
    for (const ResultRecord &r : review.results) {
        if (r.sourceSlug != sourceSlug || r.metric != eb::stats::Metric::RiskRatio || !r.estimate ||
            !r.ciLow || !r.ciHigh || r.origin != QLatin1String("reported")) {
            continue;
        }
        SofRow row;
        row.result = r;
        row.outcome = r.outcomeName;
        row.rr = *r.estimate;
        row.rrLow = *r.ciLow;
        row.rrHigh = *r.ciHigh;
        const QRegularExpressionMatch m = tableRow.match(r.quote.trimmed());
        if (m.hasMatch()) {
            row.participants = tr("%1 (%2 RCTs)").arg(m.captured(1), m.captured(2));
            row.certainty = m.captured(3);
        } else if (r.n) {
            row.participants = QString::number(*r.n);
        }
        if (const ArmSummaryRecord *c = arm(r, "control")) {
            row.controlEvents = c->events;
            row.controlTotal = c->total;
        }
        if (const ArmSummaryRecord *t = arm(r, "treatment")) {
            row.activeEvents = t->events;
            row.activeTotal = t->total;
        }
        if (row.controlEvents && row.controlTotal && *row.controlTotal > 0) {
            const double assumed = 1000.0 * *row.controlEvents / *row.controlTotal;
            row.assumedPer1000 = assumed;
            row.correspondingPer1000 = assumed * row.rr;
            row.correspondingLowPer1000 = assumed * row.rrLow;
            row.correspondingHighPer1000 = assumed * row.rrHigh;
            row.formula =
                tr("assumed risk = 1000 × %1/%2 (placebo events/participants) = %3; "
                   "corresponding risk = assumed × RR %4 (CI %5 to %6)")
                    .arg(*row.controlEvents)
                    .arg(*row.controlTotal)
                    // The RR and its limits with the digits the review printed (0.90, not 0.9).
                    .arg(QString::number(assumed, 'f', 1),
                         eb::evidence::formatPrinted(row.rr, r.estimateDecimals),
                         eb::evidence::formatPrinted(row.rrLow, r.ciLowDecimals),
                         eb::evidence::formatPrinted(row.rrHigh, r.ciHighDecimals));
        }
        rows << row;
    }
    return rows;
}

SofTable summaryOfFindingsTable(const QList<SofRow> &rows, const QString &reviewName,
                                const QList<eb::catalogue::GradeAssessment> &ours)
{
    const auto oursFor = [&ours](const QString &outcomeSlug) {
        std::optional<eb::catalogue::GradeAssessment> found;
        for (const eb::catalogue::GradeAssessment &g : ours) {
            if (g.outcomeSlug == outcomeSlug) {
                found = g;
            }
        }
        return found;
    };
    const auto per1000 = [](double v) {
        return QString::number(std::lround(v));
    };
    SofTable table;
    table.title = tr("Summary of findings: %1").arg(reviewName);
    table.headers = {
        tr("Outcome"),
        tr("Participants (studies)"),
        tr("Relative effect (95% CI)"),
        tr("Assumed risk with placebo, per 1,000 (derived)"),
        tr("Corresponding risk with Cerebrolysin or Cortexin, per 1,000 (95% CI) "
           "(derived)"),
        tr("Certainty of the evidence (GRADE): the review's grading; ours where rated")};
    for (const SofRow &r : rows) {
        const bool harm = r.rrLow > 1.0; // more events with the active agent, CI excluding 1
        table.cells.append(
            {r.outcome + (harm ? tr(" (more with the active agent)") : QString()), r.participants,
             // As the review printed it.
             tr("RR %1").arg(eb::evidence::reportedEstimate(r.result)),
             r.assumedPer1000 ? per1000(*r.assumedPer1000) : tr("not derivable"),
             r.correspondingPer1000
                 ? tr("%1 (%2 to %3)")
                       .arg(per1000(*r.correspondingPer1000), per1000(*r.correspondingLowPer1000),
                            per1000(*r.correspondingHighPer1000))
                 : tr("not derivable"),
             eb::evidence::sofCertaintyText(r.certainty, r.result.sourceShortLabel,
                                            oursFor(r.result.outcomeSlug))});
        if (!r.formula.isEmpty()) {
            table.formulas << QStringLiteral("%1: %2").arg(r.outcome, r.formula);
        }
    }
    table.derivedNote =
        tr("Derived by this program, not printed by the review: the risks per 1,000 come from the "
           "placebo events and participants the review reports and its pooled RR, rounded to "
           "whole numbers. The RRs are the review's, and so is each grading attributed to it; a "
           "certainty marked \"ours\" is a GRADE rating made with this program (evidence "
           "grade).");
    return table;
}

QString pooledText(const SynthesisEntry &entry)
{
    const QString note = entry.study.nNote;
    if (entry.includes.isEmpty()) {
        return note.isEmpty() ? tr("not recorded") : note;
    }
    return entry.includes.join(QStringLiteral(", ")) +
           (note.isEmpty() ? QString() : QStringLiteral("; ") + note);
}

SynthesesReport synthesesReport(const QList<StudyDetail> &studies,
                                const QList<eb::catalogue::GradeAssessment> &ours,
                                const QString &condition)
{
    SynthesesReport report;
    report.ours = ours;
    for (const ConditionSyntheses &c : synthesesByCondition(studies)) {
        if (condition.isEmpty() || c.condition == condition) {
            report.conditions << c;
        }
    }
    for (const StudyDetail &s : studies) {
        if (s.slug == kSofReviewStudy && (condition.isEmpty() || s.condition == condition)) {
            report.sofReviewSlug = s.slug;
            report.sofReviewName = s.name;
            report.sofSource = kSofReviewSource;
            report.sofRows = summaryOfFindings(s, kSofReviewSource);
            report.sofTable = summaryOfFindingsTable(report.sofRows, s.name, ours);
        }
    }
    return report;
}

} // namespace eb::review
