#include "gui/claimtablemodel.h"

#include "gui/labels.h"

#include <QCoreApplication>

namespace eb::gui {

QString ClaimTableModel::headerText(int column) const
{
    switch (static_cast<Column>(column)) {
    case Column::Text:
        return QCoreApplication::translate("eb::gui::ClaimTableModel", "Claim");
    case Column::Topic:
        return QCoreApplication::translate("eb::gui::ClaimTableModel", "Topic");
    case Column::Verdict:
        return QCoreApplication::translate("eb::gui::ClaimTableModel", "Verdict");
    case Column::Study:
        return QCoreApplication::translate("eb::gui::ClaimTableModel", "Study");
    case Column::Count:
        break;
    }
    return {};
}

QVariant ClaimTableModel::displayValue(const catalogue::ClaimRecord &claim, int column) const
{
    switch (static_cast<Column>(column)) {
    case Column::Text:
        return claim.text;
    case Column::Topic:
        return labels::topic(claim.topic);
    case Column::Verdict:
        return labels::verdictShort(claim.verdict);
    case Column::Study:
        return claim.studyName.isNull() ? QVariant() : QVariant(claim.studyName);
    case Column::Count:
        break;
    }
    return {};
}

QVariant ClaimTableModel::toolTip(const catalogue::ClaimRecord &claim, int column) const
{
    if (static_cast<Column>(column) == Column::Verdict) {
        return labels::verdict(claim.verdict);
    }
    return displayValue(claim, column);
}

QVariant ClaimTableModel::sortValue(const catalogue::ClaimRecord &claim, int column) const
{
    // Claims sort in the article's order by default.
    if (static_cast<Column>(column) == Column::Text) {
        return claim.sortOrder;
    }
    return displayValue(claim, column);
}

} // namespace eb::gui
