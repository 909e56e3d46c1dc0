#pragma once

// The tick arithmetic every chart axis shares (forest plot, time course): a "nice" step, the
// decimals its labels need, and the outward snapping of a logarithmic range. Plain C++ with no
// Qt, so the numbers are tested table by table (tests/charts/axisscale_test.cpp).

namespace eb::charts::axisscale {

// A "nice" step (1, 2, 2.5 or 5 times a power of ten) at or above raw; 1 for a raw step that
// is not a positive finite number.
double niceStep(double raw);

// The fewest decimals (at most maxDecimals) that print every multiple of step exactly.
int decimalsForStep(double step, int maxDecimals = 6);

// A logarithmic axis range that contains [low, high] (both > 0).
struct LogRange
{
    double low = 0.5;
    double high = 2.0;
    double base = 2.0; // 2 for a span of at most 64 times, else 10
};

enum class LogSnap
{
    // Base 10 ends snap to 1, 2 or 5 times a power of ten: whole decades would waste up to
    // nine tenths of a decade at each end (labels stay on the decades).
    OneTwoFive,
    WholeDecades, // base 10 ends on whole decades
};

// Snaps [low, high] outward: to powers of two when the span is at most 64 times, otherwise as
// snap says. An empty or non-positive range gives the default [0.5, 2].
LogRange logRange(double low, double high, LogSnap snap = LogSnap::OneTwoFive);

} // namespace eb::charts::axisscale
