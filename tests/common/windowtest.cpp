#include "windowtest.h"

#include "gui/shell/application.h"

#include <QTest>

namespace eb::test {

void WindowTest::SetUp()
{
    eb::gui::initResources(); // the icons, as the program's main() loads them
    ASSERT_NO_FATAL_FAILURE(CatalogueCopyTest::SetUp());
    m_settings = std::make_unique<eb::gui::Settings>(settingsFile());
    if (m_shown == Window::LeftToTheTest) {
        return;
    }
    m_window = std::make_unique<eb::gui::MainWindow>(m_catalogue, *m_settings);
    m_window->resize(1280, 800);
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
}

QString WindowTest::settingsFile() const
{
    return m_dir.filePath(QStringLiteral("settings.ini"));
}

} // namespace eb::test
