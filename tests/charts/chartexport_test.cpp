#include "chartfixtures.h"
#include "charts/chartexport.h"
#include "charts/forestplot.h"
#include "charts/pngencoder.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace eb::charts;
using namespace eb::evidence;
using eb::charts::testing::smallMwSpec;

namespace {

QByteArray write(ForestPlot &plot, ExportFormat format, double dpi = 96)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    ExportOptions options;
    options.dpi = dpi;
    options.title = QStringLiteral("Forest plot");
    EXPECT_TRUE(writeFigure(plot, buffer, format, options, &error)) << error.toStdString();
    return buffer.data();
}

bool near(QColor a, QColor b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

TEST(ChartExport, FormatFromSuffix)
{
    EXPECT_EQ(exportFormatForPath(QStringLiteral("a/b.PNG")), ExportFormat::Png);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("b.svg")), ExportFormat::Svg);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("b.pdf")), ExportFormat::Pdf);
    EXPECT_FALSE(exportFormatForPath(QStringLiteral("b.jpg")).has_value());
    EXPECT_FALSE(exportFormatForPath(QStringLiteral("b")).has_value());
}

TEST(ChartExport, PngHasTheMarkerColourAtTheComputedPosition)
{
    ForestPlot plot(smallMwSpec());
    plot.resize(QSizeF(1000, 500));
    for (const double dpi : {96.0, 300.0}) {
        const QByteArray png = write(plot, ExportFormat::Png, dpi);
        QImage image;
        ASSERT_TRUE(image.loadFromData(png, "PNG"));
        const double scale = dpi / 96.0;
        EXPECT_EQ(image.width(), static_cast<int>(std::ceil(1000 * scale)));
        EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, dpi, 0.5);
        // Reported row: a filled blue square at its estimate.
        const QPointF reported = plot.markerRect(0).center() * scale;
        EXPECT_TRUE(near(image.pixelColor(reported.toPoint()), okabeito::blue))
            << image.pixelColor(reported.toPoint()).name().toStdString() << " at " << dpi;
        // Derived row: hollow, white inside, blue on its edge.
        const QRectF derived = plot.markerRect(3);
        EXPECT_TRUE(near(image.pixelColor((derived.center() * scale).toPoint()), Qt::white, 10));
        // The outline is anti-aliased: the darkest pixel across the left edge is the blue.
        QColor darkest(Qt::white);
        // A quarter up from the centre, clear of the whisker through the middle.
        const int y = static_cast<int>((derived.center().y() - derived.height() / 4) * scale);
        for (int x = static_cast<int>((derived.left() - 2) * scale);
             x <= static_cast<int>((derived.left() + 2) * scale); ++x) {
            if (image.pixelColor(x, y).lightness() < darkest.lightness()) {
                darkest = image.pixelColor(x, y);
            }
        }
        EXPECT_TRUE(near(darkest, okabeito::blue, 30)) << darkest.name().toStdString();
        // Far from every mark: white background.
        EXPECT_EQ(image.pixelColor(2, 2), QColor(Qt::white));
    }
}

TEST(ChartExport, SvgHoldsEveryLabelAsTextAndPathsAsVectors)
{
    ForestPlot plot(smallMwSpec());
    plot.resize(QSizeF(1000, 500));
    const QString svg = QString::fromUtf8(write(plot, ExportFormat::Svg));
    EXPECT_TRUE(svg.contains(QStringLiteral("<svg")));
    EXPECT_TRUE(svg.contains(QStringLiteral("viewBox=\"0 0 1000 500\"")));
    for (const ForestRow &row : plot.spec().rows) {
        const QRegularExpression text(QStringLiteral("<text[^>]*>\\s*%1\\s*</text>")
                                          .arg(QRegularExpression::escape(row.study)));
        EXPECT_TRUE(text.match(svg).hasMatch()) << row.study.toStdString();
    }
    EXPECT_TRUE(svg.contains(QStringLiteral("<path")));
    EXPECT_FALSE(svg.contains(QStringLiteral("<image"))); // nothing rasterised
}

TEST(ChartExport, PdfOpensWithThePageSizeAskedFor)
{
    ForestPlot plot(smallMwSpec());
    plot.resize(QSizeF(1000, 500));
    const QByteArray pdf = write(plot, ExportFormat::Pdf);
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
    // 1000 x 500 logical pixels at 96 per inch = 750 x 375 points.
    const QRegularExpression mediaBox(
        QStringLiteral("/MediaBox \\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*\\]"));
    const auto match = mediaBox.match(QString::fromLatin1(pdf));
    ASSERT_TRUE(match.hasMatch());
    EXPECT_NEAR(match.captured(1).toDouble(), 750.0, 1.0);
    EXPECT_NEAR(match.captured(2).toDouble(), 375.0, 1.0);
    // Vector: text as embedded fonts, no raster image of the chart.
    EXPECT_TRUE(pdf.contains("/FontFile2"));
    EXPECT_FALSE(pdf.contains("/Subtype /Image"));
}

TEST(ChartExport, AFailedWriteLeavesNoFileBehind)
{
    ForestPlot plot(smallMwSpec());
    plot.resize(QSizeF(1000, 500));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.png"));
    ExportOptions options;
    options.dpi = 1e6; // far too large an image
    QString error;
    EXPECT_FALSE(exportFigure(plot, path, ExportFormat::Png, options, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    // A directory that does not exist.
    EXPECT_FALSE(exportFigure(plot, dir.filePath(QStringLiteral("no/such/dir/x.svg")),
                              ExportFormat::Svg, ExportOptions{}, &error));
    // And a good write produces the file.
    EXPECT_TRUE(exportFigure(plot, dir.filePath(QStringLiteral("ok.svg")), ExportFormat::Svg,
                             ExportOptions{}, &error));
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("ok.svg"))));
}

// The PNG is libpng's with our filter and strategy (charts/pngencoder.h): whatever its bytes,
// it must decode to exactly the pixels painted, with the resolution and the title.
TEST(ChartExport, PngDecodesToExactlyThePaintedPixels)
{
    ForestPlot plot(smallMwSpec());
    plot.resize(QSizeF(1000, 500));
    for (const double dpi : {96.0, 150.0}) {
        const QImage painted = renderImage(plot, dpi);
        QImage decoded;
        ASSERT_TRUE(decoded.loadFromData(write(plot, ExportFormat::Png, dpi), "PNG"));
        ASSERT_EQ(decoded.size(), painted.size());
        EXPECT_TRUE(decoded.convertToFormat(QImage::Format_RGB32) ==
                    painted.convertToFormat(QImage::Format_RGB32))
            << dpi;
        EXPECT_EQ(decoded.dotsPerMeterX(), painted.dotsPerMeterX());
        EXPECT_EQ(decoded.text(QStringLiteral("Title")), QStringLiteral("Forest plot"));
    }
}

TEST(ChartExport, PngEncoderKeepsEveryPixelOfANoisyImageAndAUnicodeTitle)
{
    // Every byte value in every channel, rows unlike their neighbours, odd sizes.
    for (const QSize size : {QSize(1, 1), QSize(3, 7), QSize(517, 263)}) {
        QImage image(size, QImage::Format_RGB32);
        quint32 state = 12345;
        for (int y = 0; y < size.height(); ++y) {
            for (int x = 0; x < size.width(); ++x) {
                state = state * 1664525U + 1013904223U;
                image.setPixel(x, y,
                               qRgb(static_cast<int>(state >> 24),
                                    static_cast<int>((state >> 16) & 0xff), (x + y) & 0xff));
            }
        }
        const QString title = QStringLiteral("Stroke – α & β < 0.6");
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        ASSERT_TRUE(writeOpaquePng(image, title, buffer, &error)) << error.toStdString();
        QImage decoded;
        ASSERT_TRUE(decoded.loadFromData(buffer.data(), "PNG"));
        EXPECT_TRUE(decoded.convertToFormat(QImage::Format_RGB32) == image) << size.width();
        EXPECT_EQ(decoded.text(QStringLiteral("Title")), title);
    }
}

// A device that refuses to write: libpng's error comes back as the function's error (through
// setjmp), not as a crash or a half-reported success.
TEST(ChartExport, PngEncoderReportsADeviceThatCannotBeWritten)
{
    QImage image(QSize(40, 30), QImage::Format_RGB32);
    image.fill(Qt::white);
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly);
    QString error;
    EXPECT_FALSE(writeOpaquePng(image, QStringLiteral("Forest plot"), buffer, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(buffer.data().isEmpty());
}
