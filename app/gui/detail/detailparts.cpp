#include "gui/detail/detailparts.h"

#include "evidence/format.h"
#include "evidence/readernames.h"
#include "model/vocabulary.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace eb::gui::detail::parts {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::gui::detail", text);
}

QString esc(const QString &text)
{
    return evidence::readerText(text).toHtmlEscaped();
}

QString number(double value)
{
    return evidence::formatValue(value);
}

QString notReportedHtml()
{
    return QStringLiteral("<span class='nr'>%1</span>").arg(labels::notReported());
}

QString orNotReported(const QString &text)
{
    return text.isEmpty() ? notReportedHtml() : esc(text);
}

QString internalLink(const QString &kind, const QString &slug, const QString &text)
{
    return QStringLiteral("<a href='eb://%1/%2'>%3</a>")
        .arg(kind, QString::fromUtf8(QUrl::toPercentEncoding(slug)), esc(text));
}

QString doiLink(const QString &doi)
{
    return QStringLiteral("<a href='https://doi.org/%1'>doi:%2</a>").arg(esc(doi), esc(doi));
}

QString identifierBlocks(const QString &doi, const QStringList &others, const QString &cssClass)
{
    const QString classAttribute =
        cssClass.isEmpty() ? QString() : QStringLiteral(" class='%1'").arg(esc(cssClass));
    QString html;
    if (!doi.isEmpty()) {
        html += QStringLiteral("<div%1 style='white-space:nowrap'>%2</div>")
                    .arg(classAttribute, doiLink(doi));
    }
    if (!others.isEmpty()) {
        html += QStringLiteral("<div%1>%2</div>")
                    .arg(classAttribute, others.join(QStringLiteral(" · ")));
    }
    return html;
}

QString pmidLink(const QString &pmid)
{
    return QStringLiteral("<a href='https://pubmed.ncbi.nlm.nih.gov/%1/'>PMID %2</a>")
        .arg(esc(pmid), esc(pmid));
}

// Tables are 99% wide, not 100%: at 100% QTextDocument's rounding of borders makes the page
// one pixel wider than the pane, and a useless horizontal scroll bar appears
// (MainWindowTest.DetailPagesNeedNoHorizontalScrolling).

// The common head of every page: a style sheet within what QTextBrowser's HTML subset honours.
QString pageStart()
{
    return QStringLiteral(
        "<html><head><style>"
        "h2 { margin-bottom: 2px; } h3 { margin-top: 14px; margin-bottom: 4px; }"
        // Body text at the system font size; provenance in a secondary style that stays at
        // that size and dark enough to read (not tiny grey).
        ".sub { color: #3f4a56; } .nr { color: #56616c; font-style: italic; }"
        ".quote { color: #2b2b2b; font-style: italic; } .transcribed { color: #2b2b2b; } "
        ".small { color: #3f4a56; }"
        ".derived { color: #7a4b00; } .industry { color: #8a3b00; font-weight: bold; }"
        ".independent { color: #1d5e20; font-weight: bold; }"
        "th { text-align: left; background-color: #e8edf3; }"
        "td.num { text-align: right; }"
        "</style></head><body>");
}

QString pageEnd()
{
    return QStringLiteral("<hr/><p class='small'>%1</p></body></html>")
        .arg(esc(tr("Educational software, not medical advice: this shows what studies "
                    "report and recommends no treatment.")));
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(text));
}

QString sponsorshipBadge(const QString &key)
{
    // The style sheet's classes are named after the keys.
    namespace keys = eb::catalogue::vocabulary::key;
    const QString cls =
        key == keys::industry || key == keys::independent ? key : QStringLiteral("sub");
    return QStringLiteral("<span class='%1'>%2</span>").arg(cls, esc(labels::sponsorship(key)));
}

void FieldTable::add(const QString &name, const QString &valueHtml)
{
    m_rows += QStringLiteral("<tr><td valign='top' width='28%'><b>%1</b></td><td>%2</td></tr>")
                  .arg(esc(name), valueHtml);
}

QString FieldTable::html() const
{
    return QStringLiteral("<table cellspacing='0' cellpadding='3' width='99%'>%1</table>")
        .arg(m_rows);
}

QString quoteHtml(const evidence::Statement &statement, const QString &origin)
{
    if (statement.text.isEmpty() && statement.sourceLabel.isEmpty()) {
        return {};
    }
    QString html = QStringLiteral("<span class='small'>");
    // A reported value's statement already says who reported it ("Reported in Muresanu
    // 2020: ..." or "Guekht 2017: “...”"): an origin badge in front would say "reported" twice.
    // Only this program's own values are flagged, "derived".
    const bool derived = origin == QLatin1String("derived");
    QString lead = evidence::statementLead(statement);
    if (statement.text.isEmpty()) {
        lead = derived || origin.isEmpty() ? statement.sourceLabel
                                           : tr("Reported in %1").arg(statement.sourceLabel);
    }
    if (derived) {
        html += QStringLiteral("<span class='derived'>%1</span>").arg(esc(labels::origin(origin)));
        if (!lead.isEmpty()) {
            html += QStringLiteral(" · ");
        }
    }
    html += esc(lead);
    if (!statement.text.isEmpty()) {
        // Quotation marks and the quote style only for the source's own words; our wording's
        // style class is named after its kind.
        const bool verbatim = evidence::isVerbatim(statement.kind);
        html += QStringLiteral("%1<span class='%2'>%3</span>")
                    .arg(!derived && lead.isEmpty() ? QString() : QStringLiteral(": "),
                         verbatim ? QStringLiteral("quote")
                                  : QString(catalogue::vocabulary::key::transcribed),
                         esc(evidence::statementBody(statement)));
    }
    html += QStringLiteral("</span>");
    return html;
}

QString studyRefsHtml(const QList<catalogue::StudyRef> &studies)
{
    QStringList links;
    for (const catalogue::StudyRef &study : studies) {
        links << internalLink(QStringLiteral("study"), study.slug, study.name);
    }
    return links.join(QStringLiteral(", "));
}

QString citationHtml(const catalogue::SourceRecord &s)
{
    QString html;
    if (!s.authors.isEmpty()) {
        html += esc(s.authors) + QStringLiteral(". ");
    }
    if (!s.title.isEmpty()) {
        html += QStringLiteral("<i>%1</i>. ").arg(esc(s.title));
    }
    if (!s.journal.isEmpty()) {
        html += esc(s.journal) + QLatin1Char(' ');
    }
    if (s.year) {
        html += QString::number(*s.year);
    }
    if (!s.volume.isEmpty()) {
        html += QLatin1Char(';') + esc(s.volume);
    }
    if (!s.issue.isEmpty()) {
        html += QStringLiteral("(%1)").arg(esc(s.issue));
    }
    if (!s.pages.isEmpty()) {
        html += QLatin1Char(':') + esc(s.pages);
    }
    if (html.isEmpty()) {
        html = esc(s.shortLabel);
    }
    return html;
}

QString identifiersHtml(const catalogue::SourceRecord &s)
{
    QStringList parts;
    if (!s.pmid.isEmpty()) {
        parts << pmidLink(s.pmid);
    }
    if (!s.pmcid.isEmpty()) {
        parts << QStringLiteral("<a href='https://www.ncbi.nlm.nih.gov/pmc/articles/%1/'>%2</a>")
                     .arg(esc(s.pmcid), esc(s.pmcid));
    }
    if (!s.registration.isEmpty()) {
        parts << esc(tr("Registration: %1").arg(s.registration));
    }
    return identifierBlocks(s.doi, parts);
}

QString fieldLabel(const QString &entity, const QString &field)
{
    struct Label
    {
        const char *entity;
        const char *field;
        const char *text;
    };
    static const Label table[] = {
        {"study", "centres", QT_TRANSLATE_NOOP("eb::gui::detail", "Centres")},
        {"study", "n_enrolled", QT_TRANSLATE_NOOP("eb::gui::detail", "Enrolled")},
        {"study", "n_analysed", QT_TRANSLATE_NOOP("eb::gui::detail", "Analysed")},
        {"study_arm", "n_randomised", QT_TRANSLATE_NOOP("eb::gui::detail", "Randomised")},
        {"study_arm", "n_analysed", QT_TRANSLATE_NOOP("eb::gui::detail", "Analysed")},
        {"dosing_protocol", "volume_ml_min", QT_TRANSLATE_NOOP("eb::gui::detail", "Dose (mL)")},
        {"dosing_protocol", "volume_ml_max", QT_TRANSLATE_NOOP("eb::gui::detail", "Dose (mL)")},
        {"dosing_protocol", "duration_days_min",
         QT_TRANSLATE_NOOP("eb::gui::detail", "Duration (days)")},
        {"dosing_protocol", "duration_days_max",
         QT_TRANSLATE_NOOP("eb::gui::detail", "Duration (days)")},
    };
    for (const Label &label : table) {
        if (entity == QLatin1String(label.entity) && field == QLatin1String(label.field)) {
            return tr(label.text);
        }
    }
    // A field this table does not know yet: its name in words rather than as a column.
    QString words = field;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (words.startsWith(QLatin1String("n "))) {
        words = words.mid(2);
    }
    if (!words.isEmpty()) {
        words[0] = words[0].toUpper();
    }
    return words;
}

} // namespace eb::gui::detail::parts
