// decodeLatex (references.h): the LaTeX that BibTeX files carry in their values, to Unicode.
#include "model/references.h"

#include <QHash>

namespace eb::catalogue {
namespace {

// Accent commands and the combining mark each puts on the letter after it.
char16_t accentMark(const QString &command)
{
    static const QHash<QString, char16_t> marks{
        {QStringLiteral("\""), 0x0308}, {QStringLiteral("'"), 0x0301},
        {QStringLiteral("`"), 0x0300},  {QStringLiteral("^"), 0x0302},
        {QStringLiteral("~"), 0x0303},  {QStringLiteral("="), 0x0304},
        {QStringLiteral("."), 0x0307},  {QStringLiteral("u"), 0x0306},
        {QStringLiteral("v"), 0x030C},  {QStringLiteral("H"), 0x030B},
        {QStringLiteral("c"), 0x0327},  {QStringLiteral("k"), 0x0328},
        {QStringLiteral("r"), 0x030A},  {QStringLiteral("d"), 0x0323},
        {QStringLiteral("b"), 0x0331}};
    return marks.value(command, 0);
}

// Commands that stand for one character (letters, escaped specials, text symbols, the Greek
// letters of a title's math mode).
QString symbol(const QString &command)
{
    static const QHash<QString, QString> symbols{
        {QStringLiteral("ss"), QStringLiteral("ß")},
        {QStringLiteral("o"), QStringLiteral("ø")},
        {QStringLiteral("O"), QStringLiteral("Ø")},
        {QStringLiteral("aa"), QStringLiteral("å")},
        {QStringLiteral("AA"), QStringLiteral("Å")},
        {QStringLiteral("ae"), QStringLiteral("æ")},
        {QStringLiteral("AE"), QStringLiteral("Æ")},
        {QStringLiteral("oe"), QStringLiteral("œ")},
        {QStringLiteral("OE"), QStringLiteral("Œ")},
        {QStringLiteral("l"), QStringLiteral("ł")},
        {QStringLiteral("L"), QStringLiteral("Ł")},
        {QStringLiteral("i"), QStringLiteral("i")}, // dotless i: the base of \'{\i}
        {QStringLiteral("j"), QStringLiteral("j")},
        {QStringLiteral("&"), QStringLiteral("&")},
        {QStringLiteral("%"), QStringLiteral("%")},
        {QStringLiteral("$"), QStringLiteral("$")},
        {QStringLiteral("#"), QStringLiteral("#")},
        {QStringLiteral("_"), QStringLiteral("_")},
        {QStringLiteral("{"), QStringLiteral("{")},
        {QStringLiteral("}"), QStringLiteral("}")},
        {QStringLiteral(" "), QStringLiteral(" ")},
        {QStringLiteral("\\"), QStringLiteral(" ")},
        {QStringLiteral("textbackslash"), QStringLiteral("\\")},
        {QStringLiteral("textbraceleft"), QStringLiteral("{")},
        {QStringLiteral("textbraceright"), QStringLiteral("}")},
        {QStringLiteral("textasciitilde"), QStringLiteral("~")},
        {QStringLiteral("textasciicircum"), QStringLiteral("^")},
        {QStringLiteral("textunderscore"), QStringLiteral("_")},
        {QStringLiteral("textendash"), QStringLiteral("–")},
        {QStringLiteral("textemdash"), QStringLiteral("—")},
        {QStringLiteral("textquoteleft"), QStringLiteral("‘")},
        {QStringLiteral("textquoteright"), QStringLiteral("’")},
        {QStringLiteral("textquotedblleft"), QStringLiteral("“")},
        {QStringLiteral("textquotedblright"), QStringLiteral("”")},
        {QStringLiteral("textregistered"), QStringLiteral("®")},
        {QStringLiteral("texttrademark"), QStringLiteral("™")},
        {QStringLiteral("textdegree"), QStringLiteral("°")},
        {QStringLiteral("textpm"), QStringLiteral("±")},
        {QStringLiteral("pm"), QStringLiteral("±")},
        {QStringLiteral("times"), QStringLiteral("×")},
        {QStringLiteral("le"), QStringLiteral("≤")},
        {QStringLiteral("leq"), QStringLiteral("≤")},
        {QStringLiteral("ge"), QStringLiteral("≥")},
        {QStringLiteral("geq"), QStringLiteral("≥")},
        {QStringLiteral("alpha"), QStringLiteral("α")},
        {QStringLiteral("beta"), QStringLiteral("β")},
        {QStringLiteral("gamma"), QStringLiteral("γ")},
        {QStringLiteral("delta"), QStringLiteral("δ")},
        {QStringLiteral("epsilon"), QStringLiteral("ε")},
        {QStringLiteral("kappa"), QStringLiteral("κ")},
        {QStringLiteral("lambda"), QStringLiteral("λ")},
        {QStringLiteral("mu"), QStringLiteral("μ")},
        {QStringLiteral("pi"), QStringLiteral("π")},
        {QStringLiteral("sigma"), QStringLiteral("σ")},
        {QStringLiteral("tau"), QStringLiteral("τ")},
        {QStringLiteral("omega"), QStringLiteral("ω")},
        {QStringLiteral("Delta"), QStringLiteral("Δ")}};
    return symbols.value(command);
}

class Decoder
{
public:
    explicit Decoder(const QString &text) : m_text(text) {}

    QString run()
    {
        QString out;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos++);
            if (c == QChar(u'\\')) {
                out += command();
            } else if (c == QChar(u'{') || c == QChar(u'}') || c == QChar(u'$')) {
                // Case protection and math mode: the characters inside are kept.
            } else if (c == QChar(u'~')) {
                out += QChar(u' ');
            } else if (c == QChar(u'-') && m_text.mid(m_pos, 2) == QLatin1String("--")) {
                out += QChar(0x2014);
                m_pos += 2;
            } else if (c == QChar(u'-') && m_text.mid(m_pos, 1) == QLatin1String("-")) {
                out += QChar(0x2013);
                m_pos += 1;
            } else {
                out += c;
            }
        }
        return out;
    }

private:
    QString command()
    {
        if (m_pos >= m_text.size()) {
            return {};
        }
        QString name;
        if (m_text.at(m_pos).isLetter()) {
            while (m_pos < m_text.size() && m_text.at(m_pos).isLetter()) {
                name += m_text.at(m_pos++);
            }
        } else {
            name = m_text.at(m_pos++);
        }
        if (const char16_t mark = accentMark(name); mark != 0) {
            const QString base = argument(name.at(0).isLetter());
            if (base.isEmpty()) {
                return {};
            }
            return (base.left(1) + QChar(mark) + base.mid(1))
                .normalized(QString::NormalizationForm_C);
        }
        const QString replacement = symbol(name);
        if (name.at(0).isLetter()) {
            // "\ss{}" or "\ss " ends the command name; the empty group or space is not text.
            if (m_text.mid(m_pos, 2) == QLatin1String("{}")) {
                m_pos += 2;
            } else if (m_pos < m_text.size() && m_text.at(m_pos) == QChar(u' ') &&
                       !replacement.isEmpty()) {
                ++m_pos;
            }
        }
        // An unknown command (\emph, \textit) is dropped; its {argument} stays as text.
        return replacement;
    }

    // An accent's argument: {text}, a command (\i), or one character.
    QString argument(bool letterCommand)
    {
        if (letterCommand) {
            while (m_pos < m_text.size() && m_text.at(m_pos) == QChar(u' ')) {
                ++m_pos;
            }
        }
        if (m_pos >= m_text.size()) {
            return {};
        }
        const QChar c = m_text.at(m_pos++);
        if (c == QChar(u'\\')) {
            return command();
        }
        if (c != QChar(u'{')) {
            return c;
        }
        int depth = 1;
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && depth > 0) {
            const QChar d = m_text.at(m_pos++);
            depth += d == QChar(u'{') ? 1 : d == QChar(u'}') ? -1 : 0;
        }
        return Decoder(m_text.mid(start, m_pos - start - (depth == 0 ? 1 : 0))).run();
    }

    QString m_text;
    qsizetype m_pos = 0;
};

} // namespace

QString decodeLatex(const QString &text)
{
    return Decoder(text).run().normalized(QString::NormalizationForm_C);
}

} // namespace eb::catalogue
