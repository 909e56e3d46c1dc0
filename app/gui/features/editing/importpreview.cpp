#include "gui/features/editing/importpreview.h"

#include "gui/features/editing/fieldlabels.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace eb::gui::editing {

ImportPreview::ImportPreview(const QString &file, const QList<catalogue::RecordRow> &records,
                             const QStringList &where, const catalogue::WriteReport &dryRun,
                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importPreview"));
    setWindowTitle(tr("Import Records"));
    // Counted by kind, whatever kinds the record files hold (not a fixed-size array: the kinds
    // grew from four to ten, and an index past the end was a heap overflow).
    QHash<catalogue::RecordKind, int> counts;
    for (const catalogue::RecordRow &record : records) {
        ++counts[record.kind];
    }
    QStringList parts;
    for (catalogue::RecordKind kind : catalogue::allRecordKinds()) {
        if (const int n = counts.value(kind); n > 0) {
            parts << tr("%1 %2").arg(n).arg(kindWord(kind));
        }
    }
    int errors = 0;
    for (const catalogue::RecordProblem &p : dryRun.problems) {
        errors += p.problem.severity == catalogue::Severity::Error ? 1 : 0;
    }
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    const QString holds = tr("%1 holds %2.")
                              .arg(QDir::toNativeSeparators(file),
                                   parts.isEmpty() ? tr("no records") : parts.join(tr(", ")));
    m_summary->setText(
        errors > 0
            ? tr("%1 %2 problem(s) below must be fixed in the file first: nothing is written "
                 "until every row is clean.")
                  .arg(holds)
                  .arg(errors)
            : tr("%1 Import adds them all as your own records, in one step (a backup of the "
                 "catalogue is written first).")
                  .arg(holds));

    m_table = new QTableWidget(static_cast<int>(dryRun.problems.size()), 5);
    m_table->setObjectName(QStringLiteral("importProblems"));
    m_table->setHorizontalHeaderLabels(
        {tr("Row"), tr("Column"), tr("Value"), tr("Problem"), tr("Severity")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    for (int row = 0; row < dryRun.problems.size(); ++row) {
        const catalogue::RecordProblem &p = dryRun.problems.at(row);
        const QStringList cells{where.value(p.index, tr("record %1").arg(p.index + 1)),
                                p.problem.column, p.problem.value, p.problem.message,
                                p.problem.severity == catalogue::Severity::Error ? tr("error")
                                                                                 : tr("warning")};
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_table->setVisible(!dryRun.problems.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(errors == 0 && !records.isEmpty());
    connect(m_importButton, &QPushButton::clicked, this, &ImportPreview::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, dryRun.problems.isEmpty() ? 160 : 420);
}

bool ImportPreview::canImport() const
{
    return m_importButton->isEnabled();
}

void ImportPreview::import()
{
    if (!canImport() || !m_importer) {
        return;
    }
    m_importButton->setEnabled(false); // one import at a time
    m_importer([preview = QPointer<ImportPreview>(this)](const QString &failure) {
        if (ImportPreview *shown = preview.data()) {
            shown->importFinished(failure);
        }
    });
}

void ImportPreview::importFinished(const QString &failure)
{
    if (!failure.isEmpty()) {
        m_summary->setText(failure);
        m_importButton->setEnabled(true);
        return;
    }
    accept();
}

} // namespace eb::gui::editing
