#include "evidence/claimsaudit.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace eb::review {
namespace {

using namespace eb::catalogue;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::review::ClaimsAudit", text);
}

// Numbers as the sources print them: "21.0", "7.6", "1,076", "215.2".
QString printed(double value, int decimals)
{
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}

int decimalsOf(double value)
{
    for (int d = 0; d < 4; ++d) {
        if (std::abs(value * std::pow(10.0, d) - std::round(value * std::pow(10.0, d))) < 1e-9)
            return d;
    }
    return 4;
}

const ArmSummaryRecord *arm(const ResultRecord &r, const char *role)
{
    for (const ArmSummaryRecord &a : r.arms) {
        if (a.armRole == QLatin1String(role))
            return &a;
    }
    return nullptr;
}

// A derived ratio of arm means ("21.0 / 7.6 = 2.76"), recomputed from the arms it rests on.
std::optional<std::pair<QString, QString>> ratioWorking(const ResultRecord &derived,
                                                        const ClaimsAuditInput &in)
{
    if (!derived.derivedFromId || !in.results.contains(*derived.derivedFromId))
        return std::nullopt;
    const ResultRecord &from = in.results.value(*derived.derivedFromId);
    const ArmSummaryRecord *t = arm(from, "treatment");
    const ArmSummaryRecord *c = arm(from, "control");
    if (t == nullptr || c == nullptr || !t->mean || !c->mean || *c->mean == 0.0)
        return std::nullopt;
    const double ratio = *t->mean / *c->mean;
    const QString value = printed(ratio, 2);
    return std::pair{
        value,
        QStringLiteral("%1 / %2 = %3").arg(printed(*t->mean, 1), printed(*c->mean, 1), value)};
}

// Arm-level differences between the article's result and the publication's ("control SD:
// 11.6 in the article, 12.1 in Chen 2013").
QStringList armDifferences(const ResultRecord &article, const ResultRecord &source)
{
    QStringList out;
    for (const char *role : {"treatment", "control"}) {
        const ArmSummaryRecord *a = arm(article, role);
        const ArmSummaryRecord *s = arm(source, role);
        if (a == nullptr || s == nullptr)
            continue;
        const QString roleName = QLatin1String(role) == QLatin1String("control")
                                     ? tr("control arm")
                                     : tr("treatment arm");
        for (const auto &[name, x, y] :
             {std::tuple{tr("mean"), a->mean, s->mean}, std::tuple{tr("SD"), a->sd, s->sd}}) {
            if (x && y && *x != *y) {
                out << tr("%1 %2: %3 in %4, %5 in %6")
                           .arg(roleName, name, printed(*x, decimalsOf(*x)),
                                article.sourceShortLabel, printed(*y, decimalsOf(*y)),
                                source.sourceShortLabel);
            }
        }
    }
    return out;
}

// "5-30 mL × 215.2 mg/mL = 1,076-6,456 mg": a derived dosing range recomputed from the
// concentration on the source side.
std::optional<std::pair<QString, QString>> dosingWorking(const DosingRecord &derived,
                                                         const DosingRecord &concentration)
{
    if (!derived.volumeMlMin || !derived.volumeMlMax || !concentration.mgMin ||
        !concentration.volumeMlMin || *concentration.volumeMlMin <= 0)
        return std::nullopt;
    const double perMl = *concentration.mgMin / *concentration.volumeMlMin;
    const double low = *derived.volumeMlMin * perMl;
    const double high = *derived.volumeMlMax * perMl;
    const auto mg = [](double v) {
        return printed(v, decimalsOf(std::round(v * 10) / 10));
    };
    const QString value = QStringLiteral("%1-%2 mg").arg(mg(low), mg(high));
    return std::pair{value,
                     QStringLiteral("%1-%2 mL × %3 mg/mL = %4")
                         .arg(printed(*derived.volumeMlMin, 0), printed(*derived.volumeMlMax, 0),
                              printed(perMl, decimalsOf(perMl)), value)};
}

} // namespace

QStringList claimVerdicts()
{
    return {QStringLiteral("consistent"), QStringLiteral("discrepant"),
            QStringLiteral("overstated"), QStringLiteral("unsupported"),
            QStringLiteral("not_verified")};
}

ClaimsAudit claimsAudit(const ClaimsAuditInput &in, const QString &verdict, const QString &topic)
{
    ClaimsAudit audit;
    QHash<qint64, DosingRecord> dosing;
    for (const DosingRecord &d : in.dosing)
        dosing.insert(d.id, d);
    for (const ClaimRecord &claim : in.claims) {
        audit.verdictCounts[claim.verdict] += 1;
        if ((!verdict.isEmpty() && claim.verdict != verdict) ||
            (!topic.isEmpty() && claim.topic != topic))
            continue;
        ClaimAuditRow row;
        row.claim = claim;
        for (const DiscrepancyRecord &d : in.discrepancies) {
            if (d.claimId && *d.claimId == claim.id)
                row.discrepancies << d;
        }
        for (const ClaimLinkRecord &l : in.claimLinks) {
            if (l.claimId == claim.id)
                row.claimLinks << l;
        }
        QStringList reports;
        QStringList computed;
        QStringList explanations;
        for (const DiscrepancyRecord &d : row.discrepancies) {
            reports << d.sourceValue;
            explanations << d.explanation;
            std::optional<DosingRecord> concentration;
            for (const DiscrepancyLinkRecord &l : in.discrepancyLinks) {
                if (l.discrepancyId != d.id)
                    continue;
                row.links << l;
                if (l.side == QLatin1String("source") &&
                    l.entity == QLatin1String("dosing_protocol") && dosing.contains(l.entityId))
                    concentration = dosing.value(l.entityId);
            }
            for (const DiscrepancyLinkRecord &l : row.links) {
                if (l.discrepancyId != d.id || l.side != QLatin1String("derived"))
                    continue;
                std::optional<std::pair<QString, QString>> w;
                if (l.entity == QLatin1String("result") && in.results.contains(l.entityId))
                    w = ratioWorking(in.results.value(l.entityId), in);
                else if (l.entity == QLatin1String("dosing_protocol") && concentration &&
                         dosing.contains(l.entityId))
                    w = dosingWorking(dosing.value(l.entityId), *concentration);
                if (w) {
                    computed << w->first;
                    row.working << w->second;
                }
            }
            // Arm-level differences, unless a derived value already carries the working.
            const bool hasDerived = std::any_of(
                row.links.cbegin(), row.links.cend(), [&](const DiscrepancyLinkRecord &l) {
                    return l.discrepancyId == d.id && l.side == QLatin1String("derived");
                });
            if (!hasDerived && d.articleResultId && d.primaryResultId &&
                in.results.contains(*d.articleResultId) &&
                in.results.contains(*d.primaryResultId)) {
                row.working << armDifferences(in.results.value(*d.articleResultId),
                                              in.results.value(*d.primaryResultId));
            }
        }
        row.working << explanations;
        row.sourceReports =
            reports.isEmpty() ? claim.verdictNote : reports.join(QStringLiteral("; "));
        row.computed = computed.join(QStringLiteral("; "));
        audit.rows << row;
    }
    return audit;
}

} // namespace eb::review
