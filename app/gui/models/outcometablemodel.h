#pragma once

#include "gui/models/recordtablemodel.h"
#include "model/records.h"

namespace eb::gui {

// The Outcome measures table: one row per catalogue::OutcomeMeasureRecord.
class OutcomeTableModel : public RecordTableModel<catalogue::OutcomeMeasureRecord>
{
public:
    enum class Column
    {
        Name,
        Abbreviation,
        Domain,
        Direction,
        Results,
        Count
    };

    using RecordTableModel::RecordTableModel;

    bool isKeyColumn(int column) const override
    {
        const auto c = static_cast<Column>(column);
        return c == Column::Name || c == Column::Domain;
    }

protected:
    int columns() const override { return static_cast<int>(Column::Count); }
    QString headerText(int column) const override;
    QVariant displayValue(const catalogue::OutcomeMeasureRecord &outcome,
                          int column) const override;
    bool isNumeric(int column) const override
    {
        return static_cast<Column>(column) == Column::Results;
    }
};

} // namespace eb::gui
