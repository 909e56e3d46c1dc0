#include "evidence/syntheses.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace eb::review {
namespace {

using namespace eb::catalogue;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::review::Syntheses", text);
}

bool isSynthesisDesign(const QString &design)
{
    return design == QLatin1String("meta_analysis") ||
           design == QLatin1String("ipd_meta_analysis") ||
           design == QLatin1String("systematic_review");
}

const ArmSummaryRecord *arm(const ResultRecord &r, const char *role)
{
    for (const ArmSummaryRecord &a : r.arms) {
        if (a.armRole == QLatin1String(role) && a.events && a.total)
            return &a;
    }
    return nullptr;
}

} // namespace

bool isHarmDomain(const QString &domain)
{
    return domain == QLatin1String("safety") || domain == QLatin1String("mortality") ||
           domain == QLatin1String("retention");
}

QList<ConditionSyntheses> synthesesByCondition(const QList<StudyDetail> &studies)
{
    QList<ConditionSyntheses> out;
    for (const StudyDetail &s : studies) {
        if (!isSynthesisDesign(s.design))
            continue;
        auto it = std::find_if(out.begin(), out.end(), [&](const ConditionSyntheses &c) {
            return c.condition == s.condition;
        });
        if (it == out.end()) {
            out.append({s.condition, {}, {}, {}});
            it = out.end() - 1;
        }
        SynthesisEntry e;
        e.study = s;
        for (const StudyRef &c : s.components)
            e.includes << c.name;
        for (const ResultRecord &r : s.results) {
            if (r.origin != QLatin1String("reported"))
                continue;
            (isHarmDomain(r.outcomeDomain) ? e.harms : e.benefits) << r;
        }
        if (s.sponsorship == QLatin1String("industry"))
            it->industry << e;
        else if (s.sponsorship == QLatin1String("independent"))
            it->independent << e;
        else
            it->unknownSponsor << e;
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
            !r.ciLow || !r.ciHigh || r.origin != QLatin1String("reported"))
            continue;
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
                    .arg(QString::number(assumed, 'f', 1), QString::number(row.rr, 'g', 4),
                         QString::number(row.rrLow, 'g', 4), QString::number(row.rrHigh, 'g', 4));
        }
        rows << row;
    }
    return rows;
}

} // namespace eb::review
