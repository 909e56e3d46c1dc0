#include "gui/browse/searchhighlightdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QRegularExpression>
#include <algorithm>

namespace eb::gui {

QColor searchHighlightColor()
{
    return QColor(0xff, 0xe5, 0x8a); // a pale yellow that black text reads on
}

QList<QPair<qsizetype, qsizetype>> SearchHighlightDelegate::matches(const QString &text,
                                                                    const QStringList &terms)
{
    QStringList patterns;
    for (const QString &term : terms) {
        if (term.trimmed().size() >= 2) {
            patterns << QRegularExpression::escape(term.trimmed());
        }
    }
    QList<QPair<qsizetype, qsizetype>> found;
    if (patterns.isEmpty() || text.isEmpty()) {
        return found;
    }
    // Longer terms first, so that "stroke" wins over "st" at the same place.
    std::sort(patterns.begin(), patterns.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    const QRegularExpression match(
        QStringLiteral(R"((?<!\w)(%1))").arg(patterns.join(QLatin1Char('|'))),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QRegularExpressionMatchIterator it = match.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        found.append({m.capturedStart(1), m.capturedLength(1)});
    }
    return found;
}

void SearchHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    if (m_terms.isEmpty() || matches(opt.text, m_terms).isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget != nullptr ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = textRect.adjusted(margin, 0, -margin, 0);
    const QString text = opt.text;

    // The cell without its text (background, selection, focus), then the text drawn here.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFontMetrics metrics(opt.font);
    const QString shown = metrics.elidedText(text, opt.textElideMode, area.width());
    const int width = metrics.horizontalAdvance(shown);
    int x = area.left();
    if (opt.displayAlignment & Qt::AlignRight) {
        x = area.right() - width + 1;
    } else if (opt.displayAlignment & Qt::AlignHCenter) {
        x = area.left() + (area.width() - width) / 2;
    }
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setFont(opt.font);
    painter->setClipRect(area);
    const QRect line(x, area.top(), width, area.height());
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, shown);
    const int top = area.top() + (area.height() - metrics.height()) / 2;
    for (const auto &[start, length] : matches(shown, m_terms)) {
        const int left = x + metrics.horizontalAdvance(shown.left(start));
        const QString word = shown.mid(start, length);
        const QRect mark(left, top, metrics.horizontalAdvance(word), metrics.height());
        painter->fillRect(mark, searchHighlightColor());
        painter->setPen(Qt::black); // readable on the marker, selected or not
        painter->drawText(mark, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, word);
    }
    painter->restore();
}

} // namespace eb::gui
