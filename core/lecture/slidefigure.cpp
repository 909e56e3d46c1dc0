#include "lecture/slidefigure.h"

#include "charts/distributionchart.h"
#include "charts/forestplot.h"
#include "charts/timecoursechart.h"
#include "evidence/distributiondata.h"
#include "evidence/forestdata.h"
#include "evidence/forestpanels.h"
#include "evidence/pooledrows.h"
#include "evidence/resultline.h"
#include "evidence/syntheses.h"
#include "evidence/timecoursedata.h"
#include "lecture/findingsfigure.h"
#include "lecture/labfigure.h"
#include "lecture/labpresets.h"
#include "lecture/messagefigure.h"
#include "model/cataloguereader.h"
#include "model/vocabulary.h"
#include "queries/chartrecords.h"
#include "queries/poolinputs.h"
#include "stats/benchmarks.h"
#include "stats/metaanalysis.h"

#include <QCoreApplication>

namespace eb::lecture {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::lecture::SlideFigure", text);
}

QString sectionWord(const QString &section)
{
    if (section == QLatin1String("outcome")) {
        return tr("outcome measure");
    }
    if (section == QLatin1String("claim")) {
        return tr("claim");
    }
    return tr("study");
}

BuiltSlide message(const QString &title, const QString &text, double fontScale)
{
    BuiltSlide built;
    built.title = title;
    built.problem = text;
    built.figures.push_back(std::make_unique<MessageFigure>(title, text, fontScale));
    return built;
}

evidence::DisplayMetric displayOf(const QString &key)
{
    return catalogue::vocabulary::displayMetricFromKey(key).value_or(evidence::DisplayMetric::Mw);
}

QString metricWords(const QString &key)
{
    if (key == QLatin1String("d")) {
        return tr("on the d scale");
    }
    if (key == QLatin1String("or")) {
        return tr("as odds ratios");
    }
    if (key == QLatin1String("native")) {
        return tr("as reported");
    }
    return tr("on the MW scale");
}

// Pools the plot's rows when the slide asks for it, through the one pooling gate (the checks
// of the Pool window and `render forest --pool`); a refusal or a failure is said in the
// footnote, so that the slide says why it shows no diamond.
void addPool(evidence::ForestSpec &spec, const QString &pool,
             const catalogue::CatalogueReader &catalogue)
{
    if (pool == QLatin1String("none")) {
        return;
    }
    const auto method = stats::poolMethodFromKey(pool.toStdString());
    const QStringList refusals = review::forestPoolRefusals(catalogue, spec);
    if (method && !refusals.isEmpty()) {
        spec.footnote += (spec.footnote.isEmpty() ? QString() : QStringLiteral(" ")) +
                         tr("No pooled estimate: %1").arg(refusals.join(QLatin1Char(' ')));
        return;
    }
    QString error;
    if (method && !evidence::addPooledResult(spec, *method, &error)) {
        spec.footnote += (spec.footnote.isEmpty() ? QString() : QStringLiteral(" ")) +
                         tr("Not pooled: %1").arg(error);
    }
}

// The Chart tab's panel on the slide's scale: the same function draws both, so the slide
// shows what the tab showed (rows, axis, no-effect line, nothing converted).
BuiltSlide reportedForestSlide(const Slide &slide, const QList<catalogue::ResultRecord> &results,
                               const QString &name, double fontScale,
                               const catalogue::CatalogueReader &catalogue)
{
    evidence::ForestPanels panels = evidence::forestPanelsFromResults(results);
    for (evidence::ForestSpec &spec : panels.panels) {
        const QString key = QString::fromLatin1(stats::metricKey(spec.metric));
        if (!slide.scale.isEmpty() && key != slide.scale) {
            continue;
        }
        spec.title =
            !slide.title.isEmpty()
                ? slide.title
                : tr("%1: %2").arg(name, catalogue::vocabulary::metricAxisTitle(spec.metric));
        spec.fontScale = fontScale;
        addPool(spec, slide.pool, catalogue);
        BuiltSlide built;
        built.title = spec.title;
        built.figures.push_back(std::make_unique<charts::ForestPlot>(std::move(spec)));
        return built;
    }
    return message(slide.title.isEmpty() ? name : slide.title,
                   slide.scale.isEmpty()
                       ? tr("No result of %1 has a value to draw.").arg(name)
                       : tr("No result of %1 is reported on the %2 scale any more.")
                             .arg(name, slide.scale.toUpper()),
                   fontScale);
}

BuiltSlide forestSlide(const Slide &slide, const catalogue::CatalogueReader &catalogue,
                       double fontScale, bool domains)
{
    QList<catalogue::ResultRecord> results;
    QString name;
    const QString fallbackTitle = slide.title.isEmpty() ? slide.record.slug : slide.title;
    if (!slide.results.isEmpty()) {
        QStringList studies;
        for (const ResultKey &key : slide.results) {
            const auto result = findResult(catalogue, key);
            if (!result) {
                return message(slide.title.isEmpty() ? key.text() : slide.title,
                               tr("The result %1 is no longer in the catalogue, so this slide "
                                  "cannot be drawn.")
                                   .arg(key.text()),
                               fontScale);
            }
            results.append(*result);
            if (!studies.contains(result->studyName)) {
                studies.append(result->studyName);
            }
        }
        name = studies.join(QStringLiteral(", "));
    } else if (auto records =
                   queries::chartRecords(catalogue, slide.record.section, slide.record.slug)) {
        results = records->results;
        name = records->name;
    } else {
        return message(fallbackTitle,
                       tr("The %1 \"%2\" is no longer in the catalogue, so this slide cannot "
                          "be drawn.")
                           .arg(sectionWord(slide.record.section), slide.record.slug),
                       fontScale);
    }
    if (!domains && slide.metric == QLatin1String("reported")) {
        return reportedForestSlide(slide, results, name, fontScale, catalogue);
    }
    const QList<evidence::EffectEntry> entries = evidence::effectEntriesFromResults(results);
    evidence::ForestBuild build =
        domains ? evidence::buildDomainForest(entries, displayOf(slide.metric))
                : evidence::buildForest(entries, displayOf(slide.metric));
    if (!build.ok() || results.isEmpty()) {
        return message(slide.title.isEmpty() ? name : slide.title,
                       tr("No result of %1 can be drawn %2.").arg(name, metricWords(slide.metric)),
                       fontScale);
    }
    evidence::ForestSpec &spec = build.spec;
    spec.title = !slide.title.isEmpty() ? slide.title
                 : domains              ? tr("%1: results by outcome domain").arg(name)
                                        : tr("%1: results %2").arg(name, metricWords(slide.metric));
    spec.fontScale = fontScale;
    if (!domains && slide.benchmarks) {
        evidence::addBenchmarkBands(spec);
        spec.showBenchmarks = true;
    }
    if (!domains) {
        addPool(spec, slide.pool, catalogue);
    }
    BuiltSlide built;
    built.title = spec.title;
    built.figures.push_back(std::make_unique<charts::ForestPlot>(std::move(spec)));
    return built;
}

BuiltSlide distributionSlide(const Slide &slide, const catalogue::CatalogueReader &catalogue,
                             double fontScale)
{
    const ResultKey key = slide.result.value_or(ResultKey{});
    const QString fallbackTitle = slide.title.isEmpty() ? key.text() : slide.title;
    const auto result = findResult(catalogue, key);
    if (!result) {
        return message(fallbackTitle,
                       tr("The result %1 is no longer in the catalogue, so this slide cannot "
                          "be drawn.")
                           .arg(key.text()),
                       fontScale);
    }
    const auto metric = stats::metricFromKey(resultMetricKey(*result).toStdString());
    QString error;
    std::optional<evidence::DistributionSpec> spec;
    if (metric && result->estimate) {
        spec = evidence::distributionFor(*metric, *result->estimate, &error,
                                         evidence::printedDecimals(*result).estimate);
    }
    if (!spec) {
        return message(fallbackTitle,
                       tr("The result %1 has no value on a scale that converts to two "
                          "distributions.")
                           .arg(key.text()),
                       fontScale);
    }
    QStringList what{result->studyName, result->outcomeAbbreviation, result->timepoint};
    what.removeAll(QString());
    spec->title =
        !slide.title.isEmpty()
            ? slide.title
            : tr("%1 %2 as two distributions (%3)")
                  .arg(resultMetricKey(*result).toUpper(),
                       evidence::formatPrinted(*result->estimate,
                                               evidence::printedDecimals(*result).estimate),
                       what.join(QStringLiteral(", ")));
    spec->fontScale = fontScale;
    if (const auto study = catalogue.study(result->studyId)) {
        evidence::describeNnt(*spec, *result, study->results); // as the Chart tab says it
    }
    BuiltSlide built;
    built.title = spec->title;
    built.figures.push_back(std::make_unique<charts::DistributionChart>(std::move(*spec)));
    return built;
}

BuiltSlide timeCourseSlide(const Slide &slide, const catalogue::CatalogueReader &catalogue,
                           double fontScale)
{
    const auto study = catalogue.study(slide.record.slug);
    const QString fallbackTitle = slide.title.isEmpty() ? slide.record.slug : slide.title;
    if (!study) {
        return message(fallbackTitle,
                       tr("The study \"%1\" is no longer in the catalogue, so this slide cannot "
                          "be drawn.")
                           .arg(slide.record.slug),
                       fontScale);
    }
    QList<evidence::EffectEntry> entries;
    for (const catalogue::ResultRecord &result : study->results) {
        if (slide.outcome.isEmpty() || result.outcomeSlug == slide.outcome) {
            entries << evidence::effectEntryFromResult(result);
        }
    }
    QString error;
    auto spec = evidence::timeCourseFor(entries, &error);
    if (!spec) {
        return message(fallbackTitle, tr("%1: %2").arg(study->name, error), fontScale);
    }
    spec->title =
        slide.title.isEmpty() ? tr("%1: effect by timepoint").arg(study->name) : slide.title;
    spec->fontScale = fontScale;
    BuiltSlide built;
    built.title = spec->title;
    built.figures.push_back(std::make_unique<charts::TimeCourseChart>(std::move(*spec)));
    return built;
}

// The metric a lab slide's live slider moves (an NNT is dragged on MW: no effect is its middle).
LabMetric liveMetric(const LabInput &input)
{
    return input.metric == LabMetric::Nnt ? LabMetric::Mw : input.metric;
}

BuiltSlide labSlide(const Slide &slide, const catalogue::CatalogueReader &catalogue,
                    double fontScale)
{
    QString problem;
    QString label;
    QString provenance;
    const auto input = labSlideInput(slide.lab, catalogue, &problem, &label, &provenance);
    // One title on screen and in the PDF: the slide's own, else the preset's (trial, outcome,
    // source), else a generic one.
    const QString title = !slide.title.isEmpty() ? slide.title
                          : !label.isEmpty()     ? label
                                                 : tr("What this effect size looks like");
    if (!input) {
        return message(title, problem, fontScale);
    }
    BuiltSlide built;
    built.title = title;
    built.labTitle = title;
    built.notes = provenance;
    built.lab = computeLab(*input);
    if (!built.lab->ok) {
        return message(title, built.lab->message, fontScale);
    }
    std::optional<LabInput> compare;
    QString compareLabel;
    if (slide.lab.comparePreset) {
        QString compareProblem;
        compare = labSlideInput(LabSlide{slide.lab.comparePreset, {}, {}, {}}, catalogue,
                                &compareProblem, &compareLabel);
    } else if (!slide.lab.compareBenchmark.isEmpty()) {
        compare = benchmarkInput(slide.lab.compareBenchmark);
        compareLabel = tr("The %1 benchmark (MW)").arg(slide.lab.compareBenchmark);
    }
    if (compare) {
        built.compare = computeLab(*compare);
    }
    const bool compared = built.compare && built.compare->ok;
    const auto [low, high] = labAxisRange(*built.lab, compared ? &*built.compare : nullptr,
                                          liveMetric(built.lab->input));
    built.labAxisLow = low;
    built.labAxisHigh = high;
    evidence::DistributionSpec spec =
        labDistribution(*built.lab, title, fontScale, LabFigureText::Teaching);
    spec.axisLow = low;
    spec.axisHigh = high;
    built.figures.push_back(std::make_unique<charts::DistributionChart>(std::move(spec)));
    if (compared) {
        evidence::DistributionSpec other =
            labDistribution(*built.compare, compareLabel, fontScale, LabFigureText::Teaching);
        other.axisLow = low;
        other.axisHigh = high;
        built.figures.push_back(std::make_unique<charts::DistributionChart>(std::move(other)));
    }
    return built;
}

// The Syntheses window's table, read afresh: the certainty is whatever the table's rows carry.
BuiltSlide findingsSlide(const Slide &slide, const catalogue::CatalogueReader &catalogue,
                         double fontScale)
{
    const QString fallbackTitle = slide.title.isEmpty() ? slide.record.slug : slide.title;
    const auto study = catalogue.study(slide.record.slug);
    if (!study) {
        return message(fallbackTitle,
                       tr("The study \"%1\" is no longer in the catalogue, so this slide cannot "
                          "be drawn.")
                           .arg(slide.record.slug),
                       fontScale);
    }
    const QList<review::SofRow> rows = review::summaryOfFindings(*study, slide.source);
    if (rows.isEmpty()) {
        return message(slide.title.isEmpty() ? study->name : slide.title,
                       tr("%1 has no risk ratio reported by the source \"%2\" with its interval, "
                          "so there is no summary of findings to show.")
                           .arg(study->name, slide.source),
                       fontScale);
    }
    review::SofTable table =
        review::summaryOfFindingsTable(rows, study->name, catalogue.gradeAssessments());
    BuiltSlide built;
    built.title = slide.title.isEmpty() ? table.title : slide.title;
    built.figures.push_back(
        std::make_unique<FindingsFigure>(built.title, std::move(table), fontScale));
    return built;
}

} // namespace

std::optional<LabInput> labSlideInput(const LabSlide &lab,
                                      const catalogue::CatalogueReader &catalogue, QString *problem,
                                      QString *label, QString *provenance)
{
    if (!lab.preset) {
        return lab.input;
    }
    const auto preset = labPreset(catalogue, *lab.preset);
    if (!preset) {
        *problem = tr("The result %1 is no longer in the catalogue (or no longer converts), so "
                      "this slide cannot be drawn.")
                       .arg(lab.preset->text());
        return std::nullopt;
    }
    if (label != nullptr) {
        *label = preset->label;
    }
    if (provenance != nullptr) {
        *provenance = presetNote(*preset);
    }
    LabInput input = preset->input;
    input.cer = lab.input.cer;
    return input;
}

std::optional<LabInput> benchmarkInput(const QString &name)
{
    const QString wanted = name + QStringLiteral(" superiority");
    for (const stats::Benchmark &point : stats::mwBenchmarks().points) {
        if (QLatin1String(point.label.data(), static_cast<qsizetype>(point.label.size())) ==
            wanted) {
            LabInput input;
            input.metric = LabMetric::Mw;
            input.value = point.value;
            return input;
        }
    }
    return std::nullopt;
}

BuiltSlide buildSlide(const Slide &slide, const catalogue::CatalogueReader &catalogue,
                      double fontScale)
{
    switch (slide.kind) {
    case SlideKind::Forest:
        return forestSlide(slide, catalogue, fontScale, false);
    case SlideKind::Domains:
        return forestSlide(slide, catalogue, fontScale, true);
    case SlideKind::Distribution:
        return distributionSlide(slide, catalogue, fontScale);
    case SlideKind::TimeCourse:
        return timeCourseSlide(slide, catalogue, fontScale);
    case SlideKind::Lab:
        return labSlide(slide, catalogue, fontScale);
    case SlideKind::Findings:
        return findingsSlide(slide, catalogue, fontScale);
    }
    return message(slide.title, tr("Unknown slide."), fontScale);
}

QString slideSummary(const Slide &slide)
{
    QString what;
    switch (slide.kind) {
    case SlideKind::Forest:
    case SlideKind::Domains:
    case SlideKind::TimeCourse:
    case SlideKind::Findings:
        what = slide.record.slug;
        break;
    case SlideKind::Distribution:
        what = slide.result ? slide.result->text() : QString();
        break;
    case SlideKind::Lab:
        what = slide.lab.preset
                   ? slide.lab.preset->text()
                   : QStringLiteral("%1 = %2").arg(
                         labMetricName(slide.lab.input.metric),
                         formatLabValue(slide.lab.input.metric, slide.lab.input.value));
        break;
    }
    const QString title = slide.title.isEmpty() ? what : slide.title;
    return QStringLiteral("%1: %2").arg(slideKindName(slide.kind), title);
}

} // namespace eb::lecture
