#pragma once

#include "charts/chartfigure.h"
#include "charts/chartstyle.h"
#include "evidence/appraisals.h"

#include <QCoreApplication>

namespace eb::charts {

// The risk-of-bias plots of robvis (McGuinness and Higgins 2021), drawn from a RobChartSpec:
// the traffic-light plot (one row per trial and outcome, one circle per RoB 2 domain and the
// overall judgement, its colour and symbol the judgement) and the summary plot (per domain, a
// bar split into the shares of trials judged low, some concerns, high and not assessed;
// unweighted, each assessment counting once). Judgements carry a symbol beside the colour
// (+, -, ×, ?) so that the plot reads in grey and to colour-blind readers.
class RobChart : public ChartFigure
{
    Q_DECLARE_TR_FUNCTIONS(eb::charts::RobChart)

public:
    enum class Style
    {
        TrafficLight,
        Summary,
    };

    RobChart(evidence::RobChartSpec spec, Style style);
    ~RobChart() override;

    const evidence::RobChartSpec &spec() const { return m_spec; }
    Style style() const { return m_style; }
    QSizeF naturalSize(double width) const override;
    double minimumHeight(double width) const override { return naturalSize(width).height(); }

    // For tests: the cell of (row, column) in scene coordinates (traffic light), the segment
    // of a judgement rank (-1 not assessed) in a column's bar (summary; empty if none), and
    // the colour and symbol of a rank.
    QRectF cellRect(int row, int column) const;
    QRectF segmentRect(int column, int rank) const;
    static QColor judgementColor(int rank);
    static QString judgementSymbol(int rank);
    // The share (0..1) of rows with this rank in a column.
    double share(int column, int rank) const;

protected:
    void layoutItems(const QSizeF &size) override;

private:
    double headerHeight(double width) const;
    double footerHeight(double width) const;
    double labelWidth() const;
    QList<struct LegendEntry> legendEntries() const;
    QStringList keyLines() const;

    evidence::RobChartSpec m_spec;
    Style m_style;
    ChartFonts m_fonts;
    QList<QList<QRectF>> m_cells;    // traffic light: rows × columns
    QList<QList<QRectF>> m_segments; // summary: columns × (not assessed, low, some, high)
};

} // namespace eb::charts
