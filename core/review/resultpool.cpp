#include "review/resultpool.h"

#include "evidence/studycompare.h"
#include "stats/conversions.h"
#include "stats/intervals.h"

#include <QCoreApplication>
#include <cmath>
#include <vector>

namespace eb::review {
namespace {

using eb::stats::Metric;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::review::ResultPool", text);
}

bool finite3(double a, double b, double c)
{
    return std::isfinite(a) && std::isfinite(b) && std::isfinite(c);
}

struct Scaled
{
    double y = 0;
    double low = 0;
    double high = 0;
};

// The value on the pooling scale of its family.
std::optional<Scaled> toPoolingScale(Metric metric, double y, double low, double high)
{
    switch (metric) {
    case Metric::MannWhitney:
        if (!(y > 0 && y < 1 && low > 0 && high < 1)) {
            return std::nullopt;
        }
        return Scaled{eb::stats::dFromMw(y), eb::stats::dFromMw(low), eb::stats::dFromMw(high)};
    case Metric::OddsRatio:
    case Metric::RiskRatio:
        if (!(y > 0 && low > 0 && high > 0)) {
            return std::nullopt;
        }
        if (metric == Metric::RiskRatio) {
            return Scaled{std::log(y), std::log(low), std::log(high)};
        }
        return Scaled{eb::stats::dFromLogOr(std::log(y)), eb::stats::dFromLogOr(std::log(low)),
                      eb::stats::dFromLogOr(std::log(high))};
    case Metric::LogOddsRatio:
        return Scaled{eb::stats::dFromLogOr(y), eb::stats::dFromLogOr(low),
                      eb::stats::dFromLogOr(high)};
    default:
        return Scaled{y, low, high};
    }
}

// From the pooling scale back to the display metric.
double fromPoolingScale(Metric display, double v)
{
    switch (display) {
    case Metric::MannWhitney:
        return eb::stats::mwFromD(v);
    case Metric::OddsRatio:
        return std::exp(eb::stats::logOrFromD(v));
    case Metric::LogOddsRatio:
        return eb::stats::logOrFromD(v);
    case Metric::RiskRatio:
        return std::exp(v);
    default:
        return v;
    }
}

QString conversionFormula(Metric from, Metric to)
{
    const auto key = [](Metric m) {
        return QString::fromLatin1(eb::stats::metricKey(m).data());
    };
    QString formula = tr("%1 → %2 under the normal, equal-variance model").arg(key(from), key(to));
    if (from == Metric::MannWhitney || to == Metric::MannWhitney) {
        formula += tr(" (MW = Φ(d/√2))");
    }
    if (from == Metric::OddsRatio || to == Metric::OddsRatio || from == Metric::LogOddsRatio ||
        to == Metric::LogOddsRatio) {
        formula += tr(" (ln OR = d·π/√3)");
    }
    return formula;
}

// Pools `out`'s rows again from their arm counts, replacing the inverse-variance figures.
bool poolFromCounts(ResultPool &out, const QList<PoolInput> &inputs, CountsMethod method,
                    QString *error)
{
    using eb::stats::EffectMeasure;
    std::optional<EffectMeasure> measure;
    switch (out.displayMetric) {
    case Metric::RiskRatio:
        measure = EffectMeasure::RR;
        out.poolingScale = QStringLiteral("log RR");
        break;
    case Metric::OddsRatio:
        measure = EffectMeasure::OR;
        out.poolingScale = QStringLiteral("log OR");
        break;
    case Metric::RiskDifference:
        measure = EffectMeasure::RD;
        out.poolingScale = QStringLiteral("RD");
        break;
    default:
        break;
    }
    if (method == CountsMethod::Peto && measure != EffectMeasure::OR) {
        *error = tr("Peto's method pools odds ratios: these results are not all odds ratios");
        return false;
    }
    if (!measure) {
        *error = tr("Mantel-Haenszel pools risk ratios, odds ratios or risk differences: these "
                    "results do not share one of them");
        return false;
    }
    std::vector<eb::stats::TwoByTwo> tables;
    for (const PoolInput &in : inputs) {
        std::optional<eb::stats::TwoByTwo> t = armCounts(in.result);
        if (!t) {
            *error = tr("%1: the events and totals of both arms are needed to pool from counts")
                         .arg(describeResult(in.result));
            return false;
        }
        if (in.flipped) { // the other direction: the arms swapped (1/RR, 1/OR, −RD)
            t = eb::stats::TwoByTwo{t->c, t->d, t->a, t->b};
        }
        tables.push_back(*t);
    }
    const auto pooled = method == CountsMethod::Peto ? eb::stats::petoPool(tables)
                                                     : eb::stats::mantelHaenszel(*measure, tables);
    if (!pooled.ok()) {
        *error = tr("the pooling engine refused: %1")
                     .arg(QString::fromStdString(pooled.error().message));
        return false;
    }
    const eb::stats::MhResult &m = pooled.value();
    eb::stats::PoolResult e;
    e.k = m.k;
    e.method = eb::stats::PoolMethod::FixedEffect;
    e.level = m.level;
    e.estimate = m.estimate;
    e.se = m.se;
    e.ciLow = m.ciLow;
    e.ciHigh = m.ciHigh;
    e.statistic = m.z;
    e.p = m.p;
    e.i2 = m.i2;
    e.h2 = m.h2;
    e.q = m.q;
    e.qDf = m.qDf;
    e.qP = m.qP;
    e.weightsPercent = m.weightsPercent;
    out.engine = e;
    out.countsMethod = method;
    out.counts = m;
    const auto shown = [&](double v) {
        return *measure == EffectMeasure::RD ? v : std::exp(v);
    };
    out.estimate = shown(m.estimate);
    out.ciLow = shown(m.ciLow);
    out.ciHigh = shown(m.ciHigh);
    out.piLow.reset();
    out.piHigh.reset();
    for (qsizetype i = 0; i < out.rows.size(); ++i) {
        out.rows[i].weightPercent = m.weightsPercent.at(static_cast<std::size_t>(i));
    }
    return true;
}

} // namespace

QString countsMethodKey(CountsMethod method)
{
    switch (method) {
    case CountsMethod::MantelHaenszel:
        return QStringLiteral("MH");
    case CountsMethod::Peto:
        return QStringLiteral("PETO");
    case CountsMethod::None:
        break;
    }
    return {};
}

std::optional<CountsMethod> countsMethodFromKey(const QString &key)
{
    if (key.compare(QLatin1String("MH"), Qt::CaseInsensitive) == 0) {
        return CountsMethod::MantelHaenszel;
    }
    if (key.compare(QLatin1String("PETO"), Qt::CaseInsensitive) == 0) {
        return CountsMethod::Peto;
    }
    return std::nullopt;
}

std::optional<eb::stats::TwoByTwo> armCounts(const eb::catalogue::ResultRecord &result)
{
    std::optional<eb::stats::TwoByTwo> table = eb::stats::TwoByTwo{};
    bool treatment = false;
    bool control = false;
    for (const eb::catalogue::ArmSummaryRecord &arm : result.arms) {
        if (!arm.events || !arm.total || *arm.events < 0 || *arm.total <= 0 ||
            *arm.events > *arm.total) {
            continue;
        }
        const double events = *arm.events;
        const double others = *arm.total - *arm.events;
        if (arm.armRole == QLatin1String("treatment") && !treatment) {
            table->a = events;
            table->b = others;
            treatment = true;
        } else if (arm.armRole == QLatin1String("control") && !control) {
            table->c = events;
            table->d = others;
            control = true;
        }
    }
    if (!treatment || !control) {
        table.reset();
    }
    return table;
}

QString poolTitle(const ResultPool &pool)
{
    switch (pool.countsMethod) {
    case CountsMethod::MantelHaenszel:
        return tr("Mantel-Haenszel (fixed effect, from arm counts)");
    case CountsMethod::Peto:
        return tr("Peto (fixed effect, from arm counts)");
    case CountsMethod::None:
        break;
    }
    return poolMethodTitle(pool.engine.method, pool.engine.knappHartung);
}

QString poolMethodTitle(eb::stats::PoolMethod method, bool knappHartung)
{
    QString title;
    switch (method) {
    case eb::stats::PoolMethod::FixedEffect:
        title = tr("fixed effect (inverse variance)");
        break;
    case eb::stats::PoolMethod::DerSimonianLaird:
        title = tr("random effects (DerSimonian-Laird)");
        break;
    case eb::stats::PoolMethod::Reml:
        title = tr("random effects (REML)");
        break;
    case eb::stats::PoolMethod::PauleMandel:
        title = tr("random effects (Paule-Mandel)");
        break;
    }
    if (knappHartung) {
        title += tr(", Knapp-Hartung");
    }
    return title;
}

std::optional<ResultPool> poolResults(const QList<PoolInput> &inputs, const PoolSettings &settings,
                                      PoolCheck *check, QString *error)
{
    *check = checkPool(inputs);
    if (!check->canPool()) {
        return std::nullopt;
    }

    ResultPool out;
    out.family = poolingFamily(metricKeyOf(inputs.first().result));
    out.warnings = check->warnings;
    // One metric shared by all: shown as is. Mixed standardized metrics: MW when any is MW
    // (the metric of the CARS and CAPTAIN trials), else d.
    std::vector<Metric> metrics;
    for (const PoolInput &in : inputs) {
        metrics.push_back(in.result.metric);
    }
    bool same = true;
    bool anyMw = false;
    for (Metric m : metrics) {
        same = same && m == metrics.front();
        anyMw = anyMw || m == Metric::MannWhitney;
    }
    out.displayMetric = same ? metrics.front() : (anyMw ? Metric::MannWhitney : Metric::CohensD);
    if (out.displayMetric == Metric::LogRiskRatio) {
        out.displayMetric = Metric::RiskRatio;
    }
    if (out.family == QLatin1String("standardized")) {
        out.poolingScale = QStringLiteral("d");
    } else if (out.family == QLatin1String("risk_ratio")) {
        out.poolingScale = QStringLiteral("log RR");
    } else if (out.family == QLatin1String("risk_difference")) {
        out.poolingScale = QStringLiteral("RD");
    } else {
        out.poolingScale = QStringLiteral("MD");
    }

    std::vector<double> yi;
    std::vector<double> vi;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const eb::catalogue::ResultRecord &r = inputs.at(i).result;
        const Metric metric = metrics.at(static_cast<std::size_t>(i));
        const double level = r.ciLevel.value_or(95.0) / 100.0;
        std::optional<Scaled> s = toPoolingScale(metric, *r.estimate, *r.ciLow, *r.ciHigh);
        if (s && inputs.at(i).flipped) {
            // Flipped by the user: on every pooling scale (d, log RR, RD, MD) the other
            // direction is the negation, the interval's ends swapped.
            s = Scaled{-s->y, -s->high, -s->low};
        }
        const auto se = s ? eb::stats::seFromCi(s->low, s->high, level)
                          : eb::stats::Result<double>(eb::stats::makeError("ci", "out of range"));
        if (!s || !se.ok() || !(*se > 0) || !finite3(s->y, s->low, s->high)) {
            *error = tr("%1: its estimate or interval is out of range for its metric")
                         .arg(describeResult(r));
            return std::nullopt;
        }
        PooledRow row;
        row.result = r;
        row.flipped = inputs.at(i).flipped;
        row.inclusion = synthesisInclusionText(inputs.at(i));
        row.yi = s->y;
        row.vi = *se * *se;
        row.converted = row.flipped ||
                        (metric != out.displayMetric && !(metric == Metric::LogRiskRatio &&
                                                          out.displayMetric == Metric::RiskRatio));
        if (row.converted) {
            row.estimate = fromPoolingScale(out.displayMetric, s->y);
            row.ciLow = fromPoolingScale(out.displayMetric, s->low);
            row.ciHigh = fromPoolingScale(out.displayMetric, s->high);
            const bool sameMetric =
                metric == out.displayMetric ||
                (metric == Metric::LogRiskRatio && out.displayMetric == Metric::RiskRatio);
            row.conversion = sameMetric ? QString() : conversionFormula(metric, out.displayMetric);
            if (row.flipped) {
                const QString flip =
                    tr("direction flipped by the user (the negation on the pooling scale: 1/RR, "
                       "−d, 1 − MW)");
                row.conversion =
                    row.conversion.isEmpty() ? flip : row.conversion + QStringLiteral("; ") + flip;
            }
        } else {
            row.estimate = metric == Metric::LogRiskRatio ? std::exp(*r.estimate) : *r.estimate;
            row.ciLow = metric == Metric::LogRiskRatio ? std::exp(*r.ciLow) : *r.ciLow;
            row.ciHigh = metric == Metric::LogRiskRatio ? std::exp(*r.ciHigh) : *r.ciHigh;
        }
        yi.push_back(row.yi);
        vi.push_back(row.vi);
        out.rows.append(row);
    }
    if (settings.counts != CountsMethod::None) {
        if (!poolFromCounts(out, inputs, settings.counts, error)) {
            return std::nullopt;
        }
        if (!finite3(out.estimate, out.ciLow, out.ciHigh)) {
            *error = tr("the pooled value is too extreme to show");
            return std::nullopt;
        }
        return out;
    }
    eb::stats::PoolOptions options;
    options.method = settings.method;
    options.knappHartung = settings.knappHartung;
    const auto pooled = eb::stats::pool(yi, vi, options);
    if (!pooled.ok()) {
        *error = tr("the pooling engine refused: %1")
                     .arg(QString::fromStdString(pooled.error().message));
        return std::nullopt;
    }
    out.engine = pooled.value();
    out.estimate = fromPoolingScale(out.displayMetric, out.engine.estimate);
    out.ciLow = fromPoolingScale(out.displayMetric, out.engine.ciLow);
    out.ciHigh = fromPoolingScale(out.displayMetric, out.engine.ciHigh);
    if (settings.method != eb::stats::PoolMethod::FixedEffect) {
        out.piLow = fromPoolingScale(out.displayMetric, out.engine.piLow);
        out.piHigh = fromPoolingScale(out.displayMetric, out.engine.piHigh);
    }
    for (qsizetype i = 0; i < out.rows.size(); ++i) {
        out.rows[i].weightPercent = out.engine.weightsPercent.at(static_cast<std::size_t>(i));
    }
    if (!finite3(out.estimate, out.ciLow, out.ciHigh)) {
        *error = tr("the pooled value is too extreme to show");
        return std::nullopt;
    }
    return out;
}

} // namespace eb::review
