#include "gui/features/editing/editingfeature.h"

#include "catalogue/catalogue.h"
#include "gui/features/editing/fieldlabels.h"
#include "gui/features/editing/importpreview.h"
#include "gui/features/editing/recordeditor.h"
#include "gui/features/editing/recordform.h"
#include "gui/shell/actionregistry.h"
#include "gui/shell/cataloguesession.h"
#include "gui/shell/jobrunner.h"
#include "gui/shell/windowcontext.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>
#include <tuple>

namespace eb::gui::editing {
namespace {

using catalogue::Fields;
using catalogue::RecordKind;
using catalogue::RecordRow;

std::optional<RecordKind> kindOfSection(Section section)
{
    switch (section) {
    case Section::Studies:
        return RecordKind::Study;
    case Section::Outcomes:
        return RecordKind::Outcome;
    case Section::Sources:
        return RecordKind::Source;
    default:
        return std::nullopt;
    }
}

// A slug not yet taken: "captain-ii-copy", "captain-ii-copy-2", ...
QString freeSlug(const QString &slug, const QList<RecordRow> &taken)
{
    QStringList slugs;
    for (const RecordRow &row : taken) {
        slugs << row.fields.value(QStringLiteral("slug"));
    }
    QString candidate = slug + QStringLiteral("-copy");
    for (int n = 2; slugs.contains(candidate); ++n) {
        candidate = slug + QStringLiteral("-copy-%1").arg(n);
    }
    return candidate;
}

QString resultText(const RecordRow &row)
{
    const Fields &f = row.fields;
    QString text =
        QStringLiteral("%1 · %2 · %3 %4")
            .arg(f.value(QStringLiteral("outcome")), f.value(QStringLiteral("timepoint")),
                 f.value(QStringLiteral("metric")), f.value(QStringLiteral("estimate")));
    if (row.userRecord) {
        text += EditingFeature::tr(" (yours)");
    }
    return text;
}

} // namespace

bool askToUpgrade(QWidget *parent, const QString &file, int from, int to)
{
    const auto answer = QMessageBox::question(
        parent, EditingFeature::tr("Upgrade Catalogue"),
        EditingFeature::tr("%1 was written by an older version of Evidence Browser (catalogue "
                           "version %2). To open it, it must be upgraded to version %3.\n\nA "
                           "backup of the file as it is now is written beside it first. "
                           "Upgrade it?")
            .arg(QDir::toNativeSeparators(file))
            .arg(from)
            .arg(to),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

EditingFeature::EditingFeature(QObject *parent) : QObject(parent)
{
    setObjectName(QStringLiteral("editingFeature"));
}

QAction *EditingFeature::add(const char *id, const QString &text)
{
    auto *action = new QAction(text, this);
    m_context->actions().add(QString::fromLatin1(id), action);
    m_context->window()->addAction(action); // its keys work anywhere in the window
    return action;
}

void EditingFeature::install(WindowContext &context)
{
    m_context = &context;
    m_editor = new RecordEditor(context.session(), this);
    connect(m_editor, &RecordEditor::failed, this,
            [this](const QString &message) { showMessage(tr("Undo"), message); });

    // Edit: Undo and Redo first, as everywhere; then the record commands.
    QUndoStack *stack = m_editor->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    context.actions().add(QStringLiteral("undo"), undo);
    context.actions().add(QStringLiteral("redo"), redo);
    context.window()->addAction(undo);
    context.window()->addAction(redo);

    QAction *addStudy = add("addStudy", tr("Add &Study..."));
    QAction *addOutcome = add("addOutcome", tr("Add &Outcome Measure..."));
    QAction *addSource = add("addSource", tr("Add Sourc&e..."));
    QAction *addResult = add("addResult", tr("Add Resul&t to This Study..."));
    // The kinds a study, a synthesis or a mechanism links to (schema 9, 10 and 12).
    QList<QAction *> linked;
    for (const auto &[id, text, kind] :
         {std::tuple{"addDosing", tr("Add &Dosing to This Study..."), RecordKind::Dosing},
          std::tuple{"addMechanism", tr("Add &Mechanism..."), RecordKind::Mechanism},
          std::tuple{"addTarget", tr("Add Molecular Tar&get..."), RecordKind::Target},
          std::tuple{"addMechanismTarget", tr("Add Target to This Mec&hanism..."),
                     RecordKind::MechanismTarget},
          std::tuple{"addInclusion", tr("Add Trial This Synthesis &Pooled..."),
                     RecordKind::SynthesisInclusion}}) {
        linked << add(id, text);
        const RecordKind opens = kind;
        connect(linked.last(), &QAction::triggered, this, [this, opens] { addRecord(opens); });
    }
    m_editAction = add("editRecord", tr("Ed&it Record..."));
    m_duplicateAction = add("duplicateRecord", tr("Du&plicate to Edit..."));
    m_deleteAction = add("deleteRecord", tr("De&lete Record"));
    QAction *editResult = add("editResult", tr("Edit Result of This Stud&y..."));
    QAction *deleteResult = add("deleteResult", tr("Delete Result of This Study..."));
    connect(addStudy, &QAction::triggered, this, [this] { addRecord(RecordKind::Study); });
    connect(addOutcome, &QAction::triggered, this, [this] { addRecord(RecordKind::Outcome); });
    connect(addSource, &QAction::triggered, this, [this] { addRecord(RecordKind::Source); });
    connect(addResult, &QAction::triggered, this, [this] { addRecord(RecordKind::Result); });
    connect(m_editAction, &QAction::triggered, this, &EditingFeature::editCurrent);
    connect(m_duplicateAction, &QAction::triggered, this, &EditingFeature::duplicateCurrent);
    connect(m_deleteAction, &QAction::triggered, this, &EditingFeature::deleteCurrent);
    connect(editResult, &QAction::triggered, this, [this] { editResultOfStudy(false); });
    connect(deleteResult, &QAction::triggered, this, [this] { editResultOfStudy(true); });
    m_writeActions = {addStudy,     addOutcome,     addSource,  addResult,
                      m_editAction, m_deleteAction, editResult, deleteResult};
    m_writeActions << linked;

    if (QMenu *edit = context.actions().menu(QStringLiteral("edit"))) {
        QAction *first = edit->actions().value(0);
        edit->insertActions(first, {undo, redo});
        edit->insertSeparator(first);
        edit->addSeparator();
        edit->addActions({addStudy, addOutcome, addSource, addResult});
        edit->addActions(linked);
        edit->addSeparator();
        edit->addActions({m_editAction, m_duplicateAction, m_deleteAction});
        edit->addSeparator();
        edit->addActions({editResult, deleteResult});
    }

    // File: the record files and the backups, before Quit.
    QAction *importAction = add("importRecords", tr("&Import Records..."));
    QAction *exportAction = add("exportCatalogueRecords", tr("Export Records for &Import..."));
    QAction *restore = add("restoreBackup", tr("Restore from &Backup..."));
    QAction *openReadOnly = add("openReadOnly", tr("Open Catalogue &Read-Only..."));
    connect(openReadOnly, &QAction::triggered, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(m_context->window(), tr("Open Catalogue Read-Only"),
                                         QFileInfo(m_context->catalogue().path()).absolutePath(),
                                         tr("Catalogues (*.sqlite *.db);;All files (*)"));
        QString error;
        if (!file.isEmpty() && !m_context->session().switchTo(file, &error, true)) {
            showMessage(tr("Open Catalogue"), error);
        }
    });
    connect(importAction, &QAction::triggered, this, &EditingFeature::importInteractively);
    connect(exportAction, &QAction::triggered, this, &EditingFeature::exportInteractively);
    connect(restore, &QAction::triggered, this, &EditingFeature::restoreInteractively);
    m_writeActions << importAction << restore;
    if (QMenu *file = context.actions().menu(QStringLiteral("file"))) {
        QAction *quit = context.actions().action(QStringLiteral("quit"));
        if (quit != nullptr && file->actions().contains(quit)) {
            file->insertActions(quit, {openReadOnly, importAction, exportAction, restore});
            file->insertSeparator(quit);
        } else {
            file->addActions({openReadOnly, importAction, exportAction, restore});
        }
    }

    // The banner: why nothing can be saved in this file.
    m_banner = new QWidget;
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setAutoFillBackground(true);
    QPalette palette = m_banner->palette();
    palette.setColor(QPalette::Window, QColor(0xfd, 0xf2, 0xd0));
    palette.setColor(QPalette::WindowText, QColor(0x5c, 0x45, 0x00));
    m_banner->setPalette(palette);
    m_bannerText = new QLabel;
    m_bannerText->setWordWrap(true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    context.addBanner(m_banner);

    connect(&context, &WindowContext::catalogueReplaced, this, &EditingFeature::updateState);
    connect(&context.session(), &CatalogueSession::recordsChanged, this,
            &EditingFeature::updateState);
    updateState();
}

void EditingFeature::updateState()
{
    const CatalogueSession &session = m_context->session();
    const bool writable = session.isWritable() && session.catalogue().isOpen();
    for (QAction *action : std::as_const(m_writeActions)) {
        action->setEnabled(writable);
    }
    if (writable) {
        m_banner->hide();
    } else {
        m_bannerText->setText(
            tr("<b>Read-only:</b> %1. You can browse and export, but not add or change records "
               "here; to add records, open a copy you may write (File \u25b8 Open Catalogue).")
                .arg(session.readOnlyReason().isEmpty() ? tr("the catalogue is not open")
                                                        : session.readOnlyReason()));
        m_banner->show();
    }
}

void EditingFeature::showMessage(const QString &title, const QString &text)
{
    m_lastMessage = text;
    // Non-modal: the window keeps drawing, and a test can read and close it.
    auto *box =
        new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_context->window());
    box->setObjectName(QStringLiteral("editingMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

std::optional<RecordRow> EditingFeature::currentRecord() const
{
    const RecordSelection selection = m_context->selection();
    const auto kind = kindOfSection(selection.section);
    if (!kind || selection.current.isEmpty()) {
        return std::nullopt;
    }
    for (const RecordRow &row : m_context->catalogue().records(*kind)) {
        if (row.fields.value(QStringLiteral("slug")) == selection.current) {
            return row;
        }
    }
    return std::nullopt;
}

RecordForm *EditingFeature::openForm(RecordKind kind, const QString &title, const Fields &fields)
{
    auto *form = new RecordForm(kind, title, m_context->window());
    form->setAttribute(Qt::WA_DeleteOnClose);
    for (RecordKind other : catalogue::allRecordKinds()) {
        QStringList slugs;
        if (catalogue::findField(other, QStringLiteral("slug")) != nullptr) {
            for (const RecordRow &row : m_context->catalogue().records(other)) {
                slugs << row.fields.value(QStringLiteral("slug"));
            }
            slugs.sort();
            form->setReferenceChoices(other, slugs);
        }
    }
    form->setFields(fields);
    form->open();
    return form;
}

RecordForm *EditingFeature::addRecord(RecordKind kind)
{
    if (!m_context->session().isWritable()) {
        showMessage(
            tr("Add"),
            tr("The catalogue is read-only: %1.").arg(m_context->session().readOnlyReason()));
        return nullptr;
    }
    // A result or dosing of the study shown, a trial the synthesis shown pooled, a target of
    // the mechanism shown: the record it belongs to is filled in.
    Fields fields;
    const RecordSelection selection = m_context->selection();
    const bool study = selection.section == Section::Studies && !selection.current.isEmpty();
    if (study && (kind == RecordKind::Result || kind == RecordKind::Dosing)) {
        fields.insert(QStringLiteral("study"), selection.current);
    } else if (study && kind == RecordKind::SynthesisInclusion) {
        fields.insert(QStringLiteral("synthesis"), selection.current);
    } else if (kind == RecordKind::MechanismTarget && selection.section == Section::Mechanisms) {
        fields.insert(QStringLiteral("mechanism"), selection.current);
    }
    RecordForm *form = openForm(kind, tr("Add %1").arg(kindWord(kind)), fields);
    form->setSaver([this, kind](const Fields &typed) { return m_editor->add(kind, typed); });
    return form;
}

RecordForm *EditingFeature::editRecord(const RecordRow &record)
{
    if (!record.userRecord) {
        showMessage(tr("Edit Record"),
                    tr("This %1 comes with the program and is read-only. Use Edit \u25b8 "
                       "Duplicate to Edit to make a copy of your own and change that.")
                        .arg(kindWord(record.kind)));
        return nullptr;
    }
    if (!m_context->session().isWritable()) {
        showMessage(
            tr("Edit Record"),
            tr("The catalogue is read-only: %1.").arg(m_context->session().readOnlyReason()));
        return nullptr;
    }
    RecordForm *form =
        openForm(record.kind, tr("Edit %1").arg(kindWord(record.kind)), record.fields);
    form->setSaver([this, record](const Fields &typed) { return m_editor->edit(record, typed); });
    return form;
}

RecordForm *EditingFeature::duplicateRecord(const RecordRow &record)
{
    if (!m_context->session().isWritable()) {
        showMessage(
            tr("Duplicate to Edit"),
            tr("The catalogue is read-only: %1.").arg(m_context->session().readOnlyReason()));
        return nullptr;
    }
    Fields fields = record.fields;
    if (record.kind != RecordKind::Result) {
        fields.insert(QStringLiteral("slug"),
                      freeSlug(fields.value(QStringLiteral("slug")),
                               m_context->catalogue().records(record.kind)));
    }
    RecordForm *form =
        openForm(record.kind, tr("Duplicate %1 to Edit").arg(kindWord(record.kind)), fields);
    const RecordKind kind = record.kind;
    form->setSaver([this, kind](const Fields &typed) { return m_editor->add(kind, typed); });
    return form;
}

bool EditingFeature::deleteRecord(const RecordRow &record)
{
    if (!record.userRecord) {
        showMessage(
            tr("Delete Record"),
            tr("This %1 comes with the program and cannot be deleted.").arg(kindWord(record.kind)));
        return false;
    }
    const QList<catalogue::Problem> problems = m_editor->remove(record);
    if (catalogue::hasErrors(problems)) {
        showMessage(tr("Delete Record"), problems.constFirst().message);
        return false;
    }
    return true;
}

void EditingFeature::showNoRecordMessage()
{
    showMessage(tr("Records"), tr("Select a study, an outcome measure or a source first (results: "
                                  "Edit > Edit Result of This Study)."));
}

void EditingFeature::editCurrent()
{
    if (const auto record = currentRecord()) {
        editRecord(*record);
    } else {
        showNoRecordMessage();
    }
}

void EditingFeature::duplicateCurrent()
{
    if (const auto record = currentRecord()) {
        duplicateRecord(*record);
    } else {
        showNoRecordMessage();
    }
}

void EditingFeature::deleteCurrent()
{
    if (const auto record = currentRecord()) {
        deleteRecord(*record);
    } else {
        showNoRecordMessage();
    }
}

void EditingFeature::editResultOfStudy(bool remove)
{
    const RecordSelection selection = m_context->selection();
    if (selection.section != Section::Studies || selection.current.isEmpty()) {
        showMessage(tr("Results"), tr("Select a study first: its results are listed."));
        return;
    }
    QList<RecordRow> results;
    QStringList items;
    for (const RecordRow &row : m_context->catalogue().records(RecordKind::Result)) {
        if (row.fields.value(QStringLiteral("study")) == selection.current) {
            results << row;
            items << resultText(row);
        }
    }
    if (results.isEmpty()) {
        showMessage(tr("Results"), tr("This study has no results in the catalogue."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        m_context->window(), remove ? tr("Delete Result") : tr("Edit Result"),
        tr("Result of %1 (bundled results can be duplicated, not changed):").arg(selection.current),
        items, 0, false, &ok);
    const qsizetype index = items.indexOf(chosen);
    if (!ok || index < 0) {
        return;
    }
    const RecordRow &record = results.at(index);
    if (remove) {
        deleteRecord(record);
    } else if (record.userRecord) {
        editRecord(record);
    } else {
        duplicateRecord(record);
    }
}

bool EditingFeature::importFile(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("json")) {
        showMessage(
            tr("Import Records"),
            tr("%1: the file must end in .csv or .json").arg(QDir::toNativeSeparators(file)));
        return false;
    }
    // Reading the file and the dry run run off the GUI thread (recordfilejobs.h).
    const QString path = m_context->catalogue().path();
    return m_context->jobs().run<ImportCheck>(
        tr("Import Records"), tr("Checking every record of %1...").arg(QFileInfo(file).fileName()),
        nullptr, [file, path](const JobControl &job) { return checkImport(file, path, job); },
        [this, file](ImportCheck check) {
            if (check.cancelled) {
                m_context->showMessage(tr("Import cancelled: nothing was written"));
            } else if (!check.error.isEmpty()) {
                showMessage(tr("Import Records"), check.error);
            } else {
                showPreview(file, check);
            }
        });
}

void EditingFeature::showPreview(const QString &file, const ImportCheck &check)
{
    auto *preview =
        new ImportPreview(file, check.rows, check.where, check.dryRun, m_context->window());
    preview->setAttribute(Qt::WA_DeleteOnClose);
    const QString path = m_context->catalogue().path();
    const QList<RecordRow> rows = check.rows;
    preview->setImporter(
        [this, rows, file, path, preview](const ImportPreview::Finished &finished) {
            const bool started = m_context->jobs().run<ImportWrite>(
                tr("Import Records"), tr("Importing %1 records...").arg(rows.size()), preview,
                [rows, path](const JobControl &job) { return writeImport(rows, path, job); },
                [this, file, rows, finished](const ImportWrite &write) {
                    finished(importOutcome(file, rows, write));
                });
            if (!started) {
                finished(tr("Another task is running: wait for it, then press Import again."));
            }
        });
    m_preview = preview;
    preview->open();
}

QString EditingFeature::importOutcome(const QString &file, const QList<RecordRow> &rows,
                                      const ImportWrite &write)
{
    if (write.report.cancelled) {
        return tr("Import cancelled: nothing was imported. Press Import to try again.");
    }
    if (!write.report.committed) {
        const QString why = write.report.problems.isEmpty()
                                ? write.error
                                : write.report.problems.constFirst().problem.message;
        return tr("Nothing was imported: %1. Press Import to try again.").arg(why);
    }
    // One undo step: Edit > Undo deletes exactly the imported rows (and the backup still holds
    // the catalogue before it).
    m_editor->pushImport(rows, write.report.ids, QFileInfo(file).fileName());
    m_context->session().notifyRecordsChanged();
    m_context->showMessage(
        tr("Imported %1 records from %2 (backup: %3)")
            .arg(write.report.written)
            .arg(QFileInfo(file).fileName(), QDir::toNativeSeparators(write.backup)),
        10000);
    return {};
}

void EditingFeature::importInteractively()
{
    const QString file =
        QFileDialog::getOpenFileName(m_context->window(), tr("Import Records"), QDir::homePath(),
                                     tr("Record files (*.csv *.json);;All files (*)"));
    if (!file.isEmpty()) {
        importFile(file);
    }
}

bool EditingFeature::exportRecordsTo(const QString &file, std::optional<RecordKind> kind)
{
    const bool csv =
        QFileInfo(file).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    if (csv && !kind) {
        showMessage(tr("Export Records"), tr("a CSV file holds one kind of record"));
        return false;
    }
    QList<RecordKind> kinds;
    if (kind) {
        kinds << *kind;
    } else {
        kinds = QList<RecordKind>(catalogue::allRecordKinds().begin(),
                                  catalogue::allRecordKinds().end());
    }
    // Read and written off the GUI thread; a cancel writes nothing (recordfilejobs.h).
    const QString path = m_context->catalogue().path();
    return m_context->jobs().run<RecordExport>(
        tr("Export Records"), tr("Exporting to %1...").arg(QFileInfo(file).fileName()), nullptr,
        [file, kinds, csv, path](const JobControl &job) {
            return exportRecordFile(file, kinds, csv, path, job);
        },
        [this, file](const RecordExport &result) {
            if (result.cancelled) {
                m_context->showMessage(tr("Export cancelled: nothing was written"));
            } else if (!result.written) {
                showMessage(tr("Export Records"), result.error);
            } else {
                m_context->showMessage(tr("Exported %1 records to %2")
                                           .arg(result.records)
                                           .arg(QDir::toNativeSeparators(file)));
            }
        });
}

void EditingFeature::exportInteractively()
{
    const QStringList filters{tr("JSON, every kind of record (*.json)"), tr("CSV, studies (*.csv)"),
                              tr("CSV, outcome measures (*.csv)"), tr("CSV, sources (*.csv)"),
                              tr("CSV, results (*.csv)")};
    const QList<std::optional<RecordKind>> kinds{std::nullopt, RecordKind::Study,
                                                 RecordKind::Outcome, RecordKind::Source,
                                                 RecordKind::Result};
    QString chosenFilter;
    QString file =
        QFileDialog::getSaveFileName(m_context->window(), tr("Export Records for Import"),
                                     QDir::home().filePath(QStringLiteral("records.json")),
                                     filters.join(QStringLiteral(";;")), &chosenFilter);
    if (file.isEmpty()) {
        return;
    }
    const auto kind = kinds.value(filters.indexOf(chosenFilter));
    const QString suffix = kind ? QStringLiteral(".csv") : QStringLiteral(".json");
    if (!file.endsWith(suffix, Qt::CaseInsensitive)) {
        file += suffix;
    }
    exportRecordsTo(file, kind);
}

} // namespace eb::gui::editing
