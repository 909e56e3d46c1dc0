#pragma once

#include <QString>
#include <vector>

namespace eb::evidence {

// What the funnel plot shows: each study at (estimate, standard error), the standard error
// growing downwards; the pseudo 95% confidence region around the pooled estimate; optionally
// the contours of two-sided significance against 0 at 90, 95 and 99% (Peters et al. 2008), and
// the studies trim and fill imputed (hollow). Every number comes from the statistics engine
// (eb::stats::funnelData, eb::stats::trimFill); the chart only draws them.
struct FunnelSpec
{
    QString title;
    QString effectName; // x-axis title, e.g. "log risk ratio"
    std::vector<double> yi;
    std::vector<double> sei;
    std::vector<double> filledYi; // trim and fill's imputed studies; empty: none
    std::vector<double> filledSei;
    double estimate = 0;          // centre of the pseudo confidence region
    double z = 1.959963984540054; // its half-width per unit of se
    double levelPercent = 95;
    bool contours = false;
    std::vector<double> contourZ;       // e.g. z at 90, 95, 99%
    std::vector<double> contourPercent; // 90, 95, 99
    QString footnote;
    double fontScale = 1.0;
};

} // namespace eb::evidence
