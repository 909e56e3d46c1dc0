#pragma once

#include "stats/metric.h"
#include "stats/nnt.h"
#include "stats/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Conversions between effect-size metrics under the normal, equal-variance model:
// two groups with normal outcomes of equal variance differing by d standard deviations.
//   MW  = Phi(d / sqrt 2)            (probability of superiority; McGraw & Wong 1992)
//   lnOR = d * pi / sqrt 3            (logit method; Hasselblad & Hedges 1995; Chinn 2000)
//   U3  = Phi(d)                      (Cohen 1988)
//   OVL = 2 * Phi(-|d| / 2)           (Inman & Bradley 1989)
// All but OVL are strictly increasing in d, so each CI limit is converted on its own and
// the interval carries over. OVL is symmetric in d; its interval is worked out from |d|.
// The formulas, references and scales are in docs/statistics.md.
namespace eb::stats {

// The scales a conversion reports. A superset of the catalogue's Metric: U3 and OVL are
// shown, never stored.
enum class Scale
{
    MannWhitney,  // "mw"
    CohensD,      // "d"
    HedgesG,      // "g": converted as if it were d (it is d with a small-sample correction)
    LogOddsRatio, // "log_or"
    OddsRatio,    // "or"
    U3,           // "u3"
    Overlap,      // "ovl"
};

std::string_view scaleKey(Scale scale);
std::string_view scaleName(Scale scale); // "Mann-Whitney probability of superiority", ...
// Accepts the keys above plus "logor" (the CLI's spelling).
std::optional<Scale> scaleFromKey(std::string_view key);

// The scale on which a catalogue metric is converted: mw, d (and smd, treated as d), g, or,
// log_or. Nothing for metrics with no conversion under this model (risk ratios, mean
// differences, ...). The one mapping both the conversions and the charts use.
std::optional<Scale> scaleForMetric(Metric metric);

// Elementary transforms; the caller guarantees arguments in range (see validateScaleValue).
double mwFromD(double d);
double dFromMw(double mw);
double logOrFromD(double d);
double dFromLogOr(double logOr);
double u3FromD(double d);
double ovlFromD(double d);
double dFromU3(double u3); // Phi^-1(U3)
// |d| from OVL: -2 Phi^-1(OVL/2). OVL does not carry the sign of d, hence no dFromOvl.
double absDFromOvl(double ovl);

// Checks that `value` is finite and inside the domain of `scale` (MW in (0,1), OR > 0,
// U3 in (0,1), OVL in (0,1]); `field` names it in the error.
std::optional<Error> validateScaleValue(Scale scale, double value, const std::string &field);

// What was given.
struct EffectInput
{
    Scale from = Scale::MannWhitney;
    double value = 0.5;
    std::optional<double> ciLow; // both or neither
    std::optional<double> ciHigh;
    std::optional<double> cer; // control event rate for Furukawa's NNT, in (0, 1)
};

// One row of a conversion report.
struct ConvertedValue
{
    Scale scale = Scale::CohensD;
    double estimate = 0.0;
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    std::string formula; // how this row was obtained from the input, e.g. "d = sqrt(2)*Phi^-1(MW)"
    bool derived = true; // false only for the row of the input's own scale
};

struct ConversionReport
{
    EffectInput input;
    // Rows in a fixed order: the input's scale first when it is g, then MW, d, log OR, OR,
    // U3, OVL.
    std::vector<ConvertedValue> values;
    NntResult nntKraemer;                 // from MW (always available)
    std::optional<NntResult> nntFurukawa; // from d, when a CER was given
    std::string assumption; // "normal distributions with equal variance in both groups ..."
    std::string mwBand;     // benchmark band of the MW estimate (see benchmarks.h)
    std::string dBand;      // Cohen's band of d

    const ConvertedValue *find(Scale scale) const;
};

// The main entry: every metric with its CI (when given) and formula. Refuses (with an Error
// naming the field): non-finite numbers, a value or CI limit outside its scale's domain
// (MW outside (0,1), OR <= 0), only one CI limit, a CI that does not contain its estimate,
// CER outside (0,1).
Result<ConversionReport> convertEffect(const EffectInput &input);

// For a catalogue result: the derived equivalents (MW, d, OR, NNT, ...) of a result reported
// as mw, d, g, smd (treated as d), or or log_or. Other metrics are refused (no conversion
// under this model). Every row but the reported one has derived = true; callers must show it.
Result<ConversionReport> equivalentsForResult(Metric metric, double estimate,
                                              std::optional<double> ciLow = std::nullopt,
                                              std::optional<double> ciHigh = std::nullopt);

// The assumption text carried by every report.
std::string_view conversionAssumption();

} // namespace eb::stats
