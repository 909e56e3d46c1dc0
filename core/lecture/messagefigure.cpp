#include "lecture/messagefigure.h"

#include <QChart>
#include <QGraphicsRectItem>
#include <QPen>

namespace eb::lecture {

MessageFigure::MessageFigure(QString title, QString message, double fontScale)
    : m_title(std::move(title)), m_message(std::move(message)),
      m_fonts(charts::ChartFonts::make(fontScale))
{
}

QSizeF MessageFigure::naturalSize(double width) const
{
    return {width, std::round(width * 9.0 / 16.0)};
}

void MessageFigure::layoutItems(const QSizeF &size)
{
    delete m_textLayer;
    m_textLayer = new QGraphicsRectItem(m_chart);
    m_textLayer->setPen(Qt::NoPen);
    const double margin = 2 * m_fonts.lineHeight;
    const double width = std::max(100.0, size.width() - 2 * margin);
    double y = margin;
    for (const QString &line : charts::wrapText(m_title, m_fonts.title, width)) {
        charts::addText(m_textLayer, line, m_fonts.title, charts::okabeito::black, margin, y);
        y += m_fonts.titleLineHeight;
    }
    y += m_fonts.lineHeight;
    for (const QString &line : charts::wrapText(m_message, m_fonts.body, width)) {
        charts::addText(m_textLayer, line, m_fonts.body, charts::okabeito::vermillion.darker(140),
                        margin, y);
        y += m_fonts.lineHeight;
    }
}

} // namespace eb::lecture
