#include "cli/render/forestcsv.h"

#include "cli/common/csvtable.h"
#include "evidence/format.h"
#include "stats/intervals.h"

#include <QCoreApplication>
#include <cmath>

namespace eb::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli::forestcsv", text);
}

} // namespace

QString ciFromVarianceFormula(bool ratio)
{
    return ratio ? tr("95% CI computed from vi: exp(yi ± 1.96·√vi)")
                 : tr("95% CI computed from vi: yi ± 1.96·√vi");
}

std::optional<ForestCsv> readForestCsv(const QString &text, eb::stats::Metric metric,
                                       QString *error)
{
    CsvError csvError;
    const std::optional<CsvTable> table = parseCsv(text, &csvError);
    if (!table) {
        *error = tr("line %1: %2").arg(csvError.line).arg(csvError.message);
        return std::nullopt;
    }
    const auto column = [&](const char *name) {
        for (int i = 0; i < table->header.size(); ++i) {
            if (table->header.at(i).compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
                return i;
            }
        }
        return -1;
    };
    const int yi = column("yi");
    const int vi = column("vi");
    const int sei = column("sei");
    const int estimate = column("estimate");
    const int ciLow = column("ci_low");
    const int ciHigh = column("ci_high");
    int label = column("label");
    if (label < 0) {
        label = column("study");
    }
    const int outcome = column("outcome");
    const int timepoint = column("timepoint");
    const int n = column("n");
    const bool fromVariance = yi >= 0 && (vi >= 0 || sei >= 0);
    const bool fromCi = estimate >= 0 && ciLow >= 0 && ciHigh >= 0;
    // Two descriptions of one row's uncertainty: reading one and dropping the other unseen
    // could draw a CI the user did not mean. Name the columns and let the user choose.
    if (vi >= 0 && sei >= 0) {
        *error = tr("the header has both vi and sei; keep one of the two columns");
        return std::nullopt;
    }
    if (fromVariance) {
        QStringList others;
        for (const auto &[index, name] :
             {std::pair{estimate, "estimate"}, std::pair{ciLow, "ci_low"},
              std::pair{ciHigh, "ci_high"}}) {
            if (index >= 0) {
                others << QLatin1String(name);
            }
        }
        if (!others.isEmpty()) {
            *error = tr("the header has yi and %1, and also %2; keep yi and %1, or estimate, "
                        "ci_low and ci_high")
                         .arg(vi >= 0 ? QStringLiteral("vi") : QStringLiteral("sei"),
                              others.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    if (!fromVariance && !fromCi) {
        *error = tr("the header needs columns yi and vi (or sei), or estimate, ci_low and "
                    "ci_high");
        return std::nullopt;
    }
    if (table->rows.isEmpty()) {
        *error = tr("the file has a header but no rows");
        return std::nullopt;
    }
    const bool ratio = eb::stats::isRatio(metric);
    const double z = eb::stats::criticalZ(0.95);
    ForestCsv result;
    for (qsizetype r = 0; r < table->rows.size(); ++r) {
        const CsvRecord &record = table->rows.at(r);
        // Data rows are counted from 1 after the header, as `evidence pool` counts them; the
        // file line is added to errors for the editor.
        const int row = static_cast<int>(r) + 1;
        const QString where = tr("row %1 (line %2)").arg(row).arg(record.line);
        const auto cell = [&](int index) {
            return index >= 0 && index < record.fields.size() ? record.fields.at(index).trimmed()
                                                              : QString();
        };
        const auto number = [&](int index, const char *name) -> std::optional<double> {
            QString why;
            const std::optional<double> value = parseNumber(cell(index), &why);
            if (!value) {
                *error = tr("%1, column %2: %3").arg(where, QLatin1String(name), why);
            }
            return value;
        };
        eb::evidence::EffectEntry entry;
        entry.metric = metric;
        entry.study = cell(label).isEmpty() ? tr("Row %1").arg(row) : cell(label);
        entry.outcome = cell(outcome);
        entry.timepoint = cell(timepoint);
        if (n >= 0 && !cell(n).isEmpty()) {
            bool ok = false;
            const int value = cell(n).toInt(&ok);
            if (!ok || value <= 0) {
                *error = tr("%1, column n: '%2' is not a positive whole number")
                             .arg(where, eb::evidence::elidedInput(cell(n)));
                return std::nullopt;
            }
            entry.n = value;
        }
        std::optional<double> variance;
        if (fromVariance) {
            const auto y = number(yi, "yi");
            if (!y) {
                return std::nullopt;
            }
            double v = 0;
            if (vi >= 0) {
                const auto value = number(vi, "vi");
                if (!value) {
                    return std::nullopt;
                }
                if (!(*value > 0)) {
                    *error = tr("%1, column vi: the variance must be greater than 0").arg(where);
                    return std::nullopt;
                }
                v = *value;
            } else {
                const auto value = number(sei, "sei");
                if (!value) {
                    return std::nullopt;
                }
                if (!(*value > 0)) {
                    *error =
                        tr("%1, column sei: the standard error must be greater than 0").arg(where);
                    return std::nullopt;
                }
                v = *value * *value;
            }
            // The 95% CI of a normal estimate: yi -/+ z * sqrt(vi), z from eb::stats.
            const double se = std::sqrt(v);
            double est = *y;
            double lo = *y - z * se;
            double hi = *y + z * se;
            if (ratio) {
                est = std::exp(est); // yi of a ratio is its logarithm
                lo = std::exp(lo);
                hi = std::exp(hi);
            }
            if (!std::isfinite(est) || !std::isfinite(lo) || !std::isfinite(hi)) {
                *error = tr("%1: the values are too large to draw").arg(where);
                return std::nullopt;
            }
            entry.estimate = est;
            entry.ciLow = lo;
            entry.ciHigh = hi;
            // The estimate is the file's own; only its CI is computed here. The marker stays
            // filled (reported) and the formula goes to the tooltip and the footnote.
            entry.derived = false;
            entry.derivation = ciFromVarianceFormula(ratio);
            variance = v;
        } else {
            const auto est = number(estimate, "estimate");
            if (!est) {
                return std::nullopt;
            }
            entry.estimate = est;
            const bool noCi = cell(ciLow).isEmpty() && cell(ciHigh).isEmpty();
            if (!noCi) {
                const auto lo = number(ciLow, "ci_low");
                const auto hi = number(ciHigh, "ci_high");
                if (!lo || !hi) {
                    return std::nullopt;
                }
                if (*lo > *est || *est > *hi) {
                    *error = tr("%1: the CI %2 to %3 does not contain the estimate %4")
                                 .arg(where, eb::evidence::elidedInput(cell(ciLow)),
                                      eb::evidence::elidedInput(cell(ciHigh)),
                                      eb::evidence::elidedInput(cell(estimate)));
                    return std::nullopt;
                }
                entry.ciLow = lo;
                entry.ciHigh = hi;
            }
        }
        const auto inDomain = [&](double v) {
            if (metric == eb::stats::Metric::MannWhitney) {
                return v > 0 && v < 1;
            }
            return !ratio || v > 0;
        };
        for (const std::optional<double> &v : {entry.estimate, entry.ciLow, entry.ciHigh}) {
            if (v && !inDomain(*v)) {
                *error = metric == eb::stats::Metric::MannWhitney
                             ? tr("%1: an MW value must lie between 0 and 1").arg(where)
                             : tr("%1: a ratio must be greater than 0").arg(where);
                return std::nullopt;
            }
        }
        result.entries << entry;
        result.variances << variance;
    }
    return result;
}

} // namespace eb::cli
