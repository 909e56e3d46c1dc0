#pragma once

// The main window on a copy of the bundled catalogue, shown at 1280×800 offscreen with its
// settings in the test's temporary folder: the one fixture of the window tests (browsing,
// reading, features, review section, editing, start-up). Link eb_test_window.

#include "cataloguecopy.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/settings.h"

#include <memory>

namespace eb::test {

class WindowTest : public CatalogueCopyTest
{
protected:
    // Whether SetUp makes and shows m_window, or leaves the window to the test (a test of the
    // window's start makes its own, from m_catalogue and m_settings).
    enum class Window
    {
        Shown,
        LeftToTheTest,
    };

    explicit WindowTest(eb::catalogue::OpenMode mode = eb::catalogue::OpenMode::ReadWrite,
                        Window window = Window::Shown)
        : CatalogueCopyTest(mode), m_shown(window)
    {
    }

    void SetUp() override;

    // The settings file m_settings reads and writes (a test reads it again after a change).
    QString settingsFile() const;

    std::unique_ptr<eb::gui::Settings> m_settings;
    std::unique_ptr<eb::gui::MainWindow> m_window;

private:
    Window m_shown;
};

} // namespace eb::test
