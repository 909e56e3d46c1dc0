#pragma once

#include "cli/common/cli.h"

class QCommandLineParser;

namespace eb::catalogue {
class Catalogue;
}

namespace eb::cli {

// Opens the catalogue a command works on: the file named by the parser's "database" option,
// or else the user's copy of the bundled catalogue (made on first use). It is opened for
// writing so that an older schema is upgraded in one transaction; a catalogue that is up to
// date is never written to, and one that is refused is left untouched. Returns ExitOk, or
// writes one line to io.err and returns ExitBadInput for a named file that is refused and
// ExitFailure when the user's own copy cannot be opened.
int openCommandCatalogue(const QCommandLineParser &parser, const QString &program, Io &io,
                         eb::catalogue::Catalogue &catalogue);

} // namespace eb::cli
