#include "output/messagetext.h"

#include <algorithm>

namespace eb::output {
namespace {

bool breaksALine(QChar c)
{
    return c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
           c == QChar::ParagraphSeparator || c == QChar(0x85);
}

} // namespace

QString oneLine(const QString &text)
{
    QString shown = text;
    for (QChar &c : shown) {
        if (breaksALine(c)) {
            c = QLatin1Char(' ');
        }
    }
    return shown;
}

QString elidedInput(const QString &text, int maxChars)
{
    const qsizetype limit = std::max(1, maxChars);
    const QString shown = oneLine(text.left(limit + 1));
    if (text.size() <= limit) {
        return shown;
    }
    return shown.left(limit - 1) + QStringLiteral("…");
}

} // namespace eb::output
