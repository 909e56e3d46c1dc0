#pragma once

#include "gui/browse/section.h"
#include "gui/features/editing/importpreview.h"
#include "gui/features/editing/recordfilejobs.h"
#include "gui/features/windowfeature.h"
#include "model/recordrows.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <optional>

class QAction;
class QLabel;
class QWidget;

namespace eb::gui {
class WindowContext;
} // namespace eb::gui

namespace eb::gui::editing {

class RecordEditor;
class RecordForm;

// Asks whether to upgrade an older catalogue file (after a backup): the window's answer to
// CatalogueSession::UpgradeConsent. A modal question; parent may be null (at start).
bool askToUpgrade(QWidget *parent, const QString &file, int from, int to);

// A window feature: growing the catalogue. Edit > Undo / Redo and Add / Edit / Duplicate to
// Edit / Delete for studies, outcome measures, sources and results (RecordForm, RecordEditor);
// File > Import Records, Export Records and Restore from Backup, with the same core code as
// `evidence import` / `export` (export/recordfile.h, the catalogue's write API and backups);
// and a banner when the open catalogue cannot be written.
class EditingFeature : public QObject, public WindowFeature
{
    Q_OBJECT

public:
    explicit EditingFeature(QObject *parent = nullptr);
    void install(WindowContext &context) override;

    RecordEditor *editor() const { return m_editor; }
    QWidget *readOnlyBanner() const { return m_banner; }

    // The record the user has selected, of a kind that can be edited; nothing for mechanisms
    // and claims, or when no row is current.
    std::optional<catalogue::RecordRow> currentRecord() const;

    // Each opens a form (window-modal, returns at once) and returns it; nullptr with a message
    // when the catalogue is read-only or the record is bundled (editRecord).
    RecordForm *addRecord(catalogue::RecordKind kind);
    RecordForm *editRecord(const catalogue::RecordRow &record);
    // A new record of the user's with this one's fields (a bundled record is read-only).
    RecordForm *duplicateRecord(const catalogue::RecordRow &record);
    // Deletes a user record (undoable); false with a message.
    bool deleteRecord(const catalogue::RecordRow &record);

    // File > Import Records without the file dialog: reads the file and checks every row off
    // the GUI thread (the window's job runner), then shows the preview of every row's
    // problems (preview()); nothing is written until its Import is pressed. False when it
    // could not start (a message says why).
    bool importFile(const QString &file);
    // The last preview shown, while it is open.
    ImportPreview *preview() const { return m_preview; }
    // File > Export Records without the dialog: CSV of one kind (the suffix .csv) or JSON of
    // every kind, written off the GUI thread; the status bar or a message says how it went.
    // False when it could not start.
    bool exportRecordsTo(const QString &file, std::optional<catalogue::RecordKind> kind);

    // The last message shown (for tests: messages are non-modal boxes).
    QString lastMessage() const { return m_lastMessage; }

private:
    QAction *add(const char *id, const QString &text);
    void updateState();
    void showMessage(const QString &title, const QString &text);
    void showNoRecordMessage();
    void editCurrent();
    void duplicateCurrent();
    void deleteCurrent();
    void editResultOfStudy(bool remove);
    void importInteractively();
    void exportInteractively();
    void restoreInteractively();
    RecordForm *openForm(catalogue::RecordKind kind, const QString &title,
                         const catalogue::Fields &fields);
    void showPreview(const QString &file, const ImportCheck &check);
    QString importOutcome(const QString &file, const QList<catalogue::RecordRow> &rows,
                          const ImportWrite &write);

    WindowContext *m_context = nullptr;
    RecordEditor *m_editor = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QList<QAction *> m_writeActions; // disabled while the catalogue is read-only
    QAction *m_editAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QString m_lastMessage;
    QPointer<ImportPreview> m_preview;
};

} // namespace eb::gui::editing
