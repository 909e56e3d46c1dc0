#include "gui/browse/section.h"

#include "gui/browse/sectionspec.h"

namespace eb::gui {

QString sectionTitle(Section section)
{
    return sectionText(sectionSpec(section).title);
}

QString sectionKey(Section section)
{
    return QString::fromLatin1(sectionSpec(section).key);
}

QString sectionIconPath(Section section)
{
    return QStringLiteral(":/icons/sections/%1.svg").arg(sectionKey(section));
}

bool sectionFromKey(const QString &key, Section *section)
{
    for (Section candidate : kSections) {
        if (sectionKey(candidate) == key) {
            *section = candidate;
            return true;
        }
    }
    return false;
}

} // namespace eb::gui
