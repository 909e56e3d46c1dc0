#include "gui/shell/screenfit.h"

#include <QGuiApplication>
#include <QLayout>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
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

QWidget *scrollingRow(QLayout *row, QWidget *parent)
{
    auto *content = new QWidget;
    row->setContentsMargins(0, 0, 0, 0);
    content->setLayout(row);
    auto *strip = new QScrollArea(parent);
    strip->setFrameShape(QFrame::NoFrame);
    strip->setWidgetResizable(true);
    strip->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    strip->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    strip->setWidget(content);
    // As tall as the row, and the scroll bar beneath it only while the row is wider than the
    // window: where the row fits, the window looks as it did without the strip.
    const auto fit = [strip, content] {
        const bool scrolls = strip->horizontalScrollBar()->maximum() > 0;
        const int bar =
            scrolls ? strip->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, strip) : 0;
        strip->setFixedHeight(content->minimumSizeHint().height() + bar);
    };
    QObject::connect(strip->horizontalScrollBar(), &QScrollBar::rangeChanged, strip, fit);
    fit();
    return strip;
}

} // namespace eb::gui
