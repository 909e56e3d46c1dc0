#include "gui/features/lecture/educatoractions.h"

#include "catalogue/catalogue.h"
#include "charts/forestplot.h"
#include "charts/forestplotview.h"
#include "gui/chart/chartpane.h"
#include "gui/features/lecture/deckmodel.h"
#include "gui/features/lecture/deckpanel.h"
#include "gui/features/lecture/effectsizelab.h"
#include "gui/features/lecture/presenter.h"
#include "gui/models/recordtablemodel.h"
#include "gui/shell/cataloguesession.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/settings.h"
#include "lecture/deckpdf.h"
#include "stats/metric.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

namespace eb::gui {
namespace {

// The window's own menu with this (translated) title, or a new one at the end. The window's
// menus are made by WindowActions (earlier by MainWindow itself): either translation matches.
QMenu *menuTitled(MainWindow &window, const char *title)
{
    const QStringList wanted{QCoreApplication::translate("eb::gui::WindowActions", title),
                             QCoreApplication::translate("eb::gui::MainWindow", title)};
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() != nullptr && wanted.contains(action->text())) {
            return action->menu();
        }
    }
    return window.menuBar()->addMenu(wanted.first());
}

// Inserts before the menu's Quit action (File), or appends.
void addToMenu(QMenu *menu, const QList<QAction *> &actions)
{
    QAction *before = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->menuRole() == QAction::QuitRole) {
            before = action;
            break;
        }
    }
    if (before == nullptr) {
        menu->addSeparator();
        menu->addActions(actions);
        return;
    }
    menu->insertActions(before, actions);
    menu->insertSeparator(before);
}

} // namespace

EducatorTools::EducatorTools(MainWindow &window, CatalogueSession &session, Settings &settings)
    : QObject(&window), m_window(window), m_catalogue(session.catalogue()), m_settings(settings)
{
    const catalogue::Catalogue &catalogue = m_catalogue;
    m_model = new DeckModel(this);
    m_panel = new DeckPanel(m_model);
    m_dock = new QDockWidget(tr("Presentation Deck"), &window);
    m_dock->setObjectName(QStringLiteral("presentationDeckDock"));
    m_dock->setWidget(m_panel);
    window.addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    m_panel->refreshScreens(settings.presentationScreen());
    // A projector plugged in (or out) appears in (or leaves) the list at once.
    for (auto signal : {&QGuiApplication::screenAdded, &QGuiApplication::screenRemoved}) {
        connect(qGuiApp, signal, this,
                [this] { m_panel->refreshScreens(m_panel->chosenScreen()); });
    }

    m_lab = new EffectSizeLab(catalogue, &window);
    m_lab->setWindowFlag(Qt::Window);
    m_lab->resize(1400, 860);
    connect(m_lab, &EffectSizeLab::addToPresentation, this, &EducatorTools::addSlide);
    connect(&session, &CatalogueSession::replaced, m_lab, &EffectSizeLab::reloadPresets);
    connect(m_panel, &DeckPanel::presentRequested, this, &EducatorTools::present);
    connect(m_model, &DeckModel::deckEdited, this, &EducatorTools::deckEdited);
    connect(window.chartPane(), &ChartPane::addToPresentationRequested, this,
            [this](const QString &kind) {
                QString error;
                if (!addChartSlide(kind, &error)) {
                    warn(tr("Add to presentation"), error);
                }
            });
    m_model->setCatalogue(&m_catalogue);
    window.installEventFilter(this); // quitting asks first when the deck has unsaved edits
    createActions();

    // The last deck comes back: the one last opened or saved, else the one never saved.
    QString last = settings.lastDeckFile();
    if (last.isEmpty() && QFileInfo::exists(unsavedDeckFile())) {
        last = unsavedDeckFile();
    }
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        QString error;
        if (!openDeck(last, &error)) {
            window.statusBar()->showMessage(error, 10000);
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
    m_labAction = new QAction(tr("Effect Size &Lab"), this);
    m_labAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_labAction->setStatusTip(tr("Type or drag any effect size and see every other follow"));
    connect(m_labAction, &QAction::triggered, this, &EducatorTools::showLab);
    QAction *deckAction = m_dock->toggleViewAction();
    deckAction->setText(tr("Presentation &Deck"));
    m_presentAction = new QAction(tr("&Present"), this);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_presentAction, &QAction::triggered, this,
            [this] { present(std::max(0, m_panel->currentRow())); });
    addToMenu(menuTitled(m_window, "&View"), {m_labAction, deckAction, m_presentAction});

    auto *open = new QAction(tr("Open &Presentation..."), this);
    connect(open, &QAction::triggered, this, &EducatorTools::openInteractively);
    auto *save = new QAction(tr("Sa&ve Presentation"), this);
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(save, &QAction::triggered, this, [this] { saveInteractively(false); });
    auto *saveAs = new QAction(tr("Save Presentation &As..."), this);
    connect(saveAs, &QAction::triggered, this, [this] { saveInteractively(true); });
    auto *exportPdf = new QAction(tr("Export Presentation as P&DF..."), this);
    connect(exportPdf, &QAction::triggered, this, &EducatorTools::exportInteractively);
    addToMenu(menuTitled(m_window, "&File"), {open, save, saveAs, exportPdf});
}

void EducatorTools::showLab()
{
    m_lab->show();
    m_lab->raise();
    m_lab->activateWindow();
}

void EducatorTools::addSlide(const lecture::Slide &slide)
{
    m_model->appendSlide(slide);
    m_dock->show();
    m_window.statusBar()->showMessage(
        tr("Added slide %1 to the presentation").arg(m_model->rowCount()), 4000);
}

bool EducatorTools::addChartSlide(const QString &kind, QString *error)
{
    const Section section = m_window.currentSection();
    const QModelIndex current = m_window.tableView()->currentIndex();
    lecture::Slide slide;
    if (kind == QLatin1String("distribution")) {
        const auto result = m_window.chartPane()->distributionResult();
        if (!result) {
            *error = tr("The Chart tab shows no distribution chart for this record.");
            return false;
        }
        slide.kind = lecture::SlideKind::Distribution;
        slide.result = lecture::resultKeyOf(*result);
        addSlide(slide);
        return true;
    }
    if (!current.isValid() || (section != Section::Studies && section != Section::Outcomes &&
                               section != Section::Claims)) {
        *error = tr("Select a study, an outcome measure or a claim first.");
        return false;
    }
    slide.record.section = sectionKey(section);
    slide.record.slug = m_window.model(section)->slugAt(current.row());
    if (kind == QLatin1String("timecourse")) {
        if (section != Section::Studies) {
            *error = tr("A time course is drawn for a study.");
            return false;
        }
        slide.kind = lecture::SlideKind::TimeCourse;
    } else if (kind == QLatin1String("domains")) {
        slide.kind = lecture::SlideKind::Domains;
    } else {
        // What the tab shows: one panel per reported scale, each a slide drawn by the same
        // function (the deck names the scale, never the numbers).
        slide.kind = lecture::SlideKind::Forest;
        slide.metric = QStringLiteral("reported");
        slide.benchmarks = false;
        const QList<charts::ForestPlotView *> views = m_window.chartPane()->forestViews();
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
        m_settings.setLastDeckFile(m_file);
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
    m_settings.setLastDeckFile(file);
    QFile::remove(unsavedDeckFile());
    setModified(false);
    return true;
}

bool EducatorTools::exportPdf(const QString &file, QString *error)
{
    // Slides as large as the screen they are presented on, so the pages match the screen.
    QScreen *screen = QGuiApplication::primaryScreen();
    for (QScreen *candidate : QGuiApplication::screens()) {
        if (candidate->name() == m_panel->chosenScreen()) {
            screen = candidate;
        }
    }
    const QSizeF size = screen != nullptr
                            ? QSizeF(screen->geometry().size())
                            : QSizeF(lecture::kDefaultSlideWidth, lecture::kDefaultSlideHeight);
    return lecture::exportDeckPdf(m_model->deck(), m_catalogue, file, size, error);
}

void EducatorTools::present(int fromSlide)
{
    if (m_model->rowCount() == 0) {
        warn(tr("Present"), tr("The deck has no slides yet: use \"Add to presentation\" on a "
                               "chart or in the Effect Size Lab."));
        return;
    }
    if (m_presenter == nullptr) {
        m_presenter = new Presenter(m_catalogue, &m_window);
    }
    QScreen *screen = nullptr;
    for (QScreen *candidate : QGuiApplication::screens()) {
        if (candidate->name() == m_panel->chosenScreen()) {
            screen = candidate;
        }
    }
    m_settings.setPresentationScreen(m_panel->chosenScreen());
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
                    &m_window, tr("Save Presentation"),
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

bool EducatorTools::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::Close && !maybeSaveDeck()) {
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void EducatorTools::openInteractively()
{
    if (!maybeSaveDeck()) {
        return;
    }
    const QString file = QFileDialog::getOpenFileName(
        &m_window, tr("Open Presentation"), QFileInfo(m_file).path(), tr("Presentation (*.json)"));
    QString error;
    if (!file.isEmpty() && !openDeck(file, &error)) {
        warn(tr("Open Presentation"), error);
    }
    if (!file.isEmpty()) {
        m_dock->show();
    }
}

void EducatorTools::saveInteractively(bool askForName)
{
    QString file = m_file;
    if (askForName || file.isEmpty()) {
        file = QFileDialog::getSaveFileName(&m_window, tr("Save Presentation"),
                                            file.isEmpty() ? QStringLiteral("lecture-deck.json")
                                                           : file,
                                            tr("Presentation (*.json)"));
    }
    if (file.isEmpty()) {
        return;
    }
    if (QFileInfo(file).suffix().isEmpty()) {
        file += QStringLiteral(".json");
    }
    QString error;
    if (!saveDeck(file, &error)) {
        warn(tr("Save Presentation"), error);
        return;
    }
    m_window.statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(file)), 5000);
}

void EducatorTools::exportInteractively()
{
    QString file =
        QFileDialog::getSaveFileName(&m_window, tr("Export Presentation as PDF"),
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
    m_window.statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(file)), 5000);
}

void EducatorTools::warn(const QString &title, const QString &text)
{
    QMessageBox::warning(&m_window, title, text);
}

EducatorTools *installEducatorActions(MainWindow &window, CatalogueSession &session,
                                      Settings &settings)
{
    return new EducatorTools(window, session, settings);
}

} // namespace eb::gui
