#include "gui/features/research/recordexport.h"

#include "charts/chartexport.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>

namespace eb::gui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::gui::RecordExport", text);
}

// "outcome measures" -> "outcome-measures": a file name without spaces.
QString fileStem(const QString &words)
{
    return words.toLower().simplified().replace(QLatin1Char(' '), QLatin1Char('-'));
}

} // namespace

QList<ExportChoice> exportChoices(const QString &noun, const QString &slug, const QString &title,
                                  int resultCount)
{
    QString listName = noun;
    if (!listName.isEmpty()) {
        listName[0] = listName.at(0).toUpper();
    }
    QList<ExportChoice> choices{{ExportKind::List, tr("%1 list as CSV (*.csv)").arg(listName),
                                 fileStem(noun) + QStringLiteral(".csv")}};
    if (slug.isEmpty()) {
        return choices;
    }
    if (resultCount > 0) {
        choices.append({ExportKind::Results, tr("%1: results as CSV (*.csv)").arg(title),
                        slug + QStringLiteral("-results.csv")});
    }
    choices.append({ExportKind::Details, tr("%1: details as HTML (*.html)").arg(title),
                    slug + QStringLiteral(".html")});
    return choices;
}

QString chartFileName(const QString &slug)
{
    return slug.isEmpty() ? QStringLiteral("chart.png") : slug + QStringLiteral("-forest.png");
}

QFileDialog *exportDialog(QWidget *parent, const QString &caption,
                          const QList<ExportChoice> &choices)
{
    auto *dialog = new QFileDialog(parent, caption);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    QStringList filters;
    for (const ExportChoice &choice : choices) {
        filters << choice.filter;
    }
    dialog->setNameFilters(filters);
    if (!choices.isEmpty()) {
        dialog->selectNameFilter(choices.first().filter);
        dialog->selectFile(choices.first().fileName);
    }
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog,
                     [dialog, choices](const QString &filter) {
                         for (const ExportChoice &choice : choices) {
                             if (choice.filter == filter) {
                                 dialog->selectFile(choice.fileName);
                             }
                         }
                     });
    return dialog;
}

QFileDialog *chartExportDialog(QWidget *parent, const QString &slug)
{
    auto *dialog = new QFileDialog(parent, tr("Export Chart"));
    dialog->setObjectName(QStringLiteral("exportChartDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters(
        {tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"), tr("PDF document (*.pdf)")});
    dialog->selectFile(chartFileName(slug));
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, slug](const QString &) {
        const QString suffix = chartFileWithSuffix(*dialog, QStringLiteral("x")).mid(1);
        dialog->selectFile(QFileInfo(chartFileName(slug)).completeBaseName() + suffix);
    });
    return dialog;
}

QString chartFileWithSuffix(const QFileDialog &dialog, const QString &file)
{
    if (charts::exportFormatForPath(file)) {
        return file;
    }
    const QStringList filters = dialog.nameFilters();
    const qsizetype chosen = filters.indexOf(dialog.selectedNameFilter());
    return file + (chosen == 1   ? QStringLiteral(".svg")
                   : chosen == 2 ? QStringLiteral(".pdf")
                                 : QStringLiteral(".png"));
}

ExportChoice chosenExport(const QFileDialog &dialog, const QList<ExportChoice> &choices)
{
    for (const ExportChoice &choice : choices) {
        if (choice.filter == dialog.selectedNameFilter()) {
            return choice;
        }
    }
    return choices.value(0);
}

} // namespace eb::gui
