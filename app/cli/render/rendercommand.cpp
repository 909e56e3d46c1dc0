// `evidence render forest|overlap|timecourse|domains`: draws a chart offscreen and writes it
// as PNG, SVG or PDF through eb::charts (the same scene the app shows).
#include "catalogue/catalogue.h"
#include "charts/chartfigure.h"
#include "charts/distributionchart.h"
#include "charts/timecoursechart.h"
#include "cli/common/commands.h"
#include "cli/common/csvtable.h"
#include "cli/render/renderoptions.h"
#include "evidence/distributiondata.h"
#include "evidence/forestdata.h"
#include "evidence/timecoursedata.h"
#include "model/vocabulary.h"
#include "output/folderwriter.h"
#include "output/messagetext.h"
#include "output/outputfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <cmath>

namespace eb::cli {
namespace render {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli::render", text);
}

const QString kOut = QStringLiteral("out");
const QString kBundle = QStringLiteral("bundle");
const QString kWidth = QStringLiteral("width");
const QString kHeight = QStringLiteral("height");
const QString kDpi = QStringLiteral("dpi");
const QString kFontScale = QStringLiteral("font-scale");
const QString kTitle = QStringLiteral("title");
const QString kForce = QStringLiteral("force");

} // namespace

void addOutputOptions(QCommandLineParser &parser)
{
    parser.addOption({kOut, tr("Write the chart to FILE (.png, .svg or .pdf)."), tr("FILE")});
    parser.addOption({kBundle,
                      tr("Also write a figure bundle into DIR: PNG (300 dpi), SVG, PDF, the "
                         "plotted numbers (CSV), citations (RIS, BibTeX), provenance (JSON) "
                         "and a README."),
                      tr("DIR")});
    parser.addOption(
        {kWidth, tr("Width in pixels at 96 dpi (default: depends on the chart)."), tr("W")});
    parser.addOption(
        {kHeight, tr("Height in pixels at 96 dpi (default: what the chart needs)."), tr("H")});
    parser.addOption({kDpi, tr("PNG resolution; 300 for print (default 96)."), tr("D")});
    parser.addOption(
        {kFontScale, tr("Multiply every font size (lecture halls: 1.5 to 2.5)."), tr("S")});
    parser.addOption({kTitle, tr("The chart's title."), tr("TEXT")});
    parser.addOption({kForce, tr("Replace the --bundle folder when it already holds files (it "
                                 "is replaced whole, never mixed with the new files).")});
}

std::optional<double> numberOption(const QCommandLineParser &parser, const QString &name,
                                   double min, double max, QString *error)
{
    QString why;
    const std::optional<double> value = parseNumber(parser.value(name), &why);
    if (!value) {
        *error = tr("--%1: %2").arg(name, why);
        return std::nullopt;
    }
    if (*value < min || *value > max) {
        *error = tr("--%1 must be between %2 and %3, not %4")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(eb::output::elidedInput(parser.value(name)));
        return std::nullopt;
    }
    return value;
}

bool readOutputOptions(const QCommandLineParser &parser, OutputOptions *options, QString *error)
{
    if (parser.isSet(kBundle)) {
        options->bundle = parser.value(kBundle);
        options->force = parser.isSet(kForce);
        if (options->bundle.trimmed().isEmpty() ||
            (QFileInfo::exists(options->bundle) && !QFileInfo(options->bundle).isDir())) {
            *error =
                tr("--bundle: '%1' is not a folder").arg(eb::output::elidedInput(options->bundle));
            return false;
        }
        if (!options->force && eb::output::FolderWriter::isNonEmptyFolder(options->bundle)) {
            *error = tr("--bundle: '%1' already holds files; give --force to replace it whole, "
                        "or name a new folder")
                         .arg(eb::output::elidedInput(options->bundle));
            return false;
        }
    }
    if (!parser.isSet(kOut) || parser.value(kOut).trimmed().isEmpty()) {
        if (options->bundle.isEmpty()) {
            *error = tr("--out FILE is required (.png, .svg or .pdf), or --bundle DIR");
            return false;
        }
    } else {
        options->path = parser.value(kOut);
        const auto format = eb::charts::exportFormatForPath(options->path);
        if (!format) {
            *error = tr("--out: '%1' does not end in .png, .svg or .pdf")
                         .arg(eb::output::elidedInput(options->path));
            return false;
        }
        options->format = *format;
        if (QFileInfo(options->path).isDir()) {
            *error = tr("--out: '%1' is a folder").arg(eb::output::elidedInput(options->path));
            return false;
        }
        if (!eb::output::checkOutputTarget(options->path, error)) {
            *error = QStringLiteral("--out: %1").arg(*error);
            return false;
        }
    }
    if (parser.isSet(kWidth)) {
        options->width = numberOption(parser, kWidth, 200, 20000, error);
        if (!options->width) {
            return false;
        }
    }
    if (parser.isSet(kHeight)) {
        options->height = numberOption(parser, kHeight, 150, 200000, error);
        if (!options->height) {
            return false;
        }
    }
    if (parser.isSet(kDpi)) {
        const auto dpi = numberOption(parser, kDpi, 36, 1200, error);
        if (!dpi) {
            return false;
        }
        options->dpi = *dpi;
    }
    if (parser.isSet(kFontScale)) {
        const auto scale = numberOption(parser, kFontScale, 0.5, 4, error);
        if (!scale) {
            return false;
        }
        options->fontScale = *scale;
    }
    options->title = parser.value(kTitle);
    return true;
}

std::optional<ParsedCommand> parseOrExit(CommandParser &cli, const QStringList &arguments,
                                         OutputOptions *output, int *status)
{
    auto command = cli.parse(arguments, 0);
    *status = cli.status();
    if (!command) {
        return std::nullopt;
    }
    QString error;
    if (!readOutputOptions(*command->options, output, &error)) {
        *status = command->bad(error);
        return std::nullopt;
    }
    return command;
}

int writeChart(eb::charts::ChartFigure &figure, const OutputOptions &options, double defaultWidth,
               double maxHeight, const QString &program, Io &io,
               const eb::exporting::FigureBundle &bundle)
{
    const double width = options.width.value_or(defaultWidth);
    double height = 0;
    if (options.height) {
        height = *options.height;
    } else {
        height = std::min(maxHeight, figure.naturalSize(width).height());
    }
    figure.resize(QSizeF(width, height));
    if (options.path.isEmpty()) {
        return writeBundle(figure, options, bundle, program, io);
    }
    eb::charts::ExportOptions exportOptions;
    exportOptions.dpi = options.dpi;
    exportOptions.title = options.title;
    QString error;
    if (!eb::charts::exportFigure(figure, options.path, options.format, exportOptions, &error)) {
        // Well formed, but not carried out (a full disk, a pipe nobody reads): exit 1.
        io.err << program << ": " << error << "\n";
        return ExitFailure;
    }
    const double scale = options.format == eb::charts::ExportFormat::Png ? options.dpi / 96.0 : 1.0;
    io.out << tr("wrote %1 (%2 x %3)\n")
                  .arg(eb::output::elidedInput(options.path, 200))
                  .arg(std::lround(std::ceil(width * scale)))
                  .arg(std::lround(std::ceil(height * scale)));
    return options.bundle.isEmpty() ? ExitOk : writeBundle(figure, options, bundle, program, io);
}

namespace {

int renderOverlap(const QStringList &arguments, Io &io)
{
    const QString program = QStringLiteral("evidence render overlap");
    CommandParser cli(
        program, io,
        tr("Two normal distributions for an effect size: overlap, U3, MW, d, OVL and NNT."));
    QCommandLineParser &parser = cli.options();
    parser.addOption(
        {QStringLiteral("mw"), tr("Mann-Whitney effect size, between 0 and 1."), tr("X")});
    parser.addOption({QStringLiteral("d"), tr("Cohen's d."), tr("X")});
    parser.addOption({QStringLiteral("g"), tr("Hedges' g (drawn as d)."), tr("X")});
    parser.addOption({QStringLiteral("or"), tr("Odds ratio, above 0."), tr("X")});
    parser.addOption(
        {QStringLiteral("note"), tr("A line added under the chart (assumptions)."), tr("TEXT")});
    addOutputOptions(parser);
    int status = ExitOk;
    OutputOptions output;
    const auto command = parseOrExit(cli, arguments, &output, &status);
    if (!command) {
        return status;
    }
    QString error;
    const std::pair<const char *, eb::stats::Metric> inputs[] = {
        {"mw", eb::stats::Metric::MannWhitney},
        {"d", eb::stats::Metric::CohensD},
        {"g", eb::stats::Metric::HedgesG},
        {"or", eb::stats::Metric::OddsRatio}};
    std::optional<std::pair<eb::stats::Metric, double>> given;
    QString givenOption;
    for (const auto &[name, metric] : inputs) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option)) {
            continue;
        }
        if (given) {
            return command->bad(tr("give one of --mw, --d, --g or --or, not several"));
        }
        QString why;
        const auto value = parseNumber(parser.value(option), &why);
        if (!value) {
            return command->bad(tr("--%1: %2").arg(option, why));
        }
        given = {metric, *value};
        givenOption = option;
    }
    if (!given) {
        return command->bad(tr("give the effect size with --mw, --d, --g or --or"));
    }
    auto spec = eb::evidence::distributionFor(given->first, given->second, &error);
    if (!spec) {
        return command->bad(tr("--%1: %2").arg(givenOption, error));
    }
    // A picture of two curves further apart than the chart can draw would show the wrong d.
    if (std::abs(spec->d) > eb::evidence::kMaxDrawnD) {
        return command->bad(
            tr("--%1 %2 is d = %3, beyond what this chart can draw (d from %4 to %5)")
                .arg(givenOption, parser.value(givenOption), QString::number(spec->d, 'f', 2),
                     QString::number(-eb::evidence::kMaxDrawnD, 'f', 0),
                     QString::number(eb::evidence::kMaxDrawnD, 'f', 0)));
    }
    spec->fontScale = output.fontScale;
    spec->title = output.title.isEmpty() ? tr("What this effect size looks like") : output.title;
    if (parser.isSet(QStringLiteral("note"))) {
        spec->footnote = parser.value(QStringLiteral("note")) + QLatin1Char(' ') + spec->footnote;
    }
    eb::charts::DistributionChart chart(*spec);
    eb::exporting::FigureBundle bundle;
    bundle.kind = QStringLiteral("overlap");
    bundle.title = spec->title;
    bundle.scale = spec->dName;
    bundle.marks = eb::exporting::marksFromDistribution(
        *spec, givenOption == QLatin1String("mw") ? QStringLiteral("MW") : givenOption);
    return writeChart(chart, output, 1000, 20000, program, io, bundle);
}

int renderTimecourse(const QStringList &arguments, Io &io)
{
    const QString program = QStringLiteral("evidence render timecourse");
    CommandParser cli(program, io, tr("Effect and CI of one study's outcomes by timepoint."));
    QCommandLineParser &parser = cli.options();
    parser.addOption({QStringLiteral("study"),
                      tr("The study's slug (see evidence catalogue list)."), tr("SLUG")});
    parser.addOption({QStringLiteral("outcome"),
                      tr("Only this outcome (slug, name or abbreviation)."), tr("NAME")});
    cli.addDatabaseOption();
    addOutputOptions(parser);
    int status = ExitOk;
    OutputOptions output;
    const auto command = parseOrExit(cli, arguments, &output, &status);
    if (!command) {
        return status;
    }
    QString error;
    const QString slug = parser.value(QStringLiteral("study")).trimmed();
    if (slug.isEmpty()) {
        return command->bad(tr("--study SLUG is required"));
    }
    eb::catalogue::Catalogue catalogue;
    status = command->openCatalogue(catalogue);
    if (status != ExitOk) {
        return status;
    }
    const auto study = catalogue.study(slug);
    if (!study) {
        return command->bad(
            tr("no study '%1' in the catalogue").arg(eb::output::elidedInput(slug)));
    }
    const QString outcome = parser.value(QStringLiteral("outcome")).trimmed();
    QList<eb::evidence::EffectEntry> entries;
    for (const eb::catalogue::ResultRecord &result : study->results) {
        if (!outcome.isEmpty() && result.outcomeSlug.compare(outcome, Qt::CaseInsensitive) != 0 &&
            result.outcomeName.compare(outcome, Qt::CaseInsensitive) != 0 &&
            result.outcomeAbbreviation.compare(outcome, Qt::CaseInsensitive) != 0) {
            continue;
        }
        entries << eb::evidence::effectEntryFromResult(result);
    }
    auto spec = eb::evidence::timeCourseFor(entries, &error);
    if (!spec) {
        return command->bad(tr("%1: %2").arg(slug, error));
    }
    spec->fontScale = output.fontScale;
    spec->title =
        output.title.isEmpty() ? tr("%1: effect by timepoint").arg(study->name) : output.title;
    eb::charts::TimeCourseChart chart(*spec);
    eb::exporting::FigureBundle bundle;
    bundle.kind = QStringLiteral("timecourse");
    bundle.title = spec->title;
    bundle.scale = eb::catalogue::vocabulary::metricShort(spec->metric);
    bundle.marks = eb::exporting::marksFromTimeCourse(chart, study->results);
    describeCatalogue(catalogue, &bundle);
    return writeChart(chart, output, 1000, 20000, program, io, bundle);
}

QString usage()
{
    return tr("Usage: evidence render KIND [OPTIONS] --out FILE.{png,svg,pdf} [--bundle DIR]\n\n"
              "Kinds:\n"
              "  forest      forest plot of catalogue results (--studies, --all) or a CSV (--csv)\n"
              "  overlap     two normal distributions for an effect size (--mw, --d, --g, --or)\n"
              "  timecourse  one study's effects by timepoint (--study)\n"
              "  domains     catalogue results grouped by outcome domain on one metric\n"
              "  deck        a lecture deck (DECK.json) as one PDF, one slide per page\n"
              "  funnel      funnel plot of a CSV of yi and vi (--csv), small-study effects\n"
              "  rob         risk of bias (RoB 2): traffic-light or summary plot\n\n"
              "Run 'evidence render KIND --help' for the options of a kind.\n");
}

} // namespace
} // namespace render

int runRenderCommand(const QStringList &arguments, Io &io)
{
    const QString kind = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (kind == QLatin1String("--help") || kind == QLatin1String("-h")) {
        io.out << render::usage();
        return ExitOk;
    }
    if (kind == QLatin1String("forest")) {
        return render::renderForest(rest, io);
    }
    if (kind == QLatin1String("overlap")) {
        return render::renderOverlap(rest, io);
    }
    if (kind == QLatin1String("timecourse")) {
        return render::renderTimecourse(rest, io);
    }
    if (kind == QLatin1String("domains")) {
        return render::renderDomains(rest, io);
    }
    if (kind == QLatin1String("deck")) {
        return render::renderDeck(rest, io);
    }
    if (kind == QLatin1String("funnel")) {
        return render::renderFunnel(rest, io);
    }
    if (kind == QLatin1String("rob")) {
        return render::renderRob(rest, io);
    }
    io.err << (kind.isEmpty()
                   ? render::tr("evidence render: name what to draw (forest, overlap, "
                                "timecourse, domains, deck, funnel or rob)\n")
                   : render::tr("evidence render: unknown kind '%1'; use forest, overlap, "
                                "timecourse, domains, deck, funnel or rob\n")
                         .arg(kind));
    return ExitBadInput;
}

} // namespace eb::cli
