#include "output/textformats.h"

namespace eb::output {
namespace {

// The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV
// Injection"): =, +, - and @, and tab and carriage return, which some programs skip before
// looking for one of the others.
bool startsFormula(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Text that starts with single quotes and then a formula character ('=x, ''-y): what
// csvField() gives a neutralising quote, and what csvFieldValue() takes one from.
bool quotesThenFormula(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char('\'')) {
        ++i;
    }
    return i > 0 && i < text.size() && startsFormula(text.at(i));
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

} // namespace

bool isCsvNumber(const QString &text)
{
    // [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && (text.at(i) == QLatin1Char('+') || text.at(i) == QLatin1Char('-'))) {
        ++i;
    }
    qsizetype digits = 0;
    while (i < n && isDigit(text.at(i))) {
        ++i;
        ++digits;
    }
    if (i < n && text.at(i) == QLatin1Char('.')) {
        ++i;
        while (i < n && isDigit(text.at(i))) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0) {
        return false;
    }
    if (i < n && (text.at(i) == QLatin1Char('e') || text.at(i) == QLatin1Char('E'))) {
        ++i;
        if (i < n && (text.at(i) == QLatin1Char('+') || text.at(i) == QLatin1Char('-'))) {
            ++i;
        }
        qsizetype exponent = 0;
        while (i < n && isDigit(text.at(i))) {
            ++i;
            ++exponent;
        }
        if (exponent == 0) {
            return false;
        }
    }
    return i == n;
}

QString csvField(const QString &text)
{
    QString cell = text;
    if (!text.isEmpty() && !isCsvNumber(text) &&
        (startsFormula(text.at(0)) || quotesThenFormula(text))) {
        cell.prepend(QLatin1Char('\''));
    }
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) ||
        cell != cell.trimmed()) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QString csvFieldValue(const QString &field)
{
    return quotesThenFormula(field) ? field.mid(1) : field;
}

QString xmlEscaped(const QString &text)
{
    QString allowed;
    allowed.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r')) {
            allowed.append(c);
        }
    }
    return allowed.toHtmlEscaped();
}

} // namespace eb::output
