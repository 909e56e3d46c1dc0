#include "gui/models/studytablemodel.h"

#include "gui/models/labels.h"

#include <QCoreApplication>

namespace eb::gui {

QString StudyTableModel::headerText(int column) const
{
    switch (static_cast<Column>(column)) {
    case Column::Name:
        return QCoreApplication::translate("eb::gui::StudyTableModel", "Study");
    case Column::Year:
        return QCoreApplication::translate("eb::gui::StudyTableModel", "Year");
    case Column::Design:
        return QCoreApplication::translate("eb::gui::StudyTableModel", "Design");
    case Column::Condition:
        return QCoreApplication::translate("eb::gui::StudyTableModel", "Condition");
    case Column::Species:
        return QCoreApplication::translate("eb::gui::StudyTableModel", "Species");
    case Column::Enrolled:
        return QCoreApplication::translate("eb::gui::StudyTableModel", "N enrolled");
    case Column::Results:
        return QCoreApplication::translate("eb::gui::StudyTableModel", "Results");
    case Column::Sponsorship:
        return QCoreApplication::translate("eb::gui::StudyTableModel", "Sponsorship");
    case Column::Count:
        break;
    }
    return {};
}

QVariant StudyTableModel::displayValue(const catalogue::StudySummary &study, int column) const
{
    switch (static_cast<Column>(column)) {
    case Column::Name:
        return study.name;
    case Column::Year:
        return study.year ? QVariant(*study.year) : QVariant();
    case Column::Design:
        return labels::design(study.design);
    case Column::Condition:
        return labels::condition(study.condition);
    case Column::Species:
        return labels::species(study.species);
    case Column::Enrolled:
        return study.nEnrolled ? QVariant(*study.nEnrolled) : QVariant();
    case Column::Results:
        return study.resultCount;
    case Column::Sponsorship:
        return labels::sponsorshipShort(study.sponsorship);
    case Column::Count:
        break;
    }
    return {};
}

QVariant StudyTableModel::sortValue(const catalogue::StudySummary &study, int column) const
{
    return displayValue(study, column);
}

bool StudyTableModel::isNumeric(int column) const
{
    const auto c = static_cast<Column>(column);
    return c == Column::Year || c == Column::Enrolled || c == Column::Results;
}

} // namespace eb::gui
