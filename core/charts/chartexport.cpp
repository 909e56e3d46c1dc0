#include "charts/chartexport.h"

#include "charts/chartfigure.h"
#include "charts/pngencoder.h"
#include "output/outputfile.h"
#include "output/textformats.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>

namespace eb::charts {
namespace {

constexpr double kLogicalDpi = 96.0;
constexpr double kMaxImagePixels = 400.0e6; // 1.6 GB of ARGB: refuse rather than crash

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::charts::export", text);
}

// Paints the stacked figures into target (the stack's logical size scaled to it).
void paintFigures(const QList<ChartFigure *> &figures, QPainter &painter, const QRectF &target)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    const QSizeF whole = stackedFiguresSize(figures);
    const double sx = target.width() / whole.width();
    const double sy = target.height() / whole.height();
    double y = 0;
    for (ChartFigure *figure : figures) {
        const QSizeF size = figure->size();
        const QRectF part(target.left(), target.top() + y * sy, size.width() * sx,
                          size.height() * sy);
        figure->scene()->render(&painter, part, QRectF(QPointF(0, 0), size), Qt::IgnoreAspectRatio);
        y += size.height();
    }
}

QImage renderPicture(const QSizeF &size, const Painting &paint, double dpi)
{
    const double scale = dpi / kLogicalDpi;
    const QSize pixels(static_cast<int>(std::ceil(size.width() * scale)),
                       static_cast<int>(std::ceil(size.height() * scale)));
    // Opaque RGB32: the chart has a white background, and a PNG without an alpha channel is
    // a quarter smaller and quicker to encode (no un-premultiplying).
    QImage image(pixels, QImage::Format_RGB32);
    if (image.isNull()) {
        return image;
    }
    image.setDotsPerMeterX(static_cast<int>(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(dpi / 0.0254)));
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    painter.end();
    return image;
}

// XML 1.0 allows no control character but tab, line feed and carriage return, and
// QSvgGenerator passes them through from drawn text (a label read from a CSV file). They are
// single bytes below 0x20 in UTF-8 and never part of a longer character, so they are dropped
// byte by byte.
QByteArray withoutXmlControls(const QByteArray &svg)
{
    QByteArray clean;
    clean.reserve(svg.size());
    for (const char c : svg) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 || byte == '\t' || byte == '\n' || byte == '\r') {
            clean.append(c);
        }
    }
    return clean;
}

} // namespace

// The figures stacked top to bottom: as wide as the widest, as high as all together.
QSizeF stackedFiguresSize(const QList<ChartFigure *> &figures)
{
    QSizeF size(0, 0);
    for (const ChartFigure *figure : figures) {
        size.setWidth(std::max(size.width(), figure->size().width()));
        size.setHeight(size.height() + figure->size().height());
    }
    return size;
}

Painting figuresPainting(const QList<ChartFigure *> &figures)
{
    return [figures](QPainter &painter, const QRectF &target) {
        paintFigures(figures, painter, target);
    };
}

Painting recordedFiguresPainting(const QList<ChartFigure *> &figures)
{
    QList<RecordedFigure> recorded;
    for (ChartFigure *figure : figures) {
        recorded << recordFigure(*figure);
    }
    return recordedPainting(recorded);
}

RecordedFigure recordFigure(ChartFigure &figure)
{
    RecordedFigure recorded{QPicture(), figure.size()};
    QPainter recorder(&recorded.picture);
    paintFigures({&figure}, recorder, QRectF(QPointF(0, 0), recorded.size));
    recorder.end();
    return recorded;
}

QSizeF recordedSize(const QList<RecordedFigure> &figures)
{
    QSizeF size(0, 0);
    for (const RecordedFigure &figure : figures) {
        size.setWidth(std::max(size.width(), figure.size.width()));
        size.setHeight(size.height() + figure.size.height());
    }
    return size;
}

Painting recordedPainting(const QList<RecordedFigure> &figures)
{
    const QSizeF size = recordedSize(figures);
    return [figures, size](QPainter &painter, const QRectF &target) {
        if (figures.isEmpty() || size.isEmpty()) {
            return;
        }
        // A QPicture replays scaled by the device's resolution over its own (a 300 dpi image
        // would get it 300/96 times larger): that is taken out, as target is in device pixels.
        const QPaintDevice *device = painter.device();
        const QPicture &first = figures.constFirst().picture;
        const double dpiX = first.logicalDpiX() / static_cast<double>(device->logicalDpiX());
        const double dpiY = first.logicalDpiY() / static_cast<double>(device->logicalDpiY());
        painter.save();
        painter.translate(target.topLeft());
        painter.scale(target.width() / size.width() * dpiX, target.height() / size.height() * dpiY);
        double y = 0;
        for (const RecordedFigure &figure : figures) {
            // Stacked as paintFigures() stacks them, in the picture's own units.
            painter.drawPicture(QPointF(0, y / dpiY), figure.picture);
            y += figure.size.height();
        }
        painter.restore();
    };
}

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) {
        return ExportFormat::Png;
    }
    if (suffix == QLatin1String("svg")) {
        return ExportFormat::Svg;
    }
    if (suffix == QLatin1String("pdf")) {
        return ExportFormat::Pdf;
    }
    return std::nullopt;
}

QImage renderImage(ChartFigure &figure, double dpi)
{
    return renderPicture(figure.size(), figuresPainting({&figure}), dpi);
}

bool writeFigure(ChartFigure &figure, QIODevice &device, ExportFormat format,
                 const ExportOptions &options, QString *error)
{
    return writeFigures({&figure}, device, format, options, error);
}

bool writeFigures(const QList<ChartFigure *> &figures, QIODevice &device, ExportFormat format,
                  const ExportOptions &options, QString *error)
{
    const bool anyEmpty = std::any_of(figures.cbegin(), figures.cend(),
                                      [](const ChartFigure *f) { return f->size().isEmpty(); });
    if (figures.isEmpty() || anyEmpty) {
        *error = tr("the chart has no size");
        return false;
    }
    return writePicture(stackedFiguresSize(figures), figuresPainting(figures), device, format,
                        options, error);
}

bool writePicture(const QSizeF &size, const Painting &paint, QIODevice &device, ExportFormat format,
                  const ExportOptions &options, QString *error)
{
    if (size.isEmpty()) {
        *error = tr("the chart has no size");
        return false;
    }
    switch (format) {
    case ExportFormat::Png: {
        const double scale = options.dpi / kLogicalDpi;
        if (!std::isfinite(scale) || scale <= 0 ||
            size.width() * scale * size.height() * scale > kMaxImagePixels) {
            *error =
                tr("the image would be too large (%1 x %2 pixels); lower the resolution or the "
                   "size")
                    .arg(std::lround(size.width() * scale))
                    .arg(std::lround(size.height() * scale));
            return false;
        }
        const QImage image = renderPicture(size, paint, options.dpi);
        if (image.isNull()) {
            *error = tr("not enough memory for the image");
            return false;
        }
        return writeOpaquePng(image, options.title, device, error);
    }
    case ExportFormat::Svg: {
        QBuffer drawn;
        drawn.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&drawn);
        generator.setSize(size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        generator.setResolution(static_cast<int>(kLogicalDpi));
        // QSvgGenerator writes <title> and <desc> as given (Qt 6.4): escaped here, so
        // "Stroke & TBI: MW < 0.6?" or a name with markup stays text.
        generator.setTitle(eb::output::xmlEscaped(options.title));
        generator.setDescription(eb::output::xmlEscaped(options.description));
        QPainter painter;
        if (!painter.begin(&generator)) {
            *error = tr("cannot start the SVG document");
            return false;
        }
        paint(painter, QRectF(QPointF(0, 0), size));
        painter.end();
        const QByteArray svg = withoutXmlControls(drawn.data());
        if (device.write(svg) != svg.size()) {
            *error = device.errorString();
            return false;
        }
        return true;
    }
    case ExportFormat::Pdf: {
        QPdfWriter writer(&device);
        writer.setCreator(QStringLiteral("Evidence Browser"));
        writer.setTitle(options.title);
        // The page is exactly the chart: logical pixels at 96 per inch, in points.
        const QSizeF points = size * (72.0 / kLogicalDpi);
        writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(1200);
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("cannot start the PDF document");
            return false;
        }
        const double scale = 1200.0 / kLogicalDpi;
        paint(painter, QRectF(QPointF(0, 0), size * scale));
        painter.end();
        return true;
    }
    }
    *error = tr("unknown format");
    return false;
}

bool exportFigure(ChartFigure &figure, const QString &path, ExportFormat format,
                  const ExportOptions &options, QString *error)
{
    return exportFigures({&figure}, path, format, options, error);
}

bool exportPicture(const QSizeF &size, const Painting &paint, const QString &path,
                   ExportFormat format, const ExportOptions &options, QString *error)
{
    return eb::output::writeFileFrom(
        path,
        [&](QIODevice &device, QString *why) {
            return writePicture(size, paint, device, format, options, why);
        },
        error);
}

bool exportFigures(const QList<ChartFigure *> &figures, const QString &path, ExportFormat format,
                   const ExportOptions &options, QString *error)
{
    // Drawn into memory, then written whole through the one checked path: QPdfWriter and
    // QSvgGenerator report no write errors of their own.
    return eb::output::writeFileFrom(
        path,
        [&](QIODevice &device, QString *why) {
            return writeFigures(figures, device, format, options, why);
        },
        error);
}

} // namespace eb::charts
