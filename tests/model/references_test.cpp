// The reference parsers on files shaped like Zotero's, EndNote's, JabRef's and PubMed's
// (tests/model/fixtures/references: invented data), the source fields made from them, and
// duplicate detection.
#include "model/references.h"
#include "model/referencesource.h"
#include "model/validation.h"

#include <QFile>
#include <gtest/gtest.h>

namespace {

using namespace eb::catalogue;

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(EB_SOURCE_DIR "/tests/model/fixtures/references/") +
               QString::fromLatin1(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

QList<Reference> parsed(ReferenceFormat format, const char *name)
{
    QString error;
    const auto refs = parseReferences(format, fixture(name), &error);
    EXPECT_TRUE(refs.has_value()) << name << ": " << error.toStdString();
    return refs.value_or(QList<Reference>{});
}

std::string s(const QString &text)
{
    return text.toStdString();
}

// The invented pilot trial as every format gives it.
void expectPilotTrial(const Reference &r)
{
    EXPECT_EQ(s(r.title), "Early neurotrophic therapy after ischaemic stroke: a randomised, "
                          "placebo-controlled pilot trial");
    ASSERT_EQ(r.authors.size(), 3);
    EXPECT_EQ(s(r.authors.at(0).family), "Novak");
    EXPECT_EQ(s(r.authors.at(1).family), "Ørsted");
    EXPECT_EQ(s(initialsOf(r.authors.at(1).given)), "LK");
    EXPECT_EQ(s(r.authors.at(2).family), "Müller-Lang");
    EXPECT_EQ(s(initialsOf(r.authors.at(2).given)), "JP");
    EXPECT_EQ(s(r.journal), "Journal of Example Neurology");
    EXPECT_EQ(s(r.year), "2021");
    EXPECT_EQ(s(r.volume), "12");
    EXPECT_EQ(s(r.issue), "3");
    EXPECT_EQ(s(r.pages), "101-109");
    EXPECT_EQ(s(r.doi), "10.5555/example.2021.0001");
    EXPECT_EQ(s(r.pmid), "99000001");
    EXPECT_EQ(s(r.registration), "NCT09900001");
}

TEST(References, ZoteroRisGivesEveryFieldOfEachRecord)
{
    const auto refs = parsed(ReferenceFormat::Ris, "zotero.ris");
    ASSERT_EQ(refs.size(), 2);
    expectPilotTrial(refs.at(0));
    EXPECT_EQ(s(refs.at(1).type), "CONF");
    EXPECT_EQ(s(refs.at(1).doi), "10.5555/example.conf.214"); // from the doi.org URL
    EXPECT_EQ(s(refs.at(1).pages), "P-214");
    EXPECT_TRUE(refs.at(1).pmid.isEmpty()); // no AN: nothing invented
}

TEST(References, EndNoteRisWithCrlfWrappedLinesAndPagesInOneTag)
{
    const auto refs = parsed(ReferenceFormat::Ris, "endnote.ris");
    ASSERT_EQ(refs.size(), 2);
    EXPECT_EQ(s(refs.at(0).title),
              "Cognitive outcomes after a neurotrophic infusion: an open-label controlled study");
    EXPECT_EQ(s(refs.at(0).journal), "Example Reviews in Neurorehabilitation"); // JF, not JO
    EXPECT_EQ(s(refs.at(0).pages), "55-61");
    EXPECT_EQ(s(refs.at(0).year), "2018");
    EXPECT_EQ(s(refs.at(0).doi), "10.5555/EXAMPLE.2018.55");
    EXPECT_EQ(s(refs.at(0).registration), "2016-000123-45");
    EXPECT_EQ(s(refs.at(1).registration), "NCT09900003");
    EXPECT_TRUE(refs.at(1).doi.isEmpty());
}

TEST(References, ZoteroBibtexDecodesLatexAndBraces)
{
    const auto refs = parsed(ReferenceFormat::Bibtex, "zotero.bib");
    ASSERT_EQ(refs.size(), 2);
    expectPilotTrial(refs.at(0));
    EXPECT_EQ(s(refs.at(1).journal), "Example Stroke Conference 2019");
    EXPECT_EQ(s(refs.at(1).pages), "P-214");
}

TEST(References, JabrefBibtexWithStringsMacrosQuotesAndAccents)
{
    const auto refs = parsed(ReferenceFormat::Bibtex, "jabref.bib");
    ASSERT_EQ(refs.size(), 2);
    EXPECT_EQ(s(refs.at(0).journal), "Example Reviews in Neurorehabilitation");
    EXPECT_EQ(s(refs.at(0).title),
              "Cognitive outcomes after a neurotrophic infusion: an open-label controlled study");
    EXPECT_EQ(s(refs.at(0).year), "2018");
    ASSERT_EQ(refs.at(0).authors.size(), 2);
    EXPECT_EQ(s(initialsOf(refs.at(0).authors.at(1).given)), "ES");
    const Reference &g = refs.at(1);
    ASSERT_EQ(g.authors.size(), 2);
    EXPECT_TRUE(g.moreAuthors);
    EXPECT_EQ(s(g.authors.at(0).family), "García-López");
    EXPECT_EQ(s(g.authors.at(0).given), "María");
    EXPECT_EQ(s(g.authors.at(1).family), "Schröder");
    EXPECT_EQ(s(g.title), "Dose & timing of a peptide infusion after stroke: TNF-α, 50% and "
                          "``other'' markers");
    EXPECT_EQ(s(g.doi), "10.5555/example_2017.7"); // verbatim: "_" kept
    EXPECT_EQ(s(g.pages), "7-19");
}

TEST(References, BrokenBibtexIsRefusedWithItsLine)
{
    QString error;
    EXPECT_FALSE(parseBibtex(QStringLiteral("@article{a,\n  title = {Open {brace,\n}\n"), &error));
    EXPECT_NE(error.indexOf(QLatin1String("line 2")), -1) << s(error);
    EXPECT_NE(error.indexOf(QLatin1String("braces are not closed")), -1) << s(error);
    // Balanced value, entry never closed: the entry's own line.
    EXPECT_FALSE(parseBibtex(QStringLiteral("@article{a,\n  title = {Closed},\n"), &error));
    EXPECT_NE(error.indexOf(QLatin1String("entry a (line 1)")), -1) << s(error);
    EXPECT_FALSE(parseBibtex(QStringLiteral("@article{a,\n  title {x}\n}"), &error));
    EXPECT_NE(error.indexOf(QLatin1String("field = value")), -1) << s(error);
    // Nothing but comments: no records, no error.
    const auto none = parseBibtex(QStringLiteral("% only a comment\n"), &error);
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->isEmpty());
}

TEST(References, LatexDecoding)
{
    EXPECT_EQ(s(decodeLatex(QStringLiteral("{\\\"u}ber \\'{e}t\\'e {\\ss} \\c{c} \\v{s}"))),
              "über été ß ç š");
    EXPECT_EQ(s(decodeLatex(QStringLiteral("\\textbraceleft{}x\\textbraceright{} 1--2 a---b"))),
              "{x} 1–2 a—b");
    EXPECT_EQ(s(decodeLatex(QStringLiteral("\\emph{Broca's} {A}phasia \\& \\$5"))),
              "Broca's Aphasia & $5");
    EXPECT_EQ(s(decodeLatex(QStringLiteral("\\'\\i"))), "í");
    EXPECT_EQ(s(decodeLatex(QStringLiteral("trailing \\"))), "trailing ");
}

TEST(References, ZoteroCslJson)
{
    const auto refs = parsed(ReferenceFormat::CslJson, "zotero-csl.json");
    ASSERT_EQ(refs.size(), 3);
    expectPilotTrial(refs.at(0));
    EXPECT_EQ(s(refs.at(1).authors.at(0).family), "Example Registry");
    EXPECT_EQ(s(refs.at(1).year), "2020");
    EXPECT_EQ(s(refs.at(2).authors.at(0).family), "van den Berg");
    EXPECT_EQ(s(refs.at(2).year), "2015");
    QString error;
    EXPECT_FALSE(parseCslJson("[{\"type\": ", &error));
    EXPECT_FALSE(parseCslJson("[1, 2]", &error));
}

TEST(References, PubmedMedlineWithWrappedLinesAndPublicationTypes)
{
    const auto refs = parsed(ReferenceFormat::Medline, "pubmed.nbib");
    ASSERT_EQ(refs.size(), 2);
    const Reference &a = refs.at(0);
    EXPECT_EQ(s(a.pmid), "99000002");
    EXPECT_EQ(s(a.title), "Neurotrophic peptide mixture for moderate traumatic brain injury: a "
                          "multicentre, double-blind, placebo-controlled trial.");
    ASSERT_EQ(a.authors.size(), 2);
    EXPECT_EQ(s(a.authors.at(1).family), "Silva");
    EXPECT_EQ(s(a.authors.at(1).given), "João");
    EXPECT_EQ(s(a.journal), "Example journal of neurotrauma");
    EXPECT_EQ(s(a.year), "2020");
    EXPECT_EQ(s(a.pages), "210-218");
    EXPECT_EQ(s(a.doi), "10.5555/example.2020.0042");
    EXPECT_EQ(s(a.pmcid), "PMC9900002");
    EXPECT_EQ(s(a.registration), "NCT09900002");
    const Reference &b = refs.at(1);
    EXPECT_EQ(s(b.authors.at(0).family), "Example Review Collaboration");
    EXPECT_TRUE(b.publicationTypes.contains(QStringLiteral("Systematic Review")));
    QSet<QString> taken;
    EXPECT_EQ(s(sourceFieldsOf(b, ReferenceFormat::Medline, QStringLiteral("pubmed.nbib"), &taken)
                    .value(QStringLiteral("kind"))),
              "systematic_review");
}

TEST(References, PubmedXmlGivesWhatTheMedlineFileGives)
{
    const auto xml = parsed(ReferenceFormat::PubmedXml, "pubmed.xml");
    const auto nbib = parsed(ReferenceFormat::Medline, "pubmed.nbib");
    ASSERT_EQ(xml.size(), 2);
    for (int i = 0; i < 2; ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(s(xml.at(i).pmid), s(nbib.at(i).pmid));
        EXPECT_EQ(s(xml.at(i).title), s(nbib.at(i).title)); // inline <i> flattened
        EXPECT_EQ(s(xml.at(i).doi), s(nbib.at(i).doi));
        EXPECT_EQ(s(xml.at(i).year), s(nbib.at(i).year));
        EXPECT_EQ(s(xml.at(i).journal), s(nbib.at(i).journal));
        EXPECT_EQ(s(xml.at(i).pages), s(nbib.at(i).pages));
        EXPECT_EQ(xml.at(i).authors.size(), nbib.at(i).authors.size());
    }
    EXPECT_EQ(s(xml.at(0).registration), "NCT09900002");
    EXPECT_EQ(s(xml.at(0).pmcid), "PMC9900002");
    QString error;
    EXPECT_FALSE(parsePubmedXml("<PubmedArticleSet><PubmedArticle>", &error));
    EXPECT_FALSE(parsePubmedXml("<html/>", &error));
    EXPECT_NE(error.indexOf(QLatin1String("PubmedArticleSet")), -1);
}

TEST(References, FormatIsDetectedFromContentOnlyWhenUnambiguous)
{
    EXPECT_EQ(detectReferenceFormat(fixture("zotero.ris")), ReferenceFormat::Ris);
    EXPECT_EQ(detectReferenceFormat(fixture("endnote.ris")), ReferenceFormat::Ris);
    EXPECT_EQ(detectReferenceFormat(fixture("zotero.bib")), ReferenceFormat::Bibtex);
    EXPECT_EQ(detectReferenceFormat(fixture("jabref.bib")), ReferenceFormat::Bibtex);
    EXPECT_EQ(detectReferenceFormat(fixture("zotero-csl.json")), ReferenceFormat::CslJson);
    EXPECT_EQ(detectReferenceFormat(fixture("pubmed.nbib")), ReferenceFormat::Medline);
    EXPECT_EQ(detectReferenceFormat(fixture("pubmed.xml")), ReferenceFormat::PubmedXml);
    EXPECT_FALSE(detectReferenceFormat("slug,kind\nx,journal_article\n"));
    EXPECT_FALSE(detectReferenceFormat(R"({"format": "evidence-browser-records"})"));
    EXPECT_FALSE(detectReferenceFormat(""));
}

TEST(References, MalformedTaggedFilesAreRefusedWithTheirLine)
{
    QString error;
    EXPECT_FALSE(parseRis(QStringLiteral("TY  - JOUR\nTI  - cut off\n"), &error));
    EXPECT_NE(error.indexOf(QLatin1String("line 1")), -1) << s(error);
    EXPECT_FALSE(parseRis(QStringLiteral("TI  - no type\nER  - \n"), &error));
    EXPECT_FALSE(parseMedline(QStringLiteral("TI  - before any PMID\n"), &error));
}

TEST(References, SourceFieldsAreValidAndInventNothing)
{
    QSet<QString> taken{QStringLiteral("novak-2021")};
    const auto refs = parsed(ReferenceFormat::Ris, "zotero.ris");
    const Fields f =
        sourceFieldsOf(refs.at(0), ReferenceFormat::Ris, QStringLiteral("z.ris"), &taken);
    EXPECT_EQ(s(f.value(QStringLiteral("slug"))), "novak-2021-b");
    EXPECT_EQ(s(f.value(QStringLiteral("kind"))), "journal_article");
    EXPECT_EQ(s(f.value(QStringLiteral("short_label"))), "Novak et al. 2021");
    EXPECT_EQ(s(f.value(QStringLiteral("authors"))), "Novak P, Ørsted LK, Müller-Lang JP");
    EXPECT_EQ(s(f.value(QStringLiteral("sponsorship"))), "unknown");
    EXPECT_FALSE(f.contains(QStringLiteral("pmcid")));
    EXPECT_FALSE(hasErrors(validateRecord(RecordKind::Source, f)));
    const Fields conference =
        sourceFieldsOf(refs.at(1), ReferenceFormat::Ris, QStringLiteral("z.ris"), &taken);
    EXPECT_EQ(s(conference.value(QStringLiteral("kind"))), "conference_abstract");
    // A type the catalogue has no kind for is said so in the record, not hidden.
    const auto csl = parsed(ReferenceFormat::CslJson, "zotero-csl.json");
    const Fields book =
        sourceFieldsOf(csl.at(2), ReferenceFormat::CslJson, QStringLiteral("z.json"), &taken);
    EXPECT_NE(book.value(QStringLiteral("notes")).indexOf(QLatin1String("\"book\"")), -1);
    EXPECT_EQ(s(book.value(QStringLiteral("slug"))), "van-den-berg-2015");
}

RecordRow existingSource(qint64 id, const Fields &fields, bool user)
{
    return RecordRow{RecordKind::Source, id, 1, user, fields};
}

TEST(References, DuplicatesByDoiPmidRegistrationThenTitleAndYear)
{
    const Fields byDoi{{QStringLiteral("slug"), QStringLiteral("a")},
                       {QStringLiteral("doi"), QStringLiteral("10.5555/EXAMPLE.1")}};
    const Fields byPmid{{QStringLiteral("slug"), QStringLiteral("b")},
                        {QStringLiteral("pmid"), QStringLiteral("99000009")}};
    const Fields byRegistration{{QStringLiteral("slug"), QStringLiteral("c")},
                                {QStringLiteral("registration"), QStringLiteral("NCT09900009")}};
    const Fields byTitle{{QStringLiteral("slug"), QStringLiteral("d")},
                         {QStringLiteral("title"), QStringLiteral("Über the Trial, Part 2.")},
                         {QStringLiteral("year"), QStringLiteral("2019")}};
    const QList<RecordRow> existing{
        existingSource(1, byDoi, false), existingSource(2, byPmid, true),
        existingSource(3, byRegistration, true), existingSource(4, byTitle, true)};
    const QList<Fields> candidates{
        {{QStringLiteral("doi"), QStringLiteral("10.5555/example.1")}},
        {{QStringLiteral("pmid"), QStringLiteral("99000009")}},
        {{QStringLiteral("registration"), QStringLiteral("EudraCT 2011-000001-11; NCT09900009")}},
        {{QStringLiteral("title"), QStringLiteral("uber the trial part 2")},
         {QStringLiteral("year"), QStringLiteral("2019")}},
        // Same title, another year: not a duplicate.
        {{QStringLiteral("title"), QStringLiteral("Über the Trial, Part 2.")},
         {QStringLiteral("year"), QStringLiteral("2020")}},
        // Same registration but another DOI than the one it would match: a companion paper.
        {{QStringLiteral("doi"), QStringLiteral("10.5555/other")},
         {QStringLiteral("pmid"), QStringLiteral("99000009")}},
        // Within the file: the same DOI as candidate 6 (index 5).
        {{QStringLiteral("doi"), QStringLiteral("10.5555/OTHER")}},
    };
    const auto matches = findDuplicateSources(candidates, existing);
    ASSERT_EQ(matches.size(), 6);
    EXPECT_EQ(matches.at(0).index, 0);
    EXPECT_EQ(s(matches.at(0).basis), "doi");
    EXPECT_EQ(matches.at(0).existingId, 1);
    EXPECT_FALSE(matches.at(0).existingUser);
    EXPECT_EQ(s(matches.at(1).basis), "pmid");
    EXPECT_EQ(s(matches.at(2).basis), "registration");
    EXPECT_EQ(s(matches.at(2).value), "NCT09900009");
    EXPECT_EQ(s(matches.at(3).basis), "title-year");
    EXPECT_EQ(matches.at(3).existingId, 4);
    EXPECT_EQ(matches.at(4).index, 5); // PMID matches source 2, which has no DOI to differ
    EXPECT_EQ(s(matches.at(4).basis), "pmid");
    EXPECT_EQ(matches.at(5).index, 6);
    EXPECT_EQ(matches.at(5).earlierIndex, 5);
}

TEST(References, MergeFillsBlanksAndKeepsWhatIsThere)
{
    QStringList filled;
    QStringList conflicts;
    const Fields merged = mergedFields({{QStringLiteral("slug"), QStringLiteral("mine")},
                                        {QStringLiteral("title"), QStringLiteral("My title")}},
                                       {{QStringLiteral("slug"), QStringLiteral("theirs")},
                                        {QStringLiteral("title"), QStringLiteral("Their title")},
                                        {QStringLiteral("pages"), QStringLiteral("1-9")}},
                                       &filled, &conflicts);
    EXPECT_EQ(s(merged.value(QStringLiteral("slug"))), "mine");
    EXPECT_EQ(s(merged.value(QStringLiteral("title"))), "My title");
    EXPECT_EQ(s(merged.value(QStringLiteral("pages"))), "1-9");
    EXPECT_EQ(filled, QStringList{QStringLiteral("pages")});
    EXPECT_EQ(conflicts, QStringList{QStringLiteral("title")});
}

} // namespace
