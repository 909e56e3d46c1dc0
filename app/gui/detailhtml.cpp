#include "gui/detailhtml.h"

#include "evidence/format.h"
#include "gui/effectequivalents.h"
#include "gui/labels.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace eb::gui::detail {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::gui::detail", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString number(double value)
{
    // Six significant digits show every value as the source printed it (0.59, 0.0001, 442).
    return evidence::formatValue(value);
}

QString orNotReported(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("<span class='nr'>%1</span>").arg(labels::notReported())
                          : esc(text);
}

template <typename T> QString orNotReported(const std::optional<T> &value)
{
    if (!value) {
        return QStringLiteral("<span class='nr'>%1</span>").arg(labels::notReported());
    }
    if constexpr (std::is_floating_point_v<T>) {
        return number(*value);
    } else {
        return QString::number(*value);
    }
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
        ".sub { color: #555; } .nr { color: #888; font-style: italic; }"
        ".quote { color: #333; font-style: italic; } .small { font-size: small; color: #555; }"
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
    const QString cls = key == QLatin1String("industry")      ? QStringLiteral("industry")
                        : key == QLatin1String("independent") ? QStringLiteral("independent")
                                                              : QStringLiteral("sub");
    return QStringLiteral("<span class='%1'>%2</span>").arg(cls, esc(labels::sponsorship(key)));
}

// A two-column table of field names and values (values already HTML).
class FieldTable
{
public:
    void add(const QString &name, const QString &valueHtml)
    {
        m_rows += QStringLiteral("<tr><td valign='top' width='28%'><b>%1</b></td><td>%2</td></tr>")
                      .arg(esc(name), valueHtml);
    }
    QString html() const
    {
        return QStringLiteral("<table cellspacing='0' cellpadding='3' width='99%'>%1</table>")
            .arg(m_rows);
    }

private:
    QString m_rows;
};

QString quoteHtml(const QString &quote, const QString &sourceLabel, const QString &origin)
{
    if (quote.isEmpty() && sourceLabel.isEmpty()) {
        return {};
    }
    QString html = QStringLiteral("<span class='small'>");
    if (!origin.isEmpty()) {
        const bool derived = origin == QLatin1String("derived");
        html += QStringLiteral("<span class='%1'>%2</span>")
                    .arg(derived ? QStringLiteral("derived") : QStringLiteral("sub"),
                         esc(labels::origin(origin)));
        if (!sourceLabel.isEmpty()) {
            html += QStringLiteral(" · ");
        }
    }
    if (!sourceLabel.isEmpty()) {
        html += esc(sourceLabel);
    }
    if (!quote.isEmpty()) {
        const bool labelled = !origin.isEmpty() || !sourceLabel.isEmpty();
        html += QStringLiteral("%1<span class='quote'>“%2”</span>")
                    .arg(labelled ? QStringLiteral(": ") : QString(), esc(quote));
    }
    html += QStringLiteral("</span>");
    return html;
}

QString discrepanciesHtml(const QList<catalogue::DiscrepancyRecord> &discrepancies)
{
    if (discrepancies.isEmpty()) {
        return {};
    }
    QString html = heading(tr("Where the article and the publication differ"));
    html +=
        QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='99%'>"
                       "<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
            .arg(esc(tr("Subject")), esc(tr("The article says")), esc(tr("The publication says")));
    for (const catalogue::DiscrepancyRecord &d : discrepancies) {
        html += QStringLiteral("<tr><td valign='top'><b>%1</b></td>"
                               "<td valign='top' bgcolor='#fff4e5'>%2<br/><span "
                               "class='small'>%3</span></td>"
                               "<td valign='top' bgcolor='#eaf4ea'>%4<br/><span "
                               "class='small'>%5</span></td></tr>"
                               "<tr><td colspan='3' class='small'>%6</td></tr>")
                    .arg(esc(d.subject), esc(d.articleValue), esc(d.articleSourceShortLabel),
                         esc(d.sourceValue),
                         d.primarySourceShortLabel.isEmpty() ? labels::notReported()
                                                             : esc(d.primarySourceShortLabel),
                         esc(d.explanation));
    }
    html += QStringLiteral("</table>");
    return html;
}

QString armSummariesHtml(const QList<catalogue::ArmSummaryRecord> &arms)
{
    QString html;
    for (const catalogue::ArmSummaryRecord &arm : arms) {
        QStringList parts;
        if (arm.n) {
            parts << QStringLiteral("N = %1").arg(*arm.n);
        }
        if (arm.mean) {
            parts << tr("mean %1").arg(number(*arm.mean));
        }
        if (arm.sd) {
            parts << tr("SD %1").arg(number(*arm.sd));
        }
        if (arm.events && arm.total) {
            parts << tr("%1 of %2 events").arg(*arm.events).arg(*arm.total);
        }
        html +=
            QStringLiteral("<br/>%1%2: %3 %4")
                .arg(esc(labels::armRole(arm.armRole)),
                     arm.label.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(esc(arm.label)),
                     parts.isEmpty() ? labels::notReported()
                                     : esc(parts.join(QStringLiteral(", "))),
                     quoteHtml(arm.quote, arm.sourceShortLabel, arm.origin));
    }
    return html;
}

// The p column: "0.0119" for p = 0.0119, "< 0.0001" for p < 0.0001 (the header says "p").
QString pCell(const catalogue::ResultRecord &r)
{
    if (!r.pValue) {
        return orNotReported(std::optional<double>());
    }
    return esc(evidence::formatPValueCell(r.pValue, r.pOperator));
}

// The results as a table: one row per result and, under it, where it comes from.
QString resultsHtml(const QList<catalogue::ResultRecord> &results, bool showStudy)
{
    if (results.isEmpty()) {
        return QStringLiteral("<p class='nr'>%1</p>").arg(esc(tr("No results in the catalogue.")));
    }
    QString html = QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='99%'>"
                                  "<tr>");
    // Fixed shares, so that the outcome's name and the estimate get the room. The metric
    // leads the estimate ("MW 0.59 (0.52 to 0.66)") rather than taking a narrow column.
    html +=
        QStringLiteral("<th width='28%'>%1</th>").arg(esc(showStudy ? tr("Study") : tr("Outcome")));
    html += QStringLiteral("<th width='15%'>%1</th><th width='29%'>%2</th>"
                           "<th width='13%'>%3</th><th width='15%'>%4</th></tr>")
                .arg(esc(tr("Time point")), esc(tr("Estimate (CI)")), esc(tr("p")), esc(tr("N")));
    const int columns = 5;
    for (const catalogue::ResultRecord &r : results) {
        QString first;
        if (showStudy) {
            first = internalLink(QStringLiteral("study"), r.studySlug, r.studyName);
        } else {
            first = internalLink(QStringLiteral("outcome"), r.outcomeSlug,
                                 r.outcomeAbbreviation.isEmpty() ? r.outcomeName
                                                                 : r.outcomeAbbreviation);
            if (!r.outcomeAbbreviation.isEmpty()) {
                first +=
                    QStringLiteral("<br/><span class='small'>%1</span>").arg(esc(r.outcomeName));
            }
        }
        const QString metric =
            r.metric == stats::Metric::None ? QString() : labels::metricShort(r.metric);
        QString ci = QStringLiteral("<b>%1</b>")
                         .arg(esc(metric.isEmpty() || !r.estimate
                                      ? estimateText(r)
                                      : metric + QLatin1Char(' ') + estimateText(r)));
        if (!r.estimate && !metric.isEmpty()) {
            ci += QStringLiteral("<br/><span class='small'>%1</span>")
                      .arg(esc(labels::metric(r.metric)));
        } else if (r.metric == stats::Metric::None) {
            // With a value, it is a check this program computed (its formula is shown below).
            ci += QStringLiteral("<br/><span class='small'>%1</span>")
                      .arg(esc(r.estimate ? tr("a computed value, not an effect size")
                                          : tr("no effect size: direction and p only")));
        }
        if (r.ciLevel && r.ciLow) {
            ci += QStringLiteral("<br/><span class='small'>%1</span>")
                      .arg(esc(tr("%1% CI").arg(number(*r.ciLevel))));
        } else if (r.ciLow) {
            ci += QStringLiteral("<br/><span class='small'>%1</span>")
                      .arg(esc(tr("CI, level not printed by the source")));
        }
        html += QStringLiteral("<tr><td valign='top'>%1</td><td valign='top'>%2</td>"
                               "<td valign='top'>%3</td><td valign='top'>%4</td>"
                               "<td valign='top'>%5</td></tr>")
                    .arg(first, orNotReported(r.timepoint), ci, pCell(r), orNotReported(r.n));

        // Provenance, method, notes and derived equivalents under the row.
        QString below = quoteHtml(r.quote, r.sourceShortLabel, r.origin);
        if (r.origin == QLatin1String("derived") && !r.derivation.isEmpty()) {
            below += QStringLiteral("<br/><span class='derived small'>%1</span>")
                         .arg(esc(tr("Derived by this program: %1").arg(r.derivation)));
        }
        QStringList details;
        if (!r.population.isEmpty()) {
            details << tr("Population: %1").arg(r.population);
        }
        if (!r.comparison.isEmpty()) {
            details << r.comparison;
        }
        if (!r.statisticalMethod.isEmpty()) {
            details << tr("Method: %1").arg(r.statisticalMethod);
        }
        if (!r.higherFavours.isEmpty()) {
            details << (r.higherFavours == QLatin1String("treatment")
                            ? tr("Higher values favour Cerebrolysin")
                            : tr("Higher values favour control"));
        }
        if (!details.isEmpty()) {
            below += QStringLiteral("<br/><span class='small'>%1</span>")
                         .arg(esc(details.join(QStringLiteral(" · "))));
        }
        if (!r.note.isEmpty()) {
            below += QStringLiteral("<br/><span class='small'>%1</span>")
                         .arg(esc(tr("Note: %1").arg(r.note)));
        }
        below += armSummariesHtml(r.arms);
        below += equivalentsHtml(r);
        if (!r.sourceDoi.isEmpty() || !r.sourcePmid.isEmpty()) {
            QStringList links;
            if (!r.sourceDoi.isEmpty()) {
                links << doiLink(r.sourceDoi);
            }
            if (!r.sourcePmid.isEmpty()) {
                links << pmidLink(r.sourcePmid);
            }
            below += QStringLiteral("<br/><span class='small'>%1</span>")
                         .arg(links.join(QStringLiteral(" · ")));
        }
        html += QStringLiteral("<tr><td colspan='%1'>%2</td></tr>").arg(columns).arg(below);
    }
    html += QStringLiteral("</table>");
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
    if (!s.doi.isEmpty()) {
        parts << doiLink(s.doi);
    }
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
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QString estimateText(const catalogue::ResultRecord &r)
{
    return evidence::formatEstimate(r.estimate, r.ciLow, r.ciHigh);
}

QString pText(const catalogue::ResultRecord &r)
{
    return evidence::formatP(r.pValue, r.pOperator);
}

QString studyHtml(const catalogue::StudyDetail &s)
{
    QString html = pageStart();
    html += QStringLiteral("<h2>%1</h2>").arg(esc(s.name));
    if (!s.title.isEmpty()) {
        html += QStringLiteral("<p class='sub'>%1</p>").arg(esc(s.title));
    }
    html += QStringLiteral("<p>%1 · %2 · %3 · %4</p>")
                .arg(esc(labels::design(s.design)), esc(labels::condition(s.condition)),
                     esc(labels::species(s.species)), sponsorshipBadge(s.sponsorship));
    if (!s.summary.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(s.summary));
    }

    // Results first: they are what most readers came for; the design follows.
    html += heading(tr("Results"));
    html += resultsHtml(s.results, false);

    html += discrepanciesHtml(s.discrepancies);

    html += heading(tr("Design and population"));
    FieldTable fields;
    fields.add(tr("Design"), esc(labels::design(s.design)));
    fields.add(tr("Condition"), esc(labels::condition(s.condition)));
    fields.add(tr("Severity"), orNotReported(s.severity));
    fields.add(tr("Species"), esc(labels::species(s.species)));
    fields.add(tr("Blinding"), orNotReported(s.blinding));
    fields.add(tr("Setting"), orNotReported(s.setting));
    fields.add(tr("Centres"), orNotReported(s.centres));
    QString enrolled = orNotReported(s.nEnrolled);
    fields.add(tr("N enrolled"), enrolled);
    QString analysed = orNotReported(s.nAnalysed);
    if (!s.nNote.isEmpty()) {
        analysed += QStringLiteral("<br/><span class='small'>%1</span>").arg(esc(s.nNote));
    }
    fields.add(tr("N analysed"), analysed);
    fields.add(tr("Intervention"), orNotReported(s.intervention));
    fields.add(tr("Control"), orNotReported(s.control));
    fields.add(tr("Timing"), orNotReported(s.timing));
    fields.add(tr("Treatment duration"), orNotReported(s.treatmentDuration));
    fields.add(tr("Follow-up"), orNotReported(s.followUp));
    fields.add(tr("Year"), orNotReported(s.year));
    fields.add(tr("Registration"), orNotReported(s.registration));
    if (!s.components.isEmpty()) {
        fields.add(tr("Pools the trials"), studyRefsHtml(s.components));
    }
    if (!s.parents.isEmpty()) {
        fields.add(tr("Pooled in"), studyRefsHtml(s.parents));
    }
    html += fields.html();

    html += heading(tr("Arms"));
    if (s.arms.isEmpty()) {
        html += QStringLiteral("<p class='nr'>%1</p>").arg(esc(tr("No arms reported.")));
    } else {
        html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='99%'>"
                               "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(esc(tr("Arm")), esc(tr("Description")), esc(tr("N randomised")),
                         esc(tr("N analysed")));
        for (const catalogue::StudyArmRecord &arm : s.arms) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(esc(labels::armRole(arm.role)), esc(arm.label),
                             orNotReported(arm.nRandomised), orNotReported(arm.nAnalysed));
            if (!arm.quote.isEmpty()) {
                html += QStringLiteral("<tr><td colspan='4'>%1</td></tr>")
                            .arg(quoteHtml(arm.quote, arm.sourceShortLabel, QString()));
            }
        }
        html += QStringLiteral("</table>");
    }

    html += heading(tr("Dosing"));
    if (s.dosing.isEmpty()) {
        html += QStringLiteral("<p class='nr'>%1</p>").arg(esc(tr("No dosing protocol recorded.")));
    }
    for (const catalogue::DosingRecord &dose : s.dosing) {
        QStringList parts;
        if (!dose.route.isEmpty()) {
            parts << labels::route(dose.route);
        }
        if (dose.volumeMlMin || dose.volumeMlMax) {
            const QString low = dose.volumeMlMin ? number(*dose.volumeMlMin) : QString();
            const QString high = dose.volumeMlMax ? number(*dose.volumeMlMax) : QString();
            const QString range = low == high || high.isEmpty() ? low
                                  : low.isEmpty()               ? high
                                                  : low + QStringLiteral("–") + high;
            parts << (dose.perKg ? tr("%1 mL/kg").arg(range) : tr("%1 mL").arg(range));
        }
        if (!dose.frequency.isEmpty()) {
            parts << dose.frequency;
        }
        if (dose.durationDaysMin || dose.durationDaysMax) {
            const int low = dose.durationDaysMin.value_or(dose.durationDaysMax.value_or(0));
            const int high = dose.durationDaysMax.value_or(low);
            parts << (low == high ? tr("%1 days").arg(low) : tr("%1–%2 days").arg(low).arg(high));
        }
        html +=
            QStringLiteral("<p><b>%1</b>%2%3%4<br/>%5</p>")
                .arg(esc(dose.label),
                     parts.isEmpty() ? QString()
                                     : QStringLiteral(": ") + esc(parts.join(QStringLiteral(", "))),
                     dose.schedule.isEmpty() ? QString()
                                             : QStringLiteral("<br/>") + esc(dose.schedule),
                     dose.note.isEmpty()
                         ? QString()
                         : QStringLiteral("<br/><span class='small'>%1</span>").arg(esc(dose.note)),
                     quoteHtml(dose.quote, dose.sourceShortLabel, dose.origin));
    }

    if (!s.provenance.isEmpty()) {
        html += heading(tr("Where the study's numbers come from"));
        html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
        for (const catalogue::FieldProvenanceRecord &p : s.provenance) {
            html += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>")
                        .arg(esc(p.field), quoteHtml(p.quote, p.sourceShortLabel, p.origin));
        }
        html += QStringLiteral("</table>");
    }

    html += heading(tr("Sources"));
    if (s.sources.isEmpty()) {
        html += QStringLiteral("<p class='nr'>%1</p>").arg(esc(tr("No source recorded.")));
    }
    for (const catalogue::StudySourceRecord &link : s.sources) {
        const catalogue::SourceRecord &src = link.source;
        html += QStringLiteral("<p>%1 <span class='small'>(%2)</span> %3<br/>%4")
                    .arg(internalLink(QStringLiteral("source"), src.slug, src.shortLabel),
                         esc(labels::studySourceRole(link.role)), sponsorshipBadge(src.sponsorship),
                         citationHtml(src));
        const QString ids = identifiersHtml(src);
        if (!ids.isEmpty()) {
            html += QStringLiteral("<br/>") + ids;
        }
        if (!link.note.isEmpty()) {
            html += QStringLiteral("<br/><span class='small'>%1</span>").arg(esc(link.note));
        }
        if (!src.verificationNote.isEmpty()) {
            html += QStringLiteral("<br/><span class='small'>%1</span>")
                        .arg(esc(tr("Verification: %1").arg(src.verificationNote)));
        }
        html += QStringLiteral("</p>");
    }
    html += pageEnd();
    return html;
}

QString outcomeHtml(const catalogue::OutcomeMeasureRecord &o,
                    const QList<catalogue::ResultRecord> &results)
{
    QString html = pageStart();
    html += QStringLiteral("<h2>%1</h2>").arg(esc(o.name));
    if (!o.abbreviation.isEmpty()) {
        html += QStringLiteral("<p class='sub'>%1</p>").arg(esc(o.abbreviation));
    }
    FieldTable fields;
    fields.add(tr("Domain"), esc(labels::domain(o.domain)));
    fields.add(tr("Direction of benefit"), esc(labels::direction(o.direction)));
    QString range;
    if (o.rangeMin || o.rangeMax) {
        range =
            QStringLiteral("%1 to %2").arg(orNotReported(o.rangeMin), orNotReported(o.rangeMax));
    } else {
        range = orNotReported(std::optional<double>());
    }
    fields.add(tr("Range"), range);
    if (o.isEnsemble) {
        fields.add(tr("Kind"), esc(tr("Ensemble of several scales (Wei-Lachin)")));
    }
    html += fields.html();
    if (!o.description.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(o.description));
    }
    html += heading(tr("Results across studies"));
    html += resultsHtml(results, true);
    html += pageEnd();
    return html;
}

QString mechanismHtml(const catalogue::MechanismRecord &m)
{
    QString html = pageStart();
    html += QStringLiteral("<h2>%1</h2>").arg(esc(m.category));
    html += QStringLiteral("<p>%1</p>").arg(esc(m.description));
    html += QStringLiteral("<p>%1</p>").arg(quoteHtml(m.quote, m.sourceShortLabel, QString()));

    html += heading(tr("Molecular targets"));
    if (m.targets.isEmpty()) {
        html += QStringLiteral("<p class='nr'>%1</p>").arg(esc(tr("No targets named.")));
    } else {
        html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='99%'>"
                               "<tr><th width='22%'>%1</th><th width='40%'>%2</th>"
                               "<th width='38%'>%3</th></tr>")
                    .arg(esc(tr("Direction")), esc(tr("Target")), esc(tr("Kind")));
        for (const catalogue::MechanismTargetRecord &t : m.targets) {
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>")
                        .arg(esc(labels::targetDirection(t.direction)), esc(t.name), esc(t.kind));
            if (!t.quote.isEmpty() || !t.description.isEmpty()) {
                html += QStringLiteral("<tr><td colspan='3'>%1%2</td></tr>")
                            .arg(t.description.isEmpty()
                                     ? QString()
                                     : QStringLiteral("<span class='small'>%1</span><br/>")
                                           .arg(esc(t.description)),
                                 quoteHtml(t.quote, QString(), QString()));
            }
        }
        html += QStringLiteral("</table>");
    }

    html += heading(tr("Evidence"));
    if (m.evidence.isEmpty()) {
        html += QStringLiteral("<p class='nr'>%1</p>").arg(esc(tr("No evidence linked.")));
    }
    for (const catalogue::MechanismEvidenceRecord &e : m.evidence) {
        QString study = e.studySlug.isEmpty()
                            ? esc(tr("No study"))
                            : internalLink(QStringLiteral("study"), e.studySlug, e.studyName);
        html += QStringLiteral("<p><b>%1</b> · %2<br/>%3<br/>%4</p>")
                    .arg(esc(labels::support(e.support)), study, esc(e.note),
                         quoteHtml(e.quote, e.sourceShortLabel, QString()));
    }
    html += pageEnd();
    return html;
}

QString claimHtml(const catalogue::ClaimRecord &c)
{
    QString html = pageStart();
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Claim of the article")));
    html += QStringLiteral("<table cellpadding='8' width='99%'><tr><td bgcolor='#f2f4f7'>"
                           "<span class='quote'>“%1”</span><br/><span class='small'>%2</span>"
                           "</td></tr></table>")
                .arg(esc(c.text), esc(c.sourceShortLabel));
    const QString colour = c.verdict == QLatin1String("consistent")     ? QStringLiteral("#1d5e20")
                           : c.verdict == QLatin1String("not_verified") ? QStringLiteral("#555555")
                                                                        : QStringLiteral("#a33a00");
    html += QStringLiteral("<p><b>%1</b> <span style='color:%2; font-weight:bold'>%3</span></p>")
                .arg(esc(tr("Verdict:")), colour, esc(labels::verdict(c.verdict)));
    if (!c.verdictNote.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(c.verdictNote));
    }
    FieldTable fields;
    fields.add(tr("Topic"), esc(labels::topic(c.topic)));
    fields.add(tr("Kind"), esc(c.kind == QLatin1String("quantitative") ? tr("Quantitative")
                                                                       : tr("Qualitative")));
    fields.add(tr("Study"), c.studySlug.isEmpty()
                                ? orNotReported(QString())
                                : internalLink(QStringLiteral("study"), c.studySlug, c.studyName));
    html += fields.html();
    if (c.result) {
        html += heading(tr("The result the claim rests on"));
        html += resultsHtml({*c.result}, true);
    }
    html += discrepanciesHtml(c.discrepancies);
    html += pageEnd();
    return html;
}

QString sourceHtml(const catalogue::SourceRecord &s)
{
    QString html = pageStart();
    html += QStringLiteral("<h2>%1</h2>").arg(esc(s.shortLabel));
    html += QStringLiteral("<p>%1 · %2</p>")
                .arg(esc(labels::sourceKind(s.kind)), sponsorshipBadge(s.sponsorship));
    html += QStringLiteral("<p>%1</p>").arg(citationHtml(s));
    const QString ids = identifiersHtml(s);
    html += QStringLiteral("<p>%1</p>")
                .arg(ids.isEmpty() ? QStringLiteral("<span class='nr'>%1</span>")
                                         .arg(esc(tr("No DOI or PMID verified")))
                                   : ids);
    if (!s.verificationNote.isEmpty()) {
        html += heading(tr("Verification"));
        html += QStringLiteral("<p>%1</p>").arg(esc(s.verificationNote));
    }
    if (!s.notes.isEmpty()) {
        html += heading(tr("Notes"));
        html += QStringLiteral("<p>%1</p>").arg(esc(s.notes));
    }
    html += heading(tr("Studies"));
    html += s.studies.isEmpty()
                ? QStringLiteral("<p class='nr'>%1</p>").arg(esc(tr("No study linked.")))
                : QStringLiteral("<p>%1</p>").arg(studyRefsHtml(s.studies));
    html += pageEnd();
    return html;
}

QString messageHtml(const QString &title, const QString &text)
{
    return pageStart() + QStringLiteral("<h2>%1</h2><p>%2</p>").arg(esc(title), esc(text)) +
           pageEnd();
}

} // namespace eb::gui::detail
