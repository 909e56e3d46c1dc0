#pragma once

#include <QGraphicsView>
#include <memory>

namespace eb::charts {

class ChartFigure;

// A figure's plain-text tooltip as rich text, so that it wraps at a readable width.
QString toolTipRichText(const QString &text);

// Shows a ChartFigure on screen: the same scene that exportFigure() paints, so what is on
// screen is what is exported. The figure follows the view's width; a figure taller than the
// view (a forest plot of many rows) scrolls vertically. Tooltips come from the figure.
class ChartView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);
    ~ChartView() override;

    // Takes ownership; nullptr clears the view.
    void setFigure(std::unique_ptr<ChartFigure> figure);
    ChartFigure *figure() const { return m_figure.get(); }

    // Forest plots scroll at their natural height; other charts fill the view.
    void setFillsView(bool fills);
    bool fillsView() const { return m_fillsView; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void figureChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void relayout();

    std::unique_ptr<ChartFigure> m_figure;
    bool m_fillsView = true;
};

} // namespace eb::charts
