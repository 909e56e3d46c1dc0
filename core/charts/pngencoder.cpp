// libpng with a fixed row filter ("Up") and zlib's run-length strategy at level 1: what
// QImageWriter cannot ask of libpng, which otherwise tries every filter on every row and
// searches for matches (see pngencoder.h and docs/performance.md).
#include "charts/pngencoder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QImage>
#include <csetjmp>
#include <png.h>
#include <zlib.h>

namespace eb::charts {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::charts::export", text);
}

// Everything libpng's callbacks and the setjmp scope touch: trivially destructible, so a
// longjmp out of libpng skips no destructor.
struct Encoding
{
    png_structp png = nullptr;
    png_infop info = nullptr;
    const unsigned char *bits = nullptr;
    qsizetype bytesPerLine = 0;
    png_uint_32 width = 0;
    png_uint_32 height = 0;
    png_uint_32 dotsPerMeterX = 0;
    png_uint_32 dotsPerMeterY = 0;
    png_text *text = nullptr;
    int textCount = 0;
    QIODevice *device = nullptr;
    bool deviceFailed = false;
    char message[128] = {};
};

void onError(png_structp png, png_const_charp message)
{
    auto *encoding = static_cast<Encoding *>(png_get_error_ptr(png));
    qstrncpy(encoding->message, message, sizeof encoding->message);
    png_longjmp(png, 1);
}

void onWarning(png_structp /*png*/, png_const_charp /*message*/) {}

void writeData(png_structp png, png_bytep data, size_t length)
{
    auto *encoding = static_cast<Encoding *>(png_get_io_ptr(png));
    const auto size = static_cast<qint64>(length);
    if (encoding->device->write(reinterpret_cast<const char *>(data), size) != size) {
        encoding->deviceFailed = true;
        png_error(png, "write failed");
    }
}

void flushData(png_structp /*png*/) {} // the caller's device is flushed and closed by its owner

// The only function that calls setjmp: it holds nothing with a destructor.
bool encode(Encoding &encoding)
{
    png_structp png = encoding.png;
    png_infop info = encoding.info;
    if (setjmp(png_jmpbuf(png))) { // onError (libpng's png_error) jumps back here
        return false;
    }
    png_set_write_fn(png, &encoding, writeData, flushData);
    png_set_IHDR(png, info, encoding.width, encoding.height, 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    if (encoding.dotsPerMeterX > 0 && encoding.dotsPerMeterY > 0) {
        png_set_pHYs(png, info, encoding.dotsPerMeterX, encoding.dotsPerMeterY,
                     PNG_RESOLUTION_METER);
    }
    if (encoding.textCount > 0) {
        png_set_text(png, info, encoding.text, encoding.textCount);
    }
    // Charts are flat colour: "Up" turns repeated rows into zeros and runs of one colour into
    // runs of one byte, which the run-length strategy packs at a fraction of the cost of a
    // search, into files of about the same size.
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
    png_set_compression_level(png, 1);
    png_set_compression_strategy(png, Z_RLE);
    png_set_compression_buffer_size(png, png_size_t{256} * 1024); // IDAT chunks of 256 kB
    png_write_info(png, info);
    // The rows are QImage's 32-bit pixels, 0xffRRGGBB in native byte order: libpng drops the
    // fourth byte (so alpha is ignored) and, on little-endian machines, reorders B, G, R. No
    // copy of the image is made.
    if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
        png_set_bgr(png);
        png_set_filler(png, 0, PNG_FILLER_AFTER);
    } else {
        png_set_filler(png, 0, PNG_FILLER_BEFORE);
    }
    for (png_uint_32 y = 0; y < encoding.height; ++y) {
        png_write_row(png, encoding.bits + static_cast<qsizetype>(y) * encoding.bytesPerLine);
    }
    png_write_end(png, info);
    return true;
}

} // namespace

bool writeOpaquePng(const QImage &source, const QString &title, QIODevice &device, QString *error)
{
    const QImage image =
        source.format() == QImage::Format_RGB32 || source.format() == QImage::Format_ARGB32
            ? source
            : source.convertToFormat(QImage::Format_RGB32);
    if (image.isNull()) {
        *error = tr("the image is empty");
        return false;
    }

    // The title: tEXt when it is Latin-1 (what QImageWriter wrote), else iTXt in UTF-8.
    // Either way QImage::text("Title") reads it back.
    QByteArray key("Title");
    const QByteArray latin1 = title.toLatin1();
    const bool isLatin1 = QString::fromLatin1(latin1) == title && !latin1.contains('\0');
    QByteArray text = isLatin1 ? latin1 : title.toUtf8();
    QByteArray empty;
    png_text chunk{};
    chunk.compression = isLatin1 ? PNG_TEXT_COMPRESSION_NONE : PNG_ITXT_COMPRESSION_NONE;
    chunk.key = key.data();
    chunk.text = text.data();
    chunk.text_length = static_cast<size_t>(text.size());
    chunk.lang = empty.data();
    chunk.lang_key = empty.data();

    Encoding encoding;
    encoding.bits = image.constBits();
    encoding.bytesPerLine = image.bytesPerLine();
    encoding.width = static_cast<png_uint_32>(image.width());
    encoding.height = static_cast<png_uint_32>(image.height());
    encoding.dotsPerMeterX = static_cast<png_uint_32>(qMax(image.dotsPerMeterX(), 0));
    encoding.dotsPerMeterY = static_cast<png_uint_32>(qMax(image.dotsPerMeterY(), 0));
    encoding.text = &chunk;
    encoding.textCount = title.isEmpty() ? 0 : 1;
    encoding.device = &device;
    encoding.png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &encoding, onError, onWarning);
    encoding.info = encoding.png != nullptr ? png_create_info_struct(encoding.png) : nullptr;
    if (encoding.info == nullptr) {
        png_destroy_write_struct(&encoding.png, nullptr);
        *error = tr("not enough memory for the image");
        return false;
    }
    const bool written = encode(encoding);
    png_destroy_write_struct(&encoding.png, &encoding.info);
    if (!written) {
        *error =
            encoding.deviceFailed && !device.errorString().isEmpty()
                ? device.errorString()
                : tr("cannot compress the image (%1)").arg(QString::fromLatin1(encoding.message));
        return false;
    }
    return true;
}

} // namespace eb::charts
