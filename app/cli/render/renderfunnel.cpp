#include "charts/funnelchart.h"
#include "cli/common/commandparser.h"
#include "cli/common/statsoutput.h"
#include "cli/render/renderoptions.h"
#include "cli/stats/methodsinput.h"
#include "stats/smallstudy.h"

#include <QCoreApplication>
#include <cmath>

// `evidence render funnel --csv FILE`: the funnel plot of a yi/vi (or sei) file, with the
// pseudo confidence region, optional significance contours and trim-and-fill studies.
namespace eb::cli::render {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli", text);
}

} // namespace

int renderFunnel(const QStringList &arguments, Io &io)
{
    const QString program = QStringLiteral("evidence render funnel");
    CommandParser cli(
        program, io,
        tr("Funnel plot of a CSV of yi and vi (or sei): standard error downwards, the pooled "
           "estimate with its pseudo 95% confidence region, as metafor's funnel()."));
    QCommandLineParser &parser = cli.options();
    parser.addOption({QStringLiteral("csv"), tr("The CSV file, or - for stdin."), tr("FILE")});
    parser.addOption({QStringLiteral("method"), tr("FE, DL, REML (default) or PM."), tr("METHOD"),
                      QStringLiteral("REML")});
    parser.addOption({QStringLiteral("contours"),
                      tr("Shade the regions of significance against 0 at 90, 95 and 99%.")});
    parser.addOption({QStringLiteral("trimfill"),
                      tr("Add the studies trim and fill imputes (estimator L0), hollow.")});
    parser.addOption(
        {QStringLiteral("effect"), tr("The axis title (default: Effect)."), tr("TEXT")});
    addOutputOptions(parser);
    int status = ExitOk;
    OutputOptions output;
    const auto command = parseOrExit(cli, arguments, &output, &status);
    if (!command) {
        return status;
    }
    if (!parser.isSet(QStringLiteral("csv"))) {
        return command->bad(tr("--csv: give the CSV file of yi and vi (or sei)"));
    }
    const auto method =
        eb::stats::poolMethodFromKey(parser.value(QStringLiteral("method")).toStdString());
    if (!method) {
        return command->bad(tr("--method: '%1' is not one of FE, DL, REML, PM")
                                .arg(parser.value(QStringLiteral("method")).left(20)));
    }
    QString error;
    const auto input = MethodsInput::read(parser.value(QStringLiteral("csv")), io, &error);
    if (!input) {
        return command->bad(error);
    }
    std::vector<double> yi;
    std::vector<double> vi;
    if (!input->readYiVi(&yi, &vi, &error)) {
        return command->bad(error);
    }
    eb::stats::PoolOptions options;
    options.method = *method;
    const auto funnel = eb::stats::funnelData(yi, vi, options);
    if (!funnel) {
        return command->bad(tr("%1: %2: %3")
                                .arg(input->where(), input->engineField(funnel.error().field),
                                     statsMessage(funnel.error())));
    }
    eb::evidence::FunnelSpec spec;
    spec.title = output.title.isEmpty() ? tr("Funnel plot") : output.title;
    spec.effectName = parser.value(QStringLiteral("effect"));
    spec.yi = funnel->yi;
    spec.sei = funnel->sei;
    spec.estimate = funnel->estimate;
    spec.z = funnel->z;
    spec.levelPercent = 100.0 * funnel->level;
    spec.contours = parser.isSet(QStringLiteral("contours"));
    for (const auto &contour : funnel->contours) {
        spec.contourZ.push_back(contour.z);
        spec.contourPercent.push_back(std::round(100.0 * contour.level));
    }
    spec.fontScale = output.fontScale;
    QStringList notes;
    notes << tr("Pooled estimate %1 (%2).")
                 .arg(formatNumber(funnel->estimate),
                      QString::fromLatin1(eb::stats::poolMethodKey(*method).data()));
    if (parser.isSet(QStringLiteral("trimfill"))) {
        const auto fill = eb::stats::trimFill(yi, vi, eb::stats::TrimFillEstimator::L0, options);
        if (!fill) {
            return command->bad(
                tr("%1: trimfill: %2").arg(input->where(), statsMessage(fill.error())));
        }
        spec.filledYi = fill->filledYi;
        for (double v : fill->filledVi) {
            spec.filledSei.push_back(std::sqrt(v));
        }
        notes << tr("Trim and fill (L0) imputes %1 stud%2 on the %3 side; with them the "
                    "estimate is %4.")
                     .arg(fill->k0)
                     .arg(fill->k0 == 1 ? tr("y") : tr("ies"))
                     .arg(fill->rightSide ? tr("right") : tr("left"))
                     .arg(formatNumber(fill->adjusted.estimate));
    }
    if (yi.size() < eb::stats::kFewStudiesForBiasTests) {
        notes << tr("Only %1 studies: with fewer than %2, funnel plot asymmetry is hard to judge "
                    "(Cochrane Handbook, 13.3.5.4).")
                     .arg(yi.size())
                     .arg(eb::stats::kFewStudiesForBiasTests);
    }
    spec.footnote = notes.join(QLatin1Char(' '));
    eb::charts::FunnelChart chart(spec);
    eb::exporting::FigureBundle bundle;
    bundle.kind = QStringLiteral("funnel");
    bundle.title = spec.title;
    bundle.scale = spec.effectName;
    return writeChart(chart, output, 900, 20000, program, io, bundle);
}

} // namespace eb::cli::render
