// Every window at projector size: run on an offscreen screen of EB_SCREEN ("1280x800@1",
// "1280x800@2" = 200% on 2560x1600, "1920x1080@1"), each window must open within the
// available screen and lay out at or above its minimum size, and no label or button may show
// less than its own text (an elided text the user cannot reveal). The text drawn inside charts
// counts too: no chart label, note or Qt Charts axis title or tick label may be elided, run
// off its scene, or overlap another. Every record form (Add Study, Add Result, ...) lays its
// fields out within its own width: no horizontal scroll bar, every field and label inside the
// scroll area's viewport, before and after its problems are shown ("640x400@2" is 1280x800 at
// 200%, where every window must still fit). With EB_SCREENSHOT_DIR set, each window is saved
// there as a PNG (docs/screenshots/).
#include "catalogue/catalogue.h"
#include "cataloguecopy.h"
#include "charts/chartfigure.h"
#include "charts/chartview.h"
#include "gui/chart/chartpane.h"
#include "gui/features/editing/editingfeature.h"
#include "gui/features/editing/fieldlabels.h"
#include "gui/features/editing/recordform.h"
#include "gui/features/lecture/presenter.h"
#include "gui/features/lecture/presenterconsole.h"
#include "gui/shell/application.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/screenfit.h"
#include "gui/shell/settings.h"
#include "lecture/deck.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QPointer>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace {

using namespace eb;

QString screenName()
{
    const QString name = qEnvironmentVariable("EB_SCREEN", QStringLiteral("1280x800@1"));
    return name;
}

// Inside a scroll area the user scrolls to what does not fit: not a cut.
bool insideScrollArea(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget->parentWidget(); w != nullptr && w != window;
         w = w->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(w) != nullptr) {
            return true;
        }
    }
    return false;
}

// What of `window` is cut: one line per widget.
QStringList cutTexts(QWidget *window)
{
    QStringList cut;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(window) || label->wordWrap() || label->text().isEmpty() ||
            label->pixmap().isNull() == false || insideScrollArea(label, window)) {
            continue;
        }
        if (label->width() + 1 < label->minimumSizeHint().width()) {
            cut << QStringLiteral("label \"%1\": %2 px of %3")
                       .arg(label->text().left(40))
                       .arg(label->width())
                       .arg(label->minimumSizeHint().width());
        }
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(window) || button->text().isEmpty() ||
            insideScrollArea(button, window)) {
            continue;
        }
        if (button->width() + 1 < button->minimumSizeHint().width()) {
            cut << QStringLiteral("button \"%1\": %2 px of %3")
                       .arg(button->text())
                       .arg(button->width())
                       .arg(button->minimumSizeHint().width());
        }
    }
    return cut;
}

bool elided(const QString &text)
{
    // Our charts elide with "…"; Qt Charts truncates axis titles and labels with "...".
    return text.contains(QChar(0x2026)) || text.endsWith(QLatin1String("..."));
}

// What the charts of `window` draw cut: an elided text, a text past its scene's edge, two
// texts over each other. Our own items (textItems()) and Qt Charts' axis titles and tick
// labels (QGraphicsTextItem) alike.
QStringList chartCuts(QWidget *window, int *checked)
{
    QStringList cut;
    for (auto *view : window->findChildren<charts::ChartView *>()) {
        if (!view->isVisibleTo(window) || view->figure() == nullptr) {
            continue;
        }
        charts::ChartFigure *figure = view->figure();
        const QRectF scene = figure->scene()->sceneRect().adjusted(-0.5, -0.5, 0.5, 0.5);
        QList<std::pair<QString, QRectF>> drawn;
        for (QGraphicsItem *item : figure->scene()->items()) {
            if (!item->isVisible() || item->opacity() == 0.0) {
                continue;
            }
            QString text;
            if (auto *simple = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item)) {
                text = simple->text();
            } else if (auto *rich = qgraphicsitem_cast<QGraphicsTextItem *>(item)) {
                text = rich->toPlainText();
            }
            if (text.trimmed().isEmpty()) {
                continue;
            }
            ++*checked;
            const QRectF rect = item->sceneBoundingRect();
            if (elided(text)) {
                cut << QStringLiteral("chart text elided: \"%1\"").arg(text.left(60));
            }
            if (!scene.contains(rect)) {
                cut << QStringLiteral("chart text past the edge: \"%1\"").arg(text.left(60));
            }
            for (const auto &[other, otherRect] : std::as_const(drawn)) {
                // A pixel of shared edge is not an overlap.
                if (rect.adjusted(1, 1, -1, -1).intersects(otherRect.adjusted(1, 1, -1, -1))) {
                    cut << QStringLiteral("chart texts overlap: \"%1\" / \"%2\"")
                               .arg(text.left(40), other.left(40));
                }
            }
            drawn.append({text, rect});
        }
    }
    return cut;
}

class WindowFit : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(
            openWindow(test::bundledCatalogueFile(), catalogue::OpenMode::ReadOnly));
    }

    void openWindow(const QString &file, catalogue::OpenMode mode)
    {
        gui::initResources();
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_catalogue.open(file, mode)) << m_catalogue.lastError().toStdString();
        m_settings = std::make_unique<gui::Settings>(m_dir.filePath(QStringLiteral("s.ini")));
        m_window = std::make_unique<gui::MainWindow>(m_catalogue, *m_settings);
        show(m_window.get());
    }

    void show(QWidget *window)
    {
        if (qEnvironmentVariableIsSet("EB_MAXIMIZE")) {
            window->showMaximized();
        } else {
            window->show();
        }
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
        QTest::qWait(50);
    }

    // Fits the screen, lays out whole, cuts no text; saved as NAME-SCREEN.png on request.
    void check(QWidget *window, const QString &name)
    {
        SCOPED_TRACE(name.toStdString());
        const QSize available = window->screen()->availableGeometry().size();
        EXPECT_LE(window->frameGeometry().width(), available.width());
        EXPECT_LE(window->frameGeometry().height(), available.height());
        const QSize minimum = window->minimumSizeHint();
        EXPECT_GE(window->width(), std::min(minimum.width(), available.width()) - 1);
        EXPECT_LE(minimum.width(), available.width()) << "wider than the screen at its least";
        EXPECT_LE(minimum.height(), available.height()) << "taller than the screen at its least";
        const QStringList cut = cutTexts(window);
        EXPECT_TRUE(cut.isEmpty()) << cut.join(QLatin1Char('\n')).toStdString();
        int chartTexts = 0;
        const QStringList chartCut = chartCuts(window, &chartTexts);
        EXPECT_TRUE(chartCut.isEmpty()) << chartCut.join(QLatin1Char('\n')).toStdString();
        m_chartTexts += chartTexts;
        const QString dir = qEnvironmentVariable("EB_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            window->grab().save(QDir(dir).filePath(
                QStringLiteral("fit-%1-%2.png")
                    .arg(name, screenName().replace(QLatin1Char('@'), QLatin1Char('-')))));
        }
    }

    QWidget *openFromAction(const QString &objectName)
    {
        auto *action = m_window->findChild<QAction *>(objectName);
        if (action == nullptr) {
            return nullptr;
        }
        const QWidgetList before = QApplication::topLevelWidgets();
        action->trigger();
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (!before.contains(w) && w->isVisible()) {
                return w;
            }
        }
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w != m_window.get() && w->isVisible() && w->isActiveWindow()) {
                return w;
            }
        }
        return nullptr;
    }

    int m_chartTexts = 0; // chart texts checked by check(): a test of charts checks some
    QTemporaryDir m_dir;
    catalogue::Catalogue m_catalogue;
    std::unique_ptr<gui::Settings> m_settings;
    std::unique_ptr<gui::MainWindow> m_window;
};

TEST_F(WindowFit, MainWindow)
{
    check(m_window.get(), QStringLiteral("main-window"));
}

// The Chart tab of records whose charts carry the most text (long outcome names, several
// panels, a distribution with its notes), at the default chart text and at the largest
// (Larger Chart Text until it stops).
TEST_F(WindowFit, ChartTab)
{
    gui::ChartPane *pane = m_window->chartPane();
    for (const char *study : {"cars-1", "captain-ii", "chen-2013-mild-tbi"}) {
        ASSERT_TRUE(m_window->selectRecord(gui::Section::Studies, QString::fromLatin1(study)));
        m_window->detailTabs()->setCurrentWidget(pane);
        for (bool largest : {false, true}) {
            SCOPED_TRACE(largest ? "largest chart text" : "default chart text");
            if (largest) {
                while (pane->largerTextAction()->isEnabled()) {
                    pane->largerTextAction()->trigger();
                }
            }
            QTest::qWait(50);
            m_chartTexts = 0;
            check(m_window.get(), QStringLiteral("chart-%1%2")
                                      .arg(QString::fromLatin1(study),
                                           largest ? QStringLiteral("-largest") : QString()));
            EXPECT_GT(m_chartTexts, 10) << study;
            while (pane->smallerTextAction()->isEnabled() && pane->fontScale() > 1.0) {
                pane->smallerTextAction()->trigger();
            }
        }
    }
}

TEST_F(WindowFit, ReviewWindows)
{
    for (const char *action : {"poolAction", "synthesesAction", "claimsAuditAction",
                               "outcomeMatrixAction", "compareAction", "appraisalsAction"}) {
        QWidget *window = openFromAction(QString::fromLatin1(action));
        ASSERT_NE(window, nullptr) << action;
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
        if (qEnvironmentVariableIsSet("EB_MAXIMIZE")) {
            show(window);
        }
        QTest::qWait(50);
        check(window, QString::fromLatin1(action).remove(QStringLiteral("Action")));
        window->close();
    }
}

TEST_F(WindowFit, EffectSizeLab)
{
    QAction *lab = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Effect Size Lab")) {
            lab = action;
        }
    }
    ASSERT_NE(lab, nullptr);
    lab->trigger();
    auto *window = m_window->findChild<QWidget *>(QStringLiteral("effectSizeLab"));
    ASSERT_NE(window, nullptr);
    if (qEnvironmentVariableIsSet("EB_MAXIMIZE")) {
        show(window);
    }
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    check(window, QStringLiteral("effect-size-lab"));
}

TEST_F(WindowFit, PresenterAndConsole)
{
    QString error;
    const auto deck =
        lecture::loadDeck(QStringLiteral(EB_SOURCE_DIR "/docs/examples/lecture-deck.json"), &error);
    ASSERT_TRUE(deck) << error.toStdString();
    gui::Presenter presenter(m_catalogue);
    presenter.setDeck(*deck);
    presenter.present(nullptr, 3); // CAPTAIN II beside the medium benchmark
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&presenter));
    QTest::qWait(50);
    check(&presenter, QStringLiteral("presenter"));
    QTest::keyClick(&presenter, Qt::Key_P);
    ASSERT_NE(presenter.console(), nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(presenter.console()));
    QTest::qWait(50);
    check(presenter.console(), QStringLiteral("presenter-console"));
}

// The record forms, which the user fills in: on a writable copy of the bundled catalogue.
class FormFit : public WindowFit
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString copy = m_dir.filePath(QStringLiteral("catalogue.sqlite"));
        ASSERT_NO_FATAL_FAILURE(test::copyBundledCatalogue(copy));
        ASSERT_NO_FATAL_FAILURE(openWindow(copy, catalogue::OpenMode::ReadWrite));
    }

    // What is wider than the form's scroll area: none when every field and label lies inside
    // the viewport and no horizontal scroll bar shows. Else each row's widths, to find the
    // widget that sets the width.
    static QStringList overflow(gui::editing::RecordForm *form)
    {
        auto *scroll = form->findChild<QScrollArea *>();
        if (scroll == nullptr) {
            return {QStringLiteral("no scroll area")};
        }
        QWidget *viewport = scroll->viewport();
        QStringList wide;
        if (scroll->horizontalScrollBar()->isVisible()) {
            wide << QStringLiteral("a horizontal scroll bar: the fields are %1 px wide in %2 px")
                        .arg(scroll->widget()->minimumSizeHint().width())
                        .arg(viewport->width());
        }
        for (const catalogue::FieldSpec &spec : catalogue::recordFields(form->kind())) {
            QWidget *editor = form->editor(QString::fromLatin1(spec.name));
            const auto *layout = qobject_cast<QFormLayout *>(scroll->widget()->layout());
            QWidget *label = nullptr;
            for (int row = 0; layout != nullptr && row < layout->rowCount(); ++row) {
                QLayoutItem *field = layout->itemAt(row, QFormLayout::FieldRole);
                QLayoutItem *name = layout->itemAt(row, QFormLayout::LabelRole);
                if (field != nullptr && field->widget() != nullptr && name != nullptr &&
                    field->widget()->isAncestorOf(editor)) {
                    label = name->widget();
                }
            }
            for (QWidget *widget : {label, editor}) {
                if (widget == nullptr) {
                    continue;
                }
                const QRect at(widget->mapTo(viewport, QPoint(0, 0)), widget->size());
                if (at.left() < 0 || at.right() >= viewport->width()) {
                    wide << QStringLiteral("%1 %2: x %3 to %4 in a viewport %5 px wide "
                                           "(its least width %6 px)")
                                .arg(QString::fromLatin1(spec.name),
                                     QString::fromLatin1(widget->metaObject()->className()))
                                .arg(at.left())
                                .arg(at.right())
                                .arg(viewport->width())
                                .arg(widget->minimumSizeHint().width());
                }
            }
        }
        return wide;
    }

    void checkForm(gui::editing::RecordForm *form, const QString &name)
    {
        SCOPED_TRACE(name.toStdString());
        check(form, name);
        const QStringList wide = overflow(form);
        EXPECT_TRUE(wide.isEmpty()) << wide.join(QLatin1Char('\n')).toStdString();
    }
};

// Every form at this screen, empty and then with the problems of an empty Save shown under
// its fields (the longest texts it shows). Results and dosing of a study are added with the
// study chosen, as from the Studies table.
TEST_F(FormFit, EveryRecordFormFitsItsWidth)
{
    auto *feature = m_window->findChild<gui::editing::EditingFeature *>();
    ASSERT_NE(feature, nullptr);
    ASSERT_TRUE(m_window->selectRecord(gui::Section::Studies, QStringLiteral("captain-ii")));
    int forms = 0;
    for (catalogue::RecordKind kind : catalogue::allRecordKinds()) {
        gui::editing::RecordForm *form = feature->addRecord(kind);
        ASSERT_NE(form, nullptr) << feature->lastMessage().toStdString();
        const QPointer<gui::editing::RecordForm> alive(form);
        if (qEnvironmentVariableIsSet("EB_MAXIMIZE")) {
            show(form);
        }
        ASSERT_TRUE(QTest::qWaitForWindowExposed(form));
        QTest::qWait(50);
        const QString name =
            QStringLiteral("form-%1").arg(gui::editing::kindWord(kind)
                                              .remove(QLatin1Char('\''))
                                              .replace(QLatin1Char(' '), QLatin1Char('-')));
        checkForm(form, name);
        form->save();
        QTest::qWait(50);
        ASSERT_TRUE(!alive.isNull() && form->isVisible()) << "an empty form was saved";
        checkForm(form, name + QStringLiteral("-problems"));
        form->close();
        ++forms;
    }
    EXPECT_EQ(forms, static_cast<int>(catalogue::allRecordKinds().size()));
}

} // namespace

// The screen is chosen before the QApplication exists: the offscreen platform reads it from
// a configuration file.
int main(int argc, char **argv)
{
    const QString spec = screenName();
    const QString size = spec.section(QLatin1Char('@'), 0, 0);
    const int width = size.section(QLatin1Char('x'), 0, 0).toInt();
    const int height = size.section(QLatin1Char('x'), 1, 1).toInt();
    const double dpr = spec.section(QLatin1Char('@'), 1, 1).toDouble();
    QTemporaryDir configDir;
    const QString config = configDir.filePath(QStringLiteral("screen.json"));
    {
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly)) {
            return 2;
        }
        file.write(QStringLiteral("{\"screens\": [{\"name\": \"projector\", \"x\": 0, \"y\": 0, "
                                  "\"width\": %1, \"height\": %2, \"logicalDpi\": 96, "
                                  "\"logicalBaseDpi\": 96, \"dpr\": %3}]}")
                       .arg(width > 0 ? width : 1280)
                       .arg(height > 0 ? height : 800)
                       .arg(dpr > 0 ? dpr : 1.0)
                       .toUtf8());
    }
    qputenv("QT_QPA_PLATFORM", QStringLiteral("offscreen:configfile=%1").arg(config).toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
