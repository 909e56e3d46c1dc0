#include "export/plottedmarks.h"

#include "charts/forestplot.h"
#include "charts/timecoursechart.h"
#include "evidence/distributionspec.h"
#include "evidence/forestdata.h"
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

// Which entry (by index) each item was made from. The charts build their rows and points
// from the entries in order, leaving some out, so the items are a subsequence of the entries:
// each is matched to the next entry with the same key.
QList<int> matchInOrder(const QStringList &itemKeys, const QStringList &entryKeys)
{
    QList<int> matched;
    int next = 0;
    for (const QString &key : itemKeys) {
        int found = -1;
        for (int e = next; e < entryKeys.size(); ++e) {
            if (entryKeys.at(e) == key) {
                found = e;
                break;
            }
        }
        matched << found;
        if (found >= 0) {
            next = found + 1;
        }
    }
    return matched;
}

QString keyOf(const QString &label, const QString &outcome, const QString &timepoint,
              const QString &note)
{
    return QStringList{label, outcome, timepoint, note}.join(QChar(0x1f));
}

} // namespace

QList<PlottedMark> marksFromForest(const eb::charts::ForestPlot &plot,
                                   const QList<ResultRecord> &results)
{
    const eb::evidence::ForestSpec &spec = plot.spec();
    const QList<eb::evidence::EffectEntry> entries =
        eb::evidence::effectEntriesFromResults(results);
    QStringList entryKeys;
    for (const eb::evidence::EffectEntry &e : entries) {
        entryKeys << keyOf(e.study, e.outcome, e.timepoint, e.note);
    }
    QStringList rowKeys;
    for (const eb::evidence::ForestRow &r : spec.rows) {
        rowKeys << keyOf(r.study, r.outcome, r.timepoint, r.note);
    }
    const QList<int> entryOfRow = matchInOrder(rowKeys, entryKeys);

    QList<PlottedMark> marks;
    for (const eb::charts::ForestPlot::Slot &slot : plot.rowSlots()) {
        if (slot.kind == eb::charts::ForestPlot::Slot::Kind::Row) {
            const eb::evidence::ForestRow &row = spec.rows.at(slot.row);
            if (!row.estimate) {
                continue; // "not reported": a label, no mark
            }
            PlottedMark mark;
            mark.kind = QStringLiteral("row");
            mark.index = slot.row;
            mark.label = row.study;
            mark.outcome = row.outcome;
            mark.timepoint = row.timepoint;
            mark.estimate = row.estimate;
            mark.ciLow = row.ciLow;
            mark.ciHigh = row.ciHigh;
            mark.weight = row.weight;
            mark.derived = row.derived;
            mark.formula = row.derivation;
            const int entry = entryOfRow.value(slot.row, -1);
            if (entry >= 0 && entry < results.size()) {
                mark.record = results.at(entry);
            }
            marks << mark;
        } else if (slot.kind == eb::charts::ForestPlot::Slot::Kind::Pooled && spec.pooled) {
            const eb::evidence::PooledSummary &p = *spec.pooled;
            PlottedMark mark;
            mark.kind = QStringLiteral("pooled");
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
    QStringList entryKeys;
    for (const ResultRecord &result : results) {
        const eb::evidence::EffectEntry e = eb::evidence::effectEntryFromResult(result);
        entryKeys << keyOf(e.outcome, QString(), e.timepoint, e.note);
    }
    const QList<eb::evidence::TimeCoursePoint> &points = chart.spec().points;
    QStringList pointKeys;
    for (const eb::evidence::TimeCoursePoint &p : points) {
        pointKeys << keyOf(p.series, QString(), p.timepoint, p.note);
    }
    const QList<int> entryOfPoint = matchInOrder(pointKeys, entryKeys);
    QList<PlottedMark> marks;
    for (int i = 0; i < points.size(); ++i) {
        const eb::evidence::TimeCoursePoint &p = points.at(i);
        if (!p.estimate) {
            continue;
        }
        PlottedMark mark;
        mark.kind = QStringLiteral("point");
        mark.index = i;
        mark.label = p.series;
        mark.outcome = p.series;
        mark.timepoint = p.timepoint;
        mark.estimate = p.estimate;
        mark.ciLow = p.ciLow;
        mark.ciHigh = p.ciHigh;
        mark.derived = p.derived;
        const int entry = entryOfPoint.at(i);
        if (entry >= 0) {
            mark.record = results.at(entry);
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
    for (const PlottedMark &mark : marks) {
        if (!mark.record || seen.contains(mark.record->sourceId)) {
            continue;
        }
        seen.insert(mark.record->sourceId);
        for (const eb::catalogue::SourceRecord &source : sources) {
            if (source.id == mark.record->sourceId) {
                used << source;
                break;
            }
        }
    }
    return used;
}

} // namespace eb::exporting
