#include "gui/features/review/outcomematrixview.h"

#include "catalogue/catalogue.h"
#include "evidence/studycompare.h"
#include "gui/features/review/outcomematrixmodel.h"
#include "gui/features/review/resultdialog.h"
#include "gui/features/review/tablefigure.h"
#include "gui/shell/screenfit.h"
#include "model/vocabulary.h"
#include "output/outputfile.h"
#include "output/textformats.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageWriter>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QTableView>
#include <QTextStream>
#include <QVBoxLayout>

namespace eb::gui::review {

OutcomeMatrixView::OutcomeMatrixView(catalogue::Catalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_model(new OutcomeMatrixModel(this)),
      m_gapModel(new EvidenceGapModel(this)), m_table(new QTableView(this)),
      m_gapTable(new QTableView(this)), m_stack(new QStackedWidget(this)),
      m_metric(new QComboBox(this)), m_condition(new QComboBox(this)),
      m_design(new QComboBox(this)), m_species(new QComboBox(this)),
      m_summary(new QCheckBox(tr("Summary: studies and participants (evidence gaps)"), this))
{
    setWindowTitle(tr("Outcome Matrix"));
    // The filter boxes list the designs and species the catalogue holds (a DISTINCT each);
    // the rows are read a page at a time (rebuild()).
    fillFilterBoxes();
    const QString readError = m_catalogue.lastError();

    namespace vocabulary = eb::catalogue::vocabulary;
    using vocabulary::List;
    for (const vocabulary::DisplayMetric display : vocabulary::allDisplayMetrics()) {
        m_metric->addItem(vocabulary::displayMetricLabel(display),
                          vocabulary::displayMetricKey(display));
    }
    m_condition->addItem(tr("All conditions"), QString());
    for (const QString &condition : vocabulary::keys(List::Condition)) {
        m_condition->addItem(vocabulary::condition(condition), condition);
    }

    auto *exportButton = new QPushButton(tr("Export…"), this);
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Show:"), this));
    controls->addWidget(m_metric);
    controls->addWidget(m_condition);
    controls->addWidget(m_design);
    controls->addWidget(m_species);
    controls->addWidget(m_summary);
    controls->addStretch();
    controls->addWidget(exportButton);

    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    // Rows as tall as three lines of a cell: fitting each row to its contents would read every
    // row of the matrix.
    m_table->verticalHeader()->setDefaultSectionSize(3 * fontMetrics().lineSpacing() + 6);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gapTable->setModel(m_gapModel);
    m_gapTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gapTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_gapTable);

    auto *legend = new QLabel(OutcomeMatrixModel::legendHtml(), this);
    legend->setWordWrap(true);
    legend->setTextFormat(Qt::RichText);
    if (!readError.isEmpty()) {
        legend->setTextFormat(Qt::PlainText);
        legend->setText(tr("The catalogue could not be read: %1").arg(readError));
    }

    auto *layout = new QVBoxLayout(this);
    // At 200% on 1280x800 the row is wider than the screen: it scrolls sideways there.
    layout->addWidget(scrollingRow(controls, this));
    layout->addWidget(m_stack, 1);
    layout->addWidget(legend);

    connect(m_metric, &QComboBox::currentIndexChanged, this, &OutcomeMatrixView::rebuild);
    connect(m_condition, &QComboBox::currentIndexChanged, this, &OutcomeMatrixView::rebuild);
    connect(m_design, &QComboBox::currentIndexChanged, this, &OutcomeMatrixView::rebuild);
    connect(m_species, &QComboBox::currentIndexChanged, this, &OutcomeMatrixView::rebuild);
    connect(m_summary, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            showGaps();
        }
        m_stack->setCurrentWidget(on ? m_gapTable : m_table);
    });
    connect(m_table, &QTableView::clicked, this, &OutcomeMatrixView::openCell);
    connect(m_table, &QTableView::activated, this, &OutcomeMatrixView::openCell);
    connect(exportButton, &QPushButton::clicked, this, &OutcomeMatrixView::exportInteractively);
    rebuild();
    resizeWithinScreen(this, QSize(1200, 720));
}

void OutcomeMatrixView::fillFilterBoxes()
{
    namespace vocabulary = eb::catalogue::vocabulary;
    using vocabulary::List;
    const QStringList designs = m_catalogue.distinctValues(catalogue::StudyColumn::Design);
    const QStringList species = m_catalogue.distinctValues(catalogue::StudyColumn::Species);
    // Filters as in the main table: condition, design, species; the designs and species the
    // catalogue holds, in the vocabulary's order (an unknown key last, as it is). A choice
    // made stays chosen while the catalogue holds it.
    const auto inVocabularyOrder = [](QStringList present, List list) {
        QStringList out;
        for (const QString &key : vocabulary::keys(list)) {
            if (present.removeAll(key) > 0) {
                out << key;
            }
        }
        present.sort();
        return out + present;
    };
    const auto refill = [&](QComboBox *box, const QString &all, const QStringList &keys,
                            const std::function<QString(const QString &)> &label) {
        const QString chosen = box->currentData().toString();
        const QSignalBlocker quiet(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString &key : keys) {
            box->addItem(label(key), key);
        }
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
    };
    refill(m_design, tr("All designs"), inVocabularyOrder(designs, List::Design),
           [](const QString &key) { return vocabulary::design(key); });
    refill(m_species, tr("All species"), inVocabularyOrder(species, List::Species),
           [](const QString &key) { return vocabulary::species(key); });
}

void OutcomeMatrixView::refresh()
{
    const int rows = m_model->rowCount();
    const int scrolledDown = m_table->verticalScrollBar()->value();
    const int scrolledAcross = m_table->horizontalScrollBar()->value();
    fillFilterBoxes();
    rebuild();
    // Fetched again as far as the model keeps pages: reading every page down to a row far
    // down a matrix of 100,000 studies would take seconds.
    while (m_model->rowCount() < rows &&
           m_model->rowCount() < OutcomeMatrixModel::kPageRows * OutcomeMatrixModel::kCachedPages &&
           m_model->canFetchMore({})) {
        m_model->fetchMore({});
    }
    m_table->verticalScrollBar()->setValue(scrolledDown);
    m_table->horizontalScrollBar()->setValue(scrolledAcross);
}

void OutcomeMatrixView::rebuild()
{
    catalogue::StudyFilter studies;
    studies.condition = m_condition->currentData().toString();
    studies.design = m_design->currentData().toString();
    studies.species = m_species->currentData().toString();
    studies.withResults = true;
    studies.sort = catalogue::StudySort::Matrix;
    studies.sortRanks = eb::review::matrixDesignOrder();
    catalogue::ResultFilter results;
    results.condition = studies.condition;
    results.design = studies.design;
    results.species = studies.species;
    const auto metric =
        eb::catalogue::vocabulary::displayMetricFromKey(m_metric->currentData().toString())
            .value_or(eb::catalogue::vocabulary::DisplayMetric::Native);
    // The columns from one grouped query; the rows a page of studies at a time, each with
    // the results of those studies only.
    QList<eb::review::MatrixColumn> columns =
        eb::review::matrixColumns(m_catalogue.resultOutcomeTimepoints(results));
    const catalogue::Catalogue *reader = &m_catalogue;
    m_model->setSource(
        metric, columns, [reader, studies, columns, metric](qint64 afterStudyId, int limit) {
            catalogue::StudyFilter page = studies;
            page.afterId = afterStudyId;
            page.limit = limit;
            const QList<catalogue::StudySummary> rows = reader->studies(page);
            if (rows.isEmpty()) {
                return QList<eb::review::MatrixRow>();
            }
            catalogue::ResultFilter ofRows;
            for (const catalogue::StudySummary &s : rows) {
                ofRows.studyIds << s.id;
            }
            return eb::review::matrixRows(rows, reader->results(ofRows), columns, metric);
        });
    m_gapsShown = false;
    if (m_summary->isChecked()) {
        showGaps();
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(0, 230);
    for (int c = 1; c < m_model->columnCount(); ++c) {
        m_table->setColumnWidth(c, 150);
    }
}

// The evidence-gap summary, added up a batch of studies at a time when it is first shown
// (it needs every result of the filter, which the matrix's rows never read at once).
void OutcomeMatrixView::showGaps()
{
    if (m_gapsShown) {
        return;
    }
    catalogue::StudyFilter filter;
    filter.condition = m_condition->currentData().toString();
    filter.design = m_design->currentData().toString();
    filter.species = m_species->currentData().toString();
    filter.withResults = true;
    filter.limit = 512;
    eb::review::GapTally tally;
    for (;;) {
        const QList<catalogue::StudySummary> studies = m_catalogue.studies(filter);
        if (studies.isEmpty()) {
            break;
        }
        catalogue::ResultFilter ofStudies;
        for (const catalogue::StudySummary &s : studies) {
            ofStudies.studyIds << s.id;
        }
        tally.add(studies, m_catalogue.results(ofStudies));
        filter.afterId = studies.last().id;
    }
    m_gapModel->setGaps(tally.cells());
    m_gapTable->resizeRowsToContents();
    m_gapsShown = true;
}

void OutcomeMatrixView::openCell(const QModelIndex &index)
{
    const eb::review::MatrixCell *cell = m_model->cellAt(index);
    if (cell == nullptr) {
        return;
    }
    emit resultOpened(cell->result.id);
    auto *dialog = new ResultDialog(
        cell->result,
        cell->derived ? QStringLiteral("%1 (derived: %2)")
                            .arg(OutcomeMatrixModel::cellText(*cell), cell->formula)
                      : QString(),
        this);
    dialog->setObjectName(QStringLiteral("resultDialog"));
    dialog->show();
}

bool OutcomeMatrixView::exportCsv(const QString &path, QString *error) const
{
    QString text;
    QTextStream out(&text);
    const auto field = &eb::output::csvField;
    if (m_stack->currentWidget() == m_gapTable) {
        // The evidence-gap map, as `evidence matrix --summary --csv` prints it.
        out << "outcome,domain,condition,studies,participants,studies_without_n,syntheses\n";
        for (const eb::review::GapCell &g : m_gapModel->gaps()) {
            out << field(g.outcomeSlug) << ',' << field(g.domain) << ',' << field(g.condition)
                << ',' << g.studies << ',' << g.participants << ',' << g.studiesWithoutN << ','
                << g.syntheses << "\n";
        }
        out.flush();
        return eb::output::writeFile(path, text.toUtf8(), error);
    }
    out << "study,condition,design,domain,outcome,timepoint,cell,derived,result_id,source\n";
    const eb::review::OutcomeMatrix &m = m_model->matrix();
    m_model->forEachRow([&](const eb::review::MatrixRow &r) {
        for (const eb::review::MatrixCell &c : r.cells) {
            const eb::review::MatrixColumn &col = m.columns.at(c.column);
            out << QStringList{field(r.studySlug),
                               field(r.condition),
                               field(r.design),
                               field(col.domain),
                               field(col.outcomeSlug),
                               field(col.timepoint),
                               field(OutcomeMatrixModel::cellText(c)),
                               c.derived ? QStringLiteral("1") : QStringLiteral("0"),
                               QString::number(c.result.id),
                               field(c.result.sourceShortLabel)}
                       .join(QLatin1Char(','))
                << "\n";
        }
    });
    out.flush();
    return eb::output::writeFile(path, text.toUtf8(), error);
}

bool OutcomeMatrixView::exportPicture(const QString &path, QString *error)
{
    // The whole matrix (or gap map) with its legend, not the part scrolled into view.
    const bool gaps = m_stack->currentWidget() == m_gapTable;
    const std::unique_ptr<QWidget> figure = wholeTableFigure(
        gaps ? *m_gapTable : *m_table,
        gaps ? tr("Per outcome and condition: the primary studies that report it, their "
                  "participants (studies of unknown N counted apart) and the syntheses that pool "
                  "them.")
                   .toHtmlEscaped()
             : OutcomeMatrixModel::legendHtml(),
        error);
    if (!figure) {
        return false;
    }
    QWidget *what = figure.get();
    const QSize size = what->size();
    const QString suffix = path.section(QLatin1Char('.'), -1).toLower();
    // Drawn into memory, then written whole through the one checked path (QSvgGenerator and
    // QPdfWriter report no write errors; a device or pipe is written through, never replaced).
    if (suffix == QLatin1String("png")) {
        return eb::output::writeFileFrom(
            path,
            [&](QIODevice &device, QString *why) {
                QImageWriter writer(&device, "png");
                if (!writer.write(what->grab().toImage())) {
                    *why = writer.errorString();
                    return false;
                }
                return true;
            },
            error);
    }
    if (suffix == QLatin1String("svg")) {
        return eb::output::writeFileFrom(
            path,
            [&](QIODevice &device, QString *) {
                QSvgGenerator svg;
                svg.setOutputDevice(&device);
                svg.setSize(size);
                svg.setViewBox(QRect(QPoint(0, 0), size));
                svg.setTitle(eb::output::xmlEscaped(windowTitle()));
                QPainter painter(&svg);
                what->render(&painter);
                return true;
            },
            error);
    }
    if (suffix == QLatin1String("pdf")) {
        return eb::output::writeFileFrom(
            path,
            [&](QIODevice &device, QString *) {
                QPdfWriter pdf(&device);
                pdf.setTitle(windowTitle());
                pdf.setResolution(96);
                pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
                QPainter painter(&pdf);
                what->render(&painter);
                return true;
            },
            error);
    }
    *error = tr("use a file name ending in .png, .svg or .pdf");
    return false;
}

void OutcomeMatrixView::exportInteractively()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the outcome matrix"), QStringLiteral("outcome-matrix.csv"),
        tr("CSV table (*.csv);;PNG picture (*.png);;SVG picture (*.svg);;PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    const bool ok = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                        ? exportCsv(path, &error)
                        : exportPicture(path, &error);
    if (!ok) {
        QMessageBox::warning(this, tr("Export failed"), error);
    }
}

} // namespace eb::gui::review
