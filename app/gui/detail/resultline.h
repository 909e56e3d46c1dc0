#pragma once

// The result lines live in the evidence layer (evidence/resultline.h), so that the CLI's
// `catalogue show` prints the same line as the GUI's Copy; the GUI names them as it always has.
#include "evidence/resultline.h"

namespace eb::gui {

using evidence::bestSourced;
using evidence::outcomeLabelForLine;
using evidence::resultCitationLine;
using evidence::resultCitationWithQuote;
using evidence::resultLine;
using evidence::resultSourceCitation;

} // namespace eb::gui
