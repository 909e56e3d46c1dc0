#pragma once

#include <QString>

namespace eb::catalogue {
class Catalogue;
}

namespace eb::gui {

// `evidence-browser --present DECK.json [--slide N] [--screenshot FILE]`: presents the deck
// full screen from slide N (1-based); with a screenshot file, saves what the audience sees of
// slide N after its first paint and quits, so that the screen can be compared with the PDF from
// outside. Runs the event loop; returns the exit status (2: the deck or the slide number is
// wrong, 1: the picture cannot be written).
int runPresentation(const catalogue::Catalogue &catalogue, const QString &deckFile, int slide,
                    const QString &screenshotFile);

} // namespace eb::gui
