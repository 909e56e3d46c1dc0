// `evidence render deck DECK.json --out slides.pdf [--font-scale S]`: a lecture deck as one
// vector PDF, one page per slide, drawn exactly as the app's presenter draws it
// (eb::lecture::writeDeckPdf). A broken or truncated deck exits 2 and writes nothing.
#include "catalogue/catalogue.h"
#include "cli/commandcatalogue.h"
#include "cli/renderoptions.h"
#include "lecture/deck.h"
#include "lecture/deckpdf.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace eb::cli::render {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli::render", text);
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
        return bad(io, program, tr("unexpected argument '%1'").arg(positional.at(1).left(60)));
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.trimmed().isEmpty()) {
        return bad(io, program, tr("--out FILE.pdf is required"));
    }
    if (QFileInfo(out).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0) {
        return bad(io, program, tr("--out: '%1' does not end in .pdf").arg(out.left(60)));
    }
    if (QFileInfo(out).isDir()) {
        return bad(io, program, tr("--out: '%1' is a folder").arg(out.left(60)));
    }
    QString error;
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
        return bad(io, program, tr("%1: the deck has no slides").arg(positional.first()));
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
                  .arg(out);
    return ExitOk;
}

} // namespace eb::cli::render
