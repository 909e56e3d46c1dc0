#pragma once

#include <QList>
#include <QString>

class QFileDialog;
class QWidget;

// What File > Export offers and under which names: the list of records the table shows, or
// the selected record's results or details, each with a default file name that names what it
// holds ("studies.csv", "captain-ii-results.csv", "captain-ii.html", "captain-ii-forest.png").
namespace eb::gui {

enum class ExportKind
{
    List,    // the table as CSV
    Results, // the selected record's results as CSV (resultsAsCsv)
    Details, // the detail pane as HTML
};

struct ExportChoice
{
    ExportKind kind = ExportKind::List;
    QString filter;   // translated name filter ("Studies list as CSV (*.csv)")
    QString fileName; // default file name
};

// The choices for a section whose records are called `noun` ("studies"), with the selected
// record `slug` named `title` (both empty when none is selected) that has `resultCount`
// results. The list comes first; a record's results only when it has some.
QList<ExportChoice> exportChoices(const QString &noun, const QString &slug, const QString &title,
                                  int resultCount);

// "captain-ii-forest.png"; "chart.png" without a record.
QString chartFileName(const QString &slug);

// A save dialog (not yet shown) over the choices: choosing a type puts its default name in the
// file field. Named "exportDialog" (tests find it).
QFileDialog *exportDialog(QWidget *parent, const QString &caption,
                          const QList<ExportChoice> &choices);

// A save dialog for a chart (PNG, SVG or PDF), named "exportChartDialog", with the file name
// chartFileName(slug); the name's suffix follows the chosen type.
QFileDialog *chartExportDialog(QWidget *parent, const QString &slug);
// The dialog's file with the suffix of the chosen type added when it has none of the three.
QString chartFileWithSuffix(const QFileDialog &dialog, const QString &file);

// The choice whose filter the dialog has selected (the first if none matches).
ExportChoice chosenExport(const QFileDialog &dialog, const QList<ExportChoice> &choices);

} // namespace eb::gui
