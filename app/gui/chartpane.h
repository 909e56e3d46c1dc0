#pragma once

#include "catalogue/records.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QSplitter;

namespace eb::charts {
class ChartFigure;
class DistributionView;
class ForestPlotView;
} // namespace eb::charts

namespace eb::gui {

// The Chart tab beside the details: a forest plot of the selected record's results on the MW
// scale (other metrics converted by the effect-size engine and drawn hollow as derived), and,
// when one of them is an MW result, the distribution chart of that MW value. The charts come
// ready-made from the charts library; this pane only chooses what to show.
class ChartPane : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPane(QWidget *parent = nullptr);

    void showResults(const QString &title, const QList<catalogue::ResultRecord> &results);
    void showMessage(const QString &text);

    // The figure File > Export Chart writes: the forest plot, or else the distribution chart;
    // nullptr when there is none.
    charts::ChartFigure *exportableFigure() const;
    charts::ForestPlotView *forestView() const { return m_forest; }
    charts::DistributionView *distributionView() const { return m_distribution; }
    QString message() const;
    // What showResults() last drew, for exports that carry the numbers (figure bundles).
    QString title() const { return m_title; }
    const QList<catalogue::ResultRecord> &results() const { return m_results; }

    // Writes exportableFigure() to file (PNG at 300 dpi, SVG or PDF by the suffix); false with
    // *error set when there is no chart or the file cannot be written.
    bool exportChart(const QString &file, const QString &title, QString *error);

private:
    QLabel *m_message = nullptr;
    QSplitter *m_splitter = nullptr;
    charts::ForestPlotView *m_forest = nullptr;
    charts::DistributionView *m_distribution = nullptr;
    QString m_title;
    QList<catalogue::ResultRecord> m_results;
};

} // namespace eb::gui
