#include "gui/shell/screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace eb::gui {
namespace {

// Room for a window manager's frame and title bar around the client area.
constexpr int kFrameWidth = 16;
constexpr int kFrameHeight = 48;

} // namespace

QSize availableWindowSize(const QWidget *window)
{
    const QScreen *screen = window != nullptr ? window->screen() : nullptr;
    if (screen == nullptr) {
        screen = QGuiApplication::primaryScreen();
    }
    if (screen == nullptr) {
        return {1280, 800};
    }
    const QSize area = screen->availableGeometry().size();
    return {std::max(200, area.width() - kFrameWidth), std::max(150, area.height() - kFrameHeight)};
}

void resizeWithinScreen(QWidget *window, QSize preferred)
{
    window->resize(preferred.boundedTo(availableWindowSize(window)));
}

} // namespace eb::gui
