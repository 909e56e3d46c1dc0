#include "gui/models/claimtablemodel.h"

#include "evidence/readernames.h"
#include "gui/models/labels.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QSet>
#include <QTableView>

namespace eb::gui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::gui::ClaimTableModel", text);
}

} // namespace

void ClaimTableModel::setAudit(QList<catalogue::ClaimRecord> claims,
                               const review::ClaimsAudit &audit)
{
    m_audit.clear();
    for (const review::ClaimAuditRow &row : audit.rows) {
        m_audit.insert(row.claim.id, row);
    }
    m_verdictCounts = audit.verdictCounts;
    m_audited = true; // the reset in setRecords() announces the audit's columns
    claims.removeIf(
        [this](const catalogue::ClaimRecord &claim) { return !m_audit.contains(claim.id); });
    setRecords(std::move(claims));
}

QString ClaimTableModel::headerText(int column) const
{
    switch (static_cast<Column>(column)) {
    case Column::Text:
        return tr("Claim");
    case Column::Topic:
        return tr("Topic");
    case Column::Verdict:
        return tr("Verdict");
    case Column::SourceReports:
        return tr("The primary publication reports");
    case Column::Computed:
        return tr("This program computes");
    case Column::Study:
        return tr("Study");
    case Column::Count:
        break;
    }
    return {};
}

QVariant ClaimTableModel::displayValue(const catalogue::ClaimRecord &claim, int column) const
{
    const auto audit = m_audit.constFind(claim.id);
    switch (static_cast<Column>(column)) {
    case Column::Text:
        return claim.text;
    case Column::Topic:
        return labels::topic(claim.topic);
    case Column::Verdict:
        return labels::verdictShort(claim.verdict);
    case Column::SourceReports:
        return audit == m_audit.constEnd() || audit->sourceReports.isEmpty()
                   ? QVariant()
                   : QVariant(evidence::readerText(audit->sourceReports));
    case Column::Computed:
        // Derived by this program: said so in the cell; the working is on the claim's page.
        return audit == m_audit.constEnd() || audit->computed.isEmpty()
                   ? QVariant()
                   : QVariant(tr("%1 (derived)").arg(audit->computed));
    case Column::Study:
        return claim.studyName.isNull() ? QVariant() : QVariant(claim.studyName);
    case Column::Count:
        break;
    }
    return {};
}

QVariant ClaimTableModel::toolTip(const catalogue::ClaimRecord &claim, int column) const
{
    if (static_cast<Column>(column) == Column::Verdict) {
        return labels::verdict(claim.verdict);
    }
    if (static_cast<Column>(column) == Column::Computed) {
        const auto audit = m_audit.constFind(claim.id);
        if (audit != m_audit.constEnd() && !audit->working.isEmpty()) {
            return evidence::readerText(audit->working.join(QLatin1Char('\n')));
        }
    }
    return displayValue(claim, column);
}

QVariant ClaimTableModel::sortValue(const catalogue::ClaimRecord &claim, int column) const
{
    // Claims sort in the article's order by default.
    if (static_cast<Column>(column) == Column::Text) {
        return claim.sortOrder;
    }
    return displayValue(claim, column);
}

void setUpClaimsTable(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    const int verdict = static_cast<int>(ClaimTableModel::Column::Verdict);
    header->setSectionResizeMode(verdict, QHeaderView::ResizeToContents);
    // First on screen, so that a narrow window never scrolls it out of sight.
    header->moveSection(header->visualIndex(verdict), 0);
}

void showVerdictCounts(QComboBox *verdictFilter, const QMap<QString, int> &counts)
{
    if (verdictFilter == nullptr) {
        return;
    }
    int total = 0;
    for (int count : counts) {
        total += count;
    }
    for (int index = 0; index < verdictFilter->count(); ++index) {
        const QString key = verdictFilter->itemData(index).toString();
        const QString label = key.isEmpty() ? tr("All verdicts") : labels::verdictShort(key);
        verdictFilter->setItemText(
            index, tr("%1 (%2)").arg(label).arg(key.isEmpty() ? total : counts.value(key)));
    }
}

} // namespace eb::gui
