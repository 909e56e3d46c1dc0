#include "catalogue/searchquery.h"

#include <QStringList>

namespace eb::catalogue {

// Every word the user typed becomes an FTS5 string ("..." with inner quotes doubled), so no
// character can reach the FTS5 query syntax: operators (AND, OR, NOT, NEAR), column filters
// ("title:"), '*', '^', '(' and '"' are all plain text. FTS5 splits each string with the
// index's own tokenizer, so "COVID-19" becomes the phrase "covid 19" and "Alzheimer's" the
// phrase "alzheimer s". Words without a letter or digit (a lone '"', '*', '-') are dropped:
// they can match nothing. The last word is a prefix match, so results follow typing.
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
        word.replace(QChar(u'"'), QStringLiteral("\"\""));
        terms << QStringLiteral("\"%1\"").arg(word);
    }
    if (terms.isEmpty()) {
        return {};
    }
    terms.last() += QChar(u'*');
    return terms.join(QChar(u' '));
}

} // namespace eb::catalogue
