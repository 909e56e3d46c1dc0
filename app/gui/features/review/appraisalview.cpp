#include "gui/features/review/appraisalview.h"

#include "catalogue/catalogue.h"
#include "charts/chartexport.h"
#include "charts/chartview.h"
#include "charts/robchart.h"
#include "gui/features/review/gradedialog.h"
#include "gui/features/review/robdialog.h"
#include "gui/shell/screenfit.h"
#include "model/vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace eb::gui::review {

namespace vocabulary = eb::catalogue::vocabulary;
using eb::catalogue::RobDomain;

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QTableWidgetItem *judgementCell(const eb::catalogue::RobJudgement &j)
{
    const int rank = eb::catalogue::robJudgementRank(j.judgement);
    auto *item = cell(QStringLiteral("%1 %2").arg(charts::RobChart::judgementSymbol(rank),
                                                  catalogue::robJudgementShort(j.judgement)));
    item->setBackground(charts::RobChart::judgementColor(rank).lighter(rank == 2 ? 160 : 130));
    item->setToolTip(j.reason);
    return item;
}

} // namespace

AppraisalView::AppraisalView(catalogue::Catalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Risk of Bias and GRADE"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    auto *robPage = new QWidget(this);
    auto *robLayout = new QVBoxLayout(robPage);
    auto *robNote = new QLabel(
        tr("RoB 2 judgements per trial and outcome, entered by you: the catalogue's sources state "
           "none, so every pair is \"not assessed\" until assessed here. Double-click a row to "
           "assess it."),
        robPage);
    robNote->setWordWrap(true);
    robLayout->addWidget(robNote);
    m_robTable = new QTableWidget(robPage);
    m_robTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_robTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_robTable->verticalHeader()->hide();
    m_robTable->horizontalHeader()->setStretchLastSection(true); // no blank band at full screen
    connect(m_robTable, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { assessRobRow(row); });
    robLayout->addWidget(m_robTable, 2);
    auto *controls = new QHBoxLayout;
    auto *assess = new QPushButton(tr("&Assess Selected Pair…"), robPage);
    connect(assess, &QPushButton::clicked, this, [this] {
        if (m_robTable->currentRow() >= 0) {
            assessRobRow(m_robTable->currentRow());
        }
    });
    controls->addWidget(assess);
    controls->addStretch(1);
    controls->addWidget(new QLabel(tr("Plot:"), robPage));
    m_style = new QComboBox(robPage);
    m_style->addItem(tr("Traffic light"));
    m_style->addItem(tr("Summary"));
    controls->addWidget(m_style);
    m_assessedOnly = new QCheckBox(tr("Assessed pairs only"), robPage);
    m_assessedOnly->setChecked(true);
    controls->addWidget(m_assessedOnly);
    auto *exportButton = new QPushButton(tr("&Export Plot…"), robPage);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Plot"), QString(),
                                                          tr("Images (*.png *.svg *.pdf)"));
        QString error;
        if (!path.isEmpty() && !exportPlot(path, &error)) {
            QMessageBox::warning(this, tr("Export Plot"), error);
        }
    });
    controls->addWidget(exportButton);
    robLayout->addLayout(controls);
    m_chart = new charts::ChartView(robPage);
    m_chart->setFillsView(false);
    // Shorter than the view's own least height, so that the window fits 1280x800 at 200%
    // (400 points tall); the plot scrolls (it does not fill the view) rather than being cut.
    m_chart->setMinimumSize(240, 160);
    robLayout->addWidget(m_chart, 3);
    connect(m_style, &QComboBox::currentIndexChanged, this, &AppraisalView::redrawChart);
    connect(m_assessedOnly, &QCheckBox::toggled, this, &AppraisalView::redrawChart);
    m_tabs->addTab(robPage, tr("Risk of bias (RoB 2)"));

    auto *gradePage = new QWidget(this);
    auto *gradeLayout = new QVBoxLayout(gradePage);
    auto *gradeNote = new QLabel(
        tr("GRADE certainty per outcome, rated by you. Where a review graded an outcome in its "
           "summary of findings, its grading is shown as the review's. Double-click a row to "
           "rate it."),
        gradePage);
    gradeNote->setWordWrap(true);
    gradeLayout->addWidget(gradeNote);
    m_gradeTable = new QTableWidget(gradePage);
    m_gradeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_gradeTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gradeTable->verticalHeader()->hide();
    m_gradeTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_gradeTable, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { rateGradeRow(row); });
    gradeLayout->addWidget(m_gradeTable);
    m_tabs->addTab(gradePage, tr("GRADE certainty"));

    refresh();
    resizeWithinScreen(this, QSize(1200, 860));
}

void AppraisalView::refresh()
{
    const auto studies = m_catalogue.studies();
    const auto results = m_catalogue.results();
    m_robRows = eb::evidence::robRows(studies, results, m_catalogue.robAssessments());
    QList<eb::review::SofRow> sof;
    if (const auto review = m_catalogue.study(eb::review::kSofReviewStudy)) {
        sof = eb::review::summaryOfFindings(*review, eb::review::kSofReviewSource);
    }
    m_gradeRows = eb::evidence::gradeRows(results, m_catalogue.gradeAssessments(), sof);
    fillRobTable();
    fillGradeTable();
    redrawChart();
}

void AppraisalView::fillRobTable()
{
    QStringList headers{tr("Trial"), tr("Outcome")};
    for (const RobDomain d : catalogue::allRobDomains()) {
        headers << catalogue::robDomainShort(d);
    }
    headers << tr("Overall") << tr("Assessor");
    m_robTable->clear();
    m_robTable->clearSpans();
    m_robTable->setColumnCount(static_cast<int>(headers.size()));
    m_robTable->setHorizontalHeaderLabels(headers);
    m_robTable->setRowCount(static_cast<int>(m_robRows.size()));
    for (int r = 0; r < m_robRows.size(); ++r) {
        const eb::evidence::RobRow &row = m_robRows.at(r);
        m_robTable->setItem(r, 0, cell(row.studyName));
        m_robTable->setItem(r, 1, cell(row.outcomeName));
        int column = 2;
        if (!row.assessment) {
            for (; column < headers.size(); ++column) {
                m_robTable->setItem(r, column,
                                    cell(column == 2 ? eb::evidence::notAssessed() : QString()));
            }
            // Across the domains and the overall judgement: it says all six are not assessed.
            m_robTable->setSpan(r, 2, 1, static_cast<int>(headers.size()) - 3);
            continue;
        }
        for (const RobDomain d : catalogue::allRobDomains()) {
            m_robTable->setItem(r, column++, judgementCell(row.assessment->domain(d)));
        }
        m_robTable->setItem(r, column++, judgementCell(row.assessment->overall));
        m_robTable->setItem(r, column, cell(row.assessment->assessor));
    }
    m_robTable->resizeColumnsToContents();
}

void AppraisalView::fillGradeTable()
{
    m_gradeTable->clear();
    m_gradeTable->setColumnCount(3);
    m_gradeTable->setHorizontalHeaderLabels(
        {tr("Outcome"), tr("Certainty (ours)"), tr("The review's own grading")});
    m_gradeTable->setRowCount(static_cast<int>(m_gradeRows.size()));
    for (int r = 0; r < m_gradeRows.size(); ++r) {
        const eb::evidence::GradeRow &row = m_gradeRows.at(r);
        m_gradeTable->setItem(r, 0, cell(row.outcomeName));
        m_gradeTable->setItem(r, 1, cell(row.certainty()));
        m_gradeTable->setItem(
            r, 2,
            cell(row.reviewCertainty.isEmpty()
                     ? QString()
                     : tr("%1 (graded by %2)").arg(row.reviewCertainty, row.reviewLabel)));
    }
    m_gradeTable->resizeColumnsToContents();
}

QList<eb::evidence::RobRow> AppraisalView::plottedRows() const
{
    QList<eb::evidence::RobRow> rows = m_robRows;
    if (m_assessedOnly->isChecked()) {
        rows.removeIf([](const eb::evidence::RobRow &r) { return !r.assessment; });
    }
    return rows;
}

void AppraisalView::redrawChart()
{
    const bool summary = m_style->currentIndex() == 1;
    auto spec = eb::evidence::robChartSpec(
        plottedRows(), summary ? tr("Risk of bias (RoB 2): summary") : tr("Risk of bias (RoB 2)"));
    // "N of M pairs assessed" counts every pair, not only the plotted ones (else "0 of 0").
    spec.footnote = eb::evidence::robChartSpec(m_robRows, spec.title).footnote;
    m_chart->setFigure(std::make_unique<charts::RobChart>(
        spec, summary ? charts::RobChart::Style::Summary : charts::RobChart::Style::TrafficLight));
}

bool AppraisalView::exportPlot(const QString &path, QString *error)
{
    auto *figure = m_chart->figure();
    const auto format = charts::exportFormatForPath(path);
    if (figure == nullptr || !format) {
        *error = tr("Name a .png, .svg or .pdf file.");
        return false;
    }
    if (figure->size().isEmpty()) { // never shown: lay it out at its natural size
        figure->resize(figure->naturalSize(900));
    }
    charts::ExportOptions options;
    options.title = windowTitle();
    return charts::exportFigure(*figure, path, *format, options, error);
}

bool AppraisalView::assessRobRow(int row)
{
    if (row < 0 || row >= m_robRows.size()) {
        return false;
    }
    const eb::evidence::RobRow &r = m_robRows.at(row);
    auto *dialog = new RobDialog(m_catalogue, r.studySlug, r.studyName, r.outcomeSlug,
                                 r.outcomeName, r.assessment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AppraisalView::refresh);
    if (dialogHook) {
        dialogHook(dialog);
        return dialog->result() == QDialog::Accepted;
    }
    return dialog->exec() == QDialog::Accepted;
}

bool AppraisalView::rateGradeRow(int row)
{
    if (row < 0 || row >= m_gradeRows.size()) {
        return false;
    }
    const eb::evidence::GradeRow &r = m_gradeRows.at(row);
    const QString review =
        r.reviewCertainty.isEmpty()
            ? QString()
            : tr("%1 graded it %2 (the review's grading, shown beside yours, never replaced).")
                  .arg(r.reviewLabel, r.reviewCertainty);
    auto *dialog =
        new GradeDialog(m_catalogue, r.outcomeSlug, r.outcomeName, r.assessment, review, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AppraisalView::refresh);
    if (dialogHook) {
        dialogHook(dialog);
        return dialog->result() == QDialog::Accepted;
    }
    return dialog->exec() == QDialog::Accepted;
}

} // namespace eb::gui::review
