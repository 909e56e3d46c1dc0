#pragma once

#include <QSize>

class QLayout;
class QWidget;

namespace eb::gui {

// Gives a window its preferred size, but never more than the available part of its screen
// (a 1280×800 projector, 200% scaling): the window opens whole, its frame and title bar
// included, and its own layout (scroll areas, splitters) takes up what is left.
void resizeWithinScreen(QWidget *window, QSize preferred);

// The largest size a window may take on its screen (the available geometry less room for the
// window frame), for tests and for windows that size themselves.
QSize availableWindowSize(const QWidget *window);

// A row of controls (a QHBoxLayout) in a strip that scrolls sideways when the window is
// narrower than the row (1280x800 at 200% is 640 points wide): the window's least width no
// longer adds up every button and list of the row, and nothing is cut. Where the row fits, it
// looks as it did. The strip is as tall as the row, plus the scroll bar while it shows.
QWidget *scrollingRow(QLayout *row, QWidget *parent);

} // namespace eb::gui
