#pragma once

#include "model/recordrows.h"

#include <QDialog>
#include <QStringList>
#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace eb::gui::editing {

// File > Import Records' preview: how many records of each kind the file holds and every
// row's problems (row, column, value, what is wrong), found by the same checks the write makes
// (a dry run of the catalogue's write API), before anything is written. Import is offered only
// when no row has an error; it writes all rows or none.
class ImportPreview : public QDialog
{
    Q_OBJECT

public:
    // Starts writing the records for real (off the GUI thread) and calls `finished` when
    // done: with an empty string on success, else why nothing was written.
    using Finished = std::function<void(const QString &failure)>;
    using Importer = std::function<void(Finished finished)>;

    // `where` names each record's place in the file ("line 4", "result[2]"), by index.
    ImportPreview(const QString &file, const QList<catalogue::RecordRow> &records,
                  const QStringList &where, const catalogue::WriteReport &dryRun,
                  QWidget *parent = nullptr);

    void setImporter(Importer importer) { m_importer = std::move(importer); }
    bool canImport() const;
    // Presses Import (for tests); the preview closes once the import has been written.
    void import();

    QTableWidget *problemTable() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void importFinished(const QString &failure);

    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_importButton = nullptr;
    Importer m_importer;
};

} // namespace eb::gui::editing
