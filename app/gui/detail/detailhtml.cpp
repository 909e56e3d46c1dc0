#include "gui/detail/detailhtml.h"

#include "gui/detail/detailparts.h"
#include "gui/models/labels.h"

#include <QStringList>

namespace eb::gui::detail {

using namespace parts;

namespace {

// Under the title of a record the user entered: whose it is.
QString userRecordLine(bool userRecord)
{
    return userRecord ? QStringLiteral("<p class=\"user-record\"><b>%1</b></p>")
                            .arg(esc(catalogue::vocabulary::userRecordNote()))
                      : QString();
}

// A synthesis's links to the trials it pooled (or a trial's to the syntheses that pooled it),
// one line each: the other study, the outcome (or every outcome), the source's words, and
// "(yours)" for a link the user entered.
QString inclusionsHtml(const catalogue::StudyDetail &s, bool asSynthesis)
{
    QStringList lines;
    for (const catalogue::SynthesisInclusionRecord &link : s.inclusions) {
        if ((asSynthesis ? link.synthesis.id : link.trial.id) != s.id) {
            continue;
        }
        const catalogue::StudyRef &other = asSynthesis ? link.trial : link.synthesis;
        lines << QStringLiteral("%1 · %2<br/><span class='small'>%3</span>")
                     .arg(internalLink(
                              QStringLiteral("study"), other.slug,
                              catalogue::vocabulary::markUserRecord(other.name, link.userRecord)),
                          esc(link.outcomeName.isEmpty() ? tr("every outcome it reports")
                                                         : tr("for %1").arg(link.outcomeName)),
                          quoteHtml({link.quote, link.statementKind, link.statementWhere,
                                     link.sourceShortLabel},
                                    QString()));
    }
    return lines.join(QStringLiteral("<br/>"));
}

} // namespace

QString studyHtml(const catalogue::StudyDetail &s, int shownRows)
{
    QString html = pageStart();
    html += QStringLiteral("<h2>%1</h2>").arg(esc(s.name)) + userRecordLine(s.userRecord);
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
    html += resultsHtml(s.results, false, !s.userRecord, shownRows);

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
    fields.add(tr("Enrolled"), enrolled);
    QString analysed = orNotReported(s.nAnalysed);
    if (!s.nNote.isEmpty()) {
        analysed += QStringLiteral("<br/><span class='small'>%1</span>").arg(esc(s.nNote));
    }
    fields.add(tr("Analysed"), analysed);
    fields.add(tr("Intervention"), orNotReported(s.intervention));
    fields.add(tr("Control"), orNotReported(s.control));
    fields.add(tr("Timing"), orNotReported(s.timing));
    fields.add(tr("Treatment duration"), orNotReported(s.treatmentDuration));
    fields.add(tr("Follow-up"), orNotReported(s.followUp));
    fields.add(tr("Year"), orNotReported(s.year));
    fields.add(tr("Registration"), orNotReported(s.registration));
    if (!s.components.isEmpty()) {
        fields.add(tr("Pools the trials"), inclusionsHtml(s, true));
    }
    if (!s.parents.isEmpty()) {
        fields.add(tr("Pooled in"), inclusionsHtml(s, false));
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
                            .arg(quoteHtml(evidence::statementOf(arm), QString()));
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
        if (dose.userRecord) {
            parts << catalogue::vocabulary::userRecordNote();
        }
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
                     quoteHtml(evidence::statementOf(dose), dose.origin));
    }

    if (!s.provenance.isEmpty()) {
        html += heading(tr("Where the study's numbers come from"));
        html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
        for (const catalogue::FieldProvenanceRecord &p : s.provenance) {
            QString label = fieldLabel(p.entity, p.field);
            for (const catalogue::StudyArmRecord &arm : s.arms) {
                if (p.entity == QLatin1String("study_arm") && arm.id == p.entityId) {
                    label = tr("%1 arm: %2").arg(labels::armRole(arm.role), label.toLower());
                }
            }
            html += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>")
                        .arg(esc(label), quoteHtml(evidence::statementOf(p), p.origin));
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
        const QString ids = identifiersHtml(src); // blocks: no <br/> before or after
        QStringList after;
        if (!link.note.isEmpty()) {
            after << QStringLiteral("<span class='small'>%1</span>").arg(esc(link.note));
        }
        if (!src.verificationNote.isEmpty()) {
            after << QStringLiteral("<span class='small'>%1</span>")
                         .arg(esc(tr("Verification: %1").arg(src.verificationNote)));
        }
        html += ids;
        if (!after.isEmpty()) {
            html += (ids.isEmpty() ? QStringLiteral("<br/>") : QString()) +
                    after.join(QStringLiteral("<br/>"));
        }
        html += QStringLiteral("</p>");
    }
    html += pageEnd();
    return html;
}

QString outcomeHtml(const catalogue::OutcomeMeasureRecord &o,
                    const QList<catalogue::ResultRecord> &results, int shownRows)
{
    QString html = pageStart();
    html += QStringLiteral("<h2>%1</h2>").arg(esc(o.name)) + userRecordLine(o.userRecord);
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
    html += resultsHtml(results, true, true, shownRows);
    html += pageEnd();
    return html;
}

QString mechanismHtml(const catalogue::MechanismRecord &m)
{
    QString html = pageStart();
    html += QStringLiteral("<h2>%1</h2>").arg(esc(m.category)) + userRecordLine(m.userRecord);
    html += QStringLiteral("<p>%1</p>").arg(esc(m.description));
    html += QStringLiteral("<p>%1</p>").arg(quoteHtml(evidence::statementOf(m), QString()));

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
                        .arg(esc(labels::targetDirection(t.direction)),
                             esc(catalogue::vocabulary::markUserRecord(t.name, t.userRecord)),
                             esc(t.kind));
            if (!t.quote.isEmpty() || !t.description.isEmpty()) {
                html += QStringLiteral("<tr><td colspan='3'>%1%2</td></tr>")
                            .arg(t.description.isEmpty()
                                     ? QString()
                                     : QStringLiteral("<span class='small'>%1</span><br/>")
                                           .arg(esc(t.description)),
                                 quoteHtml({t.quote, t.statementKind, {}, {}}, QString()));
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
                         quoteHtml(evidence::statementOf(e), QString()));
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
    namespace key = eb::catalogue::vocabulary::key;
    const QString colour = c.verdict == key::consistent    ? QStringLiteral("#1d5e20")
                           : c.verdict == key::notVerified ? QStringLiteral("#555555")
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
    html += QStringLiteral("<h2>%1</h2>").arg(esc(s.shortLabel)) + userRecordLine(s.userRecord);
    html += QStringLiteral("<p>%1 · %2</p>")
                .arg(esc(labels::sourceKind(s.kind)), sponsorshipBadge(s.sponsorship));
    html += QStringLiteral("<p>%1</p>").arg(citationHtml(s));
    const QString ids = identifiersHtml(s);
    html += QStringLiteral("<p>%1</p>")
                .arg(ids.isEmpty() ? QStringLiteral("<span class='nr'>%1</span>")
                                         .arg(esc(tr("No DOI or PMID verified")))
                                   : ids);
    if (s.versionOf || !s.versions.isEmpty()) {
        // Each version is a source of its own; the pages link to each other.
        html += heading(tr("Versions"));
        const auto link = [](const catalogue::SourceVersionRef &v) {
            return internalLink(QStringLiteral("source"), v.slug, v.shortLabel);
        };
        if (s.versionOf) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("An earlier version of %1.").arg(link(*s.versionOf)));
        }
        for (const catalogue::SourceVersionRef &v : s.versions) {
            html += QStringLiteral("<p>%1</p>").arg(tr("Earlier version: %1.").arg(link(v)));
        }
    }
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
