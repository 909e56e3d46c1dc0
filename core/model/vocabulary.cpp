#include "model/vocabulary.h"

#include <QCoreApplication>
#include <array>

namespace eb::catalogue::vocabulary {
namespace {

constexpr const char *kContext = "eb::catalogue::vocabulary";

struct Term
{
    const char *key;
    const char *label;
    const char *shortLabel = nullptr; // nullptr: the label
    const char *axisTitle = nullptr;  // metrics only
    const char *words = nullptr;      // metrics only: the name in a sentence ("risk ratio")
};

#define EB_TERM(text) QT_TRANSLATE_NOOP("eb::catalogue::vocabulary", text)

constexpr Term kSourceKinds[] = {
    {"article", EB_TERM("The article")},
    {"journal_article", EB_TERM("Journal article")},
    {"conference_abstract", EB_TERM("Conference abstract")},
    {"preprint", EB_TERM("Preprint")},
    {"systematic_review", EB_TERM("Systematic review")},
    {"registry_record", EB_TERM("Registry record")},
    {"website", EB_TERM("Website")},
    {"product_label", EB_TERM("Product label")},
    {"methods_paper", EB_TERM("Methods paper")},
};

constexpr Term kSponsorships[] = {
    {"industry", EB_TERM("Industry-sponsored"), EB_TERM("Industry")},
    {"independent", EB_TERM("Independent"), EB_TERM("Independent")},
    {"unknown", EB_TERM("Sponsorship unknown"), EB_TERM("Unknown")},
};

constexpr Term kDesigns[] = {
    {"rct", EB_TERM("Randomised controlled trial")},
    {"pilot_rct", EB_TERM("Pilot randomised trial")},
    {"open_label_controlled", EB_TERM("Open-label controlled study")},
    {"meta_analysis", EB_TERM("Meta-analysis")},
    {"ipd_meta_analysis", EB_TERM("Individual-patient-data meta-analysis")},
    {"systematic_review", EB_TERM("Systematic review")},
    {"preclinical_rct", EB_TERM("Preclinical randomised study")},
    {"unidentified", EB_TERM("Unidentified (article only)")},
};

constexpr Term kConditions[] = {
    {"stroke", EB_TERM("Stroke")},
    {"traumatic_brain_injury", EB_TERM("Traumatic brain injury"), EB_TERM("TBI")},
};

constexpr Term kSpecies[] = {
    {"human", EB_TERM("Human")},
    {"rat", EB_TERM("Rat")},
};

constexpr Term kStudySourceRoles[] = {
    {"primary", EB_TERM("primary publication")}, {"secondary", EB_TERM("secondary publication")},
    {"article", EB_TERM("the article")},         {"registry", EB_TERM("registry record")},
    {"manufacturer", EB_TERM("manufacturer")},   {"abstract", EB_TERM("abstract")},
    {"preprint", EB_TERM("preprint")},           {"candidate", EB_TERM("candidate match")},
};

constexpr Term kOrigins[] = {
    {"reported", EB_TERM("reported")},
    {"derived", EB_TERM("derived")},
};

constexpr Term kArmRoles[] = {
    {"treatment", EB_TERM("Treatment")},
    {"control", EB_TERM("Control")},
};

constexpr Term kDomains[] = {
    {"motor", EB_TERM("Motor")},
    {"cognitive", EB_TERM("Cognitive")},
    {"language", EB_TERM("Language")},
    {"neurological", EB_TERM("Neurological")},
    {"global", EB_TERM("Global")},
    {"functional", EB_TERM("Functional")},
    {"histological", EB_TERM("Histological")},
    {"safety", EB_TERM("Safety")},
    {"mortality", EB_TERM("Mortality")},
    {"retention", EB_TERM("Retention")},
};

constexpr Term kDirections[] = {
    {"higher_better", EB_TERM("Higher is better")},
    {"lower_better", EB_TERM("Lower is better")},
};

// The third column is what an axis or a legend calls the metric.
constexpr Term kMetrics[] = {
    {"mw", EB_TERM("MW"), EB_TERM("MW"), EB_TERM("Mann-Whitney effect size (MW)"),
     EB_TERM("Mann-Whitney effect size")},
    {"d", EB_TERM("Cohen's d"), EB_TERM("d"), EB_TERM("Cohen's d"), EB_TERM("Cohen's d")},
    {"g", EB_TERM("Hedges' g"), EB_TERM("g"), EB_TERM("Hedges' g"), EB_TERM("Hedges' g")},
    {"smd", EB_TERM("SMD"), EB_TERM("SMD"), EB_TERM("Standardized mean difference"),
     EB_TERM("standardized mean difference")},
    {"or", EB_TERM("OR"), EB_TERM("OR"), EB_TERM("Odds ratio (log scale)"), EB_TERM("odds ratio")},
    {"log_or", EB_TERM("log OR"), EB_TERM("log OR"), EB_TERM("Log odds ratio"),
     EB_TERM("log odds ratio")},
    {"rr", EB_TERM("RR"), EB_TERM("RR"), EB_TERM("Risk ratio (log scale)"), EB_TERM("risk ratio")},
    {"log_rr", EB_TERM("log RR"), EB_TERM("log RR"), EB_TERM("Log risk ratio"),
     EB_TERM("log risk ratio")},
    {"rd", EB_TERM("Risk difference"), EB_TERM("RD"), EB_TERM("Risk difference"),
     EB_TERM("risk difference")},
    {"md", EB_TERM("Mean difference"), EB_TERM("MD"), EB_TERM("Mean difference"),
     EB_TERM("mean difference")},
    {"mean_change_difference", EB_TERM("Difference in mean change"), EB_TERM("MD (change)"),
     EB_TERM("Difference in mean change"), EB_TERM("difference in mean change")},
    {"nnt", EB_TERM("NNT"), EB_TERM("NNT"), EB_TERM("Number needed to treat"),
     EB_TERM("number needed to treat")},
    {"none", EB_TERM("Direction and p only"), EB_TERM("Effect"), EB_TERM("Effect"),
     EB_TERM("a value on no named scale")},
};

constexpr Term kTargetDirections[] = {
    {"up", EB_TERM("up")},
    {"down", EB_TERM("down")},
    {"mimics", EB_TERM("mimics")},
    {"modulates", EB_TERM("modulates")},
    {"inhibits", EB_TERM("inhibits")},
    {"preserves", EB_TERM("preserves")},
    {"activates", EB_TERM("activates")},
};

constexpr Term kSupports[] = {
    {"direct", EB_TERM("Direct")},
    {"indirect", EB_TERM("Indirect")},
    {"asserted_only", EB_TERM("Asserted by the article only")},
};

constexpr Term kRoutes[] = {
    {"iv", EB_TERM("intravenous")},
    {"im", EB_TERM("intramuscular")},
    {"iv_or_im", EB_TERM("intravenous or intramuscular")},
    {"ip", EB_TERM("intraperitoneal")},
};

constexpr Term kVerdicts[] = {
    {"consistent", EB_TERM("Consistent with its source"), EB_TERM("Consistent")},
    {"discrepant", EB_TERM("Differs from its source"), EB_TERM("Differs")},
    {"unsupported", EB_TERM("Not supported by a source"), EB_TERM("Unsupported")},
    {"not_verified", EB_TERM("Not verified"), EB_TERM("Not verified")},
    {"overstated", EB_TERM("Overstated"), EB_TERM("Overstated")},
};

constexpr Term kTargetKinds[] = {
    {"neurotrophin", EB_TERM("neurotrophin")},
    {"cytokine", EB_TERM("cytokine")},
    {"transcription factor", EB_TERM("transcription factor")},
    {"receptor", EB_TERM("receptor")},
    {"enzyme", EB_TERM("enzyme")},
    {"pathway", EB_TERM("pathway")},
    {"neurotransmitter", EB_TERM("neurotransmitter")},
    {"structure", EB_TERM("structure")},
    {"process", EB_TERM("process")},
};

// The form's choice "How it is known" shows the label; tables and lists the short one.
constexpr Term kStatementKinds[] = {
    {"verbatim", EB_TERM("Verbatim: the source's exact words, pasted"), EB_TERM("Verbatim")},
    {"transcribed", EB_TERM("Transcribed: our wording of what the source reports"),
     EB_TERM("Transcribed")},
};

// The order the claims audit lists them in: the article's own order.
constexpr Term kTopics[] = {
    {"general", EB_TERM("General")}, {"mechanism", EB_TERM("Mechanism")},
    {"stroke", EB_TERM("Stroke")},   {"tbi", EB_TERM("TBI")},
    {"dosing", EB_TERM("Dosing")},
};

constexpr DisplayMetric kDisplayMetrics[] = {DisplayMetric::Native, DisplayMetric::Mw,
                                             DisplayMetric::D, DisplayMetric::Or};

// Key, then label; the order of DisplayMetric.
constexpr Term kDisplayMetricTerms[] = {
    {"native", EB_TERM("Native metric")},
    {"mw", EB_TERM("Mann-Whitney (MW)")},
    {"d", EB_TERM("Cohen's d")},
    {"or", EB_TERM("Odds ratio")},
};

#undef EB_TERM

constexpr std::array kLists{
    List::SourceKind, List::Sponsorship,     List::Design,  List::Condition,
    List::Species,    List::StudySourceRole, List::Origin,  List::ArmRole,
    List::Domain,     List::Direction,       List::Metric,  List::TargetDirection,
    List::Support,    List::Route,           List::Verdict, List::Topic,
    List::TargetKind, List::StatementKind,
};

std::span<const Term> terms(List list)
{
    switch (list) {
    case List::SourceKind:
        return kSourceKinds;
    case List::Sponsorship:
        return kSponsorships;
    case List::Design:
        return kDesigns;
    case List::Condition:
        return kConditions;
    case List::Species:
        return kSpecies;
    case List::StudySourceRole:
        return kStudySourceRoles;
    case List::Origin:
        return kOrigins;
    case List::ArmRole:
        return kArmRoles;
    case List::Domain:
        return kDomains;
    case List::Direction:
        return kDirections;
    case List::Metric:
        return kMetrics;
    case List::TargetDirection:
        return kTargetDirections;
    case List::Support:
        return kSupports;
    case List::Route:
        return kRoutes;
    case List::Verdict:
        return kVerdicts;
    case List::Topic:
        return kTopics;
    case List::TargetKind:
        return kTargetKinds;
    case List::StatementKind:
        return kStatementKinds;
    }
    return {};
}

const Term *find(List list, const QString &key)
{
    for (const Term &term : terms(list)) {
        if (key == QLatin1String(term.key)) {
            return &term;
        }
    }
    return nullptr;
}

QString translate(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

} // namespace

std::span<const List> allLists()
{
    return kLists;
}

QStringList keys(List list)
{
    QStringList out;
    for (const Term &term : terms(list)) {
        out << QLatin1String(term.key);
    }
    return out;
}

QStringList columns(List list)
{
    switch (list) {
    case List::SourceKind:
        return {QStringLiteral("source.kind")};
    case List::Sponsorship:
        return {QStringLiteral("source.sponsorship"), QStringLiteral("study.sponsorship")};
    case List::Design:
        return {QStringLiteral("study.design")};
    case List::Condition:
        return {QStringLiteral("study.condition")};
    case List::Species:
        return {QStringLiteral("study.species")};
    case List::StudySourceRole:
        return {QStringLiteral("study_source.role")};
    case List::Origin:
        return {QStringLiteral("field_provenance.origin"), QStringLiteral("result.origin"),
                QStringLiteral("arm_summary.origin"), QStringLiteral("dosing_protocol.origin")};
    case List::ArmRole:
        return {QStringLiteral("study_arm.role"), QStringLiteral("result.higher_favours"),
                QStringLiteral("arm_summary.arm_role")};
    case List::Domain:
        return {QStringLiteral("outcome_measure.domain")};
    case List::Direction:
        return {QStringLiteral("outcome_measure.direction")};
    case List::Metric:
        return {QStringLiteral("result.metric")};
    case List::TargetDirection:
        return {QStringLiteral("mechanism_target.direction")};
    case List::Support:
        return {QStringLiteral("mechanism_evidence.support")};
    case List::Route:
        return {QStringLiteral("dosing_protocol.route")};
    case List::Verdict:
        return {QStringLiteral("claim.verdict")};
    case List::Topic:
        return {QStringLiteral("claim.topic")};
    case List::TargetKind:
        return {QStringLiteral("molecular_target.kind")};
    case List::StatementKind:
        return {QStringLiteral("result.statement_kind"),
                QStringLiteral("arm_summary.statement_kind"),
                QStringLiteral("study_arm.statement_kind"),
                QStringLiteral("field_provenance.statement_kind"),
                QStringLiteral("dosing_protocol.statement_kind"),
                QStringLiteral("mechanism.statement_kind"),
                QStringLiteral("mechanism_evidence.statement_kind"),
                QStringLiteral("mechanism_target.statement_kind"),
                QStringLiteral("synthesis_inclusion.statement_kind")};
    }
    return {};
}

QString label(List list, const QString &key)
{
    const Term *term = find(list, key);
    return term ? translate(term->label) : key;
}

QString shortLabel(List list, const QString &key)
{
    const Term *term = find(list, key);
    if (!term) {
        return key;
    }
    return translate(term->shortLabel ? term->shortLabel : term->label);
}

QString design(const QString &key)
{
    return label(List::Design, key);
}

QString condition(const QString &key)
{
    return label(List::Condition, key);
}

QString species(const QString &key)
{
    return label(List::Species, key);
}

QString domain(const QString &key)
{
    return label(List::Domain, key);
}

QString direction(const QString &key)
{
    return label(List::Direction, key);
}

QString sponsorship(const QString &key)
{
    return label(List::Sponsorship, key);
}

QString sponsorshipShort(const QString &key)
{
    return shortLabel(List::Sponsorship, key);
}

QString sourceKind(const QString &key)
{
    return label(List::SourceKind, key);
}

QString verdict(const QString &key)
{
    return label(List::Verdict, key);
}

QString verdictShort(const QString &key)
{
    return shortLabel(List::Verdict, key);
}

QString origin(const QString &key)
{
    return label(List::Origin, key);
}

QString support(const QString &key)
{
    return label(List::Support, key);
}

QString armRole(const QString &key)
{
    return label(List::ArmRole, key);
}

QString route(const QString &key)
{
    return label(List::Route, key);
}

QString studySourceRole(const QString &key)
{
    return label(List::StudySourceRole, key);
}

QString targetDirectionWord(const QString &key)
{
    return label(List::TargetDirection, key);
}

QString targetDirectionArrow(const QString &key)
{
    if (key == QLatin1String("up") || key == QLatin1String("activates")) {
        return QStringLiteral("↑");
    }
    if (key == QLatin1String("down") || key == QLatin1String("inhibits")) {
        return QStringLiteral("↓");
    }
    if (key == QLatin1String("mimics")) {
        return QStringLiteral("≈");
    }
    if (key == QLatin1String("preserves")) {
        return QStringLiteral("=");
    }
    return QStringLiteral("↕"); // modulates
}

QString topic(const QString &key)
{
    return label(List::Topic, key);
}

QString statementKind(const QString &key)
{
    return shortLabel(List::StatementKind, key);
}

QString userRecordNote()
{
    return translate("Entered by you: not from the bundled sources");
}

QString markUserRecord(const QString &name, bool userRecord)
{
    return userRecord ? translate("%1 (yours)").arg(name) : name;
}

bool isSynthesisDesign(const QString &design)
{
    return design == QLatin1String("meta_analysis") ||
           design == QLatin1String("ipd_meta_analysis") ||
           design == QLatin1String("systematic_review");
}

bool isHarmDomain(const QString &domain)
{
    return domain == QLatin1String("safety") || domain == QLatin1String("mortality") ||
           domain == QLatin1String("retention");
}

std::span<const DisplayMetric> allDisplayMetrics()
{
    return kDisplayMetrics;
}

QString displayMetricKey(DisplayMetric display)
{
    return QLatin1String(kDisplayMetricTerms[static_cast<int>(display)].key);
}

std::optional<DisplayMetric> displayMetricFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const DisplayMetric display : kDisplayMetrics) {
        if (k == displayMetricKey(display)) {
            return display;
        }
    }
    return std::nullopt;
}

QString displayMetricLabel(DisplayMetric display)
{
    return translate(kDisplayMetricTerms[static_cast<int>(display)].label);
}

QStringList displayMetricKeys()
{
    QStringList out;
    for (const DisplayMetric display : kDisplayMetrics) {
        out << displayMetricKey(display);
    }
    return out;
}

QString metricKey(stats::Metric metric)
{
    const std::string_view key = stats::metricKey(metric);
    return QString::fromLatin1(key.data(), static_cast<qsizetype>(key.size()));
}

std::optional<stats::Metric> metricFromKey(const QString &key)
{
    return stats::metricFromKey(key.toStdString());
}

QString metric(stats::Metric metric)
{
    return label(List::Metric, vocabulary::metricKey(metric));
}

QString metricShort(stats::Metric metric)
{
    return shortLabel(List::Metric, vocabulary::metricKey(metric));
}

QString metricWords(stats::Metric metric)
{
    const Term *term = find(List::Metric, vocabulary::metricKey(metric));
    return term && term->words ? translate(term->words) : vocabulary::metricKey(metric);
}

QString metricAxisTitle(stats::Metric metric)
{
    const Term *term = find(List::Metric, vocabulary::metricKey(metric));
    return term && term->axisTitle ? translate(term->axisTitle) : vocabulary::metricKey(metric);
}

} // namespace eb::catalogue::vocabulary
