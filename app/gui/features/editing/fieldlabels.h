#pragma once

#include "model/recordfields.h"

#include <QString>
#include <optional>

namespace eb::gui::editing {

// The words a form shows for a record field (recordfields.h), translated: "n_enrolled" ->
// "N enrolled". A field without words of its own is shown by its name; `kind` picks the words
// of a name that means something else in that kind (a mechanism target's "direction").
QString fieldLabel(const QString &name, std::optional<catalogue::RecordKind> kind = std::nullopt);
// "study", "source", ... as a reader says it, for menus and messages.
QString kindWord(catalogue::RecordKind kind);

} // namespace eb::gui::editing
