#pragma once

// The geometry of a forest plot that needs no painting: which line each row is drawn on
// (sorting, group headings, the pooled row), how wide each label column is (squeezed, or
// dropped when a pane is narrow), and the value axis's range and ticks. Qt Core only, so it is
// tested table by table without a QChart (tests/charts/forestlayout_test.cpp); ForestPlot
// measures the texts, calls these functions and draws the result.

#include "evidence/forestspec.h"

#include <QString>
#include <QStringList>
#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace eb::charts {

// One drawn line of a forest plot, top to bottom: group headings, rows, a spacer, the pooled row.
struct ForestSlot
{
    enum class Kind
    {
        Row,
        Group,
        Spacer,
        Pooled,
    };
    Kind kind = Kind::Row;
    int row = -1; // index into the spec's rows for Kind::Row
    QString text; // Kind::Group
};

struct ForestSlots
{
    std::vector<ForestSlot> items;
    std::vector<int> slotOfRow; // per row, its slot (every row is drawn)
};

// The slots for rows in the given order: sorted (stable, not reported last by effect), grouped
// under headings in order of first appearance when groupRows (an empty group is headed
// otherGroup), then a spacer and the pooled row when hasPooled. Never empty: without rows and
// without a pooled result, one spacer.
ForestSlots forestSlots(const QList<evidence::ForestRow> &rows, evidence::ForestSort sort,
                        bool groupRows, bool hasPooled, const QString &otherGroup);

// The label columns, left to right.
enum ForestColumn : int
{
    StudyColumn = 0,
    OutcomeColumn = 1,
    TimepointColumn = 2,
    NColumn = 3,
};
inline constexpr int kForestColumns = 4;

// How telling a column is: the entropy (nats) of its values over the rows. 0 when every row
// says the same, log(n) when every row differs.
double columnInformation(const QStringList &values);

// What the column layout needs to know, measured by the caller in pixels.
struct ForestColumnsInput
{
    double width = 0;      // of the whole figure
    double lineHeight = 0; // of the body font: margins and gaps are multiples of it
    int rowCount = 0;
    std::array<bool, kForestColumns> present{true, false, false, false}; // has any value
    std::array<double, kForestColumns> natural{};                        // widest heading or cell
    std::array<double, kForestColumns> information{}; // columnInformation of its cells
    bool keepStudy = false; // the pooled row's label needs the study column
    // Each row's label cells (study, outcome, timepoint, N). A label column (not N) whose loss
    // would make two rows read the same is never dropped (two versions of one review, told
    // apart only by their source).
    std::vector<std::array<QString, kForestColumns>> cells{};
    // How many rows read differently on each set of label columns (index: bit c for column c),
    // -1 until counted; counting walks every row, and layoutWidth() tries many widths on one
    // input. Null: counted each time. Whoever sets it keeps `cells` as they were counted.
    std::shared_ptr<std::array<qsizetype, 8>> distinctRows;
    double numberWidth = 0; // "0.59 [0.52, 0.66]" column
    bool hasWeights = false;
    double weightWidth = 0;
};

struct ForestColumns
{
    std::array<double, kForestColumns> x{};
    std::array<double, kForestColumns> width{}; // 0: the column is not drawn
    double labelRight = 0;
    double plotLeft = 0;
    double plotRight = 0;
    double numberX = 0;
    double weightX = 0;
    double margin = 0;
};

// Lays out the label columns, the plot and the number columns across input.width. Text
// columns (study, outcome, timepoint; N stays whole) are squeezed by max-min fairness when the
// room is short; in a narrow pane the least telling columns are dropped until the first label
// column left is readable (see forestlayout.cpp), but never one that alone tells two rows
// apart.
ForestColumns layoutForestColumns(const ForestColumnsInput &input);

// The value axis of a forest plot.
struct ForestAxis
{
    double low = 0;
    double high = 1;
    bool log = false;               // a ratio metric: logarithmic axis
    double logBase = 2;             // log only
    double step = 0.2;              // linear only: tick interval ...
    double anchor = 0;              // ... through this value (the no-effect line)
    int decimals = 1;               // linear only: label decimals
    bool significantLabels = false; // beyond a million: "%.3g" labels instead of decimals
};

// The axis for spec's rows and pooled result (already sanitized: finite values, positive for
// ratios), with no-effect value null, over a plot plotWidth pixels wide at font scale scale.
// Wide CIs may stretch the axis to twice the estimates' span; beyond it they end in an arrow.
// spec.axisMin and spec.axisMax, when both valid, fix the ends.
ForestAxis forestAxis(const evidence::ForestSpec &spec, std::optional<double> null,
                      double plotWidth, double scale);

} // namespace eb::charts
