#pragma once

#include "model/records.h"

#include <QString>

namespace eb::gui::detail {

// The derived equivalents of a result (for an MW: its d, OR and NNT), each marked derived with
// its formula, as HTML for the detail pane; empty when the metric has none.
QString equivalentsHtml(const catalogue::ResultRecord &result);

} // namespace eb::gui::detail
