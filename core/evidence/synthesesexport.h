#pragma once

// The Syntheses view as data that leaves the program: JSON, CSV and plain text of one
// SynthesesReport (evidence/syntheses.h), shared by `evidence syntheses` and the window's
// exports so that both say the same thing (docs/reviewers.md describes the keys).

#include "evidence/syntheses.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace eb::review {

// {"conditions": [{condition, condition_name, syntheses: [...]}], "summary_of_findings": {...}
// or null}. Each synthesis: study, name, year, design, sponsorship ("industry",
// "independent" or as recorded), pooled (the linked trials), pooled_text, summary, and its
// findings (kind "benefit" or "harm", the effect as printed, the numbers, the source). Each
// summary-of-findings row carries the review's certainty with who graded it, and ours.
QJsonObject synthesesJson(const SynthesesReport &report);

// One synthesis's findings as synthesesJson() gives them: benefits, then harms, each with its
// kind, result, outcome, effect as printed, numbers and source (`evidence summary --json` of
// a study carries them for each review that pools it).
QJsonArray synthesisFindingsJson(const SynthesisEntry &entry);

// One line per finding of each synthesis (a synthesis with none has one line with an empty
// kind); every text cell through the one csvField.
QString synthesesCsv(const SynthesesReport &report);

// One line per summary-of-findings row: the table's six cells, then the certainty split into
// the review's grading, who graded it and ours, and the result id.
QString summaryOfFindingsCsv(const SynthesesReport &report);
QJsonObject summaryOfFindingsJson(const SynthesesReport &report);

// What the window shows, as text for a terminal.
QString synthesesText(const SynthesesReport &report);

} // namespace eb::review
