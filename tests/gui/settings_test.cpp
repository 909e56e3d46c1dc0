// The window's settings survive a round trip through their file.
#include "gui/shell/settings.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

TEST(Settings, RoundTripThroughTheFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        eb::gui::Settings settings(file);
        EXPECT_TRUE(settings.windowGeometry().isEmpty());
        EXPECT_EQ(settings.currentSection(), 0);
        settings.setWindowGeometry(QByteArrayLiteral("geometry"));
        settings.setWindowState(QByteArrayLiteral("state"));
        settings.setMainSplitterState(QByteArrayLiteral("main"));
        settings.setContentSplitterState(QByteArrayLiteral("content"));
        settings.setCurrentSection(3);
        settings.setTableHeaderState(2, QByteArrayLiteral("header2"));
        settings.sync();
    }
    eb::gui::Settings reread(file);
    EXPECT_EQ(reread.windowGeometry(), QByteArrayLiteral("geometry"));
    EXPECT_EQ(reread.windowState(), QByteArrayLiteral("state"));
    EXPECT_EQ(reread.mainSplitterState(), QByteArrayLiteral("main"));
    EXPECT_EQ(reread.contentSplitterState(), QByteArrayLiteral("content"));
    EXPECT_EQ(reread.currentSection(), 3);
    EXPECT_EQ(reread.tableHeaderState(2), QByteArrayLiteral("header2"));
    EXPECT_TRUE(reread.tableHeaderState(1).isEmpty());
}

} // namespace
