#pragma once

#include <QList>
#include <QPicture>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <functional>
#include <optional>

class QIODevice;
class QImage;
class QPainter;

namespace eb::charts {

class ChartFigure;

enum class ExportFormat
{
    Png,
    Svg,
    Pdf,
};

// The format named by a file's suffix (.png, .svg, .pdf, any case), or nothing.
std::optional<ExportFormat> exportFormatForPath(const QString &path);

struct ExportOptions
{
    // PNG: pixels per inch. The layout is made in logical pixels (96 per inch), so 300 dpi
    // paints the same picture 3.125 times larger. SVG and PDF are vector and keep the size
    // in logical pixels (SVG) or its physical equivalent at 96 per inch (PDF page).
    double dpi = 96.0;
    QString title;       // SVG <title>, PDF title
    QString description; // SVG <desc>
};

// The figure painted at its current size into an image of size × dpi/96 pixels.
QImage renderImage(ChartFigure &figure, double dpi);

// Writes the figure to an open device. Returns false and sets error on failure.
bool writeFigure(ChartFigure &figure, QIODevice &device, ExportFormat format,
                 const ExportOptions &options, QString *error);

// Writes the figure to a file through eb::output::writeFileFrom (output/outputfile.h): whole
// or not at all, a device or pipe written through, a folder or socket refused.
bool exportFigure(ChartFigure &figure, const QString &path, ExportFormat format,
                  const ExportOptions &options, QString *error);

// Several figures stacked top to bottom in one picture, each at its current size (the Chart
// tab's panels, one per scale): as wide as the widest, as high as all of them together.
bool writeFigures(const QList<ChartFigure *> &figures, QIODevice &device, ExportFormat format,
                  const ExportOptions &options, QString *error);
bool exportFigures(const QList<ChartFigure *> &figures, const QString &path, ExportFormat format,
                   const ExportOptions &options, QString *error);

// Any picture of `size` logical pixels, painted by `paint` into `target` (device pixels, at
// the origin) of each format in turn: what the figures above and the slides of a deck's
// bundle (lecture/deckbundle.h) are written through, with the same escaping and checks.
using Painting = std::function<void(QPainter &painter, const QRectF &target)>;
bool writePicture(const QSizeF &size, const Painting &paint, QIODevice &device, ExportFormat format,
                  const ExportOptions &options, QString *error);
bool exportPicture(const QSizeF &size, const Painting &paint, const QString &path,
                   ExportFormat format, const ExportOptions &options, QString *error);

// The figures' stack as a Painting (its size: stackedFiguresSize). figuresPainting draws their
// scenes when it is called, so it runs on the thread that owns them (the GUI thread); the
// recorded one draws them once now into a QPicture (drawing commands, no pixels) and replays
// that, so it may run on any thread once made: the window's figure bundle is rasterised and
// written on its job's thread (docs/architecture.md, "Long work").
QSizeF stackedFiguresSize(const QList<ChartFigure *> &figures);
Painting figuresPainting(const QList<ChartFigure *> &figures);
Painting recordedFiguresPainting(const QList<ChartFigure *> &figures);

// recordedFiguresPainting() in two steps, so that a stack of large figures can be recorded one
// per event-loop turn: each figure drawn now into drawing commands at its size, on the scene's
// thread; then the records replayed stacked, on any thread (size: recordedSize()).
struct RecordedFigure
{
    QPicture picture;
    QSizeF size;
};
RecordedFigure recordFigure(ChartFigure &figure);
QSizeF recordedSize(const QList<RecordedFigure> &figures);
Painting recordedPainting(const QList<RecordedFigure> &figures);

} // namespace eb::charts
