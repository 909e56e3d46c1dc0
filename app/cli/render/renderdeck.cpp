// `evidence render deck DECK.json --out slides.pdf [--font-scale S]`: a lecture deck as one
// vector PDF, one page per slide, drawn exactly as the app's presenter draws it
// (eb::lecture::writeDeckPdf). A broken or truncated deck exits 2 and writes nothing.
#include "catalogue/catalogue.h"
#include "charts/chartfigure.h"
#include "cli/common/commandcatalogue.h"
#include "cli/render/renderoptions.h"
#include "lecture/deck.h"
#include "lecture/deckpdf.h"
#include "lecture/slidefigure.h"
#include "lecture/slidenames.h"
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
int listDeck(const QCommandLineParser &parser, const QString &file, const QString &program, Io &io)
{
    QString error;
    const std::optional<lecture::Deck> deck = lecture::loadDeck(file, &error);
    if (!deck) {
        return bad(io, program, error);
    }
    catalogue::Catalogue catalogue;
    const int status = openCommandCatalogue(parser, program, io, catalogue);
    if (status != ExitOk) {
        return status;
    }
    QJsonArray slides;
    for (qsizetype i = 0; i < deck->slides.size(); ++i) {
        const lecture::Slide &slide = deck->slides.at(i);
        const lecture::BuiltSlide built = lecture::buildSlide(slide, catalogue, deck->fontScale);
        if (parser.isSet(QStringLiteral("json"))) {
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
    if (parser.isSet(QStringLiteral("json"))) {
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
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A lecture deck (docs/presentation-format.md) as one PDF, one slide per page."));
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
    parser.addOption({QStringLiteral("database"),
                      tr("Read FILE instead of your copy of the bundled catalogue."), tr("FILE")});
    parser.addOption({QStringLiteral("list"),
                      tr("Instead of a PDF: list the slides and whether each can be drawn.")});
    parser.addOption({QStringLiteral("json"), tr("With --list: print JSON.")});
    parser.addHelpOption();
    QStringList all = arguments;
    all.prepend(program);
    if (!parser.parse(all)) {
        return bad(io, program, parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('\n')),
                     tr("Usage: %1 DECK.json --out FILE.pdf [options]").arg(program));
        io.out << help;
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return bad(io, program, tr("name the deck file (DECK.json)"));
    }
    if (positional.size() > 1) {
        return bad(io, program,
                   tr("unexpected argument '%1'").arg(eb::output::elidedInput(positional.at(1))));
    }
    const bool list = parser.isSet(QStringLiteral("list"));
    if (parser.isSet(QStringLiteral("json")) && !list) {
        return bad(io, program, tr("--json goes with --list"));
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (list) {
        return listDeck(parser, positional.first(), program, io);
    }
    if (out.trimmed().isEmpty()) {
        return bad(io, program, tr("--out FILE.pdf is required"));
    }
    if (QFileInfo(out).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0) {
        return bad(io, program,
                   tr("--out: '%1' does not end in .pdf").arg(eb::output::elidedInput(out)));
    }
    if (QFileInfo(out).isDir()) {
        return bad(io, program, tr("--out: '%1' is a folder").arg(eb::output::elidedInput(out)));
    }
    QString error;
    if (!eb::output::checkOutputTarget(out, &error)) {
        return bad(io, program, QStringLiteral("--out: %1").arg(error));
    }
    std::optional<lecture::Deck> deck = lecture::loadDeck(positional.first(), &error);
    if (!deck) {
        return bad(io, program, error);
    }
    if (parser.isSet(QStringLiteral("font-scale"))) {
        const auto scale = numberOption(parser, QStringLiteral("font-scale"), 0.5, 4, &error);
        if (!scale) {
            return bad(io, program, error);
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
            return bad(io, program, error);
        }
        (target == 0 ? size.rwidth() : size.rheight()) = *value;
    }
    if (deck->slides.isEmpty()) {
        return bad(
            io, program,
            tr("%1: the deck has no slides").arg(eb::output::elidedInput(positional.first())));
    }
    catalogue::Catalogue catalogue;
    const int status = openCommandCatalogue(parser, program, io, catalogue);
    if (status != ExitOk) {
        return status;
    }
    if (!lecture::exportDeckPdf(*deck, catalogue, out, size, &error)) {
        io.err << program << ": " << error << "\n";
        return ExitFailure;
    }
    io.out << QCoreApplication::translate("eb::cli::render", "wrote %1 (%n page(s))\n", nullptr,
                                          static_cast<int>(deck->slides.size()))
                  .arg(eb::output::elidedInput(out, 200));
    return ExitOk;
}

} // namespace eb::cli::render
