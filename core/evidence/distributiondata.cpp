#include "evidence/distributiondata.h"

#include "evidence/builderutil.h"
#include "evidence/format.h"
#include "model/vocabulary.h"
#include "stats/conversions.h"
#include "stats/nnt.h"

#include <QCoreApplication>

namespace eb::evidence {

using detail::fromStd;
using detail::key;
using detail::tr;

using eb::stats::Metric;
using eb::stats::Scale;

std::optional<DistributionSpec> distributionFor(Metric metric, double value, QString *error)
{
    const std::optional<Scale> scale = eb::stats::scaleForMetric(metric);
    if (!scale) {
        *error = tr("no distribution chart for metric %1").arg(key(metric));
        return std::nullopt;
    }
    eb::stats::EffectInput input;
    input.from = *scale;
    input.value = value;
    const auto report = eb::stats::convertEffect(input);
    if (!report.ok()) {
        *error = fromStd(report.error().message);
        return std::nullopt;
    }
    DistributionSpec spec;
    const auto get = [&](Scale s) -> std::optional<double> {
        const eb::stats::ConvertedValue *v = report->find(s);
        return v ? std::optional<double>(v->estimate) : std::nullopt;
    };
    const std::optional<double> d = get(Scale::CohensD);
    spec.d = d.value_or(0);
    if (metric == Metric::HedgesG) {
        spec.dName = QStringLiteral("g");
    }
    spec.mw = get(Scale::MannWhitney);
    spec.u3 = get(Scale::U3);
    spec.ovl = get(Scale::Overlap);
    spec.nnt = formatNnt(report->nntKraemer.estimate, 1);
    spec.inputLabel =
        tr("Given: %1 = %2; every other value is derived by this program.")
            .arg(eb::catalogue::vocabulary::metricShort(metric), formatChartNumber(value, 2));
    spec.footnote = fromStd(std::string(eb::stats::conversionAssumption())) + QLatin1Char(' ') +
                    tr("NNT: %1.").arg(fromStd(report->nntKraemer.formula));
    return spec;
}

} // namespace eb::evidence
