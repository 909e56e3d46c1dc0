#pragma once

#include "evidence/claimsaudit.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTextBrowser;

namespace eb::catalogue {
class Catalogue;
}

namespace eb::gui::review {

class ClaimsAuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ClaimColumn,
        VerdictColumn,
        TopicColumn,
        SourcesColumn,
        ComputedColumn,
        WorkingColumn,
        ColumnCount
    };

    explicit ClaimsAuditModel(QObject *parent = nullptr);
    void setRows(const QList<eb::review::ClaimAuditRow> &rows);
    const QList<eb::review::ClaimAuditRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<eb::review::ClaimAuditRow> m_rows;
};

// The claims audit: every claim beside what the sources report and what this program
// computes, with the verdict (never clipped) and the working; filters by verdict and topic,
// counts per verdict in the header; the records on both sides of a discrepancy below.
class ClaimsAuditView : public QWidget
{
    Q_OBJECT

public:
    explicit ClaimsAuditView(catalogue::Catalogue &catalogue, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ClaimsAuditModel *model() const { return m_model; }
    QLabel *countsLabel() const { return m_counts; }
    QComboBox *verdictFilter() const { return m_verdict; }
    QTextBrowser *recordsView() const { return m_records; }
    void selectClaim(const QString &slug);

private:
    void rebuild();
    void showRecords();

    catalogue::Catalogue &m_catalogue;
    eb::review::ClaimsAuditInput m_input;
    ClaimsAuditModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_counts = nullptr;
    QComboBox *m_verdict = nullptr;
    QComboBox *m_topic = nullptr;
    QTextBrowser *m_records = nullptr;
};

} // namespace eb::gui::review
