#pragma once

#include "evidence/appraisals.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QDialog;
class QComboBox;
class QTableWidget;
class QTabWidget;

namespace eb::catalogue {
class Catalogue;
}
namespace eb::charts {
class ChartView;
}

namespace eb::gui::review {

// View ▸ Risk of Bias and GRADE: the user's appraisals beside the catalogue's trials and
// outcomes. The RoB 2 tab lists every trial-outcome pair with its judgements (or "not
// assessed"), opens the RobDialog of a pair, and draws the traffic-light or summary plot,
// exported as PNG, SVG or PDF; the GRADE tab lists every outcome with our certainty beside the
// review's own grading and opens the GradeDialog. What it shows is what `evidence rob show`,
// `evidence grade show` and `evidence render rob` print and draw.
class AppraisalView : public QWidget
{
    Q_OBJECT

public:
    explicit AppraisalView(catalogue::Catalogue &catalogue, QWidget *parent = nullptr);

    // Rereads the catalogue and redraws both tabs.
    void refresh();
    // Opens the dialog of a row of either table (modal); true when it saved.
    bool assessRobRow(int row);
    bool rateGradeRow(int row);
    bool exportPlot(const QString &path, QString *error);

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *robTable() const { return m_robTable; }
    QTableWidget *gradeTable() const { return m_gradeTable; }
    QComboBox *styleBox() const { return m_style; }
    QCheckBox *assessedOnlyBox() const { return m_assessedOnly; }
    charts::ChartView *chartView() const { return m_chart; }
    const QList<eb::evidence::RobRow> &robRows() const { return m_robRows; }
    const QList<eb::evidence::GradeRow> &gradeRows() const { return m_gradeRows; }

    // Set by tests: the dialogs are opened, handed to this hook, and not exec()'d.
    std::function<void(QDialog *)> dialogHook;

private:
    void fillRobTable();
    void fillGradeTable();
    void redrawChart();
    QList<eb::evidence::RobRow> plottedRows() const;

    catalogue::Catalogue &m_catalogue;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_robTable = nullptr;
    QTableWidget *m_gradeTable = nullptr;
    QComboBox *m_style = nullptr;
    QCheckBox *m_assessedOnly = nullptr;
    charts::ChartView *m_chart = nullptr;
    QList<eb::evidence::RobRow> m_robRows;
    QList<eb::evidence::GradeRow> m_gradeRows;
};

} // namespace eb::gui::review
