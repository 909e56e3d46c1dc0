#include "evidence/pooledrows.h"

#include "evidence/builderutil.h"
#include "stats/conversions.h"
#include "stats/intervals.h"

#include <QCoreApplication>
#include <cmath>
#include <vector>

namespace eb::evidence {

using detail::finite;
using detail::fromStd;
using detail::tr;

using eb::stats::Metric;

bool addPooledResult(ForestSpec &spec, eb::stats::PoolMethod method, QString *error,
                     const QList<std::optional<double>> &variances)
{
    const bool mw = spec.metric == Metric::MannWhitney;
    const bool ratio = eb::stats::isRatio(spec.metric);
    const double level = spec.ciLevel / 100.0;
    std::vector<double> yi;
    std::vector<double> vi;
    std::vector<int> used;
    for (int i = 0; i < spec.rows.size(); ++i) {
        const ForestRow &row = spec.rows.at(i);
        if (!finite(row.estimate)) {
            continue;
        }
        if (i < variances.size() && variances.at(i) && !mw && !ratio) {
            yi.push_back(*row.estimate); // the CSV gave the variance on this very scale
            vi.push_back(*variances.at(i));
            used.push_back(i);
            continue;
        }
        if (!finite(row.ciLow) || !finite(row.ciHigh)) {
            continue;
        }
        double y = *row.estimate;
        eb::stats::Result<double> se = eb::stats::makeError("ci", "unset");
        if (mw) {
            if (y <= 0 || y >= 1 || *row.ciLow <= 0 || *row.ciHigh >= 1) {
                continue;
            }
            y = eb::stats::dFromMw(y);
            se = eb::stats::seFromCi(eb::stats::dFromMw(*row.ciLow),
                                     eb::stats::dFromMw(*row.ciHigh), level);
        } else if (ratio) {
            y = std::log(y);
            se = eb::stats::seFromRatioCi(*row.ciLow, *row.ciHigh, level);
        } else {
            se = eb::stats::seFromCi(*row.ciLow, *row.ciHigh, level);
        }
        if (!se.ok() || !(*se > 0)) {
            continue;
        }
        yi.push_back(y);
        vi.push_back(*se * *se);
        used.push_back(i);
    }
    eb::stats::PoolOptions options;
    options.method = method;
    options.level = level;
    const auto result = eb::stats::pool(yi, vi, options);
    if (!result.ok()) {
        *error = tr("cannot pool %n row(s) with a CI: %1", nullptr, static_cast<int>(yi.size()))
                     .arg(fromStd(result.error().message));
        return false;
    }
    const auto back = [&](double v) {
        if (mw) {
            return eb::stats::mwFromD(v);
        }
        return ratio ? std::exp(v) : v;
    };
    PooledSummary pooled;
    pooled.estimate = back(result->estimate);
    pooled.ciLow = back(result->ciLow);
    pooled.ciHigh = back(result->ciHigh);
    const bool randomEffects = method != eb::stats::PoolMethod::FixedEffect;
    if (randomEffects) {
        pooled.piLow = back(result->piLow);
        pooled.piHigh = back(result->piHigh);
        pooled.tau2 = result->tau2;
    }
    pooled.i2 = result->i2;
    pooled.q = result->q;
    pooled.qDf = static_cast<int>(std::lround(result->qDf));
    pooled.qP = result->qP;
    const QString methodKey = fromStd(std::string(eb::stats::poolMethodKey(method)));
    pooled.method = randomEffects ? tr("random effects (%1)").arg(methodKey) : tr("fixed effect");
    if (mw) {
        pooled.method += tr(", pooled on the d scale, τ² in d units");
    } else if (ratio) {
        pooled.method += tr(", pooled on the log scale");
    }
    pooled.label = tr("Pooled, %1 (k = %2)")
                       .arg(randomEffects ? methodKey : QStringLiteral("FE"))
                       .arg(yi.size());
    for (std::size_t j = 0; j < used.size() && j < result->weightsPercent.size(); ++j) {
        spec.rows[used[j]].weight = result->weightsPercent[j];
    }
    spec.pooled = pooled;
    const QString note =
        tr("Pooled by this program (derived): each row's standard error from its "
           "CI width, inverse-variance weights. Pooling assumes independent results; "
           "a meta-analysis and its own trials should not be pooled together.");
    spec.footnote = spec.footnote.isEmpty() ? note : spec.footnote + QLatin1Char(' ') + note;
    return true;
}

} // namespace eb::evidence
