// "How it is known" in the editing forms (issue 18): a user statement is verbatim (the
// source's exact words, pasted) or transcribed (our wording, with where in the source), chosen
// in the form, checked by the one validation, stored through the write API in the column the
// bundled statements use, and shown the way theirs are: in quotation marks only when verbatim.
#include "catalogue/catalogue.h"
#include "evidence/statement.h"
#include "gui/detail/detailhtml.h"
#include "gui/detail/detailview.h"
#include "gui/features/editing/editingfeature.h"
#include "gui/features/editing/recordform.h"
#include "gui/shell/actionregistry.h"
#include "gui/shell/mainwindow.h"
#include "model/vocabulary.h"
#include "windowtest.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTest>
#include <gtest/gtest.h>
#include <optional>

using eb::catalogue::Fields;
using eb::catalogue::RecordKind;
using eb::catalogue::RecordRow;
using eb::gui::editing::EditingFeature;
using eb::gui::editing::RecordForm;
namespace key = eb::catalogue::vocabulary::key;

namespace {

bool isClosed(const QPointer<RecordForm> &form)
{
    const RecordForm *shown = form.data();
    return shown == nullptr || !shown->isVisible();
}

const QString kVerbatimWords = QStringLiteral("MW 0.62 (test words pasted from the source)");
const QString kOurWords = QStringLiteral("MW 0.58 on the test outcome, our wording");

class StatementKindForm : public eb::test::WindowTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(WindowTest::SetUp());
        m_feature = m_window->findChild<EditingFeature *>();
        ASSERT_NE(m_feature, nullptr);
        const QList<RecordRow> outcomes = m_catalogue.records(RecordKind::Outcome);
        ASSERT_FALSE(outcomes.isEmpty());
        m_outcome = outcomes.constFirst().fields.value(QStringLiteral("slug"));
    }

    static void type(RecordForm *form, const char *field, const QString &text)
    {
        QWidget *editor = form->editor(QString::fromLatin1(field));
        auto *edit = qobject_cast<QLineEdit *>(editor);
        if (auto *combo = qobject_cast<QComboBox *>(editor); combo && combo->isEditable()) {
            edit = combo->lineEdit();
        }
        ASSERT_NE(edit, nullptr) << field;
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // Chooses a kind in the "How it is known" box as a user does: by its label.
    static void choose(RecordForm *form, const char *field, QLatin1String kindKey)
    {
        auto *combo = qobject_cast<QComboBox *>(form->editor(QString::fromLatin1(field)));
        ASSERT_NE(combo, nullptr) << field;
        const int index = combo->findData(QString(kindKey));
        ASSERT_GE(index, 0);
        combo->setFocus();
        // From the top, down to the kind: the keyboard's way through a closed combo box.
        combo->setCurrentIndex(0);
        for (int i = 0; i < index; ++i) {
            QTest::keyClick(combo, Qt::Key_Down);
        }
        ASSERT_EQ(combo->currentData().toString(), QString(kindKey));
    }

    static void clickSave(RecordForm *form)
    {
        auto *save = form->findChild<QPushButton *>(QStringLiteral("saveButton"));
        ASSERT_NE(save, nullptr);
        QTest::mouseClick(save, Qt::LeftButton);
    }

    // Adds a result of captain-ii through the form with these words, kind and where.
    void addResult(const QString &words, QLatin1String kindKey, const QString &where)
    {
        RecordForm *form = m_feature->addRecord(RecordKind::Result);
        ASSERT_NE(form, nullptr);
        form->setFields({{QStringLiteral("study"), QStringLiteral("captain-ii")},
                         {QStringLiteral("outcome"), m_outcome},
                         {QStringLiteral("source"), QStringLiteral("muresanu-2020")},
                         {QStringLiteral("metric"), QStringLiteral("mw")}});
        type(form, "timepoint", QStringLiteral("day 90"));
        type(form, "quote", words);
        choose(form, "statement_kind", kindKey);
        if (!where.isEmpty()) {
            type(form, "statement_where", where);
        }
        const QPointer<RecordForm> alive(form);
        clickSave(form);
        ASSERT_TRUE(isClosed(alive)) << "the form stayed open";
    }

    std::optional<eb::catalogue::ResultRecord> resultWithWords(const QString &words)
    {
        for (const auto &r : m_catalogue.results()) {
            if (r.quote == words) {
                return r;
            }
        }
        return std::nullopt;
    }

    QList<RecordRow> armsOf(const QString &label)
    {
        QList<RecordRow> found;
        for (const RecordRow &row : m_catalogue.records(RecordKind::Arm)) {
            if (row.fields.value(QStringLiteral("label")) == label) {
                found << row;
            }
        }
        return found;
    }

    EditingFeature *m_feature = nullptr;
    QString m_outcome;
};

} // namespace

TEST_F(StatementKindForm, TheFormOffersHowItIsKnownStartingAtTranscribed)
{
    for (const RecordKind kind :
         {RecordKind::Result, RecordKind::Arm, RecordKind::Dosing, RecordKind::Mechanism,
          RecordKind::MechanismTarget, RecordKind::SynthesisInclusion}) {
        RecordForm *form = m_feature->addRecord(kind);
        ASSERT_NE(form, nullptr);
        auto *combo = qobject_cast<QComboBox *>(form->editor(QStringLiteral("statement_kind")));
        ASSERT_NE(combo, nullptr) << eb::catalogue::recordKindName(kind).toStdString();
        EXPECT_EQ(combo->count(), 2);
        EXPECT_EQ(combo->currentData().toString(), QString(key::transcribed));
        EXPECT_EQ(combo->accessibleName(), QStringLiteral("How it is known"));
        form->reject();
    }
}

TEST_F(StatementKindForm, VerbatimWithEmptyWordsShowsTheMessageBesideTheWordsAndWritesNothing)
{
    const qsizetype before = m_catalogue.records(RecordKind::Arm).size();
    RecordForm *form = m_feature->addRecord(RecordKind::Arm);
    ASSERT_NE(form, nullptr);
    const QPointer<RecordForm> alive(form);
    form->setFields({{QStringLiteral("study"), QStringLiteral("captain-ii")},
                     {QStringLiteral("role"), QStringLiteral("treatment")}});
    type(form, "label", QStringLiteral("Test arm with no words"));
    choose(form, "statement_kind", key::verbatim);
    clickSave(form);
    ASSERT_FALSE(alive.isNull()) << "the form closed";
    EXPECT_TRUE(form->isVisible());
    QLabel *problem = form->problemLabel(QStringLiteral("quote"));
    ASSERT_NE(problem, nullptr);
    EXPECT_FALSE(problem->isHidden());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("verbatim needs the source's exact words")))
        << problem->text().toStdString();
    EXPECT_EQ(m_catalogue.records(RecordKind::Arm).size(), before) << "nothing is written";
    EXPECT_TRUE(armsOf(QStringLiteral("Test arm with no words")).isEmpty());

    // Transcribed needs no words of an arm without a source: the same form saves.
    choose(form, "statement_kind", key::transcribed);
    clickSave(form);
    EXPECT_TRUE(isClosed(alive));
    EXPECT_EQ(armsOf(QStringLiteral("Test arm with no words")).size(), 1);
}

// The same in the result form, whose statement is far down: the message under the words, the
// choice beside it. With EB_SCREENSHOT_DIR set (e.g. under Xvfb and openbox at 1280x800, with
// QT_QPA_PLATFORM=xcb) the screen is saved as add-result-statement-kind.png.
TEST_F(StatementKindForm, TheResultFormShowsTheVerbatimMessageUnderTheWords)
{
    const qsizetype before = m_catalogue.records(RecordKind::Result).size();
    RecordForm *form = m_feature->addRecord(RecordKind::Result);
    ASSERT_NE(form, nullptr);
    form->setFields({{QStringLiteral("study"), QStringLiteral("captain-ii")},
                     {QStringLiteral("outcome"), m_outcome},
                     {QStringLiteral("source"), QStringLiteral("muresanu-2020")},
                     {QStringLiteral("metric"), QStringLiteral("mw")}});
    type(form, "estimate", QStringLiteral("0.62"));
    choose(form, "statement_kind", key::verbatim);
    clickSave(form);
    QLabel *problem = form->problemLabel(QStringLiteral("quote"));
    ASSERT_NE(problem, nullptr);
    EXPECT_FALSE(problem->isHidden());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("verbatim needs")))
        << problem->text().toStdString();
    EXPECT_EQ(m_catalogue.records(RecordKind::Result).size(), before);
    if (const QString dir = qEnvironmentVariable("EB_SCREENSHOT_DIR"); !dir.isEmpty()) {
        auto *scroll = form->findChild<QScrollArea *>();
        ASSERT_NE(scroll, nullptr);
        scroll->ensureWidgetVisible(form->editor(QStringLiteral("note")), 0, 60);
        QTest::qWait(300);
        const QString path = QDir(dir).filePath(QStringLiteral("add-result-statement-kind.png"));
        // The whole screen where a window manager draws the frame; the form alone offscreen.
        const bool offscreen = QGuiApplication::platformName() == QLatin1String("offscreen");
        EXPECT_TRUE(offscreen ? form->grab().save(path)
                              : QGuiApplication::primaryScreen()->grabWindow(0).save(path));
    }
}

TEST_F(StatementKindForm, AVerbatimUserStatementIsShownInQuotationMarksEverywhere)
{
    ASSERT_NO_FATAL_FAILURE(addResult(kVerbatimWords, key::verbatim, QString()));
    const auto result = resultWithWords(kVerbatimWords);
    ASSERT_TRUE(result.has_value());
    EXPECT_TRUE(result->userRecord);
    EXPECT_EQ(result->statementKind, QString(key::verbatim));

    const QString quoted = QStringLiteral("“%1”").arg(kVerbatimWords);
    const auto study = m_catalogue.study(QStringLiteral("captain-ii"));
    ASSERT_TRUE(study.has_value());
    const QString pane = eb::gui::detail::studyHtml(*study);
    EXPECT_TRUE(pane.contains(quoted.toHtmlEscaped())) << "the detail pane quotes it";
    // The bundled study's page marks the one result the user added as the user's.
    const QString note = eb::catalogue::vocabulary::userRecordNote().toHtmlEscaped();
    EXPECT_EQ(pane.count(note), 1);
    // On the page of a study that is the user's as a whole, the note stands once, at its head.
    eb::catalogue::StudyDetail yours = *study;
    yours.userRecord = true;
    EXPECT_EQ(eb::gui::detail::studyHtml(yours).count(note), 1);
    const QString provenance = eb::gui::DetailView::provenanceHtml({*result});
    EXPECT_TRUE(provenance.contains(quoted.toHtmlEscaped())) << provenance.toStdString();
    const QJsonObject json = eb::evidence::statementJson(eb::evidence::statementOf(*result));
    EXPECT_TRUE(json.value(QStringLiteral("verbatim")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("quote")).toString(), kVerbatimWords);
}

TEST_F(StatementKindForm, ATranscribedUserStatementReadsReportedInWithWhereAndNoQuotationMarks)
{
    ASSERT_NO_FATAL_FAILURE(addResult(kOurWords, key::transcribed, QStringLiteral("table")));
    const auto result = resultWithWords(kOurWords);
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->statementKind, QString(key::transcribed));
    EXPECT_EQ(result->statementWhere, QStringLiteral("table"));

    const QString line = eb::evidence::statementLine(eb::evidence::statementOf(*result));
    EXPECT_EQ(
        line,
        QStringLiteral("Reported in %1 (table): %2").arg(result->sourceShortLabel, kOurWords));
    const QString provenance = eb::gui::DetailView::provenanceHtml({*result});
    EXPECT_TRUE(provenance.contains(line.toHtmlEscaped())) << provenance.toStdString();
    for (const QString &shown :
         {provenance,
          eb::gui::detail::studyHtml(*m_catalogue.study(QStringLiteral("captain-ii")))}) {
        EXPECT_FALSE(shown.contains(QStringLiteral("“%1").arg(kOurWords).toHtmlEscaped()));
    }
    const QJsonObject json = eb::evidence::statementJson(eb::evidence::statementOf(*result));
    EXPECT_FALSE(json.value(QStringLiteral("verbatim")).toBool());
    EXPECT_FALSE(json.contains(QStringLiteral("quote")));
}

TEST_F(StatementKindForm, ChangingTheKindIsOneEditThatUndoAndRedoCover)
{
    ASSERT_NO_FATAL_FAILURE(addResult(kOurWords, key::transcribed, QStringLiteral("abstract")));
    auto stored = [&] {
        QList<RecordRow> rows;
        for (const RecordRow &row : m_catalogue.records(RecordKind::Result)) {
            if (row.fields.value(QStringLiteral("quote")) == kOurWords) {
                rows << row;
            }
        }
        return rows;
    };
    QList<RecordRow> rows = stored();
    ASSERT_EQ(rows.size(), 1);
    RecordForm *edit = m_feature->editRecord(rows.constFirst());
    ASSERT_NE(edit, nullptr);
    choose(edit, "statement_kind", key::verbatim);
    clickSave(edit);
    rows = stored();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.constFirst().fields.value(QStringLiteral("statement_kind")),
              QString(key::verbatim));

    QAction *undo = m_window->actionRegistry().action(QStringLiteral("undo"));
    QAction *redo = m_window->actionRegistry().action(QStringLiteral("redo"));
    ASSERT_NE(undo, nullptr);
    ASSERT_NE(redo, nullptr);
    undo->trigger();
    rows = stored();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.constFirst().fields.value(QStringLiteral("statement_kind")),
              QString(key::transcribed));
    redo->trigger();
    rows = stored();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.constFirst().fields.value(QStringLiteral("statement_kind")),
              QString(key::verbatim));
}
