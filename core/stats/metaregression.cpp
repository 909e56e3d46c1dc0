#include "stats/metaregression.h"

#include "stats/distributions.h"

#include <algorithm>
#include <boost/math/distributions/fisher_f.hpp>
#include <cfloat>
#include <cmath>
#include <string>

namespace eb::stats {
namespace {

// The inverse of a symmetric positive-definite p x p matrix (row-major) by Cholesky, with
// log det. Nothing when a pivot is not clearly positive: the matrix is not of full rank.
struct Inverse
{
    std::vector<double> a;
    double logDet = 0.0;
};

std::optional<Inverse> invertSpd(std::vector<double> m, std::size_t p)
{
    double maxDiag = 0.0;
    for (std::size_t i = 0; i < p; ++i) {
        maxDiag = std::max(maxDiag, std::abs(m[i * p + i]));
    }
    // Cholesky in place: the lower triangle becomes L.
    Inverse out;
    for (std::size_t j = 0; j < p; ++j) {
        double d = m[j * p + j];
        for (std::size_t c = 0; c < j; ++c) {
            d -= m[j * p + c] * m[j * p + c];
        }
        // metafor refuses a design whose X'X has an eigenvalue below 1e-7; a relative pivot
        // check serves the same end without an eigen decomposition.
        if (!(d > 1e-12 * maxDiag) || !std::isfinite(d)) {
            return std::nullopt;
        }
        const double l = std::sqrt(d);
        m[j * p + j] = l;
        out.logDet += 2.0 * std::log(l);
        for (std::size_t i = j + 1; i < p; ++i) {
            double s = m[i * p + j];
            for (std::size_t c = 0; c < j; ++c) {
                s -= m[i * p + c] * m[j * p + c];
            }
            m[i * p + j] = s / l;
        }
    }
    // L^-1 column by column, then A = L^-T L^-1.
    std::vector<double> li(p * p, 0.0);
    for (std::size_t col = 0; col < p; ++col) {
        for (std::size_t i = col; i < p; ++i) {
            double s = i == col ? 1.0 : 0.0;
            for (std::size_t c = col; c < i; ++c) {
                s -= m[i * p + c] * li[c * p + col];
            }
            li[i * p + col] = s / m[i * p + i];
        }
    }
    out.a.assign(p * p, 0.0);
    for (std::size_t i = 0; i < p; ++i) {
        for (std::size_t j = 0; j < p; ++j) {
            double s = 0.0;
            for (std::size_t c = std::max(i, j); c < p; ++c) {
                s += li[c * p + i] * li[c * p + j];
            }
            out.a[i * p + j] = s;
        }
    }
    return out;
}

// The weighted least-squares fit at weights w, with what the estimators need of the
// projection matrix P = W - W X (X'WX)^-1 X'W: P y = W r (r the residuals), so
// y'Py = sum w r^2 and y'PPy = sum w^2 r^2; tr(P) and tr(PP) from its entries.
struct WlsFit
{
    Inverse inverse;
    std::vector<double> beta;
    std::vector<double> h; // x_i' (X'WX)^-1 x_i
    double rss = 0.0;      // sum w r^2
    double yppy = 0.0;     // sum w^2 r^2
    double trP = 0.0;
    double trPP = 0.0;
};

std::optional<WlsFit> wls(const DesignMatrix &x, std::span<const double> y,
                          std::span<const double> w, bool withTraces)
{
    const std::size_t k = y.size();
    const std::size_t p = x.columns.size();
    std::vector<double> xtwx(p * p, 0.0);
    std::vector<double> xtwy(p, 0.0);
    for (std::size_t i = 0; i < k; ++i) {
        for (std::size_t a = 0; a < p; ++a) {
            const double wa = w[i] * x.columns[a][i];
            xtwy[a] += wa * y[i];
            for (std::size_t b = 0; b <= a; ++b) {
                xtwx[a * p + b] += wa * x.columns[b][i];
            }
        }
    }
    for (std::size_t a = 0; a < p; ++a) {
        for (std::size_t b = a + 1; b < p; ++b) {
            xtwx[a * p + b] = xtwx[b * p + a];
        }
    }
    auto inverse = invertSpd(std::move(xtwx), p);
    if (!inverse) {
        return std::nullopt;
    }
    WlsFit fit;
    fit.inverse = std::move(*inverse);
    const std::vector<double> &A = fit.inverse.a;
    fit.beta.assign(p, 0.0);
    for (std::size_t a = 0; a < p; ++a) {
        for (std::size_t b = 0; b < p; ++b) {
            fit.beta[a] += A[a * p + b] * xtwy[b];
        }
    }
    // B = X A (k x p): row i is x_i' A.
    std::vector<double> bRows(k * p, 0.0);
    fit.h.assign(k, 0.0);
    for (std::size_t i = 0; i < k; ++i) {
        double fitted = 0.0;
        for (std::size_t a = 0; a < p; ++a) {
            fitted += x.columns[a][i] * fit.beta[a];
            double s = 0.0;
            for (std::size_t b = 0; b < p; ++b) {
                s += x.columns[b][i] * A[b * p + a];
            }
            bRows[i * p + a] = s;
            fit.h[i] += s * x.columns[a][i];
        }
        const double r = y[i] - fitted;
        fit.rss += w[i] * r * r;
        fit.yppy += w[i] * w[i] * r * r;
    }
    if (withTraces) {
        for (std::size_t i = 0; i < k; ++i) {
            fit.trP += w[i] - w[i] * w[i] * fit.h[i];
            for (std::size_t j = 0; j < k; ++j) {
                double hij = 0.0;
                for (std::size_t a = 0; a < p; ++a) {
                    hij += bRows[i * p + a] * x.columns[a][j];
                }
                const double pij = (i == j ? w[i] : 0.0) - w[i] * w[j] * hij;
                fit.trPP += pij * pij;
            }
        }
    }
    return fit;
}

std::vector<double> weightsAt(std::span<const double> v, double tau2)
{
    std::vector<double> w(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
        w[i] = 1.0 / (v[i] + tau2);
    }
    return w;
}

Error notFullRank()
{
    return makeError("mods", "the moderators are not of full rank (a column is constant or a "
                             "combination of the others)");
}

double remlLogLik(const DesignMatrix &x, std::span<const double> y, std::span<const double> v,
                  double tau2, bool &ok)
{
    const auto w = weightsAt(v, tau2);
    const auto fit = wls(x, y, w, false);
    ok = fit.has_value();
    if (!ok) {
        return 0.0;
    }
    double sumLog = 0.0;
    for (double value : v) {
        sumLog += std::log(value + tau2);
    }
    return -0.5 * sumLog - 0.5 * fit->inverse.logDet - 0.5 * fit->rss;
}

bool isInterceptColumn(const std::vector<double> &column)
{
    return std::all_of(column.begin(), column.end(), [](double value) { return value == 1.0; });
}

} // namespace

Result<MetaRegressionResult> fitMetaRegression(std::span<const double> yi,
                                               std::span<const double> vi, const DesignMatrix &x,
                                               const PoolOptions &options)
{
    const std::size_t k = yi.size();
    const std::size_t p = x.columns.size();
    if (vi.size() != k) {
        return makeError("vi", "yi and vi differ in length");
    }
    if (p == 0 || x.names.size() != p) {
        return makeError("mods", "the design matrix has no columns or unnamed columns");
    }
    if (!std::isfinite(options.level) || options.level <= 0.0 || options.level >= 1.0) {
        return makeError("level", "the confidence level must lie strictly between 0 and 1");
    }
    for (std::size_t j = 0; j < p; ++j) {
        if (x.columns[j].size() != k) {
            return makeError(x.names[j], "the moderator has a different number of rows");
        }
    }
    for (std::size_t i = 0; i < k; ++i) {
        const std::string row = "row " + std::to_string(i + 1);
        if (!std::isfinite(yi[i])) {
            return makeError(row + ", yi", "not a finite number");
        }
        if (!std::isfinite(vi[i]) || vi[i] <= 0.0 || !std::isfinite(1.0 / vi[i])) {
            return makeError(row + ", vi", "a sampling variance must be a number > 0");
        }
        for (std::size_t j = 0; j < p; ++j) {
            if (!std::isfinite(x.columns[j][i])) {
                return makeError(row + ", " + x.names[j], "not a finite number");
            }
        }
    }
    const bool fixedEffect = options.method == PoolMethod::FixedEffect;
    if (options.method == PoolMethod::PauleMandel) {
        return makeError("method", "meta-regression is offered with FE, DL and REML only");
    }
    if (k < p + (fixedEffect ? 0 : 1)) {
        return makeError("k", "more coefficients to estimate than there are studies");
    }
    if (options.knappHartung && (fixedEffect || k <= p)) {
        return makeError("knha", "the Knapp-Hartung adjustment needs a random-effects model "
                                 "with more studies than coefficients");
    }

    // metafor estimates tau^2 from the mean-centred estimates (identical with an intercept).
    double mean = 0.0;
    for (double value : yi) {
        mean += value;
    }
    mean /= static_cast<double>(k);
    std::vector<double> yc(yi.begin(), yi.end());
    for (double &value : yc) {
        value -= mean;
    }

    MetaRegressionResult out;
    out.k = k;
    out.p = p;
    out.method = options.method;
    out.knappHartung = options.knappHartung;
    out.level = options.level;
    const double dfResidual = static_cast<double>(k) - static_cast<double>(p);

    const auto fixedWeights = weightsAt(vi, 0.0);
    const auto fixed = wls(x, yc, fixedWeights, true);
    if (!fixed) {
        return notFullRank();
    }
    double tau2 = 0.0;
    if (options.method == PoolMethod::DerSimonianLaird) {
        tau2 = std::max(0.0, (fixed->rss - dfResidual) / fixed->trP);
    } else if (options.method == PoolMethod::Reml) {
        // Start: Hedges' estimator from the ordinary least-squares fit, as metafor.
        const std::vector<double> ones(k, 1.0);
        const auto ols = wls(x, yc, ones, false);
        if (!ols) {
            return notFullRank();
        }
        double trPV = 0.0;
        for (std::size_t i = 0; i < k; ++i) {
            trPV += (1.0 - ols->h[i]) * vi[i];
        }
        tau2 = std::max(0.0, (ols->rss - trPV) / dfResidual);
        double change = options.threshold + 1.0;
        while (change > options.threshold * std::max(1.0, tau2)) {
            if (++out.iterations > options.maxIterations) {
                return makeError("method", "REML (Fisher scoring) did not converge");
            }
            const double old = tau2;
            const auto fit = wls(x, yc, weightsAt(vi, tau2), true);
            if (!fit) {
                return notFullRank();
            }
            double adj = (fit->yppy - fit->trP) / fit->trPP;
            if (!std::isfinite(adj) || (tau2 == 0.0 && adj < 0.0)) {
                adj = 0.0;
            }
            while (tau2 + adj < 0.0) {
                adj /= 2.0;
            }
            tau2 += adj;
            change = std::abs(old - tau2);
        }
        constexpr double kLogLikTol = 1.220703125e-4; // .Machine$double.eps^0.25
        bool ok0 = false;
        bool ok1 = false;
        const double ll0 = remlLogLik(x, yc, vi, 0.0, ok0);
        const double ll1 = remlLogLik(x, yc, vi, tau2, ok1);
        if (ok0 && ok1 && tau2 > options.threshold && ll0 - ll1 > kLogLikTol) {
            tau2 = 0.0;
        }
    }
    if (!std::isfinite(tau2)) {
        return makeError("yi", "the data are too extreme to give finite results");
    }
    out.tau2 = tau2;
    out.weights = weightsAt(vi, tau2);
    const auto fit = wls(x, yi, out.weights, false);
    if (!fit) {
        return notFullRank();
    }
    out.vb = fit->inverse.a;
    if (options.knappHartung) {
        if (fit->rss <= DBL_EPSILON) {
            return makeError("knha", "every estimate lies on the fitted line: the "
                                     "Knapp-Hartung standard errors would be 0");
        }
        out.s2w = fit->rss / dfResidual;
        for (double &value : out.vb) {
            value *= out.s2w;
        }
    }
    double crit = 0.0;
    std::optional<detail::StudentsT> t;
    const detail::Normal z;
    if (options.knappHartung) {
        t.emplace(dfResidual);
        crit = boost::math::quantile(boost::math::complement(*t, (1.0 - options.level) / 2.0));
    } else {
        crit = boost::math::quantile(boost::math::complement(z, (1.0 - options.level) / 2.0));
    }
    for (std::size_t j = 0; j < p; ++j) {
        Coefficient c;
        c.name = x.names[j];
        c.estimate = fit->beta[j];
        c.se = std::sqrt(out.vb[j * p + j]);
        c.statistic = c.estimate / c.se;
        c.p = 2.0 * (t ? boost::math::cdf(boost::math::complement(*t, std::abs(c.statistic)))
                       : boost::math::cdf(boost::math::complement(z, std::abs(c.statistic))));
        c.ciLow = c.estimate - crit * c.se;
        c.ciHigh = c.estimate + crit * c.se;
        out.coefficients.push_back(c);
    }

    // QM over every coefficient but the intercept (all of them when there is none, or when
    // the intercept is the only one), as metafor's default btt.
    std::vector<std::size_t> btt;
    const bool intercept = isInterceptColumn(x.columns[0]);
    for (std::size_t j = (intercept && p > 1) ? 1 : 0; j < p; ++j) {
        btt.push_back(j);
    }
    const std::size_t m = btt.size();
    std::vector<double> sub(m * m);
    for (std::size_t a = 0; a < m; ++a) {
        for (std::size_t b = 0; b < m; ++b) {
            sub[a * m + b] = out.vb[btt[a] * p + btt[b]];
        }
    }
    const auto subInverse = invertSpd(sub, m);
    if (!subInverse) {
        return notFullRank();
    }
    double qm = 0.0;
    for (std::size_t a = 0; a < m; ++a) {
        for (std::size_t b = 0; b < m; ++b) {
            qm += fit->beta[btt[a]] * subInverse->a[a * m + b] * fit->beta[btt[b]];
        }
    }
    out.qmDf = static_cast<double>(m);
    if (options.knappHartung) {
        out.qm = qm / out.qmDf;
        out.qmDfDenom = dfResidual;
        const boost::math::fisher_f_distribution<double, detail::NoThrowPolicy> f(out.qmDf,
                                                                                  dfResidual);
        out.qmP = boost::math::cdf(boost::math::complement(f, out.qm));
    } else {
        out.qm = qm;
        out.qmP = boost::math::cdf(boost::math::complement(detail::ChiSquared(out.qmDf), qm));
    }

    out.qeDf = dfResidual;
    if (k > p) {
        out.qe = std::max(0.0, fixed->rss);
        out.qeP = boost::math::cdf(boost::math::complement(detail::ChiSquared(dfResidual), out.qe));
        if (fixedEffect) {
            out.i2 = out.qe > 0.0 ? std::max(0.0, 100.0 * (out.qe - dfResidual) / out.qe) : 0.0;
            out.h2 = out.qe / dfResidual;
        } else {
            const double vt = dfResidual / fixed->trP;
            out.i2 = 100.0 * tau2 / (vt + tau2);
            out.h2 = tau2 / vt + 1.0;
        }
    }
    out.hat.resize(k);
    out.fitted.resize(k);
    for (std::size_t i = 0; i < k; ++i) {
        out.hat[i] = out.weights[i] * fit->h[i];
        double fitted = 0.0;
        for (std::size_t j = 0; j < p; ++j) {
            fitted += x.columns[j][i] * fit->beta[j];
        }
        out.fitted[i] = fitted;
    }
    for (const Coefficient &c : out.coefficients) {
        for (double value : {c.estimate, c.se, c.statistic, c.p, c.ciLow, c.ciHigh}) {
            if (!std::isfinite(value)) {
                return makeError("yi", "the data are too extreme to give finite results");
            }
        }
    }
    for (double value : {out.qe, out.qeP, out.qm, out.qmP, out.i2, out.h2}) {
        if (!std::isfinite(value)) {
            return makeError("yi", "the data are too extreme to give finite results");
        }
    }
    return out;
}

Result<MetaRegressionResult> metaRegression(std::span<const double> yi, std::span<const double> vi,
                                            const DesignMatrix &moderators,
                                            const PoolOptions &options)
{
    DesignMatrix x;
    x.names.push_back("intrcpt");
    x.columns.emplace_back(yi.size(), 1.0);
    for (std::size_t j = 0; j < moderators.columns.size(); ++j) {
        x.names.push_back(j < moderators.names.size() ? moderators.names[j]
                                                      : "mod" + std::to_string(j + 1));
        x.columns.push_back(moderators.columns[j]);
    }
    auto result = fitMetaRegression(yi, vi, x, options);
    if (!result || moderators.columns.empty()) {
        return result;
    }
    MetaRegressionResult &out = result.value();
    if (options.method == PoolMethod::FixedEffect) {
        // metafor: the adjusted R^2 of lm(yi ~ X, weights = 1/vi).
        const std::size_t k = yi.size();
        double sw = 0.0;
        double swy = 0.0;
        for (std::size_t i = 0; i < k; ++i) {
            sw += out.weights[i];
            swy += out.weights[i] * yi[i];
        }
        double tss = 0.0;
        double rss = 0.0;
        for (std::size_t i = 0; i < k; ++i) {
            tss += out.weights[i] * (yi[i] - swy / sw) * (yi[i] - swy / sw);
            rss += out.weights[i] * (yi[i] - out.fitted[i]) * (yi[i] - out.fitted[i]);
        }
        if (tss <= 0.0 || k <= out.p) {
            out.r2 = 0.0;
        } else {
            const double adjusted = 1.0 - (rss / tss) * (static_cast<double>(k) - 1.0) /
                                              (static_cast<double>(k) - static_cast<double>(out.p));
            out.r2 = std::max(0.0, 100.0 * adjusted);
        }
        return result;
    }
    PoolOptions plain = options;
    plain.knappHartung = false;
    const auto base = pool(yi, vi, plain);
    if (base) {
        out.r2 =
            base->tau2 > 0.0 ? std::max(0.0, 100.0 * (base->tau2 - out.tau2) / base->tau2) : 0.0;
    }
    return result;
}

} // namespace eb::stats
