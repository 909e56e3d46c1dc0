#include "evidence/resultline.h"

#include "evidence/format.h"
#include "evidence/readernames.h"
#include "evidence/statement.h"
#include "model/vocabulary.h"
#include "output/messagetext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace eb::evidence {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::gui::resultLine", text);
}

QString estimatePart(const catalogue::ResultRecord &r)
{
    const QString metric =
        r.metric == stats::Metric::None ? QString() : catalogue::vocabulary::metricShort(r.metric);
    if (!r.estimate) {
        QString text = tr("%1 not reported")
                           .arg(metric.isEmpty() ? tr("effect size")
                                                 : catalogue::vocabulary::metric(r.metric));
        // Arm summaries are what the source gives instead: name them.
        QStringList arms;
        for (const catalogue::ArmSummaryRecord &arm : r.arms) {
            if (arm.mean && arm.sd) {
                arms << tr("%1 %2 (SD %3)")
                            .arg(catalogue::vocabulary::armRole(arm.armRole).toLower(),
                                 formatPrinted(*arm.mean, arm.meanDecimals),
                                 formatPrinted(*arm.sd, arm.sdDecimals));
            } else if (arm.events && arm.total) {
                arms << tr("%1 %2 of %3")
                            .arg(catalogue::vocabulary::armRole(arm.armRole).toLower())
                            .arg(*arm.events)
                            .arg(*arm.total);
            }
        }
        if (!arms.isEmpty()) {
            text += QStringLiteral(" (%1)").arg(arms.join(tr(" vs ")));
        }
        return text;
    }
    const PrintedDecimals printed = printedDecimals(r);
    const QString estimate = formatPrinted(*r.estimate, printed.estimate);
    QString text = metric.isEmpty() ? estimate : QStringLiteral("%1 %2").arg(metric, estimate);
    if (r.ciLow && r.ciHigh) {
        const QString level = r.ciLevel ? tr("%1% CI").arg(formatCiLevel(*r.ciLevel)) : tr("CI");
        text += QStringLiteral(" (%1 %2)")
                    .arg(level, tr("%1 to %2")
                                    .arg(formatPrinted(*r.ciLow, printed.ciLow),
                                         formatPrinted(*r.ciHigh, printed.ciHigh)));
    } else {
        text += QStringLiteral(" (%1)").arg(tr("CI not reported"));
    }
    if (r.origin == QLatin1String("derived")) {
        text += QStringLiteral(", ") + tr("derived by this program");
    }
    return text;
}

QString pPart(const catalogue::ResultRecord &r)
{
    return formatP(r.pValue, r.pOperator, r.pDecimals);
}

} // namespace

PrintedDecimals printedDecimals(const catalogue::ResultRecord &r)
{
    // A derived value is this program's number: it follows the rounding rule, whatever a
    // record says.
    if (r.origin == QLatin1String("derived")) {
        return {};
    }
    return {r.estimateDecimals, r.ciLowDecimals, r.ciHighDecimals};
}

QString reportedEstimate(const catalogue::ResultRecord &r)
{
    return formatEstimate(r.estimate, r.ciLow, r.ciHigh, printedDecimals(r));
}

QString reportedP(const catalogue::ResultRecord &r)
{
    return formatP(r.pValue, r.pOperator, r.pDecimals);
}

QString reportedPCell(const catalogue::ResultRecord &r)
{
    return formatPValueCell(r.pValue, r.pOperator, r.pDecimals);
}

QString outcomeLabelForLine(const catalogue::ResultRecord &r)
{
    QString label = r.outcomeShortName();
    if (r.outcomeIsEnsemble && !r.studyName.isEmpty()) {
        // "… (13 in CAPTAIN II, 14 in CAPTAIN I)": the number that belongs to this study, and
        // only when the study's name ends there (so "CAPTAIN I" never takes CAPTAIN II's).
        const QRegularExpression perStudy(QStringLiteral(R"((\d+) in %1(?=[,;)]|$))")
                                              .arg(QRegularExpression::escape(r.studyName)));
        const QRegularExpressionMatch m = perStudy.match(r.outcomeName);
        if (m.hasMatch() && !r.outcomeAbbreviation.isEmpty()) {
            label += QStringLiteral(" (%1)").arg(tr("%1 scales").arg(m.captured(1)));
        }
    }
    return label;
}

QString resultLine(const catalogue::ResultRecord &r)
{
    QStringList head{catalogue::vocabulary::markUserRecord(r.studyName, r.userRecord),
                     outcomeLabelForLine(r)};
    if (!r.timepoint.isEmpty()) {
        head << r.timepoint;
    }
    head.removeAll(QString());
    QStringList values{estimatePart(r), pPart(r)};
    values << (r.n ? QStringLiteral("N = %1").arg(*r.n) : tr("N not reported"));
    return QStringLiteral("%1: %2").arg(head.join(QStringLiteral(", ")),
                                        values.join(QStringLiteral(", ")));
}

QString resultSourceCitation(const catalogue::ResultRecord &r)
{
    QStringList parts{citeName(r.sourceShortLabel)};
    if (!r.sourceDoi.isEmpty()) {
        parts << QStringLiteral("doi:%1").arg(r.sourceDoi);
    } else if (!r.sourcePmid.isEmpty()) {
        parts << QStringLiteral("PMID %1").arg(r.sourcePmid);
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QString resultCitationLine(const catalogue::ResultRecord &r)
{
    const QString source = resultSourceCitation(r);
    // One line whatever a label holds: a newline in a study name never splits a "cite as".
    return eb::output::oneLine(
        source.isEmpty() ? resultLine(r) : QStringLiteral("%1 (%2)").arg(resultLine(r), source));
}

QString resultCitationWithQuote(const catalogue::ResultRecord &r)
{
    QStringList lines{resultCitationLine(r)};
    if (!r.quote.isEmpty()) {
        Statement statement = statementOf(r);
        statement.sourceLabel = citeName(r.sourceShortLabel);
        lines << statementLine(statement);
    }
    if (r.origin == QLatin1String("derived")) {
        lines << tr("Derived by this program: %1").arg(readerText(r.derivation));
    } else {
        lines << tr("Reported by the source.");
    }
    return lines.join(QLatin1Char('\n'));
}

const catalogue::ResultRecord &bestSourced(const QList<catalogue::ResultRecord> &results)
{
    for (const catalogue::ResultRecord &r : results) {
        if (!r.sourceDoi.isEmpty()) {
            return r;
        }
    }
    for (const catalogue::ResultRecord &r : results) {
        if (!r.sourcePmid.isEmpty()) {
            return r;
        }
    }
    return results.first();
}

} // namespace eb::evidence
