// The window's start (issue 20): the first paint waits only for the shown table and the
// current record's details; the other tables are filled after it, or at once when something
// asks for them; --quit-after-first-paint ends after the real window painted its rows; and
// the window comes back as it was left.
#include "catalogue/catalogue.h"
#include "gui/browse/recordbrowser.h"
#include "gui/models/recordtablemodel.h"
#include "gui/shell/actionregistry.h"
#include "gui/shell/application.h"
#include "gui/shell/firstpaintquit.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/settings.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QListWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <functional>
#include <gtest/gtest.h>

namespace {

using namespace eb;
using gui::Section;

constexpr int kTimeoutMs = 5000;
constexpr std::array kLaterSections{Section::Outcomes, Section::Mechanisms, Section::Claims,
                                    Section::Sources};

// Calls `seen` at the first paint of the widget it watches.
class PaintProbe : public QObject
{
public:
    PaintProbe(QWidget *watched, std::function<void()> seen) : m_seen(std::move(seen))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_seen) {
            std::exchange(m_seen, nullptr)();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_seen;
};

// Each test makes its window itself: what happens before its first paint is what is tested.
class StartupTest : public test::WindowTest
{
protected:
    StartupTest() : WindowTest(catalogue::OpenMode::ReadOnly, Window::LeftToTheTest) {}

    // The first row of the Studies table, in its own order.
    static QString firstStudy(const gui::MainWindow &window)
    {
        return window.model(Section::Studies)->index(0, 0).data().toString();
    }

    static QTextBrowser *pane(const gui::MainWindow &window)
    {
        // Not detailView(): asking for the pane fills it.
        return window.findChild<QTextBrowser *>(QStringLiteral("detailView"));
    }
};

TEST_F(StartupTest, OnlyTheShownTableIsFilledBeforeTheFirstPaintAndTheRestAfterIt)
{
    gui::MainWindow window(m_catalogue, *m_settings);
    const gui::RecordBrowser &browser = *window.browser();
    EXPECT_TRUE(browser.isFilled(Section::Studies));
    for (Section section : kLaterSections) {
        EXPECT_FALSE(browser.isFilled(section)) << gui::sectionIndex(section);
    }
    // The sidebar counts what the catalogue holds, as the tables will once filled.
    const catalogue::CatalogueCounts counts = m_catalogue.counts();
    const auto claimsEntry = [&window] {
        return window.sidebar()->item(gui::sectionIndex(Section::Claims))->text();
    };
    EXPECT_EQ(claimsEntry(), QStringLiteral("Claims (%1)").arg(counts.claims));
    ASSERT_NE(pane(window), nullptr);
    EXPECT_TRUE(pane(window)->toPlainText().isEmpty()) << "laid out before the window is shown";

    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_TRUE(pane(window)->toPlainText().contains(firstStudy(window)));
    ASSERT_TRUE(QTest::qWaitFor(
        [&browser] {
            return std::all_of(kLaterSections.begin(), kLaterSections.end(),
                               [&browser](Section s) { return browser.isFilled(s); });
        },
        kTimeoutMs));
    EXPECT_EQ(window.model(Section::Claims)->totalRows(), counts.claims);
    EXPECT_EQ(window.model(Section::Sources)->totalRows(), counts.sources);
    EXPECT_EQ(window.model(Section::Outcomes)->totalRows(), counts.outcomes);
    EXPECT_EQ(window.model(Section::Mechanisms)->totalRows(), counts.mechanisms);
    EXPECT_EQ(claimsEntry(), QStringLiteral("Claims (%1)").arg(counts.claims));
    // The verdict filter counts its claims once the Claims table is filled.
    QComboBox *verdict = browser.filterBox(QStringLiteral("verdict"));
    ASSERT_NE(verdict, nullptr);
    ASSERT_GT(verdict->count(), 1);
    EXPECT_TRUE(verdict->itemText(1).contains(QLatin1Char('(')))
        << qPrintable(verdict->itemText(1));
}

TEST_F(StartupTest, AWindowNeverShownFillsWhatIsAskedFor)
{
    gui::MainWindow window(m_catalogue, *m_settings);
    EXPECT_FALSE(window.browser()->isFilled(Section::Claims));
    EXPECT_EQ(window.model(Section::Claims)->totalRows(), m_catalogue.counts().claims);
    EXPECT_TRUE(window.browser()->isFilled(Section::Claims));
    EXPECT_TRUE(window.detailView()->toPlainText().contains(firstStudy(window)));
    window.setCurrentSection(Section::Sources);
    EXPECT_TRUE(window.browser()->isFilled(Section::Sources));
    EXPECT_GT(window.tableView(Section::Sources)->model()->rowCount(), 0);
}

// The toolbar's and menus' theme icons are looked up when first drawn (start-up): each
// still has its picture, from the theme or from the style, and says what theme icon it is.
TEST_F(StartupTest, TheThemeIconsLookedUpWhenDrawnHaveTheirPictures)
{
    gui::MainWindow window(m_catalogue, *m_settings);
    const std::initializer_list<std::pair<const char *, const char *>> icons{
        {"open", "document-open"},
        {"exportRecords", "document-export"},
        {"exportChart", "image-x-generic"},
        {"quit", "application-exit"},
        {"find", "edit-find"},
        {"copy", "edit-copy"},
        {"fullScreen", "view-fullscreen"},
        {"userGuide", "help-contents"}};
    for (const auto &[id, theme] : icons) {
        QAction *action = window.actionRegistry().action(QString::fromLatin1(id));
        ASSERT_NE(action, nullptr) << id;
        const QIcon icon = action->icon();
        EXPECT_FALSE(icon.isNull()) << id;
        EXPECT_EQ(icon.name(), QString::fromLatin1(theme)) << id;
        const QPixmap picture = icon.pixmap(QSize(16, 16));
        ASSERT_FALSE(picture.isNull()) << id;
        const QImage image = picture.toImage();
        bool drawn = false;
        for (int y = 0; y < image.height() && !drawn; ++y) {
            for (int x = 0; x < image.width() && !drawn; ++x) {
                drawn = image.pixelColor(x, y).alpha() > 0;
            }
        }
        EXPECT_TRUE(drawn) << id << ": an empty picture";
    }
}

TEST_F(StartupTest, QuitAfterFirstPaintEndsAfterTheWindowPaintedItsRowsAndDetails)
{
    gui::MainWindow window(m_catalogue, *m_settings);
    window.installEventFilter(new gui::FirstPaintQuit(&window));
    int rowsAtPaint = -1;
    QString detailsAtPaint;
    const PaintProbe probe(window.tableView(Section::Studies)->viewport(), [&] {
        rowsAtPaint = window.tableView(Section::Studies)->model()->rowCount();
        detailsAtPaint = pane(window)->toPlainText();
    });
    QTimer::singleShot(60000, qApp, [] { QApplication::exit(1); }); // never hang the suite
    window.resize(1280, 800);
    window.show();
    ASSERT_EQ(QApplication::exec(), 0) << "no first paint";
    EXPECT_GT(rowsAtPaint, 0);
    EXPECT_TRUE(detailsAtPaint.contains(firstStudy(window)));
    // What waits for the first paint had not run: the figure is launch to first paint.
    EXPECT_FALSE(window.browser()->isFilled(Section::Claims));
}

TEST_F(StartupTest, TheWindowComesBackWithItsSizeSectionAndDocks)
{
    {
        gui::MainWindow first(m_catalogue, *m_settings);
        first.resize(1111, 733);
        first.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&first));
        first.setCurrentSection(Section::Sources);
        auto *deck = first.findChild<QDockWidget *>(QStringLiteral("presentationDeckDock"));
        ASSERT_NE(deck, nullptr);
        deck->show();
        ASSERT_TRUE(first.close()); // saves the layout
    }
    gui::MainWindow second(m_catalogue, *m_settings);
    second.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&second));
    EXPECT_EQ(second.size(), QSize(1111, 733));
    EXPECT_EQ(second.currentSection(), Section::Sources);
    EXPECT_EQ(second.sidebar()->currentRow(), gui::sectionIndex(Section::Sources));
    EXPECT_TRUE(second.browser()->isFilled(Section::Sources));
    EXPECT_GT(second.tableView(Section::Sources)->model()->rowCount(), 0);
    auto *deck = second.findChild<QDockWidget *>(QStringLiteral("presentationDeckDock"));
    ASSERT_NE(deck, nullptr);
    EXPECT_TRUE(deck->isVisible());
}

} // namespace
