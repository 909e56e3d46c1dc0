#include "windowtest.h"

#include <QTest>

namespace eb::test {

void WindowTest::SetUp()
{
    ASSERT_NO_FATAL_FAILURE(CatalogueCopyTest::SetUp());
    m_settings =
        std::make_unique<eb::gui::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<eb::gui::MainWindow>(m_catalogue, *m_settings);
    m_window->resize(1280, 800);
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
}

} // namespace eb::test
