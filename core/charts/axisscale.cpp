#include "charts/axisscale.h"

#include <cmath>

namespace eb::charts::axisscale {

double niceStep(double raw)
{
    if (!(raw > 0) || !std::isfinite(raw)) {
        return 1.0;
    }
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / power;
    double nice = 10;
    if (fraction <= 1) {
        nice = 1;
    } else if (fraction <= 2) {
        nice = 2;
    } else if (fraction <= 2.5) {
        nice = 2.5;
    } else if (fraction <= 5) {
        nice = 5;
    }
    return nice * power;
}

int decimalsForStep(double step, int maxDecimals)
{
    if (!std::isfinite(step)) {
        return 0;
    }
    int decimals = 0;
    while (decimals < maxDecimals && std::abs(step * std::pow(10.0, decimals) -
                                              std::round(step * std::pow(10.0, decimals))) > 1e-9) {
        ++decimals;
    }
    return decimals;
}

namespace {

// 1, 2 or 5 times a power of ten at or below (down) or at or above v.
double snapOneTwoFive(double v, bool down)
{
    const double decade = std::pow(10.0, std::floor(std::log10(v)));
    const double steps[] = {1, 2, 5, 10};
    double best = down ? decade : 10 * decade;
    for (double step : steps) {
        const double candidate = step * decade;
        if (down && candidate <= v * (1 + 1e-9)) {
            best = candidate;
        }
        if (!down && candidate >= v * (1 - 1e-9)) {
            best = candidate;
            break;
        }
    }
    return best;
}

} // namespace

LogRange logRange(double low, double high, LogSnap snap)
{
    LogRange range;
    if (!(low > 0) || !(high >= low) || !std::isfinite(low) || !std::isfinite(high)) {
        return range;
    }
    range.base = high / low <= 64 ? 2.0 : 10.0;
    if (range.base == 2.0) {
        // Snap outward to powers of two so that the ends carry labels.
        range.low = std::pow(2.0, std::floor(std::log2(low) + 1e-9));
        range.high = std::pow(2.0, std::ceil(std::log2(high) - 1e-9));
    } else if (snap == LogSnap::OneTwoFive) {
        range.low = snapOneTwoFive(low, true);
        range.high = snapOneTwoFive(high, false);
    } else {
        range.low = std::pow(10.0, std::floor(std::log10(low) + 1e-9));
        range.high = std::pow(10.0, std::ceil(std::log10(high) - 1e-9));
    }
    return range;
}

} // namespace eb::charts::axisscale
