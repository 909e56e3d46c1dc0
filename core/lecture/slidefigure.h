#pragma once

#include "lecture/deck.h"
#include "lecture/effectlab.h"

#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace eb::catalogue {
class CatalogueReader;
}
namespace eb::charts {
class ChartFigure;
}

// Turns a slide into figures, reading the catalogue afresh: the deck never holds numbers. A
// slide whose record or result the catalogue no longer holds (or that cannot be drawn) becomes
// a MessageFigure that says so. The app's presenter and `evidence render deck` both call this,
// so the PDF shows what the screen shows.
namespace eb::lecture {

struct BuiltSlide
{
    // One figure, or two side by side (a lab slide comparing two effects).
    std::vector<std::unique_ptr<charts::ChartFigure>> figures;
    QString title;   // the title drawn (the slide's own, or the chart's)
    QString problem; // set when the slide became a message
    // A lab slide: the state drawn (the presenter lets the lecturer change it live).
    std::optional<LabState> lab;
    std::optional<LabState> compare;
    QString labTitle; // the lab chart's title (the slide's, else the preset's label)
    // For the lecturer, not drawn: where a preset's numbers come from (source, what is
    // reported, what derived, the group sizes behind g). The presenter console shows it under
    // the slide's own note.
    QString notes;
    // The lab charts' shared x-axis, wide enough for the live slider (never rescaled by a drag).
    double labAxisLow = 0;
    double labAxisHigh = 0;
    bool ok() const { return problem.isEmpty(); }
};

BuiltSlide buildSlide(const Slide &slide, const catalogue::CatalogueReader &catalogue,
                      double fontScale);

// The lab input a lab slide stands for (its preset read from the catalogue), or nothing with
// *problem set when the preset is gone.
std::optional<LabInput> labSlideInput(const LabSlide &lab,
                                      const catalogue::CatalogueReader &catalogue, QString *problem,
                                      QString *label = nullptr, QString *provenance = nullptr);

// The MW benchmarks a lab effect can be compared with: "small" 0.56, "medium" 0.64,
// "large" 0.71 (stats/benchmarks.h).
std::optional<LabInput> benchmarkInput(const QString &name);

// A one-line label for lists ("3. Forest plot: captain-ii").
QString slideSummary(const Slide &slide);

} // namespace eb::lecture
