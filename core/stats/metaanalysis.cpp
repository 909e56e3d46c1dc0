#include "stats/metaanalysis.h"

#include "stats/distributions.h"

#include <algorithm>
#include <boost/math/tools/roots.hpp>
#include <cctype>
#include <cfloat>
#include <cmath>
#include <string>

namespace eb::stats {
namespace {

std::string rowField(std::size_t index)
{
    return "row " + std::to_string(index + 1);
}

// The weighted fit of an intercept-only model at a given tau^2, with the traces metafor
// takes of its projection matrix P = W - w w' / sum(w). Everything is computed with weights
// scaled by the largest weight (u = w / w_max) so that tiny variances cannot overflow, and
// sum(w) - w_i is summed directly for the largest weight: with one study far more precise
// than the rest, S2 - 2 S3/S1 + (S2/S1)^2 would lose every digit to cancellation.
struct Fit
{
    double scale = 1.0; // w_max
    double sumW = 0.0;  // S1 (unscaled)
    double estimate = 0.0;
    double rss = 0.0;  // sum w (y - est)^2  (= Y'PY)
    double yppy = 0.0; // sum w^2 (y - est)^2 (= Y'PPY)
    double trP = 0.0;
    double trPP = 0.0;
    double sumLogV = 0.0; // sum log(v + tau2), for the REML likelihood
};

Fit fitAt(std::span<const double> y, std::span<const double> v, double tau2, bool withTraces,
          bool withLogs = false)
{
    const std::size_t k = y.size();
    Fit fit;
    std::size_t iMax = 0;
    double vMin = v[0] + tau2;
    for (std::size_t i = 1; i < k; ++i) {
        if (v[i] + tau2 < vMin) {
            vMin = v[i] + tau2;
            iMax = i;
        }
    }
    fit.scale = 1.0 / vMin;
    // u_i = w_i / w_max = vMin / (v_i + tau2), in (0, 1].
    double s1 = 0.0; // sum u
    double r1 = 0.0; // sum u, all but the largest
    double s2 = 0.0; // sum u^2
    double r2 = 0.0; // sum u^2, all but the largest
    double suy = 0.0;
    for (std::size_t i = 0; i < k; ++i) {
        const double u = vMin / (v[i] + tau2);
        s1 += u;
        s2 += u * u;
        suy += u * y[i];
        if (i != iMax) {
            r1 += u;
            r2 += u * u;
        }
    }
    fit.sumW = s1 * fit.scale;
    fit.estimate = suy / s1;
    double rss = 0.0;
    double yppy = 0.0;
    double trP = 0.0;
    double trPP = 0.0;
    for (std::size_t i = 0; i < k; ++i) {
        const double u = vMin / (v[i] + tau2);
        const double r = y[i] - fit.estimate;
        rss += u * r * r;
        yppy += u * u * r * r;
        if (withTraces) {
            const double rest1 = i == iMax ? r1 : s1 - u; // sum of the other u
            const double rest2 = i == iMax ? r2 : s2 - u * u;
            trP += u * rest1;
            trPP += u * u * (rest1 * rest1 + rest2);
        }
        if (withLogs) {
            // Only the likelihood check needs these: a log per study per Fisher step would
            // double the cost of REML.
            fit.sumLogV += std::log(v[i] + tau2);
        }
    }
    fit.rss = rss * fit.scale;
    fit.yppy = yppy * fit.scale * fit.scale;
    // trP = sum u_i (S1 - u_i) / S1 (scaled by w_max); trPP = sum u_i^2 ((S1-u_i)^2 +
    // (S2 - u_i^2)) / S1^2 (scaled by w_max^2): the diagonal and off-diagonal parts of P'P.
    fit.trP = trP / s1 * fit.scale;
    fit.trPP = trPP / (s1 * s1) * fit.scale * fit.scale;
    return fit;
}

double remlLogLikelihood(std::span<const double> y, std::span<const double> v, double tau2)
{
    const Fit fit = fitAt(y, v, tau2, false, true);
    return -0.5 * fit.sumLogV - 0.5 * std::log(fit.sumW) - 0.5 * fit.rss;
}

// Hedges' (HE) estimator, metafor's starting value for REML.
double hedgesStart(std::span<const double> y, std::span<const double> v)
{
    const double k = static_cast<double>(y.size());
    double mean = 0.0;
    for (double value : y) {
        mean += value;
    }
    mean /= k;
    double rss = 0.0;
    double sumV = 0.0;
    for (std::size_t i = 0; i < y.size(); ++i) {
        rss += (y[i] - mean) * (y[i] - mean);
        sumV += v[i];
    }
    return std::max(0.0, (rss - sumV * (k - 1.0) / k) / (k - 1.0));
}

Result<double> remlTau2(std::span<const double> y, std::span<const double> v,
                        const PoolOptions &options, int &iterations)
{
    double tau2 = hedgesStart(y, v);
    double change = options.threshold + 1.0;
    iterations = 0;
    // metafor stops when |change| < threshold; above tau^2 ~ 1e6 a change of 1e-10 is below
    // the spacing of doubles, so the threshold is taken relative to tau^2 once tau^2 > 1.
    while (change > options.threshold * std::max(1.0, tau2)) {
        ++iterations;
        if (iterations > options.maxIterations) {
            return makeError("method", "REML (Fisher scoring) did not converge");
        }
        const double old = tau2;
        const Fit fit = fitAt(y, v, tau2, true);
        double adj = (fit.yppy - fit.trP) / fit.trPP;
        if (!std::isfinite(adj)) {
            adj = 0.0;
        }
        // metafor halves the step until tau^2 stays >= 0; at tau^2 = 0 with a negative
        // step that ends with a step of zero.
        if (tau2 == 0.0 && adj < 0.0) {
            adj = 0.0;
        }
        while (tau2 + adj < 0.0) {
            adj /= 2.0;
        }
        tau2 += adj;
        change = std::abs(old - tau2);
    }
    // metafor's ll0check: a Fisher-scoring fixed point below the likelihood at 0 is a local
    // maximum; take the boundary instead.
    constexpr double kLogLikTol = 1.220703125e-4; // .Machine$double.eps^0.25
    if (tau2 > options.threshold &&
        remlLogLikelihood(y, v, 0.0) - remlLogLikelihood(y, v, tau2) > kLogLikTol) {
        tau2 = 0.0;
    }
    return std::max(0.0, tau2);
}

Result<double> pauleMandelTau2(std::span<const double> y, std::span<const double> v,
                               int &iterations)
{
    const double target = static_cast<double>(y.size()) - 1.0;
    auto f = [&](double tau2) {
        return fitAt(y, v, tau2, false).rss - target;
    };
    iterations = 0;
    const double f0 = f(0.0);
    if (f0 < 0.0) {
        return 0.0;
    }
    if (f0 == 0.0) {
        return 0.0;
    }
    // Generalized Q falls with tau^2 towards 0 < k - 1; double until it is bracketed
    // (metafor stops at tau2.max = max(100, 10 mad(yi)^2) and gives up beyond it).
    double high = 100.0;
    double fHigh = f(high);
    while (fHigh > 0.0) {
        high *= 4.0;
        fHigh = f(high);
        if (!std::isfinite(high) || high > 1e300) {
            return makeError("method", "Paule-Mandel: no tau^2 brings Q down to k - 1");
        }
    }
    if (fHigh == 0.0) {
        return high;
    }
    std::uintmax_t maxIter = 500;
    const auto [a, b] = boost::math::tools::toms748_solve(
        f, 0.0, high, f0, fHigh, boost::math::tools::eps_tolerance<double>(52), maxIter,
        detail::NoThrowPolicy());
    iterations = static_cast<int>(maxIter);
    return a + (b - a) / 2.0;
}

Error tooExtreme()
{
    return makeError("yi", "the data are too extreme to give finite results");
}

bool allFinite(std::initializer_list<double> values)
{
    return std::all_of(values.begin(), values.end(), [](double x) { return std::isfinite(x); });
}

} // namespace

std::string_view poolMethodKey(PoolMethod method)
{
    switch (method) {
    case PoolMethod::FixedEffect:
        return "FE";
    case PoolMethod::DerSimonianLaird:
        return "DL";
    case PoolMethod::Reml:
        return "REML";
    case PoolMethod::PauleMandel:
        return "PM";
    }
    return "REML";
}

std::optional<PoolMethod> poolMethodFromKey(std::string_view key)
{
    std::string upper(key);
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    for (PoolMethod m : {PoolMethod::FixedEffect, PoolMethod::DerSimonianLaird, PoolMethod::Reml,
                         PoolMethod::PauleMandel}) {
        if (poolMethodKey(m) == upper) {
            return m;
        }
    }
    return std::nullopt;
}

Result<std::vector<double>> variancesFromStandardErrors(std::span<const double> sei)
{
    std::vector<double> vi;
    vi.reserve(sei.size());
    for (std::size_t i = 0; i < sei.size(); ++i) {
        if (!std::isfinite(sei[i]) || sei[i] <= 0.0) {
            return makeError(rowField(i) + ", sei", "a standard error must be a number > 0");
        }
        vi.push_back(sei[i] * sei[i]);
    }
    return vi;
}

Result<PoolResult> pool(std::span<const double> yi, std::span<const double> vi,
                        const PoolOptions &options)
{
    if (yi.size() != vi.size()) {
        return makeError("vi", "yi and vi differ in length");
    }
    const std::size_t k = yi.size();
    if (k == 0) {
        return makeError("yi", "no studies to pool");
    }
    if (!std::isfinite(options.level) || options.level <= 0.0 || options.level >= 1.0) {
        return makeError("level", "the confidence level must lie strictly between 0 and 1");
    }
    for (std::size_t i = 0; i < k; ++i) {
        if (!std::isfinite(yi[i])) {
            return makeError(rowField(i) + ", yi", "not a finite number");
        }
        if (!std::isfinite(vi[i]) || vi[i] <= 0.0) {
            return makeError(rowField(i) + ", vi", "a sampling variance must be a number > 0");
        }
        if (!std::isfinite(1.0 / vi[i])) {
            return makeError(rowField(i) + ", vi", "the sampling variance is too small");
        }
    }
    const bool randomEffects = options.method != PoolMethod::FixedEffect;
    if (k == 1 && randomEffects) {
        return makeError("k", "a random-effects model needs at least 2 studies");
    }
    if (k == 1 && options.knappHartung) {
        return makeError("k", "the Knapp-Hartung adjustment needs at least 2 studies");
    }

    PoolResult out;
    out.k = k;
    out.method = options.method;
    out.knappHartung = options.knappHartung;
    out.level = options.level;

    // Heterogeneity from the fixed-effect weights 1/vi, as metafor reports it for every model.
    const Fit fixed = fitAt(yi, vi, 0.0, true);
    // Finite inputs can still overflow here (yi = +-1e200 squares past DBL_MAX): refuse them
    // before any estimator or distribution sees an infinite Q.
    if (!allFinite({fixed.rss, fixed.estimate})) {
        return tooExtreme();
    }
    const double dfQ = static_cast<double>(k) - 1.0;
    double tau2 = 0.0;
    switch (options.method) {
    case PoolMethod::FixedEffect:
        break;
    case PoolMethod::DerSimonianLaird:
        tau2 = std::max(0.0, (fixed.rss - dfQ) / fixed.trP);
        break;
    case PoolMethod::Reml: {
        auto t = remlTau2(yi, vi, options, out.iterations);
        if (!t) {
            return t.error();
        }
        tau2 = *t;
        break;
    }
    case PoolMethod::PauleMandel: {
        auto t = pauleMandelTau2(yi, vi, out.iterations);
        if (!t) {
            return t.error();
        }
        tau2 = *t;
        break;
    }
    }

    if (!std::isfinite(tau2)) {
        return tooExtreme();
    }
    const Fit fit = fitAt(yi, vi, tau2, false);
    out.tau2 = tau2;
    out.tau = std::sqrt(tau2);
    out.estimate = fit.estimate;
    out.se = std::sqrt(1.0 / fit.sumW);
    double crit = 0.0;
    if (options.knappHartung) {
        // metafor test = "knha": s2w = RSS / (k - 1), not truncated at 1 (that is "adhoc").
        if (fit.rss <= DBL_EPSILON) {
            return makeError("knha", "all estimates coincide: the Knapp-Hartung standard error "
                                     "would be 0");
        }
        out.se *= std::sqrt(fit.rss / dfQ);
        out.df = dfQ;
        out.statistic = out.estimate / out.se;
        if (!allFinite({fit.rss, out.estimate, out.se, out.statistic})) {
            return tooExtreme();
        }
        const detail::StudentsT t(dfQ);
        crit = boost::math::quantile(boost::math::complement(t, (1.0 - options.level) / 2.0));
        out.p = 2.0 * boost::math::cdf(boost::math::complement(t, std::abs(out.statistic)));
    } else {
        out.statistic = out.estimate / out.se;
        if (!allFinite({out.estimate, out.se, out.statistic})) {
            return tooExtreme();
        }
        const detail::Normal z;
        crit = boost::math::quantile(boost::math::complement(z, (1.0 - options.level) / 2.0));
        out.p = 2.0 * boost::math::cdf(boost::math::complement(z, std::abs(out.statistic)));
    }
    out.ciLow = out.estimate - crit * out.se;
    out.ciHigh = out.estimate + crit * out.se;
    const double piHalf = crit * std::sqrt(out.se * out.se + tau2);
    out.piLow = out.estimate - piHalf;
    out.piHigh = out.estimate + piHalf;

    out.qDf = dfQ;
    if (k > 1) {
        out.q = std::max(0.0, fixed.rss); // finite: checked above
        out.qP = boost::math::cdf(boost::math::complement(detail::ChiSquared(dfQ), out.q));
        const double vt = dfQ / fixed.trP; // "typical" within-study variance (Higgins)
        if (randomEffects) {
            out.i2 = 100.0 * tau2 / (vt + tau2);
            out.h2 = tau2 / vt + 1.0;
        } else {
            out.i2 = out.q > 0.0 ? std::max(0.0, 100.0 * (out.q - dfQ) / out.q) : 0.0;
            out.h2 = out.q / dfQ;
        }
    } else {
        // metafor's k <= p branch: Q = 0, p = 1, I^2 = 0, H^2 = 1.
        out.q = 0.0;
        out.qP = 1.0;
        out.i2 = 0.0;
        out.h2 = 1.0;
    }

    out.weightsPercent.resize(k);
    for (std::size_t i = 0; i < k; ++i) {
        out.weightsPercent[i] = 100.0 / ((vi[i] + tau2) * fit.sumW);
    }

    for (double value : {out.estimate, out.se, out.ciLow, out.ciHigh, out.statistic, out.p,
                         out.tau2, out.i2, out.h2, out.q, out.qP, out.piLow, out.piHigh}) {
        if (!std::isfinite(value)) {
            return tooExtreme();
        }
    }
    return out;
}

} // namespace eb::stats
