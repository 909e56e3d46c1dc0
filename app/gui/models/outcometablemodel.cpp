#include "gui/models/outcometablemodel.h"

#include "gui/models/labels.h"

#include <QCoreApplication>

namespace eb::gui {

QString OutcomeTableModel::headerText(int column) const
{
    switch (static_cast<Column>(column)) {
    case Column::Name:
        return QCoreApplication::translate("eb::gui::OutcomeTableModel", "Outcome measure");
    case Column::Abbreviation:
        return QCoreApplication::translate("eb::gui::OutcomeTableModel", "Abbreviation");
    case Column::Domain:
        return QCoreApplication::translate("eb::gui::OutcomeTableModel", "Domain");
    case Column::Direction:
        return QCoreApplication::translate("eb::gui::OutcomeTableModel", "Direction of benefit");
    case Column::Results:
        return QCoreApplication::translate("eb::gui::OutcomeTableModel", "Results");
    case Column::Count:
        break;
    }
    return {};
}

QVariant OutcomeTableModel::displayValue(const catalogue::OutcomeMeasureRecord &outcome,
                                         int column) const
{
    switch (static_cast<Column>(column)) {
    case Column::Name:
        return outcome.name;
    case Column::Abbreviation:
        return outcome.abbreviation.isNull() ? QVariant() : QVariant(outcome.abbreviation);
    case Column::Domain:
        return labels::domain(outcome.domain);
    case Column::Direction:
        return labels::direction(outcome.direction);
    case Column::Results:
        return outcome.resultCount;
    case Column::Count:
        break;
    }
    return {};
}

} // namespace eb::gui
