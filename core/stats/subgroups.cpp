#include "stats/subgroups.h"

#include "stats/sensitivity.h"

#include <algorithm>

namespace eb::stats {

Result<SubgroupResult> subgroupAnalysis(std::span<const double> yi, std::span<const double> vi,
                                        std::span<const std::string> labels,
                                        const PoolOptions &options)
{
    if (labels.size() != yi.size() || vi.size() != yi.size()) {
        return makeError("subgroup", "the subgroup column has a different number of rows");
    }
    SubgroupResult out;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i].empty()) {
            return makeError("row " + std::to_string(i + 1), "the subgroup is empty");
        }
        auto it = std::find_if(out.groups.begin(), out.groups.end(),
                               [&](const SubgroupPool &g) { return g.label == labels[i]; });
        if (it == out.groups.end()) {
            out.groups.push_back(SubgroupPool{labels[i], {}, {}});
            it = out.groups.end() - 1;
        }
        it->studies.push_back(i);
    }
    if (out.groups.size() < 2) {
        return makeError("subgroup", "a test for subgroup differences needs at least 2 "
                                     "subgroups");
    }
    std::vector<double> estimates, variances;
    for (SubgroupPool &g : out.groups) {
        std::vector<double> y, v;
        for (std::size_t i : g.studies) {
            y.push_back(yi[i]);
            v.push_back(vi[i]);
        }
        const auto r = poolAllowingOne(y, v, options);
        if (!r) {
            return makeError("subgroup " + g.label + ": " + r.error().field, r.error().message);
        }
        g.result = *r;
        estimates.push_back(r->estimate);
        variances.push_back(r->se * r->se);
    }
    PoolOptions fe;
    fe.method = PoolMethod::FixedEffect;
    const auto between = pool(estimates, variances, fe);
    if (!between) {
        return makeError("subgroup", between.error().message);
    }
    out.qBetween = between->q;
    out.df = between->qDf;
    out.p = between->qP;
    return out;
}

} // namespace eb::stats
