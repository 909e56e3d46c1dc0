#include "charts/chartview.h"

#include "charts/chartfigure.h"

#include <QHelpEvent>
#include <QResizeEvent>
#include <QScrollBar>
#include <QToolTip>
#include <algorithm>

namespace eb::charts {

QString toolTipRichText(const QString &text)
{
    // Rich text makes QToolTip wrap its label at about 80 average characters, a readable
    // line; plain text would run across the screen in one line per paragraph.
    return QStringLiteral("<p>%1</p>")
        .arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
}

ChartView::ChartView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // The figure follows the width down to 320 px; a narrower pane scrolls sideways rather
    // than cutting the chart off.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(Qt::white);
    // The whole figure is cheap to repaint; partial updates of anti-aliased text smear.
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setDragMode(QGraphicsView::NoDrag);
}

ChartView::~ChartView()
{
    setScene(nullptr); // the scene belongs to the figure
}

void ChartView::setFigure(std::unique_ptr<ChartFigure> figure)
{
    setScene(nullptr);
    m_figure = std::move(figure);
    if (m_figure) {
        // On screen only a window's worth of a long forest plot is painted per scroll step:
        // a BSP index finds those items without visiting tens of thousands of labels.
        m_figure->scene()->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
        setScene(m_figure->scene());
        relayout();
    }
    emit figureChanged();
}

void ChartView::setFillsView(bool fills)
{
    m_fillsView = fills;
    relayout();
}

QSize ChartView::sizeHint() const
{
    return {900, 600};
}

QSize ChartView::minimumSizeHint() const
{
    return {320, 240};
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    relayout();
}

void ChartView::relayout()
{
    if (!m_figure) {
        return;
    }
    const QSize viewport = maximumViewportSize();
    double width = std::max(320, viewport.width());
    double height = std::max(240, viewport.height());
    if (!m_fillsView) {
        // A width at which nothing is squeezed or drawn over anything else: a pane too narrow
        // for large chart text scrolls sideways instead of running texts together.
        width = m_figure->layoutWidth(width);
        const double natural = m_figure->naturalSize(width).height();
        if (natural > height) {
            // Taller than the view: the vertical scroll bar takes some width.
            const int beside = viewport.width() - verticalScrollBar()->sizeHint().width();
            width = m_figure->layoutWidth(std::max(320.0, static_cast<double>(beside)));
            height = m_figure->naturalSize(width).height();
        } else {
            // A few rows do not need a whole tall pane; spread them a little, not to the end.
            height = std::min(height, natural * 1.5);
        }
    }
    QSizeF size(width, height);
    if (m_fillsView) {
        // A slide: laid out larger when its type would not fit, then shown scaled to the view.
        size = fittedLayoutSize(*m_figure, size);
    }
    if (size != m_figure->size()) {
        m_figure->resize(size);
    }
    setSceneRect(QRectF(QPointF(0, 0), size));
    if (m_fillsView && (size.width() > width + 0.5 || size.height() > height + 0.5)) {
        fitInView(sceneRect(), Qt::KeepAspectRatio);
    } else {
        resetTransform();
    }
}

bool ChartView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_figure) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = m_figure->toolTipAt(mapToScene(help->pos()));
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), toolTipRichText(text), viewport());
        }
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

} // namespace eb::charts
