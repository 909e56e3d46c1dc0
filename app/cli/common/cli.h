#pragma once

#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>
#include <memory>

namespace eb::cli {

// Exit statuses of the `evidence` tool.
enum ExitStatus : int
{
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

// Readies the process for a QApplication that draws but never shows a window, before it is
// constructed: the offscreen platform (unless QT_QPA_PLATFORM names another) and, where
// XDG_RUNTIME_DIR is unset, a private runtime directory, so that Qt has nothing to warn a
// user about on standard error. Keep the returned directory (null when none was needed)
// until the QApplication is gone.
std::unique_ptr<QTemporaryDir> prepareOffscreenDrawing();

// The help of a command's parser with "Usage: evidence COMMAND ..." in its first line, where
// QCommandLineParser would name the executable's path. The one home of that rule for every
// command (catalogue, convert, smd, pool, render and its kinds).
QString commandHelp(const QString &helpText, const QString &commandName);

// Bad input: one line "PROGRAM: message" on standard error, and ExitBadInput to return.
int bad(Io &io, const QString &program, const QString &message);

} // namespace eb::cli
