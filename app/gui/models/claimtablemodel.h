#pragma once

#include "evidence/claimsaudit.h"
#include "gui/models/recordtablemodel.h"
#include "model/records.h"

#include <QHash>
#include <QMap>

class QComboBox;
class QTableView;

namespace eb::gui {

// The Claims table: one row per claim of the article, with the verdict of checking it and the
// audit beside it: what the primary publication reports and what this program computes
// (review::claimsAudit, the one home of that arithmetic; the claim's page shows the working).
class ClaimTableModel : public RecordTableModel<catalogue::ClaimRecord>
{
public:
    enum class Column
    {
        Text,
        Topic,
        Verdict,
        Study,
        SourceReports, // the audit's columns, shown once setAudit() gave the audit
        Computed,
        Count
    };

    using RecordTableModel::RecordTableModel;

    bool isKeyColumn(int column) const override
    {
        const auto c = static_cast<Column>(column);
        return c == Column::Text || c == Column::Verdict;
    }
    // Shows the claims that are both in `claims` (the search's hits) and in the audit's rows
    // (its verdict and topic filters), with the audit's columns.
    void setAudit(QList<catalogue::ClaimRecord> claims, const eb::review::ClaimsAudit &audit);
    // Claims per verdict over the whole catalogue, whatever the filters (adds up to all claims).
    const QMap<QString, int> &verdictCounts() const { return m_verdictCounts; }

protected:
    int columns() const override
    {
        return static_cast<int>(m_audited ? Column::Count : Column::SourceReports);
    }
    QString headerText(int column) const override;
    QVariant displayValue(const catalogue::ClaimRecord &claim, int column) const override;
    QVariant sortValue(const catalogue::ClaimRecord &claim, int column) const override;
    QVariant toolTip(const catalogue::ClaimRecord &claim, int column) const override;

private:
    QHash<qint64, eb::review::ClaimAuditRow> m_audit; // by claim id
    QMap<QString, int> m_verdictCounts;
    bool m_audited = false; // records given with setAudit(), not setRecords() alone
};

// The Claims section's table as an audit: the verdict column always as wide as its longest
// verdict (never clipped). Call after the header's saved state is restored.
void setUpClaimsTable(QTableView *view);

// Writes the number of claims of each verdict into the verdict filter's entries
// ("Discrepant (5)", "All verdicts (40)").
void showVerdictCounts(QComboBox *verdictFilter, const QMap<QString, int> &counts);

} // namespace eb::gui
