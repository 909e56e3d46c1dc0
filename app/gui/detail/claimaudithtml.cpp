#include "gui/detail/claimaudithtml.h"

#include "evidence/readernames.h"

#include <QCoreApplication>

namespace eb::gui::detail {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::gui::detail", text);
}

// Catalogue text as a reader names it (no internal file names), escaped.
QString esc(const QString &text)
{
    return evidence::readerText(text).toHtmlEscaped();
}

} // namespace

QString claimAuditHtml(const review::ClaimAuditRow &row)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("Audit")));
    html += QStringLiteral("<table cellpadding='4'>");
    const auto line = [&html](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>")
                    .arg(esc(name), esc(value));
    };
    line(tr("The primary publication reports"),
         row.sourceReports.isEmpty() ? tr("not reported") : row.sourceReports);
    line(tr("This program computes"), row.computed.isEmpty()
                                          ? tr("nothing to compute")
                                          : tr("%1 (derived, see the working)").arg(row.computed));
    html += QStringLiteral("</table>");
    if (!row.working.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ol>").arg(esc(tr("Working")));
        for (const QString &step : row.working) {
            html += QStringLiteral("<li>%1</li>").arg(esc(step));
        }
        html += QStringLiteral("</ol>");
    }
    return html;
}

void addClaimAudit(QString &pageHtml, const review::ClaimAuditRow &row)
{
    // Right after the claim's fields: before claimHtml()'s first section heading (the result
    // the claim rests on, the discrepancies), or else before its footer after the last rule.
    qsizetype at = pageHtml.indexOf(QLatin1String("<h3>"));
    if (at < 0) {
        at = pageHtml.lastIndexOf(QLatin1String("<hr/>"));
    }
    if (at < 0) {
        at = pageHtml.size();
    }
    pageHtml.insert(at, claimAuditHtml(row));
}

} // namespace eb::gui::detail
