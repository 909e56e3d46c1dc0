#include "evidence/distributiondata.h"

#include "evidence/builderutil.h"
#include "evidence/format.h"
#include "evidence/readernames.h"
#include "evidence/resultline.h"
#include "model/vocabulary.h"
#include "stats/conversions.h"
#include "stats/nnt.h"

#include <QCoreApplication>
#include <QStringList>

namespace eb::evidence {

using detail::fromStd;
using detail::key;
using detail::tr;

using eb::stats::Metric;
using eb::stats::Scale;

std::optional<DistributionSpec> distributionFor(Metric metric, double value, QString *error,
                                                std::optional<int> printedDecimals)
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
    if (metric == Metric::MannWhitney) {
        spec.mwDecimals = printedDecimals;
    }
    spec.u3 = get(Scale::U3);
    spec.ovl = get(Scale::Overlap);
    spec.nnt = formatNnt(report->nntKraemer.estimate, 1);
    spec.inputLabel = tr("Given: %1 = %2; every other value is derived by this program.")
                          .arg(eb::catalogue::vocabulary::metricShort(metric),
                               printedDecimals ? formatPrinted(value, printedDecimals)
                                               : formatChartNumber(value, 2));
    spec.footnote = fromStd(std::string(eb::stats::conversionAssumption())) + QLatin1Char(' ') +
                    tr("NNT: %1.").arg(fromStd(report->nntKraemer.formula));
    return spec;
}

void describeNnt(DistributionSpec &spec, const eb::catalogue::ResultRecord &shown,
                 const QList<eb::catalogue::ResultRecord> &related)
{
    if (spec.nnt.isEmpty()) {
        return;
    }
    QStringList notes;
    if (shown.outcomeIsEnsemble) {
        spec.nnt += tr(" (from an ensemble MW)");
        notes << tr("The NNT is computed by this program from an ensemble (Wei-Lachin) MW, which "
                    "combines several outcome scales: it is no single outcome scale's NNT.");
    }
    for (const eb::catalogue::ResultRecord &r : related) {
        if (r.metric != Metric::Nnt || !r.estimate || r.outcomeId == shown.outcomeId ||
            r.origin != QLatin1String("reported")) {
            continue;
        }
        const QString outcome =
            r.outcomeAbbreviation.isEmpty()
                ? r.outcomeName
                : QStringLiteral("%1 (%2)").arg(r.outcomeName, r.outcomeAbbreviation);
        const QString note =
            tr("The reported NNT %1 (%2) belongs to %3, another outcome; the NNT here is computed "
               "from this MW.")
                .arg(formatPrinted(*r.estimate, printedDecimals(r).estimate),
                     citeName(r.sourceShortLabel), outcome);
        if (!notes.contains(note)) {
            notes << note;
        }
    }
    if (!notes.isEmpty()) {
        spec.footnote = (spec.footnote.isEmpty() ? QString() : spec.footnote + QLatin1Char(' ')) +
                        notes.join(QLatin1Char(' '));
    }
}

} // namespace eb::evidence
