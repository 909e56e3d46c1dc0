#pragma once

#include <QStringList>
#include <QTextStream>

namespace eb::cli {

// Exit statuses of the `evidence` tool.
enum ExitStatus : int {
    ExitOk = 0,
    ExitFailure = 1,  // the command was well formed but could not be carried out
    ExitBadInput = 2, // bad arguments or bad input data: one line on stderr names the field/row
};

// Where a command reads and writes; tests pass string-backed streams.
struct Io
{
    QTextStream &out;
    QTextStream &err;
    QTextStream &in; // standard input, for "-" file arguments
};

// Runs `evidence` with its full argument list (arguments[0] is the program name).
int run(const QStringList &arguments, Io &io);

// True when the command named by arguments needs a QApplication (it draws charts).
bool needsGui(const QStringList &arguments);

} // namespace eb::cli
