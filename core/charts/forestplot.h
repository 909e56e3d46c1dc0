#pragma once

#include "charts/chartfigure.h"
#include "charts/chartstyle.h"
#include "charts/forestlayout.h"
#include "charts/marklayer.h"
#include "evidence/forestspec.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

class QGraphicsItem;
class QGraphicsLineItem;
class QGraphicsPathItem;
namespace eb::charts {
class MarkLayer;
}
class QGraphicsPolygonItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractSeries;
class QLineSeries;
QT_END_NAMESPACE

namespace eb::charts {

// A forest plot drawn from a ForestSpec: label columns on the left, the estimate as a square
// sized by weight (or N), its CI as a whisker, a no-effect line, optional benchmark bands, an
// optional pooled diamond with its prediction interval and heterogeneity line, and a legend.
//
// Qt Charts has no error-bar series, and one series per row is far too slow for thousands of
// rows, so the QChart only provides the axes, grid and the value-to-pixel mapping
// (mapToPosition, through an empty anchor series); every whisker is one subpath of ONE
// QGraphicsPathItem, and the markers are two more path items (reported, derived). They are
// re-positioned whenever the plot area changes.
class ForestPlot : public ChartFigure
{
    Q_DECLARE_TR_FUNCTIONS(eb::charts::ForestPlot)

public:
    explicit ForestPlot(evidence::ForestSpec spec);
    ~ForestPlot() override;

    const evidence::ForestSpec &spec() const { return m_spec; }
    QSizeF naturalSize(double width) const override;
    double minimumWidth() const override;
    double layoutWidth(double available) const override;
    // Every row at full pitch: a slide never thins rows out (it is shown scaled instead).
    double minimumHeight(double width) const override { return naturalSize(width).height(); }
    QString toolTipAt(const QPointF &scenePos) const override;

    // --- geometry, read back by tests and views ---------------------------------------------
    // One slot per drawn line, top to bottom: group headings, rows, a spacer, the pooled row.
    using Slot = ForestSlot;
    const std::vector<Slot> &rowSlots() const { return m_slots; }
    int slotOfRow(int row) const;                        // -1 if the row is not drawn
    int pooledSlot() const;                              // -1 without a pooled result
    QPointF valuePosition(double value, int slot) const; // scene position of value in a slot
    QRectF plotArea() const;
    double rowPitch() const { return m_pitch; }
    double axisLow() const { return m_axisLow; } // the axis ends, in the metric's own units
    double axisHigh() const { return m_axisHigh; }

    MarkLayer *whiskers() const { return m_whiskers; }
    QGraphicsPathItem *arrows() const { return m_arrows; }
    int arrowCount() const { return m_arrowCount; }
    MarkLayer *reportedMarkers() const { return m_reportedMarkers; }
    MarkLayer *derivedMarkers() const { return m_derivedMarkers; }
    QGraphicsPolygonItem *pooledDiamond() const { return m_diamond; }
    QGraphicsPathItem *predictionInterval() const { return m_prediction; }
    QGraphicsLineItem *noEffectLine() const { return m_noEffect; }
    // The marker rectangle of a row (scene coordinates), empty if none is drawn.
    QRectF markerRect(int row) const;
    // Every text the figure draws itself (labels, headings, numbers, legend), in scene
    // coordinates via mapToScene(boundingRect()).
    QAbstractAxis *valueAxis() const { return m_axisX; }

protected:
    void layoutItems(const QSizeF &size) override;

private:
    struct RowText
    {
        QString cells[4]; // study, outcome, timepoint, N
        double widths[4] = {0, 0, 0, 0};
        QString number; // "0.59 [0.52, 0.66]"
        double numberWidth = 0;
        QString weight;
    };

    static float bandAlpha(int strength);
    void measureTexts();
    ForestColumnsInput columnsInput(double width) const;
    ForestColumns columnsFor(double width) const;
    bool fitsWhole(const ForestColumnsInput &measured, double width) const;
    // The words either side of the no-effect line ("← Favours control", "Favours X →"); empty
    // without a no-effect value.
    std::pair<QString, QString> favoursTexts() const;
    // Under a pooled plot: the heterogeneity line and the model line (with the prediction
    // interval); empty without a pooled result.
    QStringList pooledSummaryLines() const;
    void chooseAxisRange(double plotWidth);
    QList<struct LegendEntry> legendEntries() const;
    double bottomBlockHeight(double width, double plotLeft, double plotRight) const;
    double topBlockHeight(double width) const;
    void positionMarks();
    void addTexts(const ForestColumns &columns, double width);
    double slotValue(int slot) const;
    std::optional<double> noEffect() const;
    QString pooledLabel() const;
    bool onAxis(double value) const;
    double clampToAxis(double value) const;
    QString rowToolTip(int row) const;
    // The footnote wrapped to textWidth: measured once per width (a pool's warnings make it
    // thousands of words, and a layout asks for it several times).
    const QStringList &footnoteLines(double textWidth) const;

    evidence::ForestSpec m_spec;
    ChartFonts m_fonts;
    std::vector<Slot> m_slots;
    std::vector<int> m_slotOfRow;
    std::vector<RowText> m_texts;
    double m_headerWidths[4] = {0, 0, 0, 0};
    double m_numberWidth = 0;
    double m_weightWidth = 0;
    bool m_hasColumn[4] = {true, false, false, false};
    bool m_hasWeights = false;
    bool m_hasDerived = false;
    bool m_hasReported = false;
    int m_favours = 1; // 1 all above null favour treatment, -1 all below, 0 mixed
    double m_naturalPitch = 0;
    double m_pitch = 0;
    double m_axisLow = 0;
    double m_axisHigh = 1;
    int m_arrowCount = 0;
    bool m_rangeChosen = false;
    double m_plotTop = 0;

    QAbstractAxis *m_axisX = nullptr;
    QAbstractAxis *m_axisY = nullptr;
    QLineSeries *m_anchor = nullptr; // binds the axes; draws nothing
    QList<QGraphicsRectItem *> m_bands;
    MarkLayer *m_whiskers = nullptr;
    QGraphicsPathItem *m_arrows = nullptr;
    MarkLayer *m_reportedMarkers = nullptr;
    MarkLayer *m_derivedMarkers = nullptr;
    QGraphicsPolygonItem *m_diamond = nullptr;
    QGraphicsPathItem *m_prediction = nullptr;
    QGraphicsLineItem *m_noEffect = nullptr;
    QGraphicsLineItem *m_pooledLine = nullptr;
    std::vector<QRectF> m_markerRects;
    mutable std::vector<std::pair<double, QStringList>> m_footnoteLines;
    // ForestColumnsInput::distinctRows of this plot's cells, which never change.
    std::shared_ptr<std::array<qsizetype, 8>> m_distinctRows =
        std::make_shared<std::array<qsizetype, 8>>(
            std::array<qsizetype, 8>{-1, -1, -1, -1, -1, -1, -1, -1});
};

} // namespace eb::charts
