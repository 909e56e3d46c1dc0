#pragma once

// The main window on a copy of the bundled catalogue, shown at 1280×800 offscreen with its
// settings in the test's temporary folder: the one fixture of the window tests (features,
// review section, editing). Link eb_test_window.

#include "cataloguecopy.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/settings.h"

#include <memory>

namespace eb::test {

class WindowTest : public CatalogueCopyTest
{
protected:
    explicit WindowTest(eb::catalogue::OpenMode mode = eb::catalogue::OpenMode::ReadWrite)
        : CatalogueCopyTest(mode)
    {
    }

    void SetUp() override;

    std::unique_ptr<eb::gui::Settings> m_settings;
    std::unique_ptr<eb::gui::MainWindow> m_window;
};

} // namespace eb::test
