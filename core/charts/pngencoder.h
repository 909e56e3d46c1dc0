#pragma once

#include <QString>

class QIODevice;
class QImage;

namespace eb::charts {

// Writes an opaque image (its alpha is ignored) as an 8-bit RGB PNG with its resolution
// (pHYs) and, when given, a "Title" text chunk. The pixels read back are exactly the image's.
//
// Through libpng directly rather than QImageWriter, which lets libpng try every row filter on
// every row and zlib search for matches: that took most of the time of `evidence render
// forest` (a 1200 x 4000 px forest plot). Here libpng is told one filter ("Up") and zlib's
// run-length strategy at level 1, which suit flat-colour charts: a fraction of the cost, files
// of about the same size.
bool writeOpaquePng(const QImage &image, const QString &title, QIODevice &device, QString *error);

} // namespace eb::charts
