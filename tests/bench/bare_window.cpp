// The yardstick of start-up (tests/bench/startup_compare.cpp): a bare Qt Widgets window with
// one table of 100 rows, that quits after its first paint, as evidence-browser does with
// --quit-after-first-paint.
#include "gui/shell/firstpaintquit.h"

#include <QApplication>
#include <QHeaderView>
#include <QMainWindow>
#include <QTableWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *table = new QTableWidget(100, 5);
    for (int row = 0; row < 100; ++row) {
        for (int column = 0; column < 5; ++column) {
            table->setItem(row, column,
                           new QTableWidgetItem(
                               QStringLiteral("Row %1, column %2").arg(row + 1).arg(column + 1)));
        }
    }
    window.setCentralWidget(table);
    window.resize(1280, 800);
    window.installEventFilter(new eb::gui::FirstPaintQuit(&window));
    window.show();
    return QApplication::exec();
}
