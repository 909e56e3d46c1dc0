#include "gui/models/labels.h"

#include "evidence/format.h"

#include <QCoreApplication>

namespace eb::gui::labels {
namespace {

struct Label
{
    const char *key;
    const char *text;
};

// Looks key up in a fixed table; an unknown key (a newer catalogue) is shown as it is.
template <std::size_t N> QString lookup(const Label (&table)[N], const QString &key)
{
    for (const Label &label : table) {
        if (key == QLatin1String(label.key)) {
            return QCoreApplication::translate("eb::gui::labels", label.text);
        }
    }
    return key;
}

} // namespace

QString topic(const QString &key)
{
    static const Label table[] = {
        {"stroke", QT_TRANSLATE_NOOP("eb::gui::labels", "Stroke")},
        {"tbi", QT_TRANSLATE_NOOP("eb::gui::labels", "TBI")},
        {"mechanism", QT_TRANSLATE_NOOP("eb::gui::labels", "Mechanism")},
        {"dosing", QT_TRANSLATE_NOOP("eb::gui::labels", "Dosing")},
        {"general", QT_TRANSLATE_NOOP("eb::gui::labels", "General")},
        {"preclinical", QT_TRANSLATE_NOOP("eb::gui::labels", "Preclinical")},
    };
    return lookup(table, key);
}

QString targetDirectionArrow(const QString &key)
{
    if (key == QLatin1String("up") || key == QLatin1String("activates")) {
        return QStringLiteral("↑");
    }
    if (key == QLatin1String("down") || key == QLatin1String("inhibits")) {
        return QStringLiteral("↓");
    }
    if (key == QLatin1String("mimics")) {
        return QStringLiteral("≈");
    }
    if (key == QLatin1String("preserves")) {
        return QStringLiteral("=");
    }
    return QStringLiteral("↕"); // modulates
}

QString targetDirection(const QString &key)
{
    return targetDirectionArrow(key) + QLatin1Char(' ') +
           eb::catalogue::vocabulary::targetDirectionWord(key);
}

QString notReported()
{
    return eb::evidence::notReported();
}

} // namespace eb::gui::labels
