#include "charts/marklayer.h"

#include <QPainter>
#include <QPainterPath>

namespace eb::charts {

MarkLayer::MarkLayer(QGraphicsItem *parent) : QGraphicsPathItem(parent) {}

void MarkLayer::setMarks(QList<QLineF> lines, QList<QRectF> rects)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (const QLineF &line : lines) {
        path.moveTo(line.p1());
        path.lineTo(line.p2());
    }
    for (const QRectF &rect : rects) {
        path.addRect(rect);
    }
    m_lines = std::move(lines);
    m_rects = std::move(rects);
    setPath(path);
}

void MarkLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setPen(pen());
    painter->setBrush(brush());
    if (!m_lines.isEmpty()) {
        painter->drawLines(m_lines.constData(), static_cast<int>(m_lines.size()));
    }
    if (!m_rects.isEmpty()) {
        painter->drawRects(m_rects.constData(), static_cast<int>(m_rects.size()));
    }
}

} // namespace eb::charts
