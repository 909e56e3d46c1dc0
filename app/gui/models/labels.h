#pragma once

#include "model/vocabulary.h"

#include <QString>

// What the GUI shows for the catalogue's keys. The keys and their labels are the catalogue's
// vocabulary (catalogue/vocabulary.h), defined once for every front end; this namespace names
// them as the widgets always have, and adds the few words that only the GUI uses.
namespace eb::gui::labels {

using eb::catalogue::vocabulary::armRole;
using eb::catalogue::vocabulary::condition;
using eb::catalogue::vocabulary::design;
using eb::catalogue::vocabulary::direction;
using eb::catalogue::vocabulary::domain;
using eb::catalogue::vocabulary::metric;
using eb::catalogue::vocabulary::metricShort;
using eb::catalogue::vocabulary::origin;
using eb::catalogue::vocabulary::route;
using eb::catalogue::vocabulary::sourceKind;
using eb::catalogue::vocabulary::species;
using eb::catalogue::vocabulary::sponsorship;
using eb::catalogue::vocabulary::sponsorshipShort;
using eb::catalogue::vocabulary::studySourceRole;
using eb::catalogue::vocabulary::support;
using eb::catalogue::vocabulary::verdict;
using eb::catalogue::vocabulary::verdictShort;

QString topic(const QString &key); // a claim's topic
// "↑ up", "↓ down", "≈ mimics", ...: an arrow first, so the direction reads at a glance.
QString targetDirection(const QString &key);
QString targetDirectionArrow(const QString &key);

// "not reported", for every NULL the catalogue holds.
QString notReported();
// How many rows a table lists: "1234", or "at least 256" while a search's hits are not
// counted yet (RecordTableModelBase::totalIsExact).
QString rowCount(int rows, bool exact);

} // namespace eb::gui::labels
