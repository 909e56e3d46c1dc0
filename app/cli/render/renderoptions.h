#pragma once

#include "charts/chartexport.h"
#include "cli/common/cli.h"
#include "cli/common/commandparser.h"
#include "export/figurebundle.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <optional>

namespace eb::charts {
class ChartFigure;
}
namespace eb::catalogue {
class CatalogueReader;
}

// Shared by the `evidence render` subcommands (rendercommand.cpp, renderforest.cpp).
namespace eb::cli::render {

// --out, --bundle, --force, --width, --height, --dpi, --font-scale, --title
struct OutputOptions
{
    QString path;       // empty: no single file (a --bundle only)
    QString bundle;     // the figure bundle's folder; empty: none
    bool force = false; // --force: replace a --bundle folder that already holds files
    eb::charts::ExportFormat format = eb::charts::ExportFormat::Png;
    std::optional<double> width;
    std::optional<double> height;
    double dpi = 96;
    double fontScale = 1;
    QString title;
};

void addOutputOptions(QCommandLineParser &parser);
bool readOutputOptions(const QCommandLineParser &parser, OutputOptions *options, QString *error);

// A strictly parsed number within [min, max], or nothing with *error naming the option.
std::optional<double> numberOption(const QCommandLineParser &parser, const QString &name,
                                   double min, double max, QString *error);

// Lays the figure out (the given size, else defaultWidth and the figure's natural height,
// capped at maxHeight) and writes it, and with --bundle the figure bundle, whose marks and
// sources `bundle` holds (renderbundle.cpp fills in title, versions and the sources used).
// Prints "wrote FILE" on success.
int writeChart(eb::charts::ChartFigure &figure, const OutputOptions &options, double defaultWidth,
               double maxHeight, const QString &program, Io &io,
               const eb::exporting::FigureBundle &bundle = {});

// The catalogue's part of a figure bundle: its title, build and schema, and its sources.
void describeCatalogue(const eb::catalogue::CatalogueReader &catalogue,
                       eb::exporting::FigureBundle *bundle);

// Writes the bundle for a figure already laid out (renderbundle.cpp).
int writeBundle(eb::charts::ChartFigure &figure, const OutputOptions &options,
                eb::exporting::FigureBundle bundle, const QString &program, Io &io);
// The same for several figures drawn stacked (the Chart tab's panels, one per scale).
int writeBundle(const QList<eb::charts::ChartFigure *> &figures, const OutputOptions &options,
                eb::exporting::FigureBundle bundle, const QString &program, Io &io);

// Parses the subcommand's arguments (no positional ones) and reads the output options
// (addOutputOptions) into *output. Nothing when the command should end with *status: ExitOk
// after printing --help, ExitBadInput after one line for a parse error or a bad output option.
std::optional<ParsedCommand> parseOrExit(CommandParser &cli, const QStringList &arguments,
                                         OutputOptions *output, int *status);

int renderForest(const QStringList &arguments, Io &io);  // renderforest.cpp
int renderDomains(const QStringList &arguments, Io &io); // renderforest.cpp
// renderforest's --study SLUG / --outcome SLUG: the Chart tab's panels (renderpanels.cpp).
int renderForestPanels(const ParsedCommand &command, const OutputOptions &options);
int renderDeck(const QStringList &arguments, Io &io);   // renderdeck.cpp
int renderFunnel(const QStringList &arguments, Io &io); // renderfunnel.cpp
int renderRob(const QStringList &arguments, Io &io);    // renderrob.cpp

} // namespace eb::cli::render
