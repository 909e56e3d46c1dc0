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
    bool ok() const { return problem.isEmpty(); }
};

BuiltSlide buildSlide(const Slide &slide, const catalogue::CatalogueReader &catalogue,
                      double fontScale);

// The lab input a lab slide stands for (its preset read from the catalogue), or nothing with
// *problem set when the preset is gone.
std::optional<LabInput> labSlideInput(const LabSlide &lab,
                                      const catalogue::CatalogueReader &catalogue, QString *problem,
                                      QString *label = nullptr);

// The MW benchmarks a lab effect can be compared with: "small" 0.56, "medium" 0.64,
// "large" 0.71 (stats/benchmarks.h).
std::optional<LabInput> benchmarkInput(const QString &name);

// A one-line label for lists ("3. Forest plot: captain-ii").
QString slideSummary(const Slide &slide);

} // namespace eb::lecture
