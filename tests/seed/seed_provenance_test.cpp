// Provenance of every number: each statement is verbatim (and occurs in the article, the one
// source whose text the repository holds) or transcribed (plain words, numbers as references.md
// prints them), each publication carries its verified identifiers, every field references.md
// marks "not verified" is NULL, and every derived value states its formula.
#include "seedcatalogue.h"

#include <QRegularExpression>
#include <algorithm>
#include <gtest/gtest.h>
#include <optional>
#include <string>
#include <vector>

using namespace eb::seedtest;

namespace {

// Every table with a provenance statement and the source it is attributed to.
struct QuoteTable
{
    const char *table;
    const char *quoteColumn;
};

class Quotes : public ::testing::TestWithParam<QuoteTable>
{
};

// The numbers a text prints ("0.90", "1", "649" of "1,649"), as printed.
QStringList numbersIn(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(R"((?<![\d.])\d+(?:\.\d+)?(?!\d|\.\d))"));
    QStringList out;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        out << it.next().captured();
    }
    return out;
}

// Issue 15 overrides the earlier rule (every quote of another source occurs in references.md):
// the repository holds the text of one source, the article, so only its statements can be
// verbatim, and each must occur in it. Every other statement is our transcription of what
// references.md records: plain words (no Markdown table rows or emphasis, no quotation marks,
// which would present our words as the publication's) whose every number references.md prints.
TEST_P(Quotes, VerbatimOnlyWhereTheSourcesTextIsHeld)
{
    const QuoteTable &t = GetParam();
    // A claim is the article's words by definition (schema 1): it has no kind column.
    const QString kind = QString::fromUtf8(t.table) == QStringLiteral("claim")
                             ? QStringLiteral("'verbatim'")
                             : QStringLiteral("q.statement_kind");
    const auto all =
        rows(QStringLiteral("SELECT q.id, src.slug, q.%1, %3 FROM %2 q "
                            "JOIN source src ON src.id = q.source_id")
                 .arg(QString::fromUtf8(t.quoteColumn), QString::fromUtf8(t.table), kind));
    ASSERT_FALSE(all.empty()) << t.table;
    static const QRegularExpression markup(QStringLiteral(R"([|*`#"“”])"));
    const QStringList referenceNumbers = numbersIn(referencesText());
    int checked = 0;
    for (const QVariantList &r : all) {
        if (r[2].isNull())
            continue;
        const QString quote = r[2].toString();
        const bool fromArticle = r[1].toString() == QStringLiteral("article");
        const QString statementKind = r[3].toString();
        const std::string where = std::string(t.table) + " id " +
                                  std::to_string(r[0].toLongLong()) + " (" +
                                  r[1].toString().toStdString() + "): " + quote.toStdString();
        if (statementKind == QStringLiteral("verbatim")) {
            EXPECT_TRUE(fromArticle) << "verbatim, but its source's text is not held: " << where;
            EXPECT_TRUE(occursInArticle(quote)) << "verbatim, but not in the article: " << where;
        } else {
            EXPECT_EQ(statementKind, QStringLiteral("transcribed")) << where;
            EXPECT_FALSE(fromArticle) << "the article's words are verbatim: " << where;
            EXPECT_FALSE(markup.match(quote).hasMatch())
                << "Markdown or quotation marks in a transcription: " << where;
            for (const QString &n : numbersIn(quote)) {
                EXPECT_TRUE(referenceNumbers.contains(n))
                    << n.toStdString() << " is not printed in references.md: " << where;
            }
        }
        ++checked;
    }
    EXPECT_GT(checked, 0);
}

INSTANTIATE_TEST_SUITE_P(
    Seed, Quotes,
    ::testing::Values(QuoteTable{"result", "quote"}, QuoteTable{"arm_summary", "quote"},
                      QuoteTable{"study_arm", "quote"}, QuoteTable{"field_provenance", "quote"},
                      QuoteTable{"mechanism", "quote"}, QuoteTable{"mechanism_evidence", "quote"},
                      QuoteTable{"dosing_protocol", "quote"}, QuoteTable{"claim", "text"}),
    [](const auto &testInfo) { return std::string(testInfo.param.table); });

TEST(SeedProvenance, StatementKindsAreCounted)
{
    // 45 of the 55 results are transcriptions of references.md (issue 15: they were shown as
    // quotes); the article's 10 are verbatim. Over every statement table: 60 verbatim (plus
    // the 40 claims, the article's words), 115 transcribed.
    const auto count = [](const char *table, const char *kind) {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE quote IS NOT NULL AND "
                                     "statement_kind = ?")
                          .arg(QString::fromUtf8(table)),
                      {QString::fromUtf8(kind)})
            .toInt();
    };
    EXPECT_EQ(count("result", "verbatim"), 10);
    EXPECT_EQ(count("result", "transcribed"), 45);
    int verbatim = 0;
    int transcribed = 0;
    for (const char *table :
         {"result", "arm_summary", "study_arm", "field_provenance", "dosing_protocol", "mechanism",
          "mechanism_evidence", "mechanism_target"}) {
        verbatim += count(table, "verbatim");
        transcribed += count(table, "transcribed");
    }
    EXPECT_EQ(verbatim, 60);
    EXPECT_EQ(transcribed, 115);
    // Where in a publication: recorded only where references.md says (the Cochrane 2023
    // summary-of-findings table), never on a verbatim statement.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM result WHERE statement_where IS NOT "
                                    "NULL"))
                  .toInt(),
              6);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM result WHERE statement_where IS NOT "
                                    "NULL AND statement_kind = 'verbatim'"))
                  .toInt(),
              0);
}

TEST(SeedProvenance, EveryNumberInTheArticleIsCoveredByAStoredQuote)
{
    // Mark every character of the article that some stored article quote covers; then each
    // number the article prints (442, 0.62, 7.1, 21.0, 5-30, 215-1290, IL-6, ...) must lie inside
    // a quote, so that no statement with a number is left out of the catalogue.
    const QString &article = articleText();
    std::vector<bool> covered(static_cast<std::size_t>(article.size()), false);
    const char *const sources[][2] = {
        {"result", "quote"},          {"arm_summary", "quote"}, {"field_provenance", "quote"},
        {"dosing_protocol", "quote"}, {"claim", "text"},        {"mechanism", "quote"}};
    for (const auto &s : sources) {
        const auto quotes = rows(QStringLiteral("SELECT q.%1 FROM %2 q JOIN source src ON src.id "
                                                "= q.source_id WHERE src.slug = 'article'")
                                     .arg(QString::fromUtf8(s[1]), QString::fromUtf8(s[0])));
        for (const QVariantList &q : quotes) {
            const QString quote = q[0].toString();
            for (qsizetype at = article.indexOf(quote); at >= 0 && !quote.isEmpty();
                 at = article.indexOf(quote, at + 1)) {
                for (qsizetype i = at; i < at + quote.size(); ++i)
                    covered[static_cast<std::size_t>(i)] = true;
            }
        }
    }
    static const QRegularExpression number(QStringLiteral("\\d+(?:\\.\\d+)?"));
    int numbers = 0;
    for (auto it = number.globalMatch(article); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        ++numbers;
        EXPECT_TRUE(covered[static_cast<std::size_t>(match.capturedStart())])
            << "not in any stored quote: " << match.captured().toStdString() << " in \""
            << article.mid(std::max<qsizetype>(0, match.capturedStart() - 40), 80).toStdString()
            << "\"";
    }
    EXPECT_EQ(numbers, 36); // the numbers the article prints
}

TEST(SeedProvenance, TargetQuotesOccurInTheArticle)
{
    const auto all =
        rows(QStringLiteral("SELECT target_id, quote, statement_kind FROM mechanism_target"));
    ASSERT_EQ(all.size(), 18u);
    for (const QVariantList &r : all) {
        EXPECT_TRUE(occursInArticle(r[1].toString())) << r[1].toString().toStdString();
        EXPECT_EQ(r[2].toString(), QStringLiteral("verbatim"));
    }
}

TEST(SeedProvenance, TheQuoteCheckCanFail)
{
    // The article writes "21.0±20.4" without spaces; references.md "7.6 ± **12.1**", whose
    // markdown emphasis is not part of the quote.
    EXPECT_TRUE(occursInArticle(QStringLiteral("21.0±20.4 points at 12 weeks")));
    EXPECT_FALSE(occursInArticle(QStringLiteral("21.0 ± 20.4 points at 12 weeks")));
    EXPECT_FALSE(occursInArticle(QStringLiteral("7.6±12.1")));
    EXPECT_TRUE(occursInReferences(QStringLiteral("7.6 ± 12.1 (placebo), p = 0.0461")));
    EXPECT_FALSE(occursInReferences(QStringLiteral("7.6 ± 12.2 (placebo)")));
    EXPECT_FALSE(occursInReferences(QStringLiteral("(Cerebrolysin) versus 7.6 ± 11.6")));
    EXPECT_FALSE(occursInArticle(QString()));
}

TEST(SeedProvenance, ClaimsAreTheArticles)
{
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM claim c JOIN source s ON s.id = "
                                    "c.source_id WHERE s.slug <> 'article'"))
                  .toInt(),
              0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM claim")).toInt(), 40);
}

// Each publication with the identifiers references.md verifies (empty: not verified / not
// given, so it must be NULL).
struct PublicationCase
{
    const char *slug;
    std::optional<std::string> doi{};
    std::optional<std::string> pmid{};
    std::optional<std::string> volume{};
    std::optional<std::string> registration{};
    const char *sponsorship = "";
};

std::ostream &operator<<(std::ostream &os, const PublicationCase &c)
{
    return os << c.slug;
}

class Publications : public ::testing::TestWithParam<PublicationCase>
{
};

std::optional<std::string> optionalText(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toString().toStdString();
}

TEST_P(Publications, VerifiedIdentifiersOnlyAndSponsorship)
{
    const PublicationCase &c = GetParam();
    const auto found = rows(QStringLiteral("SELECT doi, pmid, volume, registration, sponsorship "
                                           "FROM source WHERE slug = ?"),
                            {QString::fromUtf8(c.slug)});
    ASSERT_EQ(found.size(), 1u);
    const QVariantList &r = found.front();
    EXPECT_EQ(optionalText(r[0]), c.doi);
    EXPECT_EQ(optionalText(r[1]), c.pmid);
    EXPECT_EQ(optionalText(r[2]), c.volume);
    EXPECT_EQ(optionalText(r[3]), c.registration);
    EXPECT_EQ(r[4].toString().toStdString(), c.sponsorship);
}

INSTANTIATE_TEST_SUITE_P(
    Sources, Publications,
    ::testing::Values(
        PublicationCase{"article", {}, {}, {}, {}, "unknown"},
        PublicationCase{
            "guekht-2017", "10.1007/s10072-017-3037-z", "28707130", "38", {}, "industry"},
        PublicationCase{"muresanu-2016", "10.1161/STROKEAHA.115.009416", "26564102", "47",
                        "EudraCT 2007-000870-21", "industry"},
        // CARS-2: authors, DOI, PMID not verified.
        PublicationCase{"cars-2-abstract-2015", {}, {}, {}, {}, "industry"},
        PublicationCase{"bornstein-2018", "10.1007/s10072-017-3214-0", {}, {}, {}, "unknown"},
        // ESCAS: PMID not verified.
        PublicationCase{
            "homberg-2025", "10.1161/STROKEAHA.124.049834", {}, {}, "ISRCTN54581790", "industry"},
        PublicationCase{"escas-preprint", "10.1101/2024.02.23.24303302", {}, {}, {}, "industry"},
        PublicationCase{"jianu-2010", {}, "20945821", "3", {}, "unknown"},
        // CAPTAIN II: volume, pages, registration not verified.
        PublicationCase{
            "muresanu-2020", "10.1007/s10072-019-04181-y", "31897941", {}, {}, "industry"},
        PublicationCase{"captain-ii-manufacturer-website", {}, {}, {}, {}, "industry"},
        PublicationCase{"poon-2020", "10.1007/s10072-019-04053-5", "31494820", "41", "NCT01606111",
                        "industry"},
        PublicationCase{
            "vester-2021", "10.1007/s10072-020-04974-6", "33620612", "42", {}, "industry"},
        PublicationCase{
            "chen-2013", "10.3109/02688697.2013.793287", "23656173", "27", {}, "unknown"},
        // Zhang 2020: PMID and volume not verified.
        PublicationCase{"zhang-2020", "10.3171/2019.6.JNS191027", {}, {}, {}, "unknown"},
        PublicationCase{"product-label", {}, {}, {}, {}, "industry"},
        PublicationCase{
            "biometrical-journal-2019", "10.1002/bimj.201800107", {}, "61", {}, "unknown"},
        PublicationCase{"lachin-1992", "10.1002/sim.4780110903", {}, "11", {}, "unknown"},
        PublicationCase{"lachin-2014", "10.1371/journal.pone.0108784", {}, "9", {}, "unknown"},
        // Cochrane 2023: PMID not verified.
        PublicationCase{
            "cochrane-2023", "10.1002/14651858.CD007026.pub7", {}, {}, {}, "independent"},
        PublicationCase{
            "cochrane-2020", "10.1002/14651858.CD007026.pub6", {}, {}, {}, "independent"},
        PublicationCase{"wang-2017", "10.2147/DDDT.S124273", "28458521", "11", {}, "independent"},
        // Zhang 2017 has a verified PMID; Zhang 2020 (above) does not.
        PublicationCase{"zhang-2017", "10.1155/2017/4191670", "28656143", {}, {}, "independent"},
        PublicationCase{
            "el-sayed-2018", "10.1007/s10143-016-0775-y", "27539610", "41", {}, "independent"},
        PublicationCase{
            "ghaffarpasand-2019", "10.2147/NDT.S186865", "30643411", "15", {}, "independent"}));

TEST(SeedProvenance, NotVerifiedFieldsAreNull)
{
    struct NullCase
    {
        const char *sql;
    };
    const NullCase cases[] = {
        {"SELECT authors FROM source WHERE slug = 'cars-2-abstract-2015'"},
        {"SELECT pages FROM source WHERE slug = 'muresanu-2020'"},
        {"SELECT pmid FROM source WHERE slug = 'cochrane-2023'"},
        {"SELECT pmid FROM source WHERE slug = 'homberg-2025'"},
        {"SELECT pages FROM source WHERE slug = 'bornstein-2018'"},
        {"SELECT n_enrolled FROM study WHERE slug = 'cars-1'"},
        {"SELECT n_analysed FROM study WHERE slug = 'cars-1'"},
        {"SELECT n_enrolled FROM study WHERE slug = 'chen-2013-mild-tbi'"},
        // The CARS meta-analysis ARAT CI: not verified, in both layers.
        {"SELECT MAX(ci_low) FROM result WHERE study_id = (SELECT id FROM study WHERE slug = "
         "'cars-meta-analysis') AND outcome_id = (SELECT id FROM outcome_measure WHERE slug = "
         "'arat')"},
        {"SELECT MAX(ci_high) FROM result WHERE study_id = (SELECT id FROM study WHERE slug = "
         "'cars-meta-analysis') AND outcome_id = (SELECT id FROM outcome_measure WHERE slug = "
         "'arat')"},
        // Chen 2013 arm sizes, in arms and arm summaries.
        {"SELECT MAX(COALESCE(n_randomised, n_analysed)) FROM study_arm WHERE study_id = "
         "(SELECT id FROM study WHERE slug = 'chen-2013-mild-tbi')"},
        {"SELECT MAX(a.n) FROM arm_summary a JOIN result r ON r.id = a.result_id WHERE "
         "r.study_id = (SELECT id FROM study WHERE slug = 'chen-2013-mild-tbi')"},
        // The manufacturer's day 10 / day 30 values come with no CI or p.
        {"SELECT MAX(COALESCE(ci_low, ci_high, p_value)) FROM result WHERE source_id = (SELECT "
         "id FROM source WHERE slug = 'captain-ii-manufacturer-website')"},
        // ESCAS: the numeric WAB difference is not verified.
        {"SELECT MAX(estimate) FROM result WHERE study_id = (SELECT id FROM study WHERE slug = "
         "'escas')"},
        // CARS-2: "not significant", no numbers.
        {"SELECT MAX(COALESCE(estimate, p_value)) FROM result WHERE study_id = (SELECT id FROM "
         "study WHERE slug = 'cars-2')"},
    };
    for (const NullCase &c : cases)
        EXPECT_TRUE(scalar(QString::fromUtf8(c.sql)).isNull()) << c.sql;
    // No arms at all for CARS-1: its arm sizes are not verified.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM study_arm WHERE study_id = (SELECT id "
                                    "FROM study WHERE slug = 'cars-1')"))
                  .toInt(),
              0);
}

TEST(SeedProvenance, EveryPublicationResultCarriesAnIdentifiedPublication)
{
    // A result from a journal article, review or preprint names a source with a DOI or PMID;
    // the only exceptions are the sources references.md records without one.
    const auto missing = rows(QStringLiteral(
        "SELECT DISTINCT src.slug FROM result r JOIN source src ON src.id = r.source_id "
        "WHERE src.kind <> 'article' AND src.doi IS NULL AND src.pmid IS NULL"));
    QStringList slugs;
    for (const QVariantList &r : missing)
        slugs.append(r[0].toString());
    slugs.sort();
    EXPECT_EQ(slugs, (QStringList{QStringLiteral("captain-ii-manufacturer-website"),
                                  QStringLiteral("cars-2-abstract-2015")}));
}

TEST(SeedProvenance, EveryNumericStudyAndArmFieldHasProvenance)
{
    const char *const fields[][2] = {{"study", "n_enrolled"},
                                     {"study", "n_analysed"},
                                     {"study", "centres"},
                                     {"study_arm", "n_randomised"},
                                     {"study_arm", "n_analysed"}};
    for (const auto &f : fields) {
        const QString sql =
            QStringLiteral("SELECT COUNT(*) FROM %1 t WHERE t.%2 IS NOT NULL AND NOT EXISTS "
                           "(SELECT 1 FROM field_provenance p WHERE p.entity = '%1' AND "
                           "p.entity_id = t.id AND p.field = '%2')")
                .arg(QString::fromUtf8(f[0]), QString::fromUtf8(f[1]));
        EXPECT_EQ(scalar(sql).toInt(), 0) << f[0] << "." << f[1];
    }
    // And no provenance row points at a missing entity.
    EXPECT_EQ(scalar(QStringLiteral(
                         "SELECT COUNT(*) FROM field_provenance p WHERE "
                         "(p.entity = 'study' AND p.entity_id NOT IN (SELECT id FROM study)) OR "
                         "(p.entity = 'study_arm' AND p.entity_id NOT IN (SELECT id FROM "
                         "study_arm)) OR (p.entity = 'dosing_protocol' AND p.entity_id NOT IN "
                         "(SELECT id FROM dosing_protocol))"))
                  .toInt(),
              0);
}

TEST(SeedProvenance, EveryDerivedRowStatesItsFormula)
{
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM result WHERE origin = 'derived' AND "
                                    "(derivation IS NULL OR derivation = '' OR "
                                    "derived_from_id IS NULL)"))
                  .toInt(),
              0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM dosing_protocol WHERE origin = "
                                    "'derived' AND (note IS NULL OR note NOT LIKE 'derived: %')"))
                  .toInt(),
              0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM result WHERE origin = 'reported' AND "
                                    "derivation IS NOT NULL"))
                  .toInt(),
              0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM dosing_protocol WHERE origin = "
                                    "'derived'"))
                  .toInt(),
              2);
}

} // namespace
