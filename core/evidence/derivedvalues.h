#pragma once

#include "model/records.h"

#include <QList>
#include <QString>

namespace eb::evidence {

// A value this program computes from a stored result (never a value a source reports): shown
// by the GUI's detail pane and by `evidence catalogue show`, always marked derived.
struct DerivedValue
{
    QString label;     // "d", "OR", "NNT", "Hedges' g"
    QString valueText; // "0.32 (0.07 to 0.58)", "NNTB 5.6 (3.2 to 25.5)"
    QString formula;   // how it was computed
};

// The derived values that belong together, with the assumptions they rest on.
struct DerivedGroup
{
    QString title;
    QList<DerivedValue> values;
    QString note;                 // the model's assumption, or the assumed arm sizes
    bool assumesArmSizes = false; // true: arm sizes were assumed, not reported: flag it
};

// For a result on a convertible scale (MW, d, g, OR, log OR): its MW, d, OR and NNT
// equivalents under the normal, equal-variance model. For a result with arm means and SDs:
// Hedges' g and the mean difference; when the arm sizes are not reported they are assumed to
// be equal halves of the result's N, and the group says so. Empty when nothing can be derived.
QList<DerivedGroup> derivedValues(const catalogue::ResultRecord &result);

} // namespace eb::evidence
