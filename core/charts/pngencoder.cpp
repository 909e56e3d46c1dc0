#include "charts/pngencoder.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QImage>
#include <array>
#include <vector>
#include <zlib.h>

namespace eb::charts {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::charts::export", text);
}

void putUint32(QByteArray &out, quint32 value)
{
    out.append(static_cast<char>((value >> 24) & 0xff));
    out.append(static_cast<char>((value >> 16) & 0xff));
    out.append(static_cast<char>((value >> 8) & 0xff));
    out.append(static_cast<char>(value & 0xff));
}

// One chunk: length, type, data, and the CRC of type and data (PNG specification 5.3).
bool writeChunk(QIODevice &device, const char (&type)[5], const char *data, qsizetype size)
{
    QByteArray chunk;
    chunk.reserve(size + 12);
    putUint32(chunk, static_cast<quint32>(size));
    chunk.append(type, 4);
    chunk.append(data, size);
    const auto *bytes = reinterpret_cast<const Bytef *>(chunk.constData() + 4);
    putUint32(chunk, static_cast<quint32>(
                         crc32(crc32(0L, Z_NULL, 0), bytes, static_cast<uInt>(size + 4))));
    return device.write(chunk) == chunk.size();
}

bool writeChunk(QIODevice &device, const char (&type)[5], const QByteArray &data)
{
    return writeChunk(device, type, data.constData(), data.size());
}

// The text chunk of a title: tEXt when it is Latin-1 (what QImageWriter wrote), else iTXt
// in UTF-8. Either way QImage::text("Title") reads it back.
bool writeTitle(QIODevice &device, const QString &title)
{
    QByteArray data("Title");
    data.append('\0');
    const QByteArray latin1 = title.toLatin1();
    if (QString::fromLatin1(latin1) == title && !latin1.contains('\0')) {
        data.append(latin1);
        return writeChunk(device, "tEXt", data);
    }
    data.append(3, '\0'); // not compressed, method 0, no language tag
    data.append('\0');    // no translated keyword
    data.append(title.toUtf8());
    return writeChunk(device, "iTXt", data);
}

} // namespace

bool writeOpaquePng(const QImage &source, const QString &title, QIODevice &device, QString *error)
{
    const QImage image =
        source.format() == QImage::Format_RGB32 || source.format() == QImage::Format_ARGB32
            ? source
            : source.convertToFormat(QImage::Format_RGB32);
    const auto fail = [&](const QString &why) {
        *error = why;
        return false;
    };
    if (image.isNull()) {
        return fail(tr("the image is empty"));
    }
    const int width = image.width();
    const int height = image.height();
    static constexpr std::array<unsigned char, 8> kSignature{0x89, 'P',  'N',  'G',
                                                             '\r', '\n', 0x1a, '\n'};
    if (device.write(reinterpret_cast<const char *>(kSignature.data()), kSignature.size()) !=
        static_cast<qint64>(kSignature.size())) {
        return fail(device.errorString());
    }
    QByteArray header;
    putUint32(header, static_cast<quint32>(width));
    putUint32(header, static_cast<quint32>(height));
    header.append(std::array<char, 5>{8, 2, 0, 0, 0}.data(), 5); // 8-bit RGB, no interlace
    bool written = writeChunk(device, "IHDR", header);
    if (written && image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        QByteArray physical;
        putUint32(physical, static_cast<quint32>(image.dotsPerMeterX()));
        putUint32(physical, static_cast<quint32>(image.dotsPerMeterY()));
        physical.append('\1'); // the unit is the metre
        written = writeChunk(device, "pHYs", physical);
    }
    if (written && !title.isEmpty()) {
        written = writeTitle(device, title);
    }
    if (!written) {
        return fail(device.errorString());
    }

    z_stream stream{};
    if (deflateInit2(&stream, 1, Z_DEFLATED, 15, 8, Z_RLE) != Z_OK) {
        return fail(tr("not enough memory for the image"));
    }
    const qsizetype rowBytes = qsizetype{width} * 3 + 1; // a filter byte, then R, G, B
    std::vector<unsigned char> previous(static_cast<std::size_t>(rowBytes), 0);
    std::vector<unsigned char> current(static_cast<std::size_t>(rowBytes), 0);
    std::vector<unsigned char> filtered(static_cast<std::size_t>(rowBytes), 0);
    QByteArray compressed(qsizetype{256} * 1024, Qt::Uninitialized);
    const auto drain = [&](int flush) {
        do {
            stream.next_out = reinterpret_cast<Bytef *>(compressed.data());
            stream.avail_out = static_cast<uInt>(compressed.size());
            const int status = deflate(&stream, flush);
            if (status == Z_STREAM_ERROR) {
                return false;
            }
            const qsizetype produced = compressed.size() - stream.avail_out;
            if (produced > 0 && !writeChunk(device, "IDAT", compressed.constData(), produced)) {
                return false;
            }
        } while (stream.avail_out == 0);
        return true;
    };
    bool ok = true;
    for (int y = 0; y < height && ok; ++y) {
        const auto *pixels = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        unsigned char *rgb = current.data() + 1;
        for (qsizetype x = 0; x < width; ++x) {
            rgb[3 * x] = static_cast<unsigned char>(qRed(pixels[x]));
            rgb[3 * x + 1] = static_cast<unsigned char>(qGreen(pixels[x]));
            rgb[3 * x + 2] = static_cast<unsigned char>(qBlue(pixels[x]));
        }
        // Filter "Up" (type 2): each byte minus the one above it (zero above the first row).
        filtered[0] = 2;
        for (qsizetype i = 1; i < rowBytes; ++i) {
            filtered[static_cast<std::size_t>(i)] = static_cast<unsigned char>(
                current[static_cast<std::size_t>(i)] - previous[static_cast<std::size_t>(i)]);
        }
        std::swap(previous, current);
        stream.next_in = filtered.data();
        stream.avail_in = static_cast<uInt>(rowBytes);
        ok = drain(y + 1 == height ? Z_FINISH : Z_NO_FLUSH);
    }
    deflateEnd(&stream);
    if (!ok || !writeChunk(device, "IEND", nullptr, 0)) {
        return fail(device.errorString().isEmpty() ? tr("cannot compress the image")
                                                   : device.errorString());
    }
    return true;
}

} // namespace eb::charts
