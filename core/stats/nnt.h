#pragma once

#include "stats/result.h"

#include <optional>
#include <string>

// Number needed to treat, with Altman's confidence interval. An NNT is the reciprocal of a
// difference in success probability r (treatment minus control, on a scale where larger
// means benefit): NNT = 1/r. r > 0 gives an NNT to benefit (NNTB), r < 0 an NNT to harm
// (NNTH), r = 0 an infinite NNT. Because 1/r jumps through infinity at r = 0, a confidence
// interval for r that contains 0 becomes "NNTB a to infinity to NNTH b" (Altman, BMJ
// 1998;317:1309-1312). Infinity is never stored as a double: it is Kind::Infinite.
namespace eb::stats {

struct NntValue
{
    enum class Kind
    {
        Benefit,  // NNTB
        Harm,     // NNTH
        Infinite, // no difference: no number of patients makes one more (or less) success
    };
    Kind kind = Kind::Infinite;
    double magnitude = 0.0; // > 0 and finite for Benefit/Harm; 0 for Infinite

    bool isInfinite() const { return kind == Kind::Infinite; }
    std::string kindKey() const;              // "benefit", "harm", "infinite"
    std::string text(int decimals = 1) const; // "NNTB 7.1", "NNTH 12.0", "infinite"
};

struct NntResult
{
    NntValue estimate;
    // The interval, when the input had one. `benefitEnd` comes from the upper limit of r,
    // `harmEnd` from the lower; when the r-interval contains 0 the NNT interval passes
    // through infinity and reads "benefitEnd to infinity to harmEnd".
    std::optional<NntValue> benefitEnd;
    std::optional<NntValue> harmEnd;
    bool ciPassesInfinity = false;
    std::string formula;    // e.g. "NNT = 1/(2*MW - 1) (Kraemer & Kupfer 2006)"
    std::string assumption; // what the conversion takes for granted

    bool hasCi() const { return benefitEnd.has_value(); }
    std::string ciText(int decimals = 1) const; // "NNTB 5.2 to infinity to NNTH 30.1"
};

// The general rule: NNT = 1/r with the interval from [rLow, rHigh] (Altman 1998).
// r must be finite with -1 <= r <= 1 and rLow <= r <= rHigh.
Result<NntResult> nntFromDifference(double r, std::optional<double> rLow,
                                    std::optional<double> rHigh, std::string formula,
                                    std::string assumption);

// Kraemer & Kupfer (Biol Psychiatry 2006;59:990-996): NNT = 1/(2*MW - 1), MW in (0, 1).
Result<NntResult> nntFromMw(double mw, std::optional<double> ciLow = std::nullopt,
                            std::optional<double> ciHigh = std::nullopt);

// Furukawa (Lancet 1999;353:1772): with a control event rate CER of a *beneficial* event
// (response), EER = Phi(d + Phi^-1(CER)) and NNT = 1/(EER - CER). CER in (0, 1).
Result<NntResult> nntFromD(double d, double cer, std::optional<double> ciLow = std::nullopt,
                           std::optional<double> ciHigh = std::nullopt);

// From a risk difference RD = p(treatment) - p(control) with its CI. `eventIsBeneficial`:
// true when the counted event is good (response), false when it is bad (death), in which case
// the benefit difference is -RD.
Result<NntResult> nntFromRiskDifference(double rd, std::optional<double> ciLow,
                                        std::optional<double> ciHigh, bool eventIsBeneficial);

} // namespace eb::stats
