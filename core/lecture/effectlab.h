#pragma once

#include <QString>
#include <array>
#include <optional>

// The effect-size lab's model: one effect typed (or dragged) on any of seven scales, and every
// other scale, the benchmark band, plain-language sentences and both NNTs worked out from it.
// Pure: no widgets. Every conversion comes from eb::stats (conversions.h, nnt.h,
// benchmarks.h, summarydata.h); this file only chooses which to call and says the result in
// words. Nothing it returns ever holds NaN or infinity: a value that cannot be shown (MW of
// exactly 0 or 1, an infinite NNT) is said in words instead.
namespace eb::lecture {

enum class LabMetric
{
    Mw,        // probability of superiority, (0, 1)
    D,         // Cohen's d
    G,         // Hedges' g, with the two group sizes
    OddsRatio, // > 0, logit method
    U3,        // proportion of the treatment group above the control mean, (0, 1)
    Ovl,       // overlap of the two distributions, (0, 1]; carries no sign
    Nnt,       // Kraemer-Kupfer NNT from MW: positive = to benefit, negative = to harm
};

inline constexpr std::array<LabMetric, 7> kLabMetrics{
    LabMetric::Mw, LabMetric::D,   LabMetric::G,  LabMetric::OddsRatio,
    LabMetric::U3, LabMetric::Ovl, LabMetric::Nnt};

QString labMetricKey(LabMetric metric); // "mw", "d", "g", "or", "u3", "ovl", "nnt"
std::optional<LabMetric> labMetricFromKey(const QString &key);
QString labMetricName(LabMetric metric); // "MW", "Cohen's d", ...

// Where the two group sizes (n1, n2: they matter for Hedges' g only) come from.
enum class LabGroupSizes
{
    Set,      // typed in the lab or the deck (the lab starts at 50 and 50)
    Reported, // a preset's: the arm sizes the catalogue records for the result
    Assumed,  // a preset's: assumed by this program (equal halves of N, or 50 and 50)
};

// What the user gave.
struct LabInput
{
    LabMetric metric = LabMetric::Mw;
    double value = 0.5;
    std::optional<double> ciLow; // both or neither, on the same scale as value
    std::optional<double> ciHigh;
    int n1 = 50; // group sizes for Hedges' g (treatment, control)
    int n2 = 50;
    LabGroupSizes sizes = LabGroupSizes::Set;
    double cer = 0.3; // control event rate of a good outcome, for Furukawa's NNT
    // OVL carries no direction: an OVL typed in keeps the sign of the effect shown before.
    bool negative = false;

    bool operator==(const LabInput &) const = default;
};

// One scale's value as the lab shows it.
struct LabValue
{
    std::optional<double> value; // nothing: cannot be shown (see text)
    std::optional<double> ciLow;
    std::optional<double> ciHigh;
    QString text;    // "0.432", "66.7%", "NNTB 4.17", or words ("infinite: no effect")
    QString ciText;  // "0.20 to 0.61", empty without a CI
    QString formula; // how it follows from the given value
    bool given = false;
};

struct LabState
{
    bool ok = false;
    QString message; // why nothing could be worked out, in words (ok == false)
    LabInput input;
    double d = 0; // the effect on the d scale, finite when ok
    std::optional<double> dLow;
    std::optional<double> dHigh;
    std::array<LabValue, 7> values; // indexed by LabMetric
    QString band;                   // "small-to-medium superiority"
    QString mwSentence;
    QString u3Sentence;
    QString ovlSentence;
    QString nntKraemer;           // "NNTB 4.17 (4 to 5 ...)" or words
    QString nntKraemerAssumption; // formula and what it takes for granted
    QString nntFurukawa;
    QString nntFurukawaAssumption;
    QString assumption; // the normal, equal-variance model
    // Hedges' g and the group sizes it rests on, with where they come from ("... assumed").
    QString groupSizes;
    // How d follows from the given value ("d = sqrt(2) * Phi^-1(MW)"); every other row's
    // formula starts from d.
    QString viaD;

    const LabValue &value(LabMetric metric) const
    {
        return values.at(static_cast<std::size_t>(metric));
    }
};

// Works everything out from the input. Never fails silently: ok == false with a message in
// words for a value outside its scale (MW of 0 or 1, OR <= 0, |NNT| < 1, a CI that does not
// contain the value, group sizes that leave no degrees of freedom).
LabState computeLab(const LabInput &input);

// Slider positions: the lab's sliders are integer QSliders; these map values to positions and
// back. Each scale has its own range (d from -3 to 3, OR on a log scale from 0.05 to 20, ...).
int sliderMinimum(LabMetric metric);
int sliderMaximum(LabMetric metric);
int sliderPosition(LabMetric metric, double value); // clamped to the range
double sliderValue(LabMetric metric, int position);

// Number formats of the lab's fields (3 decimals; U3 and OVL as percent with one decimal).
QString formatLabValue(LabMetric metric, double value);

} // namespace eb::lecture
