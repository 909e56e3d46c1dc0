#include "cli/common/cli.h"

#include "cli/common/commands.h"
#include "output/messagetext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <array>

namespace eb::cli {
namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &, Io &);
    bool needsGui;
};

const std::array<Command, 18> kCommands{{
    {"catalogue",
     QT_TRANSLATE_NOOP("eb::cli", "List, show and search the studies, outcomes, "
                                  "mechanisms, claims and sources of the catalogue"),
     runCatalogueCommand, false},
    {"convert",
     QT_TRANSLATE_NOOP("eb::cli", "Convert an effect size (MW, d, g, OR) to every "
                                  "other metric, with its confidence interval"),
     runConvertCommand, false},
    {"smd",
     QT_TRANSLATE_NOOP("eb::cli", "Standardized mean difference (d, g) from means, SDs "
                                  "and group sizes"),
     runSmdCommand, false},
    {"pool",
     QT_TRANSLATE_NOOP("eb::cli", "Meta-analysis of a CSV of yi and vi (or sei): "
                                  "fixed effect, DL, REML, PM, Knapp-Hartung"),
     runPoolCommand, false},
    {"render",
     QT_TRANSLATE_NOOP("eb::cli", "Draw a forest plot, effect-size distribution or "
                                  "time course to PNG, SVG or PDF"),
     runRenderCommand, true},
    {"matrix",
     QT_TRANSLATE_NOOP("eb::cli", "The outcome matrix: studies against outcomes and "
                                  "timepoints; --summary for the evidence gaps"),
     runMatrixCommand, false},
    {"compare",
     QT_TRANSLATE_NOOP("eb::cli", "Two or more studies side by side, differences "
                                  "marked"),
     runCompareCommand, false},
    {"claims",
     QT_TRANSLATE_NOOP("eb::cli", "The claims audit: each claim, what the sources "
                                  "report, the working and the verdict"),
     runClaimsCommand, false},
    {"cite",
     QT_TRANSLATE_NOOP("eb::cli", "Citations of sources or studies as RIS, BibTeX or "
                                  "CSL-JSON for a reference manager"),
     runCiteCommand, false},
    {"summary",
     QT_TRANSLATE_NOOP("eb::cli", "The one-page evidence summary of a study as HTML or PDF"),
     runSummaryCommand, true},
    {"escalc",
     QT_TRANSLATE_NOOP("eb::cli", "Effect sizes (RR, OR, RD, PETO, SMD, MD, ROM) from "
                                  "counts or means, as metafor's escalc()"),
     runEscalcCommand, false},
    {"bias",
     QT_TRANSLATE_NOOP("eb::cli", "Small-study effects: Egger's regtest, ranktest and "
                                  "trim and fill"),
     runBiasCommand, false},
    {"rob",
     QT_TRANSLATE_NOOP("eb::cli", "RoB 2 risk-of-bias assessments per trial and outcome: "
                                  "show, set, delete"),
     runRobCommand, false},
    {"grade",
     QT_TRANSLATE_NOOP("eb::cli", "GRADE certainty of the evidence per outcome: show, set, "
                                  "delete"),
     runGradeCommand, false},
    {"check-db",
     QT_TRANSLATE_NOOP("eb::cli", "Check a catalogue file: integrity, foreign keys and the "
                                  "validation rules over every record"),
     runCheckDbCommand, false},
    {"export",
     QT_TRANSLATE_NOOP("eb::cli", "Write sources, outcomes, studies and results as CSV or JSON"),
     runExportCommand, false},
    {"import",
     QT_TRANSLATE_NOOP("eb::cli", "Add records from a CSV or JSON file, all or none, after a "
                                  "backup"),
     runImportCommand, false},
    {"generate",
     QT_TRANSLATE_NOOP("eb::cli", "Write a synthetic catalogue of N studies for measuring the "
                                  "program at size"),
     runGenerateCommand, false},
}};

const Command *findCommand(const QString &name)
{
    for (const Command &command : kCommands) {
        if (name == QLatin1String(command.name)) {
            return &command;
        }
    }
    return nullptr;
}

QString usage()
{
    QString text = QCoreApplication::translate(
        "eb::cli", "Usage: evidence [--help] [--version] COMMAND [ARGUMENTS]\n\n"
                   "The command-line tool of Evidence Browser.\n\nCommands:\n");
    for (const Command &command : kCommands) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(10),
                         QCoreApplication::translate("eb::cli", command.summary));
    }
    text += QCoreApplication::translate(
        "eb::cli", "\nRun 'evidence COMMAND --help' for the arguments of a command.\n");
    return text;
}

} // namespace

bool needsGui(const QStringList &arguments)
{
    const Command *command = arguments.size() > 1 ? findCommand(arguments.at(1)) : nullptr;
    return command != nullptr && command->needsGui;
}

std::unique_ptr<QTemporaryDir> prepareOffscreenDrawing()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        return nullptr;
    }
    // Without it Qt falls back to /tmp/runtime-USER and says so on standard error. A fresh
    // directory is private (mode 0700) as the XDG specification asks, and goes at exit.
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                               QStringLiteral("/evidence-runtime-XXXXXX"));
    if (!dir->isValid()) {
        return nullptr; // Qt's own fallback (and its warning) is all that is left
    }
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir->path()));
    return dir;
}

QString commandHelp(const QString &helpText, const QString &commandName)
{
    QStringList lines = helpText.split(QLatin1Char('\n'));
    if (!lines.isEmpty()) {
        const qsizetype options = lines.first().indexOf(QLatin1String(" [options]"));
        if (options >= 0) {
            lines.first() = QStringLiteral("Usage: ") + commandName + lines.first().mid(options);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

int bad(Io &io, const QString &program, const QString &message)
{
    // One line, whatever the message quotes; a backstop for a message built from many inputs
    // (each quoted part is already an excerpt).
    io.err << program << ": " << eb::output::elidedInput(message, 400) << "\n";
    return ExitBadInput;
}

int run(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    // Everything after the command name belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QCoreApplication::translate("eb::cli", "Show this help."));
    const QCommandLineOption versionOption(
        QStringLiteral("version"), QCoreApplication::translate("eb::cli", "Show the version."));
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addPositionalArgument(QStringLiteral("command"), QString());

    if (!parser.parse(arguments)) {
        io.err << "evidence: " << parser.errorText() << "\n";
        return ExitBadInput;
    }
    if (parser.isSet(versionOption)) {
        io.out << "evidence " << EB_VERSION << "\n";
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        (positional.isEmpty() && !parser.isSet(helpOption) ? io.err : io.out) << usage();
        return parser.isSet(helpOption) ? ExitOk : ExitBadInput;
    }
    const Command *command = findCommand(positional.first());
    if (command == nullptr) {
        io.err << "evidence: unknown command '" << positional.first()
               << "'; run 'evidence --help' for the list\n";
        return ExitBadInput;
    }
    QStringList commandArguments = positional.mid(1);
    commandArguments.prepend(QStringLiteral("evidence %1").arg(QLatin1String(command->name)));
    return command->run(commandArguments, io);
}

} // namespace eb::cli
