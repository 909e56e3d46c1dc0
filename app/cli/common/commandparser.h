#pragma once

// The one parser of the `evidence` commands (after zeal's parseCommandLine(), which returns a
// struct): the options every command shares (--help, --json, --database) and the bad-input
// convention are declared here once; a command adds its own options, calls parse(), and works
// from the ParsedCommand it gets back.

#include "cli/common/cli.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <optional>

namespace eb::catalogue {
class Catalogue;
}

namespace eb::cli {

// A command line that parsed: what every command reads from it, and the one way to refuse it.
struct ParsedCommand
{
    QString name;                                // "evidence compare": what its messages start with
    bool json = false;                           // --json (for commands that offer it)
    QStringList positional;                      // the arguments that are not options, in order
    const QCommandLineParser *options = nullptr; // the command's own options
    Io *io = nullptr;

    bool isSet(const QString &option) const { return options->isSet(option); }
    bool isSet(const QCommandLineOption &option) const { return options->isSet(option); }
    QString value(const QString &option) const { return options->value(option); }
    QString value(const QCommandLineOption &option) const { return options->value(option); }

    // Bad input: one line "evidence NAME: message" on standard error; returns ExitBadInput.
    int bad(const QString &message) const;
    // Opens the catalogue the command works on: the --database FILE, else the user's copy of
    // the bundled catalogue (commandcatalogue.h). ExitOk, or the status to return (the one line
    // is printed).
    int openCatalogue(eb::catalogue::Catalogue &catalogue) const;
};

class CommandParser
{
public:
    // `name` is the command as the user typed it ("evidence render forest"); --help is always
    // offered.
    CommandParser(const QString &name, Io &io, const QString &description);

    // The shared options, for the commands that take them. --json's help says what the JSON
    // holds when "Print JSON." would not.
    void addJsonOption(const QString &description = {});
    void addDatabaseOption();
    // The command's own options and positional arguments.
    QCommandLineParser &options() { return m_parser; }
    // Replaces the help's first line (default: "Usage: NAME [options] ...").
    void setUsage(const QString &usage) { m_usage = usage; }

    // Parses the command's own arguments (without its name). Nothing when the command is done,
    // with status() to return: the help was printed (ExitOk), or one line says what is wrong
    // (ExitBadInput): a parse error, or a positional argument beyond maxPositional (nullopt:
    // the command checks them itself).
    std::optional<ParsedCommand> parse(const QStringList &arguments,
                                       std::optional<qsizetype> maxPositional = std::nullopt);
    int status() const { return m_status; }

private:
    QString m_name;
    Io &m_io;
    QCommandLineParser m_parser;
    QString m_usage;
    bool m_hasJson = false;
    int m_status = ExitOk;
};

} // namespace eb::cli
