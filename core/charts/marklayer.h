#pragma once

#include <QGraphicsPathItem>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <optional>

namespace eb::charts {

// What a layer leaves out (a lecture's step-by-step reveal): every mark that lies below the
// scene y hiddenBelow() is not painted at all, so nothing of it shows (no covered square over
// the grid, no hollow outline). Asked at every paint, so it follows a resize.
class MarkMask
{
public:
    virtual ~MarkMask() = default;
    virtual std::optional<double> hiddenBelow() const = 0;
};

// One QGraphicsPathItem for many marks of one kind (all whiskers, all reported markers).
// It keeps the full path (its shape, hit tests, and the geometry tests read back), but paints
// the marks with QPainter::drawLines / drawRects: stroking and filling one path of ten
// thousand subpaths costs the raster engine about a second, the batched calls a few
// milliseconds, and overlapping marks no longer interact through the path's fill rule.
class MarkLayer : public QGraphicsPathItem
{
public:
    explicit MarkLayer(QGraphicsItem *parent = nullptr);

    void setMarks(QList<QLineF> lines, QList<QRectF> rects);
    // The mask outlives its use here or is cleared with setMask(nullptr).
    void setMask(const MarkMask *mask);
    // The marks paint() draws now (all of them, less what the mask hides).
    QList<QLineF> paintedLines() const;
    QList<QRectF> paintedRects() const;
    const QList<QLineF> &lines() const { return m_lines; }
    const QList<QRectF> &rects() const { return m_rects; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QList<QLineF> m_lines;
    QList<QRectF> m_rects;
    bool m_sorted = false; // top to bottom: paint() can skip what is not exposed
    double m_extent = 0;   // the tallest rectangle
    const MarkMask *m_mask = nullptr;
};

} // namespace eb::charts
