// `evidence cite`: citations of catalogue sources as RIS, BibTeX or CSL-JSON.
#include "catalogue/catalogue.h"
#include "cli/common/cli.h"
#include "cli/common/commandparser.h"
#include "cli/common/commands.h"
#include "export/citations.h"
#include "output/messagetext.h"
#include "output/outputfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace eb::cli {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("eb::cli::cite", text, disambiguation, n);
}

} // namespace

int runCiteCommand(const QStringList &arguments, Io &io)
{
    const QString program = arguments.value(0, QStringLiteral("evidence cite"));
    CommandParser cli(
        program, io,
        tr("Citations of catalogue sources for a reference manager. A SLUG names a source, or "
           "a study (all of its sources); see evidence catalogue list sources|studies."));
    QCommandLineParser &parser = cli.options();
    parser.addPositionalArgument(QStringLiteral("slug"), tr("Sources or studies to cite."),
                                 tr("[SLUG...]"));
    parser.addOption({QStringLiteral("all"), tr("Every source in the catalogue.")});
    parser.addOption({QStringLiteral("format"),
                      tr("ris, bibtex or csl-json (default: by the suffix of --out, else "
                         "bibtex)."),
                      tr("FORMAT")});
    parser.addOption(
        {QStringLiteral("out"), tr("Write to FILE instead of standard output."), tr("FILE")});
    cli.addDatabaseOption();
    const auto command = cli.parse(arguments.mid(1));
    if (!command) {
        return cli.status();
    }
    const QStringList slugs = command->positional;
    const bool all = parser.isSet(QStringLiteral("all"));
    if (all == !slugs.isEmpty()) {
        return command->bad(tr("name the sources or studies to cite, or give --all"));
    }
    const QString out = parser.value(QStringLiteral("out"));
    std::optional<eb::exporting::CitationFormat> format = eb::exporting::CitationFormat::Bibtex;
    if (parser.isSet(QStringLiteral("format"))) {
        format = eb::exporting::citationFormatFromKey(parser.value(QStringLiteral("format")));
        if (!format) {
            return command->bad(
                tr("--format must be ris, bibtex or csl-json, not '%1'")
                    .arg(eb::output::elidedInput(parser.value(QStringLiteral("format")))));
        }
    } else if (!out.isEmpty()) {
        format = eb::exporting::citationFormatForPath(out);
        if (!format) {
            return command->bad(tr("--out: '%1' does not end in .ris, .bib or .json; add --format")
                                    .arg(eb::output::elidedInput(out)));
        }
    }
    if (parser.isSet(QStringLiteral("out")) &&
        (out.trimmed().isEmpty() || QFileInfo(out).isDir())) {
        return command->bad(tr("--out: '%1' is not a file name").arg(eb::output::elidedInput(out)));
    }

    eb::catalogue::Catalogue catalogue;
    if (const int status = command->openCatalogue(catalogue); status != ExitOk) {
        return status;
    }
    QList<eb::catalogue::SourceRecord> sources;
    if (all) {
        sources = catalogue.sources();
        if (sources.isEmpty() && !catalogue.lastError().isEmpty()) {
            io.err << program << ": " << catalogue.lastError() << "\n";
            return ExitFailure;
        }
    } else {
        QString error;
        const auto named = eb::exporting::sourcesNamed(catalogue, slugs, &error);
        if (!named) {
            return command->bad(error);
        }
        sources = *named;
    }
    const QString text = eb::exporting::formatCitations(sources, *format);
    if (out.isEmpty()) {
        io.out << text;
        return ExitOk;
    }
    QString error;
    if (!eb::output::writeFile(out, text.toUtf8(), &error)) {
        io.err << program << ": " << error << "\n";
        return ExitFailure;
    }
    io.out << tr("wrote %1 (%n source(s))\n", nullptr, static_cast<int>(sources.size()))
                  .arg(eb::output::elidedInput(out, 200));
    return ExitOk;
}

} // namespace eb::cli
