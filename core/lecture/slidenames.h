#pragma once

#include "lecture/deck.h"

#include <QString>

namespace eb::catalogue {
class CatalogueReader;
}

// Slides named in words for lists (the deck panel, `evidence render deck`): the study's and
// the outcome measure's names and the timepoint, read from the catalogue, never slugs such as
// "captain-ii / captain-ensemble / day 90". A record the catalogue no longer holds is named
// by its slug and said to be missing.
namespace eb::lecture {

// "Forest plot: People with serious adverse events — Risk ratio (log scale)", "Distributions:
// CAPTAIN II, CAPTAIN ensemble, day 90 (MW)"; the slide's own title when it has one.
QString slideSummary(const Slide &slide, const catalogue::CatalogueReader &catalogue);

} // namespace eb::lecture
