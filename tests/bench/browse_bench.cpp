// The window's reads on generated catalogues (evidence generate) of 1,000, 10,000 and 100,000
// studies with 10 results each: opening, full-text search (1, 2, 3 terms, a prefix as typed,
// no hits, a word in every document), the Studies table (first page per sort column, the model
// filled and scrolled to its end) and the detail pane's query. Then (browseviews_bench.cpp)
// the per-keystroke search over a typed sentence, the worst page of a scroll pass per sort
// column, and the first pages of the outcome matrix, the Pool window's list and the lab.
#include "browsebench.h"
#include "gui/models/studytablemodel.h"

#include <QApplication>
#include <map>
#include <memory>

namespace {

using namespace eb;
using Column = gui::StudyTableModel::Column;

std::map<int, std::unique_ptr<catalogue::Catalogue>> g_open;

} // namespace

namespace eb::bench {

const catalogue::Catalogue &catalogueOf(int studies)
{
    auto &slot = g_open[studies];
    if (!slot) {
        slot = std::make_unique<catalogue::Catalogue>();
        if (!slot->open(bench::generatedCatalogue(studies), catalogue::OpenMode::ReadOnly)) {
            qFatal("%s", qPrintable(slot->lastError()));
        }
    }
    return *slot;
}

} // namespace eb::bench

namespace {

using bench::catalogueOf;

void BM_OpenCatalogue(benchmark::State &state)
{
    const QString file = bench::generatedCatalogue(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        catalogue::Catalogue c;
        benchmark::DoNotOptimize(c.open(file, catalogue::OpenMode::ReadOnly));
        benchmark::DoNotOptimize(c.counts().studies);
    }
}

// The search the window runs per keystroke: the first page of the Studies table for the text,
// and how many studies match it.
void searchStudies(benchmark::State &state, const QString &text)
{
    const catalogue::Catalogue &c = catalogueOf(static_cast<int>(state.range(0)));
    catalogue::StudyFilter filter;
    filter.text = text;
    filter.sort = catalogue::StudySort::Name;
    filter.limit = gui::StudyTableModel::kPageRows;
    int hits = 0;
    for (auto _ : state) {
        hits = c.studyCount(filter);
        benchmark::DoNotOptimize(c.studies(filter));
    }
    state.counters["hits"] = hits;
}

void BM_SearchOneTerm(benchmark::State &state)
{
    searchStudies(state, QStringLiteral("angiogenesis"));
}
void BM_SearchTwoTerms(benchmark::State &state)
{
    searchStudies(state, QStringLiteral("angiogenesis zürich"));
}
void BM_SearchThreeTerms(benchmark::State &state)
{
    searchStudies(state, QStringLiteral("angiogenesis zürich placebo"));
}
void BM_SearchPrefix(benchmark::State &state)
{
    searchStudies(state, QStringLiteral("angio"));
}
void BM_SearchNoHits(benchmark::State &state)
{
    searchStudies(state, QStringLiteral("xylophone"));
}
void BM_SearchEveryDocument(benchmark::State &state)
{
    searchStudies(state, QStringLiteral("cerebrolysin"));
}

// The first page of the Studies table sorted by one column (the header click), both ways.
void BM_SortFirstPage(benchmark::State &state)
{
    auto model = std::make_unique<gui::StudyTableModel>();
    const catalogue::Catalogue &c = catalogueOf(static_cast<int>(state.range(0)));
    const auto column = static_cast<Column>(state.range(1));
    gui::PageSource<catalogue::StudySummary> source;
    source.page = [&c](int col, Qt::SortOrder order, qint64 after, int limit) {
        catalogue::StudyFilter f;
        f.sort = col == static_cast<int>(Column::Name)       ? catalogue::StudySort::Name
                 : col == static_cast<int>(Column::Year)     ? catalogue::StudySort::Year
                 : col == static_cast<int>(Column::Design)   ? catalogue::StudySort::Design
                 : col == static_cast<int>(Column::Enrolled) ? catalogue::StudySort::Enrolled
                 : col == static_cast<int>(Column::Results)  ? catalogue::StudySort::Results
                                                             : catalogue::StudySort::Sponsorship;
        f.descending = order == Qt::DescendingOrder;
        f.sortRanks = catalogue::vocabulary::keys(catalogue::vocabulary::List::Design);
        f.afterId = after;
        f.limit = limit;
        return c.studies(f);
    };
    source.count = [&c] {
        return c.studyCount({});
    };
    model->setSource(source);
    bool down = false;
    for (auto _ : state) {
        model->sort(static_cast<int>(column), down ? Qt::DescendingOrder : Qt::AscendingOrder);
        down = !down;
        benchmark::DoNotOptimize(model->rowCount());
    }
}

void sortColumns(benchmark::internal::Benchmark *b)
{
    for (int n : {1000, 10000, 100000}) {
        for (Column column : {Column::Name, Column::Year, Column::Design, Column::Enrolled,
                              Column::Results, Column::Sponsorship}) {
            b->Args({n, static_cast<int>(column)});
        }
        if (bench::smokeRun()) {
            break;
        }
    }
}

// The Studies table filled (first page) and scrolled to its end page by page, every cell of
// every row read as the view would paint it.
void BM_ModelPopulateAndScroll(benchmark::State &state)
{
    const catalogue::Catalogue &c = catalogueOf(static_cast<int>(state.range(0)));
    gui::PageSource<catalogue::StudySummary> source;
    source.page = [&c](int, Qt::SortOrder, qint64 after, int limit) {
        catalogue::StudyFilter f;
        f.sort = catalogue::StudySort::Name;
        f.afterId = after;
        f.limit = limit;
        return c.studies(f);
    };
    source.count = [&c] {
        return c.studyCount({});
    };
    int pages = 0;
    for (auto _ : state) {
        gui::StudyTableModel model;
        model.setSource(source);
        pages = 1;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            ++pages;
        }
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                benchmark::DoNotOptimize(model.index(row, column).data());
            }
        }
    }
    state.counters["pages"] = pages;
}

// The Studies table's first rows only: what the window shows when it opens.
void BM_ModelFirstPage(benchmark::State &state)
{
    const catalogue::Catalogue &c = catalogueOf(static_cast<int>(state.range(0)));
    gui::PageSource<catalogue::StudySummary> source;
    source.page = [&c](int, Qt::SortOrder, qint64 after, int limit) {
        catalogue::StudyFilter f;
        f.sort = catalogue::StudySort::Name;
        f.afterId = after;
        f.limit = limit;
        return c.studies(f);
    };
    source.count = [&c] {
        return c.studyCount({});
    };
    for (auto _ : state) {
        gui::StudyTableModel model;
        model.setSource(source);
        benchmark::DoNotOptimize(model.rowCount());
    }
}

// The detail pane's read: one study with its results, arms and sources.
void BM_StudyDetail(benchmark::State &state)
{
    const int n = static_cast<int>(state.range(0));
    const catalogue::Catalogue &c = catalogueOf(n);
    int i = 0;
    for (auto _ : state) {
        const QString slug = QStringLiteral("syn-%1").arg(1 + (i++ * 7919) % n, 6, 10, QChar(u'0'));
        benchmark::DoNotOptimize(c.study(slug));
    }
}

void sizes(benchmark::internal::Benchmark *b)
{
    bench::sizes(b, {1000, 10000, 100000});
}

BENCHMARK(BM_OpenCatalogue)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchOneTerm)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchTwoTerms)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchThreeTerms)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchPrefix)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchNoHits)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchEveryDocument)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SortFirstPage)->Apply(sortColumns)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ModelFirstPage)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ModelPopulateAndScroll)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StudyDetail)->Apply(sizes)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // the models' labels are translated strings
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_open.clear();
    return 0;
}
