#pragma once

#include "gui/models/recordtablemodel.h"
#include "model/records.h"

namespace eb::gui {

// The Sources table: the article and every primary publication and review.
class SourceTableModel : public RecordTableModel<catalogue::SourceRecord>
{
public:
    enum class Column
    {
        Label,
        Year,
        Kind,
        Sponsorship,
        Journal,
        Count
    };

    using RecordTableModel::RecordTableModel;

    bool isKeyColumn(int column) const override
    {
        const auto c = static_cast<Column>(column);
        return c == Column::Label || c == Column::Year || c == Column::Kind ||
               c == Column::Sponsorship;
    }

protected:
    int columns() const override { return static_cast<int>(Column::Count); }
    QString headerText(int column) const override;
    QVariant displayValue(const catalogue::SourceRecord &source, int column) const override;
    QVariant toolTip(const catalogue::SourceRecord &source, int column) const override;
    bool isNumeric(int column) const override
    {
        return static_cast<Column>(column) == Column::Year;
    }
};

} // namespace eb::gui
