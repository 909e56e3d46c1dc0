#include "charts/forestlayout.h"

#include "charts/axisscale.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace eb::charts {

using eb::evidence::ForestRow;
using eb::evidence::ForestSort;
using eb::evidence::ForestSpec;

using eb::stats::Metric;

ForestSlots forestSlots(const QList<ForestRow> &rows, ForestSort sort, bool groupRows,
                        bool hasPooled, const QString &otherGroup)
{
    std::vector<int> order(static_cast<std::size_t>(rows.size()));
    std::iota(order.begin(), order.end(), 0);
    const auto at = [&](int i) -> const ForestRow & {
        return rows.at(i);
    };
    switch (sort) {
    case ForestSort::Input:
        break;
    case ForestSort::Effect:
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const auto &ea = at(a).estimate;
            const auto &eb = at(b).estimate;
            if (ea.has_value() != eb.has_value()) {
                return ea.has_value(); // not reported last
            }
            return ea && *ea < *eb;
        });
        break;
    case ForestSort::Weight:
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const double wa = at(a).weight.value_or(-1);
            const double wb = at(b).weight.value_or(-1);
            if (wa != wb) {
                return wa > wb;
            }
            return at(a).n.value_or(-1) > at(b).n.value_or(-1);
        });
        break;
    case ForestSort::Year:
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const int ya = at(a).year.value_or(100000);
            const int yb = at(b).year.value_or(100000);
            if (ya != yb) {
                return ya < yb;
            }
            return at(a).study.localeAwareCompare(at(b).study) < 0;
        });
        break;
    case ForestSort::Name:
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return at(a).study.localeAwareCompare(at(b).study) < 0;
        });
        break;
    }
    if (groupRows) {
        // Groups in order of first appearance; the sort applies within each group.
        QStringList groups;
        for (int i : order) {
            if (!groups.contains(at(i).group)) {
                groups << at(i).group;
            }
        }
        std::vector<int> grouped;
        for (const QString &group : groups) {
            for (int i : order) {
                if (at(i).group == group) {
                    grouped.push_back(i);
                }
            }
        }
        order = grouped;
    }
    ForestSlots result;
    result.slotOfRow.assign(order.size(), -1);
    QString currentGroup;
    bool first = true;
    for (int i : order) {
        if (groupRows && (first || at(i).group != currentGroup)) {
            currentGroup = at(i).group;
            result.items.push_back(
                {ForestSlot::Kind::Group, -1, currentGroup.isEmpty() ? otherGroup : currentGroup});
        }
        first = false;
        result.slotOfRow[static_cast<std::size_t>(i)] = static_cast<int>(result.items.size());
        result.items.push_back({ForestSlot::Kind::Row, i, {}});
    }
    if (hasPooled) {
        result.items.push_back({ForestSlot::Kind::Spacer, -1, {}});
        result.items.push_back({ForestSlot::Kind::Pooled, -1, {}});
    }
    if (result.items.empty()) {
        result.items.push_back({ForestSlot::Kind::Spacer, -1, {}});
    }
    return result;
}

double columnInformation(const QStringList &values)
{
    QHash<QString, int> counts;
    for (const QString &value : values) {
        counts[value] += 1;
    }
    double entropy = 0;
    for (const int count : std::as_const(counts)) {
        const double p = count / static_cast<double>(values.size());
        entropy -= p * std::log(p);
    }
    return entropy;
}

ForestColumns layoutForestColumns(const ForestColumnsInput &in)
{
    constexpr int kStudy = StudyColumn;
    constexpr int kOutcome = OutcomeColumn;
    constexpr int kTimepoint = TimepointColumn;
    constexpr int kN = NColumn;
    ForestColumns cols;
    const double h = in.lineHeight;
    const double width = in.width;
    cols.margin = std::round(0.9 * h);
    const double gap = 0.9 * h;
    std::array<double, kForestColumns> natural{};
    for (int c = 0; c < kForestColumns; ++c) {
        natural[c] = in.present[c] ? in.natural[c] : 0;
    }
    const double right = in.numberWidth + (in.hasWeights ? gap + in.weightWidth : 0);
    const double minPlot = std::max(0.3 * width, 12 * h);
    const double budget = std::max(4 * h, width - 2 * cols.margin - right - minPlot - 2 * gap);
    std::array<bool, kForestColumns> shown = in.present;
    std::array<double, kForestColumns> widths = natural;
    // Squeeze the text columns (study, outcome, timepoint; N stays whole) by max-min fairness:
    // the room is shared equally, a column that needs less than its share keeps its natural
    // width and leaves the rest to the others. Squeezed labels are elided.
    const auto squeeze = [&] {
        double used = 0;
        int count = 0;
        for (int c = 0; c < kForestColumns; ++c) {
            widths[c] = natural[c];
            if (shown[c]) {
                used += natural[c];
                ++count;
            }
        }
        used += gap * 0.8 * std::max(0, count - 1);
        if (used <= budget) {
            return;
        }
        double available = budget - (used - (shown[kStudy] ? natural[kStudy] : 0) -
                                     (shown[kOutcome] ? natural[kOutcome] : 0) -
                                     (shown[kTimepoint] ? natural[kTimepoint] : 0));
        available = std::max(6 * h, available);
        std::vector<int> open;
        for (int c : {kStudy, kOutcome, kTimepoint}) {
            if (shown[c]) {
                open.push_back(c);
            }
        }
        std::sort(open.begin(), open.end(), [&](int a, int b) { return natural[a] < natural[b]; });
        for (std::size_t i = 0; i < open.size(); ++i) {
            const double share = available / static_cast<double>(open.size() - i);
            widths[open[i]] = std::min(natural[open[i]], std::max(3 * h, share));
            available -= widths[open[i]];
        }
    };
    // A column that says the same on every row (one study's results all say "CAPTAIN II")
    // tells no rows apart, and the title names it: when the natural widths do not fit, it goes
    // before any telling column is squeezed.
    const auto naturalFits = [&] {
        double used = 0;
        int count = 0;
        for (int c = 0; c < kForestColumns; ++c) {
            if (shown[c]) {
                used += natural[c];
                ++count;
            }
        }
        return used + gap * 0.8 * std::max(0, count - 1) <= budget;
    };
    for (int c : {kN, kTimepoint, kOutcome, kStudy}) {
        if (naturalFits()) {
            break;
        }
        const bool needed = c == kStudy && in.keepStudy;
        if (shown[c] && in.rowCount > 1 && in.information[c] < 1e-12 && !needed &&
            int(shown[kStudy]) + int(shown[kOutcome]) + int(shown[kTimepoint]) > 1) {
            shown[c] = false;
        }
    }
    squeeze();
    // In a narrow pane, columns elided to a few letters help nobody: drop the least telling
    // ones until the first label column left gets a readable width. How telling a column is
    // is measured by the entropy of its values: a column that says the same on every row (one
    // study's results all say "CAPTAIN II") tells no rows apart and goes first; one that
    // splits the rows evenly (their timepoints) goes last. Ties go N, timepoint, outcome,
    // study. The tooltip still names every column.
    const auto constant = [&](int c) {
        return in.rowCount > 1 && in.information[c] < 1e-12;
    };
    std::vector<int> order;
    for (int c : {kN, kTimepoint, kOutcome, kStudy}) {
        // The pooled row's label needs the study column.
        if (shown[c] && !(c == kStudy && in.keepStudy)) {
            order.push_back(c);
        }
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return in.information[a] < in.information[b] - 1e-9; });
    const auto labelColumns = [&] {
        return int(shown[kStudy]) + int(shown[kOutcome]) + int(shown[kTimepoint]);
    };
    // How many rows read differently on the label columns shown (study, outcome, time point:
    // an N beside a row tells a reader nothing about which row it is), without `without`.
    const auto distinctRows = [&](int without) {
        int mask = 0;
        for (int c : {kStudy, kOutcome, kTimepoint}) {
            if (shown[c] && c != without) {
                mask |= 1 << c;
            }
        }
        qsizetype unknown = -1;
        qsizetype &known =
            in.distinctRows ? (*in.distinctRows)[static_cast<std::size_t>(mask)] : unknown;
        if (known >= 0) {
            return known;
        }
        QSet<QString> seen;
        for (const auto &row : in.cells) {
            QStringList label;
            for (int c : {kStudy, kOutcome, kTimepoint}) {
                if (shown[c] && c != without) {
                    label << row[static_cast<std::size_t>(c)];
                }
            }
            seen.insert(label.join(QChar(0x1f)));
        }
        known = seen.size();
        return known;
    };
    for (int c : order) {
        const int lead = shown[kStudy] ? kStudy : (shown[kOutcome] ? kOutcome : kTimepoint);
        // A telling outcome goes only when the names get tiny.
        const double readable = (c == kOutcome && !constant(c) ? 5 : 9) * h;
        if (widths[lead] >= std::min(natural[lead], readable) - 0.5) {
            break;
        }
        if (c != kN && labelColumns() <= 1) {
            break; // keep one label column
        }
        if (distinctRows(c) < distinctRows(-1)) {
            continue; // the only column telling some rows apart: squeezed, never dropped
        }
        shown[c] = false;
        squeeze();
    }
    double x = cols.margin;
    for (int c = 0; c < kForestColumns; ++c) {
        cols.x[c] = x;
        cols.width[c] = shown[c] ? widths[c] : 0;
        if (shown[c]) {
            x += widths[c] + gap * 0.8;
        }
    }
    cols.labelRight = x - gap * 0.8;
    cols.plotLeft = cols.labelRight + gap;
    cols.weightX = width - cols.margin - (in.hasWeights ? in.weightWidth : 0);
    cols.numberX = (in.hasWeights ? cols.weightX - gap : width - cols.margin) - in.numberWidth;
    cols.plotRight = std::max(cols.plotLeft + 4 * h, cols.numberX - gap);
    return cols;
}

ForestAxis forestAxis(const ForestSpec &spec, std::optional<double> null, double plotWidth,
                      double scale)
{
    const bool ratio = eb::stats::isRatio(spec.metric);
    const auto t = [&](double v) {
        return ratio ? std::log(v) : v;
    };
    const auto inv = [&](double v) {
        return ratio ? std::exp(v) : v;
    };

    double coreLo = INFINITY;
    double coreHi = -INFINITY;
    double allLo = INFINITY;
    double allHi = -INFINITY;
    const auto core = [&](double v) {
        coreLo = std::min(coreLo, t(v));
        coreHi = std::max(coreHi, t(v));
    };
    const auto all = [&](double v) {
        allLo = std::min(allLo, t(v));
        allHi = std::max(allHi, t(v));
    };
    if (null) {
        core(*null);
    }
    for (const ForestRow &row : spec.rows) {
        if (row.estimate) {
            core(*row.estimate);
        }
        if (row.ciLow) {
            all(*row.ciLow);
            all(*row.ciHigh);
        }
    }
    if (spec.pooled) {
        core(spec.pooled->ciLow);
        core(spec.pooled->ciHigh);
        if (spec.pooled->piLow) {
            core(*spec.pooled->piLow);
            core(*spec.pooled->piHigh);
        }
    }
    if (!std::isfinite(coreLo)) {
        coreLo = ratio ? std::log(0.5) : -1;
        coreHi = ratio ? std::log(2.0) : 1;
    }
    double span = coreHi - coreLo;
    if (span < 1e-9) {
        span = spec.metric == Metric::MannWhitney ? 0.2 : 0.5;
        coreLo -= span / 2;
        coreHi += span / 2;
    }
    // Wide CIs may stretch the axis, but not so far that the estimates collapse into a
    // corner: beyond twice the estimates' span they end in an arrow instead.
    double lo = std::min(coreLo, std::max(allLo, coreLo - 2 * span));
    double hi = std::max(coreHi, std::min(allHi, coreHi + 2 * span));
    const double pad = 0.04 * (hi - lo);
    lo -= pad;
    hi += pad;
    if (spec.metric == Metric::MannWhitney) {
        lo = std::max(lo, 0.0);
        hi = std::min(hi, 1.0);
    }

    ForestAxis axis;
    const int ticks = std::clamp(static_cast<int>(plotWidth / (85 * scale)), 2, 10);
    if (ratio) {
        axisscale::LogRange range = axisscale::logRange(inv(lo), inv(hi));
        if (spec.axisMin && spec.axisMax && *spec.axisMin > 0 && *spec.axisMin < *spec.axisMax) {
            range.low = *spec.axisMin;
            range.high = *spec.axisMax;
        }
        axis.log = true;
        axis.logBase = range.base;
        axis.low = range.low;
        axis.high = range.high;
        return axis;
    }
    double step = axisscale::niceStep((hi - lo) / ticks);
    const double anchor = null.value_or(0.0);
    if (spec.axisMin && spec.axisMax && std::isfinite(*spec.axisMin) &&
        std::isfinite(*spec.axisMax) && *spec.axisMin < *spec.axisMax) {
        lo = *spec.axisMin;
        hi = *spec.axisMax;
        step = axisscale::niceStep((hi - lo) / ticks);
    } else {
        lo = anchor + std::floor((lo - anchor) / step + 1e-9) * step;
        hi = anchor + std::ceil((hi - anchor) / step - 1e-9) * step;
    }
    axis.low = lo;
    axis.high = hi;
    axis.step = step;
    axis.anchor = anchor;
    axis.decimals = axisscale::decimalsForStep(step);
    // Beyond a million, fixed decimals give labels wider than a tick's room: use %g.
    axis.significantLabels = std::max(std::abs(lo), std::abs(hi)) >= 1e6;
    return axis;
}

} // namespace eb::charts
