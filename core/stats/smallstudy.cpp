#include "stats/smallstudy.h"

#include "stats/distributions.h"
#include "stats/intervals.h"
#include "stats/metaregression.h"
#include "stats/sensitivity.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace eb::stats {
namespace {

DesignMatrix eggerDesign(std::span<const double> vi)
{
    DesignMatrix x;
    x.names = {"intrcpt", "sei"};
    x.columns.emplace_back(vi.size(), 1.0);
    std::vector<double> sei;
    for (double v : vi) {
        sei.push_back(std::sqrt(v));
    }
    x.columns.push_back(std::move(sei));
    return x;
}

// P(T <= q) for Kendall's statistic T (concordant pairs) of n untied pairs under
// independence: the Mahonian distribution, built one element at a time (R's ckendall).
double kendallCdf(long q, std::size_t n)
{
    const std::size_t maxT = n * (n - 1) / 2;
    std::vector<double> f(maxT + 1, 0.0);
    f[0] = 1.0;
    std::size_t top = 0;
    for (std::size_t m = 2; m <= n; ++m) {
        std::vector<double> g(maxT + 1, 0.0);
        top += m - 1;
        for (std::size_t t = 0; t <= top; ++t) {
            double s = 0.0;
            for (std::size_t j = 0; j < m && j <= t; ++j) {
                s += f[t - j];
            }
            g[t] = s / static_cast<double>(m);
        }
        f = std::move(g);
    }
    double p = 0.0;
    for (long t = 0; t <= q && t <= static_cast<long>(maxT); ++t) {
        p += f[static_cast<std::size_t>(t)];
    }
    return std::min(1.0, p);
}

// Sizes of the groups of tied values (only groups of 2 or more).
std::vector<double> tieGroups(std::vector<double> x)
{
    std::sort(x.begin(), x.end());
    std::vector<double> groups;
    for (std::size_t i = 0; i < x.size();) {
        std::size_t j = i;
        while (j < x.size() && x[j] == x[i]) {
            ++j;
        }
        if (j - i > 1) {
            groups.push_back(static_cast<double>(j - i));
        }
        i = j;
    }
    return groups;
}

} // namespace

Result<RegTestResult> regTest(std::span<const double> yi, std::span<const double> vi,
                              const PoolOptions &options)
{
    if (yi.size() < (options.method == PoolMethod::FixedEffect ? 2u : 3u)) {
        return makeError("k", options.method == PoolMethod::FixedEffect
                                  ? "the regression test needs at least 2 studies"
                                  : "the regression test needs at least 3 studies with a "
                                    "random-effects model");
    }
    const auto fit = fitMetaRegression(yi, vi, eggerDesign(vi), options);
    if (!fit) {
        return fit.error();
    }
    RegTestResult r;
    const Coefficient &slope = fit->coefficients[1];
    const Coefficient &intercept = fit->coefficients[0];
    r.statistic = slope.statistic;
    r.p = slope.p;
    r.slope = slope.estimate;
    if (options.knappHartung) {
        r.df = static_cast<double>(fit->k) - 2.0;
    }
    r.limitEstimate = intercept.estimate;
    r.limitCiLow = intercept.ciLow;
    r.limitCiHigh = intercept.ciHigh;
    r.tau2 = fit->tau2;
    return r;
}

Result<RankTestResult> rankTest(std::span<const double> yi, std::span<const double> vi)
{
    PoolOptions fe;
    fe.method = PoolMethod::FixedEffect;
    const auto fit = pool(yi, vi, fe);
    if (!fit) {
        return fit.error();
    }
    const std::size_t n = yi.size();
    if (n < 3) {
        return makeError("k", "the rank correlation test needs at least 3 studies");
    }
    const double vb = fit->se * fit->se;
    std::vector<double> x(n);
    for (std::size_t i = 0; i < n; ++i) {
        x[i] = (yi[i] - fit->estimate) / std::sqrt(vi[i] - vb);
        if (!std::isfinite(x[i])) {
            return makeError("row " + std::to_string(i + 1) + ", vi",
                             "one study holds all the weight: its deviate is not defined");
        }
    }
    double concordance = 0.0; // C - D
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
            const double s = (x[i] > x[j]   ? 1.0
                              : x[i] < x[j] ? -1.0
                                            : 0.0) *
                             (vi[i] > vi[j]   ? 1.0
                              : vi[i] < vi[j] ? -1.0
                                              : 0.0);
            concordance += s;
        }
    }
    const double nd = static_cast<double>(n);
    const double t0 = nd * (nd - 1.0) / 2.0;
    const auto xt = tieGroups(x);
    const auto yt = tieGroups(std::vector<double>(vi.begin(), vi.end()));
    double t1 = 0, t2 = 0, vt = 0, vu = 0, v1x = 0, v1y = 0, v2x = 0, v2y = 0;
    for (double t : xt) {
        t1 += t * (t - 1.0) / 2.0;
        vt += t * (t - 1.0) * (2.0 * t + 5.0);
        v1x += t * (t - 1.0);
        v2x += t * (t - 1.0) * (t - 2.0);
    }
    for (double t : yt) {
        t2 += t * (t - 1.0) / 2.0;
        vu += t * (t - 1.0) * (2.0 * t + 5.0);
        v1y += t * (t - 1.0);
        v2y += t * (t - 1.0) * (t - 2.0);
    }
    if (t0 - t1 <= 0.0 || t0 - t2 <= 0.0) {
        return makeError("vi", "every value is tied: Kendall's tau is not defined");
    }
    RankTestResult r;
    r.tau = concordance / std::sqrt((t0 - t1) * (t0 - t2));
    const bool ties = !xt.empty() || !yt.empty();
    if (!ties && n < 50) {
        r.exact = true;
        const double q = std::nearbyint((r.tau + 1.0) * nd * (nd - 1.0) / 4.0);
        double p = 0.0;
        if (q > nd * (nd - 1.0) / 4.0) {
            p = 1.0 - kendallCdf(static_cast<long>(q) - 1, n);
        } else {
            p = kendallCdf(static_cast<long>(q), n);
        }
        r.p = std::min(2.0 * p, 1.0);
    } else {
        r.exact = false;
        const double s = r.tau * std::sqrt((t0 - t1) * (t0 - t2));
        const double v0 = nd * (nd - 1.0) * (2.0 * nd + 5.0);
        const double varS = (v0 - vt - vu) / 18.0 + v1x * v1y / (2.0 * nd * (nd - 1.0)) +
                            v2x * v2y / (9.0 * nd * (nd - 1.0) * (nd - 2.0));
        const double z = s / std::sqrt(varS);
        const detail::Normal normal;
        r.p = 2.0 * std::min(boost::math::cdf(normal, z),
                             boost::math::cdf(boost::math::complement(normal, z)));
    }
    return r;
}

Result<TrimFillResult> trimFill(std::span<const double> yi, std::span<const double> vi,
                                TrimFillEstimator estimator, const PoolOptions &options)
{
    const auto original = pool(yi, vi, options);
    if (!original) {
        return original.error();
    }
    const std::size_t k = yi.size();
    if (k < 2) {
        return makeError("k", "trim and fill needs at least 2 studies");
    }
    if (k < 3 && options.method != PoolMethod::FixedEffect) {
        // The side comes from a regression on sqrt(vi) with tau^2: three parameters.
        return makeError("k", "trim and fill needs at least 3 studies with a random-effects "
                              "model (to choose the side)");
    }
    PoolOptions zOptions = options;
    zOptions.knappHartung = false;
    TrimFillResult out;
    out.estimator = estimator;
    const auto side = fitMetaRegression(yi, vi, eggerDesign(vi), zOptions);
    if (!side) {
        return side.error();
    }
    out.rightSide = side->coefficients[1].estimate < 0.0;
    const double sign = out.rightSide ? -1.0 : 1.0;
    // Sorted by (flipped) estimate; R's sort(index.return = TRUE) keeps ties in input order.
    std::vector<std::size_t> order(k);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return sign * yi[a] < sign * yi[b]; });
    std::vector<double> y(k), v(k);
    for (std::size_t i = 0; i < k; ++i) {
        y[i] = sign * yi[order[i]];
        v[i] = vi[order[i]];
    }
    const double kd = static_cast<double>(k);
    double k0 = 0.0;
    double k0Saved = -1.0;
    double seK0 = 0.0;
    double beta = 0.0;
    std::vector<double> centred(k);
    int iterations = 0;
    while (k0 != k0Saved) {
        k0Saved = k0;
        if (++iterations > 100) {
            return makeError("trimfill", "the trim-and-fill algorithm did not converge");
        }
        const std::size_t kept = k - static_cast<std::size_t>(k0);
        const auto trimmed =
            poolAllowingOne(std::span(y).first(kept), std::span(v).first(kept), zOptions);
        if (!trimmed) {
            return trimmed.error();
        }
        beta = trimmed->estimate;
        // Ranks of |yi - beta|, ties in order of appearance (rank(ties.method = "first")).
        std::vector<std::size_t> byAbs(k);
        std::iota(byAbs.begin(), byAbs.end(), 0);
        for (std::size_t i = 0; i < k; ++i) {
            centred[i] = y[i] - beta;
        }
        std::stable_sort(byAbs.begin(), byAbs.end(), [&](std::size_t a, std::size_t b) {
            return std::abs(centred[a]) < std::abs(centred[b]);
        });
        std::vector<double> signedRank(k);
        for (std::size_t r = 0; r < k; ++r) {
            const std::size_t i = byAbs[r];
            const double sgn = centred[i] > 0.0 ? 1.0 : centred[i] < 0.0 ? -1.0 : 0.0;
            signedRank[i] = sgn * static_cast<double>(r + 1);
        }
        double estimate = 0.0;
        if (estimator == TrimFillEstimator::R0) {
            double maxNegative = -1.0;
            for (double s : signedRank) {
                if (s < 0.0) {
                    maxNegative = std::max(maxNegative, -s);
                }
            }
            if (maxNegative < 0.0) {
                return makeError("trimfill", "R0: every study lies on one side of the "
                                             "estimate; k0 is not defined");
            }
            estimate = (kd - maxNegative) - 1.0;
            seK0 = std::sqrt(2.0 * std::max(0.0, estimate) + 2.0);
        } else {
            double sr = 0.0;
            for (double s : signedRank) {
                if (s > 0.0) {
                    sr += s;
                }
            }
            estimate = (4.0 * sr - kd * (kd + 1.0)) / (2.0 * kd - 1.0);
            const double e = estimate;
            const double varSr =
                (kd * (kd + 1.0) * (2.0 * kd + 1.0) + 10.0 * e * e * e + 27.0 * e * e + 17.0 * e -
                 18.0 * kd * e * e - 18.0 * kd * e + 6.0 * kd * kd * e) /
                24.0;
            seK0 = 4.0 * std::sqrt(varSr) / (2.0 * kd - 1.0);
        }
        // R's round(): halves to even, as nearbyint in the default rounding mode.
        k0 = std::max(0.0, std::nearbyint(estimate));
        seK0 = std::max(0.0, seK0);
        if (!std::isfinite(seK0)) {
            seK0 = 0.0;
        }
        if (k0 >= kd) {
            return makeError("trimfill", "every study would be trimmed");
        }
    }
    out.k0 = static_cast<std::size_t>(k0);
    out.seK0 = seK0;
    if (estimator == TrimFillEstimator::R0) {
        out.pK0 = std::pow(0.5, k0 + 1.0);
    }
    if (out.k0 == 0) {
        out.adjusted = *original;
        return out;
    }
    std::vector<double> allY(yi.begin(), yi.end());
    std::vector<double> allV(vi.begin(), vi.end());
    for (std::size_t i = k - out.k0; i < k; ++i) {
        // Mirror image about the (flipped) trimmed estimate, back on the original scale.
        const double mirrored = sign * (2.0 * beta - y[i]);
        out.filledYi.push_back(mirrored);
        out.filledVi.push_back(v[i]);
        allY.push_back(mirrored);
        allV.push_back(v[i]);
    }
    const auto adjusted = pool(allY, allV, zOptions);
    if (!adjusted) {
        return adjusted.error();
    }
    out.adjusted = *adjusted;
    return out;
}

Result<FunnelData> funnelData(std::span<const double> yi, std::span<const double> vi,
                              const PoolOptions &options)
{
    const auto fit = pool(yi, vi, options);
    if (!fit) {
        return fit.error();
    }
    FunnelData out;
    out.yi.assign(yi.begin(), yi.end());
    for (double v : vi) {
        out.sei.push_back(std::sqrt(v));
        out.maxSe = std::max(out.maxSe, std::sqrt(v));
    }
    out.estimate = fit->estimate;
    out.level = options.level;
    out.z = criticalZ(options.level);
    for (double level : {0.90, 0.95, 0.99}) {
        out.contours.push_back(FunnelContour{level, criticalZ(level)});
    }
    return out;
}

} // namespace eb::stats
