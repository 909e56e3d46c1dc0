// `evidence render forest` and `evidence render domains`.
#include "catalogue/catalogue.h"
#include "charts/forestplot.h"
#include "cli/common/csvtable.h"
#include "cli/render/forestcsv.h"
#include "cli/render/renderoptions.h"
#include "evidence/forestdata.h"
#include "evidence/pooledrows.h"
#include "model/vocabulary.h"
#include "output/messagetext.h"
#include "queries/poolinputs.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace eb::cli::render {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli::render", text);
}

// Forest plots can hold thousands of rows; past this height rows share lines and labels are
// thinned rather than making an image nobody can open. --height overrides it.
constexpr double kMaxForestHeight = 4000;

struct Selection
{
    QList<eb::evidence::EffectEntry> entries;
    int studies = 0;
    QList<eb::catalogue::ResultRecord> results; // behind the entries, in order (--bundle)
    eb::exporting::FigureBundle bundle;         // the catalogue's part of a --bundle
};

void addSelectionOptions(CommandParser &cli)
{
    QCommandLineParser &parser = cli.options();
    parser.addOption({QStringLiteral("studies"), tr("Comma-separated study slugs."), tr("SLUGS")});
    parser.addOption({QStringLiteral("all"), tr("Every result in the catalogue.")});
    parser.addOption(
        {QStringLiteral("species"), tr("With --all: only human or rat studies."), tr("SPECIES")});
    parser.addOption({QStringLiteral("condition"),
                      tr("With --all: stroke or traumatic_brain_injury."), tr("CONDITION")});
    parser.addOption({QStringLiteral("outcome"),
                      tr("Only this outcome (slug, name or abbreviation)."), tr("NAME")});
    cli.addDatabaseOption();
}

// Reads the selected results from the catalogue. Returns an exit status other than ExitOk on
// failure (the message is already printed).
int selectFromCatalogue(const ParsedCommand &command, Selection *selection)
{
    const QCommandLineParser &parser = *command.options;
    const QString &program = command.name;
    Io &io = *command.io;
    const bool all = parser.isSet(QStringLiteral("all"));
    const QStringList slugs =
        parser.value(QStringLiteral("studies")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (all == !slugs.isEmpty()) {
        return command.bad(tr("choose the results with --studies SLUG,SLUG, --all or --csv FILE"));
    }
    eb::catalogue::Catalogue catalogue;
    if (const int status = command.openCatalogue(catalogue); status != ExitOk) {
        return status;
    }
    QHash<QString, int> years;
    for (const eb::catalogue::StudySummary &study : catalogue.studies()) {
        if (study.year) {
            years.insert(study.slug, *study.year);
        }
    }
    QList<eb::catalogue::ResultRecord> results;
    if (all) {
        eb::catalogue::ResultFilter filter;
        filter.species = parser.value(QStringLiteral("species")).trimmed();
        filter.condition = parser.value(QStringLiteral("condition")).trimmed();
        results = catalogue.results(filter);
        QSet<QString> studies;
        for (const auto &r : results) {
            studies.insert(r.studySlug);
        }
        selection->studies = static_cast<int>(studies.size());
    } else {
        for (const QString &raw : slugs) {
            const QString slug = raw.trimmed();
            const auto study = catalogue.study(slug);
            if (!study) {
                if (!catalogue.lastError().isEmpty()) {
                    io.err << program << ": " << catalogue.lastError() << "\n";
                    return ExitFailure;
                }
                return command.bad(
                    tr("no study '%1' in the catalogue").arg(eb::output::elidedInput(slug)));
            }
            results << study->results;
            ++selection->studies;
        }
    }
    const QString outcome = parser.value(QStringLiteral("outcome")).trimmed();
    if (!outcome.isEmpty()) {
        const auto other = [&](const eb::catalogue::ResultRecord &r) {
            return r.outcomeSlug.compare(outcome, Qt::CaseInsensitive) != 0 &&
                   r.outcomeName.compare(outcome, Qt::CaseInsensitive) != 0 &&
                   r.outcomeAbbreviation.compare(outcome, Qt::CaseInsensitive) != 0;
        };
        results.removeIf(other);
    }
    selection->entries << eb::evidence::effectEntriesFromResults(results, years);
    selection->results = results;
    describeCatalogue(catalogue, &selection->bundle);
    if (selection->entries.isEmpty()) {
        return command.bad(
            outcome.isEmpty()
                ? tr("the chosen studies have no results")
                : tr("no result for outcome '%1' in the chosen studies").arg(outcome));
    }
    return ExitOk;
}

} // namespace

int renderForest(const QStringList &arguments, Io &io)
{
    const QString program = QStringLiteral("evidence render forest");
    CommandParser cli(program, io, tr("Forest plot of catalogue results or of a CSV table."));
    QCommandLineParser &parser = cli.options();
    addSelectionOptions(cli);
    parser.addOption({QStringLiteral("study"),
                      tr("The Chart tab of one study: every result on its own scale, one panel "
                         "per scale (with --outcome: only that outcome's). --outcome alone: the "
                         "Chart tab of that outcome."),
                      tr("SLUG")});
    parser.addOption(
        {QStringLiteral("csv"),
         tr("Draw the rows of FILE (columns yi and vi or sei, or estimate, ci_low and ci_high; "
            "optional label, outcome, timepoint, n); '-' reads standard input."),
         tr("FILE")});
    parser.addOption(
        {QStringLiteral("scale"),
         tr("With --csv: the metric of the values (mw, d, g, smd, or, rr, log_or, log_rr, rd, md); "
            "yi of or/rr is the log ratio. Default: a generic effect with no effect at 0."),
         tr("METRIC")});
    parser.addOption({QStringLiteral("metric"),
                      tr("native (default), or every row converted to mw, d or or."),
                      tr("METRIC")});
    parser.addOption({QStringLiteral("sort"),
                      tr("Row order: effect, weight, year or name (default: as read)."),
                      tr("ORDER")});
    parser.addOption(
        {QStringLiteral("pool"), tr("Add a pooled estimate: FE, DL, REML or PM."), tr("METHOD")});
    parser.addOption({QStringLiteral("benchmarks"),
                      tr("Shade the small, medium and large effect bands (MW, d, OR).")});
    parser.addOption({QStringLiteral("treatment"),
                      tr("The name on the 'favours' label (default: Cerebrolysin; with --csv: "
                         "treatment)."),
                      tr("NAME")});
    parser.addOption({QStringLiteral("higher-favours"),
                      tr("With --csv: whom a value above no effect favours, treatment (default) "
                         "or control."),
                      tr("ARM")});
    addOutputOptions(parser);
    int status = ExitOk;
    OutputOptions output;
    const auto command = parseOrExit(cli, arguments, &output, &status);
    if (!command) {
        return status;
    }
    if (parser.isSet(QStringLiteral("study")) ||
        (parser.isSet(QStringLiteral("outcome")) && !parser.isSet(QStringLiteral("studies")) &&
         !parser.isSet(QStringLiteral("all")) && !parser.isSet(QStringLiteral("csv")))) {
        return renderForestPanels(*command, output); // renderpanels.cpp
    }
    QString error;
    eb::evidence::DisplayMetric display = eb::evidence::DisplayMetric::Native;
    if (parser.isSet(QStringLiteral("metric"))) {
        const auto metric =
            eb::catalogue::vocabulary::displayMetricFromKey(parser.value(QStringLiteral("metric")));
        if (!metric) {
            return command->bad(
                tr("--metric must be native, mw, d or or, not '%1'")
                    .arg(eb::output::elidedInput(parser.value(QStringLiteral("metric")))));
        }
        display = *metric;
    }
    eb::evidence::ForestSort sort = eb::evidence::ForestSort::Input;
    if (parser.isSet(QStringLiteral("sort"))) {
        const QString value = parser.value(QStringLiteral("sort")).toLower();
        if (value == QLatin1String("effect")) {
            sort = eb::evidence::ForestSort::Effect;
        } else if (value == QLatin1String("weight")) {
            sort = eb::evidence::ForestSort::Weight;
        } else if (value == QLatin1String("year")) {
            sort = eb::evidence::ForestSort::Year;
        } else if (value == QLatin1String("name")) {
            sort = eb::evidence::ForestSort::Name;
        } else {
            return command->bad(tr("--sort must be effect, weight, year or name, not '%1'")
                                    .arg(eb::output::elidedInput(value)));
        }
    }
    std::optional<eb::stats::PoolMethod> pool;
    if (parser.isSet(QStringLiteral("pool"))) {
        pool = eb::stats::poolMethodFromKey(parser.value(QStringLiteral("pool")).toStdString());
        if (!pool) {
            return command->bad(
                tr("--pool must be FE, DL, REML or PM, not '%1'")
                    .arg(eb::output::elidedInput(parser.value(QStringLiteral("pool")))));
        }
    }

    QList<eb::evidence::EffectEntry> entries;
    QList<std::optional<double>> variances;
    QString title = output.title;
    Selection selection;
    const bool fromCsv = parser.isSet(QStringLiteral("csv"));
    // Without --scale the CSV's values are on a generic scale nothing converts from.
    const bool unknownScale = fromCsv && !parser.isSet(QStringLiteral("scale"));
    const QString scaleHint =
        tr("the CSV's scale is unknown; add --scale mw, d, g, smd, or, log_or, rr, log_rr, rd "
           "or md to say what its values are");
    std::optional<double> noEffect;
    int studies = 0;
    if (fromCsv) {
        if (parser.isSet(QStringLiteral("studies")) || parser.isSet(QStringLiteral("all"))) {
            return command->bad(tr("--csv cannot be combined with --studies or --all"));
        }
        if (unknownScale && display != eb::evidence::DisplayMetric::Native) {
            return command->bad(
                tr("--metric %1: %2")
                    .arg(eb::output::elidedInput(parser.value(QStringLiteral("metric"))),
                         scaleHint));
        }
        eb::stats::Metric metric = eb::stats::Metric::None;
        if (parser.isSet(QStringLiteral("scale"))) {
            const auto m = eb::stats::metricFromKey(
                parser.value(QStringLiteral("scale")).toLower().toStdString());
            if (!m || *m == eb::stats::Metric::None || *m == eb::stats::Metric::Nnt) {
                return command->bad(
                    tr("--scale: unknown metric '%1'")
                        .arg(eb::output::elidedInput(parser.value(QStringLiteral("scale")))));
            }
            metric = *m;
        } else {
            noEffect = 0.0;
        }
        const QString file = parser.value(QStringLiteral("csv"));
        const std::optional<QString> text = readCsvText(file, io.in, &error);
        if (!text) {
            return command->bad(error);
        }
        const auto table = readForestCsv(*text, metric, &error);
        if (!table) {
            return command->bad(
                QStringLiteral("%1: %2").arg(eb::output::elidedInput(file, 80), error));
        }
        entries = table->entries;
        variances = table->variances;
        if (parser.isSet(QStringLiteral("higher-favours"))) {
            const QString arm = parser.value(QStringLiteral("higher-favours")).toLower();
            if (arm != QLatin1String("treatment") && arm != QLatin1String("control")) {
                return command->bad(
                    tr("--higher-favours must be treatment or control, not '%1'").arg(arm));
            }
            for (eb::evidence::EffectEntry &entry : entries) {
                entry.favoursAboveNull = arm == QLatin1String("treatment");
            }
        }
        if (title.isEmpty()) {
            title = tr("Forest plot of %1")
                        .arg(file == QLatin1String("-") ? tr("standard input")
                                                        : eb::output::elidedInput(file, 80));
        }
    } else {
        const int selected = selectFromCatalogue(*command, &selection);
        if (selected != ExitOk) {
            return selected;
        }
        entries = selection.entries;
        studies = selection.studies;
    }
    eb::evidence::ForestBuild build = eb::evidence::buildForest(entries, display);
    if (!build.ok()) {
        return command->bad(build.error);
    }
    eb::evidence::ForestSpec &spec = build.spec;
    if (title.isEmpty()) {
        // The title counts what was selected and, when some results cannot be shown on the
        // display metric, how many rows are drawn, so that it agrees with the footnote.
        const qsizetype selected = entries.size();
        title = studies == 1 ? tr("%1 results from 1 study").arg(selected)
                             : tr("%1 results from %2 studies").arg(selected).arg(studies);
        if (spec.rows.size() != selected) {
            title += tr(" (%1 drawn)").arg(spec.rows.size());
        }
    }
    spec.title = title;
    if (fromCsv) {
        const bool ratio = eb::stats::isRatio(entries.isEmpty() ? eb::stats::Metric::None
                                                                : entries.first().metric);
        bool ciFromVariance = false;
        for (const std::optional<double> &v : variances) {
            ciFromVariance = ciFromVariance || v.has_value();
        }
        if (ciFromVariance) {
            // The estimates are the file's; only their CIs are this program's.
            const QString note = ciFromVarianceFormula(ratio) + QLatin1Char('.');
            spec.footnote =
                spec.footnote.isEmpty() ? note : spec.footnote + QLatin1Char(' ') + note;
        }
    }
    spec.sort = sort;
    spec.treatmentName = parser.isSet(QStringLiteral("treatment"))
                             ? parser.value(QStringLiteral("treatment"))
                             : (fromCsv ? tr("treatment") : QString());
    spec.fontScale = output.fontScale;
    if (noEffect && display == eb::evidence::DisplayMetric::Native) {
        spec.noEffect = noEffect;
        spec.axisTitle = tr("Effect (yi)");
    }
    if (pool && !fromCsv) {
        // The one pooling gate: the checks of the Pool window and `pool --results`. A refusal
        // exits 2 with the reasons and writes no file.
        eb::catalogue::Catalogue catalogue;
        if (const int opened = command->openCatalogue(catalogue); opened != ExitOk) {
            return opened;
        }
        const QStringList refusals = eb::review::forestPoolRefusals(catalogue, spec);
        if (!refusals.isEmpty()) {
            // One bounded line per reason: joined, the reasons would pass the one-line bound
            // and the later ones would be cut off.
            for (const QString &reason : refusals) {
                command->bad(tr("--pool refused: %1").arg(reason));
            }
            return ExitBadInput;
        }
    }
    if (pool) {
        // Variances from the CSV apply only when the rows are drawn on their own scale.
        const bool nativeRows = display == eb::evidence::DisplayMetric::Native;
        if (!eb::evidence::addPooledResult(
                spec, *pool, &error, nativeRows ? variances : QList<std::optional<double>>())) {
            return command->bad(error);
        }
    }
    if (parser.isSet(QStringLiteral("benchmarks"))) {
        eb::evidence::addBenchmarkBands(spec);
        if (spec.benchmarks.isEmpty()) {
            return command->bad(
                unknownScale ? tr("--benchmarks: %1").arg(scaleHint)
                             : tr("--benchmarks: there are benchmarks for MW, d and OR only; add "
                                  "--metric mw, d or or"));
        }
    }
    eb::charts::ForestPlot plot(spec);
    eb::exporting::FigureBundle bundle = selection.bundle;
    bundle.kind = QStringLiteral("forest");
    bundle.title = spec.title;
    bundle.scale = eb::catalogue::vocabulary::metricShort(spec.metric);
    bundle.marks = eb::exporting::marksFromForest(plot, selection.results);
    return writeChart(plot, output, 1200, kMaxForestHeight, program, io, bundle);
}

int renderDomains(const QStringList &arguments, Io &io)
{
    const QString program = QStringLiteral("evidence render domains");
    CommandParser cli(program, io,
                      tr("Catalogue results grouped by outcome domain, on one common metric."));
    QCommandLineParser &parser = cli.options();
    addSelectionOptions(cli);
    parser.addOption(
        {QStringLiteral("metric"), tr("The common metric: mw (default), d or or."), tr("METRIC")});
    parser.addOption(
        {QStringLiteral("benchmarks"), tr("Shade the small, medium and large effect bands.")});
    addOutputOptions(parser);
    int status = ExitOk;
    OutputOptions output;
    const auto command = parseOrExit(cli, arguments, &output, &status);
    if (!command) {
        return status;
    }
    eb::evidence::DisplayMetric display = eb::evidence::DisplayMetric::Mw;
    if (parser.isSet(QStringLiteral("metric"))) {
        const auto metric =
            eb::catalogue::vocabulary::displayMetricFromKey(parser.value(QStringLiteral("metric")));
        if (!metric || *metric == eb::evidence::DisplayMetric::Native) {
            return command->bad(
                tr("--metric must be mw, d or or, not '%1'")
                    .arg(eb::output::elidedInput(parser.value(QStringLiteral("metric")))));
        }
        display = *metric;
    }
    Selection selection;
    const int selected = selectFromCatalogue(*command, &selection);
    if (selected != ExitOk) {
        return selected;
    }
    eb::evidence::ForestBuild build = eb::evidence::buildDomainForest(selection.entries, display);
    if (!build.ok()) {
        return command->bad(build.error);
    }
    build.spec.title = output.title.isEmpty() ? tr("Results by outcome domain") : output.title;
    build.spec.fontScale = output.fontScale;
    if (parser.isSet(QStringLiteral("benchmarks"))) {
        eb::evidence::addBenchmarkBands(build.spec);
    }
    eb::charts::ForestPlot plot(build.spec);
    eb::exporting::FigureBundle bundle = selection.bundle;
    bundle.kind = QStringLiteral("domains");
    bundle.title = build.spec.title;
    bundle.scale = eb::catalogue::vocabulary::metricShort(build.spec.metric);
    bundle.marks = eb::exporting::marksFromForest(plot, selection.results);
    return writeChart(plot, output, 1200, kMaxForestHeight, program, io, bundle);
}

} // namespace eb::cli::render
