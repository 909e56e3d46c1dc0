#include "gui/effectequivalents.h"

#include "stats/conversions.h"
#include "stats/metric.h"
#include "stats/summarydata.h"

#include <QCoreApplication>
#include <QStringList>

namespace eb::gui::detail {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::gui::detail", text);
}

// Derived values are shown with two decimals: they are model-based approximations, and more
// digits would suggest a precision the assumptions do not have.
QString fixed(double value)
{
    return QString::number(value, 'f', 2);
}

QString valueWithCi(double estimate, std::optional<double> low, std::optional<double> high)
{
    QString text = fixed(estimate);
    if (low && high) {
        text += QStringLiteral(" (%1 to %2)").arg(fixed(*low), fixed(*high));
    }
    return text;
}

QString scaleLabel(stats::Scale scale)
{
    switch (scale) {
    case stats::Scale::MannWhitney:
        return tr("MW");
    case stats::Scale::CohensD:
        return tr("d");
    case stats::Scale::HedgesG:
        return tr("g");
    case stats::Scale::LogOddsRatio:
        return tr("log OR");
    case stats::Scale::OddsRatio:
        return tr("OR");
    case stats::Scale::U3:
        return tr("U3");
    case stats::Scale::Overlap:
        return tr("OVL");
    }
    return {};
}

QString row(const QString &label, const QString &value, const QString &formula)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td class='small'>%3</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped(), formula.toHtmlEscaped());
}

QString table(const QString &title, const QString &rows, const QString &note)
{
    return QStringLiteral("<br/><span class='derived small'><b>%1</b></span>"
                          "<table class='derived' cellspacing='0' cellpadding='2'>%2</table>"
                          "<span class='small'>%3</span>")
        .arg(title.toHtmlEscaped(), rows, note.toHtmlEscaped());
}

// d, OR (and MW when the result is not one) and NNT of a result on a convertible scale.
QString conversions(const catalogue::ResultRecord &result)
{
    const auto metric = stats::metricFromKey(result.metric.toStdString());
    if (!metric || !result.estimate) {
        return {};
    }
    const auto report =
        stats::equivalentsForResult(*metric, *result.estimate, result.ciLow, result.ciHigh);
    if (!report) {
        return {}; // no conversion under the normal model for this metric
    }
    QString rows;
    for (stats::Scale scale :
         {stats::Scale::MannWhitney, stats::Scale::CohensD, stats::Scale::OddsRatio}) {
        const stats::ConvertedValue *value = report->find(scale);
        if (value == nullptr || !value->derived) {
            continue;
        }
        rows += row(scaleLabel(scale), valueWithCi(value->estimate, value->ciLow, value->ciHigh),
                    QString::fromStdString(value->formula));
    }
    const stats::NntResult &nnt = report->nntKraemer;
    QString nntText = QString::fromStdString(nnt.estimate.text(1));
    if (nnt.hasCi()) {
        nntText += QStringLiteral(" (%1)").arg(QString::fromStdString(nnt.ciText(1)));
    }
    rows += row(tr("NNT"), nntText, QString::fromStdString(nnt.formula));
    return table(tr("Derived by this program (not reported by the source):"), rows,
                 QString::fromStdString(report->assumption));
}

const catalogue::ArmSummaryRecord *arm(const catalogue::ResultRecord &result, const char *role)
{
    for (const catalogue::ArmSummaryRecord &a : result.arms) {
        if (a.armRole == QLatin1String(role) && a.mean && a.sd) {
            return &a;
        }
    }
    return nullptr;
}

// Hedges' g from the arms' means and SDs; when the arm sizes are not reported they are
// assumed equal halves of the result's N, and the assumption is said in the output.
QString smdFromArms(const catalogue::ResultRecord &result)
{
    const catalogue::ArmSummaryRecord *treatment = arm(result, "treatment");
    const catalogue::ArmSummaryRecord *control = arm(result, "control");
    if (treatment == nullptr || control == nullptr) {
        return {};
    }
    stats::Result<stats::SmdResult> smd = [&]() -> stats::Result<stats::SmdResult> {
        if (treatment->n && control->n) {
            return stats::standardizedMeanDifference(
                {*treatment->mean, *treatment->sd, static_cast<double>(*treatment->n)},
                {*control->mean, *control->sd, static_cast<double>(*control->n)});
        }
        if (result.n) {
            return stats::standardizedMeanDifference(
                *treatment->mean, *treatment->sd, *control->mean, *control->sd,
                stats::assumeEqualArms(static_cast<double>(*result.n)));
        }
        return stats::makeError("n", "arm sizes and total N not reported");
    }();
    if (!smd) {
        return {};
    }
    QString rows = row(tr("Hedges' g"), valueWithCi(smd->g, smd->ciLow, smd->ciHigh),
                       QString::fromStdString(smd->formula));
    rows +=
        row(tr("Mean difference"),
            valueWithCi(smd->meanDifference, smd->meanDifferenceCiLow, smd->meanDifferenceCiHigh),
            tr("m1 − m2"));
    QString note;
    if (smd->armSizesAssumed) {
        note = tr("⚠ Arm sizes assumed %1/%2, not reported (%3). The interval depends on "
                  "this assumption.")
                   .arg(QString::number(static_cast<double>(*result.n) / 2.0, 'g', 4),
                        QString::number(static_cast<double>(*result.n) / 2.0, 'g', 4),
                        QString::fromStdString(smd->assumption));
    }
    return table(tr("Derived by this program from the arm summaries:"), rows, note);
}

} // namespace

QString equivalentsHtml(const catalogue::ResultRecord &result)
{
    return conversions(result) + smdFromArms(result);
}

} // namespace eb::gui::detail
