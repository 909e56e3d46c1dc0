#pragma once

#include "gui/models/recordtablemodel.h"
#include "model/records.h"

namespace eb::gui {

// The Mechanisms table: one row per catalogue::MechanismRecord, its targets with arrows.
class MechanismTableModel : public RecordTableModel<catalogue::MechanismRecord>
{
public:
    enum class Column
    {
        Category,
        Targets,
        Evidence,
        Count
    };

    using RecordTableModel::RecordTableModel;

protected:
    int columns() const override { return static_cast<int>(Column::Count); }
    QString headerText(int column) const override;
    QVariant displayValue(const catalogue::MechanismRecord &mechanism, int column) const override;
    QVariant sortValue(const catalogue::MechanismRecord &mechanism, int column) const override;
    bool isNumeric(int column) const override
    {
        return static_cast<Column>(column) == Column::Evidence;
    }
};

} // namespace eb::gui
