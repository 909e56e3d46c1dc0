#pragma once

namespace eb::gui {

// Parses the command line, opens the catalogue and shows the main window; returns the exit
// status for main().
int runApplication(int argc, char *argv[]);

} // namespace eb::gui
