#pragma once

#include <QString>
#include <QStringList>

namespace eb::gui {

// What the command line asks the desktop application to do.
struct CommandLine
{
    enum class Action
    {
        Run,
        ShowHelp,
        ShowVersion,
        Fail, // errorText says why
    };
    Action action = Action::Run;
    QString errorText;
    QString helpText;
    QString databaseFile; // --database FILE; empty: the user's copy of the bundled catalogue
    // Hidden options for documentation screenshots and demos (docs/user-guide.md):
    QString select;         // --select KIND:SLUG, e.g. study:captain-ii
    QString screenshotFile; // --screenshot FILE.png: save the window to FILE and quit
    bool showChart = false; // --chart: show the Chart tab instead of the details
    QString presentDeck;    // --present DECK.json: present the deck (with --screenshot: slide N)
    int presentSlide = 1;   // --slide N, 1-based
    // --quit-after-first-paint: exit once the main window has painted for the first time, so
    // that start-up can be timed from outside as a whole process (tests/bench/startup).
    bool quitAfterFirstPaint = false;
};

// Needs a QCoreApplication (for the translated option descriptions and the version).
CommandLine parseCommandLine(const QStringList &arguments);

// Makes the icons and the user guide compiled into eb_gui available (a static library's
// resources are not registered on their own).
void initResources();

// Parses the command line, opens the catalogue and shows the main window; returns the exit
// status for main().
int runApplication(int argc, char *argv[]);

} // namespace eb::gui
