#pragma once

#include "model/records.h"

#include <QList>
#include <QString>
#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QToolButton;

namespace eb::charts {
class ChartFigure;
class DistributionView;
class ForestPlotView;
} // namespace eb::charts

namespace eb::gui {

// The Chart tab beside the details: the selected record's results, each on the scale it was
// reported on (one forest plot per scale and direction of benefit,
// evidence::forestPanelsFromResults), a sentence for each result that has no value to draw, and,
// when one of them is an MW result, the distribution chart of that MW value. The charts come
// ready-made from the charts library; this pane only chooses what to show and how large its text
// is.
class ChartPane : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPane(QWidget *parent = nullptr);

    void showResults(const QString &title, const QList<catalogue::ResultRecord> &results);
    void showMessage(const QString &text);

    // "Add to chart": a result drawn beside the selected record's results until cleared.
    void addResult(const catalogue::ResultRecord &result);
    void clearAddedResults();
    QList<catalogue::ResultRecord> addedResults() const { return m_added; }

    // The text size of every chart (1 = the default); View > Larger / Smaller Chart Text.
    double fontScale() const { return m_fontScale; }
    void setFontScale(double scale);
    QAction *largerTextAction() const { return m_largerText; }
    QAction *smallerTextAction() const { return m_smallerText; }

    // The first forest plot, or else the distribution chart; nullptr when there is none.
    charts::ChartFigure *exportableFigure() const;
    // What File > Export Chart writes, stacked in one picture: every forest plot (one per
    // scale), or else the distribution chart; empty when there is none.
    QList<charts::ChartFigure *> exportableFigures() const;
    // The first panel (always the same widget; empty when nothing is drawn).
    charts::ForestPlotView *forestView() const { return m_forest; }
    // Every forest plot drawn, one per scale and direction.
    QList<charts::ForestPlotView *> forestViews() const;
    charts::DistributionView *distributionView() const { return m_distribution; }
    QString message() const;
    // The sentences about results that are not drawn, or empty.
    QString notDrawnText() const;
    // The results behind the charts (the selected record's and the added ones), for exports
    // that carry the numbers with their records (figure bundles, chart citations).
    QList<catalogue::ResultRecord> results() const;

    // Writes exportableFigures() to file (PNG at 300 dpi, SVG or PDF by the suffix); false with
    // *error set when there is no chart or the file cannot be written.
    bool exportChart(const QString &file, const QString &title, QString *error);

    // The result the distribution chart draws, if any (for "Add to presentation").
    std::optional<catalogue::ResultRecord> distributionResult() const
    {
        return m_distributionResult;
    }
    QToolButton *addToPresentationButton() const { return m_addToPresentation; }

signals:
    // "Add to presentation": kind is "forest", "distribution", "timecourse" or "domains".
    void addToPresentationRequested(const QString &kind);
    void fontScaleChanged(double scale);

private:
    void redraw();
    void shareHeights();
    void clearPanels();

    QLabel *m_message = nullptr;
    QLabel *m_notDrawn = nullptr;
    QPushButton *m_clearAdded = nullptr;
    QSplitter *m_splitter = nullptr;
    charts::ForestPlotView *m_forest = nullptr;
    QList<charts::ForestPlotView *> m_extraPanels;
    charts::DistributionView *m_distribution = nullptr;
    QAction *m_largerText = nullptr;
    QAction *m_smallerText = nullptr;
    double m_fontScale = 1.0;
    QString m_title;
    QList<catalogue::ResultRecord> m_results;
    QList<catalogue::ResultRecord> m_added;
    QToolButton *m_addToPresentation = nullptr;
    std::optional<catalogue::ResultRecord> m_distributionResult;
};

} // namespace eb::gui
