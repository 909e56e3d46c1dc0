#include "gui/features/editing/fieldlabels.h"

#include <QCoreApplication>
#include <QHash>

namespace eb::gui::editing {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::gui::editing", text);
}

// The arm fields' words are made from the arm's and the suffix's (armLabel below).
const QHash<QString, const char *> &labels()
{
    static const QHash<QString, const char *> table{
        {QStringLiteral("slug"), QT_TRANSLATE_NOOP("eb::gui::editing", "Slug")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("eb::gui::editing", "Kind")},
        {QStringLiteral("short_label"), QT_TRANSLATE_NOOP("eb::gui::editing", "Short label")},
        {QStringLiteral("authors"), QT_TRANSLATE_NOOP("eb::gui::editing", "Authors")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("eb::gui::editing", "Title")},
        {QStringLiteral("journal"), QT_TRANSLATE_NOOP("eb::gui::editing", "Journal")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("eb::gui::editing", "Year")},
        {QStringLiteral("volume"), QT_TRANSLATE_NOOP("eb::gui::editing", "Volume")},
        {QStringLiteral("issue"), QT_TRANSLATE_NOOP("eb::gui::editing", "Issue")},
        {QStringLiteral("pages"), QT_TRANSLATE_NOOP("eb::gui::editing", "Pages")},
        {QStringLiteral("doi"), QT_TRANSLATE_NOOP("eb::gui::editing", "DOI")},
        {QStringLiteral("pmid"), QT_TRANSLATE_NOOP("eb::gui::editing", "PMID")},
        {QStringLiteral("pmcid"), QT_TRANSLATE_NOOP("eb::gui::editing", "PMCID")},
        {QStringLiteral("registration"), QT_TRANSLATE_NOOP("eb::gui::editing", "Registration")},
        {QStringLiteral("sponsorship"), QT_TRANSLATE_NOOP("eb::gui::editing", "Sponsorship")},
        {QStringLiteral("verification_note"),
         QT_TRANSLATE_NOOP("eb::gui::editing", "Verification note")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("eb::gui::editing", "Notes")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("eb::gui::editing", "Name")},
        {QStringLiteral("abbreviation"), QT_TRANSLATE_NOOP("eb::gui::editing", "Abbreviation")},
        {QStringLiteral("domain"), QT_TRANSLATE_NOOP("eb::gui::editing", "Domain")},
        {QStringLiteral("direction"),
         QT_TRANSLATE_NOOP("eb::gui::editing", "Direction of benefit")},
        {QStringLiteral("range_min"), QT_TRANSLATE_NOOP("eb::gui::editing", "Scale minimum")},
        {QStringLiteral("range_max"), QT_TRANSLATE_NOOP("eb::gui::editing", "Scale maximum")},
        {QStringLiteral("is_ensemble"),
         QT_TRANSLATE_NOOP("eb::gui::editing", "Ensemble of outcomes")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("eb::gui::editing", "Description")},
        {QStringLiteral("design"), QT_TRANSLATE_NOOP("eb::gui::editing", "Design")},
        {QStringLiteral("condition"), QT_TRANSLATE_NOOP("eb::gui::editing", "Condition")},
        {QStringLiteral("severity"), QT_TRANSLATE_NOOP("eb::gui::editing", "Severity")},
        {QStringLiteral("species"), QT_TRANSLATE_NOOP("eb::gui::editing", "Species")},
        {QStringLiteral("blinding"), QT_TRANSLATE_NOOP("eb::gui::editing", "Blinding")},
        {QStringLiteral("setting"), QT_TRANSLATE_NOOP("eb::gui::editing", "Setting")},
        {QStringLiteral("centres"), QT_TRANSLATE_NOOP("eb::gui::editing", "Centres")},
        {QStringLiteral("n_enrolled"), QT_TRANSLATE_NOOP("eb::gui::editing", "N enrolled")},
        {QStringLiteral("n_analysed"), QT_TRANSLATE_NOOP("eb::gui::editing", "N analysed")},
        {QStringLiteral("n_note"), QT_TRANSLATE_NOOP("eb::gui::editing", "Note on N")},
        {QStringLiteral("intervention"), QT_TRANSLATE_NOOP("eb::gui::editing", "Intervention")},
        {QStringLiteral("control"), QT_TRANSLATE_NOOP("eb::gui::editing", "Control")},
        {QStringLiteral("timing"), QT_TRANSLATE_NOOP("eb::gui::editing", "Timing")},
        {QStringLiteral("treatment_duration"),
         QT_TRANSLATE_NOOP("eb::gui::editing", "Treatment duration")},
        {QStringLiteral("follow_up"), QT_TRANSLATE_NOOP("eb::gui::editing", "Follow-up")},
        {QStringLiteral("primary_source"), QT_TRANSLATE_NOOP("eb::gui::editing", "Primary source")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("eb::gui::editing", "Summary")},
        {QStringLiteral("study"), QT_TRANSLATE_NOOP("eb::gui::editing", "Study")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("eb::gui::editing", "Outcome measure")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("eb::gui::editing", "Source")},
        {QStringLiteral("timepoint"), QT_TRANSLATE_NOOP("eb::gui::editing", "Time point")},
        {QStringLiteral("timepoint_days"),
         QT_TRANSLATE_NOOP("eb::gui::editing", "Time point (days)")},
        {QStringLiteral("population"), QT_TRANSLATE_NOOP("eb::gui::editing", "Population")},
        {QStringLiteral("comparison"), QT_TRANSLATE_NOOP("eb::gui::editing", "Comparison")},
        {QStringLiteral("metric"), QT_TRANSLATE_NOOP("eb::gui::editing", "Metric")},
        {QStringLiteral("estimate"), QT_TRANSLATE_NOOP("eb::gui::editing", "Estimate")},
        {QStringLiteral("ci_low"), QT_TRANSLATE_NOOP("eb::gui::editing", "CI lower limit")},
        {QStringLiteral("ci_high"), QT_TRANSLATE_NOOP("eb::gui::editing", "CI upper limit")},
        {QStringLiteral("ci_level"), QT_TRANSLATE_NOOP("eb::gui::editing", "CI level (%)")},
        {QStringLiteral("p_operator"), QT_TRANSLATE_NOOP("eb::gui::editing", "p operator")},
        {QStringLiteral("p_value"), QT_TRANSLATE_NOOP("eb::gui::editing", "p value")},
        {QStringLiteral("n"), QT_TRANSLATE_NOOP("eb::gui::editing", "N")},
        {QStringLiteral("higher_favours"),
         QT_TRANSLATE_NOOP("eb::gui::editing", "Higher values favour")},
        {QStringLiteral("statistical_method"),
         QT_TRANSLATE_NOOP("eb::gui::editing", "Statistical method")},
        {QStringLiteral("origin"), QT_TRANSLATE_NOOP("eb::gui::editing", "Reported or derived")},
        {QStringLiteral("derivation"), QT_TRANSLATE_NOOP("eb::gui::editing", "Derivation")},
        {QStringLiteral("quote"), QT_TRANSLATE_NOOP("eb::gui::editing", "Statement")},
        {QStringLiteral("statement_kind"),
         QT_TRANSLATE_NOOP("eb::gui::editing", "How it is known")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("eb::gui::editing", "Note")},
        {QStringLiteral("label"), QT_TRANSLATE_NOOP("eb::gui::editing", "label")},
        {QStringLiteral("mean"), QT_TRANSLATE_NOOP("eb::gui::editing", "mean")},
        {QStringLiteral("sd"), QT_TRANSLATE_NOOP("eb::gui::editing", "SD")},
        {QStringLiteral("events"), QT_TRANSLATE_NOOP("eb::gui::editing", "events")},
        {QStringLiteral("total"), QT_TRANSLATE_NOOP("eb::gui::editing", "total")},
        {QStringLiteral("statement_where"),
         QT_TRANSLATE_NOOP("eb::gui::editing", "Where in the source")},
        {QStringLiteral("route"), QT_TRANSLATE_NOOP("eb::gui::editing", "Route")},
        {QStringLiteral("volume_ml_min"),
         QT_TRANSLATE_NOOP("eb::gui::editing", "Volume (mL), lowest")},
        {QStringLiteral("volume_ml_max"),
         QT_TRANSLATE_NOOP("eb::gui::editing", "Volume (mL), highest")},
        {QStringLiteral("per_kg"), QT_TRANSLATE_NOOP("eb::gui::editing", "Per kg body weight")},
        {QStringLiteral("mg_min"), QT_TRANSLATE_NOOP("eb::gui::editing", "Dose (mg), lowest")},
        {QStringLiteral("mg_max"), QT_TRANSLATE_NOOP("eb::gui::editing", "Dose (mg), highest")},
        {QStringLiteral("frequency"), QT_TRANSLATE_NOOP("eb::gui::editing", "Frequency")},
        {QStringLiteral("duration_days_min"),
         QT_TRANSLATE_NOOP("eb::gui::editing", "Duration (days), shortest")},
        {QStringLiteral("duration_days_max"),
         QT_TRANSLATE_NOOP("eb::gui::editing", "Duration (days), longest")},
        {QStringLiteral("schedule"), QT_TRANSLATE_NOOP("eb::gui::editing", "Schedule")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("eb::gui::editing", "Category")},
        {QStringLiteral("sort_order"), QT_TRANSLATE_NOOP("eb::gui::editing", "Position in lists")},
        {QStringLiteral("mechanism"), QT_TRANSLATE_NOOP("eb::gui::editing", "Mechanism")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("eb::gui::editing", "Molecular target")},
        {QStringLiteral("synthesis"),
         QT_TRANSLATE_NOOP("eb::gui::editing", "Synthesis (meta-analysis or review)")},
        {QStringLiteral("trial"), QT_TRANSLATE_NOOP("eb::gui::editing", "Trial it pooled")},
    };
    return table;
}

} // namespace

QString fieldLabel(const QString &name, std::optional<catalogue::RecordKind> kind)
{
    // The few names that mean something else in one kind.
    if (kind == catalogue::RecordKind::MechanismTarget && name == QLatin1String("direction")) {
        return tr("Effect on the target");
    }
    if (kind == catalogue::RecordKind::Dosing && name == QLatin1String("label")) {
        return tr("Label");
    }
    if (kind == catalogue::RecordKind::SynthesisInclusion && name == QLatin1String("outcome")) {
        return tr("Outcome measure (empty: every outcome)");
    }
    const auto found = labels().constFind(name);
    if (found != labels().constEnd()) {
        return QCoreApplication::translate("eb::gui::editing", found.value());
    }
    // A result's arm fields ("control_sd"): the arm's words, then the field's.
    for (const QString &role : catalogue::armRoles()) {
        const QString prefix = role + QChar(u'_');
        if (name.startsWith(prefix)) {
            const QString suffix = name.mid(prefix.size());
            const QString arm =
                role == QLatin1String("treatment") ? tr("Treatment arm") : tr("Control arm");
            QString part = fieldLabel(suffix);
            if (suffix == QLatin1String("quote")) {
                part = tr("source's words");
            } else if (suffix == QLatin1String("statement_kind")) {
                part = tr("how known");
            } else if (suffix == QLatin1String("statement_where")) {
                part = tr("where");
            }
            return tr("%1: %2").arg(arm, part);
        }
    }
    return name;
}

QString kindWord(catalogue::RecordKind kind)
{
    switch (kind) {
    case catalogue::RecordKind::Source:
        return tr("source");
    case catalogue::RecordKind::Outcome:
        return tr("outcome measure");
    case catalogue::RecordKind::Study:
        return tr("study");
    case catalogue::RecordKind::Result:
        return tr("result");
    case catalogue::RecordKind::Arm:
        return tr("study arm");
    case catalogue::RecordKind::Dosing:
        return tr("dosing protocol");
    case catalogue::RecordKind::Target:
        return tr("molecular target");
    case catalogue::RecordKind::Mechanism:
        return tr("mechanism");
    case catalogue::RecordKind::MechanismTarget:
        return tr("mechanism's target");
    case catalogue::RecordKind::SynthesisInclusion:
        return tr("synthesis inclusion");
    }
    return {};
}

} // namespace eb::gui::editing
