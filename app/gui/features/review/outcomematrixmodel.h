#pragma once

#include "evidence/outcomematrix.h"

#include <QAbstractTableModel>
#include <QHash>
#include <functional>

namespace eb::gui::review {

// Up to `limit` rows of the matrix after the row of the study with this id (0: from the first).
using MatrixRowSource = std::function<QList<eb::review::MatrixRow>(qint64 afterStudyId, int limit)>;

// The outcome matrix as a table: column 0 the study, then one column per outcome-timepoint.
// Display: the effect text; background: direction and size on a colour-blind-safe scale
// (Okabe-Ito blue favours Cerebrolysin, vermillion favours control, pale when the CI crosses no
// effect); tooltip: numbers and source; ResultIdRole: the record a click opens.
class OutcomeMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        ResultIdRole = Qt::UserRole + 1,
        StateRole, // "effect", "measured_not_reported", "" (never measured)
    };

    // Rows read a page at a time as the view scrolls to its end (canFetchMore/fetchMore); the
    // model keeps the last few pages shown and reads a page again when scrolled back to, so a
    // matrix of 100,000 studies by hundreds of columns holds a few pages, whatever was seen.
    static constexpr int kPageRows = 128;
    static constexpr int kCachedPages = 8;

    explicit OutcomeMatrixModel(QObject *parent = nullptr);
    // A matrix held whole (a short one, or a test's).
    void setMatrix(eb::review::OutcomeMatrix matrix);
    // A matrix of these columns whose rows the source reads, a page at a time.
    void setSource(eb::review::DisplayMetric metric, QList<eb::review::MatrixColumn> columns,
                   MatrixRowSource source);
    // The columns and metric (and the rows, of a matrix held whole).
    const eb::review::OutcomeMatrix &matrix() const { return m_matrix; }
    const eb::review::MatrixRow *rowAt(int row) const; // nullptr past the rows fetched
    // Every row in order, from the source page by page when paged (for an export).
    void forEachRow(const std::function<void(const eb::review::MatrixRow &)> &visit) const;
    const eb::review::MatrixCell *cellAt(const QModelIndex &index) const;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString cellText(const eb::review::MatrixCell &cell);
    static QColor cellColour(const eb::review::MatrixCell &cell);
    static QString legendHtml();

private:
    void clearPages();
    int appendPage();
    void cachePage(int page, QList<eb::review::MatrixRow> rows) const;

    eb::review::OutcomeMatrix m_matrix;
    MatrixRowSource m_source;  // empty: m_matrix holds the rows
    QList<int> m_pageFirstRow; // the first row of each page fetched
    QList<qint64> m_pageAfter; // the study id each page was read after
    mutable QHash<int, QList<eb::review::MatrixRow>> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
    int m_rows = 0;
    qint64 m_lastStudyId = 0;
    bool m_atEnd = true;
};

// The evidence-gap summary: outcome × condition, studies and participants per cell.
class EvidenceGapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit EvidenceGapModel(QObject *parent = nullptr);
    void setGaps(const QList<eb::review::GapCell> &gaps);
    const QList<eb::review::GapCell> &gaps() const { return m_gaps; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_conditions;
    QList<QPair<QString, QString>> m_outcomes; // slug, "name (domain)"
    QList<eb::review::GapCell> m_gaps;
};

} // namespace eb::gui::review
