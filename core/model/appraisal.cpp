#include "model/appraisal.h"

#include <QCoreApplication>
#include <algorithm>

namespace eb::catalogue {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::catalogue::appraisal", text);
}

struct DomainText
{
    const char *key;
    const char *label;
    const char *shortLabel;
};

constexpr std::array<RobDomain, kRobDomainCount> kRobDomains{
    RobDomain::Randomisation, RobDomain::Deviations, RobDomain::MissingData, RobDomain::Measurement,
    RobDomain::Selection};

constexpr std::array<DomainText, kRobDomainCount> kRobTexts{{
    {"randomisation",
     QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "Bias arising from the randomisation process"),
     "D1"},
    {"deviations",
     QT_TRANSLATE_NOOP("eb::catalogue::appraisal",
                       "Bias due to deviations from intended interventions"),
     "D2"},
    {"missing_data",
     QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "Bias due to missing outcome data"), "D3"},
    {"measurement",
     QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "Bias in measurement of the outcome"), "D4"},
    {"selection",
     QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "Bias in selection of the reported result"),
     "D5"},
}};

constexpr std::array<GradeDomain, kGradeDomainCount> kGradeDomains{
    GradeDomain::RiskOfBias,   GradeDomain::Inconsistency,   GradeDomain::Indirectness,
    GradeDomain::Imprecision,  GradeDomain::PublicationBias, GradeDomain::LargeEffect,
    GradeDomain::DoseResponse, GradeDomain::Confounding};

constexpr std::array<DomainText, kGradeDomainCount> kGradeTexts{{
    {"risk_of_bias", QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "Risk of bias"), nullptr},
    {"inconsistency", QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "Inconsistency"), nullptr},
    {"indirectness", QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "Indirectness"), nullptr},
    {"imprecision", QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "Imprecision"), nullptr},
    {"publication_bias", QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "Publication bias"),
     nullptr},
    {"large_effect", QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "Large effect"), nullptr},
    {"dose_response", QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "Dose-response gradient"),
     nullptr},
    {"confounding",
     QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "Plausible confounding would reduce the effect"),
     nullptr},
}};

struct Word
{
    const char *key;
    const char *label;
    const char *shortLabel;
};

constexpr std::array<Word, 3> kJudgements{{
    {"low", QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "Low risk of bias"),
     QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "Low")},
    {"some_concerns", QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "Some concerns"),
     QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "Some concerns")},
    {"high", QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "High risk of bias"),
     QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "High")},
}};

constexpr std::array<Word, 2> kStarts{{
    {"randomised",
     QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "Randomised trials (start at high certainty)"),
     nullptr},
    {"observational",
     QT_TRANSLATE_NOOP("eb::catalogue::appraisal",
                       "Observational studies (start at low certainty)"),
     nullptr},
}};

// By level - 1.
constexpr std::array<Word, 4> kCertainties{{
    {"very_low", QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "Very low"), nullptr},
    {"low", QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "Low"), nullptr},
    {"moderate", QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "Moderate"), nullptr},
    {"high", QT_TRANSLATE_NOOP("eb::catalogue::appraisal", "High"), nullptr},
}};

template <std::size_t N> QStringList keysOf(const std::array<Word, N> &words)
{
    QStringList keys;
    for (const Word &w : words) {
        keys << QString::fromLatin1(w.key);
    }
    return keys;
}

template <std::size_t N> const Word *findWord(const std::array<Word, N> &words, const QString &key)
{
    for (const Word &w : words) {
        if (key == QLatin1String(w.key)) {
            return &w;
        }
    }
    return nullptr;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("eb::catalogue::appraisal", text);
}

size_t indexOf(RobDomain domain)
{
    return static_cast<size_t>(domain);
}

size_t indexOf(GradeDomain domain)
{
    return static_cast<size_t>(domain);
}

Problem required(const QString &column, const QString &what)
{
    return {column, {}, QStringLiteral("required"), tr("%1 is required").arg(what)};
}

void checkJudgement(const QString &column, const QString &what, const RobJudgement &j,
                    QList<Problem> *problems)
{
    if (isBlank(j.judgement)) {
        problems->append(required(column, what));
        return;
    }
    const int rank = robJudgementRank(j.judgement);
    if (rank < 0) {
        problems->append(
            {column, excerpt(j.judgement), QStringLiteral("key"),
             tr("%1: \"%2\" is not a RoB 2 judgement (one of %3)")
                 .arg(what, excerpt(j.judgement), robJudgementKeys().join(QStringLiteral(", ")))});
        return;
    }
    if (rank > 0 && isBlank(j.reason)) {
        problems->append({column + QStringLiteral("_reason"),
                          {},
                          QStringLiteral("required"),
                          tr("%1 is judged \"%2\": give the supporting quote or reason")
                              .arg(what, robJudgementLabel(j.judgement))});
    }
}

} // namespace

QStringList robJudgementKeys()
{
    return keysOf(kJudgements);
}

QString robJudgementLabel(const QString &key)
{
    const Word *w = findWord(kJudgements, key);
    return w != nullptr ? translated(w->label) : key;
}

QString robJudgementShort(const QString &key)
{
    const Word *w = findWord(kJudgements, key);
    return w != nullptr ? translated(w->shortLabel) : key;
}

QStringList gradeStartKeys()
{
    return keysOf(kStarts);
}

QString gradeStartLabel(const QString &key)
{
    const Word *w = findWord(kStarts, key);
    return w != nullptr ? translated(w->label) : key;
}

QString gradeCertaintyKey(int level)
{
    return QString::fromLatin1(
        kCertainties.at(static_cast<size_t>(std::clamp(level, 1, 4) - 1)).key);
}

QString gradeCertaintyLabel(int level)
{
    return translated(kCertainties.at(static_cast<size_t>(std::clamp(level, 1, 4) - 1)).label);
}

std::span<const RobDomain> allRobDomains()
{
    return kRobDomains;
}

QString robDomainKey(RobDomain domain)
{
    return QString::fromLatin1(kRobTexts.at(indexOf(domain)).key);
}

QString robDomainLabel(RobDomain domain)
{
    return QCoreApplication::translate("eb::catalogue::appraisal",
                                       kRobTexts.at(indexOf(domain)).label);
}

QString robDomainShort(RobDomain domain)
{
    return QString::fromLatin1(kRobTexts.at(indexOf(domain)).shortLabel);
}

int robJudgementRank(const QString &judgement)
{
    return static_cast<int>(robJudgementKeys().indexOf(judgement));
}

QString robWorstJudgement(const RobAssessment &assessment)
{
    int worst = -1;
    QString key;
    for (const RobJudgement &j : assessment.domains) {
        const int rank = robJudgementRank(j.judgement);
        if (rank > worst) {
            worst = rank;
            key = j.judgement;
        }
    }
    return key;
}

QList<Problem> validateRob(const RobAssessment &assessment)
{
    QList<Problem> problems;
    if (isBlank(assessment.studySlug)) {
        problems << required(QStringLiteral("study"), tr("the trial"));
    }
    if (isBlank(assessment.outcomeSlug)) {
        problems << required(QStringLiteral("outcome"), tr("the outcome"));
    }
    for (const RobDomain d : allRobDomains()) {
        checkJudgement(robDomainKey(d), robDomainShort(d), assessment.domain(d), &problems);
    }
    checkJudgement(QStringLiteral("overall"), tr("the overall judgement"), assessment.overall,
                   &problems);
    const QString worst = robWorstJudgement(assessment);
    const int overallRank = robJudgementRank(assessment.overall.judgement);
    if (overallRank >= 0 && robJudgementRank(worst) > overallRank) {
        problems << Problem{
            QStringLiteral("overall"), assessment.overall.judgement, QStringLiteral("rob-overall"),
            tr("the overall judgement \"%1\" is less severe than a domain's "
               "\"%2\": RoB 2 takes the most severe domain judgement")
                .arg(robJudgementLabel(assessment.overall.judgement), robJudgementLabel(worst))};
    }
    return problems;
}

std::span<const GradeDomain> allGradeDomains()
{
    return kGradeDomains;
}

QString gradeDomainKey(GradeDomain domain)
{
    return QString::fromLatin1(kGradeTexts.at(indexOf(domain)).key);
}

QString gradeDomainLabel(GradeDomain domain)
{
    return QCoreApplication::translate("eb::catalogue::appraisal",
                                       kGradeTexts.at(indexOf(domain)).label);
}

bool isGradeUpgrade(GradeDomain domain)
{
    return domain == GradeDomain::LargeEffect || domain == GradeDomain::DoseResponse ||
           domain == GradeDomain::Confounding;
}

int gradeMaxLevels(GradeDomain domain)
{
    return domain == GradeDomain::DoseResponse || domain == GradeDomain::Confounding ? 1 : 2;
}

QString gradeLevelWords(GradeDomain domain, int levels)
{
    if (isGradeUpgrade(domain)) {
        return levels == 0 ? tr("none") : QStringLiteral("+%1").arg(levels);
    }
    switch (levels) {
    case 0:
        return tr("not serious");
    case 1:
        return tr("serious (-1)");
    default:
        return tr("very serious (-2)");
    }
}

int gradeCertaintyLevel(const GradeAssessment &assessment)
{
    int level = assessment.start == kGradeStartObservational ? 2 : 4;
    for (const GradeDomain d : allGradeDomains()) {
        const int levels = std::clamp(assessment.rating(d).levels, 0, gradeMaxLevels(d));
        level += isGradeUpgrade(d) ? levels : -levels;
    }
    return std::clamp(level, 1, 4);
}

QList<Problem> validateGrade(const GradeAssessment &assessment)
{
    QList<Problem> problems;
    if (isBlank(assessment.outcomeSlug)) {
        problems << required(QStringLiteral("outcome"), tr("the outcome"));
    }
    if (isBlank(assessment.start)) {
        problems << required(QStringLiteral("start"), tr("the starting certainty"));
    } else if (!gradeStartKeys().contains(assessment.start)) {
        problems << Problem{
            QStringLiteral("start"), excerpt(assessment.start), QStringLiteral("key"),
            tr("\"%1\" is not where a GRADE rating starts (one of %2)")
                .arg(excerpt(assessment.start), gradeStartKeys().join(QStringLiteral(", ")))};
    }
    for (const GradeDomain d : allGradeDomains()) {
        const GradeRating &r = assessment.rating(d);
        const QString key = gradeDomainKey(d);
        if (r.levels < 0 || r.levels > gradeMaxLevels(d)) {
            problems << Problem{key, QString::number(r.levels), QStringLiteral("range"),
                                tr("%1: %2 levels is outside 0 to %3")
                                    .arg(gradeDomainLabel(d))
                                    .arg(r.levels)
                                    .arg(gradeMaxLevels(d))};
        }
        if (isBlank(r.reason)) {
            problems << Problem{key + QStringLiteral("_reason"),
                                {},
                                QStringLiteral("required"),
                                tr("%1: give the reason for the rating").arg(gradeDomainLabel(d))};
        }
    }
    return problems;
}

} // namespace eb::catalogue
