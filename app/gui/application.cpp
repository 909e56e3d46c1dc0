#include "gui/application.h"

#include <QApplication>

namespace eb::gui {

int runApplication(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return 0;
}

} // namespace eb::gui
