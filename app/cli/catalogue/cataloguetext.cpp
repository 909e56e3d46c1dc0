// The text form of catalogue records for `evidence catalogue show`: one home for how a
// result, study, outcome, mechanism, claim and source read on a terminal.
#include "cli/catalogue/cataloguetext.h"

#include "evidence/derivedvalues.h"
#include "evidence/format.h"
#include "evidence/resultline.h"
#include "model/vocabulary.h"

#include <QCoreApplication>

namespace eb::cli {

using namespace eb::catalogue;
using eb::evidence::DerivedGroup;
using eb::evidence::DerivedValue;
using eb::evidence::derivedValues;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli::catalogue", text);
}

QString notReported()
{
    return eb::evidence::notReported();
}

QString orNotReported(const QString &value)
{
    return value.isEmpty() ? notReported() : value;
}

// Numbers as the sources print them (0.59, 442, 0.0001); the catalogue hands out finite
// values only, so NaN and inf cannot appear.
QString number(double value)
{
    return eb::evidence::formatValue(value);
}

template <typename T> QString orNotReported(const std::optional<T> &value)
{
    return value ? number(static_cast<double>(*value)) : notReported();
}

} // namespace

// "MW 0.59 (95% CI 0.52 to 0.66)"
QString effectText(const ResultRecord &r)
{
    if (r.metric == stats::Metric::None) {
        // A value without an effect-size metric is a check this program computed (e.g. the
        // ratio of arm means behind the article's "three-fold"): its formula follows.
        return r.estimate
                   ? tr("value %1 (not an effect size; see the formula)").arg(number(*r.estimate))
                   : tr("no effect size (direction and p only)");
    }
    // The digits the source printed (0.90, 1.10), through the one formatter.
    const eb::evidence::PrintedDecimals printed = eb::evidence::printedDecimals(r);
    QString text = vocabulary::metricShort(r.metric) + QChar(u' ');
    text += r.estimate ? eb::evidence::formatPrinted(*r.estimate, printed.estimate)
                       : tr("estimate not reported");
    if (r.ciLow && r.ciHigh) {
        const QString level = r.ciLevel ? tr("%1% CI").arg(eb::evidence::formatCiLevel(*r.ciLevel))
                                        : tr("CI (level not reported)");
        text += QStringLiteral(" (%1 %2 %3 %4)")
                    .arg(level, eb::evidence::formatPrinted(*r.ciLow, printed.ciLow), tr("to"),
                         eb::evidence::formatPrinted(*r.ciHigh, printed.ciHigh));
    } else {
        text += QStringLiteral(" (%1)").arg(tr("CI not reported"));
    }
    return text;
}

QString pText(const ResultRecord &r)
{
    return eb::evidence::reportedP(r);
}

namespace {

QString sourceReference(const QString &label, const QString &doi, const QString &pmid)
{
    QStringList ids;
    ids << (doi.isEmpty() ? tr("DOI not reported") : QStringLiteral("DOI %1").arg(doi));
    ids << (pmid.isEmpty() ? tr("PMID not reported") : QStringLiteral("PMID %1").arg(pmid));
    return QStringLiteral("%1 (%2)").arg(label, ids.join(QStringLiteral(", ")));
}

} // namespace

void printResult(QTextStream &out, const ResultRecord &r)
{
    QString outcome = r.outcomeName;
    if (!r.outcomeAbbreviation.isEmpty()) {
        outcome += QStringLiteral(" (%1)").arg(r.outcomeAbbreviation);
    }
    out << "  - " << outcome << ", " << orNotReported(r.timepoint) << ": " << effectText(r) << ", "
        << pText(r) << ", N " << orNotReported(r.n) << "\n";
    // The one line a manuscript can quote, the same as the GUI's Copy Result.
    out << "    " << tr("cite as") << ": " << eb::evidence::resultCitationLine(r) << "\n";
    if (r.outcomeIsEnsemble) {
        out << "    " << tr("an ensemble of several outcome scales, not a single scale") << "\n";
    }
    if (!r.population.isEmpty() || !r.comparison.isEmpty()) {
        out << "    " << tr("population") << ": " << orNotReported(r.population) << "; "
            << tr("comparison") << ": " << orNotReported(r.comparison) << "\n";
    }
    if (!r.statisticalMethod.isEmpty()) {
        out << "    " << tr("method") << ": " << r.statisticalMethod << "\n";
    }
    // A derived row was computed by this program from the numbers of the source it names.
    out << "    "
        << (r.origin == QLatin1String("derived") ? tr("derived by this program from")
                                                 : tr("reported by"))
        << " " << sourceReference(r.sourceShortLabel, r.sourceDoi, r.sourcePmid) << "\n";
    if (!r.derivation.isEmpty()) {
        out << "    " << tr("formula") << ": " << r.derivation << "\n";
    }
    // In quotation marks only when the words are the source's own (evidence/statement.h).
    if (!r.quote.isEmpty()) {
        out << "    " << eb::evidence::statementLine(eb::evidence::statementOf(r)) << "\n";
    }
    for (const ArmSummaryRecord &a : r.arms) {
        out << "    " << tr("arm") << " " << a.armRole;
        if (!a.label.isEmpty()) {
            out << " (" << a.label << ")";
        }
        out << ": n " << orNotReported(a.n);
        if (a.mean || a.sd) {
            out << ", " << tr("mean") << " "
                << (a.mean ? eb::evidence::formatPrinted(*a.mean, a.meanDecimals) : notReported())
                << ", SD "
                << (a.sd ? eb::evidence::formatPrinted(*a.sd, a.sdDecimals) : notReported());
        }
        if (a.events || a.total) {
            out << ", " << tr("events") << " " << orNotReported(a.events) << "/"
                << orNotReported(a.total);
        }
        out << " [" << a.origin << "; " << eb::evidence::statementLine(eb::evidence::statementOf(a))
            << "]\n";
    }
    if (!r.note.isEmpty()) {
        out << "    " << tr("note") << ": " << r.note << "\n";
    }
    for (const DerivedGroup &group : derivedValues(r)) {
        out << "    " << group.title << ":\n";
        for (const DerivedValue &value : group.values) {
            out << "      [derived] " << value.label << " " << value.valueText << "   ("
                << value.formula << ")\n";
        }
        if (!group.note.isEmpty()) {
            out << "      " << (group.assumesArmSizes ? tr("ASSUMPTION: ") : QString())
                << group.note << "\n";
        }
    }
}

namespace {
void printField(QTextStream &out, const QString &label, const QString &value)
{
    out << "  " << (label + QLatin1Char(':')).leftJustified(20) << value << "\n";
}

} // namespace

void printStudy(QTextStream &out, const StudyDetail &s)
{
    out << s.name << " (" << s.slug << ")\n";
    if (!s.title.isEmpty()) {
        out << s.title << "\n";
    }
    out << "\n" << tr("Design and population") << "\n";
    printField(out, tr("design"), s.design);
    printField(out, tr("condition"), s.condition);
    printField(out, tr("severity"), orNotReported(s.severity));
    printField(out, tr("species"), s.species);
    printField(out, tr("blinding"), orNotReported(s.blinding));
    printField(out, tr("setting"), orNotReported(s.setting));
    printField(out, tr("centres"), orNotReported(s.centres));
    printField(out, tr("N enrolled"), orNotReported(s.nEnrolled));
    printField(out, tr("N analysed"), orNotReported(s.nAnalysed));
    if (!s.nNote.isEmpty()) {
        printField(out, tr("N note"), s.nNote);
    }
    printField(out, tr("intervention"), orNotReported(s.intervention));
    printField(out, tr("control"), orNotReported(s.control));
    printField(out, tr("timing"), orNotReported(s.timing));
    printField(out, tr("treatment"), orNotReported(s.treatmentDuration));
    printField(out, tr("follow-up"), orNotReported(s.followUp));
    printField(out, tr("year"), orNotReported(s.year));
    printField(out, tr("registration"), orNotReported(s.registration));
    printField(out, tr("sponsorship"), s.sponsorship);
    if (!s.summary.isEmpty()) {
        out << "\n" << s.summary << "\n";
    }
    if (!s.inclusions.isEmpty()) {
        out << "\n";
        // Link by link (synthesis_inclusion), the user's marked as theirs.
        for (const SynthesisInclusionRecord &link : s.inclusions) {
            const bool pools = link.synthesis.id == s.id;
            const StudyRef &other = pools ? link.trial : link.synthesis;
            out << "  " << (pools ? tr("pools") : tr("pooled in")) << " "
                << eb::catalogue::vocabulary::markUserRecord(other.name, link.userRecord) << " ("
                << other.slug << "), "
                << (link.outcomeName.isEmpty() ? tr("every outcome")
                                               : tr("for %1").arg(link.outcomeName))
                << "\n";
        }
    }
    out << "\n" << tr("Sources") << "\n";
    for (const StudySourceRecord &link : s.sources) {
        out << "  - [" << link.role << "] "
            << sourceReference(link.source.shortLabel, link.source.doi, link.source.pmid) << "\n";
    }
    out << "\n" << tr("Arms") << "\n";
    if (s.arms.isEmpty()) {
        out << "  " << notReported() << "\n";
    }
    for (const StudyArmRecord &a : s.arms) {
        out << "  - " << a.role << ": " << a.label << "; " << tr("randomised") << " "
            << orNotReported(a.nRandomised) << ", " << tr("analysed") << " "
            << orNotReported(a.nAnalysed);
        if (!a.quote.isEmpty()) {
            out << " [" << eb::evidence::statementLine(eb::evidence::statementOf(a)) << "]";
        }
        out << "\n";
    }
    out << "\n" << tr("Dosing") << "\n";
    if (s.dosing.isEmpty()) {
        out << "  " << notReported() << "\n";
    }
    for (const DosingRecord &d : s.dosing) {
        out << "  - " << d.label << " [" << d.origin << "; "
            << eb::evidence::statementLine(eb::evidence::statementOf(d)) << "]\n";
    }
    out << "\n" << tr("Results") << "\n";
    if (s.results.isEmpty()) {
        out << "  " << tr("none recorded") << "\n";
    }
    for (const ResultRecord &r : s.results) {
        printResult(out, r);
    }
    if (!s.discrepancies.isEmpty()) {
        out << "\n" << tr("Article versus source") << "\n";
        for (const DiscrepancyRecord &x : s.discrepancies) {
            out << "  - " << x.subject << ": " << tr("article") << " " << x.articleValue << "; "
                << orNotReported(x.primarySourceShortLabel) << " " << x.sourceValue << ". "
                << x.explanation << "\n";
        }
    }
    if (!s.provenance.isEmpty()) {
        out << "\n" << tr("Provenance of the numbers above") << "\n";
        for (const FieldProvenanceRecord &p : s.provenance) {
            out << "  - " << p.entity << "." << p.field << " [" << p.origin << "; "
                << eb::evidence::statementLine(eb::evidence::statementOf(p)) << "]\n";
        }
    }
}

void printOutcome(QTextStream &out, const OutcomeMeasureRecord &o)
{
    out << o.name << " (" << o.slug << ")\n";
    printField(out, tr("abbreviation"), orNotReported(o.abbreviation));
    printField(out, tr("domain"), o.domain);
    printField(out, tr("direction"), o.direction);
    printField(
        out, tr("range"),
        o.rangeMin && o.rangeMax
            ? QStringLiteral("%1 %2 %3").arg(number(*o.rangeMin), tr("to"), number(*o.rangeMax))
            : notReported());
    printField(out, tr("results"), QString::number(o.resultCount));
    if (!o.description.isEmpty()) {
        out << "\n" << o.description << "\n";
    }
    for (const StudyRef &s : o.studies) {
        out << "  - " << s.name << " (" << s.slug << ")\n";
    }
}

void printMechanism(QTextStream &out, const MechanismRecord &m)
{
    out << m.category << " (" << m.slug << ")\n" << m.description << "\n";
    out << "  [" << eb::evidence::statementLine(eb::evidence::statementOf(m)) << "]\n";
    out << "\n" << tr("Targets") << "\n";
    for (const MechanismTargetRecord &t : m.targets) {
        out << "  - " << t.name << " " << t.direction << " (" << t.kind
            << "): " << eb::evidence::statementBody({t.quote, t.statementKind, {}, {}}) << "\n";
    }
    out << "\n" << tr("Evidence") << "\n";
    if (m.evidence.isEmpty()) {
        out << "  " << tr("none recorded") << "\n";
    }
    for (const MechanismEvidenceRecord &e : m.evidence) {
        out << "  - " << e.support;
        if (!e.studySlug.isEmpty()) {
            out << ", " << e.studyName << " (" << e.studySlug << ")";
        }
        out << ": " << e.note << " [" << e.sourceShortLabel << "]\n";
    }
}

void printClaim(QTextStream &out, const ClaimRecord &c)
{
    out << c.slug << "\n\"" << c.text << "\"\n";
    printField(out, tr("topic"), c.topic);
    printField(out, tr("kind"), c.kind);
    printField(out, tr("verdict"), c.verdict);
    if (!c.verdictNote.isEmpty()) {
        printField(out, tr("why"), c.verdictNote);
    }
    if (!c.studySlug.isEmpty()) {
        printField(out, tr("study"), QStringLiteral("%1 (%2)").arg(c.studyName, c.studySlug));
    }
    if (c.result) {
        out << "\n" << tr("Result") << "\n";
        printResult(out, *c.result);
    }
    for (const DiscrepancyRecord &x : c.discrepancies) {
        out << "  - " << x.subject << ": " << tr("article") << " " << x.articleValue << "; "
            << orNotReported(x.primarySourceShortLabel) << " " << x.sourceValue << ". "
            << x.explanation << "\n";
    }
}

void printSource(QTextStream &out, const SourceRecord &s)
{
    out << s.shortLabel << " (" << s.slug << ")\n";
    printField(out, tr("kind"), s.kind);
    printField(out, tr("authors"), orNotReported(s.authors));
    printField(out, tr("title"), orNotReported(s.title));
    printField(out, tr("journal"), orNotReported(s.journal));
    printField(out, tr("year"), orNotReported(s.year));
    printField(out, QStringLiteral("DOI"), orNotReported(s.doi));
    printField(out, QStringLiteral("PMID"), orNotReported(s.pmid));
    printField(out, tr("registration"), orNotReported(s.registration));
    printField(out, tr("sponsorship"), s.sponsorship);
    if (s.versionOf) {
        printField(out, tr("earlier version of"),
                   QStringLiteral("%1 (%2)").arg(s.versionOf->shortLabel, s.versionOf->slug));
    }
    for (const SourceVersionRef &v : s.versions) {
        printField(out, tr("earlier version"), QStringLiteral("%1 (%2)").arg(v.shortLabel, v.slug));
    }
    if (!s.verificationNote.isEmpty()) {
        printField(out, tr("not verified"), s.verificationNote);
    }
    for (const StudyRef &study : s.studies) {
        out << "  - " << study.name << " (" << study.slug << ")\n";
    }
}

} // namespace eb::cli
