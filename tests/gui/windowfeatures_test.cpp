// The seam between the main window and its features (research, review, lecture): every action
// registered by id with keys from one table, no two actions of the built window on the same
// keys (Qt triggers neither of two that share them), Compare and Copy Table each on their own
// keys, and the review views closing when the catalogue they read is replaced.
#include "gui/features/review/compareview.h"
#include "gui/features/review/outcomematrixview.h"
#include "gui/models/recordtablemodel.h"
#include "gui/shell/actionregistry.h"
#include "gui/shell/mainwindow.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QPointer>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

using eb::gui::ActionRegistry;
using eb::gui::MainWindow;
using eb::gui::Section;

namespace {

class WindowFeatures : public eb::test::WindowTest
{
protected:
    WindowFeatures() : WindowTest(eb::catalogue::OpenMode::ReadOnly) {}

    void selectStudies(const QStringList &slugs)
    {
        m_window->setCurrentSection(Section::Studies);
        QTableView *table = m_window->tableView(Section::Studies);
        table->clearSelection();
        const auto *model = m_window->model(Section::Studies);
        for (const QString &slug : slugs) {
            const int row = model->rowOfSlug(slug);
            ASSERT_GE(row, 0) << slug.toStdString();
            table->selectionModel()->select(model->index(row, 0), QItemSelectionModel::Select |
                                                                      QItemSelectionModel::Rows);
        }
        table->setFocus();
    }
};

TEST_F(WindowFeatures, NoTwoActionsOfTheWindowShareAShortcut)
{
    QHash<QKeySequence, QString> owner; // keys -> the action that has them
    int withKeys = 0;
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        for (const QKeySequence &keys : action->shortcuts()) {
            if (keys.isEmpty()) {
                continue;
            }
            ++withKeys;
            const QString name = action->objectName() + QStringLiteral(" \"") + action->text() +
                                 QStringLiteral("\"");
            EXPECT_FALSE(owner.contains(keys))
                << keys.toString().toStdString() << ": " << owner.value(keys).toStdString()
                << " and " << name.toStdString();
            owner.insert(keys, name);
        }
    }
    // The window's, the chart pane's and every feature's actions were looked at.
    EXPECT_GE(withKeys, 15);
    for (const char *id : {"copy", "copyTable", "compare", "effectSizeLab", "present",
                           "largerChartText", "section.study", "undo", "redo", "addStudy"}) {
        const QAction *action = m_window->actionRegistry().action(QString::fromLatin1(id));
        ASSERT_NE(action, nullptr) << id;
        EXPECT_FALSE(action->shortcut().isEmpty()) << id;
        EXPECT_EQ(action->shortcuts(), ActionRegistry::shortcutsFor(QString::fromLatin1(id)));
    }
}

TEST_F(WindowFeatures, CompareShortcutComparesTheSelectedStudies)
{
    selectStudies({QStringLiteral("captain-i"), QStringLiteral("captain-ii")});
    QAction *compare = m_window->actionRegistry().action(QStringLiteral("compare"));
    ASSERT_NE(compare, nullptr);
    ASSERT_EQ(compare->shortcut().count(), 1);
    const QKeyCombination keys = compare->shortcut()[0];
    ASSERT_EQ(m_window->findChild<eb::gui::review::CompareView *>(), nullptr);
    QTest::keyClick(m_window->tableView(Section::Studies), keys.key(), keys.keyboardModifiers());
    auto *view = m_window->findChild<eb::gui::review::CompareView *>();
    ASSERT_NE(view, nullptr) << "the Compare shortcut did nothing";
    EXPECT_EQ(view->table()->columnCount(), 2);
}

TEST_F(WindowFeatures, CopyTableShortcutCopiesTheTable)
{
    selectStudies({QStringLiteral("captain-i")});
    QApplication::clipboard()->clear();
    QTest::keyClick(m_window->tableView(Section::Studies), Qt::Key_C,
                    Qt::ControlModifier | Qt::ShiftModifier);
    const QString copied = QApplication::clipboard()->text();
    EXPECT_TRUE(copied.contains(QLatin1Char('\t'))) << copied.left(80).toStdString();
    EXPECT_EQ(m_window->findChild<eb::gui::review::CompareView *>(), nullptr);
}

TEST_F(WindowFeatures, ReviewViewsCloseWhenTheCatalogueIsReplaced)
{
    QAction *matrix = m_window->actionRegistry().action(QStringLiteral("outcomeMatrix"));
    ASSERT_NE(matrix, nullptr);
    matrix->trigger();
    auto *opened = m_window->findChild<eb::gui::review::OutcomeMatrixView *>();
    ASSERT_NE(opened, nullptr);
    EXPECT_TRUE(opened->isVisible());
    const QPointer<eb::gui::review::OutcomeMatrixView> view(opened);
    QString error;
    ASSERT_TRUE(m_window->openCatalogueFile(m_path, &error)) << error.toStdString();
    QTRY_VERIFY(view.isNull()); // closed and deleted: it showed the file it had read
}

} // namespace
