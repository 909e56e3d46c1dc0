#pragma once

#include <QString>
#include <optional>

namespace eb::evidence {

// What the effect-size distribution chart shows: two normal distributions of equal variance,
// the treatment's shifted by d control-group standard deviations, with the overlap shaded.
// Every number is computed by the effect-size engine (eb::stats::convertEffect) and passed
// in; the chart only evaluates the normal density to draw the curves.
// The largest |d| the chart draws: beyond it the curves no longer fit a readable axis. A larger
// d is drawn at this edge and said so; its labels keep the true value.
inline constexpr double kMaxDrawnD = 6.0;

struct DistributionSpec
{
    QString title;
    double d = 0; // treatment minus control, in standard deviations; positive favours treatment
    QString dName = QStringLiteral("d"); // "g" when a Hedges' g is drawn as d
    std::optional<double> mw;            // probability of superiority
    std::optional<double> u3;            // proportion of the treatment group above the control mean
    std::optional<double> ovl;           // overlap of the two distributions
    QString nnt;           // as the engine writes it: "NNTB 5.2", "infinite"; empty: none
    QString inputLabel;    // what was given: "MW = 0.62 (reported)"
    QString treatmentName; // empty: "Cerebrolysin"
    QString controlName;   // empty: "Control"
    QString footnote;      // assumptions: equal variances, assumed arm sizes, ...
    double fontScale = 1.0;
    std::optional<int> mwDecimals{}; // as the source printed a reported MW (0.576)
};

} // namespace eb::evidence
