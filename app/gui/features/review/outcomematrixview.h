#pragma once

#include "evidence/outcomematrix.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QStackedWidget;
class QTableView;

namespace eb::catalogue {
class Catalogue;
}

namespace eb::gui::review {

class EvidenceGapModel;
class OutcomeMatrixModel;

// View ▸ Outcome Matrix: the matrix with a metric choice, a condition filter, the evidence-gap
// summary, a legend, CSV and picture export. A click on a cell opens its result with its
// provenance.
class OutcomeMatrixView : public QWidget
{
    Q_OBJECT

public:
    explicit OutcomeMatrixView(catalogue::Catalogue &catalogue, QWidget *parent = nullptr);

    QTableView *tableView() const { return m_table; }
    QTableView *gapView() const { return m_gapTable; }
    OutcomeMatrixModel *model() const { return m_model; }
    QComboBox *metricBox() const { return m_metric; }
    QCheckBox *summaryBox() const { return m_summary; }
    QComboBox *speciesBox() const { return m_species; }

    // After a write to the catalogue: the filters' designs and species, the columns and the
    // rows read again (the choices kept), the rows as far as they were scrolled within the
    // pages the model keeps (kCachedPages), the gap summary when it is shown.
    void refresh();

    bool exportCsv(const QString &path, QString *error) const;
    bool exportPicture(const QString &path, QString *error);

signals:
    void resultOpened(qint64 resultId);

private:
    // The designs and species the catalogue holds, in the vocabulary's order.
    void fillFilterBoxes();
    void rebuild();
    void showGaps();
    void openCell(const QModelIndex &index);
    void exportInteractively();

    catalogue::Catalogue &m_catalogue;
    OutcomeMatrixModel *m_model = nullptr;
    EvidenceGapModel *m_gapModel = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_gapTable = nullptr;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_metric = nullptr;
    QComboBox *m_condition = nullptr;
    QComboBox *m_design = nullptr;
    QComboBox *m_species = nullptr;
    QCheckBox *m_summary = nullptr;
    bool m_gapsShown = false; // the summary is added up for the filters shown
};

} // namespace eb::gui::review
