#include "gui/effectequivalents.h"

namespace eb::gui::detail {

QString equivalentsHtml(const catalogue::ResultRecord &result)
{
    Q_UNUSED(result);
    return {}; // filled in when the effect-size engine lands
}

} // namespace eb::gui::detail
