// The views of issue 20 on generated catalogues of 1,000, 10,000 and 100,000 studies:
// - a sentence typed into the search field, one search per keystroke (count + first page), with
//   the 95th percentile and the worst keystroke as counters (thread CPU time, which other
//   processes' load does not inflate);
// - a keyboard scroll pass from the top of the Studies table to its end, per sort column, with
//   the worst page;
// - the outcome matrix's columns and first page of rows, the Pool window's first page (and a
//   search), and the lab's first page of presets: what each view reads when it opens.
#include "browsebench.h"
#include "evidence/outcomematrix.h"
#include "gui/features/lecture/labpresetmodel.h"
#include "gui/features/review/outcomematrixmodel.h"
#include "gui/features/review/poolresultmodel.h"
#include "gui/models/studytablemodel.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <vector>

namespace {

using namespace eb;
using bench::catalogueOf;

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    // The nearest rank (p is in [0, 1], so the rank is never negative).
    const auto at = static_cast<size_t>(std::llround(p * static_cast<double>(values.size() - 1)));
    return values.at(std::min(at, values.size() - 1));
}

// Typed letter by letter: each prefix is one search, as the window runs it per keystroke. A
// keystroke waits for the first page; the hits are counted once typing pauses
// (PageSource::countLater), timed apart; "both" is what a keystroke cost when it counted too.
void BM_TypeSentence(benchmark::State &state)
{
    const catalogue::Catalogue &c = catalogueOf(static_cast<int>(state.range(0)));
    const QString sentence = QStringLiteral("angiogenesis after ischaemic stroke in rats");
    std::vector<double> keystrokes;
    std::vector<double> counts;
    std::vector<double> both;
    for (auto _ : state) {
        for (qsizetype typed = 1; typed <= sentence.size(); ++typed) {
            catalogue::StudyFilter filter;
            filter.text = sentence.left(typed);
            filter.sort = catalogue::StudySort::Name;
            filter.limit = gui::StudyTableModel::kPageRows;
            const double start = threadCpuMs();
            const QList<catalogue::StudySummary> page = c.studies(filter);
            benchmark::DoNotOptimize(page);
            const double paged = threadCpuMs();
            // A short first page is the whole list: the model counts nothing.
            if (page.size() == filter.limit) {
                benchmark::DoNotOptimize(c.studyCount(filter));
            }
            const double counted = threadCpuMs();
            keystrokes.push_back(paged - start);
            counts.push_back(counted - paged);
            both.push_back(counted - start);
        }
    }
    state.counters["p95_ms"] = percentile(keystrokes, 0.95);
    state.counters["worst_ms"] = percentile(keystrokes, 1.0);
    state.counters["count_p95_ms"] = percentile(counts, 0.95);
    state.counters["count_worst_ms"] = percentile(counts, 1.0);
    state.counters["both_p95_ms"] = percentile(both, 0.95);
    state.counters["keys"] = static_cast<double>(sentence.size());
}

catalogue::StudySort studySortOf(int column)
{
    using Column = gui::StudyTableModel::Column;
    switch (static_cast<Column>(column)) {
    case Column::Name:
        return catalogue::StudySort::Name;
    case Column::Year:
        return catalogue::StudySort::Year;
    case Column::Design:
        return catalogue::StudySort::Design;
    case Column::Enrolled:
        return catalogue::StudySort::Enrolled;
    case Column::Results:
        return catalogue::StudySort::Results;
    case Column::Sponsorship:
        return catalogue::StudySort::Sponsorship;
    default:
        return catalogue::StudySort::Catalogue;
    }
}

// From the top of the list to its end a page at a time, as Page Down and Ctrl+End fetch it;
// the worst page is what a frame waits for. Column -1: the list's own order.
void BM_ScrollPass(benchmark::State &state)
{
    const catalogue::Catalogue &c = catalogueOf(static_cast<int>(state.range(0)));
    const int column = static_cast<int>(state.range(1));
    std::vector<double> pages;
    for (auto _ : state) {
        catalogue::StudyFilter f;
        f.sort = column < 0 ? catalogue::StudySort::Catalogue : studySortOf(column);
        f.sortRanks = catalogue::vocabulary::keys(catalogue::vocabulary::List::Design);
        f.limit = gui::StudyTableModel::kPageRows;
        for (;;) {
            const double start = threadCpuMs();
            const QList<catalogue::StudySummary> page = c.studies(f);
            pages.push_back(threadCpuMs() - start);
            if (page.size() < f.limit) {
                break;
            }
            f.afterId = page.last().id;
        }
    }
    state.counters["worst_page_ms"] = percentile(pages, 1.0);
    state.counters["p95_page_ms"] = percentile(pages, 0.95);
}

void scrollColumns(benchmark::internal::Benchmark *b)
{
    using Column = gui::StudyTableModel::Column;
    for (int n : {1000, 10000, 100000}) {
        for (int column : {-1, static_cast<int>(Column::Name), static_cast<int>(Column::Year),
                           static_cast<int>(Column::Enrolled), static_cast<int>(Column::Design),
                           static_cast<int>(Column::Results)}) {
            b->Args({n, column});
        }
        if (bench::smokeRun()) {
            break;
        }
    }
}

// The outcome matrix as the window opens it: its columns (one grouped query) and its first
// page of rows (those studies' results only).
void BM_MatrixOpen(benchmark::State &state)
{
    const catalogue::Catalogue &c = catalogueOf(static_cast<int>(state.range(0)));
    int columns = 0;
    for (auto _ : state) {
        const QList<review::MatrixColumn> cols =
            review::matrixColumns(c.resultOutcomeTimepoints({}));
        catalogue::StudyFilter f;
        f.withResults = true;
        f.sort = catalogue::StudySort::Matrix;
        f.sortRanks = review::matrixDesignOrder();
        f.limit = 128;
        const QList<catalogue::StudySummary> studies = c.studies(f);
        catalogue::ResultFilter ofStudies;
        for (const catalogue::StudySummary &s : studies) {
            ofStudies.studyIds << s.id;
        }
        benchmark::DoNotOptimize(
            review::matrixRows(studies, c.results(ofStudies), cols, review::DisplayMetric::Native));
        columns = static_cast<int>(cols.size());
    }
    state.counters["columns"] = columns;
}

// The outcome matrix scrolled from its first row to its last, a page of rows at a time as the
// view fetches them (the studies in the matrix's order, their results, the page's cells); the
// worst page is what a frame waits for.
void BM_MatrixScrollPass(benchmark::State &state)
{
    const catalogue::Catalogue &c = catalogueOf(static_cast<int>(state.range(0)));
    const QList<review::MatrixColumn> cols = review::matrixColumns(c.resultOutcomeTimepoints({}));
    std::vector<double> pages;
    for (auto _ : state) {
        catalogue::StudyFilter f;
        f.withResults = true;
        f.sort = catalogue::StudySort::Matrix;
        f.sortRanks = review::matrixDesignOrder();
        f.limit = gui::review::OutcomeMatrixModel::kPageRows;
        for (;;) {
            const double start = threadCpuMs();
            const QList<catalogue::StudySummary> studies = c.studies(f);
            catalogue::ResultFilter ofStudies;
            for (const catalogue::StudySummary &s : studies) {
                ofStudies.studyIds << s.id;
            }
            benchmark::DoNotOptimize(review::matrixRows(studies, c.results(ofStudies), cols,
                                                        review::DisplayMetric::Native));
            pages.push_back(threadCpuMs() - start);
            if (studies.size() < f.limit) {
                break;
            }
            f.afterId = studies.last().id;
        }
    }
    state.counters["worst_page_ms"] = percentile(pages, 1.0);
    state.counters["p95_page_ms"] = percentile(pages, 0.95);
    const auto perPass = std::max<size_t>(
        1, pages.size() / static_cast<size_t>(std::max<int64_t>(1, state.iterations())));
    state.counters["pages"] = static_cast<double>(perPass);
    // Which page of a pass was the worst (0: the first), and how many pages took longer than a
    // frame: a slow page in the same place on every pass is the order's, not the machine's.
    const auto worst = std::max_element(pages.begin(), pages.end());
    state.counters["worst_page_at"] =
        pages.empty() ? 0.0 : static_cast<double>((worst - pages.begin()) % perPass);
    state.counters["pages_over_50ms"] = static_cast<double>(
        std::count_if(pages.begin(), pages.end(), [](double ms) { return ms > 50; }));
}

// The Pool window's list: its first page, then a search typed into it.
void BM_PoolListOpenAndSearch(benchmark::State &state)
{
    const catalogue::Catalogue &c = catalogueOf(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        gui::review::PoolResultModel model(c);
        model.setSearch({});
        model.setSearch(QStringLiteral("angiogenesis"));
        benchmark::DoNotOptimize(model.rowCount());
    }
}

// The lab's preset list as it opens: the first page of presets.
void BM_LabPresetsOpen(benchmark::State &state)
{
    const catalogue::Catalogue &c = catalogueOf(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        gui::LabPresetModel model(c);
        model.reload();
        benchmark::DoNotOptimize(model.rowCount());
    }
}

void sizes(benchmark::internal::Benchmark *b)
{
    bench::sizes(b, {1000, 10000, 100000});
}

BENCHMARK(BM_TypeSentence)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ScrollPass)->Apply(scrollColumns)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MatrixOpen)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MatrixScrollPass)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PoolListOpenAndSearch)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LabPresetsOpen)->Apply(sizes)->Unit(benchmark::kMillisecond);

} // namespace
