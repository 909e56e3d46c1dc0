#include "cli/catalogue/cataloguejson.h"

#include "evidence/derivedvalues.h"
#include "evidence/format.h"
#include "evidence/resultline.h"
#include "evidence/statement.h"
#include "model/vocabulary.h"

#include <cmath>

namespace eb::cli {
namespace {

using namespace eb::catalogue;
using eb::evidence::DerivedGroup;
using eb::evidence::DerivedValue;
using eb::evidence::derivedValues;

QJsonValue text(const QString &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value);
}

template <typename T> QJsonValue number(const std::optional<T> &value)
{
    if (!value) {
        return {};
    }
    const double d = static_cast<double>(*value);
    return std::isfinite(d) ? QJsonValue(d) : QJsonValue();
}

QJsonObject studyRef(const StudyRef &ref)
{
    return {{QStringLiteral("id"), ref.id},
            {QStringLiteral("slug"), ref.slug},
            {QStringLiteral("name"), ref.name}};
}

QJsonArray studyRefs(const QList<StudyRef> &refs)
{
    QJsonArray array;
    for (const StudyRef &ref : refs) {
        array.append(studyRef(ref));
    }
    return array;
}

// A reported number as its source printed it ("21.0", "0.90"): JSON numbers cannot keep a
// trailing zero, so every printed number also has its text.
QJsonValue printedText(const std::optional<double> &value, std::optional<int> decimals)
{
    return value ? QJsonValue(eb::evidence::formatPrinted(*value, decimals)) : QJsonValue();
}

QJsonObject armSummary(const ArmSummaryRecord &a)
{
    QJsonObject o{
        {QStringLiteral("arm_role"), a.armRole},    {QStringLiteral("label"), text(a.label)},
        {QStringLiteral("n"), number(a.n)},         {QStringLiteral("mean"), number(a.mean)},
        {QStringLiteral("sd"), number(a.sd)},       {QStringLiteral("events"), number(a.events)},
        {QStringLiteral("total"), number(a.total)}, {QStringLiteral("source"), a.sourceShortLabel},
        {QStringLiteral("origin"), a.origin}};
    o.insert(QStringLiteral("mean_text"), printedText(a.mean, a.meanDecimals));
    o.insert(QStringLiteral("sd_text"), printedText(a.sd, a.sdDecimals));
    eb::evidence::insertStatement(o, eb::evidence::statementOf(a));
    return o;
}

} // namespace

QJsonObject toJson(const SourceRecord &s)
{
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("user_record"), s.userRecord},
                  {QStringLiteral("slug"), s.slug},
                  {QStringLiteral("kind"), s.kind},
                  {QStringLiteral("short_label"), s.shortLabel},
                  {QStringLiteral("authors"), text(s.authors)},
                  {QStringLiteral("title"), text(s.title)},
                  {QStringLiteral("journal"), text(s.journal)},
                  {QStringLiteral("year"), number(s.year)},
                  {QStringLiteral("volume"), text(s.volume)},
                  {QStringLiteral("issue"), text(s.issue)},
                  {QStringLiteral("pages"), text(s.pages)},
                  {QStringLiteral("doi"), text(s.doi)},
                  {QStringLiteral("pmid"), text(s.pmid)},
                  {QStringLiteral("pmcid"), text(s.pmcid)},
                  {QStringLiteral("registration"), text(s.registration)},
                  {QStringLiteral("sponsorship"), s.sponsorship},
                  {QStringLiteral("verification_note"), text(s.verificationNote)},
                  {QStringLiteral("notes"), text(s.notes)}};
    if (!s.studies.isEmpty()) {
        o.insert(QStringLiteral("studies"), studyRefs(s.studies));
    }
    // Versions of one publication, each a source of its own (db/schema/0008): the later
    // version this one is an earlier version of, and this one's earlier versions (a source's
    // own record only, as `catalogue show source SLUG` reads it).
    const auto version = [](const SourceVersionRef &v) {
        return QJsonObject{{QStringLiteral("slug"), v.slug},
                           {QStringLiteral("short_label"), v.shortLabel},
                           {QStringLiteral("year"), number(v.year)},
                           {QStringLiteral("doi"), text(v.doi)}};
    };
    if (s.versionOf) {
        o.insert(QStringLiteral("version_of"), version(*s.versionOf));
    }
    if (!s.versions.isEmpty()) {
        QJsonArray versions;
        for (const SourceVersionRef &v : s.versions) {
            versions.append(version(v));
        }
        o.insert(QStringLiteral("earlier_versions"), versions);
    }
    return o;
}

QJsonObject toJson(const StudySummary &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("user_record"), s.userRecord},
            {QStringLiteral("slug"), s.slug},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("design"), s.design},
            {QStringLiteral("condition"), s.condition},
            {QStringLiteral("severity"), text(s.severity)},
            {QStringLiteral("species"), s.species},
            {QStringLiteral("blinding"), text(s.blinding)},
            {QStringLiteral("year"), number(s.year)},
            {QStringLiteral("n_enrolled"), number(s.nEnrolled)},
            {QStringLiteral("n_analysed"), number(s.nAnalysed)},
            {QStringLiteral("sponsorship"), s.sponsorship},
            {QStringLiteral("result_count"), s.resultCount}};
}

// Values this program computes from a result, each marked derived with its formula.
QJsonArray derivedJson(const ResultRecord &r)
{
    QJsonArray groups;
    for (const DerivedGroup &group : derivedValues(r)) {
        QJsonArray values;
        for (const DerivedValue &value : group.values) {
            values.append(QJsonObject{{QStringLiteral("label"), value.label},
                                      {QStringLiteral("value"), value.valueText},
                                      {QStringLiteral("formula"), value.formula},
                                      {QStringLiteral("origin"), QStringLiteral("derived")}});
        }
        groups.append(QJsonObject{{QStringLiteral("title"), group.title},
                                  {QStringLiteral("values"), values},
                                  {QStringLiteral("note"), group.note},
                                  {QStringLiteral("assumes_arm_sizes"), group.assumesArmSizes}});
    }
    return groups;
}

QJsonObject toJson(const ResultRecord &r)
{
    QJsonArray arms;
    for (const ArmSummaryRecord &a : r.arms) {
        arms.append(armSummary(a));
    }
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("user_record"), r.userRecord},
                  {QStringLiteral("study"), r.studySlug},
                  {QStringLiteral("outcome"), r.outcomeSlug},
                  {QStringLiteral("outcome_name"), r.outcomeName},
                  {QStringLiteral("outcome_abbreviation"), text(r.outcomeAbbreviation)},
                  {QStringLiteral("outcome_domain"), r.outcomeDomain},
                  {QStringLiteral("outcome_direction"), r.outcomeDirection},
                  {QStringLiteral("outcome_is_ensemble"), r.outcomeIsEnsemble},
                  {QStringLiteral("timepoint"), text(r.timepoint)},
                  {QStringLiteral("timepoint_days"), number(r.timepointDays)},
                  {QStringLiteral("population"), text(r.population)},
                  {QStringLiteral("comparison"), text(r.comparison)},
                  {QStringLiteral("metric"), eb::catalogue::vocabulary::metricKey(r.metric)},
                  {QStringLiteral("estimate"), number(r.estimate)},
                  {QStringLiteral("ci_low"), number(r.ciLow)},
                  {QStringLiteral("ci_high"), number(r.ciHigh)},
                  {QStringLiteral("ci_level"), number(r.ciLevel)},
                  {QStringLiteral("p_operator"), text(r.pOperator)},
                  {QStringLiteral("p_value"), number(r.pValue)},
                  {QStringLiteral("n"), number(r.n)},
                  {QStringLiteral("higher_favours"), text(r.higherFavours)},
                  {QStringLiteral("statistical_method"), text(r.statisticalMethod)},
                  {QStringLiteral("origin"), r.origin},
                  {QStringLiteral("derivation"), text(r.derivation)},
                  {QStringLiteral("derived_from_id"), number(r.derivedFromId)},
                  {QStringLiteral("source"), r.sourceSlug},
                  {QStringLiteral("source_label"), r.sourceShortLabel},
                  {QStringLiteral("doi"), text(r.sourceDoi)},
                  {QStringLiteral("pmid"), text(r.sourcePmid)},
                  {QStringLiteral("note"), text(r.note)},
                  {QStringLiteral("arms"), arms},
                  {QStringLiteral("derived"), derivedJson(r)},
                  {QStringLiteral("citation"), eb::evidence::resultCitationLine(r)}};
    // The numbers as the source printed them ("0.90", "0.0240"), beside their values.
    const eb::evidence::PrintedDecimals printed = eb::evidence::printedDecimals(r);
    o.insert(QStringLiteral("estimate_text"), printedText(r.estimate, printed.estimate));
    o.insert(QStringLiteral("ci_low_text"), printedText(r.ciLow, printed.ciLow));
    o.insert(QStringLiteral("ci_high_text"), printedText(r.ciHigh, printed.ciHigh));
    o.insert(QStringLiteral("p_text"), printedText(r.pValue, r.pDecimals));
    eb::evidence::insertStatement(o, eb::evidence::statementOf(r));
    return o;
}

QJsonObject toJson(const DosingRecord &d)
{
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("slug"), d.slug},
                  {QStringLiteral("study"), text(d.studySlug)},
                  {QStringLiteral("label"), d.label},
                  {QStringLiteral("route"), text(d.route)},
                  {QStringLiteral("volume_ml_min"), number(d.volumeMlMin)},
                  {QStringLiteral("volume_ml_max"), number(d.volumeMlMax)},
                  {QStringLiteral("per_kg"), d.perKg},
                  {QStringLiteral("mg_min"), number(d.mgMin)},
                  {QStringLiteral("mg_max"), number(d.mgMax)},
                  {QStringLiteral("frequency"), text(d.frequency)},
                  {QStringLiteral("duration_days_min"), number(d.durationDaysMin)},
                  {QStringLiteral("duration_days_max"), number(d.durationDaysMax)},
                  {QStringLiteral("schedule"), text(d.schedule)},
                  {QStringLiteral("source"), d.sourceShortLabel},
                  {QStringLiteral("origin"), d.origin},
                  {QStringLiteral("note"), text(d.note)},
                  {QStringLiteral("user_record"), d.userRecord}};
    eb::evidence::insertStatement(o, eb::evidence::statementOf(d));
    return o;
}

QJsonObject toJson(const DiscrepancyRecord &x)
{
    return {{QStringLiteral("id"), x.id},
            {QStringLiteral("slug"), x.slug},
            {QStringLiteral("subject"), x.subject},
            {QStringLiteral("article_value"), x.articleValue},
            {QStringLiteral("source_value"), x.sourceValue},
            {QStringLiteral("article_source"), x.articleSourceShortLabel},
            {QStringLiteral("primary_source"), text(x.primarySourceShortLabel)},
            {QStringLiteral("article_result_id"), number(x.articleResultId)},
            {QStringLiteral("primary_result_id"), number(x.primaryResultId)},
            {QStringLiteral("claim"), text(x.claimSlug)},
            {QStringLiteral("study"), text(x.studySlug)},
            {QStringLiteral("explanation"), x.explanation}};
}

QJsonObject toJson(const StudyDetail &s)
{
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("user_record"), s.userRecord},
                  {QStringLiteral("slug"), s.slug},
                  {QStringLiteral("name"), s.name},
                  {QStringLiteral("title"), text(s.title)},
                  {QStringLiteral("design"), s.design},
                  {QStringLiteral("condition"), s.condition},
                  {QStringLiteral("severity"), text(s.severity)},
                  {QStringLiteral("species"), s.species},
                  {QStringLiteral("blinding"), text(s.blinding)},
                  {QStringLiteral("setting"), text(s.setting)},
                  {QStringLiteral("centres"), number(s.centres)},
                  {QStringLiteral("n_enrolled"), number(s.nEnrolled)},
                  {QStringLiteral("n_analysed"), number(s.nAnalysed)},
                  {QStringLiteral("n_note"), text(s.nNote)},
                  {QStringLiteral("intervention"), text(s.intervention)},
                  {QStringLiteral("control"), text(s.control)},
                  {QStringLiteral("timing"), text(s.timing)},
                  {QStringLiteral("treatment_duration"), text(s.treatmentDuration)},
                  {QStringLiteral("follow_up"), text(s.followUp)},
                  {QStringLiteral("year"), number(s.year)},
                  {QStringLiteral("registration"), text(s.registration)},
                  {QStringLiteral("sponsorship"), s.sponsorship},
                  {QStringLiteral("summary"), text(s.summary)}};
    QJsonArray arms;
    for (const StudyArmRecord &a : s.arms) {
        QJsonObject arm{{QStringLiteral("role"), a.role},
                        {QStringLiteral("label"), a.label},
                        {QStringLiteral("n_randomised"), number(a.nRandomised)},
                        {QStringLiteral("n_analysed"), number(a.nAnalysed)},
                        {QStringLiteral("source"), text(a.sourceShortLabel)}};
        eb::evidence::insertStatement(arm, eb::evidence::statementOf(a));
        arms.append(arm);
    }
    o.insert(QStringLiteral("arms"), arms);
    o.insert(QStringLiteral("results"), toJsonArray(s.results));
    o.insert(QStringLiteral("dosing"), toJsonArray(s.dosing));
    QJsonArray sources;
    for (const StudySourceRecord &link : s.sources) {
        QJsonObject source = toJson(link.source);
        source.insert(QStringLiteral("role"), link.role);
        source.insert(QStringLiteral("role_note"), text(link.note));
        sources.append(source);
    }
    o.insert(QStringLiteral("sources"), sources);
    o.insert(QStringLiteral("components"), studyRefs(s.components));
    o.insert(QStringLiteral("part_of"), studyRefs(s.parents));
    // Link by link (synthesis_inclusion): the outcome (null: every outcome), the source's
    // words and whether the user entered it.
    QJsonArray inclusions;
    for (const SynthesisInclusionRecord &link : s.inclusions) {
        QJsonObject i{{QStringLiteral("synthesis"), link.synthesis.slug},
                      {QStringLiteral("trial"), link.trial.slug},
                      {QStringLiteral("outcome"), text(link.outcomeSlug)},
                      {QStringLiteral("source"), link.sourceShortLabel},
                      {QStringLiteral("note"), text(link.note)},
                      {QStringLiteral("user_record"), link.userRecord}};
        eb::evidence::insertStatement(
            i, {link.quote, link.statementKind, link.statementWhere, link.sourceShortLabel});
        inclusions.append(i);
    }
    o.insert(QStringLiteral("inclusions"), inclusions);
    o.insert(QStringLiteral("discrepancies"), toJsonArray(s.discrepancies));
    QJsonArray provenance;
    for (const FieldProvenanceRecord &p : s.provenance) {
        QJsonObject field{{QStringLiteral("entity"), p.entity},
                          {QStringLiteral("entity_id"), p.entityId},
                          {QStringLiteral("field"), p.field},
                          {QStringLiteral("source"), p.sourceShortLabel},
                          {QStringLiteral("origin"), p.origin}};
        eb::evidence::insertStatement(field, eb::evidence::statementOf(p));
        provenance.append(field);
    }
    o.insert(QStringLiteral("field_provenance"), provenance);
    return o;
}

QJsonObject toJson(const OutcomeMeasureRecord &m)
{
    QJsonObject o{{QStringLiteral("id"), m.id},
                  {QStringLiteral("user_record"), m.userRecord},
                  {QStringLiteral("slug"), m.slug},
                  {QStringLiteral("name"), m.name},
                  {QStringLiteral("abbreviation"), text(m.abbreviation)},
                  {QStringLiteral("domain"), m.domain},
                  {QStringLiteral("direction"), m.direction},
                  {QStringLiteral("range_min"), number(m.rangeMin)},
                  {QStringLiteral("range_max"), number(m.rangeMax)},
                  {QStringLiteral("is_ensemble"), m.isEnsemble},
                  {QStringLiteral("description"), text(m.description)},
                  {QStringLiteral("result_count"), m.resultCount}};
    if (!m.studies.isEmpty()) {
        o.insert(QStringLiteral("studies"), studyRefs(m.studies));
    }
    return o;
}

QJsonObject toJson(const MechanismRecord &m)
{
    QJsonArray targets;
    for (const MechanismTargetRecord &t : m.targets) {
        QJsonObject target{{QStringLiteral("slug"), t.slug},
                           {QStringLiteral("name"), t.name},
                           {QStringLiteral("kind"), t.kind},
                           {QStringLiteral("description"), text(t.description)},
                           {QStringLiteral("direction"), t.direction}};
        eb::evidence::insertStatement(target, {t.quote, t.statementKind, {}, m.sourceShortLabel});
        targets.append(target);
    }
    QJsonArray evidence;
    for (const MechanismEvidenceRecord &e : m.evidence) {
        QJsonObject item{{QStringLiteral("study"), text(e.studySlug)},
                         {QStringLiteral("study_name"), text(e.studyName)},
                         {QStringLiteral("result_id"), number(e.resultId)},
                         {QStringLiteral("source"), e.sourceShortLabel},
                         {QStringLiteral("support"), e.support},
                         {QStringLiteral("note"), e.note}};
        eb::evidence::insertStatement(item, eb::evidence::statementOf(e));
        evidence.append(item);
    }
    QJsonObject o{{QStringLiteral("id"), m.id},
                  {QStringLiteral("user_record"), m.userRecord},
                  {QStringLiteral("slug"), m.slug},
                  {QStringLiteral("category"), m.category},
                  {QStringLiteral("description"), m.description},
                  {QStringLiteral("source"), m.sourceShortLabel},
                  {QStringLiteral("targets"), targets},
                  {QStringLiteral("evidence"), evidence}};
    eb::evidence::insertStatement(o, eb::evidence::statementOf(m));
    return o;
}

QJsonObject toJson(const ClaimRecord &c)
{
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("slug"), c.slug},
                  {QStringLiteral("text"), c.text},
                  {QStringLiteral("topic"), c.topic},
                  {QStringLiteral("kind"), c.kind},
                  {QStringLiteral("study"), text(c.studySlug)},
                  {QStringLiteral("result_id"), number(c.resultId)},
                  {QStringLiteral("source"), c.sourceShortLabel},
                  {QStringLiteral("verdict"), c.verdict},
                  {QStringLiteral("verdict_note"), text(c.verdictNote)}};
    if (c.result) {
        o.insert(QStringLiteral("result"), toJson(*c.result));
    }
    if (!c.discrepancies.isEmpty()) {
        o.insert(QStringLiteral("discrepancies"), toJsonArray(c.discrepancies));
    }
    return o;
}

QJsonObject toJson(const SearchHit &h)
{
    return {{QStringLiteral("kind"), searchHitKindKey(h.kind)},
            {QStringLiteral("id"), h.id},
            {QStringLiteral("slug"), h.slug},
            {QStringLiteral("title"), h.title},
            {QStringLiteral("snippet"), h.snippet}};
}

} // namespace eb::cli
