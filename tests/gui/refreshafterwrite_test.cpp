// After a write (here an import through File > Import Records), the window reads the table it
// shows and the counts at once, and a table it does not show when that table is shown: a large
// import no longer makes the window read every table (issue 20). What the user sees holds
// either way: the sidebar counts the new records at once, and the hidden table lists them
// when shown.
#include "gui/browse/recordbrowser.h"
#include "gui/browse/section.h"
#include "gui/detail/detailview.h"
#include "gui/features/editing/editingfeature.h"
#include "gui/features/editing/importpreview.h"
#include "gui/models/recordtablemodel.h"
#include "gui/shell/jobrunner.h"
#include "windowtest.h"

#include <QFile>
#include <QListWidget>
#include <QTest>
#include <gtest/gtest.h>

namespace {

using eb::gui::Section;

class RefreshAfterWrite : public eb::test::WindowTest
{
protected:
    QString sidebarText(Section section) const
    {
        return m_window->sidebar()->item(eb::gui::sectionIndex(section))->text();
    }

    // Imports two new sources through the window, as File > Import Records does.
    void importTwoSources()
    {
        auto *feature = m_window->findChild<eb::gui::editing::EditingFeature *>();
        ASSERT_NE(feature, nullptr);
        const QString file = m_dir.filePath(QStringLiteral("records.json"));
        {
            QFile out(file);
            ASSERT_TRUE(out.open(QIODevice::WriteOnly));
            out.write(R"({"format": "evidence-browser-records", "version": 1, "records": {
  "source": [{"slug": "imp-a", "kind": "journal_article", "short_label": "Imp A 2025",
              "sponsorship": "unknown"},
             {"slug": "imp-b", "kind": "journal_article", "short_label": "Imp B 2025",
              "sponsorship": "unknown"}]}})");
        }
        ASSERT_TRUE(feature->importFile(file)) << feature->lastMessage().toStdString();
        QTRY_VERIFY(feature->preview() != nullptr);
        ASSERT_TRUE(feature->preview()->canImport());
        feature->preview()->import();
        QTRY_VERIFY(!m_window->findChild<eb::gui::JobRunner *>()->isRunning());
    }
};

TEST_F(RefreshAfterWrite, AHiddenTableListsTheImportedRowsWhenShown)
{
    m_window->setCurrentSection(Section::Studies);
    const int sources = m_window->model(Section::Sources)->totalRows();
    const int studies = m_window->model(Section::Studies)->totalRows();
    ASSERT_GT(sources, 0);
    ASSERT_NO_FATAL_FAILURE(importTwoSources());
    ASSERT_EQ(m_catalogue.counts().sources, sources + 2);

    // The shown table was read again; the hidden one was not, but its count is the new one.
    EXPECT_EQ(m_window->model(Section::Studies)->totalRows(), studies);
    // Not read yet (asking for its model would read it).
    EXPECT_FALSE(m_window->browser()->isFilled(Section::Sources));
    EXPECT_TRUE(sidebarText(Section::Sources).endsWith(QStringLiteral("(%1)").arg(sources + 2)))
        << sidebarText(Section::Sources).toStdString();

    // Shown, it reads and lists the new rows, and its count stays the new one.
    m_window->setCurrentSection(Section::Sources);
    eb::gui::RecordTableModelBase *model = m_window->model(Section::Sources);
    EXPECT_EQ(model->totalRows(), sources + 2);
    EXPECT_GE(model->rowOfSlug(QStringLiteral("imp-a")), 0);
    EXPECT_GE(model->rowOfSlug(QStringLiteral("imp-b")), 0);
    EXPECT_TRUE(sidebarText(Section::Sources).endsWith(QStringLiteral("(%1)").arg(sources + 2)));
}

TEST_F(RefreshAfterWrite, TheShownTableAndItsDetailsShowTheImportAtOnce)
{
    m_window->setCurrentSection(Section::Sources);
    const int sources = m_window->model(Section::Sources)->totalRows();
    ASSERT_NO_FATAL_FAILURE(importTwoSources());
    eb::gui::RecordTableModelBase *model = m_window->model(Section::Sources);
    EXPECT_EQ(model->totalRows(), sources + 2);
    EXPECT_GE(model->rowOfSlug(QStringLiteral("imp-a")), 0);
    // Selecting a new row shows its page.
    ASSERT_TRUE(m_window->selectRecord(Section::Sources, QStringLiteral("imp-b")));
    EXPECT_TRUE(m_window->detailView()->toPlainText().contains(QStringLiteral("Imp B 2025")));
}

} // namespace
