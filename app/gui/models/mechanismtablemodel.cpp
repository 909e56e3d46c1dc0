#include "gui/models/mechanismtablemodel.h"

#include "gui/models/labels.h"

#include <QCoreApplication>
#include <QStringList>

namespace eb::gui {

QString MechanismTableModel::headerText(int column) const
{
    switch (static_cast<Column>(column)) {
    case Column::Category:
        return QCoreApplication::translate("eb::gui::MechanismTableModel", "Mechanism");
    case Column::Targets:
        return QCoreApplication::translate("eb::gui::MechanismTableModel", "Targets");
    case Column::Evidence:
        return QCoreApplication::translate("eb::gui::MechanismTableModel", "Evidence links");
    case Column::Count:
        break;
    }
    return {};
}

QVariant MechanismTableModel::displayValue(const catalogue::MechanismRecord &mechanism,
                                           int column) const
{
    switch (static_cast<Column>(column)) {
    case Column::Category:
        return mechanism.category;
    case Column::Targets: {
        QStringList targets;
        for (const catalogue::MechanismTargetRecord &target : mechanism.targets) {
            // A target the user linked says so, as the user's own mechanism does (column 0).
            targets.append(catalogue::vocabulary::markUserRecord(
                target.name + labels::targetDirectionArrow(target.direction), target.userRecord));
        }
        return targets.join(QStringLiteral(", "));
    }
    case Column::Evidence:
        return static_cast<int>(mechanism.evidence.size());
    case Column::Count:
        break;
    }
    return {};
}

QVariant MechanismTableModel::sortValue(const catalogue::MechanismRecord &mechanism,
                                        int column) const
{
    // The article's order is the natural order of the mechanisms.
    if (static_cast<Column>(column) == Column::Category) {
        return mechanism.sortOrder;
    }
    if (static_cast<Column>(column) == Column::Targets) {
        return static_cast<int>(mechanism.targets.size());
    }
    return displayValue(mechanism, column);
}

} // namespace eb::gui
