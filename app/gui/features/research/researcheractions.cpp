#include "gui/features/research/researcheractions.h"

#include "catalogue/catalogue.h"
#include "charts/chartexport.h"
#include "charts/forestplot.h"
#include "charts/forestplotview.h"
#include "export/citations.h"
#include "export/evidencesummary.h"
#include "export/figurebundle.h"
#include "gui/browse/sectionspec.h"
#include "gui/browse/tableexport.h"
#include "gui/chart/chartpane.h"
#include "gui/features/research/figurebundlejob.h"
#include "gui/shell/actionregistry.h"
#include "gui/shell/jobrunner.h"
#include "gui/shell/windowcontext.h"
#include "model/vocabulary.h"
#include "output/folderwriter.h"
#include "output/outputfile.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGraphicsScene>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <memory>

namespace eb::gui {

using catalogue::SourceRecord;

ResearcherActions::ResearcherActions(QObject *parent) : QObject(parent)
{
    setObjectName(QStringLiteral("researcherActions"));
}

void ResearcherActions::install(WindowContext &context)
{
    m_context = &context;
    ActionRegistry &actions = context.actions();
    const auto add = [&](const char *id, const QString &text, const QString &tip) {
        QAction *action = actions.add(QString::fromLatin1(id), new QAction(text, this));
        action->setStatusTip(tip);
        return action;
    };
    m_citations = add("exportCitations", tr("Export &Citations…"),
                      tr("Cite the selected rows' sources (RIS, BibTeX, CSL-JSON)"));
    connect(m_citations, &QAction::triggered, this,
            [this] { exportCitationsInteractively(false); });
    m_chartCitations = add("exportChartCitations", tr("Export Chart C&itations…"),
                           tr("Cite the sources of the numbers the chart plots"));
    connect(m_chartCitations, &QAction::triggered, this,
            [this] { exportCitationsInteractively(true); });
    m_summary = add("evidenceSummary", tr("Evidence &Summary…"),
                    tr("The selected study on one page (PDF or HTML)"));
    connect(m_summary, &QAction::triggered, this, &ResearcherActions::summaryInteractively);
    m_bundle = add("figureBundle", tr("Export Figure &Bundle…"),
                   tr("The chart with its numbers, provenance and citations"));
    connect(m_bundle, &QAction::triggered, this, &ResearcherActions::figureBundleInteractively);
    // The bundle is written by a job (startFigureBundle): said when it has ended.
    connect(
        this, &ResearcherActions::figureBundleFinished, this,
        [this](const QString &folder, bool written, bool cancelled, const QString &error) {
            if (cancelled) {
                m_context->showMessage(tr("Export Figure Bundle cancelled: nothing was written"));
            } else {
                report(tr("Export Figure Bundle"), written,
                       tr("Wrote the figure bundle into %1").arg(QDir::toNativeSeparators(folder)),
                       error);
            }
        });
    m_copyChart = add("copyChart", tr("Copy C&hart"), tr("Copy the chart as an image and as SVG"));
    connect(m_copyChart, &QAction::triggered, this, [this] {
        QString error;
        report(tr("Copy Chart"), copyChart(&error), tr("Copied the chart"), error);
    });
    m_copyTable = add("copyTable", tr("Copy &Table"),
                      tr("Copy the table as shown, tab-separated, for a spreadsheet"));
    connect(m_copyTable, &QAction::triggered, this, [this] {
        copyTable();
        m_context->showMessage(tr("Copied the table"));
    });

    auto *menu = new QMenu(tr("&Research"), context.window());
    menu->addAction(m_citations);
    menu->addAction(m_chartCitations);
    menu->addAction(m_summary);
    menu->addSeparator();
    menu->addAction(m_bundle);
    menu->addAction(m_copyChart);
    menu->addSeparator();
    menu->addAction(m_copyTable);
    actions.insertMenu(QStringLiteral("research"), menu, QStringLiteral("help"));
}

QList<SourceRecord> ResearcherActions::selectedSources() const
{
    const RecordSelection selection = m_context->selection();
    // Nothing selected: what the table shows (e.g. a search result).
    const QStringList slugs = selection.selected.isEmpty() ? selection.shown : selection.selected;
    const catalogue::Catalogue &catalogue = m_context->catalogue();
    QHash<qint64, SourceRecord> byId;
    for (const SourceRecord &source : catalogue.sources()) {
        byId.insert(source.id, source);
    }
    QList<SourceRecord> sources;
    QSet<qint64> seen;
    const SectionSpec &spec = sectionSpec(selection.section);
    for (const QString &slug : slugs) {
        for (qint64 id : spec.sourceIds(catalogue, slug)) {
            if (!seen.contains(id) && byId.contains(id)) {
                seen.insert(id);
                sources << byId.value(id);
            }
        }
    }
    return sources;
}

QString ResearcherActions::selectedStudy() const
{
    const RecordSelection selection = m_context->selection();
    return selection.section == Section::Studies ? selection.current : QString();
}

QList<SourceRecord> ResearcherActions::chartSources()
{
    chartFigure();
    QList<SourceRecord> sources;
    QSet<qint64> seen;
    const QList<SourceRecord> all = m_context->catalogue().sources();
    for (const catalogue::ResultRecord &result : m_context->chart().results()) {
        if (seen.contains(result.sourceId)) {
            continue;
        }
        seen.insert(result.sourceId);
        for (const SourceRecord &source : all) {
            if (source.id == result.sourceId) {
                sources << source;
            }
        }
    }
    return sources;
}

bool ResearcherActions::exportCitations(const QString &file, QString *error)
{
    return writeCitations(selectedSources(), file, error);
}

bool ResearcherActions::exportChartCitations(const QString &file, QString *error)
{
    return writeCitations(chartSources(), file, error);
}

bool ResearcherActions::writeCitations(const QList<SourceRecord> &sources, const QString &file,
                                       QString *error)
{
    const auto format = exporting::citationFormatForPath(file);
    if (!format) {
        *error = tr("%1: the name must end in .ris, .bib or .json").arg(file);
        return false;
    }
    if (sources.isEmpty()) {
        *error = tr("There are no sources to cite: select rows with sources, or a record with a "
                    "chart.");
        return false;
    }
    const QString text = exporting::formatCitations(sources, *format);
    if (!eb::output::writeFile(file, text.toUtf8(), error)) {
        return false;
    }
    QApplication::clipboard()->setText(text);
    return true;
}

bool ResearcherActions::writeSummary(const QString &file, QPageSize::PageSizeId page,
                                     QString *error)
{
    const QString slug = selectedStudy();
    if (slug.isEmpty()) {
        *error = tr("Select a study in the Studies table first.");
        return false;
    }
    auto summary = exporting::readEvidenceSummary(m_context->catalogue(), slug, error);
    if (!summary) {
        return false;
    }
    summary->programVersion = QStringLiteral(EB_VERSION);
    return exporting::writeSummary(*summary, file, page, error);
}

charts::ChartFigure *ResearcherActions::chartFigure()
{
    if (m_context->chart().exportableFigure() == nullptr) {
        m_context->showChart(); // draws the chart of the selection
    }
    charts::ChartFigure *figure = m_context->chart().exportableFigure();
    if (figure != nullptr && figure->size().isEmpty()) {
        figure->resize(figure->naturalSize(900)); // never shown on screen yet
    }
    return figure;
}

namespace {

// Every panel, at publication size: laid out 1200 px wide (as `evidence render forest
// --study` draws them), whatever the pane's size.
constexpr double kBundleWidth = 1200;

struct ChartBundle
{
    QList<charts::ForestPlot *> forests;
    exporting::FigureBundle bundle; // the marks and panels: the catalogue's part comes later
};

std::optional<ChartBundle> chartBundle(ChartPane &pane, QString *error)
{
    ChartBundle chart;
    for (charts::ForestPlotView *view : pane.forestViews()) {
        if (auto *forest = dynamic_cast<charts::ForestPlot *>(view->figure())) {
            chart.forests << forest;
        }
    }
    if (chart.forests.isEmpty() || pane.results().isEmpty()) {
        *error = ResearcherActions::tr("Select a study, an outcome measure or a claim with "
                                       "results: the figure bundle carries its forest plot.");
        return std::nullopt;
    }
    exporting::FigureBundle &bundle = chart.bundle;
    bundle.title = chart.forests.first()->spec().title;
    bundle.kind = QStringLiteral("forest");
    for (qsizetype i = 0; i < chart.forests.size(); ++i) {
        const charts::ForestPlot &forest = *chart.forests.at(i);
        exporting::BundlePanel panel;
        panel.title = forest.spec().title;
        panel.scale = catalogue::vocabulary::metricShort(forest.spec().metric);
        bundle.panels << panel;
        for (exporting::PlottedMark mark : exporting::marksFromForest(forest, pane.results())) {
            mark.panel = static_cast<int>(i + 1);
            bundle.marks << mark;
        }
    }
    bundle.scale = exporting::panelScales(bundle.panels);
    bundle.command = ResearcherActions::tr("Evidence Browser: Research ▸ Export Figure Bundle");
    bundle.programVersion = QStringLiteral(EB_VERSION);
    return chart;
}

// The GUI thread's part: the scenes laid out at publication size and recorded as drawing
// commands (then the panes get their sizes back); the job replays and writes them.
QList<exporting::BundlePicture> recordedPictures(const ChartBundle &chart)
{
    QList<QSizeF> onScreen;
    QList<charts::ChartFigure *> figures;
    for (charts::ForestPlot *forest : chart.forests) {
        onScreen << forest->size();
        forest->resize(forest->naturalSize(kBundleWidth));
        figures << forest;
    }
    QList<exporting::BundlePicture> pictures =
        exporting::bundlePictures(figures, chart.bundle, true);
    for (qsizetype i = 0; i < chart.forests.size(); ++i) {
        if (!onScreen.at(i).isEmpty()) {
            chart.forests.at(i)->resize(onScreen.at(i));
        }
    }
    return pictures;
}

// recordedPictures() one panel per event-loop turn (a panel of 1,000 rows takes tens of
// milliseconds to lay out and record), then the risk-of-bias plots; `done` gets the pictures,
// or nothing when a panel went away meanwhile (another record's chart was drawn).
void recordInTurns(QObject *context, const ChartBundle &chart,
                   std::function<void(std::optional<QList<exporting::BundlePicture>>)> done)
{
    struct State
    {
        QList<charts::ForestPlot *> forests;
        QList<QPointer<QGraphicsScene>> scenes; // null once its figure is gone
        QList<charts::RecordedFigure> recorded;
        exporting::FigureBundle bundle;
        std::function<void(std::optional<QList<exporting::BundlePicture>>)> done;
        std::function<void()> next;
    };
    auto state = std::make_shared<State>();
    state->forests = chart.forests;
    for (charts::ForestPlot *forest : chart.forests) {
        state->scenes << QPointer<QGraphicsScene>(forest->scene());
    }
    state->bundle = chart.bundle;
    state->done = std::move(done);
    state->next = [context, weak = std::weak_ptr<State>(state)] {
        const std::shared_ptr<State> s = weak.lock();
        if (!s) {
            return;
        }
        const qsizetype i = s->recorded.size();
        if (i < s->forests.size()) {
            if (s->scenes.at(i).isNull()) {
                s->done(std::nullopt);
                return;
            }
            charts::ForestPlot *forest = s->forests.at(i);
            const QSizeF onScreen = forest->size();
            forest->resize(forest->naturalSize(kBundleWidth));
            s->recorded << charts::recordFigure(*forest);
            if (!onScreen.isEmpty()) {
                forest->resize(onScreen);
            }
            // A 1 ms timer, not a posted call: posted calls run back to back before timers.
            QTimer::singleShot(1, context, [s] { s->next(); });
            return;
        }
        s->done(exporting::bundlePictures(s->recorded, s->bundle));
    };
    QTimer::singleShot(1, context, [state] { state->next(); });
}

} // namespace

bool ResearcherActions::exportFigureBundle(const QString &folder, bool replace, QString *error)
{
    chartFigure();
    std::optional<ChartBundle> chart = chartBundle(m_context->chart(), error);
    if (!chart) {
        return false;
    }
    completeBundle(chart->bundle, readBundleCatalogue(m_context->catalogue()));
    return exporting::writeFigureBundle(recordedPictures(*chart), chart->bundle, folder, replace,
                                        error);
}

bool ResearcherActions::startFigureBundle(const QString &folder, bool replace, QString *error)
{
    if (m_recording) {
        *error = tr("Another job is running; try again when it has finished.");
        return false;
    }
    chartFigure();
    if (!chartBundle(m_context->chart(), error)) {
        return false;
    }
    const QString title = tr("Export Figure Bundle");
    const QString path = m_context->catalogue().path();
    const auto finished = [this, folder](bool cancelled, const QString &why) {
        emit figureBundleFinished(folder, false, cancelled, why);
    };
    const bool started = m_context->jobs().run<BundleCatalogue>(
        title, tr("Reading the sources behind the figure…"), nullptr,
        [path](const JobControl &job) { return readBundleCatalogueAt(path, job); },
        [this, title, folder, replace, finished](const BundleCatalogue &data) {
            QString why = data.error;
            // Read again: the pane is the window's, and the job held its input meanwhile.
            std::optional<ChartBundle> chart = chartBundle(m_context->chart(), &why);
            if (data.cancelled || !data.error.isEmpty() || !chart) {
                finished(data.cancelled, why);
                return;
            }
            completeBundle(chart->bundle, data);
            m_recording = true;
            recordInTurns(
                this, *chart,
                [this, title, folder, replace, finished, bundle = chart->bundle](
                    const std::optional<QList<exporting::BundlePicture>> &pictures) {
                    m_recording = false;
                    if (!pictures) {
                        finished(false, tr("The chart changed while the bundle was drawn; "
                                           "nothing was written."));
                        return;
                    }
                    const bool writing = m_context->jobs().run<BundleWrite>(
                        title, tr("Drawing and writing the figure bundle…"), nullptr,
                        [pictures = *pictures, bundle, folder, replace](const JobControl &job) {
                            return writeBundle(pictures, bundle, folder, replace, job);
                        },
                        [this, folder](const BundleWrite &write) {
                            emit figureBundleFinished(folder, write.written, write.cancelled,
                                                      write.error);
                        });
                    if (!writing) {
                        finished(false, tr("Another job is running."));
                    }
                });
        });
    if (!started) {
        *error = tr("Another job is running; try again when it has finished.");
    }
    return started;
}

QMimeData *ResearcherActions::chartMimeData(charts::ChartFigure &figure)
{
    auto *data = new QMimeData;
    data->setImageData(charts::renderImage(figure, 192));
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    QString error;
    charts::ExportOptions options;
    if (charts::writeFigure(figure, svg, charts::ExportFormat::Svg, options, &error)) {
        data->setData(QStringLiteral("image/svg+xml"), svg.data());
    }
    return data;
}

bool ResearcherActions::copyChart(QString *error)
{
    charts::ChartFigure *figure = chartFigure();
    if (figure == nullptr) {
        *error = tr("The selected record has no chart.");
        return false;
    }
    QApplication::clipboard()->setMimeData(chartMimeData(*figure));
    return true;
}

void ResearcherActions::copyTable()
{
    const QString text = tableAsTsv(m_context->shownTable());
    auto *data = new QMimeData;
    data->setText(text);
    data->setData(QStringLiteral("text/tab-separated-values"), text.toUtf8());
    QApplication::clipboard()->setMimeData(data);
}

QPageSize::PageSizeId ResearcherActions::localPageSize()
{
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                              : QPageSize::A4;
}

void ResearcherActions::report(const QString &title, bool ok, const QString &done,
                               const QString &error)
{
    if (ok) {
        m_context->showMessage(done);
    } else {
        QMessageBox::warning(m_context->window(), title, error);
    }
}

void ResearcherActions::exportCitationsInteractively(bool ofChart)
{
    const QString ris = tr("RIS (*.ris)");
    const QString bib = tr("BibTeX (*.bib)");
    const QString json = tr("CSL-JSON (*.json)");
    QString chosen;
    QString file = QFileDialog::getSaveFileName(
        m_context->window(), tr("Export Citations"), QStringLiteral("citations.ris"),
        ris + QStringLiteral(";;") + bib + QStringLiteral(";;") + json, &chosen);
    if (file.isEmpty()) {
        return;
    }
    if (!exporting::citationFormatForPath(file)) {
        file += chosen == bib    ? QStringLiteral(".bib")
                : chosen == json ? QStringLiteral(".json")
                                 : QStringLiteral(".ris");
    }
    QString error;
    report(tr("Export Citations"),
           ofChart ? exportChartCitations(file, &error) : exportCitations(file, &error),
           tr("Exported %1 and copied the citations to the clipboard")
               .arg(QDir::toNativeSeparators(file)),
           error);
}

void ResearcherActions::summaryInteractively()
{
    const QString slug = selectedStudy();
    if (slug.isEmpty()) {
        report(tr("Evidence Summary"), false, {}, tr("Select a study in the Studies table first."));
        return;
    }
    const QString pdf = tr("PDF document (*.pdf)");
    const QString html = tr("Web page (*.html)");
    QString chosen;
    QString file = QFileDialog::getSaveFileName(m_context->window(), tr("Evidence Summary"),
                                                slug + QStringLiteral("-summary.pdf"),
                                                pdf + QStringLiteral(";;") + html, &chosen);
    if (file.isEmpty()) {
        return;
    }
    if (!file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) &&
        !file.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)) {
        file += chosen == html ? QStringLiteral(".html") : QStringLiteral(".pdf");
    }
    QString error;
    report(tr("Evidence Summary"), writeSummary(file, localPageSize(), &error),
           tr("Wrote %1").arg(QDir::toNativeSeparators(file)), error);
}

void ResearcherActions::figureBundleInteractively()
{
    const QString folder = QFileDialog::getExistingDirectory(
        m_context->window(), tr("Export Figure Bundle into Folder"));
    if (folder.isEmpty()) {
        return;
    }
    // A folder with files in it is replaced whole (never mixed with the bundle), so the user
    // says so first; the default answer keeps it.
    bool replace = false;
    if (output::FolderWriter::isNonEmptyFolder(folder)) {
        const auto answer = QMessageBox::question(
            m_context->window(), tr("Export Figure Bundle"),
            tr("The folder %1 already holds files. Replace the folder and everything in it with "
               "the figure bundle?")
                .arg(QDir::toNativeSeparators(folder)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            return;
        }
        replace = true;
    }
    QString error;
    if (!startFigureBundle(folder, replace, &error)) {
        report(tr("Export Figure Bundle"), false, {}, error);
    }
}

} // namespace eb::gui
