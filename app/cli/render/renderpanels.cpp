// `evidence render forest --study SLUG` / `--outcome SLUG`: the Chart tab's panels, one per
// scale and direction, drawn by the same evidence-layer function (forestPanelsFromResults)
// and stacked in one picture as File > Export Chart writes them.
#include "catalogue/catalogue.h"
#include "charts/forestplot.h"
#include "cli/render/renderoptions.h"
#include "evidence/forestpanels.h"
#include "export/plottedmarks.h"
#include "model/vocabulary.h"
#include "output/messagetext.h"

#include <QCoreApplication>
#include <cmath>
#include <memory>
#include <vector>

namespace eb::cli::render {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli::render", text);
}

bool sameOutcome(const QString &wanted, const QString &slug, const QString &name,
                 const QString &abbreviation)
{
    return slug.compare(wanted, Qt::CaseInsensitive) == 0 ||
           name.compare(wanted, Qt::CaseInsensitive) == 0 ||
           abbreviation.compare(wanted, Qt::CaseInsensitive) == 0;
}

} // namespace

int renderForestPanels(const ParsedCommand &command, const OutputOptions &output)
{
    const QCommandLineParser &parser = *command.options;
    const QString &program = command.name;
    Io &io = *command.io;
    for (const char *option : {"csv", "studies", "all", "metric", "pool", "sort", "benchmarks",
                               "scale", "higher-favours", "species", "condition"}) {
        if (parser.isSet(QString::fromLatin1(option))) {
            return command.bad(
                tr("--%1 cannot be combined with --study, or with --outcome alone: those "
                   "draw the Chart tab's panels, every result on its own scale")
                    .arg(QString::fromLatin1(option)));
        }
    }
    eb::catalogue::Catalogue catalogue;
    if (const int status = command.openCatalogue(catalogue); status != ExitOk) {
        return status;
    }
    const QString studySlug = parser.value(QStringLiteral("study")).trimmed();
    const QString outcome = parser.value(QStringLiteral("outcome")).trimmed();
    QString recordTitle;
    QList<eb::catalogue::ResultRecord> results;
    if (!studySlug.isEmpty()) {
        const auto study = catalogue.study(studySlug);
        if (!study) {
            if (!catalogue.lastError().isEmpty()) {
                io.err << program << ": " << catalogue.lastError() << "\n";
                return ExitFailure;
            }
            return command.bad(tr("--study: no study '%1' in the catalogue")
                                   .arg(eb::output::elidedInput(studySlug)));
        }
        recordTitle = study->name;
        results = study->results;
        if (!outcome.isEmpty()) {
            results.removeIf([&](const eb::catalogue::ResultRecord &r) {
                return !sameOutcome(outcome, r.outcomeSlug, r.outcomeName, r.outcomeAbbreviation);
            });
        }
    } else {
        std::optional<eb::catalogue::OutcomeMeasureRecord> found;
        for (const eb::catalogue::OutcomeMeasureRecord &o : catalogue.outcomes()) {
            if (sameOutcome(outcome, o.slug, o.name, o.abbreviation)) {
                found = o;
                break;
            }
        }
        if (!found) {
            return command.bad(tr("--outcome: no outcome '%1' in the catalogue")
                                   .arg(eb::output::elidedInput(outcome)));
        }
        // The outcome's page in the window: every study's results for it.
        recordTitle = found->shortName();
        eb::catalogue::ResultFilter filter;
        filter.outcomeSlug = found->slug;
        results = catalogue.results(filter);
    }
    if (results.isEmpty()) {
        return command.bad(
            tr("%1 has no results in the catalogue").arg(eb::output::elidedInput(recordTitle)));
    }
    eb::evidence::ForestPanels panels = eb::evidence::forestPanelsFromResults(results);
    if (panels.panels.isEmpty()) {
        return command.bad(
            tr("%1 has no result with a value to draw").arg(eb::output::elidedInput(recordTitle)));
    }
    eb::evidence::titlePanels(panels, output.title.isEmpty() ? recordTitle : output.title);

    const double width = output.width.value_or(1200);
    std::vector<std::unique_ptr<eb::charts::ForestPlot>> plots;
    QList<eb::charts::ChartFigure *> figures;
    double height = 0;
    for (eb::evidence::ForestSpec &spec : panels.panels) {
        spec.fontScale = output.fontScale;
        auto plot = std::make_unique<eb::charts::ForestPlot>(spec);
        // --height is the whole picture's: each panel gets its share of it.
        const double h = output.height ? *output.height / static_cast<double>(panels.panels.size())
                                       : std::min(4000.0, plot->naturalSize(width).height());
        plot->resize(QSizeF(width, h));
        height += h;
        figures << plot.get();
        plots.push_back(std::move(plot));
    }
    const double scale = output.format == eb::charts::ExportFormat::Png ? output.dpi / 96.0 : 1.0;
    if (!output.path.isEmpty()) {
        eb::charts::ExportOptions exportOptions;
        exportOptions.dpi = output.dpi;
        exportOptions.title = output.title.isEmpty() ? recordTitle : output.title;
        QString error;
        if (!eb::charts::exportFigures(figures, output.path, output.format, exportOptions,
                                       &error)) {
            io.err << program << ": " << error << "\n"; // well formed, not carried out
            return ExitFailure;
        }
        io.out << QCoreApplication::translate("eb::cli::render",
                                              "wrote %1 (%2 x %3, %n panel(s))\n", nullptr,
                                              static_cast<int>(panels.panels.size()))
                      .arg(eb::output::elidedInput(output.path, 200))
                      .arg(std::lround(std::ceil(width * scale)))
                      .arg(std::lround(std::ceil(height * scale)));
    }
    if (!output.bundle.isEmpty()) {
        // Every panel, each mark with its panel and scale.
        eb::exporting::FigureBundle bundle;
        bundle.kind = QStringLiteral("forest");
        bundle.title = output.title.isEmpty() ? recordTitle : output.title;
        for (std::size_t i = 0; i < plots.size(); ++i) {
            const eb::charts::ForestPlot &plot = *plots.at(i);
            bundle.panels << eb::exporting::BundlePanel{
                plot.spec().title, eb::catalogue::vocabulary::metricShort(plot.spec().metric)};
            for (eb::exporting::PlottedMark mark : eb::exporting::marksFromForest(plot, results)) {
                mark.panel = static_cast<int>(i + 1);
                bundle.marks << mark;
            }
        }
        bundle.scale = eb::exporting::panelScales(bundle.panels);
        describeCatalogue(catalogue, &bundle);
        if (const int status = writeBundle(figures, output, bundle, program, io);
            status != ExitOk) {
            return status;
        }
    }
    for (const QString &sentence : std::as_const(panels.notDrawn)) {
        io.out << tr("not drawn: %1").arg(sentence) << "\n";
    }
    return ExitOk;
}

} // namespace eb::cli::render
