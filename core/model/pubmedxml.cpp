// PubMed XML (efetch retmode=xml, or "Save: PubMed XML"): <PubmedArticleSet> of
// <PubmedArticle>, read with QXmlStreamReader, which neither fetches the DTD nor expands
// external entities. A <PubmedBookArticle> is not a journal article: it is reported.
#include "model/references.h"
#include "model/referencetext.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace eb::catalogue {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::catalogue::references", text);
}

// The text of the current element with any inline markup (<i>, <sup>) flattened.
QString elementText(QXmlStreamReader &xml)
{
    return xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
}

void readAuthor(QXmlStreamReader &xml, Reference *ref)
{
    ReferenceAuthor author;
    QString initials;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("LastName") || name == QLatin1String("CollectiveName")) {
            author.family = elementText(xml);
        } else if (name == QLatin1String("ForeName")) {
            author.given = elementText(xml);
        } else if (name == QLatin1String("Initials")) {
            initials = elementText(xml);
        } else {
            xml.skipCurrentElement();
        }
    }
    if (author.given.isEmpty()) {
        author.given = initials;
    }
    if (!author.family.isEmpty()) {
        ref->authors << author;
    }
}

void readJournal(QXmlStreamReader &xml, Reference *ref)
{
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("Title")) {
            ref->journal = elementText(xml);
        } else if (name == QLatin1String("JournalIssue")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("Volume")) {
                    ref->volume = elementText(xml);
                } else if (xml.name() == QLatin1String("Issue")) {
                    ref->issue = elementText(xml);
                } else if (xml.name() == QLatin1String("PubDate")) {
                    // <Year>2016</Year>, or <MedlineDate>2016 Jan-Feb</MedlineDate>.
                    while (xml.readNextStartElement()) {
                        const QString text = elementText(xml);
                        if (ref->year.isEmpty()) {
                            ref->year = references::yearOf(text);
                        }
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}

void readArticle(QXmlStreamReader &xml, Reference *ref)
{
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("Journal")) {
            readJournal(xml, ref);
        } else if (name == QLatin1String("ArticleTitle")) {
            ref->title = elementText(xml);
        } else if (name == QLatin1String("Pagination")) {
            while (xml.readNextStartElement()) {
                const bool medline = xml.name() == QLatin1String("MedlinePgn");
                const QString text = elementText(xml);
                if (medline && !text.isEmpty()) {
                    ref->pages = text;
                }
            }
        } else if (name == QLatin1String("ELocationID")) {
            const bool doi =
                xml.attributes().value(QLatin1String("EIdType")) == QLatin1String("doi");
            const QString text = elementText(xml);
            if (doi && ref->doi.isEmpty()) {
                ref->doi = references::cleanDoi(text);
            }
        } else if (name == QLatin1String("AuthorList")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("Author")) {
                    readAuthor(xml, ref);
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else if (name == QLatin1String("PublicationTypeList")) {
            while (xml.readNextStartElement()) {
                ref->publicationTypes << elementText(xml);
            }
        } else if (name == QLatin1String("DataBankList")) {
            // <DataBank><DataBankName>ClinicalTrials.gov</DataBankName>
            // <AccessionNumberList><AccessionNumber>NCT...</AccessionNumber>...
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const QStringList ids = registryIds(text);
            if (!ids.isEmpty()) {
                ref->registration = ids.join(QStringLiteral("; "));
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}

void readArticleIds(QXmlStreamReader &xml, Reference *ref)
{
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("ArticleIdList")) {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            const QString type = xml.attributes().value(QLatin1String("IdType")).toString();
            const QString text = elementText(xml);
            if (type == QLatin1String("doi") && ref->doi.isEmpty()) {
                ref->doi = references::cleanDoi(text);
            } else if (type == QLatin1String("pmc")) {
                ref->pmcid = text;
            } else if (type == QLatin1String("pubmed") && ref->pmid.isEmpty()) {
                ref->pmid = references::pmidOf(text);
            }
        }
    }
}

Reference readPubmedArticle(QXmlStreamReader &xml, const QString &where)
{
    Reference ref;
    ref.where = where;
    ref.type = QStringLiteral("PubmedArticle");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("MedlineCitation")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("PMID")) {
                    ref.pmid = references::pmidOf(elementText(xml));
                } else if (xml.name() == QLatin1String("Article")) {
                    readArticle(xml, &ref);
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else if (xml.name() == QLatin1String("PubmedData")) {
            readArticleIds(xml, &ref);
        } else {
            xml.skipCurrentElement();
        }
    }
    return ref;
}

} // namespace

std::optional<QList<Reference>> parsePubmedXml(const QByteArray &bytes, QString *error)
{
    QXmlStreamReader xml(bytes);
    QList<Reference> refs;
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("PubmedArticleSet")) {
        *error = xml.hasError() ? tr("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString())
                                : tr("not PubMed XML: the root element is not "
                                     "<PubmedArticleSet>");
        return std::nullopt;
    }
    while (xml.readNextStartElement()) {
        const QString where = tr("record %1 (line %2)").arg(refs.size() + 1).arg(xml.lineNumber());
        if (xml.name() == QLatin1String("PubmedArticle")) {
            refs << readPubmedArticle(xml, where);
        } else if (xml.name() == QLatin1String("PubmedBookArticle")) {
            *error = tr("%1: a PubMed book record; only journal articles are imported").arg(where);
            return std::nullopt;
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        *error = tr("line %1: the XML is not well formed: %2")
                     .arg(xml.lineNumber())
                     .arg(xml.errorString());
        return std::nullopt;
    }
    return refs;
}

} // namespace eb::catalogue
