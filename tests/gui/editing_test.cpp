// Growing the catalogue in the window (issue 18): the forms check what is typed with the one
// validator and show each problem beside its field; every add, edit and delete is undone and
// redone through the catalogue's write API (checked here through the same API); a bundled
// record is never changed in place; a stale undo, a locked file and a read-only file each give
// a message and change nothing; File > Import previews every row's problems before writing.
#include "catalogue/backups.h"
#include "catalogue/catalogue.h"
#include "evidence/forestdata.h"
#include "evidence/resultline.h"
#include "gui/features/editing/editingfeature.h"
#include "gui/features/editing/importpreview.h"
#include "gui/features/editing/recordeditor.h"
#include "gui/features/editing/recordform.h"
#include "gui/models/recordtablemodel.h"
#include "gui/shell/actionregistry.h"
#include "gui/shell/cataloguesession.h"
#include "gui/shell/jobrunner.h"
#include "gui/shell/mainwindow.h"
#include "rawsqlite.h"
#include "recordformdriver.h"
#include "windowtest.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using eb::catalogue::Fields;
using eb::catalogue::RecordKind;
using eb::catalogue::RecordRow;
using eb::gui::MainWindow;
using eb::gui::Section;
using eb::gui::editing::EditingFeature;
using eb::gui::editing::RecordForm;
using eb::test::clickSave;
using eb::test::isClosed;
using eb::test::rowsWhere;
using eb::test::typeInto;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class Editing : public eb::test::WindowTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(WindowTest::SetUp());
        m_feature = m_window->findChild<EditingFeature *>();
        ASSERT_NE(m_feature, nullptr);
        m_outcome = firstSlug(RecordKind::Outcome);
        m_source = firstSlug(RecordKind::Source);
    }

    QString firstSlug(RecordKind kind)
    {
        const QList<RecordRow> rows = m_catalogue.records(kind);
        return rows.isEmpty() ? QString() : rows.constFirst().fields.value(QStringLiteral("slug"));
    }

    QAction *action(const char *id) const
    {
        return m_window->actionRegistry().action(QString::fromLatin1(id));
    }

    // An add-result form with what every result needs, for study captain-ii.
    RecordForm *resultForm(const QString &quote)
    {
        RecordForm *form = m_feature->addRecord(RecordKind::Result);
        if (form == nullptr) {
            return nullptr;
        }
        form->setFields({{QStringLiteral("study"), QStringLiteral("captain-ii")},
                         {QStringLiteral("outcome"), m_outcome},
                         {QStringLiteral("source"), m_source},
                         {QStringLiteral("metric"), QStringLiteral("mw")}});
        typeInto(form, "quote", quote);
        typeInto(form, "timepoint", QStringLiteral("day 90"));
        return form;
    }

    EditingFeature *m_feature = nullptr;
    QString m_outcome;
    QString m_source;
};

TEST_F(Editing, DecimalCommaInMwShowsTheMessageBesideTheFieldAndWritesNothing)
{
    const qsizetype before = m_catalogue.records(RecordKind::Result).size();
    RecordForm *form = resultForm(QStringLiteral("MW 0,62 (typed with a comma)"));
    ASSERT_NE(form, nullptr);
    const QPointer<RecordForm> alive(form);
    typeInto(form, "estimate", QStringLiteral("0,62"));
    clickSave(form);
    ASSERT_FALSE(alive.isNull()) << "the form closed on a bad number";
    EXPECT_TRUE(form->isVisible());
    QLabel *problem = form->problemLabel(QStringLiteral("estimate"));
    ASSERT_NE(problem, nullptr);
    EXPECT_FALSE(problem->isHidden());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("decimal comma")))
        << problem->text().toStdString();
    EXPECT_TRUE(problem->text().startsWith(QStringLiteral("Estimate")))
        << "the message names its field: " << problem->text().toStdString();
    const QLabel *quoteProblem = form->problemLabel(QStringLiteral("quote"));
    ASSERT_NE(quoteProblem, nullptr);
    EXPECT_TRUE(quoteProblem->isHidden());
    EXPECT_EQ(m_catalogue.records(RecordKind::Result).size(), before);
    // What was typed is still there.
    EXPECT_EQ(qobject_cast<QLineEdit *>(form->editor(QStringLiteral("estimate")))->text(),
              QStringLiteral("0,62"));
    form->reject();
}

TEST_F(Editing, AddResultThenUndoRedoHoldsItOnceWithItsDigits)
{
    const QString quote = QStringLiteral("MW 0.620 at day 90 (test)");
    RecordForm *form = resultForm(quote);
    ASSERT_NE(form, nullptr);
    const QPointer<RecordForm> alive(form);
    typeInto(form, "estimate", QStringLiteral("0.620"));
    clickSave(form);
    QTRY_VERIFY(isClosed(alive));
    QList<RecordRow> rows =
        rowsWhere(m_catalogue, RecordKind::Result, QStringLiteral("quote"), quote);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_TRUE(rows.constFirst().userRecord);
    EXPECT_EQ(rows.constFirst().fields.value(QStringLiteral("estimate")), QStringLiteral("0.620"))
        << "the digits as typed";

    QAction *undo = action("undo");
    QAction *redo = action("redo");
    ASSERT_NE(undo, nullptr);
    ASSERT_NE(redo, nullptr);
    EXPECT_TRUE(undo->text().contains(QStringLiteral("Add result"))) << undo->text().toStdString();
    undo->trigger();
    EXPECT_TRUE(
        rowsWhere(m_catalogue, RecordKind::Result, QStringLiteral("quote"), quote).isEmpty());
    EXPECT_TRUE(redo->isEnabled());
    redo->trigger();
    rows = rowsWhere(m_catalogue, RecordKind::Result, QStringLiteral("quote"), quote);
    ASSERT_EQ(rows.size(), 1) << "redo adds it once";
    EXPECT_EQ(rows.constFirst().fields.value(QStringLiteral("estimate")), QStringLiteral("0.620"));
    // Marked as the user's in the result lines and on the chart's labels.
    const auto result = m_catalogue.result(rows.constFirst().id);
    ASSERT_TRUE(result.has_value());
    EXPECT_TRUE(result->userRecord);
    EXPECT_TRUE(eb::evidence::resultLine(*result).contains(QStringLiteral("(yours)")));
    EXPECT_TRUE(
        eb::evidence::effectEntryFromResult(*result).study.contains(QStringLiteral("(yours)")));
    // And once more round, through the keys.
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(
        rowsWhere(m_catalogue, RecordKind::Result, QStringLiteral("quote"), quote).isEmpty());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(rowsWhere(m_catalogue, RecordKind::Result, QStringLiteral("quote"), quote).size(), 1);
}

TEST_F(Editing, EditAStudyThenUndoRestoresEveryFieldExactly)
{
    RecordForm *form = m_feature->addRecord(RecordKind::Study);
    ASSERT_NE(form, nullptr);
    form->setFields({{QStringLiteral("design"), QStringLiteral("rct")},
                     {QStringLiteral("condition"), QStringLiteral("stroke")},
                     {QStringLiteral("species"), QStringLiteral("human")},
                     {QStringLiteral("sponsorship"), QStringLiteral("unknown")}});
    typeInto(form, "slug", QStringLiteral("test-trial"));
    typeInto(form, "name", QStringLiteral("Test Trial"));
    typeInto(form, "n_enrolled", QStringLiteral("120"));
    clickSave(form);
    QList<RecordRow> rows = rowsWhere(m_catalogue, RecordKind::Study, QStringLiteral("slug"),
                                      QStringLiteral("test-trial"));
    ASSERT_EQ(rows.size(), 1);
    const RecordRow added = rows.constFirst();

    // The table marks it as the user's, and the window shows it.
    ASSERT_TRUE(m_window->selectRecord(Section::Studies, QStringLiteral("test-trial")));
    const auto *model = m_window->model(Section::Studies);
    const int row = model->rowOfSlug(QStringLiteral("test-trial"));
    ASSERT_GE(row, 0);
    EXPECT_TRUE(model->index(row, 0).data(eb::gui::UserRecordRole).toBool());
    EXPECT_TRUE(model->index(row, 0).data().toString().contains(QStringLiteral("(yours)")));
    EXPECT_FALSE(model->index(model->rowOfSlug(QStringLiteral("captain-ii")), 0)
                     .data()
                     .toString()
                     .contains(QStringLiteral("(yours)")));

    const auto current = m_feature->currentRecord();
    ASSERT_TRUE(current.has_value());
    RecordForm *edit = m_feature->editRecord(*current);
    ASSERT_NE(edit, nullptr);
    typeInto(edit, "name", QStringLiteral("Test Trial renamed"));
    typeInto(edit, "n_enrolled", QStringLiteral("121"));
    clickSave(edit);
    rows = rowsWhere(m_catalogue, RecordKind::Study, QStringLiteral("slug"),
                     QStringLiteral("test-trial"));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.constFirst().fields.value(QStringLiteral("name")),
              QStringLiteral("Test Trial renamed"));
    EXPECT_EQ(rows.constFirst().version, added.version + 1);
    EXPECT_TRUE(action("undo")->text().contains(QStringLiteral("Edit study")));

    action("undo")->trigger();
    rows = rowsWhere(m_catalogue, RecordKind::Study, QStringLiteral("slug"),
                     QStringLiteral("test-trial"));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.constFirst().fields, added.fields) << "undo restores every field";
    action("redo")->trigger();
    rows = rowsWhere(m_catalogue, RecordKind::Study, QStringLiteral("slug"),
                     QStringLiteral("test-trial"));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.constFirst().fields.value(QStringLiteral("n_enrolled")), QStringLiteral("121"));

    // Delete, undo: back with the same fields (a new row, the same record).
    ASSERT_TRUE(m_feature->deleteRecord(rows.constFirst()));
    EXPECT_TRUE(rowsWhere(m_catalogue, RecordKind::Study, QStringLiteral("slug"),
                          QStringLiteral("test-trial"))
                    .isEmpty());
    action("undo")->trigger();
    rows = rowsWhere(m_catalogue, RecordKind::Study, QStringLiteral("slug"),
                     QStringLiteral("test-trial"));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.constFirst().fields.value(QStringLiteral("name")),
              QStringLiteral("Test Trial renamed"));
    // The earlier commands follow the record to its new row: undoing the edit still works.
    action("undo")->trigger();
    rows = rowsWhere(m_catalogue, RecordKind::Study, QStringLiteral("slug"),
                     QStringLiteral("test-trial"));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.constFirst().fields, added.fields);
}

TEST_F(Editing, ABundledRecordIsNeverEditedInPlaceButCanBeDuplicated)
{
    ASSERT_TRUE(m_window->selectRecord(Section::Studies, QStringLiteral("captain-ii")));
    const auto bundled = m_feature->currentRecord();
    ASSERT_TRUE(bundled.has_value());
    EXPECT_FALSE(bundled->userRecord);
    EXPECT_EQ(m_feature->editRecord(*bundled), nullptr);
    EXPECT_TRUE(m_feature->lastMessage().contains(QStringLiteral("Duplicate to Edit")))
        << m_feature->lastMessage().toStdString();
    // The write API refuses it too, whatever a caller tries.
    RecordRow changed = *bundled;
    changed.fields.insert(QStringLiteral("name"), QStringLiteral("changed"));
    EXPECT_FALSE(m_catalogue.updateRecord(changed).committed);

    RecordForm *copy = m_feature->duplicateRecord(*bundled);
    ASSERT_NE(copy, nullptr);
    EXPECT_EQ(qobject_cast<QLineEdit *>(copy->editor(QStringLiteral("slug")))->text(),
              QStringLiteral("captain-ii-copy"));
    typeInto(copy, "name", QStringLiteral("CAPTAIN II (my reading)"));
    clickSave(copy);
    const QList<RecordRow> copies = rowsWhere(
        m_catalogue, RecordKind::Study, QStringLiteral("slug"), QStringLiteral("captain-ii-copy"));
    ASSERT_EQ(copies.size(), 1);
    EXPECT_TRUE(copies.constFirst().userRecord);
    const QList<RecordRow> original = rowsWhere(
        m_catalogue, RecordKind::Study, QStringLiteral("slug"), QStringLiteral("captain-ii"));
    ASSERT_EQ(original.size(), 1);
    EXPECT_EQ(original.constFirst().fields, bundled->fields) << "the bundled record is unchanged";
}

TEST_F(Editing, AStaleUndoIsRefusedWithAMessageAndOverwritesNothing)
{
    RecordForm *form = m_feature->addRecord(RecordKind::Source);
    ASSERT_NE(form, nullptr);
    form->setFields({{QStringLiteral("kind"), QStringLiteral("journal_article")},
                     {QStringLiteral("sponsorship"), QStringLiteral("unknown")}});
    typeInto(form, "slug", QStringLiteral("stale-source"));
    typeInto(form, "short_label", QStringLiteral("Stale 2026"));
    clickSave(form);
    QList<RecordRow> rows = rowsWhere(m_catalogue, RecordKind::Source, QStringLiteral("slug"),
                                      QStringLiteral("stale-source"));
    ASSERT_EQ(rows.size(), 1) << form->recordProblemLabel()->text().toStdString();

    // Someone else (another connection) edits it meanwhile.
    eb::catalogue::Catalogue other;
    ASSERT_TRUE(other.open(m_path, eb::catalogue::OpenMode::ReadWrite));
    RecordRow theirs = rows.constFirst();
    theirs.fields.insert(QStringLiteral("short_label"), QStringLiteral("Theirs 2026"));
    ASSERT_TRUE(other.updateRecord(theirs).committed);

    QUndoStack *stack = m_feature->editor()->undoStack();
    const int commands = stack->count();
    action("undo")->trigger(); // would delete the record: refused, it changed
    EXPECT_TRUE(m_feature->lastMessage().contains(QStringLiteral("someone else")))
        << m_feature->lastMessage().toStdString();
    rows = rowsWhere(m_catalogue, RecordKind::Source, QStringLiteral("slug"),
                     QStringLiteral("stale-source"));
    ASSERT_EQ(rows.size(), 1) << "the other person's edit is kept";
    EXPECT_EQ(rows.constFirst().fields.value(QStringLiteral("short_label")),
              QStringLiteral("Theirs 2026"));
    EXPECT_EQ(stack->count(), commands - 1) << "the refused command left the stack";
}

TEST_F(Editing, ALockedFileKeepsTheFormOpenAndSavesOnRetry)
{
    RecordForm *form = resultForm(QStringLiteral("MW 0.58, typed while locked"));
    ASSERT_NE(form, nullptr);
    const QPointer<RecordForm> alive(form);
    typeInto(form, "estimate", QStringLiteral("0.58"));
    {
        eb::test::RawSqlite locker(m_path);
        locker.rows(QStringLiteral("BEGIN IMMEDIATE"));
        clickSave(form); // waits for the lock a moment, then says so
        ASSERT_FALSE(alive.isNull());
        EXPECT_TRUE(form->isVisible());
        EXPECT_FALSE(form->recordProblemLabel()->isHidden());
        EXPECT_TRUE(form->recordProblemLabel()->text().contains(QStringLiteral("try again")))
            << form->recordProblemLabel()->text().toStdString();
        locker.rows(QStringLiteral("ROLLBACK"));
    }
    EXPECT_TRUE(rowsWhere(m_catalogue, RecordKind::Result, QStringLiteral("quote"),
                          QStringLiteral("MW 0.58, typed while locked"))
                    .isEmpty());
    clickSave(form); // the lock is gone: the same input saves
    EXPECT_EQ(rowsWhere(m_catalogue, RecordKind::Result, QStringLiteral("quote"),
                        QStringLiteral("MW 0.58, typed while locked"))
                  .size(),
              1);
}

TEST_F(Editing, AReadOnlyCatalogueShowsTheBannerAndOffersNoEdits)
{
    QWidget *banner = m_feature->readOnlyBanner();
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(banner->isHidden());
    EXPECT_TRUE(action("addStudy")->isEnabled());
    QString error;
    ASSERT_TRUE(m_window->findChild<eb::gui::CatalogueSession *>()->switchTo(m_path, &error, true))
        << error.toStdString();
    EXPECT_FALSE(banner->isHidden());
    EXPECT_FALSE(action("addStudy")->isEnabled());
    EXPECT_FALSE(action("importRecords")->isEnabled());
    EXPECT_EQ(m_feature->addRecord(RecordKind::Study), nullptr);
    ASSERT_TRUE(m_window->openCatalogueFile(m_path, &error)) << error.toStdString();
    EXPECT_TRUE(banner->isHidden());
    EXPECT_TRUE(action("addStudy")->isEnabled());
}

TEST_F(Editing, ImportPreviewListsEveryRowsProblemsAndWritesNothingUntilClean)
{
    const QString bad = m_dir.filePath(QStringLiteral("sources.csv"));
    {
        QFile file(bad);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("slug,kind,short_label,sponsorship,doi\r\n"
                   "imported-one,journal_article,One 2025,unknown,10.1000/one\r\n"
                   "Not A Slug,journal_article,Two 2025,unknown,\r\n"
                   "imported-three,journal_article,Three 2025,unknown,doi:nope\r\n");
    }
    const QByteArray before = fileBytes(m_path);
    ASSERT_TRUE(m_feature->importFile(bad));
    QTRY_VERIFY(m_feature->preview() != nullptr);
    eb::gui::editing::ImportPreview *preview = m_feature->preview();
    EXPECT_FALSE(preview->canImport());
    QTableWidget *problems = preview->problemTable();
    ASSERT_GE(problems->rowCount(), 2);
    QStringList columns;
    for (int row = 0; row < problems->rowCount(); ++row) {
        columns << problems->item(row, 1)->text();
        EXPECT_TRUE(problems->item(row, 0)->text().contains(QStringLiteral("line")))
            << problems->item(row, 0)->text().toStdString();
    }
    EXPECT_TRUE(columns.contains(QStringLiteral("slug")));
    EXPECT_TRUE(columns.contains(QStringLiteral("doi")));
    preview->import(); // disabled: nothing happens
    preview->reject();
    EXPECT_TRUE(rowsWhere(m_catalogue, RecordKind::Source, QStringLiteral("slug"),
                          QStringLiteral("imported-one"))
                    .isEmpty());
    EXPECT_EQ(fileBytes(m_path), before) << "nothing was written";

    // A clean file imports all rows at once, after a backup.
    const QString good = m_dir.filePath(QStringLiteral("good.csv"));
    {
        QFile file(good);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("short_label,slug,kind,sponsorship\n"
                   "\"Good, One 2025\",good-one,journal_article,unknown\n"
                   "Good Two 2025,good-two,journal_article,unknown\n");
    }
    QTRY_VERIFY(m_feature->preview() == nullptr); // the rejected one is gone
    ASSERT_TRUE(m_feature->importFile(good));
    QTRY_VERIFY(m_feature->preview() != nullptr);
    eb::gui::editing::ImportPreview *goodPreview = m_feature->preview();
    ASSERT_TRUE(goodPreview->canImport()) << goodPreview->summaryLabel()->text().toStdString();
    goodPreview->import();
    QTRY_VERIFY(!m_window->findChild<eb::gui::JobRunner *>()->isRunning());
    EXPECT_EQ(rowsWhere(m_catalogue, RecordKind::Source, QStringLiteral("slug"),
                        QStringLiteral("good-one"))
                  .size(),
              1);
    EXPECT_EQ(rowsWhere(m_catalogue, RecordKind::Source, QStringLiteral("slug"),
                        QStringLiteral("good-two"))
                  .size(),
              1);
    EXPECT_EQ(eb::catalogue::listBackups(m_path).size(), 1);

    // Export for import marks the user's records as theirs.
    const QString exported = m_dir.filePath(QStringLiteral("records.json"));
    ASSERT_TRUE(m_feature->exportRecordsTo(exported, std::nullopt));
    QTRY_VERIFY(!m_window->findChild<eb::gui::JobRunner *>()->isRunning());
    const QByteArray json = fileBytes(exported);
    EXPECT_TRUE(json.contains("\"record_origin\": \"user\""));
    EXPECT_TRUE(json.contains("\"record_origin\": \"bundled\""));
}

TEST_F(Editing, AnImportIsOneUndoStepThatRemovesExactlyItsRows)
{
    // A source of the user's from before the import stays through undo and redo.
    ASSERT_TRUE(m_catalogue
                    .insertRecords(
                        {RecordRow{RecordKind::Source,
                                   0,
                                   0,
                                   true,
                                   {{QStringLiteral("slug"), QStringLiteral("mine")},
                                    {QStringLiteral("kind"), QStringLiteral("journal_article")},
                                    {QStringLiteral("short_label"), QStringLiteral("Mine 2024")},
                                    {QStringLiteral("sponsorship"), QStringLiteral("unknown")}}}})
                    .committed);
    const qsizetype sources = m_catalogue.records(RecordKind::Source).size();
    const qsizetype links = m_catalogue.records(RecordKind::SynthesisInclusion).size();
    // The link names the imported source: undo must delete it first.
    const QString file = m_dir.filePath(QStringLiteral("records.json"));
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(R"({"format": "evidence-browser-records", "version": 1, "records": {
  "source": [{"slug": "imp-a", "kind": "journal_article", "short_label": "Imp A 2025",
              "sponsorship": "unknown"},
             {"slug": "imp-b", "kind": "journal_article", "short_label": "Imp B 2025",
              "sponsorship": "unknown"}],
  "synthesis_inclusion": [{"synthesis": "wang-2017-meta-analysis", "trial": "cars-1",
                           "source": "imp-a", "quote": "Imp A lists CARS-1"}]}})");
    }
    ASSERT_TRUE(m_feature->importFile(file)) << m_feature->lastMessage().toStdString();
    QTRY_VERIFY(m_feature->preview() != nullptr);
    eb::gui::editing::ImportPreview *preview = m_feature->preview();
    ASSERT_TRUE(preview->canImport()) << preview->summaryLabel()->text().toStdString();
    preview->import();
    QTRY_VERIFY(!m_window->findChild<eb::gui::JobRunner *>()->isRunning());
    ASSERT_EQ(m_catalogue.records(RecordKind::Source).size(), sources + 2);
    ASSERT_EQ(m_catalogue.records(RecordKind::SynthesisInclusion).size(), links + 1);

    QAction *undo = action("undo");
    QAction *redo = action("redo");
    EXPECT_TRUE(undo->text().contains(QStringLiteral("Import 3 records")))
        << undo->text().toStdString();
    undo->trigger();
    EXPECT_EQ(m_catalogue.records(RecordKind::Source).size(), sources);
    EXPECT_EQ(m_catalogue.records(RecordKind::SynthesisInclusion).size(), links);
    EXPECT_TRUE(
        rowsWhere(m_catalogue, RecordKind::Source, QStringLiteral("slug"), QStringLiteral("imp-a"))
            .isEmpty());
    EXPECT_EQ(
        rowsWhere(m_catalogue, RecordKind::Source, QStringLiteral("slug"), QStringLiteral("mine"))
            .size(),
        1);
    redo->trigger();
    EXPECT_EQ(
        rowsWhere(m_catalogue, RecordKind::Source, QStringLiteral("slug"), QStringLiteral("imp-a"))
            .size(),
        1);
    EXPECT_EQ(
        rowsWhere(m_catalogue, RecordKind::Source, QStringLiteral("slug"), QStringLiteral("imp-b"))
            .size(),
        1);
    EXPECT_EQ(m_catalogue.records(RecordKind::SynthesisInclusion).size(), links + 1);

    // An imported row changed meanwhile (another program): the undo is refused whole.
    RecordRow changed =
        rowsWhere(m_catalogue, RecordKind::Source, QStringLiteral("slug"), QStringLiteral("imp-b"))
            .constFirst();
    changed.fields.insert(QStringLiteral("notes"), QStringLiteral("changed elsewhere"));
    ASSERT_TRUE(m_catalogue.updateRecord(changed).committed);
    undo->trigger();
    EXPECT_EQ(m_catalogue.records(RecordKind::Source).size(), sources + 2) << "none deleted";
    EXPECT_EQ(m_catalogue.records(RecordKind::SynthesisInclusion).size(), links + 1);
    EXPECT_TRUE(m_feature->lastMessage().contains(QStringLiteral("was not undone")))
        << m_feature->lastMessage().toStdString();
}

TEST_F(Editing, RestoreFromBackupPutsTheOldFileBackAfterBackingUpTheCurrentOne)
{
    const QString backup = m_catalogue.backup();
    ASSERT_FALSE(backup.isEmpty()) << m_catalogue.lastError().toStdString();
    RecordForm *form = m_feature->addRecord(RecordKind::Source);
    ASSERT_NE(form, nullptr);
    form->setFields({{QStringLiteral("kind"), QStringLiteral("journal_article")},
                     {QStringLiteral("sponsorship"), QStringLiteral("unknown")}});
    typeInto(form, "slug", QStringLiteral("after-backup"));
    typeInto(form, "short_label", QStringLiteral("After 2026"));
    clickSave(form);
    ASSERT_EQ(rowsWhere(m_catalogue, RecordKind::Source, QStringLiteral("slug"),
                        QStringLiteral("after-backup"))
                  .size(),
              1);
    auto *session = m_window->findChild<eb::gui::CatalogueSession *>();
    ASSERT_NE(session, nullptr);
    QString saved;
    QString error;
    ASSERT_TRUE(session->restoreBackup(backup, &saved, &error)) << error.toStdString();
    EXPECT_TRUE(rowsWhere(m_catalogue, RecordKind::Source, QStringLiteral("slug"),
                          QStringLiteral("after-backup"))
                    .isEmpty());
    EXPECT_EQ(eb::catalogue::listBackups(m_path).size(), 2);
    eb::catalogue::Catalogue kept;
    ASSERT_TRUE(kept.open(saved, eb::catalogue::OpenMode::ReadOnly));
    int found = 0;
    for (const RecordRow &row : kept.records(RecordKind::Source)) {
        found += row.fields.value(QStringLiteral("slug")) == QLatin1String("after-backup") ? 1 : 0;
    }
    EXPECT_EQ(found, 1) << "the file as it was before the restore is kept";
}

TEST_F(Editing, AnOlderFileIsOpenedOnlyWithConsentAndUnchangedWithout)
{
    const QString older = m_dir.filePath(QStringLiteral("older.sqlite"));
    ASSERT_TRUE(QFile::copy(m_path, older));
    QFile::setPermissions(older, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        eb::test::RawSqlite db(older);
        db.rows(QStringLiteral("PRAGMA user_version = %1")
                    .arg(eb::catalogue::Catalogue::latestSchemaVersion() - 1));
    }
    const QByteArray bytes = fileBytes(older);
    auto *session = m_window->findChild<eb::gui::CatalogueSession *>();
    ASSERT_NE(session, nullptr);
    int asked = 0;
    session->setUpgradeConsent([&](const QString &, int from, int to) {
        ++asked;
        EXPECT_EQ(from + 1, to);
        return false;
    });
    QString error;
    EXPECT_FALSE(m_window->openCatalogueFile(older, &error));
    EXPECT_EQ(asked, 1);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(fileBytes(older), bytes) << "declined: the file is byte for byte as it was";
    EXPECT_TRUE(eb::catalogue::listBackups(older).isEmpty());
    EXPECT_EQ(m_catalogue.path(), m_path) << "the open catalogue stays open";
}

} // namespace
