#pragma once

#include <QString>
#include <array>
#include <cstddef>

namespace eb::gui {

// The kinds of record the sidebar offers, in sidebar order (Ctrl+1 .. Ctrl+5 follow it).
// Everything else about a section (its model, loader, filters, search kind, detail page,
// title) is its SectionSpec in sectionspec.cpp: a new section is an enumerator here and one
// entry there.
enum class Section
{
    Studies,
    Outcomes,
    Mechanisms,
    Claims,
    Sources,
    Count // not a section: how many there are
};

inline constexpr auto kSections = [] {
    std::array<Section, static_cast<std::size_t>(Section::Count)> all{};
    for (std::size_t i = 0; i < all.size(); ++i) {
        all[i] = static_cast<Section>(i);
    }
    return all;
}();

inline int sectionIndex(Section section)
{
    return static_cast<int>(section);
}

// The sidebar label of a section ("Outcome measures"), translated.
QString sectionTitle(Section section);

// The key a section has on the command line and in internal links ("study", "outcome", ...).
QString sectionKey(Section section);
bool sectionFromKey(const QString &key, Section *section);

// The resource path of the section's icon (sidebar and View menu).
QString sectionIconPath(Section section);

} // namespace eb::gui
