// Citations read back by real readers, not by a parser of our own: bibtexparser and pybtex
// (Debian python3-bibtexparser, python3-pybtex) for BibTeX, bibutils' ris2xml for RIS. Each
// test skips with a message when its reader is not installed.
#include "export/citations.h"
#include "exportfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

using eb::catalogue::SourceRecord;
using namespace eb::exporting;

// Each entry as {ID, title, doi, pmid, authors: [last names]}, text decoded from LaTeX.
const char *const kBibtexparserScript = R"(
import json, sys
import bibtexparser
from bibtexparser.bparser import BibTexParser
from bibtexparser.customization import convert_to_unicode
parser = BibTexParser(common_strings=True)
parser.customization = convert_to_unicode
db = bibtexparser.loads(sys.stdin.read(), parser)
out = []
for e in db.entries:
    out.append({'ID': e['ID'], 'type': e['ENTRYTYPE'], 'fields': sorted(k for k in e if k not in ('ID', 'ENTRYTYPE')),
                'title': e.get('title'), 'doi': e.get('doi'), 'pmid': e.get('pmid'),
                'author': e.get('author')})
print(json.dumps(out))
)";

const char *const kPybtexScript = R"(
import json, sys
from pybtex.database import parse_string
from pybtex.richtext import Text
db = parse_string(sys.stdin.read(), 'bibtex')
out = []
for key, e in db.entries.items():
    f = e.fields
    out.append({'ID': key, 'title': Text.from_latex(f['title']).render_as('text') if 'title' in f else None,
                'doi': f.get('doi'), 'pmid': f.get('pmid'),
                'last': [' '.join(p.prelast_names + p.last_names) for p in e.persons.get('author', [])]})
print(json.dumps(out))
)";

QJsonArray runPython(const QString &python, const char *script, const QString &input)
{
    const auto run = eb::exporttest::runTool(
        python, {QStringLiteral("-c"), QString::fromUtf8(script)}, input.toUtf8());
    EXPECT_TRUE(run.started);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.left(300).toStdString();
    return document.array();
}

QJsonObject byId(const QJsonArray &entries, const QString &id)
{
    for (const QJsonValue &v : entries) {
        if (v.toObject().value(QStringLiteral("ID")).toString() == id) {
            return v.toObject();
        }
    }
    return {};
}

QString orNull(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() ? QString() : v.toString();
}

// A title with Greek letters and BibTeX specials, and authors with diacritics.
SourceRecord unicodeSource()
{
    SourceRecord s;
    s.id = 1000;
    s.slug = QStringLiteral("unicode-test");
    s.kind = QStringLiteral("journal_article");
    s.authors = QStringLiteral("Hömberg V, von Steinbüchel N, Čapek K et al.");
    s.title = QStringLiteral("TNF-α, IL-1β and κ-opioid signalling: 50% & more in rat_2 models");
    s.journal = QStringLiteral("Zeitschrift für Neurologie");
    s.year = 2020;
    s.doi = QStringLiteral("10.1000/xyz-ß.1");
    return s;
}

TEST(CitationParsers, WholeCatalogueBibtexReadsBackInBibtexparser)
{
    QString why;
    const QString python = eb::exporttest::pythonWith(QStringLiteral("bibtexparser"), &why);
    if (python.isEmpty()) {
        GTEST_SKIP() << why.toStdString();
    }
    const QList<SourceRecord> sources = eb::exporttest::bundledCatalogue().sources();
    const QJsonArray entries =
        runPython(python, kBibtexparserScript, formatCitations(sources, CitationFormat::Bibtex));
    ASSERT_EQ(entries.size(), sources.size());
    int dois = 0;
    for (const SourceRecord &s : sources) {
        SCOPED_TRACE(s.slug.toStdString());
        const QJsonObject e = byId(entries, s.slug);
        ASSERT_FALSE(e.isEmpty());
        EXPECT_EQ(orNull(e.value(QStringLiteral("title"))), citationTitle(s).simplified());
        EXPECT_EQ(orNull(e.value(QStringLiteral("doi"))), s.doi);
        EXPECT_EQ(orNull(e.value(QStringLiteral("pmid"))), s.pmid);
        dois += s.doi.isEmpty() ? 0 : 1;
    }
    EXPECT_GT(dois, 10);
}

TEST(CitationParsers, WholeCatalogueBibtexReadsBackInPybtex)
{
    QString why;
    const QString python = eb::exporttest::pythonWith(QStringLiteral("pybtex"), &why);
    if (python.isEmpty()) {
        GTEST_SKIP() << why.toStdString();
    }
    const QList<SourceRecord> sources = eb::exporttest::bundledCatalogue().sources();
    const QJsonArray entries =
        runPython(python, kPybtexScript, formatCitations(sources, CitationFormat::Bibtex));
    ASSERT_EQ(entries.size(), sources.size());
    for (const SourceRecord &s : sources) {
        SCOPED_TRACE(s.slug.toStdString());
        const QJsonObject e = byId(entries, s.slug);
        ASSERT_FALSE(e.isEmpty());
        EXPECT_EQ(orNull(e.value(QStringLiteral("title"))), citationTitle(s).simplified());
        EXPECT_EQ(orNull(e.value(QStringLiteral("doi"))), s.doi);
        // Every named author, in order, by family name.
        QStringList expected;
        for (const CitationAuthor &a : parseAuthors(s.authors)) {
            expected << (a.others ? QStringLiteral("others") : a.family);
        }
        QStringList read;
        for (const QJsonValue &v : e.value(QStringLiteral("last")).toArray()) {
            read << v.toString();
        }
        EXPECT_EQ(read, expected);
    }
}

TEST(CitationParsers, GreekLettersDiacriticsAndSpecialsSurvive)
{
    QString why;
    const QString python = eb::exporttest::pythonWith(QStringLiteral("pybtex"), &why);
    const QString bibtexparser = eb::exporttest::pythonWith(QStringLiteral("bibtexparser"), &why);
    if (python.isEmpty() || bibtexparser.isEmpty()) {
        GTEST_SKIP() << why.toStdString();
    }
    const SourceRecord s = unicodeSource();
    const QString bib = formatCitations({s}, CitationFormat::Bibtex);
    const QJsonObject a = byId(runPython(python, kBibtexparserScript, bib), s.slug);
    EXPECT_EQ(a.value(QStringLiteral("title")).toString(), s.title);
    EXPECT_EQ(a.value(QStringLiteral("doi")).toString(), s.doi);
    EXPECT_EQ(a.value(QStringLiteral("author")).toString(),
              QStringLiteral("Hömberg, V. and von Steinbüchel, N. and Čapek, K. and others"));
    const QJsonObject b = byId(runPython(python, kPybtexScript, bib), s.slug);
    EXPECT_EQ(b.value(QStringLiteral("title")).toString(), s.title);
    EXPECT_EQ(b.value(QStringLiteral("last")).toArray().at(0).toString(),
              QStringLiteral("Hömberg"));
    EXPECT_EQ(b.value(QStringLiteral("last")).toArray().at(1).toString(),
              QStringLiteral("von Steinbüchel"));

    // RIS and CSL-JSON keep the same text.
    const QString ris = formatCitations({s}, CitationFormat::Ris);
    EXPECT_TRUE(ris.contains(QStringLiteral("TI  - ") + s.title + QStringLiteral("\r\n")));
    EXPECT_TRUE(ris.contains(QStringLiteral("AU  - Hömberg, V.\r\n")));
    const QJsonObject csl =
        QJsonDocument::fromJson(formatCitations({s}, CitationFormat::CslJson).toUtf8())
            .array()
            .at(0)
            .toObject();
    EXPECT_EQ(csl.value(QStringLiteral("title")).toString(), s.title);
    EXPECT_EQ(csl.value(QStringLiteral("author"))
                  .toArray()
                  .at(2)
                  .toObject()
                  .value(QStringLiteral("family"))
                  .toString(),
              QStringLiteral("Čapek"));
}

// bibutils' RIS reader turns the file into MODS XML: the same titles and DOIs must come out.
TEST(CitationParsers, WholeCatalogueRisReadsBackInBibutils)
{
    const QString ris2xml = eb::exporttest::toolOnPath(QStringLiteral("ris2xml"));
    if (ris2xml.isEmpty()) {
        GTEST_SKIP() << "ris2xml not found (Debian package bibutils)";
    }
    QList<SourceRecord> sources = eb::exporttest::bundledCatalogue().sources();
    sources << unicodeSource();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("catalogue.ris"));
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(formatCitations(sources, CitationFormat::Ris).toUtf8());
    }
    const auto run =
        eb::exporttest::runTool(ris2xml, {QStringLiteral("-i"), QStringLiteral("utf8"), file});
    ASSERT_TRUE(run.started);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

    // Each <mods> record's main title (title, ": ", subtitle: bibutils splits at a colon) and
    // DOI, in order.
    QStringList titles;
    QStringList dois;
    QXmlStreamReader xml(run.out);
    int depth = 0;
    int modsDepth = -1;
    QString title;
    QString subtitle;
    QString doi;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == QLatin1String("mods")) {
                modsDepth = depth;
                title.clear();
                subtitle.clear();
                doi.clear();
            } else if (depth == modsDepth + 2 && xml.name() == QLatin1String("title")) {
                title = xml.readElementText();
                --depth;
            } else if (depth == modsDepth + 2 && xml.name() == QLatin1String("subTitle")) {
                subtitle = xml.readElementText();
                --depth;
            } else if (depth == modsDepth + 1 && xml.name() == QLatin1String("identifier") &&
                       xml.attributes().value(QStringLiteral("type")) == QLatin1String("doi")) {
                doi = xml.readElementText();
                --depth;
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("mods")) {
                titles << (subtitle.isEmpty() ? title : title + QStringLiteral(": ") + subtitle);
                dois << doi;
            }
            --depth;
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    ASSERT_EQ(titles.size(), sources.size());
    for (qsizetype i = 0; i < sources.size(); ++i) {
        SCOPED_TRACE(sources.at(i).slug.toStdString());
        EXPECT_EQ(titles.at(i), citationTitle(sources.at(i)).simplified());
        EXPECT_EQ(dois.at(i), sources.at(i).doi);
    }
}

} // namespace
