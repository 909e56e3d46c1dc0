// The desktop application. All of it lives in the eb_gui library; this file only starts it.
#include "gui/shell/application.h"

int main(int argc, char *argv[])
{
    return eb::gui::runApplication(argc, argv);
}
