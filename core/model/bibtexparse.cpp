// BibTeX, as Zotero, JabRef, Mendeley and this program's own export write it: @type{key,
// field = {value} | "value" | number | macro, ...}, values joined with #, @string macros,
// @comment and @preamble skipped, and the LaTeX inside values decoded (decodeLatex).
#include "model/references.h"
#include "model/referencetext.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace eb::catalogue {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::catalogue::references", text);
}

// A cursor over the file that knows its line for messages.
class Cursor
{
public:
    explicit Cursor(const QString &text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    QChar take() { return atEnd() ? QChar() : m_text.at(m_pos++); }
    qsizetype pos() const { return m_pos; }
    int line() const { return lineAt(m_pos); }
    // Counted on from the last position asked for: one pass over the file, not one per field.
    int lineAt(qsizetype pos) const
    {
        if (pos < m_linePos) {
            m_linePos = 0;
            m_line = 1;
        }
        m_line += static_cast<int>(
            QStringView(m_text).mid(m_linePos, pos - m_linePos).count(QChar(u'\n')));
        m_linePos = pos;
        return m_line;
    }
    void skipSpace()
    {
        while (!atEnd() && peek().isSpace()) {
            ++m_pos;
        }
    }
    QString word()
    {
        const qsizetype start = m_pos;
        while (!atEnd() &&
               (peek().isLetterOrNumber() || QStringLiteral("_-:.+/'").contains(peek()))) {
            ++m_pos;
        }
        return m_text.mid(start, m_pos - start);
    }
    // From after an opening brace to its matching close; false if the file ends first.
    bool braced(QString *out)
    {
        int depth = 1;
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const QChar c = take();
            if (c == QChar(u'\\')) {
                take(); // an escaped brace does not count ("\{" in a value)
            } else if (c == QChar(u'{')) {
                ++depth;
            } else if (c == QChar(u'}') && --depth == 0) {
                *out = m_text.mid(start, m_pos - start - 1);
                return true;
            }
        }
        return false;
    }
    // From after an opening quote to the next quote outside braces.
    bool quoted(QString *out)
    {
        int depth = 0;
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const QChar c = take();
            if (c == QChar(u'\\')) {
                take();
            } else if (c == QChar(u'{')) {
                ++depth;
            } else if (c == QChar(u'}')) {
                --depth;
            } else if (c == QChar(u'"') && depth <= 0) {
                *out = m_text.mid(start, m_pos - start - 1);
                return true;
            }
        }
        return false;
    }

private:
    const QString &m_text;
    qsizetype m_pos = 0;
    mutable qsizetype m_linePos = 0;
    mutable int m_line = 1;
};

const QHash<QString, QString> &monthMacros()
{
    static const QHash<QString, QString> months{
        {QStringLiteral("jan"), QStringLiteral("January")},
        {QStringLiteral("feb"), QStringLiteral("February")},
        {QStringLiteral("mar"), QStringLiteral("March")},
        {QStringLiteral("apr"), QStringLiteral("April")},
        {QStringLiteral("may"), QStringLiteral("May")},
        {QStringLiteral("jun"), QStringLiteral("June")},
        {QStringLiteral("jul"), QStringLiteral("July")},
        {QStringLiteral("aug"), QStringLiteral("August")},
        {QStringLiteral("sep"), QStringLiteral("September")},
        {QStringLiteral("oct"), QStringLiteral("October")},
        {QStringLiteral("nov"), QStringLiteral("November")},
        {QStringLiteral("dec"), QStringLiteral("December")}};
    return months;
}

// One value: pieces joined by '#'. Raw (still LaTeX); false with *error on a broken value.
bool readValue(Cursor &in, const QHash<QString, QString> &macros, QString *value, QString *error)
{
    value->clear();
    for (;;) {
        in.skipSpace();
        const int line = in.line();
        QString piece;
        if (in.peek() == QChar(u'{')) {
            in.take();
            if (!in.braced(&piece)) {
                *error = tr("line %1: a value's braces are not closed").arg(line);
                return false;
            }
        } else if (in.peek() == QChar(u'"')) {
            in.take();
            if (!in.quoted(&piece)) {
                *error = tr("line %1: a quoted value is not closed").arg(line);
                return false;
            }
        } else {
            const QString name = in.word();
            if (name.isEmpty()) {
                *error = tr("line %1: a field has no value").arg(line);
                return false;
            }
            const QString lower = name.toLower();
            piece = macros.contains(lower)          ? macros.value(lower)
                    : monthMacros().contains(lower) ? monthMacros().value(lower)
                                                    : name; // a number, or an unknown macro
        }
        *value += piece;
        in.skipSpace();
        if (in.peek() != QChar(u'#')) {
            return true;
        }
        in.take();
    }
}

// The fields of an entry after its key (or of an @string), up to the closing delimiter.
bool readFields(Cursor &in, QChar close, const QHash<QString, QString> &macros,
                QList<QPair<QString, QString>> *fields, QString *error)
{
    for (;;) {
        in.skipSpace();
        if (in.peek() == QChar(u',')) {
            in.take();
            continue;
        }
        if (in.peek() == close) {
            in.take();
            return true;
        }
        if (in.atEnd()) {
            *error = tr("the file ends inside an entry (a closing %1 is missing)").arg(close);
            return false;
        }
        const int line = in.line();
        const QString name = in.word().toLower();
        in.skipSpace();
        if (name.isEmpty() || in.take() != QChar(u'=')) {
            *error = tr("line %1: expected \"field = value\"").arg(line);
            return false;
        }
        QString value;
        if (!readValue(in, macros, &value, error)) {
            return false;
        }
        fields->append({name, value});
    }
}

// "Muresanu, Dafin F. and {World Health Organization} and others".
void readAuthors(const QString &raw, Reference *ref)
{
    // Split on " and " at brace depth 0 only: "{Smith and Wesson}" is one name.
    QStringList names;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == QChar(u'{')) {
            ++depth;
        } else if (c == QChar(u'}')) {
            --depth;
        } else if (depth == 0 &&
                   raw.mid(i, 5).compare(QLatin1String(" and "), Qt::CaseInsensitive) == 0) {
            names << raw.mid(start, i - start);
            start = i + 5;
            i += 4;
        }
    }
    names << raw.mid(start);
    for (const QString &name : names) {
        const QString simple = name.simplified();
        if (simple.isEmpty()) {
            continue;
        }
        if (simple == QLatin1String("others")) {
            ref->moreAuthors = true;
            continue;
        }
        if (simple.startsWith(QChar(u'{')) && simple.endsWith(QChar(u'}'))) {
            ref->authors << ReferenceAuthor{decodeLatex(simple), QString()}; // an organisation
            continue;
        }
        const qsizetype comma = simple.indexOf(QChar(u','));
        if (comma >= 0) {
            ref->authors << ReferenceAuthor{decodeLatex(simple.left(comma)).trimmed(),
                                            decodeLatex(simple.mid(comma + 1)).trimmed()};
        } else {
            // "Dafin F. Muresanu": the last word is the family name.
            const QString decoded = decodeLatex(simple);
            const qsizetype space = decoded.lastIndexOf(QChar(u' '));
            ref->authors << (space > 0
                                 ? ReferenceAuthor{decoded.mid(space + 1), decoded.left(space)}
                                 : ReferenceAuthor{decoded, QString()});
        }
    }
}

Reference referenceOf(const QString &type, const QList<QPair<QString, QString>> &fields,
                      const QString &where)
{
    Reference r;
    r.where = where;
    r.type = type;
    QString howpublished;
    for (const auto &[name, raw] : fields) {
        if (name == QLatin1String("author")) {
            readAuthors(raw, &r);
            continue;
        }
        const QString v = decodeLatex(raw).simplified();
        if (name == QLatin1String("title")) {
            r.title = v;
        } else if (name == QLatin1String("journal") || name == QLatin1String("journaltitle") ||
                   name == QLatin1String("booktitle")) {
            r.journal = v;
        } else if (name == QLatin1String("howpublished")) {
            howpublished = v;
        } else if (name == QLatin1String("year") ||
                   (name == QLatin1String("date") && r.year.isEmpty())) {
            r.year = references::yearOf(v);
        } else if (name == QLatin1String("volume")) {
            r.volume = v;
        } else if (name == QLatin1String("number") || name == QLatin1String("issue")) {
            r.issue = v;
        } else if (name == QLatin1String("pages")) {
            // Pages keep a hyphen: "1761--1769" is a range, not an en dash in a title.
            r.pages = raw.simplified().replace(QRegularExpression(QStringLiteral("-+")),
                                               QStringLiteral("-"));
        } else if (name == QLatin1String("doi")) {
            r.doi = references::cleanDoi(raw); // verbatim: "_" in a DOI is not escaped
        } else if (name == QLatin1String("pmid")) {
            r.pmid = references::pmidOf(v);
        } else if (name == QLatin1String("pmcid")) {
            r.pmcid = v;
        } else if (name == QLatin1String("note") || name == QLatin1String("annote")) {
            for (const QString &id : registryIds(v)) {
                r.registration +=
                    (r.registration.isEmpty() ? QString() : QStringLiteral("; ")) + id;
            }
        }
    }
    if (r.pmid.isEmpty()) {
        QString eprint;
        QString eprinttype;
        for (const auto &[name, raw] : fields) {
            if (name == QLatin1String("eprint")) {
                eprint = raw;
            } else if (name == QLatin1String("eprinttype")) {
                eprinttype = raw.trimmed().toLower();
            }
        }
        if (eprinttype == QLatin1String("pubmed")) {
            r.pmid = references::pmidOf(eprint);
        }
    }
    if (r.journal.isEmpty()) {
        r.journal = howpublished;
    }
    return r;
}

} // namespace

std::optional<QList<Reference>> parseBibtex(const QString &text, QString *error)
{
    Cursor in(text);
    QHash<QString, QString> macros;
    QList<Reference> refs;
    while (!in.atEnd()) {
        // Anything outside an entry is a comment in BibTeX.
        if (in.take() != QChar(u'@')) {
            continue;
        }
        const int line = in.line();
        in.skipSpace();
        const QString type = in.word().toLower();
        in.skipSpace();
        const QChar open = in.take();
        if (open != QChar(u'{') && open != QChar(u'(')) {
            *error = tr("line %1: \"@%2\" is not followed by { or (").arg(line).arg(type);
            return std::nullopt;
        }
        const QChar close = open == QChar(u'{') ? QChar(u'}') : QChar(u')');
        if (type == QLatin1String("comment") || type == QLatin1String("preamble")) {
            QString ignored;
            if (open == QChar(u'{') ? !in.braced(&ignored) : !in.quoted(&ignored)) {
                *error = tr("line %1: @%2 is not closed").arg(line).arg(type);
                return std::nullopt;
            }
            continue;
        }
        QList<QPair<QString, QString>> fields;
        if (type == QLatin1String("string")) {
            if (!readFields(in, close, macros, &fields, error)) {
                return std::nullopt;
            }
            for (const auto &[name, value] : fields) {
                macros.insert(name, value);
            }
            continue;
        }
        in.skipSpace();
        const QString key = in.word();
        in.skipSpace();
        if (in.peek() == QChar(u',')) {
            in.take();
        } else if (in.peek() != close) {
            *error =
                tr("line %1: the entry's key \"%2\" is not followed by a comma").arg(line).arg(key);
            return std::nullopt;
        }
        if (!readFields(in, close, macros, &fields, error)) {
            error->prepend(tr("entry %1 (line %2): ").arg(key).arg(line));
            return std::nullopt;
        }
        refs << referenceOf(type, fields,
                            tr("record %1 (line %2, %3)").arg(refs.size() + 1).arg(line).arg(key));
    }
    return refs;
}

} // namespace eb::catalogue
