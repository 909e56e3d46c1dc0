#include "gui/detail/effectequivalents.h"

#include "evidence/derivedvalues.h"

namespace eb::gui::detail {

QString equivalentsHtml(const catalogue::ResultRecord &result)
{
    // The values are computed in core/evidence (shared with `evidence catalogue show`); this
    // file only lays them out for the detail pane.
    QString html;
    for (const evidence::DerivedGroup &group : evidence::derivedValues(result)) {
        QString rows;
        for (const evidence::DerivedValue &value : group.values) {
            rows +=
                QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td class='small'>%3</td></tr>")
                    .arg(value.label.toHtmlEscaped(), value.valueText.toHtmlEscaped(),
                         value.formula.toHtmlEscaped());
        }
        const QString note = group.assumesArmSizes ? QStringLiteral("⚠ ") + group.note : group.note;
        html += QStringLiteral("<br/><span class='derived small'><b>%1:</b></span>"
                               "<table class='derived' cellspacing='0' cellpadding='2'>%2</table>"
                               "<span class='small'>%3</span>")
                    .arg(group.title.toHtmlEscaped(), rows, note.toHtmlEscaped());
    }
    return html;
}

} // namespace eb::gui::detail
