#include "evidence/readernames.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace eb::evidence {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::evidence::readerNames", text);
}

} // namespace

QString citeName(const QString &shortLabel, bool midSentence)
{
    QString name = shortLabel.trimmed();
    // Only a parenthesis that closes the label and follows some text is an explanation.
    if (name.endsWith(QLatin1Char(')'))) {
        const qsizetype open = name.lastIndexOf(QStringLiteral(" ("));
        if (open > 0) {
            name = name.left(open).trimmed();
        }
    }
    if (midSentence && name.startsWith(QLatin1String("The "))) {
        name[0] = QLatin1Char('t');
    }
    return name;
}

QString readerText(const QString &text)
{
    if (text.isEmpty()) {
        return text;
    }
    QString out = text;
    // The article's text file, with or without its folder and a "file" before it.
    static const QRegularExpression inTheText(
        QStringLiteral(R"(in the text \(file (db/sources/)?000_4c55ba95e87e8ecd\.txt\))"));
    out.replace(inTheText, tr("in the article"));
    static const QRegularExpression article(
        QStringLiteral(R"((\bfile\s+)?(db/sources/)?000_4c55ba95e87e8ecd\.txt)"));
    out.replace(article, tr("the article"));
    static const QRegularExpression references(
        QStringLiteral(R"((db/sources/)?references\.md('s)?)"));
    QRegularExpressionMatchIterator it = references.globalMatch(out);
    QString result;
    qsizetype last = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result += out.mid(last, m.capturedStart() - last);
        QString name = m.captured(2).isEmpty() ? tr("the verified reference list")
                                               : tr("the verified reference list's");
        const QString before = result.trimmed();
        if (before.isEmpty() || before.endsWith(QLatin1Char('.')) ||
            before.endsWith(QLatin1Char('\''))) {
            name[0] = name[0].toUpper(); // a sentence starts with it
        }
        result += name;
        last = m.capturedEnd();
    }
    result += out.mid(last);
    // Column names in notes ("n_analysed holds the completers") as the pane labels them.
    static const struct
    {
        const char *column;
        const char *label;
    } columns[] = {
        {"n_analysed", QT_TRANSLATE_NOOP("eb::evidence::readerNames", "“Analysed”")},
        {"n_enrolled", QT_TRANSLATE_NOOP("eb::evidence::readerNames", "“Enrolled”")},
        {"n_randomised", QT_TRANSLATE_NOOP("eb::evidence::readerNames", "“Randomised”")},
    };
    for (const auto &c : columns) {
        result.replace(QLatin1String(c.column), tr(c.label));
    }
    return result;
}

} // namespace eb::evidence
