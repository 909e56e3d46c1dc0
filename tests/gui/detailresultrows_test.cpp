// A study with more results than the detail pane lists at first (detail::kResultRowsShown):
// its page lists the first rows, says how many results are not shown, and a click on
// "Show all N results" lists every one; another study's page lists the first rows again. The
// chart, the context menu and Export > Details have every result either way.
#include "catalogue/catalogue.h"
#include "catalogue/syntheticcatalogue.h"
#include "gui/browse/section.h"
#include "gui/detail/detailhtml.h"
#include "gui/detail/detailview.h"
#include "gui/models/recordtablemodel.h"
#include "gui/shell/application.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/settings.h"

#include <QApplication>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <gtest/gtest.h>
#include <memory>

namespace {

using namespace eb;

constexpr int kResultsPerStudy = 30;

// The anchors of the page's rows ("result-ID[-ID...]": one row, one or more results).
QStringList rowAnchors(const QTextDocument *document)
{
    QStringList anchors;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString &name : it.fragment().charFormat().anchorNames()) {
                if (name.startsWith(QLatin1String("result-")) && !anchors.contains(name)) {
                    anchors << name;
                }
            }
        }
    }
    return anchors;
}

// The result ids of the page's rows.
QSet<qint64> rowIds(const QTextDocument *document)
{
    QSet<qint64> ids;
    for (const QString &name : rowAnchors(document)) {
        for (const QString &id : name.mid(7).split(QLatin1Char('-'))) {
            ids.insert(id.toLongLong());
        }
    }
    return ids;
}

// Where on the viewport the first character of the link to `href` is, or (-1, -1).
QPoint linkPoint(gui::DetailView *view, const QString &href)
{
    const QTextDocument *document = view->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorHref() == href) {
                QTextCursor cursor(const_cast<QTextDocument *>(document));
                cursor.setPosition(it.fragment().position() + 1);
                view->setTextCursor(cursor);
                view->ensureCursorVisible();
                return view->cursorRect(cursor).center() - QPoint(2, 0);
            }
        }
    }
    return {-1, -1};
}

// A window on a generated catalogue of `studies` studies with `results` results each.
class DetailResultRows : public ::testing::Test
{
protected:
    void open(int studies, int results)
    {
        gui::initResources();
        const QString path = m_dir.filePath(QStringLiteral("rows.sqlite"));
        {
            catalogue::Catalogue writer;
            ASSERT_TRUE(writer.open(path, catalogue::OpenMode::Create));
            QString error;
            ASSERT_TRUE(
                catalogue::writeSyntheticCatalogue(writer, {studies, results, 7}, {}, &error))
                << qPrintable(error);
        }
        ASSERT_TRUE(m_reader.open(path, catalogue::OpenMode::ReadOnly))
            << qPrintable(m_reader.lastError());
        m_settings = std::make_unique<gui::Settings>(m_dir.filePath(QStringLiteral("s.ini")));
        m_window = std::make_unique<gui::MainWindow>(m_reader, *m_settings);
        m_window->resize(1280, 800);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QTemporaryDir m_dir;
    catalogue::Catalogue m_reader;
    std::unique_ptr<gui::Settings> m_settings;
    std::unique_ptr<gui::MainWindow> m_window;
};

TEST_F(DetailResultRows, AStudysPageListsTheFirstRowsSaysHowManyAreNotShownAndShowsAllOnAClick)
{
    ASSERT_NO_FATAL_FAILURE(open(3, kResultsPerStudy));
    gui::MainWindow &window = *m_window;

    const gui::RecordTableModelBase *model = window.model(gui::Section::Studies);
    ASSERT_EQ(model->totalRows(), 3);
    ASSERT_TRUE(window.selectRecord(gui::Section::Studies, model->slugAt(0)));
    gui::DetailView *view = window.detailView();
    const QList<catalogue::ResultRecord> all = view->results();
    ASSERT_EQ(all.size(), kResultsPerStudy); // the menu and the chart: every result
    QSet<qint64> allIds;
    for (const catalogue::ResultRecord &r : all) {
        allIds.insert(r.id);
    }

    // The first rows, and what is not shown, with its count.
    EXPECT_EQ(rowAnchors(view->document()).size(), gui::detail::kResultRowsShown);
    const QSet<qint64> firstIds = rowIds(view->document());
    ASSERT_GE(firstIds.size(), gui::detail::kResultRowsShown);
    ASSERT_LT(firstIds.size(), kResultsPerStudy);
    EXPECT_TRUE(allIds.contains(firstIds));
    const QString text = view->toPlainText();
    const QString notShown = QStringLiteral("The first %1 of %2 results are shown; %3 are not.")
                                 .arg(firstIds.size())
                                 .arg(kResultsPerStudy)
                                 .arg(kResultsPerStudy - firstIds.size());
    EXPECT_EQ(text.count(notShown), 2) << "before the list and after it";
    EXPECT_TRUE(text.contains(QStringLiteral("Show all %1 results").arg(kResultsPerStudy)));

    // Export > Details writes every result, not the pane's first rows.
    const QString exported = m_dir.filePath(QStringLiteral("details.html"));
    QString error;
    ASSERT_TRUE(window.exportTo(gui::ExportKind::Details, exported, &error)) << qPrintable(error);
    QFile file(exported);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QTextDocument written;
    written.setHtml(QString::fromUtf8(file.readAll()));
    EXPECT_EQ(rowIds(&written), allIds);
    EXPECT_FALSE(written.toPlainText().contains(QStringLiteral("are shown;")));
    EXPECT_FALSE(written.toPlainText().contains(QStringLiteral("Show all")));
    EXPECT_EQ(rowIds(view->document()), firstIds) << "the pane still lists its first rows";

    // A click on the link lists every result, and says nothing is left out.
    const QPoint at = linkPoint(view, QString::fromLatin1(gui::detail::kAllResultsLink));
    ASSERT_GE(at.y(), 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(rowIds(view->document()), allIds);
    EXPECT_FALSE(view->toPlainText().contains(QStringLiteral("are shown;")));
    EXPECT_FALSE(view->toPlainText().contains(QStringLiteral("Show all")));

    // Another study lists its first rows; the first, selected again, lists them too.
    ASSERT_TRUE(window.selectRecord(gui::Section::Studies, model->slugAt(1)));
    EXPECT_EQ(rowAnchors(view->document()).size(), gui::detail::kResultRowsShown);
    ASSERT_TRUE(window.selectRecord(gui::Section::Studies, model->slugAt(0)));
    EXPECT_EQ(rowIds(view->document()), firstIds);
}

TEST_F(DetailResultRows, OneResultLeftOutIsSaidInTheSingular)
{
    const int results = gui::detail::kResultRowsShown + 1;
    ASSERT_NO_FATAL_FAILURE(open(1, results));
    gui::MainWindow &window = *m_window;
    ASSERT_TRUE(
        window.selectRecord(gui::Section::Studies, window.model(gui::Section::Studies)->slugAt(0)));
    const gui::DetailView *view = window.detailView();
    ASSERT_EQ(view->results().size(), results);
    const qsizetype shown = rowIds(view->document()).size();
    ASSERT_EQ(shown, results - 1) << "one result per row in a generated study";
    const QString text = view->toPlainText();
    EXPECT_EQ(text.count(QStringLiteral("The first %1 of %2 results are shown; one is not.")
                             .arg(shown)
                             .arg(results)),
              2)
        << text.left(600).toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("1 are not")));
}

} // namespace
