#include "export/figurebundle.h"

#include "charts/chartexport.h"
#include "charts/chartfigure.h"
#include "evidence/resultline.h"
#include "evidence/statement.h"
#include "export/bundlerob.h"
#include "export/citations.h"
#include "model/vocabulary.h"
#include "output/folderwriter.h"
#include "output/outputfile.h"
#include "output/textformats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace eb::exporting {

using eb::output::csvField;
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::exporting::bundle", text);
}

const QString kPng = QStringLiteral("figure.png");
const QString kSvg = QStringLiteral("figure.svg");
const QString kPdf = QStringLiteral("figure.pdf");
const QString kCsv = QStringLiteral("data.csv");
const QString kRis = QStringLiteral("citations.ris");
const QString kBib = QStringLiteral("citations.bib");
const QString kProvenance = QStringLiteral("provenance.json");
const QString kReadme = QStringLiteral("README.md");

// The shortest text that reads back as the same double.
QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

// A reported value as its source printed it ("0.90"); this program's numbers in full.
QString printedOr(const std::optional<double> &value, std::optional<int> decimals)
{
    if (value && decimals) {
        return eb::evidence::formatPrinted(*value, decimals);
    }
    return number(value);
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// reported: the record's own number; derived: computed by this program; input: a number
// given on the command line or in a CSV, with no catalogue record behind it.
QString originOf(const PlottedMark &mark)
{
    if (mark.derived) {
        return QStringLiteral("derived");
    }
    return mark.record ? QStringLiteral("reported") : QStringLiteral("input");
}

bool save(const QString &path, const QByteArray &data, QString *error)
{
    return eb::output::writeFile(path, data, error);
}

} // namespace

QStringList figureBundleFiles()
{
    return {kPng, kSvg, kPdf, kCsv, kRis, kBib, kProvenance, kReadme};
}

QString panelScales(const QList<BundlePanel> &panels)
{
    QStringList scales;
    for (const BundlePanel &panel : panels) {
        if (!panel.scale.isEmpty() && !scales.contains(panel.scale)) {
            scales << panel.scale;
        }
    }
    return scales.join(QStringLiteral(", "));
}

QString marksCsv(const QList<PlottedMark> &marks)
{
    // scale: the axis the mark is drawn on; metric: the metric the record reports (the two
    // differ where the chart shows a converted value).
    QString out = QStringLiteral("mark,kind,label,outcome,timepoint,panel,scale,metric,estimate,"
                                 "ci_low,ci_high,weight_percent,origin,formula,result_id,"
                                 "source\r\n");
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const PlottedMark &m = marks.at(i);
        const QStringList fields{QString::number(i + 1),
                                 m.kind,
                                 m.label,
                                 m.outcome,
                                 m.timepoint,
                                 QString::number(m.panel),
                                 m.scale,
                                 m.record ? eb::catalogue::vocabulary::metricShort(m.record->metric)
                                          : QString(),
                                 printedOr(m.estimate, m.printed.estimate),
                                 printedOr(m.ciLow, m.printed.ciLow),
                                 printedOr(m.ciHigh, m.printed.ciHigh),
                                 number(m.weight),
                                 originOf(m),
                                 m.formula,
                                 m.record ? QString::number(m.record->id) : QString(),
                                 m.record ? m.record->sourceSlug : QString()};
        QStringList quoted;
        for (const QString &field : fields) {
            quoted << csvField(field);
        }
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

QByteArray provenanceJson(const FigureBundle &bundle)
{
    QJsonArray marks;
    for (qsizetype i = 0; i < bundle.marks.size(); ++i) {
        const PlottedMark &m = bundle.marks.at(i);
        QJsonObject plotted{{QStringLiteral("estimate"), jsonNumber(m.estimate)},
                            {QStringLiteral("ci_low"), jsonNumber(m.ciLow)},
                            {QStringLiteral("ci_high"), jsonNumber(m.ciHigh)},
                            {QStringLiteral("weight_percent"), jsonNumber(m.weight)},
                            {QStringLiteral("origin"), originOf(m)},
                            {QStringLiteral("formula"), jsonText(m.formula)}};
        QJsonObject mark{{QStringLiteral("mark"), static_cast<int>(i + 1)},
                         {QStringLiteral("kind"), m.kind},
                         {QStringLiteral("label"), m.label},
                         {QStringLiteral("outcome"), jsonText(m.outcome)},
                         {QStringLiteral("timepoint"), jsonText(m.timepoint)},
                         {QStringLiteral("panel"), m.panel},
                         {QStringLiteral("scale"), jsonText(m.scale)},
                         {QStringLiteral("plotted"), plotted}};
        if (m.record) {
            const eb::catalogue::ResultRecord &r = *m.record;
            QJsonObject source{{QStringLiteral("id"), r.sourceId},
                               {QStringLiteral("slug"), r.sourceSlug},
                               {QStringLiteral("label"), r.sourceShortLabel},
                               {QStringLiteral("doi"), jsonText(r.sourceDoi)},
                               {QStringLiteral("pmid"), jsonText(r.sourcePmid)}};
            QJsonObject record{
                {QStringLiteral("result_id"), r.id},
                {QStringLiteral("study"), r.studySlug},
                {QStringLiteral("outcome"), r.outcomeSlug},
                {QStringLiteral("timepoint"), jsonText(r.timepoint)},
                {QStringLiteral("metric"), eb::catalogue::vocabulary::metricKey(r.metric)},
                {QStringLiteral("estimate"), jsonNumber(r.estimate)},
                {QStringLiteral("ci_low"), jsonNumber(r.ciLow)},
                {QStringLiteral("ci_high"), jsonNumber(r.ciHigh)},
                {QStringLiteral("origin"), r.origin},
                {QStringLiteral("derivation"), jsonText(r.derivation)},
                {QStringLiteral("derived_from_result_id"),
                 r.derivedFromId ? QJsonValue(*r.derivedFromId) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("source"), source}};
            // The numbers as the source printed them, and its statement in its kind: a
            // "quote" only when the words are the source's own (evidence/statement.h).
            const eb::evidence::PrintedDecimals printed = eb::evidence::printedDecimals(r);
            const auto printedText = [](const std::optional<double> &v, std::optional<int> d) {
                return v ? QJsonValue(eb::evidence::formatPrinted(*v, d)) : QJsonValue();
            };
            record.insert(QStringLiteral("estimate_text"),
                          printedText(r.estimate, printed.estimate));
            record.insert(QStringLiteral("ci_low_text"), printedText(r.ciLow, printed.ciLow));
            record.insert(QStringLiteral("ci_high_text"), printedText(r.ciHigh, printed.ciHigh));
            eb::evidence::insertStatement(record, eb::evidence::statementOf(r));
            mark.insert(QStringLiteral("record"), record);
            QJsonArray same;
            for (const eb::catalogue::ResultRecord &o : m.sameNumbers) {
                QJsonObject other{{QStringLiteral("result_id"), o.id},
                                  {QStringLiteral("source"), o.sourceSlug},
                                  {QStringLiteral("origin"), o.origin}};
                eb::evidence::insertStatement(other, eb::evidence::statementOf(o));
                same.append(other);
            }
            mark.insert(QStringLiteral("also_reported_by"), same);
        } else {
            mark.insert(QStringLiteral("record"), QJsonValue(QJsonValue::Null));
        }
        marks << mark;
    }
    QJsonObject catalogue;
    if (!bundle.catalogueBuildId.isEmpty() || !bundle.catalogueTitle.isEmpty()) {
        catalogue = {{QStringLiteral("title"), jsonText(bundle.catalogueTitle)},
                     {QStringLiteral("build_id"), jsonText(bundle.catalogueBuildId)},
                     {QStringLiteral("schema_version"), bundle.catalogueSchema}};
    }
    // Each panel with the scale it shows; a single-panel figure is one panel on its scale.
    QJsonArray panels;
    const QList<BundlePanel> described =
        bundle.panels.isEmpty() ? QList<BundlePanel>{{bundle.title, bundle.scale}} : bundle.panels;
    for (qsizetype i = 0; i < described.size(); ++i) {
        panels << QJsonObject{{QStringLiteral("panel"), static_cast<int>(i + 1)},
                              {QStringLiteral("title"), described.at(i).title},
                              {QStringLiteral("scale"), jsonText(described.at(i).scale)}};
    }
    QJsonObject root{
        {QStringLiteral("figure"),
         QJsonObject{{QStringLiteral("title"), bundle.title},
                     {QStringLiteral("kind"), bundle.kind},
                     {QStringLiteral("scale"), jsonText(bundle.scale)},
                     {QStringLiteral("panels"), panels},
                     {QStringLiteral("command"), jsonText(bundle.command)}}},
        {QStringLiteral("program"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Evidence Browser")},
                     {QStringLiteral("version"), bundle.programVersion}}},
        {QStringLiteral("catalogue"),
         catalogue.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(catalogue)},
        {QStringLiteral("created_utc"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("marks"), marks}};
    if (const BundleRob rob = robBehindMarks(bundle); rob.applies) {
        root.insert(QStringLiteral("risk_of_bias"), robProvenance(rob));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString bundleReadme(const FigureBundle &bundle)
{
    // "from the catalogue ..." or, for numbers given on the command line or in a CSV file,
    // "from numbers given ...": one phrase that both sentences below use.
    QString from = tr("from numbers given on the command line or in a CSV file (no catalogue)");
    if (!bundle.catalogueBuildId.isEmpty()) {
        from = tr("from the catalogue \"%1\", build %2, schema version %3")
                   .arg(bundle.catalogueTitle, bundle.catalogueBuildId)
                   .arg(bundle.catalogueSchema);
    }
    QString text = tr("# %1\n\n"
                      "A figure bundle written by Evidence Browser %2 %3.\n\n"
                      "| File | What it is |\n| --- | --- |\n")
                       .arg(bundle.title, bundle.programVersion, from);
    const QStringList what{
        tr("the figure as an image, 300 dots per inch"),
        tr("the figure as a vector drawing (SVG)"),
        tr("the figure as a vector PDF page"),
        tr("exactly the numbers plotted, one row per mark: label, the panel and the scale it "
           "is drawn on, the metric its source reports, estimate, CI, weight, "
           "whether reported by the source or derived by this program (with the formula), "
           "the catalogue record and source. UTF-8, RFC 4180"),
        tr("the sources behind the numbers, for a reference manager (RIS)"),
        tr("the same sources as BibTeX"),
        tr("for each plotted number: the catalogue record, its source, its numbers as the source "
           "printed them, the source's statement (\"verbatim\": true and a \"quote\" only for "
           "the source's own words; otherwise our transcription of what it reports), reported "
           "or derived with the formula, and the program's and the catalogue's versions"),
        tr("this file")};
    const QStringList files = figureBundleFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        text += QStringLiteral("| `%1` | %2 |\n").arg(files.at(i), what.value(i));
    }
    int derived = 0;
    for (const PlottedMark &mark : bundle.marks) {
        derived += mark.derived ? 1 : 0;
    }
    text += tr("\nMarks plotted: %1; derived by this program (converted to the chart's scale, "
               "or pooled): %2; the rest are numbers as their source reports them (or as they "
               "were given). Rows without an estimate are drawn as \"not reported\" and carry no "
               "mark, so they are not in data.csv.\n")
                .arg(bundle.marks.size())
                .arg(derived);
    text += tr("\n## How to cite this figure\n\n"
               "Cite the sources in citations.ris or citations.bib for the numbers, and the "
               "program for the drawing and any derived value, for example:\n\n"
               "> Figure: \"%1\", drawn with Evidence Browser %2 %3. "
               "Data: the sources listed in citations.bib; derived values as stated in "
               "provenance.json.\n\n"
               "Evidence Browser is educational software. It gives no medical advice.\n")
                .arg(bundle.title, bundle.programVersion, from);
    if (bundle.sources.isEmpty()) {
        text += tr("\nNo catalogue source stands behind these numbers, so the citation files "
                   "are empty.\n");
    }
    text += robReadme(robBehindMarks(bundle));
    return text;
}

QList<BundlePicture> bundlePictures(const QList<eb::charts::ChartFigure *> &figures,
                                    const FigureBundle &bundle, bool recorded)
{
    QList<BundlePicture> pictures{{QStringLiteral("figure"), bundle.title,
                                   eb::charts::stackedFiguresSize(figures),
                                   recorded ? eb::charts::recordedFiguresPainting(figures)
                                            : eb::charts::figuresPainting(figures)}};
    pictures << robPictures(robBehindMarks(bundle), bundle.title, recorded);
    return pictures;
}

QList<BundlePicture> bundlePictures(const QList<eb::charts::RecordedFigure> &figures,
                                    const FigureBundle &bundle)
{
    QList<BundlePicture> pictures{{QStringLiteral("figure"), bundle.title,
                                   eb::charts::recordedSize(figures),
                                   eb::charts::recordedPainting(figures)}};
    pictures << robPictures(robBehindMarks(bundle), bundle.title, true);
    return pictures;
}

bool writeFigureBundle(const QList<BundlePicture> &pictures, const FigureBundle &bundle,
                       const QString &folder, bool replace, QString *error,
                       const eb::JobControl *job)
{
    // Every file goes into a temporary folder beside `folder`, which takes its place only
    // when all of them are written: an interrupted, failed or cancelled bundle leaves the
    // earlier one.
    eb::output::FolderWriter writer;
    if (!writer.begin(folder, replace, error)) {
        return false;
    }
    const auto total = static_cast<std::int64_t>(pictures.size() * 3 + 5);
    std::int64_t done = 0;
    // Before each file: progress, and the last chance to stop.
    const auto next = [&] {
        if (eb::isCancelled(job)) {
            *error = tr("cancelled: nothing was written");
            return false;
        }
        eb::reportProgress(job, done++, total);
        return true;
    };
    const std::pair<QString, eb::charts::ExportFormat> formats[] = {
        {QStringLiteral(".png"), eb::charts::ExportFormat::Png},
        {QStringLiteral(".svg"), eb::charts::ExportFormat::Svg},
        {QStringLiteral(".pdf"), eb::charts::ExportFormat::Pdf}};
    for (const BundlePicture &picture : pictures) {
        eb::charts::ExportOptions options;
        options.title = picture.title;
        options.description = tr("Evidence Browser: %1").arg(picture.title);
        options.dpi = 300;
        for (const auto &[extension, format] : formats) {
            if (!next() || !eb::charts::exportPicture(picture.size, picture.paint,
                                                      writer.filePath(picture.name + extension),
                                                      format, options, error)) {
                return false;
            }
        }
    }
    const bool written =
        next() && save(writer.filePath(kCsv), marksCsv(bundle.marks).toUtf8(), error) && next() &&
        save(writer.filePath(kRis), formatCitations(bundle.sources, CitationFormat::Ris).toUtf8(),
             error) &&
        next() &&
        save(writer.filePath(kBib),
             formatCitations(bundle.sources, CitationFormat::Bibtex).toUtf8(), error) &&
        next() && save(writer.filePath(kProvenance), provenanceJson(bundle), error) && next() &&
        save(writer.filePath(kReadme), bundleReadme(bundle).toUtf8(), error);
    // The last look: once the rename begins the bundle is in place, as a commit is.
    if (!written || eb::isCancelled(job)) {
        if (written) {
            *error = tr("cancelled: nothing was written");
        }
        return false;
    }
    const bool committed = writer.commit(error);
    eb::reportProgress(job, total, total);
    return committed;
}

bool writeFigureBundle(const QList<eb::charts::ChartFigure *> &figures, const FigureBundle &bundle,
                       const QString &folder, bool replace, QString *error)
{
    return writeFigureBundle(bundlePictures(figures, bundle, false), bundle, folder, replace,
                             error);
}

bool writeFigureBundle(eb::charts::ChartFigure &figure, const FigureBundle &bundle,
                       const QString &folder, bool replace, QString *error)
{
    return writeFigureBundle(QList<eb::charts::ChartFigure *>{&figure}, bundle, folder, replace,
                             error);
}

} // namespace eb::exporting
