#include "evidence/format.h"
#include "evidence/readernames.h"
#include "evidence/resultline.h"
#include "evidence/resultorder.h"
#include "evidence/statement.h"
#include "gui/detail/detailhtml.h"
#include "gui/detail/detailparts.h"
#include "gui/detail/effectequivalents.h"
#include "model/vocabulary.h"

#include <QHash>
#include <QStringList>

namespace eb::gui::detail::parts {

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

namespace {

QString armSummariesHtml(const QList<catalogue::ArmSummaryRecord> &arms)
{
    QString html;
    for (const catalogue::ArmSummaryRecord &arm : arms) {
        QStringList parts;
        if (arm.n) {
            parts << QStringLiteral("N = %1").arg(*arm.n);
        }
        if (arm.mean) {
            parts << tr("mean %1").arg(evidence::formatPrinted(*arm.mean, arm.meanDecimals));
        }
        if (arm.sd) {
            parts << tr("SD %1").arg(evidence::formatPrinted(*arm.sd, arm.sdDecimals));
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
                     quoteHtml(evidence::statementOf(arm), arm.origin));
    }
    return html;
}

// The p column: "0.0119" for p = 0.0119, "< 0.0001" for p < 0.0001 (the header says "p").
QString pCell(const catalogue::ResultRecord &r)
{
    if (!r.pValue) {
        return orNotReported(std::optional<double>());
    }
    return esc(evidence::reportedPCell(r));
}

QString firstCell(const catalogue::ResultRecord &r, bool showStudy)
{
    if (showStudy) {
        return internalLink(QStringLiteral("study"), r.studySlug, r.studyName);
    }
    QString first = internalLink(QStringLiteral("outcome"), r.outcomeSlug, r.outcomeShortName());
    if (!r.outcomeAbbreviation.isEmpty()) {
        first += QStringLiteral("<br/><span class='small'>%1</span>").arg(esc(r.outcomeName));
    }
    return first;
}

// A result the user entered says so above its source's words: the study or outcome whose page
// lists it may be bundled.
QString yoursLine(const catalogue::ResultRecord &r, bool markUser)
{
    return markUser && r.userRecord
               ? QStringLiteral("<b>%1</b><br/>").arg(esc(catalogue::vocabulary::userRecordNote()))
               : QString();
}

QString estimateCell(const catalogue::ResultRecord &r)
{
    // Nothing leads a value that is not an effect size (metric None).
    const QString metric =
        r.metric == stats::Metric::None ? QString() : labels::metricShort(r.metric);
    QString ci = QStringLiteral("<b>%1</b>")
                     .arg(esc(metric.isEmpty() || !r.estimate
                                  ? estimateText(r)
                                  : metric + QLatin1Char(' ') + estimateText(r)));
    if (!r.estimate && !metric.isEmpty()) {
        ci +=
            QStringLiteral("<br/><span class='small'>%1</span>").arg(esc(labels::metric(r.metric)));
    } else if (r.metric == stats::Metric::None) {
        // With a value, it is a check this program computed (its formula is shown below).
        ci += QStringLiteral("<br/><span class='small'>%1</span>")
                  .arg(esc(r.estimate ? tr("a computed value, not an effect size")
                                      : tr("no effect size: direction and p only")));
    }
    if (r.ciLevel && r.ciLow) {
        ci += QStringLiteral("<br/><span class='small'>%1</span>")
                  .arg(esc(tr("%1% CI").arg(evidence::formatCiLevel(*r.ciLevel))));
    } else if (r.ciLow) {
        ci += QStringLiteral("<br/><span class='small'>%1</span>")
                  .arg(esc(tr("CI, level not printed by the source")));
    }
    return ci;
}

// Where one source's copy of a result comes from: its words, how it was obtained, its notes,
// its arm summaries and its links.
QString sourceBlock(const catalogue::ResultRecord &r)
{
    QString below = quoteHtml(evidence::statementOf(r), r.origin);
    if (!r.population.isEmpty()) {
        below += QStringLiteral("<br/><span class='small'>%1</span>")
                     .arg(esc(tr("Population: %1").arg(r.population)));
    }
    if (r.origin == QLatin1String("derived") && !r.derivation.isEmpty()) {
        below += QStringLiteral("<br/><span class='derived small'>%1</span>")
                     .arg(esc(tr("Derived by this program: %1").arg(r.derivation)));
    }
    if (!r.note.isEmpty()) {
        below += QStringLiteral("<br/><span class='small'>%1</span>")
                     .arg(esc(tr("Note: %1").arg(r.note)));
    }
    below += armSummariesHtml(r.arms);
    if (!r.sourceDoi.isEmpty() || !r.sourcePmid.isEmpty()) {
        below += identifierBlocks(r.sourceDoi,
                                  r.sourcePmid.isEmpty() ? QStringList()
                                                         : QStringList{pmidLink(r.sourcePmid)},
                                  QStringLiteral("small"));
    }
    return below;
}

QString detailsLine(const catalogue::ResultRecord &r)
{
    QStringList details;
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
    return details.isEmpty() ? QString()
                             : QStringLiteral("<span class='small'>%1</span>")
                                   .arg(esc(details.join(QStringLiteral(" · "))));
}

// One result as several sources give it: the same study, outcome, time point and metric (a
// source may name the analysis population where another does not; each source's block says
// so).
QString sameResultKey(const catalogue::ResultRecord &r)
{
    return QStringList{r.studySlug, r.outcomeSlug, r.timepoint,
                       catalogue::vocabulary::metricKey(r.metric)}
        .join(QLatin1Char('|'));
}

QString numbersKey(const catalogue::ResultRecord &r)
{
    const auto n = [](const std::optional<double> &v) {
        return v ? QString::number(*v, 'g', 12) : QStringLiteral("-");
    };
    QStringList key{n(r.estimate), n(r.ciLow),  n(r.ciHigh),
                    r.pOperator,   n(r.pValue), r.n ? QString::number(*r.n) : QStringLiteral("-")};
    for (const catalogue::ArmSummaryRecord &arm : r.arms) {
        key << arm.armRole << n(arm.mean) << n(arm.sd)
            << (arm.n ? QString::number(*arm.n) : QStringLiteral("-"));
    }
    return key.join(QLatin1Char('|'));
}

QString anchorFor(const QList<catalogue::ResultRecord> &group)
{
    QStringList ids;
    for (const catalogue::ResultRecord &r : group) {
        ids << QString::number(r.id);
    }
    return QStringLiteral("result-") + ids.join(QLatin1Char('-'));
}

// The sources of one result side by side, each column with its own numbers.
QString sideBySideHtml(const QList<QList<catalogue::ResultRecord>> &versions)
{
    QString head;
    QString values;
    QString provenance;
    const int share = 100 / static_cast<int>(versions.size());
    for (const QList<catalogue::ResultRecord> &version : versions) {
        const catalogue::ResultRecord &r = version.first();
        QStringList names;
        for (const catalogue::ResultRecord &source : version) {
            names << evidence::citeName(source.sourceShortLabel);
        }
        const QString colour = r.sourceSlug == QLatin1String("article") ? QStringLiteral("#fff4e5")
                                                                        : QStringLiteral("#eaf4ea");
        head += QStringLiteral("<th width='%1%'>%2</th>")
                    .arg(share)
                    .arg(esc(tr("%1 says").arg(names.join(tr(" and ")))));
        values += QStringLiteral("<td valign='top' bgcolor='%1'>%2<br/>p: %3 · N: %4</td>")
                      .arg(colour, estimateCell(r), pCell(r), orNotReported(r.n));
        QString blocks;
        for (const catalogue::ResultRecord &source : version) {
            blocks += sourceBlock(source) + QStringLiteral("<br/>");
        }
        provenance += QStringLiteral("<td valign='top'>%1</td>").arg(blocks);
    }
    return QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='99%'>"
                          "<tr>%1</tr><tr>%2</tr><tr>%3</tr></table>")
        .arg(head, values, provenance);
}

} // namespace

// The results as tables: one row per result and, under it, where it comes from.
QString resultsHtml(const QList<catalogue::ResultRecord> &results, bool showStudy, bool markUser,
                    int shownRows)
{
    if (results.isEmpty()) {
        return QStringLiteral("<p class='nr'>%1</p>").arg(esc(tr("No results in the catalogue.")));
    }
    QList<QList<catalogue::ResultRecord>> groups;
    QHash<QString, qsizetype> groupOf;
    // The order the charts draw them in: by study, outcome, then time (day 10 before day 90).
    const QList<catalogue::ResultRecord> ordered = evidence::inReadingOrder(results);
    for (const catalogue::ResultRecord &r : ordered) {
        QString key = sameResultKey(r);
        // One source's two analyses of one result (CAPTAIN I's ITT and per-protocol) are two
        // rows, each labelled with its analysis set, never "the sources differ".
        if (groupOf.contains(key)) {
            for (const catalogue::ResultRecord &other : std::as_const(groups[groupOf.value(key)])) {
                if (other.sourceId == r.sourceId) {
                    key += QStringLiteral("|%1|%2").arg(r.population).arg(r.id);
                    break;
                }
            }
        }
        if (!groupOf.contains(key)) {
            groupOf.insert(key, groups.size());
            groups.append(QList<catalogue::ResultRecord>());
        }
        groups[groupOf.value(key)] << r;
    }
    const qsizetype rows =
        shownRows < 0 ? groups.size() : std::min<qsizetype>(groups.size(), shownRows);
    qsizetype shownResults = 0;
    for (qsizetype i = 0; i < rows; ++i) {
        shownResults += groups.at(i).size();
    }
    // What is left out is said, with its count, before the list and after it.
    const qsizetype left = results.size() - shownResults;
    const QString leftOut = left == 1 ? tr("The first %1 of %2 results are shown; one is not.")
                                            .arg(shownResults)
                                            .arg(results.size())
                                      : tr("The first %1 of %2 results are shown; %3 are not.")
                                            .arg(shownResults)
                                            .arg(results.size())
                                            .arg(left);
    const QString notShown = rows == groups.size()
                                 ? QString()
                                 : QStringLiteral("<p><b>%1</b> <a href='%2'>%3</a></p>")
                                       .arg(esc(leftOut), QString::fromLatin1(kAllResultsLink),
                                            esc(tr("Show all %1 results").arg(results.size())));
    QString html = notShown;
    // Each result is a table of its own with the same column shares: Qt lays a table out
    // whole, measuring every cell at full width before it places it, and lays out a page's
    // top-level blocks and tables a part at a time (what is in view first, the rest in later
    // turns of the event loop); one table of every result would be laid out, twice, at once.
    // Fixed shares, so that the outcome's name and the estimate get the room. The metric
    // leads the estimate ("MW 0.59 (0.52 to 0.66)") rather than taking a narrow column.
    // p and N wide enough for "reported", their longest word (lines break between words).
    const QString tableStart =
        QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='99%'>");
    html += tableStart;
    html += QStringLiteral("<tr><th width='26%'>%1</th>")
                .arg(esc(showStudy ? tr("Study") : tr("Outcome")));
    html += QStringLiteral("<th width='14%'>%1</th><th width='30%'>%2</th>"
                           "<th width='15%'>%3</th><th width='15%'>%4</th></tr>")
                .arg(esc(tr("Time point")), esc(tr("Estimate (CI)")), esc(tr("p")), esc(tr("N")));
    const QString cellStart[] = {QStringLiteral("<td valign='top' width='26%'>"),
                                 QStringLiteral("<td valign='top' width='14%'>"),
                                 QStringLiteral("<td valign='top' width='30%'>"),
                                 QStringLiteral("<td valign='top' width='15%'>"),
                                 QStringLiteral("<td valign='top' width='15%'>")};
    const int columns = 5;
    for (qsizetype row = 0; row < rows; ++row) {
        const QList<catalogue::ResultRecord> &group = groups.at(row);
        if (row > 0) {
            html += QStringLiteral("</table>") + tableStart;
        }
        // The sources' versions of this result: equal numbers are one version.
        QList<QList<catalogue::ResultRecord>> versions;
        QHash<QString, qsizetype> versionOf;
        for (const catalogue::ResultRecord &r : group) {
            const QString key = numbersKey(r);
            if (!versionOf.contains(key)) {
                versionOf.insert(key, versions.size());
                versions.append(QList<catalogue::ResultRecord>());
            }
            versions[versionOf.value(key)] << r;
        }
        const catalogue::ResultRecord &r = group.first();
        QString timepoint =
            QStringLiteral("<a name='%1'>%2</a>").arg(anchorFor(group), orNotReported(r.timepoint));
        if (versions.size() == 1 && !r.population.isEmpty()) {
            // The analysis set on the row itself: ITT and per-protocol are told apart.
            timepoint +=
                QStringLiteral("<br/><span class='small'>%1</span>").arg(esc(r.population));
        }
        QString below;
        if (versions.size() == 1) {
            html += QStringLiteral("<tr>%1%2</td>%3%4</td>%5%6</td>%7%8</td>%9%10</td></tr>")
                        .arg(cellStart[0], firstCell(r, showStudy), cellStart[1], timepoint,
                             cellStart[2], estimateCell(r), cellStart[3], pCell(r), cellStart[4],
                             orNotReported(r.n));
            if (group.size() > 1) {
                QStringList names;
                for (const catalogue::ResultRecord &source : group) {
                    names << evidence::citeName(source.sourceShortLabel, true);
                }
                below += QStringLiteral("<b>%1</b><br/>")
                             .arg(esc(tr("Reported with the same numbers by %1.")
                                          .arg(names.join(tr(" and ")))));
            }
            for (qsizetype i = 0; i < group.size(); ++i) {
                // A blank line between the sources keeps each one's words together.
                below += (i > 0 ? QStringLiteral("<br/><br/>") : QString()) +
                         yoursLine(group.at(i), markUser) + sourceBlock(group.at(i));
            }
        } else {
            html += QStringLiteral("<tr>%1%2</td>%3%4</td>"
                                   "<td valign='top' colspan='3' bgcolor='#fff4e5'><b>%5</b>"
                                   "</td></tr>")
                        .arg(cellStart[0], firstCell(r, showStudy), cellStart[1], timepoint,
                             esc(tr("The sources differ: see both below.")));
            for (const catalogue::ResultRecord &version : group) {
                if (!yoursLine(version, markUser).isEmpty()) {
                    below += yoursLine(version, markUser); // once: the versions say whose
                    break;
                }
            }
            below += sideBySideHtml(versions);
        }
        const QString details = detailsLine(r);
        if (!details.isEmpty()) {
            below += QStringLiteral("<br/>") + details;
        }
        for (const QList<catalogue::ResultRecord> &version : std::as_const(versions)) {
            below += equivalentsHtml(version.first());
        }
        html += QStringLiteral("<tr><td colspan='%1'>%2</td></tr>").arg(columns).arg(below);
    }
    html += QStringLiteral("</table>") + notShown;
    return html;
}

} // namespace eb::gui::detail::parts

namespace eb::gui::detail {

using parts::number;
using parts::tr;

QString estimateText(const catalogue::ResultRecord &r)
{
    return evidence::reportedEstimate(r);
}

QString pText(const catalogue::ResultRecord &r)
{
    return evidence::reportedP(r);
}

} // namespace eb::gui::detail
