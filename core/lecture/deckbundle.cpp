#include "lecture/deckbundle.h"

#include "charts/chartexport.h"
#include "charts/chartfigure.h"
#include "lecture/deckpdf.h"
#include "lecture/slidefigure.h"
#include "lecture/slidenames.h"
#include "model/cataloguereader.h"
#include "output/folderwriter.h"
#include "output/outputfile.h"
#include "queries/provenance.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

namespace eb::lecture {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::lecture::DeckBundle", text);
}

const QString kPdf = QStringLiteral("slides.pdf");
const QString kDeck = QStringLiteral("deck.json");
const QString kProvenance = QStringLiteral("provenance.json");
const QString kReadme = QStringLiteral("README.md");

// "slide-01": two digits at least, so that the files sort in slide order.
QString slideStem(qsizetype index, qsizetype count)
{
    const int width = std::max(2, static_cast<int>(QString::number(count).size()));
    return QStringLiteral("slide-%1").arg(index + 1, width, 10, QLatin1Char('0'));
}

QJsonValue jsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Every result the slide names by its key (a forest of chosen results, a distribution, a lab
// preset and its comparison).
QList<ResultKey> namedResults(const Slide &slide)
{
    QList<ResultKey> keys;
    if (slide.kind == SlideKind::Forest) {
        keys = slide.results;
    }
    if (slide.kind == SlideKind::Distribution && slide.result) {
        keys << *slide.result;
    }
    if (slide.kind == SlideKind::Lab) {
        for (const std::optional<ResultKey> &key : {slide.lab.preset, slide.lab.comparePreset}) {
            if (key) {
                keys << *key;
            }
        }
    }
    return keys;
}

// A named result as the catalogue holds it now: its record id and source, or that it is gone.
QJsonObject resultJson(const ResultKey &key, const catalogue::CatalogueReader &catalogue)
{
    QJsonObject object{{QStringLiteral("key"), resultKeyToJson(key)}};
    const auto result = findResult(catalogue, key);
    if (!result) {
        object.insert(QStringLiteral("result_id"), QJsonValue(QJsonValue::Null));
        object.insert(QStringLiteral("missing"), true);
        return object;
    }
    object.insert(QStringLiteral("result_id"), result->id);
    object.insert(QStringLiteral("source"),
                  QJsonObject{{QStringLiteral("slug"), result->sourceSlug},
                              {QStringLiteral("label"), result->sourceShortLabel},
                              {QStringLiteral("doi"), jsonText(result->sourceDoi)},
                              {QStringLiteral("pmid"), jsonText(result->sourcePmid)}});
    return object;
}

QJsonObject slideJson(const Slide &slide, const BuiltSlide &built, qsizetype index, qsizetype count,
                      const QJsonObject &asWritten, const catalogue::CatalogueReader &catalogue)
{
    const QString stem = slideStem(index, count);
    QJsonObject object{{QStringLiteral("slide"), static_cast<int>(index + 1)},
                       {QStringLiteral("kind"), slideKindKey(slide.kind)},
                       {QStringLiteral("title"), built.title},
                       {QStringLiteral("summary"), slideSummary(slide, catalogue)},
                       {QStringLiteral("drawn"), built.ok()},
                       {QStringLiteral("problem"), jsonText(built.problem)},
                       {QStringLiteral("figures"), static_cast<int>(built.figures.size())},
                       {QStringLiteral("files"),
                        QJsonArray{stem + QStringLiteral(".svg"), stem + QStringLiteral(".png")}},
                       {QStringLiteral("deck_entry"), asWritten}};
    QJsonArray results;
    for (const ResultKey &key : namedResults(slide)) {
        results << resultJson(key, catalogue);
    }
    object.insert(QStringLiteral("results_named"), results);
    return object;
}

QString readme(const Deck &deck, const DeckBundleInfo &info,
               const queries::CatalogueDescription &description)
{
    QString text = tr("# %1\n\n"
                      "The slides of the lecture deck %2, written by Evidence Browser %3 from the "
                      "catalogue \"%4\", build %5, schema version %6. Every slide was drawn afresh "
                      "from the catalogue: the deck names records and results, never numbers.\n\n"
                      "| File | What it is |\n| --- | --- |\n")
                       .arg(deck.title.isEmpty() ? tr("Lecture slides") : deck.title, info.deckFile,
                            info.programVersion, description.title, description.buildId)
                       .arg(description.schema);
    text += tr("| `slide-NN.svg` | each slide as a vector drawing (SVG) |\n"
               "| `slide-NN.png` | each slide as an image, at the slide's size in pixels |\n"
               "| `%1` | the whole deck as one PDF, one page per slide |\n"
               "| `%2` | the deck file the slides were drawn from |\n"
               "| `%3` | for each slide: its kind, title, whether it could be drawn (and why not), "
               "its entry in the deck, and every result it names with the result's record id "
               "and source; the program's and the catalogue's versions |\n"
               "| `%4` | this file |\n")
                .arg(kPdf, kDeck, kProvenance, kReadme);
    text += tr("\nThe numbers a slide shows are the catalogue's (see provenance.json for the "
               "records); `evidence cite` gives the citations of their sources. Evidence "
               "Browser is educational software. It gives no medical advice.\n");
    return text;
}

} // namespace

QStringList deckBundleFiles(qsizetype slides)
{
    QStringList files;
    for (qsizetype i = 0; i < slides; ++i) {
        files << slideStem(i, slides) + QStringLiteral(".svg")
              << slideStem(i, slides) + QStringLiteral(".png");
    }
    return files << kPdf << kDeck << kProvenance << kReadme;
}

bool writeDeckBundle(const Deck &deck, const catalogue::CatalogueReader &catalogue,
                     const QSizeF &slideSize, const DeckBundleInfo &info, const QString &folder,
                     bool replace, QString *error)
{
    if (deck.slides.isEmpty()) {
        *error = tr("the deck has no slides");
        return false;
    }
    eb::output::FolderWriter writer;
    if (!writer.begin(folder, replace, error)) {
        return false;
    }
    const QByteArray deckJson = deckToJson(deck);
    const QJsonArray written =
        QJsonDocument::fromJson(deckJson).object().value(QStringLiteral("slides")).toArray();
    const qsizetype count = deck.slides.size();
    QJsonArray slides;
    for (qsizetype i = 0; i < count; ++i) {
        const Slide &slide = deck.slides.at(i);
        BuiltSlide built = buildSlide(slide, catalogue, deck.fontScale);
        layoutSlide(built, slideSize);
        const charts::Painting paint = [&built, &slideSize](QPainter &painter,
                                                            const QRectF &target) {
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                                   QPainter::SmoothPixmapTransform);
            paintSlide(built, painter, slideSize, target.width() / slideSize.width());
        };
        charts::ExportOptions options;
        options.title = built.title;
        options.description =
            tr("Evidence Browser: slide %1 of %2, %3").arg(i + 1).arg(count).arg(deck.title);
        const QString stem = slideStem(i, count);
        if (!charts::exportPicture(slideSize, paint, writer.filePath(stem + QStringLiteral(".svg")),
                                   charts::ExportFormat::Svg, options, error) ||
            !charts::exportPicture(slideSize, paint, writer.filePath(stem + QStringLiteral(".png")),
                                   charts::ExportFormat::Png, options, error)) {
            return false;
        }
        slides << slideJson(slide, built, i, count, written.at(i).toObject(), catalogue);
    }
    const queries::CatalogueDescription description = queries::describeCatalogue(catalogue);
    const QJsonObject root{
        {QStringLiteral("deck"), QJsonObject{{QStringLiteral("title"), deck.title},
                                             {QStringLiteral("file"), info.deckFile},
                                             {QStringLiteral("font_scale"), deck.fontScale},
                                             {QStringLiteral("slide_width"), slideSize.width()},
                                             {QStringLiteral("slide_height"), slideSize.height()},
                                             {QStringLiteral("command"), jsonText(info.command)}}},
        {QStringLiteral("program"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Evidence Browser")},
                     {QStringLiteral("version"), info.programVersion}}},
        {QStringLiteral("catalogue"),
         QJsonObject{{QStringLiteral("title"), jsonText(description.title)},
                     {QStringLiteral("build_id"), jsonText(description.buildId)},
                     {QStringLiteral("schema_version"), description.schema}}},
        {QStringLiteral("created_utc"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("slides"), slides}};
    const auto pdf = [&](QIODevice &device, QString *why) {
        return writeDeckPdf(deck, catalogue, device, slideSize, why);
    };
    return eb::output::writeFileFrom(writer.filePath(kPdf), pdf, error) &&
           eb::output::writeFile(writer.filePath(kDeck), deckJson, error) &&
           eb::output::writeFile(writer.filePath(kProvenance),
                                 QJsonDocument(root).toJson(QJsonDocument::Indented), error) &&
           eb::output::writeFile(writer.filePath(kReadme), readme(deck, info, description).toUtf8(),
                                 error) &&
           writer.commit(error);
}

} // namespace eb::lecture
