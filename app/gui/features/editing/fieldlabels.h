#pragma once

#include "model/recordfields.h"

#include <QString>

namespace eb::gui::editing {

// The words a form shows for a record field (recordfields.h), translated: "n_enrolled" ->
// "N enrolled". A field without words of its own is shown by its name.
QString fieldLabel(const QString &name);
// "study", "source", ... as a reader says it, for menus and messages.
QString kindWord(catalogue::RecordKind kind);

} // namespace eb::gui::editing
