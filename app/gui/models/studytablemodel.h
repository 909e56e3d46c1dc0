#pragma once

#include "gui/models/recordtablemodel.h"
#include "model/records.h"

namespace eb::gui {

// The Studies table: one row per catalogue::StudySummary.
class StudyTableModel : public RecordTableModel<catalogue::StudySummary>
{
public:
    enum class Column
    {
        Name,
        Year,
        Design,
        Condition,
        Species,
        Enrolled,
        Results,
        Sponsorship,
        Count
    };

    using RecordTableModel::RecordTableModel;

    bool isKeyColumn(int column) const override
    {
        const auto c = static_cast<Column>(column);
        return c == Column::Name || c == Column::Year || c == Column::Design ||
               c == Column::Enrolled || c == Column::Sponsorship;
    }

protected:
    int columns() const override { return static_cast<int>(Column::Count); }
    QString headerText(int column) const override;
    QVariant displayValue(const catalogue::StudySummary &study, int column) const override;
    QVariant sortValue(const catalogue::StudySummary &study, int column) const override;
    bool isNumeric(int column) const override;
};

} // namespace eb::gui
