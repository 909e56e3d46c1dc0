#include "gui/models/sourcetablemodel.h"

#include "gui/models/labels.h"

#include <QCoreApplication>

namespace eb::gui {

QString SourceTableModel::headerText(int column) const
{
    switch (static_cast<Column>(column)) {
    case Column::Label:
        return QCoreApplication::translate("eb::gui::SourceTableModel", "Source");
    case Column::Year:
        return QCoreApplication::translate("eb::gui::SourceTableModel", "Year");
    case Column::Kind:
        return QCoreApplication::translate("eb::gui::SourceTableModel", "Kind");
    case Column::Sponsorship:
        return QCoreApplication::translate("eb::gui::SourceTableModel", "Sponsorship");
    case Column::Journal:
        return QCoreApplication::translate("eb::gui::SourceTableModel", "Journal");
    case Column::Count:
        break;
    }
    return {};
}

QVariant SourceTableModel::displayValue(const catalogue::SourceRecord &source, int column) const
{
    switch (static_cast<Column>(column)) {
    case Column::Label:
        return source.shortLabel;
    case Column::Year:
        return source.year ? QVariant(*source.year) : QVariant();
    case Column::Kind:
        return labels::sourceKind(source.kind);
    case Column::Sponsorship:
        return labels::sponsorshipShort(source.sponsorship);
    case Column::Journal:
        return source.journal.isNull() ? QVariant() : QVariant(source.journal);
    case Column::Count:
        break;
    }
    return {};
}

QVariant SourceTableModel::toolTip(const catalogue::SourceRecord &source, int column) const
{
    if (static_cast<Column>(column) == Column::Label && !source.title.isNull()) {
        return source.title;
    }
    return displayValue(source, column);
}

} // namespace eb::gui
