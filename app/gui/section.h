#pragma once

#include <QString>
#include <array>

namespace eb::gui {

// The kinds of record the sidebar offers, in sidebar order (Ctrl+1 .. Ctrl+5 follow it).
enum class Section
{
    Studies,
    Outcomes,
    Mechanisms,
    Claims,
    Sources,
};

inline constexpr std::array<Section, 5> kSections{
    Section::Studies, Section::Outcomes, Section::Mechanisms, Section::Claims, Section::Sources};

inline int sectionIndex(Section section)
{
    return static_cast<int>(section);
}

// The sidebar label of a section ("Outcome measures"), translated.
QString sectionTitle(Section section);

// The key a section has on the command line and in internal links ("study", "outcome", ...).
QString sectionKey(Section section);
bool sectionFromKey(const QString &key, Section *section);

} // namespace eb::gui
