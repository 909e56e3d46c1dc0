#pragma once

#include <QGraphicsScene>
#include <QSizeF>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace eb::charts {

struct ChartFonts;
struct LegendEntry;

// One chart: a QChart (axes, grid, curves) plus the items this library draws itself (whiskers,
// markers, label columns, legend), all in one QGraphicsScene. The same scene is shown by
// ChartView on screen and painted by exportFigure() into PNG, SVG and PDF, so what is on
// screen is what is exported.
class ChartFigure
{
public:
    ChartFigure();
    virtual ~ChartFigure();
    ChartFigure(const ChartFigure &) = delete;
    ChartFigure &operator=(const ChartFigure &) = delete;

    QGraphicsScene *scene() { return &m_scene; }
    QChart *chart() const { return m_chart; }
    QSizeF size() const { return m_size; }

    // Lays the chart out at this size (logical pixels). Cheap enough to call on every resize.
    void resize(const QSizeF &size);

    // The size at which nothing has to be thinned out or squeezed, for a given width.
    virtual QSizeF naturalSize(double width) const = 0;

    // The least height at which every row, legend entry and note still fits at this width
    // (0: any). A slide shorter than this is laid out larger and shown scaled down (see
    // fittedLayoutSize()), so that the largest type never drops a row or runs off the page.
    virtual double minimumHeight(double width) const;
    // The least width at which no text has to be elided (0: any); a narrower area is handled
    // like a short one (fittedLayoutSize()).
    virtual double minimumWidth() const;
    // The width to lay the figure out at when `available` is offered: `available` when it
    // fits, else the nearest width that does (a narrower one that drops a column, or a wider
    // one the view scrolls to or scales down). Default: at least minimumWidth().
    virtual double layoutWidth(double available) const;

    // The text of a tooltip for a point of the scene, or an empty string.
    virtual QString toolTipAt(const QPointF &scenePos) const;

    // Every text item the figure drew itself (labels, legend, notes): what tests measure for
    // overlaps and positions.
    QList<QGraphicsSimpleTextItem *> textItems() const;

protected:
    virtual void layoutItems(const QSizeF &size) = 0;

    // Fixes the plot area (our own layout decides it, around our label columns) and lays
    // the axes out against it now, so that an export right after a resize is complete.
    void setPlotArea(const QRectF &plot);
    // The plot area in scene coordinates (what the charts' geometry accessors return).
    QRectF plotAreaInScene() const;

    // The texts of a chart with one plot: its title above, and under the x axis (its tick
    // labels and title) the legend and the notes. The funnel and distribution charts lay
    // them out here, so that the two cannot drift apart.
    // The margin round the figure, the title's lines and the y where the plot starts.
    static double textMargin(const ChartFonts &fonts);
    static QStringList titleLines(const QString &title, const ChartFonts &fonts, double width);
    static double plotTop(const QStringList &titleLines, const ChartFonts &fonts, double gap);
    // The height of the block under the plot (axis, legend, notes), margin included.
    static double belowPlotHeight(const ChartFonts &fonts, double width,
                                  const QList<LegendEntry> &legend, const QStringList &notes);
    // Replaces the text layer with a new one holding the title, legend and notes.
    void drawTitleLegendAndNotes(const ChartFonts &fonts, const QStringList &titleLines,
                                 const QRectF &plot, double width, const QList<LegendEntry> &legend,
                                 const QStringList &notes);

    QGraphicsScene m_scene;
    QChart *m_chart;                          // owned by m_scene
    QGraphicsRectItem *m_textLayer = nullptr; // parent of every text item; rebuilt on layout

private:
    QSizeF m_size;
};

// The size to lay a figure out at so that it fits `area` whole: `area` itself when the figure's
// layoutWidth() and minimumHeight() allow, else `area` scaled up (same aspect ratio) until they
// do, or narrower than `area` when the figure fits better so; the caller shows the result
// scaled down into `area` when it is larger (a slide on screen, a PDF page).
QSizeF fittedLayoutSize(const ChartFigure &figure, const QSizeF &area);

} // namespace eb::charts
