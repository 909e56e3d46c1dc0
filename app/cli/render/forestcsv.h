#pragma once

#include "evidence/forestdata.h"
#include "stats/metric.h"

#include <QList>
#include <QString>
#include <optional>

namespace eb::cli {

// A forest plot's rows from a CSV: columns yi and vi (or sei), or estimate, ci_low and
// ci_high; optional label (or study), outcome, timepoint, n. yi of a ratio metric is its
// logarithm (as metafor's escalc gives it). A row from yi and vi is a reported estimate whose
// CI this program computed: its derivation says so (ciFromVarianceFormula), it is not marked
// derived (nothing was converted).
struct ForestCsv
{
    QList<eb::evidence::EffectEntry> entries;
    QList<std::optional<double>> variances; // vi per row when given (on yi's scale)
};

// "95% CI computed from vi: yi ± 1.96·√vi" (exp(...) for a ratio metric).
QString ciFromVarianceFormula(bool ratio);

// Parses the text of a CSV. On bad input returns nothing and sets *error to one line naming
// the data row, its file line and the column ("row 3 (line 4), column vi: ...").
std::optional<ForestCsv> readForestCsv(const QString &text, eb::stats::Metric metric,
                                       QString *error);

} // namespace eb::cli
