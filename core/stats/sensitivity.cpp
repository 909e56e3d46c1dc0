#include "stats/sensitivity.h"

#include "stats/distributions.h"
#include "stats/metaregression.h"

#include <cfloat>
#include <cmath>

namespace eb::stats {
namespace {

RefitRow rowFrom(const PoolResult &r, std::size_t study)
{
    RefitRow row;
    row.study = study;
    row.k = r.k;
    row.estimate = r.estimate;
    row.se = r.se;
    row.statistic = r.statistic;
    row.p = r.p;
    row.ciLow = r.ciLow;
    row.ciHigh = r.ciHigh;
    row.q = r.q;
    row.qP = r.qP;
    row.tau2 = r.tau2;
    row.i2 = r.i2;
    row.h2 = r.h2;
    return row;
}

Error forStudy(std::size_t i, const Error &error, const char *what)
{
    return makeError("row " + std::to_string(i + 1),
                     std::string(what) + ": " + error.field + ": " + error.message);
}

PoolOptions optionsFor(std::size_t k, PoolOptions options)
{
    if (k == 1) {
        options.method = PoolMethod::FixedEffect;
        options.knappHartung = false;
    }
    return options;
}

} // namespace

Result<PoolResult> poolAllowingOne(std::span<const double> yi, std::span<const double> vi,
                                   const PoolOptions &options)
{
    return pool(yi, vi, optionsFor(yi.size(), options));
}

Result<std::vector<RefitRow>> leaveOneOut(std::span<const double> yi, std::span<const double> vi,
                                          const PoolOptions &options)
{
    const std::size_t k = yi.size();
    if (k < 2) {
        return makeError("k", "leave-one-out needs at least 2 studies");
    }
    // Validates every row once, with the messages pool() gives.
    const auto full = pool(yi, vi, options);
    if (!full) {
        return full.error();
    }
    std::vector<RefitRow> rows;
    std::vector<double> y, v;
    for (std::size_t i = 0; i < k; ++i) {
        y.clear();
        v.clear();
        for (std::size_t j = 0; j < k; ++j) {
            if (j != i) {
                y.push_back(yi[j]);
                v.push_back(vi[j]);
            }
        }
        const auto r = poolAllowingOne(y, v, options);
        if (!r) {
            return forStudy(i, r.error(), "left out");
        }
        rows.push_back(rowFrom(*r, i));
    }
    return rows;
}

Result<std::vector<RefitRow>> cumulative(std::span<const double> yi, std::span<const double> vi,
                                         std::span<const std::size_t> order,
                                         const PoolOptions &options)
{
    const std::size_t k = yi.size();
    if (vi.size() != k || order.size() != k) {
        return makeError("order", "the order must list every study once");
    }
    std::vector<bool> seen(k, false);
    for (std::size_t index : order) {
        if (index >= k || seen[index]) {
            return makeError("order", "the order must list every study once");
        }
        seen[index] = true;
    }
    std::vector<RefitRow> rows;
    std::vector<double> y, v;
    for (std::size_t j = 0; j < k; ++j) {
        y.push_back(yi[order[j]]);
        v.push_back(vi[order[j]]);
        const auto r = poolAllowingOne(y, v, options);
        if (!r) {
            return forStudy(order[j], r.error(), "added");
        }
        rows.push_back(rowFrom(*r, order[j]));
    }
    return rows;
}

Result<std::vector<InfluenceRow>> influence(std::span<const double> yi, std::span<const double> vi,
                                            const PoolOptions &options)
{
    const std::size_t k = yi.size();
    if (k < 2) {
        return makeError("k", "influence diagnostics need at least 2 studies");
    }
    const DesignMatrix ones{{"intrcpt"}, {std::vector<double>(k, 1.0)}};
    const auto full = fitMetaRegression(yi, vi, ones, options);
    if (!full) {
        return full.error();
    }
    const double beta = full->coefficients[0].estimate;
    const double vb = full->vb[0];
    double sumW = 0.0;
    for (double w : full->weights) {
        sumW += w;
    }
    const double p = 1.0;
    const double kd = static_cast<double>(k);
    std::vector<InfluenceRow> rows(k);
    std::vector<double> y, v;
    for (std::size_t i = 0; i < k; ++i) {
        y.clear();
        v.clear();
        for (std::size_t j = 0; j < k; ++j) {
            if (j != i) {
                y.push_back(yi[j]);
                v.push_back(vi[j]);
            }
        }
        const DesignMatrix rest{{"intrcpt"}, {std::vector<double>(k - 1, 1.0)}};
        const auto del = fitMetaRegression(y, v, rest, optionsFor(k - 1, options));
        if (!del) {
            return forStudy(i, del.error(), "left out");
        }
        InfluenceRow &row = rows[i];
        const double betaDel = del->coefficients[0].estimate;
        const double vbDel = del->vb[0];
        const double tau2Del = del->tau2;
        const double s2wDel = del->s2w;
        row.tau2Del = tau2Del;
        row.qeDel = del->qe;
        row.hat = full->hat[i];
        row.weight = 100.0 * full->weights[i] / sumW;
        row.dffits = (beta - betaDel) / std::sqrt(s2wDel * row.hat * (tau2Del + vi[i]));
        double sumWDel = 0.0; // the full data weighted with the deleted fit's tau^2
        for (double value : vi) {
            sumWDel += 1.0 / (value + tau2Del);
        }
        row.dfbeta = (beta - betaDel) / std::sqrt(s2wDel / sumWDel);
        row.cookD = (beta - betaDel) * (beta - betaDel) / vb;
        row.covR = vbDel / vb;
        double resid = yi[i] - betaDel;
        if (std::abs(resid) < 100.0 * DBL_EPSILON) {
            resid = 0.0;
        }
        row.rstudent = resid / std::sqrt(vi[i] * s2wDel + vbDel + tau2Del * s2wDel);
        const double cookP = boost::math::cdf(detail::ChiSquared(1.0), row.cookD);
        row.influential = std::abs(row.dffits) > 3.0 * std::sqrt(p / (kd - p)) || cookP > 0.5 ||
                          row.hat > 3.0 * p / kd || std::abs(row.dfbeta) > 1.0;
        for (double value : {row.rstudent, row.dffits, row.cookD, row.covR, row.dfbeta}) {
            if (!std::isfinite(value)) {
                return forStudy(i, makeError("yi", "not finite"),
                                "the influence diagnostics are not finite");
            }
        }
    }
    return rows;
}

} // namespace eb::stats
