// The forms for the kinds a study, a synthesis or a mechanism links to (issue 18): dosing,
// mechanisms, molecular targets, a mechanism's targets and which trials a synthesis pooled.
// Each is opened from its Edit menu action, shows a bad value's message beside its field and
// writes nothing; a good record is added once, undone and redone through the undo stack (the
// rows checked through the catalogue's write API); and the user's row says "(yours)" where the
// window shows it.
#include "catalogue/catalogue.h"
#include "evidence/syntheses.h"
#include "gui/detail/detailhtml.h"
#include "gui/features/editing/editingfeature.h"
#include "gui/features/editing/recordform.h"
#include "gui/models/mechanismtablemodel.h"
#include "gui/shell/actionregistry.h"
#include "gui/shell/mainwindow.h"
#include "model/vocabulary.h"
#include "recordformdriver.h"
#include "windowtest.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest.h>

using eb::catalogue::Fields;
using eb::catalogue::RecordKind;
using eb::catalogue::RecordRow;
using eb::gui::editing::EditingFeature;
using eb::gui::editing::RecordForm;
using eb::test::clickSave;
using eb::test::isClosed;
using eb::test::rowsWhere;
using eb::test::typeInto;

namespace {

// One form's case: the action that opens it, a record that saves, and one bad value.
struct FormCase
{
    const char *action;
    RecordKind kind;
    Fields good;          // set on the form (line edits, lists and references alike)
    const char *badField; // typed into this field instead of good's value
    QString badValue;
    QString badMessage; // part of the message shown beside badField
    QString key;        // the field whose value finds the row again
    QString shot;       // docs/screenshots/form-<shot>.png (with EB_SCREENSHOT_DIR set)
};

class LinkedForms : public eb::test::WindowTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(WindowTest::SetUp());
        m_feature = m_window->findChild<EditingFeature *>();
        ASSERT_NE(m_feature, nullptr);
    }

    // The form the action opened (the newest visible one).
    RecordForm *open(const char *id)
    {
        QAction *action = m_window->actionRegistry().action(QString::fromLatin1(id));
        EXPECT_NE(action, nullptr) << id;
        if (action == nullptr) {
            return nullptr;
        }
        EXPECT_TRUE(action->isEnabled()) << id;
        action->trigger();
        RecordForm *found = nullptr;
        for (RecordForm *form : m_window->findChildren<RecordForm *>()) {
            if (form->isVisible()) {
                found = form;
            }
        }
        return found;
    }

    // Bad value: its message beside its field, the form open, nothing written. Then the good
    // value: saved once; undo removes it, redo writes it once again.
    void runCase(const FormCase &c)
    {
        SCOPED_TRACE(c.action);
        const qsizetype before = m_catalogue.records(c.kind).size();
        RecordForm *form = open(c.action);
        ASSERT_NE(form, nullptr);
        EXPECT_EQ(form->kind(), c.kind);
        const QPointer<RecordForm> alive(form);
        form->setFields(c.good);
        const QString field = QString::fromLatin1(c.badField);
        if (qobject_cast<QLineEdit *>(form->editor(field)) != nullptr) {
            typeInto(form, c.badField, c.badValue);
        } else {
            Fields bad = c.good;
            bad.insert(field, c.badValue);
            form->setFields(bad);
        }
        clickSave(form);
        ASSERT_FALSE(alive.isNull());
        EXPECT_TRUE(form->isVisible());
        QLabel *problem = form->problemLabel(field);
        ASSERT_NE(problem, nullptr);
        EXPECT_FALSE(problem->isHidden());
        EXPECT_TRUE(problem->text().contains(c.badMessage)) << problem->text().toStdString();
        EXPECT_EQ(m_catalogue.records(c.kind).size(), before) << "a bad value writes nothing";
        // Every label whole: the form is at least as wide as its fields need (once the layout
        // has taken in the message, as the user sees it).
        QTest::qWait(50);
        EXPECT_GE(form->width(), form->minimumSizeHint().width());
        if (const QString dir = qEnvironmentVariable("EB_SCREENSHOT_DIR"); !dir.isEmpty()) {
            form->grab().save(QDir(dir).filePath(QStringLiteral("form-%1.png").arg(c.shot)));
        }

        form->setFields(c.good);
        clickSave(form);
        QTRY_VERIFY(isClosed(alive));
        const QString value = c.good.value(c.key);
        ASSERT_EQ(rowsWhere(m_catalogue, c.kind, c.key, value).size(), 1);
        EXPECT_TRUE(rowsWhere(m_catalogue, c.kind, c.key, value).constFirst().userRecord);
        QAction *undo = m_window->actionRegistry().action(QStringLiteral("undo"));
        QAction *redo = m_window->actionRegistry().action(QStringLiteral("redo"));
        undo->trigger();
        EXPECT_TRUE(rowsWhere(m_catalogue, c.kind, c.key, value).isEmpty());
        EXPECT_EQ(m_catalogue.records(c.kind).size(), before);
        redo->trigger();
        EXPECT_EQ(rowsWhere(m_catalogue, c.kind, c.key, value).size(), 1) << "redo writes it once";
        EXPECT_EQ(m_catalogue.records(c.kind).size(), before + 1);
    }

    EditingFeature *m_feature = nullptr;
};

const QString kYours = QStringLiteral("(yours)");

TEST_F(LinkedForms, DosingOfAStudy)
{
    runCase({"addDosing",
             RecordKind::Dosing,
             {{QStringLiteral("slug"), QStringLiteral("captain-ii-test-dose")},
              {QStringLiteral("study"), QStringLiteral("captain-ii")},
              {QStringLiteral("label"), QStringLiteral("30 mL daily (test)")},
              {QStringLiteral("route"), QStringLiteral("iv")},
              {QStringLiteral("volume_ml_min"), QStringLiteral("30")},
              {QStringLiteral("source"), QStringLiteral("muresanu-2020")},
              {QStringLiteral("quote"), QStringLiteral("30 mL Cerebrolysin i.v. daily")},
              {QStringLiteral("statement_where"), QStringLiteral("methods")}},
             "volume_ml_min",
             QStringLiteral("2,5"),
             QStringLiteral("decimal comma"),
             QStringLiteral("slug"),
             QStringLiteral("dosing")});
    const auto study = m_catalogue.study(QStringLiteral("captain-ii"));
    ASSERT_TRUE(study);
    const QString html = eb::gui::detail::studyHtml(*study);
    EXPECT_TRUE(html.contains(eb::catalogue::vocabulary::userRecordNote().toHtmlEscaped()))
        << "the detail pane marks the user's dosing";
}

TEST_F(LinkedForms, MechanismAndItsTarget)
{
    runCase({"addMechanism",
             RecordKind::Mechanism,
             {{QStringLiteral("slug"), QStringLiteral("test-mechanism")},
              {QStringLiteral("category"), QStringLiteral("Test category")},
              {QStringLiteral("description"), QStringLiteral("A mechanism for the test.")},
              {QStringLiteral("source"), QStringLiteral("muresanu-2020")},
              {QStringLiteral("quote"), QStringLiteral("the source's words")}},
             "slug",
             QStringLiteral("Not A Slug"),
             QStringLiteral("Slug"),
             QStringLiteral("slug"),
             QStringLiteral("mechanism")});
    runCase({"addTarget",
             RecordKind::Target,
             {{QStringLiteral("slug"), QStringLiteral("test-target")},
              {QStringLiteral("name"), QStringLiteral("TESTα")},
              {QStringLiteral("kind"), QStringLiteral("cytokine")}},
             "kind",
             QString(),
             QStringLiteral("Kind"),
             QStringLiteral("slug"),
             QStringLiteral("target")});
    runCase({"addMechanismTarget",
             RecordKind::MechanismTarget,
             {{QStringLiteral("mechanism"), QStringLiteral("test-mechanism")},
              {QStringLiteral("target"), QStringLiteral("test-target")},
              {QStringLiteral("direction"), QStringLiteral("up")},
              {QStringLiteral("quote"), QStringLiteral("raises TESTα")}},
             "direction",
             QString(),
             QStringLiteral("Effect on the target"),
             QStringLiteral("target"),
             QStringLiteral("mechanism-target")});

    // The mechanism view and the detail pane mark the user's mechanism and target link.
    std::optional<eb::catalogue::MechanismRecord> mechanism;
    for (const auto &m : m_catalogue.mechanisms()) {
        if (m.slug == QLatin1String("test-mechanism")) {
            mechanism = m;
        }
    }
    ASSERT_TRUE(mechanism);
    ASSERT_EQ(mechanism->targets.size(), 1);
    EXPECT_TRUE(mechanism->targets.constFirst().userRecord);
    const QString html = eb::gui::detail::mechanismHtml(*mechanism);
    EXPECT_TRUE(html.contains(kYours)) << html.toStdString();
    eb::gui::MechanismTableModel model;
    model.setRecords({*mechanism});
    EXPECT_TRUE(model.data(model.index(0, 0)).toString().contains(kYours));
    EXPECT_TRUE(model.data(model.index(0, 1)).toString().contains(kYours));
}

TEST_F(LinkedForms, TrialASynthesisPooled)
{
    runCase({"addInclusion",
             RecordKind::SynthesisInclusion,
             {{QStringLiteral("synthesis"), QStringLiteral("wang-2017-meta-analysis")},
              {QStringLiteral("trial"), QStringLiteral("cars-1")},
              {QStringLiteral("outcome"), QStringLiteral("all-cause-death")},
              {QStringLiteral("source"), QStringLiteral("wang-2017")},
              {QStringLiteral("quote"), QStringLiteral("Table 1 lists CARS-1 (test)")},
              {QStringLiteral("statement_where"), QStringLiteral("table 1")}},
             "trial",
             QStringLiteral("wang-2017-meta-analysis"),
             QStringLiteral("cannot include itself"),
             QStringLiteral("quote"),
             QStringLiteral("synthesis-inclusion")});
    // The syntheses view and both studies' detail panes mark the user's link.
    const auto wang = m_catalogue.study(QStringLiteral("wang-2017-meta-analysis"));
    ASSERT_TRUE(wang);
    const auto conditions = eb::review::synthesesByCondition({*wang});
    ASSERT_EQ(conditions.size(), 1);
    ASSERT_EQ(conditions.constFirst().independent.size(), 1);
    EXPECT_EQ(conditions.constFirst().independent.constFirst().includes,
              QStringList{QStringLiteral("CARS-1 (yours)")});
    const QString wangHtml = eb::gui::detail::studyHtml(*wang);
    EXPECT_TRUE(wangHtml.contains(QStringLiteral("CARS-1 (yours)"))) << wangHtml.toStdString();
    EXPECT_TRUE(wangHtml.contains(QStringLiteral("table 1")));
    const auto cars = m_catalogue.study(QStringLiteral("cars-1"));
    ASSERT_TRUE(cars);
    const QString carsHtml = eb::gui::detail::studyHtml(*cars);
    EXPECT_TRUE(carsHtml.contains(QStringLiteral("(yours)")));
    // The bundled link (the CARS meta-analysis) is not marked.
    EXPECT_TRUE(carsHtml.contains(QStringLiteral(">CARS meta-analysis (Guekht 2017)<")))
        << carsHtml.toStdString();
}

} // namespace
