#pragma once

#include "evidence/outcomematrix.h"

#include <QAbstractTableModel>

namespace eb::gui::review {

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

    explicit OutcomeMatrixModel(QObject *parent = nullptr);
    void setMatrix(eb::review::OutcomeMatrix matrix);
    const eb::review::OutcomeMatrix &matrix() const { return m_matrix; }
    const eb::review::MatrixCell *cellAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString cellText(const eb::review::MatrixCell &cell);
    static QColor cellColour(const eb::review::MatrixCell &cell);
    static QString legendHtml();

private:
    eb::review::OutcomeMatrix m_matrix;
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
