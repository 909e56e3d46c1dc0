#include "lecture/forestreveal.h"

#include "charts/chartstyle.h"
#include "charts/forestplot.h"
#include "charts/marklayer.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QPen>
#include <algorithm>

namespace eb::lecture {
namespace {

constexpr double kCurtainZ = 1000;

// The pooled estimate's vertical line: the forest's only dashed vermillion line item.
QGraphicsLineItem *pooledLine(charts::ForestPlot *forest)
{
    for (QGraphicsItem *item : forest->chart()->childItems()) {
        auto *line = qgraphicsitem_cast<QGraphicsLineItem *>(item);
        if (line != nullptr && line != forest->noEffectLine() &&
            line->pen().style() == Qt::DashLine &&
            line->pen().color() == charts::okabeito::vermillion) {
            return line;
        }
    }
    return nullptr;
}

} // namespace

ForestReveal::ForestReveal(charts::ForestPlot *forest) : m_forest(forest)
{
    for (const charts::ForestPlot::Slot &slot : forest->rowSlots()) {
        m_rows += slot.kind == charts::ForestPlot::Slot::Kind::Row ? 1 : 0;
    }
    m_pooled = forest->pooledSlot() >= 0;
    m_prediction = m_pooled && forest->spec().pooled && forest->spec().pooled->piLow.has_value();
    setZValue(kCurtainZ);
    forest->scene()->addItem(this);
    for (charts::MarkLayer *layer :
         {forest->whiskers(), forest->reportedMarkers(), forest->derivedMarkers()}) {
        if (layer != nullptr) {
            layer->setMask(this);
        }
    }
    m_step = stepCount();
}

int ForestReveal::revealedRows() const
{
    return std::min(m_step, m_rows);
}

bool ForestReveal::pooledRevealed() const
{
    return m_pooled && m_step > m_rows;
}

bool ForestReveal::predictionRevealed() const
{
    return m_prediction && m_step > m_rows + 1;
}

std::optional<double> ForestReveal::hiddenBelow() const
{
    if (revealedRows() >= m_rows) {
        return std::nullopt;
    }
    // Above the band of the first row not yet revealed.
    int row = 0;
    const auto &rowSlots = m_forest->rowSlots();
    for (int i = 0; i < static_cast<int>(rowSlots.size()); ++i) {
        if (rowSlots[static_cast<std::size_t>(i)].kind != charts::ForestPlot::Slot::Kind::Row) {
            continue;
        }
        if (row == revealedRows()) {
            return m_forest->valuePosition(m_forest->axisLow(), i).y() - m_forest->rowPitch() / 2;
        }
        ++row;
    }
    return std::nullopt;
}

void ForestReveal::setStep(int step)
{
    m_step = std::clamp(step, 1, std::max(1, stepCount()));
    const qreal pooled = pooledRevealed() ? 1.0 : 0.0;
    m_forest->pooledDiamond()->setOpacity(pooled);
    if (QGraphicsLineItem *line = pooledLine(m_forest)) {
        line->setOpacity(pooled);
    }
    m_forest->predictionInterval()->setOpacity(predictionRevealed() ? 1.0 : 0.0);
    for (charts::MarkLayer *layer :
         {m_forest->whiskers(), m_forest->reportedMarkers(), m_forest->derivedMarkers()}) {
        if (layer != nullptr) {
            layer->update();
        }
    }
    update();
}

QRectF ForestReveal::boundingRect() const
{
    // Constant, so that no geometry change ever has to be announced when the plot is resized;
    // paint() covers only the bands it works out from the current layout.
    return {0, 0, 1e5, 1e5};
}

void ForestReveal::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Within the plot the marks of hidden rows are not painted (hiddenBelow()), so the
    // no-effect line, the grid and the benchmark bands stay whole; the label and number
    // columns beside the plot are covered over the row's whole height.
    const double pitch = m_forest->rowPitch();
    const double width = m_forest->size().width();
    const QRectF plot = m_forest->plotArea();
    const double gap = 2;
    // The heterogeneity and model lines under the plot name the pooled result and its
    // prediction interval: covered until each is revealed. Their text starts as the forest
    // plot's own translated strings do.
    const QString heterogeneity =
        QCoreApplication::translate("eb::charts::ForestPlot", "Heterogeneity: %1")
            .section(QLatin1Char('%'), 0, 0);
    const QString model = QCoreApplication::translate("eb::charts::ForestPlot", "Model: %1")
                              .section(QLatin1Char('%'), 0, 0);
    for (QGraphicsSimpleTextItem *text : m_forest->textItems()) {
        if ((!pooledRevealed() && text->text().startsWith(heterogeneity)) ||
            (!predictionRevealed() && m_prediction && text->text().startsWith(model)) ||
            (!pooledRevealed() && text->text().startsWith(model))) {
            painter->fillRect(text->sceneBoundingRect().adjusted(-1, -1, 1, 1), Qt::white);
        }
    }
    int row = 0;
    const auto &rowSlots = m_forest->rowSlots();
    for (int i = 0; i < static_cast<int>(rowSlots.size()); ++i) {
        const charts::ForestPlot::Slot &slot = rowSlots[static_cast<std::size_t>(i)];
        bool hidden = false;
        if (slot.kind == charts::ForestPlot::Slot::Kind::Row) {
            hidden = row >= revealedRows();
            ++row;
        } else if (slot.kind == charts::ForestPlot::Slot::Kind::Pooled) {
            hidden = !pooledRevealed();
        }
        if (!hidden) {
            continue;
        }
        const double y = m_forest->valuePosition(m_forest->axisLow(), i).y();
        const QRectF band(0, y - pitch / 2, width, pitch);
        painter->fillRect(QRectF(0, band.top(), plot.left() - gap, pitch), Qt::white);
        painter->fillRect(QRectF(plot.right() + gap, band.top(), width - plot.right(), pitch),
                          Qt::white);
    }
}

} // namespace eb::lecture
