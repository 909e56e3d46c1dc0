#include "catalogue/searchquery.h"

#include <QSet>
#include <QStringList>

namespace eb::catalogue {

namespace {
constexpr qsizetype kMaxSearchTerms = 16;
} // namespace

// Every word the user typed becomes an FTS5 string ("..." with inner quotes doubled), so no
// character can reach the FTS5 query syntax: operators (AND, OR, NOT, NEAR), column filters
// ("title:"), '*', '^', '(' and '"' are all plain text. FTS5 splits each string with the
// index's own tokenizer, so "COVID-19" becomes the phrase "covid 19" and "Alzheimer's" the
// phrase "alzheimer s". Words without a letter or digit (a lone '"', '*', '-') are dropped:
// they can match nothing. The last word is a prefix match, so results follow typing.
//
// A pasted text of thousands of words must not become a query of thousands of phrases (FTS5
// evaluates each one; 4,000 words took 15 s): words are de-duplicated (case-insensitively) and
// only the first kMaxSearchTerms distinct words are kept. Every document that matches a
// longer text also matches those words, so the cap can only widen the hits, never hide one.
QString ftsQueryFromUserText(const QString &text)
{
    // Control characters (a pasted NUL or escape) separate words like spaces do.
    QString cleaned = text;
    for (QChar &c : cleaned) {
        if (!c.isPrint() && !c.isSurrogate()) {
            c = QChar(u' ');
        }
    }
    QStringList terms;
    QSet<QString> seen;
    // The last word typed is matched as a prefix, so results follow typing; when it repeats an
    // earlier word, or the cap left it out, the query is the same without it.
    bool lastWordIsLastTerm = false;
    const QStringList words = cleaned.simplified().split(QChar(u' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        bool searchable = false;
        for (const QChar c : word) {
            if (c.isLetterOrNumber()) {
                searchable = true;
                break;
            }
        }
        if (!searchable) {
            continue;
        }
        lastWordIsLastTerm = false;
        const QString folded = word.toCaseFolded();
        if (seen.contains(folded)) {
            continue;
        }
        if (terms.size() >= kMaxSearchTerms) {
            break;
        }
        seen.insert(folded);
        word.replace(QChar(u'"'), QStringLiteral("\"\""));
        terms << QStringLiteral("\"%1\"").arg(word);
        lastWordIsLastTerm = true;
    }
    if (terms.isEmpty()) {
        return {};
    }
    if (lastWordIsLastTerm) {
        terms.last() += QChar(u'*');
    }
    return terms.join(QChar(u' '));
}

} // namespace eb::catalogue
