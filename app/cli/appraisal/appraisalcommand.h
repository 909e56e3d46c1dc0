#pragma once

// The frame `evidence rob` and `evidence grade` share: show|set|delete, the options every
// appraisal takes (--assessor, --version, --json, --database), the checks of the action and
// of --version, and the open catalogue handed to the command's own part.

#include "cli/common/commandparser.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace eb::catalogue {
class Catalogue;
}

namespace eb::cli {

// "missing_data" -> "missing-data": a schema key as an option name.
QString appraisalOptionName(const QString &key);

// --version N of an edit or delete: 0 when absent, -1 when not a positive whole number.
qint64 appraisalVersion(const ParsedCommand &command);
// The one line for a --version that is not a positive whole number (ExitBadInput).
int badAppraisalVersion(const ParsedCommand &command);

// Runs the command: adds --assessor and --version (`what`: "assessment", "rating"), --json
// and --database to `cli`'s own options, parses, checks the action, opens the catalogue and
// calls `run` with it.
using AppraisalRun = std::function<int(const QString &action, const ParsedCommand &command,
                                       eb::catalogue::Catalogue &catalogue)>;
int runAppraisal(CommandParser &cli, const QStringList &arguments, const QString &what,
                 const AppraisalRun &run);

} // namespace eb::cli
