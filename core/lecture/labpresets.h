#pragma once

#include "lecture/effectlab.h"
#include "lecture/resultkey.h"

#include <QList>
#include <QString>
#include <optional>

namespace eb::catalogue {
class CatalogueReader;
struct ResultRecord;
} // namespace eb::catalogue

// The lab's presets: every catalogue result on a scale that converts (MW, d, g, SMD, OR,
// log OR), and every result whose arms report means and SDs (Hedges' g derived from them).
// Each names its source and says which value is reported and which are derived.
namespace eb::lecture {

struct LabPreset
{
    ResultKey key;
    QString label;      // "CAPTAIN II, CAPTAIN ensemble day 90: MW 0.59 (0.52 to 0.66)"
    QString source;     // "Muresanu 2020 (doi:10.1161/...)"
    QString provenance; // "MW reported by ...; every other value derived by this program."
    LabInput input;
    bool armSizesAssumed = false;
    // The group sizes behind Hedges' g in words: the trial's arms as the catalogue records
    // them, or what is assumed and why ("Group sizes 50 and 50 assumed: ...").
    QString groupSizes;
};

// All presets, in the catalogue's order of results (a short catalogue's list: a million
// results make two million presets; a window pages them with labPresetPage()).
QList<LabPreset> labPresets(const catalogue::CatalogueReader &catalogue);

// One page of presets: those of up to `limit` results after the result with id
// `afterResultId` (0: from the first), in the catalogue's order, and of the rest of the last
// study's results, so that the presets of one trial are told apart together as in
// labPresets(). *lastResultId is the id of the last result read, the next page's start (0 when
// none was left).
QList<LabPreset> labPresetPage(const catalogue::CatalogueReader &catalogue, qint64 afterResultId,
                               int limit, qint64 *lastResultId);

// The preset of one result (nothing when the catalogue no longer holds it or its value no
// longer converts).
std::optional<LabPreset> labPreset(const catalogue::CatalogueReader &catalogue,
                                   const ResultKey &key);

// What the lab and a presented slide's notes say of a preset: its label, its source, and what
// is reported, what derived and which group sizes g rests on, on three lines.
QString presetNote(const LabPreset &preset);

// The preset of a result already read.
std::optional<LabPreset> presetFromResult(const catalogue::ResultRecord &result, bool fromArms);

} // namespace eb::lecture
