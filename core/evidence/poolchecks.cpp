#include "evidence/poolchecks.h"

#include "evidence/studycompare.h"
#include "model/vocabulary.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <functional>

namespace eb::review {
namespace {

using eb::catalogue::ResultRecord;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("eb::review::PoolChecks", text, disambiguation, n);
}

// Two different sources that are versions of one publication, by the catalogue's version
// link (either side's chain names the other).
bool versionsOfOnePublication(const PoolInput &a, const PoolInput &b)
{
    return a.result.sourceId != b.result.sourceId &&
           (a.sourceVersionIds.contains(b.result.sourceId) ||
            b.sourceVersionIds.contains(a.result.sourceId));
}

// A metric as a sentence names it ("risk ratio"): the catalogue's vocabulary holds the words.
QString metricName(const QString &key)
{
    const auto metric = eb::catalogue::vocabulary::metricFromKey(key);
    return metric ? eb::catalogue::vocabulary::metricWords(*metric) : key;
}

QString timepointText(const ResultRecord &r)
{
    return r.timepoint.isEmpty() ? tr("timepoint not stated") : r.timepoint;
}

QString populationText(const PoolInput &in)
{
    QString text = QString(in.condition).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!in.severity.isEmpty()) {
        text += QStringLiteral(" (%1)").arg(in.severity);
    }
    if (!in.result.population.isEmpty()) {
        text += QStringLiteral(", %1").arg(in.result.population);
    }
    return text;
}

QList<qint64> idsOf(const QList<PoolInput> &inputs)
{
    QList<qint64> ids;
    for (const PoolInput &in : inputs) {
        ids << in.result.id;
    }
    return ids;
}

// "The outcomes differ: ARAT; NIHSS." for any per-input key that takes two values or more.
void warnIfDiffers(const QList<PoolInput> &inputs, PoolIssueKind kind, const QString &lead,
                   const std::function<QString(const PoolInput &)> &key, PoolCheck &check)
{
    QStringList values;
    for (const PoolInput &in : inputs) {
        const QString value = key(in);
        if (!values.contains(value)) {
            values << value;
        }
    }
    if (values.size() <= 1) {
        return;
    }
    // A pool of thousands of results can differ in hundreds of values: the first few name the
    // difference, and the count says how far it goes (the results' own rows have each value).
    constexpr qsizetype kNamed = 10;
    QString list = values.mid(0, kNamed).join(QStringLiteral("; "));
    if (values.size() > kNamed) {
        list = tr("%1; and %n more", nullptr, static_cast<int>(values.size() - kNamed)).arg(list);
    }
    check.warnings.append({kind, lead.arg(list), idsOf(inputs), {}});
}

// Two syntheses of different studies: sharing a trial counts its patients twice; when either
// does not state its trials and both are of one condition, they may share trials.
void checkSyntheses(const PoolInput &a, const PoolInput &b, const QList<qint64> &pair,
                    PoolCheck &check)
{
    if (!eb::catalogue::vocabulary::isSynthesisDesign(a.design) ||
        !eb::catalogue::vocabulary::isSynthesisDesign(b.design)) {
        return;
    }
    QStringList shared;
    for (qsizetype i = 0; i < a.componentStudyIds.size(); ++i) {
        if (b.componentStudyIds.contains(a.componentStudyIds.at(i))) {
            shared << a.componentNames.value(i);
        }
    }
    if (!shared.isEmpty()) {
        check.refusals.append(
            {PoolIssueKind::SynthesesShareTrials,
             tr("%1 and %2 are syntheses that both include %3: pooling them would count those "
                "patients twice. Keep one of the two.")
                 .arg(describeResult(a.result), describeResult(b.result),
                      shared.join(QStringLiteral(", "))),
             pair, pair});
        return;
    }
    if ((a.componentStudyIds.isEmpty() || b.componentStudyIds.isEmpty()) &&
        a.condition == b.condition) {
        QStringList unknown;
        for (const PoolInput *in : {&a, &b}) {
            if (in->componentStudyIds.isEmpty()) {
                unknown << (in->result.studyName.isEmpty() ? in->result.studySlug
                                                           : in->result.studyName);
            }
        }
        check.refusals.append(
            {PoolIssueKind::SynthesisInclusionNotStated,
             tr("%1 and %2 are syntheses of the same condition, and which trials %3 pooled is "
                "not stated: inclusion is not stated, so they may pool the same trials and "
                "count their patients twice. Keep one of the two.")
                 .arg(describeResult(a.result), describeResult(b.result),
                      unknown.join(tr(" and "))),
             pair, pair});
    }
}

// Results whose no-effect directions are opposite cannot share one axis unless one is flipped.
void checkDirections(const QList<PoolInput> &inputs, PoolCheck &check)
{
    QStringList treatment;
    QStringList control;
    for (const PoolInput &in : inputs) {
        (favoursTreatmentAbove(in) ? treatment : control) << describeResult(in.result);
    }
    if (treatment.isEmpty() || control.isEmpty()) {
        return;
    }
    check.refusals.append(
        {PoolIssueKind::DirectionsOpposite,
         tr("The no-effect directions are opposite: above no effect, %1 favours Cerebrolysin "
            "and %2 favours control (a response with a death, say). Flip one of them explicitly "
            "to pool them; the pooled result then records the flip.")
             .arg(treatment.join(QStringLiteral(", ")), control.join(QStringLiteral(", "))),
         idsOf(inputs),
         {}});
}

void checkPairs(const QList<PoolInput> &inputs, PoolCheck &check)
{
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        for (qsizetype j = i + 1; j < inputs.size(); ++j) {
            const PoolInput &a = inputs.at(i);
            const PoolInput &b = inputs.at(j);
            const QList<qint64> pair{a.result.id, b.result.id};
            for (const auto &[parent, child] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
                if (parent->componentStudyIds.contains(child->result.studyId)) {
                    check.refusals.append(
                        {PoolIssueKind::MetaAnalysisWithComponent,
                         tr("%1 is a meta-analysis that already includes %2: pooling them would "
                            "count %3's patients twice. Keep one of the two.")
                             .arg(describeResult(parent->result), describeResult(child->result),
                                  child->result.studyName),
                         pair, pair});
                }
            }
            if (versionsOfOnePublication(a, b)) {
                check.refusals.append(
                    {PoolIssueKind::TwoVersionsOfReview,
                     tr("%1 and %2 are two versions of one review (%3 and %4): the later version "
                        "contains the earlier one's trials. Keep one of the two.")
                         .arg(describeResult(a.result), describeResult(b.result),
                              a.result.sourceShortLabel, b.result.sourceShortLabel),
                     pair, pair});
                continue;
            }
            if (a.result.studyId != b.result.studyId) {
                checkSyntheses(a, b, pair, check);
                continue;
            }
            const bool sameMeasure = a.result.outcomeId == b.result.outcomeId &&
                                     a.result.timepoint == b.result.timepoint;
            QString why;
            if (a.result.population != b.result.population && sameMeasure) {
                why = tr("two analyses of one trial (%1 and %2)")
                          .arg(a.result.population.isEmpty() ? tr("population not stated")
                                                             : a.result.population,
                               b.result.population.isEmpty() ? tr("population not stated")
                                                             : b.result.population);
            } else if (a.result.sourceId != b.result.sourceId && sameMeasure) {
                why = tr("one result of %1 reported by two sources").arg(a.result.studyName);
            } else {
                why = tr("two results of one study, %1, whose patients would be counted twice")
                          .arg(a.result.studyName);
            }
            check.refusals.append(
                {PoolIssueKind::TwoAnalysesOfTrial,
                 tr("%1 and %2 are %3. Keep one of the two.")
                     .arg(describeResult(a.result), describeResult(b.result), why),
                 pair, pair});
        }
    }
}

} // namespace

bool isRefusal(PoolIssueKind kind)
{
    switch (kind) {
    case PoolIssueKind::TooFew:
    case PoolIssueKind::SpeciesMixed:
    case PoolIssueKind::NoEffectSize:
    case PoolIssueKind::NoInterval:
    case PoolIssueKind::ScalesDoNotConvert:
    case PoolIssueKind::MetaAnalysisWithComponent:
    case PoolIssueKind::TwoVersionsOfReview:
    case PoolIssueKind::TwoAnalysesOfTrial:
    case PoolIssueKind::SynthesesShareTrials:
    case PoolIssueKind::SynthesisInclusionNotStated:
    case PoolIssueKind::DirectionsOpposite:
        return true;
    case PoolIssueKind::OutcomesDiffer:
    case PoolIssueKind::TimepointsDiffer:
    case PoolIssueKind::PopulationsDiffer:
    case PoolIssueKind::DesignsDiffer:
    case PoolIssueKind::EnsembleWithSingleScale:
    case PoolIssueKind::CiLevelAssumed:
        return false;
    }
    return true;
}

QString poolIssueKey(PoolIssueKind kind)
{
    switch (kind) {
    case PoolIssueKind::TooFew:
        return QStringLiteral("too_few");
    case PoolIssueKind::SpeciesMixed:
        return QStringLiteral("species_mixed");
    case PoolIssueKind::NoEffectSize:
        return QStringLiteral("no_effect_size");
    case PoolIssueKind::NoInterval:
        return QStringLiteral("no_interval");
    case PoolIssueKind::ScalesDoNotConvert:
        return QStringLiteral("scales_do_not_convert");
    case PoolIssueKind::MetaAnalysisWithComponent:
        return QStringLiteral("meta_analysis_with_component");
    case PoolIssueKind::TwoVersionsOfReview:
        return QStringLiteral("two_versions_of_review");
    case PoolIssueKind::TwoAnalysesOfTrial:
        return QStringLiteral("two_analyses_of_trial");
    case PoolIssueKind::SynthesesShareTrials:
        return QStringLiteral("syntheses_share_trials");
    case PoolIssueKind::SynthesisInclusionNotStated:
        return QStringLiteral("synthesis_inclusion_not_stated");
    case PoolIssueKind::DirectionsOpposite:
        return QStringLiteral("directions_opposite");
    case PoolIssueKind::OutcomesDiffer:
        return QStringLiteral("outcomes_differ");
    case PoolIssueKind::TimepointsDiffer:
        return QStringLiteral("timepoints_differ");
    case PoolIssueKind::PopulationsDiffer:
        return QStringLiteral("populations_differ");
    case PoolIssueKind::DesignsDiffer:
        return QStringLiteral("designs_differ");
    case PoolIssueKind::EnsembleWithSingleScale:
        return QStringLiteral("ensemble_with_single_scale");
    case PoolIssueKind::CiLevelAssumed:
        return QStringLiteral("ci_level_assumed");
    }
    return {};
}

QString poolingFamily(const QString &metricKey)
{
    static const QSet<QString> standardized{QStringLiteral("mw"), QStringLiteral("d"),
                                            QStringLiteral("g"),  QStringLiteral("smd"),
                                            QStringLiteral("or"), QStringLiteral("log_or")};
    if (standardized.contains(metricKey)) {
        return QStringLiteral("standardized");
    }
    if (metricKey == QLatin1String("rr") || metricKey == QLatin1String("log_rr")) {
        return QStringLiteral("risk_ratio");
    }
    if (metricKey == QLatin1String("rd")) {
        return QStringLiteral("risk_difference");
    }
    if (metricKey == QLatin1String("md") || metricKey == QLatin1String("mean_change_difference")) {
        return QStringLiteral("mean_difference");
    }
    return {};
}

QString describeResult(const ResultRecord &result)
{
    QStringList parts{result.studyName.isEmpty() ? result.studySlug : result.studyName};
    const QString outcome = result.outcomeShortName();
    if (!outcome.isEmpty()) {
        parts << outcome;
    }
    if (!result.timepoint.isEmpty()) {
        parts << result.timepoint;
    }
    if (!result.population.isEmpty()) {
        parts << result.population;
    }
    if (!result.sourceShortLabel.isEmpty()) {
        parts << result.sourceShortLabel;
    }
    return QStringLiteral("%1 (#%2)").arg(parts.join(QStringLiteral(" · "))).arg(result.id);
}

bool favoursTreatmentAbove(const PoolInput &input)
{
    const bool above = input.result.higherFavours != QLatin1String("control");
    return input.flipped ? !above : above;
}

QString synthesisInclusionText(const PoolInput &input)
{
    if (!eb::catalogue::vocabulary::isSynthesisDesign(input.design)) {
        return {};
    }
    return input.componentNames.isEmpty() ? tr("not stated")
                                          : input.componentNames.join(QStringLiteral(", "));
}

PoolCheck checkPool(const QList<PoolInput> &inputs)
{
    PoolCheck check;
    if (inputs.size() < 2) {
        check.refusals.append({PoolIssueKind::TooFew,
                               tr("Pooling needs at least two results; %n given.", nullptr,
                                  static_cast<int>(inputs.size())),
                               idsOf(inputs),
                               {}});
    }

    QStringList humans;
    QStringList animals;
    for (const PoolInput &in : inputs) {
        (in.species == eb::catalogue::vocabulary::key::human ? humans : animals)
            << QStringLiteral("%1 [%2]").arg(describeResult(in.result), in.species);
    }
    if (!humans.isEmpty() && !animals.isEmpty()) {
        check.refusals.append(
            {PoolIssueKind::SpeciesMixed,
             tr("Human and animal results cannot be pooled: %1 with %2.")
                 .arg(humans.join(QStringLiteral(", ")), animals.join(QStringLiteral(", "))),
             idsOf(inputs),
             {}});
    }

    QStringList families;
    for (const PoolInput &in : inputs) {
        const ResultRecord &r = in.result;
        const QString family = poolingFamily(metricKeyOf(r));
        if (family.isEmpty() || !r.estimate) {
            check.refusals.append(
                {PoolIssueKind::NoEffectSize,
                 tr("%1 reports no effect size that can be pooled (%2).")
                     .arg(describeResult(r),
                          r.estimate ? metricName(metricKeyOf(r)) : tr("no estimate recorded")),
                 {r.id},
                 {}});
            continue;
        }
        if (!r.ciLow || !r.ciHigh) {
            check.refusals.append({PoolIssueKind::NoInterval,
                                   tr("%1 has no confidence interval, so it has no weight in a "
                                      "pool.")
                                       .arg(describeResult(r)),
                                   {r.id},
                                   {}});
        }
        if (!families.contains(family)) {
            families << family;
        }
    }
    if (families.size() > 1) {
        QStringList described;
        for (const PoolInput &in : inputs) {
            if (!poolingFamily(metricKeyOf(in.result)).isEmpty()) {
                described << QStringLiteral("%1: %2").arg(describeResult(in.result),
                                                          metricName(metricKeyOf(in.result)));
            }
        }
        check.refusals.append({PoolIssueKind::ScalesDoNotConvert,
                               tr("These scales do not convert to one another: %1.")
                                   .arg(described.join(QStringLiteral("; "))),
                               idsOf(inputs),
                               {}});
    } else if (families.value(0) == QLatin1String("mean_difference")) {
        QSet<qint64> outcomes;
        for (const PoolInput &in : inputs) {
            outcomes.insert(in.result.outcomeId);
        }
        if (outcomes.size() > 1) {
            check.refusals.append({PoolIssueKind::ScalesDoNotConvert,
                                   tr("Differences in raw points of different outcome scales do "
                                      "not convert to one another."),
                                   idsOf(inputs),
                                   {}});
        }
    }
    checkPairs(inputs, check);
    checkDirections(inputs, check);

    warnIfDiffers(
        inputs, PoolIssueKind::OutcomesDiffer, tr("The outcomes differ: %1."),
        [](const PoolInput &in) { return in.result.outcomeName; }, check);
    warnIfDiffers(
        inputs, PoolIssueKind::TimepointsDiffer, tr("The timepoints differ: %1."),
        [](const PoolInput &in) { return timepointText(in.result); }, check);
    warnIfDiffers(inputs, PoolIssueKind::PopulationsDiffer, tr("The populations differ: %1."),
                  populationText, check);
    warnIfDiffers(
        inputs, PoolIssueKind::DesignsDiffer, tr("The designs differ: %1."),
        [](const PoolInput &in) { return eb::catalogue::vocabulary::design(in.design); }, check);
    QStringList ensembles;
    QStringList singles;
    for (const PoolInput &in : inputs) {
        (in.result.outcomeIsEnsemble ? ensembles : singles) << describeResult(in.result);
    }
    if (!ensembles.isEmpty() && !singles.isEmpty()) {
        check.warnings.append(
            {PoolIssueKind::EnsembleWithSingleScale,
             tr("%1 combines several outcome scales into one effect (Wei-Lachin ensemble); %2 "
                "measures a single scale. The pooled value mixes the two kinds.")
                 .arg(ensembles.join(QStringLiteral(", ")), singles.join(QStringLiteral(", "))),
             idsOf(inputs),
             {}});
    }
    for (const PoolInput &in : inputs) {
        if (in.result.ciLow && !in.result.ciLevel) {
            check.warnings.append({PoolIssueKind::CiLevelAssumed,
                                   tr("%1: the source prints no level for its interval; 95% is "
                                      "assumed to weight it.")
                                       .arg(describeResult(in.result)),
                                   {in.result.id},
                                   {}});
        }
    }
    return check;
}

} // namespace eb::review
