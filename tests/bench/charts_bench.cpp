// Forest plots of 10 to 10,000 rows: build and lay out, then write PNG, SVG or PDF into
// memory, the same path as `evidence render forest` (figures in docs/performance.md).
#include "benchsizes.h"
#include "charts/chartexport.h"
#include "charts/forestplot.h"
#include "charts/forestplotview.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QPixmap>
#include <QScrollBar>
#include <benchmark/benchmark.h>
#include <cmath>
#include <random>

namespace {

using namespace eb::charts;
using namespace eb::evidence;

// The CLI's default size: 1200 px wide, the natural height up to 4000 px.
constexpr double kWidth = 1200;
constexpr double kMaxHeight = 4000;

ForestSpec makeSpec(int rows)
{
    std::mt19937 random(42);
    std::normal_distribution<double> effect(0.3, 0.2);
    std::uniform_real_distribution<double> variance(0.01, 0.2);
    ForestSpec spec;
    spec.title = QStringLiteral("Benchmark forest plot");
    spec.metric = eb::stats::Metric::CohensD;
    for (int i = 0; i < rows; ++i) {
        ForestRow row;
        row.study = QStringLiteral("Study number %1 with a longish name").arg(i);
        row.outcome = QStringLiteral("Outcome %1").arg(i % 7);
        row.timepoint = QStringLiteral("day %1").arg(10 * (i % 9 + 1));
        row.n = 20 + i % 300;
        const double y = effect(random);
        const double se = std::sqrt(variance(random));
        row.estimate = y;
        row.ciLow = y - 1.96 * se;
        row.ciHigh = y + 1.96 * se;
        row.derived = i % 4 == 0;
        spec.rows << row;
    }
    return spec;
}

void layOut(ForestPlot &plot)
{
    plot.resize(QSizeF(kWidth, std::min(kMaxHeight, plot.naturalSize(kWidth).height())));
}

void BM_ForestLayout(benchmark::State &state)
{
    const ForestSpec spec = makeSpec(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        ForestPlot plot(spec);
        layOut(plot);
        benchmark::DoNotOptimize(plot.plotArea());
    }
}

void renderTo(benchmark::State &state, ExportFormat format)
{
    const ForestSpec spec = makeSpec(static_cast<int>(state.range(0)));
    qint64 bytes = 0;
    for (auto _ : state) {
        ForestPlot plot(spec);
        layOut(plot);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        if (!writeFigure(plot, buffer, format, ExportOptions{}, &error)) {
            state.SkipWithError(error.toUtf8().constData());
            return;
        }
        bytes = buffer.size();
    }
    state.counters["bytes"] = static_cast<double>(bytes);
}

void BM_ForestPng(benchmark::State &state)
{
    renderTo(state, ExportFormat::Png);
}

void BM_ForestSvg(benchmark::State &state)
{
    renderTo(state, ExportFormat::Svg);
}

void BM_ForestPdf(benchmark::State &state)
{
    renderTo(state, ExportFormat::Pdf);
}

// Painting alone (the layout done once): where the PNG time goes.
void BM_ForestPaintImage(benchmark::State &state)
{
    ForestPlot plot(makeSpec(static_cast<int>(state.range(0))));
    layOut(plot);
    for (auto _ : state) {
        const QImage image = renderImage(plot, 96);
        benchmark::DoNotOptimize(image.constBits());
    }
}

// On screen: scroll a 1,000-row plot (at its natural, readable height) by one page and
// repaint the viewport, as the main window does on every scroll step.
void BM_ForestViewScroll(benchmark::State &state)
{
    ForestPlotView view;
    view.resize(1200, 800);
    view.setSpec(makeSpec(static_cast<int>(state.range(0))));
    view.show();
    QScrollBar *bar = view.verticalScrollBar();
    int value = 0;
    for (auto _ : state) {
        value = (value + bar->pageStep()) % std::max(1, bar->maximum());
        bar->setValue(value);
        const QPixmap frame = view.viewport()->grab();
        benchmark::DoNotOptimize(frame.cacheKey());
    }
}

// A tooltip: the row under the mouse is found from the row pitch, not by searching.
void BM_ForestToolTip(benchmark::State &state)
{
    ForestPlot plot(makeSpec(static_cast<int>(state.range(0))));
    plot.resize(plot.naturalSize(kWidth));
    double y = plot.plotArea().top();
    for (auto _ : state) {
        y += 7.3;
        if (y > plot.plotArea().bottom()) {
            y = plot.plotArea().top();
        }
        benchmark::DoNotOptimize(plot.toolTipAt(QPointF(plot.plotArea().center().x(), y)));
    }
}

} // namespace

BENCHMARK(BM_ForestViewScroll)
    ->Apply(eb::bench::sizesOf<1000, 10000>)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ForestToolTip)->Apply(eb::bench::sizesOf<1000>)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ForestLayout)
    ->Apply(eb::bench::sizesOf<10, 100, 1000, 10000>)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ForestPaintImage)
    ->Apply(eb::bench::sizesOf<10, 100, 1000, 10000>)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ForestPng)
    ->Apply(eb::bench::sizesOf<10, 100, 1000, 10000>)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ForestSvg)
    ->Apply(eb::bench::sizesOf<10, 100, 1000, 10000>)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ForestPdf)
    ->Apply(eb::bench::sizesOf<10, 100, 1000, 10000>)
    ->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    // Charts draw through QPainter and need a QGuiApplication, but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
