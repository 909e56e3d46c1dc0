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
    return eb::catalogue::vocabulary::topic(key);
}

QString targetDirectionArrow(const QString &key)
{
    return eb::catalogue::vocabulary::targetDirectionArrow(key);
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

QString rowCount(int rows, bool exact)
{
    return exact ? QString::number(rows)
                 : QCoreApplication::translate("eb::gui::labels", "at least %1").arg(rows);
}

} // namespace eb::gui::labels
