#include "evidence/studycompare.h"

#include "evidence/format.h"
#include "evidence/resultline.h"
#include "model/vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <cmath>
#include <functional>

namespace eb::review {
namespace {

using namespace eb::catalogue;
namespace vocabulary = eb::catalogue::vocabulary;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::review::StudyCompare", text);
}

QString orNotReported(const QString &text)
{
    return text.isEmpty() ? tr("not reported") : text;
}

QString orNotReported(std::optional<int> value)
{
    return value ? QString::number(*value) : tr("not reported");
}

QString dose(const StudyDetail &s)
{
    QStringList parts{orNotReported(s.intervention)};
    for (const DosingRecord &d : s.dosing) {
        // "CARS-1: 30 mL/day ..." and "CARS-2: 30 mL/day ..." are one protocol: the study's
        // own name in front of the label is not a difference between the studies.
        QString label = d.label;
        const QString prefix = s.name + QStringLiteral(": ");
        if (label.startsWith(prefix)) {
            label = label.mid(prefix.size());
        }
        parts << label;
    }
    parts.removeDuplicates();
    return parts.join(QStringLiteral("; "));
}

QString arms(const StudyDetail &s)
{
    QStringList out;
    for (const StudyArmRecord &a : s.arms) {
        QString text = a.label;
        QStringList n;
        if (a.nRandomised) {
            n << tr("%1 randomised").arg(*a.nRandomised);
        }
        if (a.nAnalysed) {
            n << tr("%1 analysed").arg(*a.nAnalysed);
        }
        text += QStringLiteral(" (%1)").arg(n.isEmpty() ? tr("size not reported")
                                                        : n.join(QStringLiteral(", ")));
        out << text;
    }
    return out.isEmpty() ? tr("not reported") : out.join(QStringLiteral("; "));
}

QString outcomes(const StudyDetail &s)
{
    QStringList out;
    for (const ResultRecord &r : s.results) {
        const QString name =
            r.outcomeShortName() + (r.outcomeIsEnsemble ? tr(" (ensemble)") : QString());
        if (!out.contains(name)) {
            out << name;
        }
    }
    return out.isEmpty() ? tr("none recorded") : out.join(QStringLiteral(", "));
}

QString timepoints(const StudyDetail &s)
{
    QStringList out;
    for (const ResultRecord &r : s.results) {
        const QString t = r.timepoint.isEmpty() ? tr("not stated") : r.timepoint;
        if (!out.contains(t)) {
            out << t;
        }
    }
    return out.isEmpty() ? tr("none recorded") : out.join(QStringLiteral(", "));
}

QString effects(const StudyDetail &s)
{
    QStringList out;
    for (const ResultRecord &r : s.results) {
        if (r.origin != QLatin1String("reported")) {
            continue;
        }
        out << QStringLiteral("%1%2: %3 [%4]")
                   .arg(r.outcomeShortName(),
                        r.timepoint.isEmpty() ? QString() : QStringLiteral(", ") + r.timepoint,
                        effectText(r), r.sourceShortLabel);
    }
    return out.isEmpty() ? tr("none recorded") : out.join(QLatin1Char('\n'));
}

} // namespace

QString metricKeyOf(const ResultRecord &result)
{
    return QString::fromLatin1(eb::stats::metricKey(result.metric).data());
}

QString effectNumber(double value, const QString &metric)
{
    if (!std::isfinite(value)) {
        return tr("not finite");
    }
    QString text = QString::number(value, 'g', 4);
    if (text.contains(QLatin1Char('e'))) {
        return text;
    }
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const qsizetype decimals = dot < 0 ? 0 : text.size() - dot - 1;
    if (metric != QLatin1String("nnt") && std::abs(value) < 10 && decimals < 2) {
        text = QString::number(value, 'f', 2);
    }
    return text;
}

QString effectText(const ResultRecord &r)
{
    // Every number through the one formatter, with the digits its source printed.
    const QString p = r.pValue ? eb::evidence::reportedP(r) : QString();
    if (!r.estimate || r.metric == eb::stats::Metric::None) {
        return p.isEmpty() ? tr("no effect size reported") : tr("%1 (no effect size)").arg(p);
    }
    const eb::evidence::PrintedDecimals printed = eb::evidence::printedDecimals(r);
    QString text =
        QStringLiteral("%1 %2").arg(vocabulary::metricShort(r.metric),
                                    eb::evidence::formatPrinted(*r.estimate, printed.estimate));
    if (r.ciLow && r.ciHigh) {
        text += QStringLiteral(" (%1 to %2)")
                    .arg(eb::evidence::formatPrinted(*r.ciLow, printed.ciLow),
                         eb::evidence::formatPrinted(*r.ciHigh, printed.ciHigh));
    }
    if (!p.isEmpty()) {
        text += QStringLiteral(", ") + p;
    }
    return text;
}

StudyComparison compareStudies(const QList<StudyDetail> &studies)
{
    StudyComparison c;
    c.studies = studies;
    const auto add = [&](const char *key, const QString &label,
                         const std::function<QString(const StudyDetail &)> &value) {
        CompareRow row;
        row.key = QString::fromLatin1(key);
        row.label = label;
        for (const StudyDetail &s : studies) {
            row.values << value(s);
        }
        row.differs = QSet<QString>(row.values.cbegin(), row.values.cend()).size() > 1;
        c.rows << row;
    };
    add("design", tr("Design"), [](const StudyDetail &s) { return vocabulary::design(s.design); });
    add("sponsorship", tr("Sponsor"), [](const StudyDetail &s) { return s.sponsorship; });
    add("population", tr("Population"), [](const StudyDetail &s) {
        return QStringLiteral("%1, %2").arg(
            QString(s.condition).replace(QLatin1Char('_'), QLatin1Char(' ')), s.species);
    });
    add("severity", tr("Severity"), [](const StudyDetail &s) { return orNotReported(s.severity); });
    add("blinding", tr("Blinding"), [](const StudyDetail &s) { return orNotReported(s.blinding); });
    add("n_enrolled", tr("N enrolled"),
        [](const StudyDetail &s) { return orNotReported(s.nEnrolled); });
    add("n_analysed", tr("N analysed"),
        [](const StudyDetail &s) { return orNotReported(s.nAnalysed); });
    add("arms", tr("Arms"), arms);
    add("intervention", tr("Intervention and dose"), dose);
    add("control", tr("Control"), [](const StudyDetail &s) { return orNotReported(s.control); });
    add("timing", tr("Timing"), [](const StudyDetail &s) { return orNotReported(s.timing); });
    add("treatment_duration", tr("Treatment duration"),
        [](const StudyDetail &s) { return orNotReported(s.treatmentDuration); });
    add("follow_up", tr("Follow-up"),
        [](const StudyDetail &s) { return orNotReported(s.followUp); });
    add("outcomes", tr("Outcome measures"), outcomes);
    add("timepoints", tr("Timepoints"), timepoints);
    add("effects", tr("Effects"), effects);
    return c;
}

} // namespace eb::review
