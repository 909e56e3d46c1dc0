#include "model/referencetext.h"

#include <QRegularExpression>

namespace eb::catalogue::references {

QString cleanDoi(const QString &text)
{
    static const QRegularExpression prefix(
        QStringLiteral("^(https?://(dx\\.)?doi\\.org/|doi:\\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    QString doi = text.trimmed();
    doi.remove(prefix);
    return doi.trimmed();
}

QString pmidOf(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("\\b([1-9][0-9]{0,8})\\b"));
    const auto match = digits.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString yearOf(const QString &text)
{
    static const QRegularExpression year(QStringLiteral("(?<![0-9])(19[0-9]{2}|20[0-9]{2}|2100)"
                                                        "(?![0-9])"));
    const auto match = year.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString joinPages(const QString &first, const QString &last)
{
    if (first.isEmpty() || last.isEmpty() || first == last) {
        return first.isEmpty() ? last : first;
    }
    return first + QChar(u'-') + last;
}

} // namespace eb::catalogue::references
