#include "gui/chart/chartpane.h"

#include "charts/chartexport.h"
#include "charts/chartfigure.h"
#include "charts/chartstyle.h"
#include "charts/chartview.h"
#include "charts/forestplotview.h"
#include "evidence/distributiondata.h"
#include "evidence/forestpanels.h"
#include "evidence/format.h"
#include "evidence/resultline.h"
#include "model/vocabulary.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QSplitter>
#include <QStringList>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace eb::gui {
namespace {

constexpr double kMinFontScale = 0.75;
constexpr double kMaxFontScale = 3.0;
constexpr double kFontScaleStep = 0.25;

charts::ForestPlotView *newForestView(QWidget *parent)
{
    auto *view = new charts::ForestPlotView(parent);
    view->setAccessibleName(ChartPane::tr("Forest plot"));
    // Smaller than the views' own hints, so that the window still fits a small screen at
    // 200%; the charts scroll or shrink rather than push the window off the screen.
    view->setMinimumSize(160, 96);
    return view;
}

} // namespace

ChartPane::ChartPane(QWidget *parent) : QWidget(parent)
{
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMargin(6);

    m_forest = newForestView(nullptr);
    m_forest->setObjectName(QStringLiteral("forestPlot"));
    m_distribution = new charts::DistributionView;
    m_distribution->setObjectName(QStringLiteral("distributionChart"));
    m_distribution->setAccessibleName(tr("Effect-size distribution"));
    m_distribution->setMinimumSize(160, 120);
    // Scrolls rather than clipping its notes when the pane is short (200% scaling).
    m_distribution->setFillsView(false);

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_forest);
    m_splitter->addWidget(m_distribution);

    m_notDrawn = new QLabel;
    m_notDrawn->setObjectName(QStringLiteral("chartNotDrawn"));
    m_notDrawn->setWordWrap(true);
    m_notDrawn->setTextFormat(Qt::PlainText);
    m_notDrawn->setMargin(6);
    m_notDrawn->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *clearAdded = new QPushButton(tr("Remove Added Results"));
    clearAdded->setObjectName(QStringLiteral("clearAddedResults"));
    clearAdded->hide();
    connect(clearAdded, &QPushButton::clicked, this, &ChartPane::clearAddedResults);

    m_largerText = new QAction(tr("&Larger Chart Text"), this);
    m_largerText->setObjectName(QStringLiteral("largerChartText"));
    connect(m_largerText, &QAction::triggered, this,
            [this] { setFontScale(m_fontScale + kFontScaleStep); });
    m_smallerText = new QAction(tr("&Smaller Chart Text"), this);
    m_smallerText->setObjectName(QStringLiteral("smallerChartText"));
    connect(m_smallerText, &QAction::triggered, this,
            [this] { setFontScale(m_fontScale - kFontScaleStep); });

    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_notDrawn, 1);
    bottom->addWidget(clearAdded, 0, Qt::AlignTop);

    // Lecture decks name what to draw; the educators' tools turn the request into a slide.
    m_addToPresentation = new QToolButton;
    m_addToPresentation->setObjectName(QStringLiteral("addToPresentation"));
    m_addToPresentation->setText(tr("Add to presentation"));
    m_addToPresentation->setPopupMode(QToolButton::InstantPopup);
    auto *addMenu = new QMenu(m_addToPresentation);
    const std::pair<QString, QString> kinds[] = {
        {QStringLiteral("forest"), tr("Forest plot")},
        {QStringLiteral("distribution"), tr("Distributions of the MW result")},
        {QStringLiteral("timecourse"), tr("Time course (studies)")},
        {QStringLiteral("domains"), tr("Outcome domains")},
        {QStringLiteral("pooled"), tr("Forest plot on MW, pooled (REML), revealed step by step")}};
    for (const auto &[kind, text] : kinds) {
        // An init-capture: clang (and so clang-tidy) cannot capture a structured binding.
        addMenu->addAction(text, this,
                           [this, kind = kind] { emit addToPresentationRequested(kind); });
    }
    m_addToPresentation->setMenu(addMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_addToPresentation, 0, Qt::AlignRight);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(bottom);
    m_clearAdded = clearAdded;
    showMessage(tr("Select a study, an outcome measure or a claim to see its results drawn."));
}

void ChartPane::clearPanels()
{
    for (charts::ForestPlotView *view : std::as_const(m_extraPanels)) {
        view->hide();
        view->deleteLater();
    }
    m_extraPanels.clear();
    m_forest->setFigure(nullptr);
    m_distribution->setFigure(nullptr);
}

void ChartPane::showMessage(const QString &text)
{
    m_title.clear();
    m_results.clear();
    m_message->setText(text);
    m_message->show();
    clearPanels();
    m_splitter->hide();
    m_notDrawn->clear();
    m_notDrawn->hide();
    m_clearAdded->setVisible(!m_added.isEmpty());
    m_distributionResult.reset();
    m_addToPresentation->hide();
}

void ChartPane::showResults(const QString &title, const QList<catalogue::ResultRecord> &results)
{
    m_title = title;
    m_results = results;
    redraw();
}

void ChartPane::addResult(const catalogue::ResultRecord &result)
{
    const bool known =
        std::any_of(m_added.cbegin(), m_added.cend(),
                    [&](const catalogue::ResultRecord &r) { return r.id == result.id; });
    if (!known) {
        m_added << result;
    }
    if (m_title.isEmpty()) {
        m_title = tr("Added results");
    }
    redraw();
}

void ChartPane::clearAddedResults()
{
    m_added.clear();
    if (m_results.isEmpty()) {
        showMessage(tr("Select a study, an outcome measure or a claim to see its results drawn."));
        return;
    }
    redraw();
}

void ChartPane::setFontScale(double scale)
{
    scale = std::isfinite(scale) ? std::clamp(scale, kMinFontScale, kMaxFontScale) : 1.0;
    m_largerText->setEnabled(scale < kMaxFontScale);
    m_smallerText->setEnabled(scale > kMinFontScale);
    if (scale == m_fontScale) {
        return;
    }
    m_fontScale = scale;
    if (!m_title.isEmpty()) {
        redraw();
    }
    emit fontScaleChanged(m_fontScale);
}

void ChartPane::redraw()
{
    QList<catalogue::ResultRecord> all = m_results;
    for (const catalogue::ResultRecord &r : std::as_const(m_added)) {
        const bool shown =
            std::any_of(all.cbegin(), all.cend(), [&](const auto &x) { return x.id == r.id; });
        if (!shown) {
            all << r;
        }
    }
    clearPanels();
    m_clearAdded->setVisible(!m_added.isEmpty());
    evidence::ForestPanels panels = evidence::forestPanelsFromResults(all);
    if (!panels.notDrawn.isEmpty()) {
        m_notDrawn->setText(tr("Not drawn: %1").arg(panels.notDrawn.join(QLatin1Char(' '))));
        m_notDrawn->show();
    } else {
        m_notDrawn->clear();
        m_notDrawn->hide();
    }
    if (panels.panels.isEmpty()) {
        m_message->setText(tr("%1 has no result with a value to draw.").arg(m_title));
        m_message->show();
        m_splitter->hide();
        m_distributionResult.reset();
        m_addToPresentation->hide();
        return;
    }
    evidence::titlePanels(panels, m_title);
    for (int i = 0; i < panels.panels.size(); ++i) {
        evidence::ForestSpec spec = panels.panels.at(i);
        spec.fontScale = m_fontScale;
        charts::ForestPlotView *view = m_forest;
        if (i > 0) {
            view = newForestView(nullptr);
            view->setObjectName(QStringLiteral("forestPlot%1").arg(i + 1));
            m_splitter->insertWidget(i, view);
            m_extraPanels << view;
        }
        view->setSpec(std::move(spec));
        view->show();
    }
    for (int i = 0; i < m_splitter->count(); ++i) {
        m_splitter->setStretchFactor(i, 1);
    }

    // The distribution chart of the first reported MW value.
    m_distribution->hide();
    m_distributionResult.reset();
    m_addToPresentation->show();
    for (const catalogue::ResultRecord &result : std::as_const(all)) {
        if (result.metric != stats::Metric::MannWhitney || !result.estimate) {
            continue;
        }
        QString error;
        std::optional<evidence::DistributionSpec> spec =
            evidence::distributionFor(stats::Metric::MannWhitney, *result.estimate, &error,
                                      evidence::printedDecimals(result).estimate);
        if (spec) {
            QStringList what{
                catalogue::vocabulary::markUserRecord(result.studyName, result.userRecord),
                result.timepoint};
            what.removeAll(QString());
            spec->title =
                tr("MW %1 as two distributions (%2)")
                    .arg(evidence::formatPrinted(*result.estimate,
                                                 evidence::printedDecimals(result).estimate),
                         what.join(QStringLiteral(", ")));
            spec->fontScale = m_fontScale;
            evidence::describeNnt(*spec, result, all); // ensemble NNT; another outcome's NNT
            m_distribution->setSpec(std::move(*spec));
            m_distribution->show();
            m_distributionResult = result;
        }
        break;
    }
    m_message->hide();
    m_splitter->show();
    shareHeights();
}

void ChartPane::shareHeights()
{
    // The forest plots get the height they need at this width (a plot of three rows does not
    // take half the pane), the distribution chart the rest; it scrolls if that is too little.
    const int width = std::max(320, m_splitter->width());
    const int available = std::max(240, m_splitter->height());
    QList<int> sizes;
    int used = 0;
    for (int i = 0; i < m_splitter->count(); ++i) {
        auto *view = qobject_cast<charts::ChartView *>(m_splitter->widget(i));
        const bool forest = view != nullptr && view != m_distribution &&
                            view->figure() != nullptr && !view->isHidden();
        const int need =
            forest ? static_cast<int>(view->figure()->naturalSize(width).height()) + 4 : 0;
        sizes << need;
        used += need;
    }
    const int index = m_splitter->indexOf(m_distribution);
    if (index >= 0 && m_distribution->figure() != nullptr && !m_distribution->isHidden()) {
        sizes[index] = std::max(available / 3, available - used);
    }
    m_splitter->setSizes(sizes);
}

QList<charts::ForestPlotView *> ChartPane::forestViews() const
{
    QList<charts::ForestPlotView *> views;
    if (m_forest->figure() != nullptr) {
        views << m_forest;
    }
    views << m_extraPanels;
    return views;
}

charts::ChartFigure *ChartPane::exportableFigure() const
{
    if (m_forest->figure() != nullptr) {
        return m_forest->figure();
    }
    return m_distribution->figure();
}

QList<charts::ChartFigure *> ChartPane::exportableFigures() const
{
    QList<charts::ChartFigure *> figures;
    for (charts::ForestPlotView *view : forestViews()) {
        if (view->figure() != nullptr) {
            figures << view->figure();
        }
    }
    if (figures.isEmpty() && m_distribution->figure() != nullptr) {
        figures << m_distribution->figure();
    }
    return figures;
}

bool ChartPane::exportChart(const QString &file, const QString &title, QString *error)
{
    const QList<charts::ChartFigure *> figures = exportableFigures();
    if (figures.isEmpty()) {
        *error = tr("The selected record has no chart.");
        return false;
    }
    const std::optional<charts::ExportFormat> format = charts::exportFormatForPath(file);
    if (!format) {
        *error = tr("%1: the name must end in .png, .svg or .pdf").arg(file);
        return false;
    }
    // Every panel at one width: the width on screen, but never narrower than a figure for a
    // page (900 px), so that labels a narrow pane elides are whole in the file. The panes on
    // screen get their own sizes back afterwards.
    constexpr double kMinimumExportWidth = 900;
    double width = kMinimumExportWidth;
    QList<QSizeF> onScreen;
    for (const charts::ChartFigure *figure : figures) {
        width = std::max(width, figure->size().width());
        onScreen << figure->size();
    }
    for (charts::ChartFigure *figure : figures) {
        if (figure->size().isEmpty() || figure->size().width() != width) {
            figure->resize(figure->naturalSize(width));
        }
    }
    const auto restore = qScopeGuard([&] {
        for (qsizetype i = 0; i < figures.size(); ++i) {
            if (!onScreen.at(i).isEmpty() && figures.at(i)->size() != onScreen.at(i)) {
                figures.at(i)->resize(onScreen.at(i));
            }
        }
    });
    charts::ExportOptions options;
    // 300 dpi: print quality for a PNG; SVG and PDF are vector and ignore it.
    options.dpi = 300;
    options.title = title;
    options.description = tr("Evidence Browser: %1").arg(title);
    return charts::exportFigures(figures, file, *format, options, error);
}

QList<catalogue::ResultRecord> ChartPane::results() const
{
    QList<catalogue::ResultRecord> all = m_results;
    for (const catalogue::ResultRecord &r : m_added) {
        if (std::none_of(all.cbegin(), all.cend(), [&](const auto &x) { return x.id == r.id; })) {
            all << r;
        }
    }
    return all;
}

QString ChartPane::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString ChartPane::notDrawnText() const
{
    return m_notDrawn->isHidden() ? QString() : m_notDrawn->text();
}

} // namespace eb::gui
