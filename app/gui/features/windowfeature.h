#pragma once

namespace eb::gui {

class WindowContext;

// A feature of the main window (research, review, lecture, and those to come): it is handed
// the window's context once, right after the window is built and has read the catalogue, and
// adds its actions (registered by id), menus, docks and views through it. It never reaches
// into the window itself. The list of features is windowfeatures.cpp.
class WindowFeature
{
public:
    virtual ~WindowFeature() = default;
    virtual void install(WindowContext &context) = 0;

protected:
    WindowFeature() = default;
    WindowFeature(const WindowFeature &) = default;
    WindowFeature &operator=(const WindowFeature &) = default;
};

} // namespace eb::gui
