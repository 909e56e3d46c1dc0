#include "export/evidencesummary.h"

#include "charts/forestplot.h"
#include "evidence/forestdata.h"
#include "evidence/forestpanels.h"
#include "evidence/resultline.h"
#include "evidence/studycompare.h"
#include "evidence/syntheses.h"
#include "model/cataloguereader.h"
#include "model/vocabulary.h"
#include "output/messagetext.h"
#include "output/textformats.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <algorithm>

namespace eb::exporting {

using namespace eb::catalogue;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::exporting::summary", text);
}

// Entities for markup, and no control character a parser would refuse.
QString esc(const QString &text)
{
    return eb::output::xmlEscaped(text);
}

namespace vocabulary = eb::catalogue::vocabulary;

// "MW", "d", "OR" as the vocabulary names them; a direction-only result has no metric.
QString metricName(eb::stats::Metric metric)
{
    return metric == eb::stats::Metric::None ? QString()
                                             : eb::catalogue::vocabulary::metricShort(metric);
}

QString notReported()
{
    return tr("not reported");
}

QString count(const std::optional<int> &value)
{
    return value ? QString::number(*value) : notReported();
}

// "0.62 (0.58 to 0.65)", "0.90 (0.59 to 1.38)", "0.62 (CI not reported)", "not reported":
// the one formatter, with the digits the source printed.
QString estimateText(const ResultRecord &r)
{
    return eb::evidence::reportedEstimate(r);
}

QString pText(const ResultRecord &r)
{
    return r.pValue ? eb::evidence::reportedP(r) : QString();
}

QString row(const QStringList &cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString out = QStringLiteral("<tr>");
    for (const QString &cell : cells) {
        out += QStringLiteral("<%1>%2</%1>").arg(tag, cell);
    }
    return out + QStringLiteral("</tr>");
}

QString section(const QString &title)
{
    return QStringLiteral("<h2>%1</h2>").arg(esc(title));
}

QString field(const QString &name, const QString &value)
{
    if (value.isEmpty()) {
        return QString();
    }
    const bool stop = value.endsWith(QLatin1Char('.'));
    return QStringLiteral("<b>%1:</b> %2%3 ")
        .arg(esc(name), esc(value), stop ? QString() : QStringLiteral("."));
}

// The catalogue's notes point its editors at the repository's research notes
// ("references.md section 2"); a reader of the summary has no such file, so the summary names
// the catalogue's reference list instead and drops the section pointer.
void withoutInternalFiles(QString &html)
{
    static const QRegularExpression pointer(
        QStringLiteral("\\s*\\(references\\.md(,? section \\d+)?\\)"));
    static const QRegularExpression section(QStringLiteral("references\\.md,? section \\d+"));
    html.remove(pointer);
    html.replace(section, tr("the catalogue's reference list"));
    html.replace(QStringLiteral("references.md"), tr("the catalogue's reference list"));
}

// The panels the summary draws (forestPanelsFromResults drops a result with nothing to draw,
// so no panel is only "not reported" rows).
eb::evidence::ForestPanels summaryPanels(const EvidenceSummary &summary)
{
    eb::evidence::ForestPanels panels =
        eb::evidence::forestPanelsFromResults(summary.study.results);
    eb::evidence::titlePanels(panels, summary.study.name);
    return panels;
}

} // namespace

std::optional<EvidenceSummary> readEvidenceSummary(const CatalogueReader &catalogue,
                                                   const QString &slug, QString *error)
{
    EvidenceSummary summary;
    const std::optional<StudyDetail> study = catalogue.study(slug);
    if (!study) {
        *error = catalogue.lastError().isEmpty()
                     ? tr("no study '%1' in the catalogue").arg(eb::output::elidedInput(slug))
                     : catalogue.lastError();
        return std::nullopt;
    }
    summary.study = *study;
    for (const ClaimRecord &claim : catalogue.claims()) {
        if (claim.studyId && *claim.studyId == study->id) {
            summary.claims << claim;
        }
    }
    for (const StudyRef &parent : study->parents) {
        if (const auto review = catalogue.study(parent.slug)) {
            summary.reviews << *review;
        }
    }
    for (const StudySourceRecord &source : study->sources) {
        summary.references << source.source;
    }
    summary.catalogueBuildId = catalogue.info(QStringLiteral("build_id"));
    return summary;
}

QString referenceText(const SourceRecord &s)
{
    QStringList parts;
    if (!s.authors.isEmpty()) {
        parts << s.authors +
                     (s.authors.endsWith(QLatin1Char('.')) ? QString() : QStringLiteral("."));
    }
    if (!s.title.isEmpty()) {
        parts << s.title + (s.title.endsWith(QLatin1Char('?')) ? QString() : QStringLiteral("."));
    }
    QString where = s.journal;
    if (s.year) {
        where += (where.isEmpty() ? QString() : QStringLiteral(". ")) + QString::number(*s.year);
    }
    if (!s.volume.isEmpty()) {
        where += QLatin1Char(';') + s.volume;
    }
    if (!s.issue.isEmpty()) {
        where +=
            (s.volume.isEmpty() ? QStringLiteral(";(%1)") : QStringLiteral("(%1)")).arg(s.issue);
    }
    if (!s.pages.isEmpty()) {
        where += QLatin1Char(':') + s.pages;
    }
    if (!where.isEmpty()) {
        parts << where + QLatin1Char('.');
    }
    if (!s.doi.isEmpty()) {
        parts << QStringLiteral("doi:%1.").arg(s.doi);
    }
    if (!s.pmid.isEmpty()) {
        parts << QStringLiteral("PMID %1.").arg(s.pmid);
    }
    if (!s.pmcid.isEmpty()) {
        parts << QStringLiteral("%1.").arg(s.pmcid);
    }
    if (!s.registration.isEmpty()) {
        parts << tr("Registration %1.").arg(s.registration);
    }
    if (s.authors.isEmpty() && s.title.isEmpty()) {
        parts.prepend(s.shortLabel + QLatin1Char('.'));
    }
    return parts.join(QLatin1Char(' '));
}

SummaryHtml summaryHtml(const EvidenceSummary &summary)
{
    const StudyDetail &s = summary.study;
    SummaryHtml html;
    QString &top = html.top;
    top += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Evidence summary: %1").arg(s.name)));
    if (!s.title.isEmpty()) {
        top += QStringLiteral("<p><i>%1</i></p>").arg(esc(s.title));
    }
    QStringList design{vocabulary::design(s.design), vocabulary::condition(s.condition),
                       vocabulary::species(s.species)};
    if (!s.blinding.isEmpty()) {
        design << s.blinding;
    }
    if (s.year) {
        design << QString::number(*s.year);
    }
    design.removeAll(QString());
    top += QStringLiteral("<p>") + field(tr("Design"), design.join(QStringLiteral(", "))) +
           field(tr("Sponsorship"), vocabulary::sponsorship(s.sponsorship)) +
           field(tr("Registration"), s.registration) + QStringLiteral("</p>");
    top += QStringLiteral("<p>") + field(tr("Severity"), s.severity) +
           field(tr("Setting"), s.setting) +
           field(tr("Centres"), s.centres ? QString::number(*s.centres) : QString()) +
           field(tr("Enrolled"), count(s.nEnrolled)) + field(tr("Analysed"), count(s.nAnalysed)) +
           field(tr("About N"), s.nNote) + QStringLiteral("</p>");
    top += QStringLiteral("<p>") + field(tr("Intervention"), s.intervention) +
           field(tr("Control"), s.control) + field(tr("Timing"), s.timing) +
           field(tr("Treatment"), s.treatmentDuration) + field(tr("Follow-up"), s.followUp) +
           QStringLiteral("</p>");
    if (!s.summary.isEmpty()) {
        top += QStringLiteral("<p>%1</p>").arg(esc(s.summary));
    }
    if (!s.arms.isEmpty()) {
        top += section(tr("Arms"));
        top += QStringLiteral("<table>") +
               row({tr("Arm"), tr("Role"), tr("Randomised"), tr("Analysed")}, true);
        for (const StudyArmRecord &arm : s.arms) {
            top += row({esc(arm.label), esc(vocabulary::armRole(arm.role)), count(arm.nRandomised),
                        count(arm.nAnalysed)});
        }
        top += QStringLiteral("</table>");
    }
    if (!s.dosing.isEmpty()) {
        top += section(tr("Dosing"));
        top += QStringLiteral("<table>") +
               row({tr("Protocol"), tr("Route"), tr("Frequency and schedule"), tr("Source")}, true);
        for (const DosingRecord &d : s.dosing) {
            QStringList what{d.frequency, d.schedule};
            what.removeAll(QString());
            top += row({esc(d.label), esc(vocabulary::route(d.route)),
                        esc(what.join(QStringLiteral("; "))), esc(d.sourceShortLabel)});
        }
        top += QStringLiteral("</table>");
    }

    top += section(tr("Results"));
    if (s.results.isEmpty()) {
        top += QStringLiteral("<p>%1</p>")
                   .arg(esc(tr("The catalogue holds no result for this study.")));
    } else {
        top += QStringLiteral("<table>") +
               row({tr("Outcome"), tr("Timepoint"), tr("Metric"), tr("Estimate (CI)"), tr("p"),
                    tr("N"), tr("Source"), tr("Origin")},
                   true);
        QStringList formulas;
        for (const ResultRecord &r : s.results) {
            QString origin = esc(vocabulary::origin(r.origin));
            if (r.origin == QLatin1String("derived")) {
                formulas << r.derivation;
                origin += QStringLiteral("<sup>%1</sup>").arg(formulas.size());
            }
            const QString outcome = r.outcomeShortName();
            top += row({esc(outcome), esc(r.timepoint), esc(metricName(r.metric)),
                        esc(estimateText(r)), esc(pText(r)),
                        r.n ? QString::number(*r.n) : QString(), esc(r.sourceShortLabel), origin});
        }
        top += QStringLiteral("</table>");
        for (qsizetype i = 0; i < formulas.size(); ++i) {
            top += QStringLiteral("<p class=\"note\"><sup>%1</sup> %2 %3</p>")
                       .arg(i + 1)
                       .arg(esc(tr("Derived by this program:")),
                            esc(formulas.at(i).isEmpty() ? tr("formula not recorded")
                                                         : formulas.at(i)));
        }
        // What the plots below add or leave out: a row derived here (drawn hollow) with its
        // formula, and each result with no value to draw.
        const eb::evidence::ForestPanels panels = summaryPanels(summary);
        QStringList derivedRows;
        for (const eb::evidence::ForestSpec &spec : panels.panels) {
            for (const eb::evidence::ForestRow &r : spec.rows) {
                // A catalogue record of origin "derived" has its footnote above already.
                const bool footnoted = std::any_of(
                    s.results.cbegin(), s.results.cend(), [&r](const ResultRecord &result) {
                        return r.resultId && result.id == *r.resultId &&
                               result.origin == QLatin1String("derived");
                    });
                if (r.derived && !footnoted) {
                    QStringList label{r.outcome, r.timepoint};
                    label.removeAll(QString());
                    derivedRows << tr("%1: %2").arg(label.join(QStringLiteral(", ")), r.derivation);
                }
            }
        }
        // One paragraph each, so that the page keeps its size.
        if (!derivedRows.isEmpty()) {
            top += QStringLiteral("<p class=\"note\">%1</p>")
                       .arg(esc(tr("Drawn as derived by this program (hollow marker): %1.")
                                    .arg(derivedRows.join(QStringLiteral("; ")))));
        }
        if (!panels.notDrawn.isEmpty()) {
            top += QStringLiteral("<p class=\"note\">%1</p>")
                       .arg(esc(tr("Not drawn: %1").arg(panels.notDrawn.join(QLatin1Char(' ')))));
        }
    }

    QString &bottom = html.bottom;
    bottom += section(tr("What reviews that pool it say"));
    if (summary.reviews.isEmpty()) {
        bottom +=
            QStringLiteral("<p>%1</p>")
                .arg(esc(tr("No review or meta-analysis in the catalogue pools this study.")));
    }
    // Each review as the Syntheses view reads it (eb::review::synthesesByCondition): its
    // sponsor, its words, and its reported findings, harms at the same weight as benefits.
    for (const eb::review::ConditionSyntheses &c :
         eb::review::synthesesByCondition(summary.reviews)) {
        for (const auto *group : {&c.independent, &c.industry, &c.unknownSponsor}) {
            for (const eb::review::SynthesisEntry &e : *group) {
                const StudyDetail &review = e.study;
                bottom +=
                    QStringLiteral("<p><b>%1</b> (%2; %3): %4")
                        .arg(esc(review.name), esc(vocabulary::design(review.design)),
                             esc(vocabulary::sponsorship(review.sponsorship)), esc(review.summary));
                const auto findings = [](const QList<ResultRecord> &results) {
                    QStringList out;
                    for (const ResultRecord &r : results) {
                        out << QStringLiteral("%1 %2").arg(r.outcomeShortName(),
                                                           eb::review::effectText(r));
                    }
                    return out.isEmpty() ? tr("none recorded") : out.join(QStringLiteral("; "));
                };
                bottom += QStringLiteral("<br/><i>%1</i> %2. <i>%3</i> %4.</p>")
                              .arg(esc(tr("Its findings, benefits:")), esc(findings(e.benefits)),
                                   esc(tr("Harms:")), esc(findings(e.harms)));
            }
        }
    }
    bottom += section(tr("The article's claims about it"));
    if (summary.claims.isEmpty()) {
        bottom += QStringLiteral("<p>%1</p>").arg(esc(tr("The article makes no claim about it.")));
    } else {
        bottom += QStringLiteral("<table>") + row({tr("Claim"), tr("Verdict"), tr("Why")}, true);
        for (const ClaimRecord &claim : summary.claims) {
            bottom +=
                row({esc(claim.text),
                     QStringLiteral("<b>%1</b>").arg(esc(vocabulary::verdictShort(claim.verdict))),
                     esc(claim.verdictNote)});
        }
        bottom += QStringLiteral("</table>");
    }
    for (const DiscrepancyRecord &d : s.discrepancies) {
        bottom += QStringLiteral("<p class=\"note\">%1</p>")
                      .arg(esc(tr("Discrepancy, %1: the article says %2; %3 says %4.")
                                   .arg(d.subject, d.articleValue, d.primarySourceShortLabel,
                                        d.sourceValue)));
    }
    bottom += section(tr("References"));
    bottom += QStringLiteral("<ol>");
    for (const SourceRecord &source : summary.references) {
        QString text = esc(referenceText(source));
        if (!source.doi.isEmpty()) {
            // The DOI as a link a reader can follow (percent-encoded, then escaped as markup).
            const QString doi = esc(QStringLiteral("doi:") + source.doi);
            const QString url = QStringLiteral("https://doi.org/") +
                                QString::fromLatin1(QUrl::toPercentEncoding(source.doi, "/"));
            text.replace(doi, QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(url), doi));
        }
        bottom += QStringLiteral("<li>%1</li>").arg(text);
    }
    bottom += QStringLiteral("</ol>");
    bottom += QStringLiteral("<p class=\"note\">%1</p>")
                  .arg(esc(tr("Evidence Browser %1, catalogue build %2. Reported values are "
                              "the sources' own numbers; derived values are computed by this "
                              "program with the formula stated. Educational software: this "
                              "summary is not medical advice.")
                               .arg(summary.programVersion, summary.catalogueBuildId.isEmpty()
                                                                ? tr("unknown")
                                                                : summary.catalogueBuildId)));
    withoutInternalFiles(html.top);
    withoutInternalFiles(html.bottom);
    return html;
}

std::vector<std::unique_ptr<eb::charts::ForestPlot>> summaryForests(const EvidenceSummary &summary)
{
    eb::evidence::ForestPanels panels = summaryPanels(summary);
    std::vector<std::unique_ptr<eb::charts::ForestPlot>> plots;
    for (eb::evidence::ForestSpec &spec : panels.panels) {
        plots.push_back(std::make_unique<eb::charts::ForestPlot>(std::move(spec)));
    }
    return plots;
}

} // namespace eb::exporting
