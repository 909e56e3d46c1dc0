// One update of the Effect Size Lab, as a drag of a slider causes it: every conversion
// (eb::lecture::computeLab: MW, d, g, OR, U3, OVL, both NNTs, the band and the sentences),
// a new distribution chart, its layout and its painting at the lab's chart size. Figures in
// docs/performance.md; a frame at 60 Hz is 16.7 ms.
#include "charts/chartexport.h"
#include "charts/distributionchart.h"
#include "lecture/labfigure.h"

#include <QApplication>
#include <QImage>
#include <benchmark/benchmark.h>

namespace {

using eb::lecture::LabInput;
using eb::lecture::LabMetric;

// The chart pane of the lab window at 1920 x 1080, and a full 1080p slide when presenting.
constexpr QSizeF kLabChart(900, 560);
constexpr QSizeF kSlide(1920, 1080);

LabInput dragged(int step)
{
    LabInput input;
    input.metric = LabMetric::D;
    input.value = -3.0 + 0.01 * (step % 600); // the whole d slider, one step per update
    input.cer = 0.3;
    return input;
}

void BM_LabConversions(benchmark::State &state)
{
    int step = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(eb::lecture::computeLab(dragged(step++)));
    }
}
BENCHMARK(BM_LabConversions);

void update(int step, const QSizeF &size, double fontScale, bool paint)
{
    const eb::lecture::LabState lab = eb::lecture::computeLab(dragged(step));
    eb::charts::DistributionChart chart(eb::lecture::labDistribution(
        lab, QStringLiteral("What this effect size looks like"), fontScale));
    chart.resize(size);
    if (paint) {
        benchmark::DoNotOptimize(eb::charts::renderImage(chart, 96));
    }
}

// Conversions + a new chart laid out (what the lab does before Qt repaints the view).
void BM_LabUpdateLayout(benchmark::State &state)
{
    int step = 0;
    for (auto _ : state) {
        update(step++, kLabChart, 1.0, false);
    }
}
BENCHMARK(BM_LabUpdateLayout)->Unit(benchmark::kMillisecond);

// Conversions + chart + painting every pixel of it: one whole frame.
void BM_LabUpdateFrame(benchmark::State &state)
{
    int step = 0;
    for (auto _ : state) {
        update(step++, kLabChart, 1.0, true);
    }
}
BENCHMARK(BM_LabUpdateFrame)->Unit(benchmark::kMillisecond);

// The same on a 1080p slide at the projector's font scale (the presenter's live slider).
void BM_LabUpdateFrameSlide(benchmark::State &state)
{
    int step = 0;
    for (auto _ : state) {
        update(step++, kSlide, 2.0, true);
    }
}
BENCHMARK(BM_LabUpdateFrameSlide)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
