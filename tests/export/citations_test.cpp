// Citations as the program writes them: every field the catalogue holds and no other, stable
// unique keys, BibTeX escaping, authors split as the catalogue writes them.
#include "export/citations.h"
#include "exportfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <gtest/gtest.h>

namespace {

using eb::catalogue::SourceRecord;
using namespace eb::exporting;

// The RIS record of one source (between its TY and ER lines).
QString risRecord(const QString &ris, const QString &key)
{
    const qsizetype id = ris.indexOf(QStringLiteral("ID  - %1\r\n").arg(key));
    if (id < 0) {
        return {};
    }
    const qsizetype start = ris.lastIndexOf(QStringLiteral("TY  - "), id);
    const qsizetype end = ris.indexOf(QStringLiteral("ER  - "), id);
    return ris.mid(start, end - start);
}

TEST(Citations, AuthorsAreSplitIntoFamilyNameAndInitials)
{
    const QList<CitationAuthor> authors =
        parseAuthors(QStringLiteral("Guekht A, von Steinbüchel N, Heiss WD, Verisezan Rosu O, "
                                    "Vester JC et al."));
    ASSERT_EQ(authors.size(), 6);
    EXPECT_EQ(authors[0].family, QStringLiteral("Guekht"));
    EXPECT_EQ(authors[0].given, QStringLiteral("A."));
    EXPECT_EQ(authors[1].family, QStringLiteral("von Steinbüchel"));
    EXPECT_EQ(authors[2].given, QStringLiteral("W. D."));
    EXPECT_EQ(authors[3].family, QStringLiteral("Verisezan Rosu"));
    EXPECT_EQ(authors[4].family, QStringLiteral("Vester"));
    EXPECT_TRUE(authors[5].others);
    EXPECT_TRUE(parseAuthors(QString()).isEmpty());
}

TEST(Citations, BibtexSpecialCharactersAreEscaped)
{
    EXPECT_EQ(
        bibtexEscape(QStringLiteral("50% & $5 #1 a_b {x} ~ ^ \\ α")),
        QStringLiteral(
            "50\\% \\& \\$5 \\#1 a\\_b \\textbraceleft{}x\\textbraceright{} \\textasciitilde{} "
            "\\textasciicircum{} \\textbackslash{} α"));
}

TEST(Citations, KeysAreStableAndUnique)
{
    QList<SourceRecord> sources(3);
    sources[0].slug = QStringLiteral("guekht-2017");
    sources[1].slug = QStringLiteral("guekht 2017"); // reduces to the same key
    sources[2].slug = QStringLiteral("2019-review");
    const QStringList keys = bibtexKeys(sources);
    EXPECT_EQ(keys, bibtexKeys(sources));
    EXPECT_EQ(keys, (QStringList{QStringLiteral("guekht-2017"), QStringLiteral("guekht-2017-2"),
                                 QStringLiteral("source-2019-review")}));

    const QList<SourceRecord> all = eb::exporttest::bundledCatalogue().sources();
    ASSERT_GT(all.size(), 10);
    const QStringList catalogueKeys = bibtexKeys(all);
    for (qsizetype i = 0; i < all.size(); ++i) {
        EXPECT_EQ(catalogueKeys.at(i), all.at(i).slug); // slugs are already valid keys
    }
}

// For every source of the catalogue, each format holds a field exactly when the catalogue
// holds it: a source without a PMID has no PMID line.
TEST(Citations, EveryKnownFieldAndNoOther)
{
    const QList<SourceRecord> sources = eb::exporttest::bundledCatalogue().sources();
    const QString ris = formatCitations(sources, CitationFormat::Ris);
    const QString bib = formatCitations(sources, CitationFormat::Bibtex);
    const QJsonArray csl =
        QJsonDocument::fromJson(formatCitations(sources, CitationFormat::CslJson).toUtf8()).array();
    ASSERT_EQ(csl.size(), sources.size());
    int withoutPmid = 0;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const SourceRecord &s = sources.at(i);
        SCOPED_TRACE(s.slug.toStdString());
        const QString record = risRecord(ris, s.slug);
        ASSERT_FALSE(record.isEmpty());
        const qsizetype at = bib.indexOf(QStringLiteral("{%1,\n").arg(s.slug));
        ASSERT_GE(at, 0);
        const QString entry = bib.mid(at, bib.indexOf(QStringLiteral("\n}\n"), at) - at);
        const QJsonObject item = csl.at(i).toObject();
        EXPECT_EQ(item.value(QStringLiteral("id")).toString(), s.slug);

        const auto check = [&](const QString &value, const char *risTag, const char *bibField,
                               const char *cslField) {
            const bool known = !value.isEmpty();
            if (risTag != nullptr) {
                EXPECT_EQ(record.contains(QStringLiteral("\r\n%1  - ").arg(QLatin1String(risTag))),
                          known)
                    << risTag;
            }
            EXPECT_EQ(entry.contains(QStringLiteral("\n  %1 = {").arg(QLatin1String(bibField))),
                      known)
                << bibField;
            EXPECT_EQ(item.contains(QLatin1String(cslField)), known) << cslField;
        };
        check(citationTitle(s), "TI", "title", "title");
        check(s.journal, "T2",
              bib.mid(bib.lastIndexOf(QLatin1Char('@'), at), 8) == QLatin1String("@article")
                  ? "journal"
                  : "howpublished",
              "container-title");
        check(s.year ? QString::number(*s.year) : QString(), "PY", "year", "issued");
        check(s.volume, "VL", "volume", "volume");
        check(s.issue, "IS", "number", "issue");
        check(s.pages, "SP", "pages", "page");
        check(s.doi, "DO", "doi", "DOI");
        check(s.doi, "UR", "url", "URL");
        check(s.pmid, "AN", "pmid", "PMID");
        check(s.pmcid, "C2", "pmcid", "PMCID");
        check(s.authors, "AU", "author", "author");
        if (!s.doi.isEmpty()) {
            EXPECT_TRUE(record.contains(QStringLiteral("DO  - %1\r\n").arg(s.doi)));
        }
        if (!s.pmid.isEmpty()) {
            EXPECT_TRUE(record.contains(QStringLiteral("AN  - %1\r\n").arg(s.pmid)));
        } else {
            ++withoutPmid;
            EXPECT_FALSE(record.contains(QStringLiteral("PubMed")));
        }
        if (!s.registration.isEmpty()) {
            EXPECT_TRUE(entry.contains(s.registration));
            EXPECT_TRUE(
                record.contains(QStringLiteral("N1  - Trial registration: ") + s.registration));
        }
    }
    EXPECT_GT(withoutPmid, 0); // the catalogue has sources without a PMID: the test means it
}

TEST(Citations, FormatsAreNamedByKeyAndSuffix)
{
    EXPECT_EQ(citationFormatFromKey(QStringLiteral("RIS")), CitationFormat::Ris);
    EXPECT_EQ(citationFormatFromKey(QStringLiteral("bibtex")), CitationFormat::Bibtex);
    EXPECT_EQ(citationFormatFromKey(QStringLiteral("csl-json")), CitationFormat::CslJson);
    EXPECT_FALSE(citationFormatFromKey(QStringLiteral("endnote")));
    EXPECT_EQ(citationFormatForPath(QStringLiteral("a/b.BIB")), CitationFormat::Bibtex);
    EXPECT_FALSE(citationFormatForPath(QStringLiteral("refs.txt")));
}

TEST(Citations, SlugsOfStudiesAndSourcesNameTheirSources)
{
    QString error;
    const auto named =
        sourcesNamed(eb::exporttest::bundledCatalogue(),
                     {QStringLiteral("cars-1"), QStringLiteral("guekht-2017")}, &error);
    ASSERT_TRUE(named) << error.toStdString();
    QStringList slugs;
    for (const SourceRecord &s : *named) {
        slugs << s.slug;
    }
    // CARS-1's sources (its publication and the meta-analysis that includes it), each once.
    EXPECT_EQ(slugs, (QStringList{QStringLiteral("muresanu-2016"), QStringLiteral("guekht-2017")}));
    EXPECT_FALSE(
        sourcesNamed(eb::exporttest::bundledCatalogue(), {QStringLiteral("nope")}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("nope")));
}

} // namespace
