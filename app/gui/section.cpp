#include "gui/section.h"

#include <QCoreApplication>

namespace eb::gui {

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Studies:
        return QCoreApplication::translate("eb::gui::Section", "Studies");
    case Section::Outcomes:
        return QCoreApplication::translate("eb::gui::Section", "Outcome measures");
    case Section::Mechanisms:
        return QCoreApplication::translate("eb::gui::Section", "Mechanisms");
    case Section::Claims:
        return QCoreApplication::translate("eb::gui::Section", "Claims");
    case Section::Sources:
        return QCoreApplication::translate("eb::gui::Section", "Sources");
    }
    return {};
}

QString sectionKey(Section section)
{
    switch (section) {
    case Section::Studies:
        return QStringLiteral("study");
    case Section::Outcomes:
        return QStringLiteral("outcome");
    case Section::Mechanisms:
        return QStringLiteral("mechanism");
    case Section::Claims:
        return QStringLiteral("claim");
    case Section::Sources:
        return QStringLiteral("source");
    }
    return {};
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
