#include "export/plottedmarks.h"

#include "charts/forestplot.h"
#include "charts/timecoursechart.h"
#include "evidence/distributionspec.h"
#include "evidence/forestdata.h"
#include "evidence/timecoursespec.h"
#include "model/vocabulary.h"
#include "stats/conversions.h"

#include <QCoreApplication>
#include <QSet>

namespace eb::exporting {

using eb::catalogue::ResultRecord;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::exporting::marks", text);
}

// The catalogue record a mark was drawn from: the evidence layer carries each row's and
// point's result id from the record to the chart, so the match is exact whatever the chart's
// labels, order or grouping.
std::optional<ResultRecord> recordOf(const std::optional<qint64> &id,
                                     const QList<ResultRecord> &results)
{
    if (!id) {
        return std::nullopt;
    }
    for (const ResultRecord &r : results) {
        if (r.id == *id) {
            return r;
        }
    }
    return std::nullopt;
}

} // namespace

QList<PlottedMark> marksFromForest(const eb::charts::ForestPlot &plot,
                                   const QList<ResultRecord> &results)
{
    const eb::evidence::ForestSpec &spec = plot.spec();
    QList<PlottedMark> marks;
    for (const eb::charts::ForestPlot::Slot &slot : plot.rowSlots()) {
        if (slot.kind == eb::charts::ForestPlot::Slot::Kind::Row) {
            const eb::evidence::ForestRow &row = spec.rows.at(slot.row);
            if (!row.estimate) {
                continue; // "not reported": a label, no mark
            }
            PlottedMark mark;
            mark.kind = QStringLiteral("row");
            mark.scale = eb::catalogue::vocabulary::metricShort(spec.metric);
            mark.index = slot.row;
            mark.label = row.study;
            mark.outcome = row.outcome;
            mark.timepoint = row.timepoint;
            mark.estimate = row.estimate;
            mark.ciLow = row.ciLow;
            mark.ciHigh = row.ciHigh;
            mark.printed = row.printed;
            mark.weight = row.weight;
            mark.derived = row.derived;
            mark.formula = row.derivation;
            mark.record = recordOf(row.resultId, results);
            if (mark.record) {
                for (const ResultRecord &r : results) {
                    if (r.id != mark.record->id && r.studyId == mark.record->studyId &&
                        r.outcomeId == mark.record->outcomeId &&
                        r.timepoint == mark.record->timepoint && r.metric == mark.record->metric &&
                        r.estimate == mark.record->estimate && r.ciLow == mark.record->ciLow &&
                        r.ciHigh == mark.record->ciHigh) {
                        mark.sameNumbers << r;
                    }
                }
            }
            marks << mark;
        } else if (slot.kind == eb::charts::ForestPlot::Slot::Kind::Pooled && spec.pooled) {
            const eb::evidence::PooledSummary &p = *spec.pooled;
            PlottedMark mark;
            mark.kind = QStringLiteral("pooled");
            mark.scale = eb::catalogue::vocabulary::metricShort(spec.metric);
            mark.label = p.label.isEmpty() ? tr("Pooled (%1)").arg(p.method) : p.label;
            mark.estimate = p.estimate;
            mark.ciLow = p.ciLow;
            mark.ciHigh = p.ciHigh;
            mark.weight = 100.0;
            mark.derived = true;
            mark.formula = tr("inverse-variance meta-analysis (%1) of the rows with a CI, "
                              "computed by this program (docs/statistics.md)")
                               .arg(p.method);
            marks << mark;
        }
    }
    return marks;
}

QList<PlottedMark> marksFromTimeCourse(const eb::charts::TimeCourseChart &chart,
                                       const QList<ResultRecord> &results)
{
    const QList<eb::evidence::TimeCoursePoint> &points = chart.spec().points;
    // A point carries no result id: it is matched to the first result not yet used that has
    // its outcome label, time point and tooltip note (the source and quote of the result).
    QStringList keys;
    for (const ResultRecord &result : results) {
        const eb::evidence::EffectEntry e = eb::evidence::effectEntryFromResult(result);
        keys << QStringList{e.outcome, e.timepoint, e.note}.join(QChar(0x1f));
    }
    QList<bool> used(results.size(), false);
    QList<PlottedMark> marks;
    for (int i = 0; i < points.size(); ++i) {
        const eb::evidence::TimeCoursePoint &p = points.at(i);
        if (!p.estimate) {
            continue;
        }
        PlottedMark mark;
        mark.kind = QStringLiteral("point");
        mark.scale = eb::catalogue::vocabulary::metricShort(chart.spec().metric);
        mark.index = i;
        mark.label = p.series;
        mark.outcome = p.series;
        mark.timepoint = p.timepoint;
        mark.estimate = p.estimate;
        mark.ciLow = p.ciLow;
        mark.ciHigh = p.ciHigh;
        mark.printed = p.printed;
        mark.derived = p.derived;
        const QString key = QStringList{p.series, p.timepoint, p.note}.join(QChar(0x1f));
        for (qsizetype r = 0; r < results.size(); ++r) {
            if (!used.at(r) && keys.at(r) == key) {
                used[r] = true;
                mark.record = results.at(r);
                break;
            }
        }
        if (mark.record) {
            const bool converted = p.estimate != mark.record->estimate;
            mark.formula = converted ? tr("converted to MW: %1")
                                           .arg(QString::fromStdString(
                                               std::string(eb::stats::conversionAssumption())))
                                     : mark.record->derivation;
        }
        marks << mark;
    }
    return marks;
}

QList<PlottedMark> marksFromDistribution(const eb::evidence::DistributionSpec &spec,
                                         const QString &given)
{
    const QString assumption =
        QString::fromStdString(std::string(eb::stats::conversionAssumption()));
    QList<PlottedMark> marks;
    const auto add = [&](const QString &name, const std::optional<double> &value) {
        if (!value) {
            return;
        }
        PlottedMark mark;
        mark.kind = QStringLiteral("statistic");
        mark.index = static_cast<int>(marks.size());
        mark.label = name;
        mark.scale = name; // each statistic on its own scale
        mark.estimate = value;
        mark.derived = name.compare(given, Qt::CaseInsensitive) != 0;
        mark.formula = mark.derived ? assumption : QString();
        marks << mark;
    };
    add(spec.dName, spec.d);
    add(QStringLiteral("MW"), spec.mw);
    add(QStringLiteral("U3"), spec.u3);
    add(QStringLiteral("OVL"), spec.ovl);
    return marks;
}

QList<eb::catalogue::SourceRecord> sourcesOfMarks(const QList<PlottedMark> &marks,
                                                  const QList<eb::catalogue::SourceRecord> &sources)
{
    QList<eb::catalogue::SourceRecord> used;
    QSet<qint64> seen;
    QList<qint64> ids;
    for (const PlottedMark &mark : marks) {
        if (mark.record) {
            ids << mark.record->sourceId;
        }
        for (const ResultRecord &r : mark.sameNumbers) {
            ids << r.sourceId;
        }
    }
    for (qint64 id : ids) {
        if (seen.contains(id)) {
            continue;
        }
        seen.insert(id);
        for (const eb::catalogue::SourceRecord &source : sources) {
            if (source.id == id) {
                used << source;
                break;
            }
        }
    }
    return used;
}

} // namespace eb::exporting
