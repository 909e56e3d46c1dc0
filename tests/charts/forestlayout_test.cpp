#include "charts/forestlayout.h"

#include <cmath>
#include <gtest/gtest.h>

// The forest plot's geometry without a QChart: slots, columns and the value axis, each table
// by table (the drawn result is tested in forestplot_test.cpp).

using namespace eb::charts;
using namespace eb::evidence;
using Kind = ForestSlot::Kind;

namespace {

ForestRow row(const QString &study, std::optional<double> estimate, std::optional<double> weight,
              std::optional<int> n, std::optional<int> year, const QString &group = {})
{
    ForestRow r;
    r.study = study;
    r.estimate = estimate;
    r.weight = weight;
    r.n = n;
    r.year = year;
    r.group = group;
    return r;
}

QList<ForestRow> sampleRows()
{
    return {
        row(QStringLiteral("Delta"), 0.62, 10, 40, 2012, QStringLiteral("Motor")),
        row(QStringLiteral("Alpha"), std::nullopt, 30, 100, 2009, QStringLiteral("Cognitive")),
        row(QStringLiteral("Charlie"), 0.55, 30, 200, std::nullopt, QStringLiteral("Motor")),
        row(QStringLiteral("Bravo"), 0.48, std::nullopt, 60, 2009, QString()),
    };
}

// The slots as a compact string: row indexes, "[group]", "_" spacer, "P" pooled.
std::string describe(const ForestSlots &s)
{
    std::string out;
    for (const ForestSlot &slot : s.items) {
        if (!out.empty()) {
            out += ' ';
        }
        switch (slot.kind) {
        case Kind::Row:
            out += std::to_string(slot.row);
            break;
        case Kind::Group:
            out += '[' + slot.text.toStdString() + ']';
            break;
        case Kind::Spacer:
            out += '_';
            break;
        case Kind::Pooled:
            out += 'P';
            break;
        }
    }
    return out;
}

} // namespace

TEST(ForestLayout, SlotsFollowTheSortGroupsAndPooledRow)
{
    const struct
    {
        const char *name;
        ForestSort sort;
        bool group;
        bool pooled;
        std::string expected;
    } cases[] = {
        {"input order", ForestSort::Input, false, false, "0 1 2 3"},
        {"effect, not reported last", ForestSort::Effect, false, false, "3 2 0 1"},
        {"weight, then N", ForestSort::Weight, false, false, "2 1 0 3"},
        {"year, then name; no year last", ForestSort::Year, false, false, "1 3 0 2"},
        {"name", ForestSort::Name, false, false, "1 3 2 0"},
        {"pooled row after a spacer", ForestSort::Input, false, true, "0 1 2 3 _ P"},
        {"groups in order of appearance", ForestSort::Input, true, false,
         "[Motor] 0 2 [Cognitive] 1 [Other] 3"},
        {"sort within groups", ForestSort::Effect, true, true,
         "[Other] 3 [Motor] 2 0 [Cognitive] 1 _ P"},
    };
    for (const auto &c : cases) {
        const ForestSlots s =
            forestSlots(sampleRows(), c.sort, c.group, c.pooled, QStringLiteral("Other"));
        EXPECT_EQ(describe(s), c.expected) << c.name;
        ASSERT_EQ(s.slotOfRow.size(), 4u) << c.name;
        for (int r = 0; r < 4; ++r) {
            const int slot = s.slotOfRow[static_cast<std::size_t>(r)];
            ASSERT_GE(slot, 0) << c.name;
            EXPECT_EQ(s.items[static_cast<std::size_t>(slot)].row, r) << c.name;
        }
    }
}

TEST(ForestLayout, NoRowsAndNoPooledResultGiveOneSpacer)
{
    EXPECT_EQ(describe(forestSlots({}, ForestSort::Effect, true, false, QStringLiteral("Other"))),
              "_");
    EXPECT_EQ(describe(forestSlots({}, ForestSort::Input, false, true, QStringLiteral("Other"))),
              "_ P");
}

TEST(ForestLayout, ColumnInformationIsTheEntropyOfTheValues)
{
    EXPECT_DOUBLE_EQ(columnInformation({}), 0.0);
    EXPECT_DOUBLE_EQ(columnInformation({QStringLiteral("a"), QStringLiteral("a")}), 0.0);
    EXPECT_NEAR(columnInformation({QStringLiteral("a"), QStringLiteral("b")}), std::log(2.0),
                1e-12);
    EXPECT_NEAR(columnInformation({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                   QStringLiteral("d")}),
                std::log(4.0), 1e-12);
}

TEST(ForestLayout, ColumnsAreKeptSqueezedOrDroppedByHowTellingTheyAre)
{
    // Line height 10: margin 9, gap 9, columns 7.2 apart. Natural widths study 200,
    // outcome 150, timepoint 60, N 20 (wide case: 100, 80, 60, 20).
    const double l5 = std::log(5.0);
    const struct
    {
        const char *name;
        double width;
        std::array<double, 4> natural;
        std::array<double, 4> information;
        bool keepStudy;
        std::array<double, 4> expected; // drawn widths; 0: dropped
    } cases[] = {
        {"room for all: natural widths",
         2000,
         {100, 80, 60, 20},
         {l5, l5, l5, l5},
         false,
         {100, 80, 60, 20}},
        // Budget 234: N, then the timepoint go; study and outcome share the room.
        {"narrow: N and timepoint dropped, the rest shared",
         600,
         {200, 150, 60, 20},
         {l5, l5, l5, l5},
         false,
         {113.4, 113.4, 0, 0}},
        // A study column that says the same on every row goes first.
        {"constant study column dropped first",
         600,
         {200, 150, 60, 20},
         {0, l5, l5, l5},
         false,
         {0, 139.6, 60, 20}},
        // ... unless the pooled row's label needs it.
        {"pooled label keeps the study column",
         600,
         {200, 150, 60, 20},
         {0, l5, l5, l5},
         true,
         {113.4, 113.4, 0, 0}},
    };
    for (const auto &c : cases) {
        ForestColumnsInput in;
        in.width = c.width;
        in.lineHeight = 10;
        in.rowCount = 5;
        in.present = {true, true, true, true};
        in.natural = c.natural;
        in.information = c.information;
        in.keepStudy = c.keepStudy;
        in.numberWidth = 150;
        const ForestColumns cols = layoutForestColumns(in);
        double x = 9;
        for (int col = 0; col < kForestColumns; ++col) {
            EXPECT_NEAR(cols.width[col], c.expected[col], 0.01) << c.name << " column " << col;
            EXPECT_NEAR(cols.x[col], x, 0.01) << c.name << " column " << col;
            if (c.expected[col] > 0) {
                x += c.expected[col] + 7.2;
            }
        }
        EXPECT_NEAR(cols.labelRight, x - 7.2, 0.01) << c.name;
        EXPECT_NEAR(cols.plotLeft, cols.labelRight + 9, 0.01) << c.name;
        EXPECT_NEAR(cols.numberX, c.width - 9 - 150, 0.01) << c.name;
        EXPECT_NEAR(cols.plotRight, cols.numberX - 9, 0.01) << c.name;
    }
}

// Issue 15: two versions of one review, told apart only by the time point column (which
// names the 2020 version's source). The study column says the same on every row and goes; the
// time point column, though the least telling by entropy, is narrowed, never dropped: without
// it "All-cause death" would read the same twice.
TEST(ForestLayout, AColumnThatAloneTellsRowsApartIsNeverDropped)
{
    ForestColumnsInput in;
    in.width = 400; // label budget 94: the study column goes, and the rest are squeezed
    in.lineHeight = 10;
    in.rowCount = 4;
    in.present = {true, true, true, false};
    in.natural = {200, 150, 160, 0};
    in.numberWidth = 150;
    const QString study = QStringLiteral("Cochrane review 2023 (stroke)");
    const QString later = QStringLiteral("follow-up up to 90 days");
    const QString earlier = QStringLiteral("Cochrane review 2020 version");
    in.cells = {{study, QStringLiteral("All-cause death"), later, QString()},
                {study, QStringLiteral("All-cause death"), earlier, QString()},
                {study, QStringLiteral("Non-fatal SAE"), later, QString()},
                {study, QStringLiteral("Non-fatal SAE"), earlier, QString()}};
    QStringList studies;
    QStringList outcomes;
    QStringList times;
    for (const auto &row : in.cells) {
        studies << row[0];
        outcomes << row[1];
        times << row[2];
    }
    in.information = {columnInformation(studies), columnInformation(outcomes),
                      columnInformation(times), 0};
    const ForestColumns cols = layoutForestColumns(in);
    EXPECT_EQ(cols.width[StudyColumn], 0); // says the same on every row
    EXPECT_GT(cols.width[OutcomeColumn], 0);
    EXPECT_GT(cols.width[TimepointColumn], 0);
    // The check itself: with rows that the outcome alone tells apart, the same narrow pane
    // drops the time point column.
    in.cells = {{study, QStringLiteral("A"), later, QString()},
                {study, QStringLiteral("B"), earlier, QString()},
                {study, QStringLiteral("C"), later, QString()},
                {study, QStringLiteral("D"), earlier, QString()}};
    in.information[OutcomeColumn] = std::log(4.0);
    EXPECT_EQ(layoutForestColumns(in).width[TimepointColumn], 0);
}

TEST(ForestLayout, AWeightColumnSitsRightOfTheNumbers)
{
    ForestColumnsInput in;
    in.width = 2000;
    in.lineHeight = 10;
    in.rowCount = 2;
    in.natural = {100, 0, 0, 0};
    in.numberWidth = 150;
    in.hasWeights = true;
    in.weightWidth = 50;
    const ForestColumns cols = layoutForestColumns(in);
    EXPECT_NEAR(cols.weightX, 2000 - 9 - 50, 0.01);
    EXPECT_NEAR(cols.numberX, cols.weightX - 9 - 150, 0.01);
    EXPECT_NEAR(cols.width[StudyColumn], 100, 0.01);
    EXPECT_EQ(cols.width[OutcomeColumn], 0);
}

TEST(ForestLayout, AxisCoversTheEstimatesAndSnapsToNiceTicks)
{
    struct Ci
    {
        double estimate;
        double low;
        double high;
    };
    const struct
    {
        const char *name;
        eb::stats::Metric metric;
        std::vector<Ci> rows;
        std::optional<double> null;
        double plotWidth;
        std::optional<double> axisMin;
        std::optional<double> axisMax;
        bool log;
        double low;
        double high;
        double step; // linear only
        int decimals;
    } cases[] = {
        {"MW around the null",
         eb::stats::Metric::MannWhitney,
         {{0.6, 0.55, 0.65}},
         0.5,
         850,
         std::nullopt,
         std::nullopt,
         false,
         0.48,
         0.66,
         0.02,
         2},
        // The CI reaching -5 stretches the axis only to twice the estimates' span.
        {"a wide CI ends in an arrow",
         eb::stats::Metric::Smd,
         {{0.1, -5, 0.3}},
         0.0,
         425,
         std::nullopt,
         std::nullopt,
         false,
         -0.4,
         0.4,
         0.2,
         1},
        {"fixed ends",
         eb::stats::Metric::Smd,
         {{0.1, -5, 0.3}},
         0.0,
         425,
         -1.0,
         1.0,
         false,
         -1,
         1,
         0.5,
         1},
        {"odds ratio on a base-2 log axis",
         eb::stats::Metric::OddsRatio,
         {{2, 1.2, 3.5}},
         1.0,
         850,
         std::nullopt,
         std::nullopt,
         true,
         0.5,
         4,
         0,
         0},
        {"nothing to show: -1 to 1",
         eb::stats::Metric::Smd,
         {},
         std::nullopt,
         850,
         std::nullopt,
         std::nullopt,
         false,
         -1.25,
         1.25,
         0.25,
         2},
    };
    for (const auto &c : cases) {
        ForestSpec spec;
        spec.metric = c.metric;
        spec.axisMin = c.axisMin;
        spec.axisMax = c.axisMax;
        for (const Ci &ci : c.rows) {
            ForestRow r;
            r.estimate = ci.estimate;
            r.ciLow = ci.low;
            r.ciHigh = ci.high;
            spec.rows << r;
        }
        const ForestAxis axis = forestAxis(spec, c.null, c.plotWidth, 1.0);
        EXPECT_EQ(axis.log, c.log) << c.name;
        EXPECT_NEAR(axis.low, c.low, 1e-9) << c.name;
        EXPECT_NEAR(axis.high, c.high, 1e-9) << c.name;
        if (!c.log) {
            EXPECT_NEAR(axis.step, c.step, 1e-12) << c.name;
            EXPECT_EQ(axis.decimals, c.decimals) << c.name;
            EXPECT_NEAR(axis.anchor, c.null.value_or(0.0), 1e-12) << c.name;
        }
    }
}
