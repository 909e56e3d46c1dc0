#pragma once

#include <QGraphicsPathItem>
#include <QLineF>
#include <QList>
#include <QRectF>

namespace eb::charts {

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
    const QList<QLineF> &lines() const { return m_lines; }
    const QList<QRectF> &rects() const { return m_rects; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QList<QLineF> m_lines;
    QList<QRectF> m_rects;
    bool m_sorted = false; // top to bottom: paint() can skip what is not exposed
    double m_extent = 0;   // the tallest rectangle
};

} // namespace eb::charts
