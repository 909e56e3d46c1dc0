// The pooling checks as pure functions over hand-made records, then over the bundled
// catalogue: each refusal names the records in conflict, each warning is recorded with the
// pooled result, and nothing that is refused is pooled.
#include "catalogue/catalogue.h"
#include "evidence/forestdata.h"
#include "evidence/poolchecks.h"
#include "queries/poolinputs.h"
#include "review/resultpool.h"
#include "review/savedanalysis.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace eb::review;
using eb::catalogue::ResultRecord;

namespace {

PoolInput input(qint64 id, qint64 studyId, const char *study, const char *metric, double estimate,
                double low, double high)
{
    PoolInput in;
    ResultRecord &r = in.result;
    r.id = id;
    r.studyId = studyId;
    r.studyName = QString::fromUtf8(study);
    r.studySlug = QString::fromUtf8(study).toLower();
    r.outcomeId = 1;
    r.outcomeName = QStringLiteral("Outcome A");
    r.sourceId = 100 + studyId;
    r.sourceShortLabel = QStringLiteral("Source %1").arg(studyId);
    r.timepoint = QStringLiteral("day 90");
    r.metric = eb::stats::metricFromKey(metric).value_or(eb::stats::Metric::None);
    r.estimate = estimate;
    r.ciLow = low;
    r.ciHigh = high;
    r.ciLevel = 95;
    in.species = QStringLiteral("human");
    in.design = QStringLiteral("rct");
    in.condition = QStringLiteral("stroke");
    in.sourceKind = QStringLiteral("journal_article");
    return in;
}

QList<PoolIssueKind> kinds(const QList<PoolIssue> &issues)
{
    QList<PoolIssueKind> out;
    for (const PoolIssue &issue : issues)
        out << issue.kind;
    return out;
}

TEST(PoolChecks, TwoComparableTrialsPoolWithoutWarnings)
{
    const PoolCheck check = checkPool(
        {input(1, 1, "A", "mw", 0.6, 0.55, 0.65), input(2, 2, "B", "mw", 0.62, 0.5, 0.74)});
    EXPECT_TRUE(check.canPool());
    EXPECT_TRUE(check.warnings.isEmpty());
}

TEST(PoolChecks, FewerThanTwoIsRefused)
{
    EXPECT_EQ(kinds(checkPool({}).refusals), QList{PoolIssueKind::TooFew});
    EXPECT_EQ(kinds(checkPool({input(1, 1, "A", "mw", 0.6, 0.55, 0.65)}).refusals),
              QList{PoolIssueKind::TooFew});
}

TEST(PoolChecks, HumanWithAnimalIsRefused)
{
    PoolInput rat = input(2, 2, "Rat study", "d", 0.5, 0.1, 0.9);
    rat.species = QStringLiteral("rat");
    const PoolCheck check = checkPool({input(1, 1, "Trial", "d", 0.3, 0.1, 0.5), rat});
    ASSERT_FALSE(check.canPool());
    EXPECT_EQ(check.refusals.first().kind, PoolIssueKind::SpeciesMixed);
    EXPECT_TRUE(check.refusals.first().message.contains(QStringLiteral("Rat study")));
    EXPECT_TRUE(check.refusals.first().message.contains(QStringLiteral("Trial")));
}

TEST(PoolChecks, ScalesThatDoNotConvertAreRefused)
{
    const PoolCheck check =
        checkPool({input(1, 1, "A", "mw", 0.6, 0.55, 0.65), input(2, 2, "B", "rr", 1.2, 0.9, 1.6)});
    EXPECT_EQ(kinds(check.refusals), QList{PoolIssueKind::ScalesDoNotConvert});
    EXPECT_TRUE(check.refusals.first().message.contains(QStringLiteral("risk ratio")));
    // MW, d and OR convert through d: no refusal.
    EXPECT_TRUE(
        checkPool({input(1, 1, "A", "mw", 0.6, 0.55, 0.65), input(2, 2, "B", "or", 2.0, 1.2, 3.3)})
            .canPool());
    // NNT and "none" pool with nothing; a result without a CI has no weight.
    PoolInput none = input(3, 3, "C", "none", 0, 0, 0);
    none.result.estimate.reset();
    PoolInput noCi = input(4, 4, "D", "mw", 0.6, 0, 0);
    noCi.result.ciLow.reset();
    noCi.result.ciHigh.reset();
    EXPECT_EQ(kinds(checkPool({input(1, 1, "A", "nnt", 7.1, 4, 22), none, noCi}).refusals),
              (QList{PoolIssueKind::NoEffectSize, PoolIssueKind::NoEffectSize,
                     PoolIssueKind::NoInterval}));
    // Raw points of two different scales do not convert.
    PoolInput other = input(2, 2, "B", "md", 3, 1, 5);
    other.result.outcomeId = 2;
    EXPECT_EQ(kinds(checkPool({input(1, 1, "A", "md", 2, 1, 3), other}).refusals),
              QList{PoolIssueKind::ScalesDoNotConvert});
}

TEST(PoolChecks, MetaAnalysisWithItsOwnTrialIsRefusedOfferingToKeepOne)
{
    PoolInput meta = input(10, 10, "Meta", "mw", 0.6, 0.52, 0.68);
    meta.design = QStringLiteral("meta_analysis");
    meta.componentStudyIds = {9};
    const PoolCheck check = checkPool({input(16, 9, "Trial II", "mw", 0.59, 0.52, 0.66), meta});
    ASSERT_EQ(kinds(check.refusals), QList{PoolIssueKind::MetaAnalysisWithComponent});
    EXPECT_EQ(check.refusals.first().keepOneOf, (QList<qint64>{16, 10}));
    EXPECT_TRUE(check.refusals.first().message.contains(QStringLiteral("Meta")));
    EXPECT_TRUE(check.refusals.first().message.contains(QStringLiteral("Trial II")));
    // The design differs too: a warning, recorded even though the pool is refused.
    EXPECT_TRUE(kinds(check.warnings).contains(PoolIssueKind::DesignsDiffer));
}

TEST(PoolChecks, TwoVersionsOfOneReviewAreRefused)
{
    PoolInput v2023 = input(38, 13, "Cochrane", "rr", 2.39, 1.10, 5.23);
    PoolInput v2020 = input(40, 13, "Cochrane", "rr", 2.15, 1.01, 4.55);
    for (PoolInput *v : {&v2023, &v2020}) {
        v->design = QStringLiteral("systematic_review");
        v->sourceKind = QStringLiteral("systematic_review");
    }
    v2023.sourceYear = 2023;
    v2020.sourceYear = 2020;
    v2020.result.sourceId = 999;
    // Without the version link (source.version_of_id) two sources of one review's result are
    // two reports of one result, not two versions (the older rule guessed from the years).
    EXPECT_EQ(kinds(checkPool({v2023, v2020}).refusals), QList{PoolIssueKind::TwoAnalysesOfTrial});
    // With it, two versions; read from either side's chain.
    v2020.sourceVersionIds = {999, v2023.result.sourceId};
    EXPECT_EQ(kinds(checkPool({v2023, v2020}).refusals), QList{PoolIssueKind::TwoVersionsOfReview});
    v2020.sourceVersionIds.clear();
    v2023.sourceVersionIds = {v2023.result.sourceId, 999};
    EXPECT_EQ(kinds(checkPool({v2023, v2020}).refusals), QList{PoolIssueKind::TwoVersionsOfReview});
    // Linked versions are refused even when entered as two studies, and whatever their years.
    v2020.result.studyId = 77;
    v2020.sourceYear = 2023;
    EXPECT_EQ(kinds(checkPool({v2023, v2020}).refusals), QList{PoolIssueKind::TwoVersionsOfReview});
}

TEST(PoolChecks, TwoAnalysesOfOneTrialAreRefused)
{
    PoolInput itt = input(20, 8, "CAPTAIN I", "mw", 0.63, 0.48, 0.77);
    PoolInput pp = input(21, 8, "CAPTAIN I", "mw", 0.69, 0.53, 0.85);
    itt.result.population = QStringLiteral("ITT");
    pp.result.population = QStringLiteral("per-protocol");
    PoolCheck check = checkPool({itt, pp});
    ASSERT_EQ(kinds(check.refusals), QList{PoolIssueKind::TwoAnalysesOfTrial});
    EXPECT_TRUE(check.refusals.first().message.contains(QStringLiteral("ITT and per-protocol")));
    // One result reported by two sources (the article and the publication).
    PoolInput article = input(15, 9, "CAPTAIN II", "mw", 0.59, 0.52, 0.66);
    PoolInput paper = input(16, 9, "CAPTAIN II", "mw", 0.59, 0.52, 0.66);
    article.result.sourceId = 1;
    article.sourceKind = QStringLiteral("article");
    check = checkPool({article, paper});
    ASSERT_EQ(kinds(check.refusals), QList{PoolIssueKind::TwoAnalysesOfTrial});
    EXPECT_TRUE(check.refusals.first().message.contains(QStringLiteral("two sources")));
}

TEST(PoolChecks, SynthesesSharingATrialAreRefused)
{
    PoolInput a = input(1, 10, "Meta A", "mw", 0.6, 0.55, 0.65);
    PoolInput b = input(2, 11, "Meta B", "mw", 0.62, 0.5, 0.74);
    a.design = b.design = QStringLiteral("meta_analysis");
    a.componentStudyIds = {3, 4};
    a.componentNames = {QStringLiteral("Trial 3"), QStringLiteral("Trial 4")};
    b.componentStudyIds = {4, 5};
    b.componentNames = {QStringLiteral("Trial 4"), QStringLiteral("Trial 5")};
    PoolCheck check = checkPool({a, b});
    ASSERT_EQ(kinds(check.refusals), QList{PoolIssueKind::SynthesesShareTrials});
    EXPECT_TRUE(check.refusals.first().message.contains(QStringLiteral("Trial 4")));
    EXPECT_EQ(synthesisInclusionText(a), QStringLiteral("Trial 3, Trial 4"));
    // Disjoint and stated: pooled. One not stated, same condition: refused as unknown.
    b.componentStudyIds = {5};
    b.componentNames = {QStringLiteral("Trial 5")};
    EXPECT_TRUE(checkPool({a, b}).canPool());
    b.componentStudyIds.clear();
    b.componentNames.clear();
    EXPECT_EQ(synthesisInclusionText(b), QStringLiteral("not stated"));
    EXPECT_EQ(kinds(checkPool({a, b}).refusals), QList{PoolIssueKind::SynthesisInclusionNotStated});
    b.condition = QStringLiteral("traumatic_brain_injury");
    EXPECT_TRUE(kinds(checkPool({a, b}).refusals).isEmpty());
}

TEST(PoolChecks, OppositeDirectionsAreRefusedUnlessOneIsFlipped)
{
    PoolInput response = input(1, 1, "A", "rr", 1.3, 1.1, 1.5);
    response.result.higherFavours = QStringLiteral("treatment");
    PoolInput death = input(2, 2, "B", "rr", 0.8, 0.6, 1.1);
    death.result.higherFavours = QStringLiteral("control");
    ASSERT_EQ(kinds(checkPool({response, death}).refusals),
              QList{PoolIssueKind::DirectionsOpposite});
    death.flipped = true;
    PoolCheck check;
    QString error;
    const auto pooled = poolResults({response, death}, {}, &check, &error);
    ASSERT_TRUE(pooled) << error.toStdString();
    // The flipped row is 1/0.8 = 1.25 (1/1.1 to 1/0.6), derived, and says so.
    EXPECT_NEAR(pooled->rows.at(1).estimate, 1.25, 1e-9);
    EXPECT_NEAR(pooled->rows.at(1).ciLow, 1 / 1.1, 1e-9);
    EXPECT_TRUE(pooled->rows.at(1).flipped);
    EXPECT_TRUE(pooled->rows.at(1).converted);
    EXPECT_TRUE(pooled->rows.at(1).conversion.contains(QStringLiteral("flipped")));
}

TEST(PoolChecks, DifferencesAreWarnings)
{
    PoolInput a = input(1, 1, "A", "mw", 0.6, 0.55, 0.65);
    PoolInput b = input(2, 2, "B", "mw", 0.62, 0.5, 0.74);
    b.result.outcomeId = 2;
    b.result.outcomeName = QStringLiteral("Ensemble");
    b.result.outcomeIsEnsemble = true;
    b.result.timepoint = QStringLiteral("day 30");
    b.condition = QStringLiteral("traumatic_brain_injury");
    b.design = QStringLiteral("pilot_rct");
    b.result.ciLevel.reset();
    const PoolCheck check = checkPool({a, b});
    EXPECT_TRUE(check.canPool());
    EXPECT_EQ(kinds(check.warnings),
              (QList{PoolIssueKind::OutcomesDiffer, PoolIssueKind::TimepointsDiffer,
                     PoolIssueKind::PopulationsDiffer, PoolIssueKind::DesignsDiffer,
                     PoolIssueKind::EnsembleWithSingleScale, PoolIssueKind::CiLevelAssumed}));
    for (const PoolIssue &w : check.warnings)
        EXPECT_FALSE(isRefusal(w.kind)) << w.message.toStdString();
}

TEST(PoolChecks, AWarningNamesTenDifferingValuesAndCountsTheRest)
{
    // A pool of thousands can differ in hundreds of outcomes: the window and the saved result
    // name the first ten, in the pool's order, and count the others.
    QList<PoolInput> inputs;
    for (int i = 0; i < 12; ++i) {
        PoolInput in = input(i + 1, i + 1, "S", "mw", 0.6, 0.55, 0.65);
        in.result.outcomeId = i + 1;
        in.result.outcomeName = QStringLiteral("Scale %1").arg(QChar(u'A' + i));
        inputs << in;
    }
    const auto outcomesDiffer = [](const QList<PoolInput> &pool) {
        for (const PoolIssue &w : checkPool(pool).warnings) {
            if (w.kind == PoolIssueKind::OutcomesDiffer) {
                return w;
            }
        }
        return PoolIssue{};
    };
    const PoolIssue twelve = outcomesDiffer(inputs);
    ASSERT_EQ(twelve.kind, PoolIssueKind::OutcomesDiffer);
    EXPECT_TRUE(twelve.message.contains(QStringLiteral("Scale A; Scale B;")))
        << twelve.message.toStdString();
    EXPECT_TRUE(twelve.message.contains(QStringLiteral("Scale J; and 2 more.")))
        << twelve.message.toStdString();
    EXPECT_FALSE(twelve.message.contains(QStringLiteral("Scale K")));
    EXPECT_EQ(twelve.resultIds.size(), 12);

    inputs.resize(10); // ten values: every one named, nothing counted
    const PoolIssue ten = outcomesDiffer(inputs);
    ASSERT_EQ(ten.kind, PoolIssueKind::OutcomesDiffer);
    EXPECT_TRUE(ten.message.endsWith(QStringLiteral("Scale I; Scale J.")))
        << ten.message.toStdString();
    EXPECT_FALSE(ten.message.contains(QStringLiteral("more")));
}

TEST(ResultPool, PoolsOnTheDScaleAndKeepsWarnings)
{
    PoolInput a = input(1, 1, "A", "mw", 0.6, 0.55, 0.65);
    PoolInput b = input(2, 2, "B", "mw", 0.62, 0.5, 0.74);
    b.result.timepoint = QStringLiteral("day 30");
    PoolCheck check;
    QString error;
    const auto pooled =
        poolResults({a, b}, {eb::stats::PoolMethod::FixedEffect, false}, &check, &error);
    ASSERT_TRUE(pooled) << error.toStdString();
    EXPECT_EQ(pooled->displayMetric, eb::stats::Metric::MannWhitney);
    EXPECT_EQ(pooled->poolingScale, QStringLiteral("d"));
    EXPECT_GT(pooled->estimate, 0.6);
    EXPECT_LT(pooled->estimate, 0.62);
    EXPECT_LT(pooled->ciLow, pooled->estimate);
    EXPECT_FALSE(pooled->piLow.has_value());
    EXPECT_EQ(kinds(pooled->warnings), QList{PoolIssueKind::TimepointsDiffer});
    EXPECT_NEAR(pooled->rows.at(0).weightPercent + pooled->rows.at(1).weightPercent, 100, 1e-9);
    // A refused pool returns nothing.
    b.species = QStringLiteral("rat");
    EXPECT_FALSE(poolResults({a, b}, {}, &check, &error));
    EXPECT_FALSE(check.canPool());
}

// On the bundled catalogue.
class BundledPool : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_catalogue.open(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite")))
            << m_catalogue.lastError().toStdString();
    }
    PoolCheck check(const QList<qint64> &ids)
    {
        QString error;
        const auto inputs = poolInputsFromCatalogue(m_catalogue, ids, &error);
        EXPECT_TRUE(inputs) << error.toStdString();
        return inputs ? checkPool(*inputs) : PoolCheck{};
    }
    eb::catalogue::Catalogue m_catalogue;
};

TEST_F(BundledPool, CaptainIiWithTheCaptainMetaAnalysisIsRefusedNamingBoth)
{
    const PoolCheck c = check({16, 23}); // CAPTAIN II day 90; CAPTAIN meta-analysis day 90
    ASSERT_EQ(kinds(c.refusals), QList{PoolIssueKind::MetaAnalysisWithComponent});
    EXPECT_TRUE(c.refusals.first().message.contains(QStringLiteral("CAPTAIN II")));
    EXPECT_TRUE(c.refusals.first().message.contains(QStringLiteral("CAPTAIN meta-analysis")));
}

TEST_F(BundledPool, EachRefusalOnRealRecords)
{
    EXPECT_EQ(kinds(check({38, 40}).refusals), QList{PoolIssueKind::TwoVersionsOfReview});
    EXPECT_EQ(kinds(check({20, 21}).refusals), QList{PoolIssueKind::TwoAnalysesOfTrial});
    EXPECT_EQ(kinds(check({15, 16}).refusals), QList{PoolIssueKind::TwoAnalysesOfTrial});
    // CARS-1 with the CARS meta-analysis, whose ARAT result has no verified CI either.
    EXPECT_EQ(kinds(check({6, 2}).refusals),
              (QList{PoolIssueKind::NoInterval, PoolIssueKind::MetaAnalysisWithComponent}));
    EXPECT_EQ(kinds(check({16, 42}).refusals), QList{PoolIssueKind::ScalesDoNotConvert});
    // The bundled rat study reports directions only: refused for that, and for the species.
    EXPECT_TRUE(kinds(check({16, 27}).refusals).contains(PoolIssueKind::SpeciesMixed));
    QString error;
    EXPECT_FALSE(poolInputsFromCatalogue(m_catalogue, {16, 999999}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("999999")));
}

TEST_F(BundledPool, SynthesesWhoseInclusionIsNotStatedAreRefused)
{
    // Cochrane 2023 all-cause death with Wang 2017 mortality: two stroke syntheses whose
    // trials references.md does not list (issue 15: they pooled to an interval narrower than
    // either).
    const PoolCheck c = check({34, 47});
    ASSERT_EQ(kinds(c.refusals), QList{PoolIssueKind::SynthesisInclusionNotStated});
    EXPECT_TRUE(c.refusals.first().message.contains(QStringLiteral("inclusion is not stated")))
        << c.refusals.first().message.toStdString();
    EXPECT_TRUE(c.refusals.first().message.contains(QStringLiteral("Cochrane")));
    EXPECT_EQ(c.refusals.first().keepOneOf, (QList<qint64>{34, 47}));
}

TEST_F(BundledPool, OppositeDirectionsAreRefusedUnlessFlipped)
{
    // Cochrane 2023 non-fatal SAE (above 1 favours control) with Wang 2017 mRS response (above
    // 1 favours Cerebrolysin).
    EXPECT_TRUE(kinds(check({38, 42}).refusals).contains(PoolIssueKind::DirectionsOpposite));
}

TEST_F(BundledPool, TheForestGateNamesTheRowsItWouldPool)
{
    // `render forest --studies captain-i --pool`: ITT and per-protocol of one trial.
    const auto study = m_catalogue.study(QStringLiteral("captain-i"));
    ASSERT_TRUE(study);
    eb::evidence::ForestBuild build = eb::evidence::buildForest(
        eb::evidence::effectEntriesFromResults(study->results), eb::evidence::DisplayMetric::Mw);
    ASSERT_TRUE(build.ok());
    EXPECT_EQ(pooledResultIds(build.spec), (QList<qint64>{20, 21}));
    const QStringList refusals = forestPoolRefusals(m_catalogue, build.spec);
    ASSERT_EQ(refusals.size(), 1);
    EXPECT_TRUE(refusals.first().contains(QStringLiteral("ITT")));
}

TEST_F(BundledPool, CaptainIAndIiPoolWithTheirWarnings)
{
    // CAPTAIN I per-protocol (no timepoint, level not printed) with CAPTAIN II day 90.
    PoolCheck c;
    QString error;
    const auto inputs = poolInputsFromCatalogue(m_catalogue, {21, 16}, &error);
    ASSERT_TRUE(inputs);
    const auto pooled = poolResults(*inputs, {eb::stats::PoolMethod::Reml, true}, &c, &error);
    ASSERT_TRUE(pooled) << error.toStdString();
    EXPECT_TRUE(kinds(pooled->warnings).contains(PoolIssueKind::TimepointsDiffer));
    EXPECT_TRUE(kinds(pooled->warnings).contains(PoolIssueKind::CiLevelAssumed));
    EXPECT_TRUE(pooled->engine.knappHartung);
    EXPECT_GT(pooled->estimate, 0.59);
    EXPECT_LT(pooled->estimate, 0.69);
}

} // namespace

namespace {

TEST(SavedAnalyses, RoundTripAndRefuseAFileThatIsNotAList)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sub/analyses.json"));
    QList<eb::review::SavedAnalysis> loaded;
    QString error;
    EXPECT_TRUE(eb::review::loadAnalyses(path, &loaded, &error)); // missing: empty, no error
    EXPECT_TRUE(loaded.isEmpty());

    eb::review::SavedAnalysis a;
    a.name = QStringLiteral("A");
    a.resultIds = {21, 16};
    a.method = QStringLiteral("REML");
    a.estimate = 0.6;
    a.warnings = {QStringLiteral("The timepoints differ.")};
    ASSERT_TRUE(eb::review::storeAnalysis(path, a, &error)) << error.toStdString();
    a.estimate = 0.61; // same name: replaced, not appended
    ASSERT_TRUE(eb::review::storeAnalysis(path, a, &error));
    ASSERT_TRUE(eb::review::loadAnalyses(path, &loaded, &error));
    ASSERT_EQ(loaded.size(), 1);
    EXPECT_EQ(loaded.first().resultIds, (QList<qint64>{21, 16}));
    EXPECT_DOUBLE_EQ(loaded.first().estimate, 0.61);
    EXPECT_EQ(loaded.first().warnings, a.warnings);
    EXPECT_FALSE(loaded.first().piLow.has_value());

    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("{\"not\": \"a list\"");
    bad.close();
    EXPECT_FALSE(eb::review::loadAnalyses(bad.fileName(), &loaded, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("bad.json")));
}

} // namespace

namespace {

// Which trials a synthesis pooled has one home, synthesis_inclusion (schema 12): a link the
// user enters through the write API is what the gate reads.
class UserInclusionPool : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("catalogue.sqlite"));
        ASSERT_TRUE(QFile::copy(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"), m_path));
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ASSERT_TRUE(m_catalogue.open(m_path, eb::catalogue::OpenMode::ReadWrite))
            << m_catalogue.lastError().toStdString();
    }
    void link(const QString &synthesis, const QString &trial, const QString &outcome)
    {
        const eb::catalogue::WriteReport report = m_catalogue.insertRecords(
            {eb::catalogue::RecordRow{eb::catalogue::RecordKind::SynthesisInclusion,
                                      0,
                                      0,
                                      true,
                                      {{QStringLiteral("synthesis"), synthesis},
                                       {QStringLiteral("trial"), trial},
                                       {QStringLiteral("outcome"), outcome},
                                       {QStringLiteral("source"), QStringLiteral("wang-2017")},
                                       {QStringLiteral("quote"), QStringLiteral("Table 1")}}}});
        ASSERT_TRUE(report.committed);
    }
    QList<PoolIssueKind> refusals(const QList<qint64> &ids)
    {
        QString error;
        const auto inputs = poolInputsFromCatalogue(m_catalogue, ids, &error);
        EXPECT_TRUE(inputs) << error.toStdString();
        return inputs ? kinds(checkPool(*inputs).refusals) : QList<PoolIssueKind>{};
    }
    QTemporaryDir m_dir;
    QString m_path;
    eb::catalogue::Catalogue m_catalogue;
};

TEST_F(UserInclusionPool, AUserLinkMakesTheGateRefuseCountingATrialTwice)
{
    // Bornstein 2018 NIHSS (#10) with CARS-1 ARAT (#6): no link, no double counting.
    EXPECT_FALSE(refusals({10, 6}).contains(PoolIssueKind::MetaAnalysisWithComponent));
    // A link for another outcome than the synthesis result's: still none.
    link(QStringLiteral("bornstein-2018-meta-analysis"), QStringLiteral("cars-1"),
         QStringLiteral("arat"));
    EXPECT_FALSE(refusals({10, 6}).contains(PoolIssueKind::MetaAnalysisWithComponent));
    // A link naming the synthesis result's outcome: refused.
    link(QStringLiteral("bornstein-2018-meta-analysis"), QStringLiteral("cars-1"),
         QStringLiteral("nihss-early"));
    EXPECT_TRUE(refusals({10, 6}).contains(PoolIssueKind::MetaAnalysisWithComponent));
}

TEST_F(UserInclusionPool, UserLinksTurnInclusionNotStatedIntoSharedTrials)
{
    // Cochrane 2023 death (#34) with Wang 2017 death (#47): inclusion not stated, until the
    // user links a trial both pooled (one for every outcome, one for death only).
    EXPECT_EQ(refusals({34, 47}), QList{PoolIssueKind::SynthesisInclusionNotStated});
    link(QStringLiteral("cochrane-2023-stroke"), QStringLiteral("cars-1"), QString());
    link(QStringLiteral("wang-2017-meta-analysis"), QStringLiteral("cars-1"),
         QStringLiteral("all-cause-death"));
    EXPECT_EQ(refusals({34, 47}), QList{PoolIssueKind::SynthesesShareTrials});
}

} // namespace
