#pragma once

#include "charts/marklayer.h"

#include <QGraphicsItem>

namespace eb::charts {
class ForestPlot;
}

// Step-by-step reveal of a forest plot for a lecture: the studies one by one (top to bottom),
// then the pooled estimate, then its prediction interval. A forest without a pooled row
// reveals its rows only. The marks of rows not yet revealed are not painted at all (a
// MarkMask on the whisker and marker layers), so the grid and the no-effect line stay whole
// and no outline gives the next rows away; this item covers their labels and numbers beside
// the plot; the pooled diamond, its line and the prediction interval are faded out with
// their opacity. Re-laying the plot out (a resize) keeps
// the step, since the covered bands are worked out whenever the item paints.
namespace eb::lecture {

class ForestReveal : public QGraphicsItem, public charts::MarkMask
{
public:
    explicit ForestReveal(charts::ForestPlot *forest);

    // 1 .. stepCount(); the last step shows everything.
    int stepCount() const { return m_rows + (m_pooled ? 1 : 0) + (m_prediction ? 1 : 0); }
    int step() const { return m_step; }
    void setStep(int step);

    int revealedRows() const; // how many rows the current step shows
    bool pooledRevealed() const;
    bool predictionRevealed() const;
    std::optional<double> hiddenBelow() const override;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    charts::ForestPlot *m_forest;
    int m_rows = 0;
    bool m_pooled = false;
    bool m_prediction = false;
    int m_step = 1;
};

} // namespace eb::lecture
