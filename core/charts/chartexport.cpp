#include "charts/chartexport.h"

#include "charts/chartfigure.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <cmath>

namespace eb::charts {
namespace {

constexpr double kLogicalDpi = 96.0;
constexpr double kMaxImagePixels = 400.0e6; // 1.6 GB of ARGB: refuse rather than crash

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::charts::export", text);
}

void paintFigure(ChartFigure &figure, QPainter &painter, const QRectF &target)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    figure.scene()->render(&painter, target, QRectF(QPointF(0, 0), figure.size()),
                           Qt::IgnoreAspectRatio);
}

} // namespace

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
    const double scale = dpi / kLogicalDpi;
    const QSize pixels(static_cast<int>(std::ceil(figure.size().width() * scale)),
                       static_cast<int>(std::ceil(figure.size().height() * scale)));
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
    paintFigure(figure, painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    painter.end();
    return image;
}

bool writeFigure(ChartFigure &figure, QIODevice &device, ExportFormat format,
                 const ExportOptions &options, QString *error)
{
    const QSizeF size = figure.size();
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
        const QImage image = renderImage(figure, options.dpi);
        if (image.isNull()) {
            *error = tr("not enough memory for the image");
            return false;
        }
        QImageWriter writer(&device, "png");
        // Qt maps PNG quality to the zlib level ((100 - quality) * 9 / 91): 80 gives level 1,
        // the fastest; charts are mostly flat colour and compress well at any level.
        writer.setQuality(80);
        if (!options.title.isEmpty()) {
            writer.setText(QStringLiteral("Title"), options.title);
        }
        if (!writer.write(image)) {
            *error = writer.errorString();
            return false;
        }
        return true;
    }
    case ExportFormat::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&device);
        generator.setSize(size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        generator.setResolution(static_cast<int>(kLogicalDpi));
        generator.setTitle(options.title);
        generator.setDescription(options.description);
        QPainter painter;
        if (!painter.begin(&generator)) {
            *error = tr("cannot start the SVG document");
            return false;
        }
        paintFigure(figure, painter, QRectF(QPointF(0, 0), size));
        painter.end();
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
        paintFigure(figure, painter, QRectF(QPointF(0, 0), size * scale));
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!writeFigure(figure, file, format, options, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace eb::charts
