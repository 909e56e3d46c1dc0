#pragma once

#include "lecture/deck.h"

#include <QSizeF>
#include <QString>

class QIODevice;
class QPainter;

namespace eb::catalogue {
class CatalogueReader;
}

namespace eb::lecture {

struct BuiltSlide;

// The size, in logical pixels, of a slide that is exported without a screen to match: a
// 1080p projector.
inline constexpr double kDefaultSlideWidth = 1920;
inline constexpr double kDefaultSlideHeight = 1080;

// Lays a slide's figures out side by side in `size` (logical pixels), as the presenter shows
// them and as the PDF prints them.
void layoutSlide(BuiltSlide &slide, const QSizeF &size);

// Paints a laid-out slide's figures side by side into a slide of `slideSize` logical pixels,
// each scaled by `scale` (device pixels per logical pixel): the PDF, the bundle's SVG and PNG.
void paintSlide(BuiltSlide &slide, QPainter &painter, const QSizeF &slideSize, double scale);

// Writes the deck as one vector PDF, one page per slide, each page exactly `slideSize` logical
// pixels (at 96 per inch) laid out as on a screen of that size, at the deck's font scale.
bool writeDeckPdf(const Deck &deck, const catalogue::CatalogueReader &catalogue, QIODevice &device,
                  const QSizeF &slideSize, QString *error);

// The same to a file, through eb::output::writeFileFrom: on any failure no file is left
// behind (and an earlier file of that name is left as it was); a device or pipe is written
// through, never replaced. A deck without slides is refused.
bool exportDeckPdf(const Deck &deck, const catalogue::CatalogueReader &catalogue,
                   const QString &path, const QSizeF &slideSize, QString *error);

} // namespace eb::lecture
