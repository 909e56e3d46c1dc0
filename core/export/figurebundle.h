#pragma once

// A figure bundle: one folder that carries a chart out whole. It holds the image (PNG at
// 300 dpi, SVG, PDF), a CSV of exactly the numbers plotted (one row per mark), the citations
// (RIS and BibTeX) of every source behind them, a provenance file (JSON) that gives each
// plotted number's record, source, verbatim quote and formula with the program's and the
// catalogue's versions, and a README that says what each file is and how to cite the figure.
// docs/figure-bundles.md describes the files column by column.

#include "charts/chartexport.h"
#include "export/plottedmarks.h"
#include "model/appraisal.h"
#include "model/jobcontrol.h"
#include "model/records.h"

#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace eb::charts {
class ChartFigure;
}

namespace eb::exporting {

// One panel of a figure (a chart of several scales draws one panel per scale).
struct BundlePanel
{
    QString title;
    QString scale; // "MW", "d", "OR"
};

struct FigureBundle
{
    QString title;             // the chart's title
    QString kind;              // "forest", "domains", "timecourse", "overlap"
    QString scale;             // the axis's metric ("MW", "d", "OR"); several panels: panelScales()
    QList<BundlePanel> panels; // empty: one panel, `title` on `scale`
    QString command; // how it was made ("evidence render forest --studies cars"), optional
    QString programVersion;
    QString catalogueTitle;   // catalogue_info 'title'; empty when no catalogue was read
    QString catalogueBuildId; // catalogue_info 'build_id'
    int catalogueSchema = 0;
    QList<PlottedMark> marks;
    QList<eb::catalogue::SourceRecord> sources; // behind the marks (sourcesOfMarks)
    // The catalogue's studies and the user's RoB 2 assessments: the bundle adds robvis's
    // traffic-light and summary plots of the trials and outcomes behind its marks
    // (bundlerob.h), or says "not assessed" in provenance.json and the README.
    QList<eb::catalogue::StudySummary> studies;
    QList<eb::catalogue::RobAssessment> robAssessments;
};

// The scales of the panels, each once, in order: "MW, d".
QString panelScales(const QList<BundlePanel> &panels);

// The file names inside every bundle, in the order the README lists them (the risk-of-bias
// plots, rob-*.png|svg|pdf, come only where the trials behind the marks are assessed).
QStringList figureBundleFiles();

// The CSV of the marks (RFC 4180, UTF-8, CRLF line ends), numbers in full precision.
QString marksCsv(const QList<PlottedMark> &marks);
// The provenance file's text.
QByteArray provenanceJson(const FigureBundle &bundle);
// The README's text.
QString bundleReadme(const FigureBundle &bundle);

// One image of a bundle, written as PNG at 300 dpi, SVG and PDF.
struct BundlePicture
{
    QString name;  // the files' name without the extension: "figure", "rob-summary"
    QString title; // SVG <title>, PDF and PNG title
    QSizeF size;   // logical pixels
    eb::charts::Painting paint;
};

// The bundle's pictures: the figures stacked (each laid out: a size), then the risk-of-bias
// plots of the trials behind the marks when they are assessed. Made from scenes, so on the
// thread that owns them (the GUI thread). `recorded`: each is drawn now into drawing commands
// that replay on any thread (charts::recordedFiguresPainting), so the window rasterises and
// writes the bundle on its job's thread; otherwise each scene is painted as it is written.
QList<BundlePicture> bundlePictures(const QList<eb::charts::ChartFigure *> &figures,
                                    const FigureBundle &bundle, bool recorded);
// The same from figures recorded one by one beforehand (charts::recordFigure(), one per
// event-loop turn in the window); the risk-of-bias plots are recorded now.
QList<BundlePicture> bundlePictures(const QList<eb::charts::RecordedFigure> &figures,
                                    const FigureBundle &bundle);

// Writes the bundle into `folder` as one unit (output/folderwriter.h): the files go into a
// temporary folder beside it that takes its place only when all are written, so a failure,
// a kill or a cancel leaves the earlier folder (or none). A folder that already holds files is
// refused unless `replace`, and then replaced whole. False with *error naming the folder or
// file on failure. `job` (optional): one progress step per file; a cancel is honoured between
// files, up to the rename (then job->isCancelled() tells a cancel from a failure).
bool writeFigureBundle(const QList<BundlePicture> &pictures, const FigureBundle &bundle,
                       const QString &folder, bool replace, QString *error,
                       const eb::JobControl *job = nullptr);

// The same, drawing the figures (the panels of one chart, one per scale, stacked in each
// image) and the risk-of-bias plots here.
bool writeFigureBundle(const QList<eb::charts::ChartFigure *> &figures, const FigureBundle &bundle,
                       const QString &folder, bool replace, QString *error);
bool writeFigureBundle(eb::charts::ChartFigure &figure, const FigureBundle &bundle,
                       const QString &folder, bool replace, QString *error);

} // namespace eb::exporting
