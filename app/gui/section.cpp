#include "gui/section.h"

#include "gui/sectionspec.h"

namespace eb::gui {

QString sectionTitle(Section section)
{
    return sectionText(sectionSpec(section).title);
}

QString sectionKey(Section section)
{
    return QString::fromLatin1(sectionSpec(section).key);
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
