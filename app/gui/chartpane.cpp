#include "gui/chartpane.h"

#include "charts/chartexport.h"
#include "charts/chartfigure.h"
#include "charts/forestplotview.h"
#include "evidence/distributiondata.h"
#include "evidence/forestdata.h"
#include "evidence/format.h"

#include <QLabel>
#include <QSplitter>
#include <QStringList>
#include <QVBoxLayout>

namespace eb::gui {

ChartPane::ChartPane(QWidget *parent) : QWidget(parent)
{
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("chartMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMargin(6);

    m_forest = new charts::ForestPlotView;
    m_forest->setObjectName(QStringLiteral("forestPlot"));
    m_forest->setAccessibleName(tr("Forest plot"));
    m_distribution = new charts::DistributionView;
    m_distribution->setObjectName(QStringLiteral("distributionChart"));
    m_distribution->setAccessibleName(tr("Effect-size distribution"));
    // Smaller than the views' own hints, so that the window still fits a small screen at
    // 200%; the charts scroll or shrink rather than push the window off the screen.
    m_forest->setMinimumSize(160, 120);
    m_distribution->setMinimumSize(160, 120);

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_forest);
    m_splitter->addWidget(m_distribution);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);
    showMessage(tr("Select a study, an outcome measure or a claim to see its results drawn."));
}

void ChartPane::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
    m_forest->setFigure(nullptr);
    m_distribution->setFigure(nullptr);
    m_splitter->hide();
}

void ChartPane::showResults(const QString &title, const QList<catalogue::ResultRecord> &results)
{
    // Two sources of one result are told apart by their source in the label.
    const QList<evidence::EffectEntry> entries = evidence::effectEntriesFromResults(results);
    evidence::ForestBuild forest = evidence::buildForest(entries, evidence::DisplayMetric::Mw);
    if (!forest.ok() || results.isEmpty()) {
        showMessage(tr("No result of %1 can be drawn on the MW scale.").arg(title));
        return;
    }
    forest.spec.title = tr("%1: results on the MW scale").arg(title);
    evidence::addBenchmarkBands(forest.spec);
    forest.spec.showBenchmarks = true;
    m_forest->setSpec(std::move(forest.spec));

    // The distribution chart of the first reported MW value.
    m_distribution->setFigure(nullptr);
    m_distribution->hide();
    for (const catalogue::ResultRecord &result : results) {
        if (result.metric != stats::Metric::MannWhitney || !result.estimate) {
            continue;
        }
        QString error;
        std::optional<evidence::DistributionSpec> spec =
            evidence::distributionFor(stats::Metric::MannWhitney, *result.estimate, &error);
        if (spec) {
            QStringList what{result.studyName, result.timepoint};
            what.removeAll(QString());
            spec->title =
                tr("MW %1 as two distributions (%2)")
                    .arg(evidence::formatValue(*result.estimate), what.join(QStringLiteral(", ")));
            m_distribution->setSpec(std::move(*spec));
            m_distribution->show();
        }
        break;
    }
    m_message->hide();
    m_splitter->show();
}

charts::ChartFigure *ChartPane::exportableFigure() const
{
    if (m_forest->figure() != nullptr) {
        return m_forest->figure();
    }
    return m_distribution->figure();
}

bool ChartPane::exportChart(const QString &file, const QString &title, QString *error)
{
    charts::ChartFigure *figure = exportableFigure();
    if (figure == nullptr) {
        *error = tr("The selected record has no chart.");
        return false;
    }
    const std::optional<charts::ExportFormat> format = charts::exportFormatForPath(file);
    if (!format) {
        *error = tr("%1: the name must end in .png, .svg or .pdf").arg(file);
        return false;
    }
    if (figure->size().isEmpty()) {
        figure->resize(figure->naturalSize(900)); // never shown on screen yet
    }
    charts::ExportOptions options;
    // 300 dpi: print quality for a PNG; SVG and PDF are vector and ignore it.
    options.dpi = 300;
    options.title = title;
    options.description = tr("Evidence Browser: %1").arg(title);
    return charts::exportFigure(*figure, file, *format, options, error);
}

QString ChartPane::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace eb::gui
