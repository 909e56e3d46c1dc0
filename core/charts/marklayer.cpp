#include "charts/marklayer.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <algorithm>

namespace eb::charts {

MarkLayer::MarkLayer(QGraphicsItem *parent) : QGraphicsPathItem(parent)
{
    // exposedRect lets paint() skip the marks outside the part of a long plot being redrawn.
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
}

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
    m_sorted = std::is_sorted(m_lines.cbegin(), m_lines.cend(),
                              [](const QLineF &a, const QLineF &b) { return a.y1() < b.y1(); }) &&
               std::is_sorted(m_rects.cbegin(), m_rects.cend(),
                              [](const QRectF &a, const QRectF &b) { return a.top() < b.top(); });
    m_extent = 0;
    for (const QRectF &rect : m_rects) {
        m_extent = std::max(m_extent, rect.height());
    }
    setPath(path);
}

void MarkLayer::setMask(const MarkMask *mask)
{
    m_mask = mask;
    update();
}

QList<QLineF> MarkLayer::paintedLines() const
{
    const auto limit = m_mask != nullptr ? m_mask->hiddenBelow() : std::nullopt;
    if (!limit) {
        return m_lines;
    }
    const double y = mapFromScene(QPointF(0, *limit)).y();
    QList<QLineF> shown;
    for (const QLineF &line : m_lines) {
        if (std::min(line.y1(), line.y2()) < y) {
            shown.append(line);
        }
    }
    return shown;
}

QList<QRectF> MarkLayer::paintedRects() const
{
    const auto limit = m_mask != nullptr ? m_mask->hiddenBelow() : std::nullopt;
    if (!limit) {
        return m_rects;
    }
    const double y = mapFromScene(QPointF(0, *limit)).y();
    QList<QRectF> shown;
    for (const QRectF &rect : m_rects) {
        if (rect.center().y() < y) {
            shown.append(rect);
        }
    }
    return shown;
}

void MarkLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setPen(pen());
    painter->setBrush(brush());
    if (m_mask != nullptr && m_mask->hiddenBelow()) {
        // A reveal in a lecture: a few dozen marks at most, drawn without the band search.
        const QList<QLineF> lines = paintedLines();
        const QList<QRectF> rects = paintedRects();
        painter->drawLines(lines.constData(), static_cast<int>(lines.size()));
        painter->drawRects(rects.constData(), static_cast<int>(rects.size()));
        return;
    }
    qsizetype lineBegin = 0;
    qsizetype lineEnd = m_lines.size();
    qsizetype rectBegin = 0;
    qsizetype rectEnd = m_rects.size();
    const QRectF exposed = option != nullptr ? option->exposedRect : QRectF();
    if (m_sorted && exposed.isValid() && !exposed.isEmpty()) {
        // Marks are stored top to bottom: draw only those in the exposed band.
        const double margin = m_extent + pen().widthF() + 2;
        const double top = exposed.top() - margin;
        const double bottom = exposed.bottom() + margin;
        lineBegin = std::lower_bound(m_lines.cbegin(), m_lines.cend(), top,
                                     [](const QLineF &l, double y) { return l.y1() < y; }) -
                    m_lines.cbegin();
        lineEnd = std::upper_bound(m_lines.cbegin(), m_lines.cend(), bottom,
                                   [](double y, const QLineF &l) { return y < l.y1(); }) -
                  m_lines.cbegin();
        rectBegin = std::lower_bound(m_rects.cbegin(), m_rects.cend(), top,
                                     [](const QRectF &r, double y) { return r.top() < y; }) -
                    m_rects.cbegin();
        rectEnd = std::upper_bound(m_rects.cbegin(), m_rects.cend(), bottom,
                                   [](double y, const QRectF &r) { return y < r.top(); }) -
                  m_rects.cbegin();
    }
    if (lineEnd > lineBegin) {
        painter->drawLines(m_lines.constData() + lineBegin, static_cast<int>(lineEnd - lineBegin));
    }
    if (rectEnd > rectBegin) {
        painter->drawRects(m_rects.constData() + rectBegin, static_cast<int>(rectEnd - rectBegin));
    }
}

} // namespace eb::charts
