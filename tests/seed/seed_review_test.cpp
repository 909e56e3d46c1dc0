// The corrections found in review (issue 9) and the links a reviewer follows from a discrepancy
// or a claim to the records it names (db/schema/0004-review-links.sql, db/seed/0090-*.sql).
#include "seedcatalogue.h"

#include <QRegularExpression>
#include <QStringList>
#include <gtest/gtest.h>

using namespace eb::seedtest;

namespace {

QStringList linkedRecords(const char *discrepancySlug, const char *side)
{
    QStringList out;
    for (const QVariantList &r :
         rows(QStringLiteral("SELECT l.entity || ':' || l.entity_id FROM discrepancy_link l "
                             "JOIN discrepancy d ON d.id = l.discrepancy_id "
                             "WHERE d.slug = ? AND l.side = ? ORDER BY l.entity, l.entity_id"),
              {QString::fromUtf8(discrepancySlug), QString::fromUtf8(side)})) {
        out << r[0].toString();
    }
    return out;
}

TEST(SeedReview, ValuesTheSourcesDoNotStateAreEmpty)
{
    // CARS-2: "231 completed (114 vs 117)" does not say which arm had which.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM study_arm a JOIN study s ON s.id = "
                                    "a.study_id WHERE s.slug = 'cars-2' AND a.n_analysed IS NULL "
                                    "AND a.n_randomised = 120"))
                  .toInt(),
              2);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM field_provenance WHERE entity = "
                                    "'study_arm' AND field = 'n_analysed' AND entity_id IN (1, 2)"))
                  .toInt(),
              0);
    EXPECT_TRUE(scalar(QStringLiteral("SELECT n_note FROM study WHERE slug = 'cars-2'"))
                    .toString()
                    .contains(QStringLiteral("does not say which arm")));
    // The aphasia trial: "approximately 200" is no exact 200; the note keeps the words.
    const auto aphasia = rows(QStringLiteral(
        "SELECT n_enrolled, n_note FROM study WHERE slug = 'article-aphasia-trial'"));
    ASSERT_EQ(aphasia.size(), 1u);
    EXPECT_TRUE(aphasia.front()[0].isNull());
    EXPECT_TRUE(aphasia.front()[1].toString().contains(QStringLiteral("approximately 200")));
    // CAPTAIN I's ITT line and Bornstein's NNT line state no N of their own.
    EXPECT_TRUE(scalar(QStringLiteral("SELECT n FROM result WHERE id = 20")).isNull());
    EXPECT_TRUE(scalar(QStringLiteral("SELECT n FROM result WHERE id = 11")).isNull());
    EXPECT_EQ(scalar(QStringLiteral("SELECT n FROM result WHERE id = 10")).toInt(), 1879);
    // "12 weeks" is not stored as 84 days.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM result WHERE timepoint = 'week 12' AND "
                                    "timepoint_days IS NULL"))
                  .toInt(),
              3);
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT COUNT(*) FROM result WHERE timepoint_days = 84")).toInt(), 0);
}

TEST(SeedReview, ConfidenceLevelOnlyWherePrinted)
{
    // Every stored level is printed in the row's quote, or (the Cochrane 2023 summary of
    // findings) in the heading of the table the row quotes.
    for (const QVariantList &r :
         rows(QStringLiteral("SELECT r.id, r.quote, s.slug FROM result r JOIN source s ON s.id = "
                             "r.source_id WHERE r.ci_level IS NOT NULL"))) {
        const bool printed = r[1].toString().contains(QStringLiteral("95% CI")) ||
                             r[1].toString().contains(QStringLiteral("95 % CI"));
        EXPECT_TRUE(printed || r[2].toString() == QLatin1String("cochrane-2023"))
            << "result " << r[0].toInt();
    }
    EXPECT_TRUE(referencesText().contains(QStringLiteral("(risk ratio, 95% CI;")));
    // A printed interval without a level keeps its bounds and an empty level.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM result WHERE ci_low IS NOT NULL AND "
                                    "ci_level IS NULL"))
                  .toInt(),
              14);
}

TEST(SeedReview, EveryDiscrepancyLinksRecordsOnBothSides)
{
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM discrepancy d WHERE NOT EXISTS (SELECT "
                                    "1 FROM discrepancy_link l WHERE l.discrepancy_id = d.id AND "
                                    "l.side = 'article') OR NOT EXISTS (SELECT 1 FROM "
                                    "discrepancy_link l WHERE l.discrepancy_id = d.id AND l.side = "
                                    "'source')"))
                  .toInt(),
              0);
    // Each link names a record that exists.
    EXPECT_EQ(scalar(QStringLiteral(
                         "SELECT COUNT(*) FROM discrepancy_link l WHERE "
                         "(l.entity = 'result' AND l.entity_id NOT IN (SELECT id FROM result)) OR "
                         "(l.entity = 'study' AND l.entity_id NOT IN (SELECT id FROM study)) OR "
                         "(l.entity = 'dosing_protocol' AND l.entity_id NOT IN (SELECT id FROM "
                         "dosing_protocol))"))
                  .toInt(),
              0);
    // Article-side results quote the article; source-side results do not.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM discrepancy_link l JOIN result r ON "
                                    "r.id = l.entity_id WHERE l.entity = 'result' AND ((l.side = "
                                    "'article' AND r.source_id <> 1) OR (l.side = 'source' AND "
                                    "r.source_id = 1))"))
                  .toInt(),
              0);
    // Derived links are derived records.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM discrepancy_link l LEFT JOIN result r "
                                    "ON l.entity = 'result' AND r.id = l.entity_id LEFT JOIN "
                                    "dosing_protocol p ON l.entity = 'dosing_protocol' AND p.id = "
                                    "l.entity_id WHERE l.side = 'derived' AND "
                                    "COALESCE(r.origin, p.origin) <> 'derived'"))
                  .toInt(),
              0);
}

TEST(SeedReview, NamedDiscrepanciesLinkTheRecordsTheyName)
{
    // Dose: the article's protocol, the label's concentration, both derived ranges.
    EXPECT_EQ(linkedRecords("dose-mg-per-volume", "article"),
              QStringList{QStringLiteral("dosing_protocol:1")});
    EXPECT_EQ(linkedRecords("dose-mg-per-volume", "source"),
              QStringList{QStringLiteral("dosing_protocol:14")});
    EXPECT_EQ(
        linkedRecords("dose-mg-per-volume", "derived"),
        (QStringList{QStringLiteral("dosing_protocol:2"), QStringLiteral("dosing_protocol:3")}));
    // "Three-fold": the two layers' CASI rows and the derived ratio 2.76.
    EXPECT_EQ(linkedRecords("casi-three-fold", "article"),
              QStringList{QStringLiteral("result:24")});
    EXPECT_EQ(linkedRecords("casi-three-fold", "source"), QStringList{QStringLiteral("result:25")});
    EXPECT_EQ(linkedRecords("casi-three-fold", "derived"),
              QStringList{QStringLiteral("result:26")});
    EXPECT_EQ(scalar(QStringLiteral("SELECT primary_result_id FROM discrepancy WHERE slug = "
                                    "'casi-three-fold'"))
                  .toInt(),
              25);
    // MW 0.62: the article's value, Guekht 2017's, and CARS-1's "small-to-medium" MW 0.62.
    EXPECT_EQ(linkedRecords("mw-062-magnitude", "source"),
              (QStringList{QStringLiteral("result:2"), QStringLiteral("result:7")}));
    // Aphasia: both candidate trials and their results.
    EXPECT_EQ(linkedRecords("aphasia-trial-not-found", "source"),
              (QStringList{QStringLiteral("result:13"), QStringLiteral("result:14"),
                           QStringLiteral("study:6"), QStringLiteral("study:7")}));
    EXPECT_EQ(linkedRecords("aphasia-trial-not-found", "article"),
              (QStringList{QStringLiteral("result:12"), QStringLiteral("study:5")}));
}

TEST(SeedReview, ClaimsCorrectedAndLinked)
{
    const auto neurogenesis = rows(QStringLiteral(
        "SELECT verdict, verdict_note FROM claim WHERE slug = 'mechanism-neurogenesis'"));
    ASSERT_EQ(neurogenesis.size(), 1u);
    EXPECT_EQ(neurogenesis.front()[0].toString(), QStringLiteral("overstated"));
    EXPECT_TRUE(neurogenesis.front()[1].toString().contains(
        QStringLiteral("one rat study of the dentate gyrus")));
    for (const char *slug : {"stroke-cars-442-patients", "stroke-arat-mw-062"}) {
        const QString note = scalar(QStringLiteral("SELECT verdict_note FROM claim WHERE slug = ?"),
                                    {QString::fromUtf8(slug)})
                                 .toString();
        EXPECT_TRUE(note.contains(QStringLiteral("CARS-2 alone did not confirm CARS-1")) &&
                    note.contains(QStringLiteral("discrepancy 8")))
            << slug;
    }
    // The article's safety statement sits beside the harm results, non-fatal SAEs among them.
    const QString safety = QStringLiteral("dosing-infusion-rate");
    EXPECT_TRUE(scalar(QStringLiteral("SELECT text FROM claim WHERE slug = ?"), {safety})
                    .toString()
                    .contains(QStringLiteral("side effects")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM claim_link l JOIN claim c ON c.id = "
                                    "l.claim_id JOIN result r ON r.id = l.result_id JOIN "
                                    "outcome_measure o ON o.id = r.outcome_id WHERE c.slug = ? AND "
                                    "l.role = 'harm' AND o.domain IN ('safety', 'mortality')"),
                     {safety})
                  .toInt(),
              9);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM claim_link l JOIN claim c ON c.id = "
                                    "l.claim_id WHERE c.slug = ? AND l.result_id = 38"),
                     {safety})
                  .toInt(),
              1);
}

} // namespace
