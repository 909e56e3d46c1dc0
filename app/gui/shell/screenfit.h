#pragma once

#include <QSize>

class QWidget;

namespace eb::gui {

// Gives a window its preferred size, but never more than the available part of its screen
// (a 1280×800 projector, 200% scaling): the window opens whole, its frame and title bar
// included, and its own layout (scroll areas, splitters) takes up what is left.
void resizeWithinScreen(QWidget *window, QSize preferred);

// The largest size a window may take on its screen (the available geometry less room for the
// window frame), for tests and for windows that size themselves.
QSize availableWindowSize(const QWidget *window);

} // namespace eb::gui
