#pragma once

#include <QString>

class QIODevice;
class QImage;

namespace eb::charts {

// Writes an opaque image (its alpha is ignored) as an 8-bit RGB PNG with its resolution
// (pHYs) and, when given, a "Title" text chunk. The pixels read back are exactly the image's.
//
// Why not QImageWriter: libpng tries every row filter on every row and zlib searches for
// matches, which took most of the time of `evidence render forest` (a 1200 x 4000 px forest
// plot). Charts are flat colour: the "Up" filter turns repeated rows into zeros and the
// "Sub"-free runs of one colour into runs of one byte, which zlib's run-length strategy packs
// at a fraction of the cost, into files of about the same size.
bool writeOpaquePng(const QImage &image, const QString &title, QIODevice &device, QString *error);

} // namespace eb::charts
