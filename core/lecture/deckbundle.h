#pragma once

// A lecture deck's figure bundle (`evidence render deck DECK --bundle DIR`): one folder that
// carries every slide out whole, for a handout or a paper. It holds each slide as a picture
// (slide-NN.svg, vector; slide-NN.png at the slide's size in pixels), the whole deck as one
// PDF, the deck file itself, a provenance file (JSON) that names for each slide the catalogue
// records and results it draws (with each result's record id and source) and the program's
// and the catalogue's versions, and a README. Written as one unit through
// eb::output::FolderWriter: a failure or a kill leaves the earlier folder, never a mixture.
// docs/figure-bundles.md describes the files.

#include "lecture/deck.h"

#include <QSizeF>
#include <QString>
#include <QStringList>

namespace eb::catalogue {
class CatalogueReader;
}

namespace eb::lecture {

struct DeckBundleInfo
{
    QString deckFile;       // the deck's file name as given
    QString command;        // how it was made ("evidence render deck"), optional
    QString programVersion; // EB_VERSION
};

// The file names of a bundle of `slides` slides, in the order the README lists them.
QStringList deckBundleFiles(qsizetype slides);

// Writes the bundle into `folder` (refused when it holds anything, unless `replace`; then it
// is replaced whole). Each slide is drawn afresh from the catalogue, `slideSize` logical
// pixels, as the presenter and the PDF draw it. False with *error on any failure.
bool writeDeckBundle(const Deck &deck, const catalogue::CatalogueReader &catalogue,
                     const QSizeF &slideSize, const DeckBundleInfo &info, const QString &folder,
                     bool replace, QString *error);

} // namespace eb::lecture
