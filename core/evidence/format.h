#pragma once

// How numbers from the catalogue and the effect-size engine read, in every front end: the
// detail pane, `evidence catalogue show`, the stats commands and the charts all format
// estimates, intervals, p values, NNTs, confidence levels and "not reported" through here, so
// the same value never reads two ways. Never prints "nan" or "inf"
// (tests/evidence/format_test.cpp).

#include "stats/nnt.h"

#include <QString>
#include <optional>

namespace eb::evidence {

// "not reported": what every NULL in the catalogue reads as.
QString notReported();

// The decimals a source printed an estimate and its interval with (0.90 (0.59 to 1.38) is
// {2, 2, 2}; NNT 7.1 (4 to 22) is {1, 0, 0}); empty where not recorded or where the number is
// this program's own (docs/data-provenance.md: the precision rule).
struct PrintedDecimals
{
    std::optional<int> estimate;
    std::optional<int> ciLow;
    std::optional<int> ciHigh;
};

// A reported number as its source printed it: with its printed decimals when recorded
// (0.9 with 2 -> "0.90", 0.024 with 4 -> "0.0240", 22 with 0 -> "22"), else formatValue().
QString formatPrinted(double value, std::optional<int> decimals);

// A number as the source printed it: six significant digits (0.59, 442, 0.0001). A value that
// is not finite reads "–" (callers check; this is the last line of defence).
QString formatValue(double value);

// A number with fixed decimals, as the charts and derived values show it: "−" for negatives,
// never "-0.00", and scientific notation from a million on, so that 1e300 stays a short label.
QString formatChartNumber(double value, int decimals = 2);

// "0.59 (0.52 to 0.66)", "0.59 (CI not reported)", or "not reported" without an estimate;
// each number with its printed decimals where given.
QString formatEstimate(std::optional<double> estimate, std::optional<double> ciLow,
                       std::optional<double> ciHigh, const PrintedDecimals &printed = {});

// The p value with its operator as the source reported it: "0.0119" (an empty operator or "="
// is shown as nothing), "< 0.0001"; "not reported" without a value. For a column headed "p".
// `decimals`: as printed (0.0240), else formatValue().
QString formatPValueCell(std::optional<double> p, const QString &op,
                         std::optional<int> decimals = {});

// "p = 0.0119", "p < 0.0001" or "p not reported" (an empty operator reads "=").
QString formatP(std::optional<double> p, const QString &op, std::optional<int> decimals = {});

// A p value this program computed (heterogeneity, pooling), rounded to decimals:
// "p = 0.120", and "p < 0.001" below what the decimals show.
QString formatComputedP(double p, int decimals = 3);

// A confidence level as it was given: 95 -> "95", 97.5 -> "97.5", 99.9999999999 ->
// "99.9999999999" (never rounded to "100").
QString formatCiLevel(double levelPercent);

// NNTs are shown with this many decimals below kNntBound ...
inline constexpr double kNntBound = 1e6;
// "NNTB 7.1", "NNTH 12.0", "infinite"; from kNntBound on "NNTB > 10^6" (a 63-digit number of
// patients says nothing a reader can use, and an overflowing one is never "inf").
QString formatNnt(const eb::stats::NntValue &value, int decimals = 1);
// The interval: "NNTB 5.2 to NNTB 30.1", "NNTB 5.2 to infinity to NNTH 30.1"; empty without one.
QString formatNntCi(const eb::stats::NntResult &nnt, int decimals = 1);

// Text from a user's input (a CSV field, a header) as a one-line message quotes it: line breaks
// and tabs shown as spaces, at most maxChars characters, the rest elided with "…". A 1 MB
// field never reaches standard error whole.
QString elidedInput(const QString &text, int maxChars = 60);

} // namespace eb::evidence
