#include "evidence/timecoursedata.h"

#include "evidence/builderutil.h"
#include "stats/conversions.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <cmath>

namespace eb::evidence {

using detail::finite;
using detail::fromStd;
using detail::key;
using detail::tr;

using eb::stats::Metric;
using eb::stats::Scale;

std::optional<TimeCourseSpec> timeCourseFor(const QList<EffectEntry> &entries, QString *error)
{
    // Outcomes with at least two timepoints that carry an estimate.
    QMap<QString, QSet<QString>> timepoints;
    for (const EffectEntry &e : entries) {
        if (finite(e.estimate) && !e.timepoint.isEmpty()) {
            timepoints[e.outcome].insert(e.timepoint);
        }
    }
    QList<EffectEntry> kept;
    QSet<QString> metrics;
    for (const EffectEntry &e : entries) {
        if (finite(e.estimate) && timepoints.value(e.outcome).size() >= 2) {
            kept << e;
            metrics.insert(key(e.metric));
        }
    }
    if (kept.isEmpty()) {
        *error = tr("no outcome of this study has results at two or more timepoints");
        return std::nullopt;
    }
    TimeCourseSpec spec;
    const bool convert = metrics.size() > 1;
    spec.metric = convert ? Metric::MannWhitney : kept.first().metric;
    int order = 0;
    for (const EffectEntry &e : kept) {
        TimeCoursePoint point;
        point.series = e.outcome;
        point.timepoint = e.timepoint;
        point.days = e.timepointDays ? *e.timepointDays : 100000.0 + order;
        ++order;
        point.derived = e.derived;
        point.note = e.note;
        if (convert) {
            std::optional<double> lo = e.ciLow;
            std::optional<double> hi = e.ciHigh;
            const auto report = eb::stats::equivalentsForResult(e.metric, *e.estimate, lo, hi);
            const eb::stats::ConvertedValue *v =
                report.ok() ? report->find(Scale::MannWhitney) : nullptr;
            if (v == nullptr) {
                continue;
            }
            point.estimate = v->estimate;
            point.ciLow = v->ciLow;
            point.ciHigh = v->ciHigh;
            point.derived = point.derived || v->derived;
            if (!v->derived) {
                point.printed = e.printed;
            }
        } else {
            point.estimate = e.estimate;
            point.ciLow = e.ciLow;
            point.ciHigh = e.ciHigh;
            point.printed = e.printed;
        }
        spec.points << point;
    }
    if (convert) {
        spec.footnote = tr("Results on other metrics converted to MW by this program.") +
                        QLatin1Char(' ') + fromStd(std::string(eb::stats::conversionAssumption()));
    }
    // Which source gives each timepoint: a reviewer must see that CAPTAIN II's day 10 and 30
    // come from the manufacturer's website, not from the peer-reviewed report.
    QStringList sourcedTimepoints;
    QHash<QString, QStringList> sourcesAt;
    for (const EffectEntry &e : kept) {
        if (e.source.isEmpty()) {
            continue;
        }
        if (!sourcedTimepoints.contains(e.timepoint)) {
            sourcedTimepoints << e.timepoint;
        }
        QStringList &sources = sourcesAt[e.timepoint];
        if (!sources.contains(e.source)) {
            sources << e.source;
        }
    }
    if (!sourcedTimepoints.isEmpty()) {
        QStringList parts;
        for (const QString &timepoint : std::as_const(sourcedTimepoints)) {
            parts << QStringLiteral("%1: %2").arg(
                timepoint.isEmpty() ? tr("no timepoint") : timepoint,
                sourcesAt.value(timepoint).join(QStringLiteral(", ")));
        }
        const QString sources = tr("Sources: %1.").arg(parts.join(QStringLiteral("; ")));
        spec.footnote =
            spec.footnote.isEmpty() ? sources : spec.footnote + QLatin1Char(' ') + sources;
    }
    return spec;
}

} // namespace eb::evidence
