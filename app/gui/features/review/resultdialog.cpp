#include "gui/features/review/resultdialog.h"

#include "evidence/format.h"
#include "evidence/statement.h"
#include "evidence/studycompare.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace eb::gui::review {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>")
        .arg(esc(label), value);
}

} // namespace

QString resultProvenanceHtml(const catalogue::ResultRecord &r, const QString &shownAs)
{
    const auto orNot = [](const QString &text) {
        return text.isEmpty() ? ResultDialog::tr("not reported") : text;
    };
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='4'>")
                       .arg(esc(ResultDialog::tr("%1 · %2 (result #%3)")
                                    .arg(r.studyName, r.outcomeName)
                                    .arg(r.id)));
    html += row(ResultDialog::tr("As reported"), esc(eb::review::effectText(r)));
    if (!shownAs.isEmpty()) {
        html += row(ResultDialog::tr("As shown"), esc(shownAs));
    }
    if (r.ciLow && !r.ciLevel) {
        html +=
            row(ResultDialog::tr("CI level"), esc(ResultDialog::tr("not printed by the source")));
    }
    html += row(ResultDialog::tr("Timepoint"), esc(orNot(r.timepoint)));
    html += row(ResultDialog::tr("Population"), esc(orNot(r.population)));
    html += row(ResultDialog::tr("N"),
                esc(r.n ? QString::number(*r.n) : ResultDialog::tr("not reported")));
    if (!r.statisticalMethod.isEmpty()) {
        html += row(ResultDialog::tr("Method"), esc(r.statisticalMethod));
    }
    html += row(ResultDialog::tr("Source"), esc(r.sourceShortLabel));
    html += row(ResultDialog::tr("Origin"),
                esc(r.origin == QLatin1String("derived")
                        ? ResultDialog::tr("derived by this program: %1").arg(r.derivation)
                        : ResultDialog::tr("reported by the source")));
    if (!r.quote.isEmpty()) {
        const evidence::Statement statement = evidence::statementOf(r);
        const QString body = esc(evidence::statementBody(statement));
        html += row(evidence::statementHeading(statement.kind),
                    evidence::isVerbatim(statement.kind)
                        ? QStringLiteral("<i>%1</i>").arg(body)
                        : esc(evidence::statementLead(statement)) + QStringLiteral(": ") + body);
    }
    for (const catalogue::ArmSummaryRecord &a : r.arms) {
        QStringList parts;
        if (a.mean) {
            parts << ResultDialog::tr("mean %1").arg(
                evidence::formatPrinted(*a.mean, a.meanDecimals));
        }
        if (a.sd) {
            parts << ResultDialog::tr("SD %1").arg(evidence::formatPrinted(*a.sd, a.sdDecimals));
        }
        if (a.events && a.total) {
            parts << ResultDialog::tr("%1/%2 events").arg(*a.events).arg(*a.total);
        }
        if (a.n) {
            parts << ResultDialog::tr("n %1").arg(*a.n);
        }
        html += row(a.label.isEmpty() ? a.armRole : a.label, esc(parts.join(QStringLiteral(", "))));
    }
    if (!r.note.isEmpty()) {
        html += row(ResultDialog::tr("Note"), esc(r.note));
    }
    html += QStringLiteral("</table>");
    return html;
}

ResultDialog::ResultDialog(const catalogue::ResultRecord &result, const QString &shownAs,
                           QWidget *parent)
    : QDialog(parent), m_resultId(result.id), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Result #%1 and its provenance").arg(result.id));
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser->setHtml(resultProvenanceHtml(result, shownAs));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(620, 480);
}

} // namespace eb::gui::review
