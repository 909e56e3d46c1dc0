#include "stats/mantelhaenszel.h"

#include "stats/distributions.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace eb::stats {
namespace {

std::string rowField(std::size_t i, const std::string &field)
{
    return "row " + std::to_string(i + 1) + ", " + field;
}

// A table with no events (or only events) in both arms: rma.mh and rma.peto drop it from
// the Q test (drop00 = TRUE), though its counts still enter the pooled estimate.
bool doubleZero(const TwoByTwo &t)
{
    return (t.a == 0.0 && t.c == 0.0) || (t.b == 0.0 && t.d == 0.0);
}

// The escalc yi, vi of each informative table (validating every table): the inputs of the
// Q test.
Result<std::vector<EffectSize>> perTable(EffectMeasure measure, std::span<const TwoByTwo> tables)
{
    if (tables.empty()) {
        return makeError("k", "no tables to pool");
    }
    std::vector<EffectSize> out;
    for (std::size_t i = 0; i < tables.size(); ++i) {
        auto e = effectFromCounts(measure, tables[i]);
        if (!e) {
            return makeError(rowField(i, e.error().field), e.error().message);
        }
        if (!doubleZero(tables[i])) {
            out.push_back(*e);
        }
    }
    return out;
}

void finishTest(MhResult &r, double level)
{
    const detail::Normal normal;
    r.level = level;
    r.z = r.estimate / r.se;
    r.p = 2.0 * boost::math::cdf(boost::math::complement(normal, std::abs(r.z)));
    const double crit = boost::math::quantile(boost::math::complement(normal, (1.0 - level) / 2.0));
    r.ciLow = r.estimate - crit * r.se;
    r.ciHigh = r.estimate + crit * r.se;
}

void heterogeneityFromQ(MhResult &r, double q, std::size_t k)
{
    r.qDf = static_cast<double>(k) - 1.0;
    if (k > 1) {
        r.q = std::max(0.0, q);
        r.qP = boost::math::cdf(boost::math::complement(detail::ChiSquared(r.qDf), r.q));
        r.i2 = r.q > 0.0 ? std::max(0.0, 100.0 * (r.q - r.qDf) / r.q) : 0.0;
        r.h2 = r.q / r.qDf;
    } else {
        r.q = 0.0;
        r.qP = 1.0;
        r.i2 = 0.0;
        r.h2 = 1.0;
    }
}

// The raw weights named in mantelhaenszel.h, as percentages of their sum.
std::vector<double> weightsPercent(EffectMeasure measure, std::span<const TwoByTwo> tables)
{
    std::vector<double> w;
    double sum = 0.0;
    for (const TwoByTwo &t : tables) {
        const double n1 = t.a + t.b, n2 = t.c + t.d, n = n1 + n2;
        double wi = 0.0;
        switch (measure) {
        case EffectMeasure::RR:
            wi = t.c * n1 / n;
            break;
        case EffectMeasure::OR:
            wi = t.b * t.c / n;
            break;
        case EffectMeasure::RD:
            wi = n1 * n2 / n;
            break;
        default:
            wi = petoTerms(t.a, t.b, t.c, t.d).variance;
            break;
        }
        w.push_back(wi);
        sum += wi;
    }
    for (double &wi : w) {
        wi = sum > 0.0 ? 100.0 * wi / sum : 0.0;
    }
    return w;
}

Error tooExtreme()
{
    return makeError("ai", "the counts are too extreme to give finite results");
}

bool finite(const MhResult &r)
{
    for (double v : {r.estimate, r.se, r.z, r.p, r.ciLow, r.ciHigh, r.q, r.qP, r.i2, r.h2}) {
        if (!std::isfinite(v)) {
            return false;
        }
    }
    return true;
}

} // namespace

Result<MhResult> mantelHaenszel(EffectMeasure measure, std::span<const TwoByTwo> tables,
                                double level)
{
    if (measure != EffectMeasure::RR && measure != EffectMeasure::OR &&
        measure != EffectMeasure::RD) {
        return makeError("measure", "Mantel-Haenszel pooling is for RR, OR and RD");
    }
    if (!std::isfinite(level) || level <= 0.0 || level >= 1.0) {
        return makeError("level", "the confidence level must lie strictly between 0 and 1");
    }
    auto effects = perTable(measure, tables);
    if (!effects) {
        return effects.error();
    }
    MhResult r;
    r.measure = measure;
    r.k = tables.size();
    // rma.mh's own sums use the counts as given (add = 0 for the MH estimate).
    if (measure == EffectMeasure::OR) {
        double sumR = 0, sumS = 0, sumPR = 0, sumPSQR = 0, sumQS = 0;
        for (const TwoByTwo &t : tables) {
            const double n = t.a + t.b + t.c + t.d;
            const double pi = t.a / n + t.d / n;
            const double qi = t.b / n + t.c / n;
            const double ri = (t.a / n) * t.d;
            const double si = (t.b / n) * t.c;
            sumR += ri;
            sumS += si;
            sumPR += pi * ri;
            sumPSQR += pi * si + qi * ri;
            sumQS += qi * si;
        }
        if (sumR == 0.0 || sumS == 0.0) {
            return makeError("ai", "the Mantel-Haenszel odds ratio does not exist: no table "
                                   "has a count in both a and d (or in both b and c)");
        }
        r.estimate = std::log(sumR / sumS);
        // Robins, Breslow and Greenland (1986).
        r.se = std::sqrt(0.5 *
                         (sumPR / (sumR * sumR) + sumPSQR / (sumR * sumS) + sumQS / (sumS * sumS)));
        // Cochran-Mantel-Haenszel test (continuity corrected) and Tarone's test.
        double sumXt = 0, sumYt = 0, deviation = 0, variance = 0;
        for (const TwoByTwo &t : tables) {
            const double n1 = t.a + t.b, n2 = t.c + t.d, n = n1 + n2;
            const double xt = t.a + t.c, yt = t.b + t.d;
            sumXt += xt;
            sumYt += yt;
            deviation += t.a - (n1 / n) * xt;
            variance += (n1 / n) * (n2 / n) * (xt * (yt / (n - 1.0)));
        }
        if (sumXt > 0.0 && sumYt > 0.0) {
            const double d = std::abs(deviation) - 0.5;
            r.cmh = d * d / variance;
            r.cmhP = boost::math::cdf(boost::math::complement(detail::ChiSquared(1.0), *r.cmh));
        }
        const double psi = sumR / sumS;
        double bd = 0, sumDev = 0, sumInvVar = 0;
        std::size_t kPos = 0;
        for (const TwoByTwo &t : tables) {
            const double n1 = t.a + t.b, n2 = t.c + t.d, n = n1 + n2;
            const double xt = t.a + t.c, yt = t.b + t.d;
            double n11 = 0.0;
            if (psi == 1.0) {
                n11 = (n1 / n) * xt;
            } else {
                const double a = psi * (n1 + xt) + (n2 - xt);
                const double b = std::sqrt(a * a - 4.0 * n1 * xt * psi * (psi - 1.0));
                n11 = (a - b) / (2.0 * (psi - 1.0));
            }
            if (!(n11 > 0.0 && xt > 0.0 && yt > 0.0)) {
                continue;
            }
            ++kPos;
            const double n12 = n1 - n11, n21 = xt - n11, n22 = n11 - n1 - xt + n;
            const double v = 1.0 / (1.0 / n11 + 1.0 / n12 + 1.0 / n21 + 1.0 / n22);
            bd += (t.a - n11) * (t.a - n11) / v;
            sumDev += t.a - n11;
            sumInvVar += v;
        }
        bd = std::max(0.0, bd);
        const double ta = std::max(0.0, bd - sumDev * sumDev / sumInvVar);
        if (kPos > 1) {
            r.tarone = ta;
            r.taroneDf = static_cast<double>(kPos) - 1.0;
            r.taroneP =
                boost::math::cdf(boost::math::complement(detail::ChiSquared(*r.taroneDf), ta));
        }
    } else if (measure == EffectMeasure::RR) {
        double sumR = 0, sumS = 0, sumA = 0, sumC = 0, num = 0;
        for (const TwoByTwo &t : tables) {
            const double n1 = t.a + t.b, n2 = t.c + t.d, n = n1 + n2;
            sumR += t.a * (n2 / n);
            sumS += t.c * (n1 / n);
            sumA += t.a;
            sumC += t.c;
            num += (n1 / n) * (n2 / n) * (t.a + t.c) - (t.a / n) * t.c;
        }
        if (sumA == 0.0 || sumC == 0.0) {
            return makeError(sumA == 0.0 ? "ai" : "ci",
                             "the Mantel-Haenszel risk ratio does not exist: no events in one "
                             "arm across all tables");
        }
        r.estimate = std::log(sumR / sumS);
        // Greenland and Robins (1985).
        r.se = std::sqrt(num / (sumR * sumS));
    } else {
        double num = 0, den = 0, s1 = 0, s2 = 0;
        for (const TwoByTwo &t : tables) {
            const double n1 = t.a + t.b, n2 = t.c + t.d, n = n1 + n2;
            num += t.a * (n2 / n) - t.c * (n1 / n);
            den += n1 * (n2 / n);
        }
        r.estimate = num / den;
        for (const TwoByTwo &t : tables) {
            const double n1 = t.a + t.b, n2 = t.c + t.d, n = n1 + n2;
            s1 += t.c * (n1 / n) * (n1 / n) - t.a * (n2 / n) * (n2 / n) +
                  (n1 / n) * (n2 / n) * (n2 - n1) / 2.0;
            s2 += t.a * (n2 - t.c) / n + t.c * (n1 - t.a) / n;
        }
        // Sato, Greenland and Robins (1989).
        r.se = std::sqrt((r.estimate * s1 + s2 / 2.0) / (den * den));
    }
    double q = 0.0;
    for (const EffectSize &e : *effects) {
        q += (e.yi - r.estimate) * (e.yi - r.estimate) / e.vi;
    }
    heterogeneityFromQ(r, q, effects->size());
    finishTest(r, level);
    r.weightsPercent = weightsPercent(measure, tables);
    if (!finite(r)) {
        return tooExtreme();
    }
    return r;
}

Result<MhResult> petoPool(std::span<const TwoByTwo> tables, double level)
{
    if (!std::isfinite(level) || level <= 0.0 || level >= 1.0) {
        return makeError("level", "the confidence level must lie strictly between 0 and 1");
    }
    auto effects = perTable(EffectMeasure::PETO, tables);
    if (!effects) {
        return effects.error();
    }
    MhResult r;
    r.measure = EffectMeasure::PETO;
    r.k = tables.size();
    double sumDev = 0, sumV = 0, sumDev2OverV = 0;
    std::size_t kPos = 0;
    for (const TwoByTwo &t : tables) {
        const PetoTerms terms = petoTerms(t.a, t.b, t.c, t.d);
        sumDev += terms.observedMinusExpected;
        if (terms.variance > 0.0) {
            sumV += terms.variance;
            sumDev2OverV +=
                terms.observedMinusExpected * terms.observedMinusExpected / terms.variance;
            ++kPos;
        }
    }
    if (!(sumV > 0.0)) {
        return makeError("ai", "Peto's odds ratio does not exist: no table has events and "
                               "non-events");
    }
    r.estimate = sumDev / sumV;
    r.se = std::sqrt(1.0 / sumV);
    const double q = std::max(0.0, sumDev2OverV - sumDev * sumDev / sumV);
    // metafor: df = (tables not double-zero) - 1, p, I^2, H^2 only when 2+ tables inform Q.
    heterogeneityFromQ(r, kPos > 1 ? q : 0.0, kPos > 1 ? effects->size() : 1);
    r.q = q;
    r.qDf = static_cast<double>(effects->size()) - 1.0;
    finishTest(r, level);
    r.weightsPercent = weightsPercent(EffectMeasure::PETO, tables);
    if (!finite(r)) {
        return tooExtreme();
    }
    return r;
}

} // namespace eb::stats
