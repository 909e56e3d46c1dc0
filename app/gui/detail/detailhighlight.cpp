#include "gui/detail/detailhighlight.h"

#include "gui/browse/searchhighlightdelegate.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace eb::gui::detail {

QStringList highlightTermsFromSearch(const QString &searchText)
{
    QStringList terms;
    QSet<QString> seen;
    const QStringList words = searchText.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString word : words) {
        while (!word.isEmpty() && !word.front().isLetterOrNumber()) {
            word.remove(0, 1);
        }
        while (!word.isEmpty() && !word.back().isLetterOrNumber()) {
            word.chop(1);
        }
        const QString folded = word.toCaseFolded();
        if (word.size() < 2 || seen.contains(folded)) {
            continue;
        }
        seen.insert(folded);
        terms << word;
    }
    return terms;
}

QString highlightTerms(const QString &html, const QStringList &terms)
{
    QStringList patterns;
    for (const QString &term : terms) {
        if (term.trimmed().size() >= 2) {
            // The page's text is HTML-escaped: so is the term.
            patterns << QRegularExpression::escape(term.trimmed().toHtmlEscaped());
        }
    }
    if (patterns.isEmpty()) {
        return html;
    }
    // Longer terms first, so that "stroke" wins over "st" at the same place.
    std::sort(patterns.begin(), patterns.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    const QRegularExpression match(
        QStringLiteral(R"((?<![\w&])(%1))").arg(patterns.join(QLatin1Char('|'))),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));

    QString out;
    out.reserve(html.size() + html.size() / 8);
    qsizetype pos = 0;
    bool inStyle = false;
    const auto markText = [&](const QString &text) {
        if (inStyle || text.isEmpty()) {
            out += text;
            return;
        }
        QString marked = text;
        marked.replace(match,
                       QStringLiteral("<span class='hit' style='background-color:%1'>\\1</span>")
                           .arg(searchHighlightColor().name()));
        out += marked;
    };
    QRegularExpressionMatchIterator it = tag.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch t = it.next();
        markText(html.mid(pos, t.capturedStart() - pos));
        const QString tagText = t.captured();
        out += tagText;
        if (tagText.startsWith(QLatin1String("<style"), Qt::CaseInsensitive)) {
            inStyle = true;
        } else if (tagText.startsWith(QLatin1String("</style"), Qt::CaseInsensitive)) {
            inStyle = false;
        }
        pos = t.capturedEnd();
    }
    markText(html.mid(pos));
    return out;
}

} // namespace eb::gui::detail
