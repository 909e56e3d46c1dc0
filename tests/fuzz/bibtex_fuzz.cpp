// libFuzzer target: the BibTeX escaper and title writer. Whatever a title holds, the escaped
// text decodes back to it (control characters dropped) and the whole entry's braces balance.
#include "export/citations.h"

#include <cstddef>
#include <cstdint>

namespace {

// Our escapes read back: \textbraceleft{} and the like, and a backslash before a special.
QString decoded(const QString &escaped)
{
    static const std::pair<const char *, char> commands[] = {{"\\textbraceleft{}", '{'},
                                                             {"\\textbraceright{}", '}'},
                                                             {"\\textbackslash{}", '\\'},
                                                             {"\\textasciitilde{}", '~'},
                                                             {"\\textasciicircum{}", '^'}};
    QString out;
    for (qsizetype i = 0; i < escaped.size();) {
        bool matched = false;
        for (const auto &[command, character] : commands) {
            const QLatin1String c(command);
            if (QStringView(escaped).mid(i).startsWith(c)) {
                out += QLatin1Char(character);
                i += c.size();
                matched = true;
                break;
            }
        }
        if (matched) {
            continue;
        }
        if (escaped.at(i) == QLatin1Char('\\') && i + 1 < escaped.size()) {
            out += escaped.at(i + 1);
            i += 2;
            continue;
        }
        out += escaped.at(i);
        ++i;
    }
    return out;
}

bool balanced(const QString &text)
{
    int depth = 0;
    for (const QChar c : text) {
        depth += c == QLatin1Char('{') ? 1 : c == QLatin1Char('}') ? -1 : 0;
        if (depth < 0) {
            return false;
        }
    }
    return depth == 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString expected;
    for (const QChar c : text) {
        if (c.category() != QChar::Other_Control) {
            expected += c;
        }
    }
    if (decoded(eb::exporting::bibtexEscape(text)) != expected) {
        __builtin_trap(); // the escaper lost or changed a character
    }
    eb::catalogue::SourceRecord source;
    source.slug = QStringLiteral("fuzz");
    source.kind = QStringLiteral("journal_article");
    source.title = text;
    source.authors = text.left(200);
    source.journal = text.left(100);
    if (!balanced(
            eb::exporting::formatCitations({source}, eb::exporting::CitationFormat::Bibtex))) {
        __builtin_trap(); // an unbalanced brace breaks BibTeX for the whole file
    }
    return 0;
}
