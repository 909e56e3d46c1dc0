#pragma once

// The rules of a provenance statement (its words, their kind and where they are): part of the
// one validation (validation.h), used by the forms, the importer and `evidence check-db`.
// Words are called the source's own (verbatim, shown in quotation marks) only when they can be:
// * verbatim words are not empty: a quote of nothing is no quote;
// * they carry no Markdown table syntax ("|" between cells, a "---" rule): a table pasted from
//   a Markdown copy of the source is our rendering of it, not the source's words;
// * they are not the example words of our record templates (docs/templates), which a user who
//   filled in a template and forgot a row would otherwise publish as a quote.
// Transcribed words (our wording) have none of these rules: they are never shown as a quote.

#include "model/validation.h"

namespace eb::catalogue {

// Every problem of the record's statements (statementFields(kind)).
void checkStatements(RecordKind kind, const Fields &fields, QList<Problem> &out);

// A "|" or a table's rule line ("---", "|:---|---:|") in the text.
bool hasMarkdownTable(const QString &text);
// The text is one of the example statements of docs/templates (spaces simplified).
bool isTemplateText(const QString &text);

} // namespace eb::catalogue
