#pragma once

#include "evidence/forestspec.h"

#include <QGraphicsPathItem>
#include <QPainterPath>
#include <vector>

namespace eb::charts::testing {

using namespace eb::evidence;

// A small MW forest plot: five rows, one derived, with weights.
inline ForestSpec smallMwSpec()
{
    ForestSpec spec;
    spec.title = QStringLiteral("Test forest plot");
    spec.metric = eb::stats::Metric::MannWhitney;
    const struct
    {
        const char *study;
        double est, lo, hi, weight;
        bool derived;
    } rows[] = {
        {"CARS-1", 0.60, 0.52, 0.68, 30, false},     {"CARS-2", 0.71, 0.63, 0.79, 25, false},
        {"CAPTAIN II", 0.59, 0.52, 0.66, 20, false}, {"ESCAS", 0.55, 0.45, 0.65, 15, true},
        {"Jianu 2010", 0.66, 0.50, 0.82, 10, false},
    };
    int year = 2010;
    for (const auto &r : rows) {
        ForestRow row;
        row.study = QString::fromLatin1(r.study);
        row.outcome = QStringLiteral("ARAT");
        row.timepoint = QStringLiteral("day 90");
        row.n = 100;
        row.estimate = r.est;
        row.ciLow = r.lo;
        row.ciHigh = r.hi;
        row.weight = r.weight;
        row.derived = r.derived;
        row.year = year++;
        spec.rows << row;
    }
    return spec;
}

// The straight segments of a path (moveTo followed by lineTo), in scene coordinates.
inline std::vector<QLineF> segments(const QGraphicsPathItem *item)
{
    std::vector<QLineF> lines;
    const QPainterPath path = item->path();
    for (int i = 0; i + 1 < path.elementCount(); ++i) {
        const QPainterPath::Element a = path.elementAt(i);
        const QPainterPath::Element b = path.elementAt(i + 1);
        if (a.isMoveTo() && b.isLineTo()) {
            lines.emplace_back(item->mapToScene(QPointF(a.x, a.y)),
                               item->mapToScene(QPointF(b.x, b.y)));
        }
    }
    return lines;
}

} // namespace eb::charts::testing
