#include "gui/features/lecture/educatoractions.h"

#include "catalogue/catalogue.h"
#include "charts/forestplot.h"
#include "charts/forestplotview.h"
#include "gui/chart/chartpane.h"
#include "gui/features/lecture/deckmodel.h"
#include "gui/features/lecture/deckpanel.h"
#include "gui/features/lecture/effectsizelab.h"
#include "gui/features/lecture/presenter.h"
#include "gui/shell/actionregistry.h"
#include "gui/shell/screenfit.h"
#include "gui/shell/settings.h"
#include "gui/shell/windowcontext.h"
#include "lecture/deckbundle.h"
#include "lecture/deckpdf.h"
#include "output/folderwriter.h"
#include "stats/metric.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QStandardPaths>

namespace eb::gui {
namespace {

// Inserts before `before` (File's Quit) with a separator, or appends after one.
void addToMenu(QMenu *menu, QAction *before, const QList<QAction *> &actions)
{
    if (before == nullptr || !menu->actions().contains(before)) {
        menu->addSeparator();
        menu->addActions(actions);
        return;
    }
    menu->insertActions(before, actions);
    menu->insertSeparator(before);
}

} // namespace

EducatorTools::EducatorTools(QObject *parent) : QObject(parent) {}

void EducatorTools::install(WindowContext &context)
{
    m_context = &context;
    QWidget *window = context.window();
    Settings &settings = context.settings();
    const catalogue::Catalogue &catalogue = context.catalogue();
    m_model = new DeckModel(this);
    m_panel = new DeckPanel(m_model);
    m_dock = new QDockWidget(tr("Presentation Deck"), window);
    m_dock->setObjectName(QStringLiteral("presentationDeckDock"));
    m_dock->setWidget(m_panel);
    context.addDock(m_dock);
    m_dock->hide();
    m_panel->refreshScreens(settings.presentationScreen());
    // A projector plugged in (or out) appears in (or leaves) the list at once.
    for (auto signal : {&QGuiApplication::screenAdded, &QGuiApplication::screenRemoved}) {
        connect(qGuiApp, signal, this,
                [this] { m_panel->refreshScreens(m_panel->chosenScreen()); });
    }

    connect(m_panel, &DeckPanel::presentRequested, this, &EducatorTools::present);
    connect(m_model, &DeckModel::deckEdited, this, &EducatorTools::deckEdited);
    connect(&context.chart(), &ChartPane::addToPresentationRequested, this,
            [this](const QString &kind) {
                QString error;
                if (!addChartSlide(kind, &error)) {
                    warn(tr("Add to presentation"), error);
                }
            });
    m_model->setCatalogue(&catalogue);
    // Quitting asks first when the deck has unsaved edits.
    context.addCloseGuard([this] { return maybeSaveDeck(); });
    // Slides asked for by other features' windows (Pool, Syntheses).
    connect(&context, &WindowContext::slideRequested, this, &EducatorTools::addSlide);
    createActions();

    // The last deck comes back: the one last opened or saved, else the one never saved.
    QString last = settings.lastDeckFile();
    if (last.isEmpty() && QFileInfo::exists(unsavedDeckFile())) {
        last = unsavedDeckFile();
    }
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        QString error;
        if (!openDeck(last, &error)) {
            context.showMessage(error, 10000);
        }
    }
}

EducatorTools::~EducatorTools() = default;

QString EducatorTools::unsavedDeckFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("unsaved-deck.json"));
}

void EducatorTools::createActions()
{
    ActionRegistry &actions = m_context->actions();
    const auto add = [&actions](const char *id, QAction *action) {
        return actions.add(QString::fromLatin1(id), action);
    };
    m_labAction = add("effectSizeLab", new QAction(tr("Effect Size &Lab"), this));
    m_labAction->setStatusTip(tr("Type or drag any effect size and see every other follow"));
    connect(m_labAction, &QAction::triggered, this, &EducatorTools::showLab);
    QAction *deckAction = add("presentationDeck", m_dock->toggleViewAction());
    deckAction->setText(tr("Presentation &Deck"));
    m_presentAction = add("present", new QAction(tr("&Present"), this));
    connect(m_presentAction, &QAction::triggered, this,
            [this] { present(std::max(0, m_panel->currentRow())); });
    addToMenu(actions.menu(QStringLiteral("view")), nullptr,
              {m_labAction, deckAction, m_presentAction});

    auto *open = add("openPresentation", new QAction(tr("Open &Presentation..."), this));
    connect(open, &QAction::triggered, this, &EducatorTools::openInteractively);
    auto *save = add("savePresentation", new QAction(tr("Sa&ve Presentation"), this));
    connect(save, &QAction::triggered, this, [this] { saveInteractively(false); });
    auto *saveAs = add("savePresentationAs", new QAction(tr("Save Presentation &As..."), this));
    connect(saveAs, &QAction::triggered, this, [this] { saveInteractively(true); });
    auto *exportPdf =
        add("exportPresentation", new QAction(tr("Export Presentation as P&DF..."), this));
    connect(exportPdf, &QAction::triggered, this, &EducatorTools::exportInteractively);
    auto *exportBundle =
        add("exportPresentationBundle", new QAction(tr("Export Deck &Bundle..."), this));
    exportBundle->setStatusTip(tr("Every slide as SVG and PNG, the PDF, the deck and where each "
                                  "number comes from, in one folder"));
    connect(exportBundle, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            m_context->window(), tr("Export Deck Bundle into Folder"));
        if (!folder.isEmpty()) {
            exportBundleInto(folder);
        }
    });
    addToMenu(actions.menu(QStringLiteral("file")), actions.action(QStringLiteral("quit")),
              {open, save, saveAs, exportPdf, exportBundle});
}

EffectSizeLab *EducatorTools::lab()
{
    // Built when first asked for, not with the window: it reads every result for its presets
    // and lays out a chart, none of which the window's first paint needs (start-up,
    // docs/performance.md).
    if (m_lab == nullptr) {
        m_lab = new EffectSizeLab(m_context->catalogue(), m_context->window());
        m_lab->setWindowFlag(Qt::Window);
        resizeWithinScreen(m_lab, QSize(1400, 860));
        connect(m_lab, &EffectSizeLab::addToPresentation, this, &EducatorTools::addSlide);
        connect(m_context, &WindowContext::catalogueReplaced, m_lab, &EffectSizeLab::reloadPresets);
        // F5 presents from the lab's own window too (a window shortcut works where it is added).
        m_lab->addAction(m_presentAction);
    }
    return m_lab;
}

void EducatorTools::showLab()
{
    lab()->show();
    m_lab->raise();
    m_lab->activateWindow();
}

void EducatorTools::addSlide(const lecture::Slide &slide)
{
    m_model->appendSlide(slide);
    m_dock->show();
    m_context->showMessage(tr("Added slide %1 to the presentation").arg(m_model->rowCount()), 4000);
}

bool EducatorTools::addChartSlide(const QString &kind, QString *error)
{
    const RecordSelection selection = m_context->selection();
    const Section section = selection.section;
    lecture::Slide slide;
    if (kind == QLatin1String("distribution")) {
        const auto result = m_context->chart().distributionResult();
        if (!result) {
            *error = tr("The Chart tab shows no distribution chart for this record.");
            return false;
        }
        slide.kind = lecture::SlideKind::Distribution;
        slide.result = lecture::resultKeyOf(*result);
        addSlide(slide);
        return true;
    }
    if (selection.current.isEmpty() ||
        (section != Section::Studies && section != Section::Outcomes &&
         section != Section::Claims)) {
        *error = tr("Select a study, an outcome measure or a claim first.");
        return false;
    }
    slide.record.section = sectionKey(section);
    slide.record.slug = selection.current;
    if (kind == QLatin1String("timecourse")) {
        if (section != Section::Studies) {
            *error = tr("A time course is drawn for a study.");
            return false;
        }
        slide.kind = lecture::SlideKind::TimeCourse;
    } else if (kind == QLatin1String("domains")) {
        slide.kind = lecture::SlideKind::Domains;
    } else if (kind == QLatin1String("pooled")) {
        // The record's results on MW, pooled by REML, revealed one study at a time, then the
        // pooled estimate, then its prediction interval (a deck's "pool" and "reveal").
        slide.kind = lecture::SlideKind::Forest;
        slide.metric = QStringLiteral("mw");
        slide.pool = QStringLiteral("REML");
        slide.reveal = true;
    } else {
        // What the tab shows: one panel per reported scale, each a slide drawn by the same
        // function (the deck names the scale, never the numbers).
        slide.kind = lecture::SlideKind::Forest;
        slide.metric = QStringLiteral("reported");
        slide.benchmarks = false;
        const QList<charts::ForestPlotView *> views = m_context->chart().forestViews();
        QStringList scales;
        for (const charts::ForestPlotView *view : views) {
            const charts::ForestPlot *plot = view->forestPlot();
            if (plot == nullptr || plot->spec().rows.isEmpty()) {
                continue;
            }
            const QString scale = QString::fromLatin1(stats::metricKey(plot->spec().metric));
            if (!scales.contains(scale)) {
                scales << scale;
            }
        }
        if (scales.isEmpty()) {
            *error = tr("The Chart tab shows no forest plot for this record.");
            return false;
        }
        for (const QString &scale : std::as_const(scales)) {
            slide.scale = scale;
            addSlide(slide);
        }
        return true;
    }
    addSlide(slide);
    return true;
}

bool EducatorTools::openDeck(const QString &file, QString *error)
{
    const auto deck = lecture::loadDeck(file, error);
    if (!deck) {
        return false;
    }
    m_loading = true;
    m_model->setDeck(*deck);
    m_loading = false;
    m_file = file == unsavedDeckFile() ? QString() : file;
    if (!m_file.isEmpty()) {
        m_context->settings().setLastDeckFile(m_file);
    }
    setModified(false);
    return true;
}

bool EducatorTools::saveDeck(const QString &file, QString *error)
{
    if (!lecture::saveDeck(m_model->deck(), file, error)) {
        return false;
    }
    m_file = file;
    m_context->settings().setLastDeckFile(file);
    QFile::remove(unsavedDeckFile());
    setModified(false);
    return true;
}

QSizeF EducatorTools::slideSize() const
{
    // Slides as large as the screen they are presented on, so the pages match the screen.
    QScreen *screen = QGuiApplication::primaryScreen();
    for (QScreen *candidate : QGuiApplication::screens()) {
        if (candidate->name() == m_panel->chosenScreen()) {
            screen = candidate;
        }
    }
    return screen != nullptr ? QSizeF(screen->geometry().size())
                             : QSizeF(lecture::kDefaultSlideWidth, lecture::kDefaultSlideHeight);
}

bool EducatorTools::exportPdf(const QString &file, QString *error)
{
    return lecture::exportDeckPdf(m_model->deck(), m_context->catalogue(), file, slideSize(),
                                  error);
}

bool EducatorTools::exportBundle(const QString &folder, bool replace, QString *error)
{
    const lecture::DeckBundleInfo info{
        m_file.isEmpty() ? tr("(deck not saved to a file)") : QFileInfo(m_file).fileName(),
        tr("Evidence Browser: File > Export Deck Bundle"), QStringLiteral(EB_VERSION)};
    return lecture::writeDeckBundle(m_model->deck(), m_context->catalogue(), slideSize(), info,
                                    folder, replace, error);
}

bool EducatorTools::exportBundleInto(const QString &folder)
{
    if (m_model->rowCount() == 0) {
        warn(tr("Export Deck Bundle"), tr("The deck has no slides yet."));
        return false;
    }
    // A folder with files in it is replaced whole (never mixed with the bundle), so the user
    // says so first; the default answer keeps it.
    bool replace = false;
    if (output::FolderWriter::isNonEmptyFolder(folder)) {
        const auto answer = QMessageBox::question(
            m_context->window(), tr("Export Deck Bundle"),
            tr("The folder %1 already holds files. Replace the folder and everything in it with "
               "the deck bundle?")
                .arg(QDir::toNativeSeparators(folder)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            return false;
        }
        replace = true;
    }
    QString error;
    if (!exportBundle(folder, replace, &error)) {
        warn(tr("Export Deck Bundle"), error);
        return false;
    }
    m_context->showMessage(
        tr("Wrote the deck bundle into %1").arg(QDir::toNativeSeparators(folder)));
    return true;
}

void EducatorTools::present(int fromSlide)
{
    if (m_model->rowCount() == 0) {
        warn(tr("Present"), tr("The deck has no slides yet: use \"Add to presentation\" on a "
                               "chart or in the Effect Size Lab."));
        return;
    }
    if (m_presenter == nullptr) {
        m_presenter = new Presenter(m_context->catalogue(), m_context->window());
    }
    QScreen *screen = nullptr;
    for (QScreen *candidate : QGuiApplication::screens()) {
        if (candidate->name() == m_panel->chosenScreen()) {
            screen = candidate;
        }
    }
    m_context->settings().setPresentationScreen(m_panel->chosenScreen());
    m_presenter->setDeck(m_model->deck());
    m_presenter->present(screen, fromSlide);
}

void EducatorTools::deckEdited()
{
    if (m_loading) {
        return;
    }
    setModified(true);
    // A deck never saved is kept where it comes back from on the next start.
    if (m_file.isEmpty()) {
        QDir().mkpath(QFileInfo(unsavedDeckFile()).path());
        QString error;
        lecture::saveDeck(m_model->deck(), unsavedDeckFile(), &error);
    }
}

void EducatorTools::setModified(bool modified)
{
    m_modified = modified && !m_file.isEmpty();
    QString title = tr("Presentation Deck");
    if (!m_file.isEmpty()) {
        title = tr("%1 — %2").arg(title, QFileInfo(m_file).fileName());
    }
    m_dock->setWindowTitle(m_modified ? title + QStringLiteral("*") : title);
    m_dock->toggleViewAction()->setText(tr("Presentation &Deck")); // not the dock's title
}

bool EducatorTools::maybeSaveDeck()
{
    if (!m_modified) {
        return true;
    }
    const auto answer =
        m_ask ? m_ask()
              : QMessageBox::question(
                    m_context->window(), tr("Save Presentation"),
                    tr("The presentation %1 has changes that are not saved. Save them?")
                        .arg(QFileInfo(m_file).fileName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                    QMessageBox::Save);
    if (answer == QMessageBox::Discard) {
        return true;
    }
    if (answer != QMessageBox::Save) {
        return false;
    }
    QString error;
    if (!saveDeck(m_file, &error)) {
        warn(tr("Save Presentation"), error);
        return false;
    }
    return true;
}

bool EducatorTools::mayReplaceDeck()
{
    if (!m_file.isEmpty() || m_model->rowCount() == 0) {
        return maybeSaveDeck();
    }
    const auto answer =
        m_ask ? m_ask()
              : QMessageBox::question(
                    m_context->window(), tr("Save Presentation"),
                    tr("This presentation of %n slide(s) has never been saved. Save it before "
                       "opening another?",
                       nullptr, m_model->rowCount()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                    QMessageBox::Save);
    if (answer == QMessageBox::Discard) {
        return true;
    }
    return answer == QMessageBox::Save && saveInteractively(true);
}

void EducatorTools::openInteractively()
{
    if (!mayReplaceDeck()) {
        return;
    }
    const QString file =
        QFileDialog::getOpenFileName(m_context->window(), tr("Open Presentation"),
                                     QFileInfo(m_file).path(), tr("Presentation (*.json)"));
    QString error;
    if (!file.isEmpty() && !openDeck(file, &error)) {
        warn(tr("Open Presentation"), error);
    }
    if (!file.isEmpty()) {
        m_dock->show();
    }
}

bool EducatorTools::saveInteractively(bool askForName)
{
    QString file = m_file;
    if (askForName || file.isEmpty()) {
        file = QFileDialog::getSaveFileName(m_context->window(), tr("Save Presentation"),
                                            file.isEmpty() ? QStringLiteral("lecture-deck.json")
                                                           : file,
                                            tr("Presentation (*.json)"));
    }
    if (file.isEmpty()) {
        return false;
    }
    if (QFileInfo(file).suffix().isEmpty()) {
        file += QStringLiteral(".json");
    }
    QString error;
    if (!saveDeck(file, &error)) {
        warn(tr("Save Presentation"), error);
        return false;
    }
    m_context->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(file)));
    return true;
}

void EducatorTools::exportInteractively()
{
    QString file =
        QFileDialog::getSaveFileName(m_context->window(), tr("Export Presentation as PDF"),
                                     QStringLiteral("slides.pdf"), tr("PDF document (*.pdf)"));
    if (file.isEmpty()) {
        return;
    }
    if (QFileInfo(file).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0) {
        file += QStringLiteral(".pdf");
    }
    QString error;
    if (!exportPdf(file, &error)) {
        warn(tr("Export Presentation as PDF"), error);
        return;
    }
    m_context->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(file)));
}

void EducatorTools::warn(const QString &title, const QString &text)
{
    QMessageBox::warning(m_context->window(), title, text);
}

} // namespace eb::gui
