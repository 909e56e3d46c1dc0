#pragma once

#include "catalogue/records.h"
#include "gui/recordtablemodel.h"

namespace eb::gui {

// The Claims table: one row per claim of the article, with the verdict of checking it.
class ClaimTableModel : public RecordTableModel<catalogue::ClaimRecord>
{
public:
    enum class Column
    {
        Text,
        Topic,
        Verdict,
        Study,
        Count
    };

    using RecordTableModel::RecordTableModel;

    bool isKeyColumn(int column) const override
    {
        const auto c = static_cast<Column>(column);
        return c == Column::Text || c == Column::Verdict;
    }

protected:
    int columns() const override { return static_cast<int>(Column::Count); }
    QString headerText(int column) const override;
    QVariant displayValue(const catalogue::ClaimRecord &claim, int column) const override;
    QVariant sortValue(const catalogue::ClaimRecord &claim, int column) const override;
    QVariant toolTip(const catalogue::ClaimRecord &claim, int column) const override;
};

} // namespace eb::gui
