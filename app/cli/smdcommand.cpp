#include "cli/commands.h"

namespace eb::cli {

// Not written yet: the work on this command replaces this file.
int runSmdCommand(const QStringList &arguments, Io &io)
{
    io.err << arguments.value(0) << ": not available in this build\n";
    return ExitFailure;
}

} // namespace eb::cli
