// `evidence render deck DECK.json --out slides.pdf [--bundle DIR [--force]] [--font-scale S]`:
// a lecture deck as one vector PDF, one page per slide, drawn exactly as the app's presenter
// draws it (eb::lecture::writeDeckPdf), and with --bundle as a figure bundle of every slide
// (eb::lecture::writeDeckBundle). A broken or truncated deck exits 2 and writes nothing.
#include "catalogue/catalogue.h"
#include "charts/chartfigure.h"
#include "cli/render/renderoptions.h"
#include "lecture/deck.h"
#include "lecture/deckbundle.h"
#include "lecture/deckpdf.h"
#include "lecture/slidefigure.h"
#include "lecture/slidenames.h"
#include "output/folderwriter.h"
#include "output/messagetext.h"
#include "output/outputfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eb::cli::render {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli::render", text);
}

// `--list`: every slide with what it names and whether the catalogue can draw it, so that a
// lecturer can check a deck before the lecture (text, or JSON with --json).
int listDeck(const ParsedCommand &command, const QString &file)
{
    Io &io = *command.io;
    QString error;
    const std::optional<lecture::Deck> deck = lecture::loadDeck(file, &error);
    if (!deck) {
        return command.bad(error);
    }
    catalogue::Catalogue catalogue;
    const int status = command.openCatalogue(catalogue);
    if (status != ExitOk) {
        return status;
    }
    QJsonArray slides;
    for (qsizetype i = 0; i < deck->slides.size(); ++i) {
        const lecture::Slide &slide = deck->slides.at(i);
        const lecture::BuiltSlide built = lecture::buildSlide(slide, catalogue, deck->fontScale);
        if (command.json) {
            slides.append(QJsonObject{{QStringLiteral("number"), static_cast<int>(i + 1)},
                                      {QStringLiteral("kind"), lecture::slideKindKey(slide.kind)},
                                      {QStringLiteral("title"), built.title},
                                      {QStringLiteral("note"), slide.note},
                                      {QStringLiteral("drawn"), built.ok()},
                                      {QStringLiteral("problem"), built.problem}});
            continue;
        }
        io.out
            << QStringLiteral("%1. %2\n").arg(i + 1).arg(lecture::slideSummary(slide, catalogue));
        io.out << "   " << (built.ok() ? built.title : tr("NOT DRAWN: %1").arg(built.problem))
               << "\n";
        if (!slide.note.isEmpty()) {
            io.out << "   " << tr("Note: %1").arg(slide.note) << "\n";
        }
    }
    if (command.json) {
        const QJsonObject root{{QStringLiteral("file"), file},
                               {QStringLiteral("title"), deck->title},
                               {QStringLiteral("fontScale"), deck->fontScale},
                               {QStringLiteral("slides"), slides}};
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    }
    return ExitOk;
}

} // namespace

int renderDeck(const QStringList &arguments, Io &io)
{
    const QString program = QStringLiteral("evidence render deck");
    CommandParser cli(
        program, io,
        tr("A lecture deck (docs/presentation-format.md) as one PDF, one slide per page."));
    QCommandLineParser &parser = cli.options();
    parser.addPositionalArgument(QStringLiteral("deck"), tr("The deck file (.json)."),
                                 tr("DECK.json"));
    parser.addOption({QStringLiteral("out"), tr("Write the slides to FILE (.pdf)."), tr("FILE")});
    parser.addOption({QStringLiteral("font-scale"),
                      tr("Multiply every font size (default: the deck's own, 2 for a "
                         "projector)."),
                      tr("S")});
    parser.addOption(
        {QStringLiteral("width"), tr("Slide width in pixels at 96 dpi (default 1920)."), tr("W")});
    parser.addOption({QStringLiteral("height"),
                      tr("Slide height in pixels at 96 dpi (default 1080)."), tr("H")});
    parser.addOption({QStringLiteral("bundle"),
                      tr("Also write a figure bundle into DIR: every slide as SVG and PNG, the "
                         "deck as one PDF, the deck file, provenance (JSON) and a README."),
                      tr("DIR")});
    parser.addOption({QStringLiteral("force"),
                      tr("Replace the --bundle folder when it already holds files (it is "
                         "replaced whole, never mixed with the new files).")});
    cli.addDatabaseOption();
    parser.addOption({QStringLiteral("list"),
                      tr("Instead of a PDF: list the slides and whether each can be drawn.")});
    cli.addJsonOption(tr("With --list: print JSON."));
    cli.setUsage(
        tr("Usage: %1 DECK.json --out FILE.pdf | --bundle DIR [--force] [options]").arg(program));
    const auto command = cli.parse(arguments);
    if (!command) {
        return cli.status();
    }
    const QStringList positional = command->positional;
    if (positional.isEmpty()) {
        return command->bad(tr("name the deck file (DECK.json)"));
    }
    if (positional.size() > 1) {
        return command->bad(
            tr("unexpected argument '%1'").arg(eb::output::elidedInput(positional.at(1))));
    }
    const bool list = parser.isSet(QStringLiteral("list"));
    if (command->json && !list) {
        return command->bad(tr("--json goes with --list"));
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (list) {
        return listDeck(*command, positional.first());
    }
    const QString bundle = parser.value(QStringLiteral("bundle"));
    const bool force = parser.isSet(QStringLiteral("force"));
    QString error;
    if (parser.isSet(QStringLiteral("bundle"))) {
        if (bundle.trimmed().isEmpty() ||
            (QFileInfo::exists(bundle) && !QFileInfo(bundle).isDir())) {
            return command->bad(
                tr("--bundle: '%1' is not a folder").arg(eb::output::elidedInput(bundle)));
        }
        if (!force && eb::output::FolderWriter::isNonEmptyFolder(bundle)) {
            return command->bad(tr("--bundle: '%1' already holds files; give --force to replace "
                                   "it whole, or name a new folder")
                                    .arg(eb::output::elidedInput(bundle)));
        }
    } else if (force) {
        return command->bad(tr("--force goes with --bundle"));
    }
    if (out.trimmed().isEmpty() && bundle.isEmpty()) {
        return command->bad(tr("--out FILE.pdf is required, or --bundle DIR"));
    }
    if (!out.isEmpty()) {
        if (QFileInfo(out).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0) {
            return command->bad(
                tr("--out: '%1' does not end in .pdf").arg(eb::output::elidedInput(out)));
        }
        if (QFileInfo(out).isDir()) {
            return command->bad(tr("--out: '%1' is a folder").arg(eb::output::elidedInput(out)));
        }
        if (!eb::output::checkOutputTarget(out, &error)) {
            return bad(io, program, QStringLiteral("--out: %1").arg(error));
        }
    }
    std::optional<lecture::Deck> deck = lecture::loadDeck(positional.first(), &error);
    if (!deck) {
        return command->bad(error);
    }
    if (parser.isSet(QStringLiteral("font-scale"))) {
        const auto scale = numberOption(parser, QStringLiteral("font-scale"), 0.5, 4, &error);
        if (!scale) {
            return command->bad(error);
        }
        deck->fontScale = *scale;
    }
    QSizeF size(lecture::kDefaultSlideWidth, lecture::kDefaultSlideHeight);
    for (const auto &[name, target] :
         {std::pair{QStringLiteral("width"), 0}, std::pair{QStringLiteral("height"), 1}}) {
        if (!parser.isSet(name)) {
            continue;
        }
        const auto value = numberOption(parser, name, 320, 10000, &error);
        if (!value) {
            return command->bad(error);
        }
        (target == 0 ? size.rwidth() : size.rheight()) = *value;
    }
    if (deck->slides.isEmpty()) {
        return command->bad(
            tr("%1: the deck has no slides").arg(eb::output::elidedInput(positional.first())));
    }
    catalogue::Catalogue catalogue;
    const int status = command->openCatalogue(catalogue);
    if (status != ExitOk) {
        return status;
    }
    if (!out.isEmpty()) {
        if (!lecture::exportDeckPdf(*deck, catalogue, out, size, &error)) {
            io.err << program << ": " << error << "\n";
            return ExitFailure;
        }
        io.out << QCoreApplication::translate("eb::cli::render", "wrote %1 (%n page(s))\n", nullptr,
                                              static_cast<int>(deck->slides.size()))
                      .arg(eb::output::elidedInput(out, 200));
    }
    if (!bundle.isEmpty()) {
        const lecture::DeckBundleInfo info{positional.first(), program, QStringLiteral(EB_VERSION)};
        if (!lecture::writeDeckBundle(*deck, catalogue, size, info, bundle, force, &error)) {
            io.err << program << ": " << error << "\n";
            return ExitFailure;
        }
        io.out << QCoreApplication::translate("eb::cli::render",
                                              "wrote the figure bundle %1 (%n slide(s))\n", nullptr,
                                              static_cast<int>(deck->slides.size()))
                      .arg(eb::output::elidedInput(bundle, 200));
    }
    return ExitOk;
}

} // namespace eb::cli::render
