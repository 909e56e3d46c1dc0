#pragma once

#include <QString>

// Display names for the catalogue's enumeration keys ("rct" -> "Randomised controlled trial").
// The catalogue keeps stable keys; what the user reads, translated, belongs here.
namespace eb::gui::labels {

QString design(const QString &key);
QString condition(const QString &key);
QString species(const QString &key);
QString domain(const QString &key);
QString direction(const QString &key); // outcome direction of benefit
QString sponsorship(const QString &key);
QString sponsorshipShort(const QString &key); // "Industry", "Independent", "Unknown": table cells
QString sourceKind(const QString &key);
QString verdict(const QString &key);
QString verdictShort(const QString &key); // one word, for table cells
QString topic(const QString &key);        // a claim's topic
QString metric(const QString &key);
// "MW", "d", "OR": what leads an estimate; empty for "none" (no effect size).
QString metricShort(const QString &key);
QString origin(const QString &key);
QString support(const QString &key); // mechanism evidence support
QString armRole(const QString &key);
QString route(const QString &key);
QString studySourceRole(const QString &key);
// "↑ up", "↓ down", "≈ mimics", ...: an arrow first, so the direction reads at a glance.
QString targetDirection(const QString &key);
QString targetDirectionArrow(const QString &key);

// "not reported", for every NULL the catalogue holds.
QString notReported();

} // namespace eb::gui::labels
