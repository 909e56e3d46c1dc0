#pragma once

#include <QList>
#include <QPair>
#include <QStringList>
#include <QStyledItemDelegate>

namespace eb::gui {

// Draws a table cell with the words of the search marked, as the detail pane marks them: each
// term that starts a word, case-insensitively ("capt" marks the start of "CAPTAIN II"). Cells
// without a match are drawn as usual.
class SearchHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setTerms(const QStringList &terms) { m_terms = terms; }
    const QStringList &terms() const { return m_terms; }

    // Where the terms match in `text`: (start, length) pairs in order, not overlapping.
    static QList<QPair<qsizetype, qsizetype>> matches(const QString &text,
                                                      const QStringList &terms);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    QStringList m_terms;
};

// The marker's colour, shared by the table and the detail pane.
QColor searchHighlightColor();

} // namespace eb::gui
