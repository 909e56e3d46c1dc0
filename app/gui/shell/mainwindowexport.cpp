// The main window's ways out: exporting the chart, the list, the results or the details, and
// copying the selection (kept apart from mainwindow.cpp, which builds and drives the window).
#include "gui/browse/recordbrowser.h"
#include "gui/browse/sectionspec.h"
#include "gui/browse/tableexport.h"
#include "gui/chart/chartpane.h"
#include "gui/detail/detailhighlight.h"
#include "gui/detail/detailhtml.h"
#include "gui/detail/detailview.h"
#include "gui/detail/recordpage.h"
#include "gui/features/research/recordexport.h"
#include "gui/models/recordtablemodel.h"
#include "gui/shell/mainwindow.h"
#include "output/outputfile.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTextDocument>
#include <memory>

namespace eb::gui {

bool MainWindow::exportChart(const QString &file, QString *error)
{
    fillWaitingDetails();
    // The chart may never have been shown: draw it first.
    if (m_chartDirty) {
        m_chartDirty = false;
        if (m_chartResults.isEmpty()) {
            m_chartPane->showMessage(QString());
        } else {
            m_chartPane->showResults(m_chartTitle, m_chartResults);
        }
    }
    return m_chartPane->exportChart(file, m_chartTitle, error);
}

void MainWindow::exportChartInteractively()
{
    QFileDialog *dialog = chartExportDialog(this, m_browser->currentSlug());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog](const QString &chosen) {
        const QString file = chartFileWithSuffix(*dialog, chosen);
        QString error;
        if (!exportChart(file, &error)) {
            QMessageBox::warning(this, tr("Export Chart"), error);
            return;
        }
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(file)), 5000);
    });
    dialog->open(); // window-modal, returns at once: the window keeps drawing
}

QList<ExportChoice> MainWindow::exportChoicesNow() const
{
    fillWaitingDetails();
    const QString slug = m_browser->currentSlug();
    QString title = tableView()->currentIndex().siblingAtColumn(0).data().toString();
    if (title.size() > 40) {
        title = title.left(39) + QChar(u'…');
    }
    return exportChoices(sectionText(sectionSpec(currentSection()).countNoun), slug, title,
                         static_cast<int>(m_chartResults.size()));
}

void MainWindow::exportRecords()
{
    const QList<ExportChoice> choices = exportChoicesNow();
    QFileDialog *dialog = exportDialog(this, tr("Export"), choices);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, choices](const QString &file) {
        QString error;
        if (!exportTo(chosenExport(*dialog, choices).kind, file, &error)) {
            QMessageBox::warning(this, tr("Export"), error);
            return;
        }
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(file)), 5000);
    });
    dialog->open(); // window-modal, returns at once
}

bool MainWindow::exportTo(ExportKind kind, const QString &file, QString *error)
{
    fillWaitingDetails();
    QString text;
    switch (kind) {
    case ExportKind::List:
        text = tableAsCsv(*model(currentSection()));
        break;
    case ExportKind::Results:
        text = resultsAsCsv(m_chartResults);
        break;
    case ExportKind::Details:
        text = wholeDetailsHtml();
        break;
    }
    // Whole or not at all: a failed write leaves no half-written file behind, and a device
    // or pipe is written through, never replaced (output/outputfile.h).
    return eb::output::writeFile(file, text.toUtf8(), error);
}

QString MainWindow::wholeDetailsHtml() const
{
    const QString slug = m_browser->currentSlug();
    if (slug.isEmpty()) {
        return m_detailView->toHtml();
    }
    // The pane may list only a long record's first result rows; a file has every one. The
    // pane's document is cloned for its fonts and settings, so the file reads as the pane.
    const std::unique_ptr<QTextDocument> whole(m_detailView->document()->clone());
    whole->setHtml(detail::highlightTerms(
        recordPage(m_catalogue, currentSection(), slug, detail::kAllResults).html,
        m_browser->searchTerms()));
    return whole->toHtml();
}

void MainWindow::copySelection()
{
    if (m_detailView->hasFocus() && m_detailView->textCursor().hasSelection()) {
        m_detailView->copy();
        return;
    }
    if (searchField()->hasFocus() && searchField()->hasSelectedText()) {
        searchField()->copy();
        return;
    }
    const QModelIndex current = tableView()->currentIndex();
    if (!current.isValid()) {
        return;
    }
    QApplication::clipboard()->setText(rowAsText(*current.model(), current.row()));
}

} // namespace eb::gui
