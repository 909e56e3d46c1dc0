// Catalogue queries at the roadmap's scale (100,000 studies): open, list, detail, search.
// The synthetic catalogues are made once per size in a temporary folder: 3 results per study,
// 2 arm summaries per result, every study in the search index.
#include "benchsizes.h"
#include "catalogue/catalogue.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <iterator>
#include <map>
#include <memory>

namespace {

// A study filter of condition, design, species and text (the rest as by default).
[[maybe_unused]] eb::catalogue::StudyFilter studyFilter(const QString &condition,
                                                        const QString &design,
                                                        const QString &species, const QString &text)
{
    eb::catalogue::StudyFilter filter;
    filter.condition = condition;
    filter.design = design;
    filter.species = species;
    filter.text = text;
    return filter;
}

using namespace eb::catalogue;

QByteArray syntheticSql(int studies)
{
    const QByteArray n = QByteArray::number(studies);
    return "INSERT INTO source (id, slug, kind, short_label, title, sponsorship) VALUES "
           "(1, 'synthetic', 'article', 'Synthetic source', 'Synthetic', 'unknown');\n"
           "INSERT INTO outcome_measure (id, slug, name, abbreviation, domain, direction) VALUES "
           "(1, 'arat', 'Action Research Arm Test', 'ARAT', 'motor', 'higher_better'), "
           "(2, 'nihss', 'National Institutes of Health Stroke Scale', 'NIHSS', 'neurological', "
           "'lower_better'), (3, 'mmse', 'Mini-Mental State Examination', 'MMSE', 'cognitive', "
           "'higher_better');\n"
           "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < " +
           n +
           ") INSERT INTO study (id, slug, name, title, design, condition, species, sponsorship, "
           "year, n_enrolled, summary) SELECT i, 'study-' || i, 'Study ' || i, "
           "'Synthetic trial ' || i || CASE i % 10 WHEN 0 THEN ' of aphasia therapy' ELSE "
           "' of motor recovery' END, CASE i % 3 WHEN 0 THEN 'rct' WHEN 1 THEN 'pilot_rct' ELSE "
           "'meta_analysis' END, CASE i % 2 WHEN 0 THEN 'stroke' ELSE 'traumatic_brain_injury' "
           "END, CASE i % 7 WHEN 0 THEN 'rat' ELSE 'human' END, 'unknown', 1990 + i % 35, "
           "40 + i % 500, 'Patients after stroke or brain injury, cohort ' || hex(randomblob(4)) "
           "FROM k;\n"
           "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 3 * " +
           n +
           ") INSERT INTO result (id, study_id, outcome_id, source_id, timepoint, metric, "
           "estimate, ci_low, ci_high, ci_level, p_operator, p_value, n, quote) SELECT i, "
           "(i - 1) / 3 + 1, 1 + i % 3, 1, 'day 90', 'mw', 0.5 + (i % 17) / 100.0, "
           "0.45 + (i % 17) / 100.0, 0.55 + (i % 17) / 100.0, 95, '=', 0.05, 100, "
           "'a synthetic quote' FROM k;\n"
           "INSERT INTO arm_summary (result_id, arm_role, n, mean, sd, source_id, quote) "
           "SELECT id, 'treatment', 50, 20.0, 5.0, 1, 'q' FROM result;\n"
           "INSERT INTO arm_summary (result_id, arm_role, n, mean, sd, source_id, quote) "
           "SELECT id, 'control', 50, 18.0, 5.0, 1, 'q' FROM result;\n";
}

// One catalogue file per size, made on first use and kept for the whole run; released by
// main() while the QCoreApplication still exists.
std::unique_ptr<QTemporaryDir> g_dir;
std::map<int, std::unique_ptr<Catalogue>> g_catalogues;

const Catalogue &catalogueOf(int studies)
{
    if (!g_dir) {
        g_dir = std::make_unique<QTemporaryDir>();
    }
    QTemporaryDir &dir = *g_dir;
    auto &slot = g_catalogues[studies];
    if (!slot) {
        const QString path = dir.filePath(QStringLiteral("synthetic-%1.sqlite").arg(studies));
        {
            Catalogue writer;
            if (!writer.open(path, OpenMode::Create) ||
                !writer.runScripts({{QStringLiteral("synthetic.sql"), syntheticSql(studies)}})) {
                qFatal("cannot make the synthetic catalogue: %s", qPrintable(writer.lastError()));
            }
        }
        slot = std::make_unique<Catalogue>();
        if (!slot->open(path, OpenMode::ReadOnly)) {
            qFatal("cannot open the synthetic catalogue: %s", qPrintable(slot->lastError()));
        }
    }
    return *slot;
}

void BM_Open(benchmark::State &state)
{
    const QString path = catalogueOf(static_cast<int>(state.range(0))).path();
    for (auto _ : state) {
        Catalogue catalogue;
        benchmark::DoNotOptimize(catalogue.open(path, OpenMode::ReadOnly));
    }
}

void BM_ListStudies(benchmark::State &state)
{
    const Catalogue &catalogue = catalogueOf(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(catalogue.studies().size());
    }
}

void BM_ListStudiesFiltered(benchmark::State &state)
{
    const Catalogue &catalogue = catalogueOf(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            catalogue.studies(studyFilter(QStringLiteral("stroke"), {}, QStringLiteral("rat"), {}))
                .size());
    }
}

void BM_StudiesTextFilter(benchmark::State &state)
{
    const Catalogue &catalogue = catalogueOf(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            catalogue.studies(studyFilter({}, {}, {}, QStringLiteral("aphasia"))).size());
    }
}

void BM_StudyDetail(benchmark::State &state)
{
    const int studies = static_cast<int>(state.range(0));
    const Catalogue &catalogue = catalogueOf(studies);
    const QString slug = QStringLiteral("study-%1").arg(studies / 2);
    for (auto _ : state) {
        benchmark::DoNotOptimize(catalogue.study(slug)->results.size());
    }
}

void BM_SearchCommonWord(benchmark::State &state)
{
    const Catalogue &catalogue = catalogueOf(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(catalogue.search(QStringLiteral("motor recovery"), 50).size());
    }
}

void BM_SearchRareWord(benchmark::State &state)
{
    const int studies = static_cast<int>(state.range(0));
    const Catalogue &catalogue = catalogueOf(studies);
    const QString text = QString::number(studies / 3);
    for (auto _ : state) {
        benchmark::DoNotOptimize(catalogue.search(text, 50).size());
    }
}

void BM_SearchPrefixWhileTyping(benchmark::State &state)
{
    const Catalogue &catalogue = catalogueOf(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(catalogue.search(QStringLiteral("aph"), 50).size());
    }
}

// A text pasted into the search field: 4,000 words of prose in which words repeat, as in an
// abstract pasted whole. Before terms were de-duplicated and capped this was one FTS5 phrase
// per word (15 s in the window at 4,000 words).
QString pastedText(int words)
{
    static const char *const vocabulary[] = {
        "patients", "with",    "acute",     "ischaemic", "stroke",    "were",     "randomised",
        "to",       "receive", "the",       "peptide",   "drug",      "or",       "placebo",
        "daily",    "for",     "days",      "motor",     "recovery",  "was",      "measured",
        "at",       "day",     "ninety",    "using",     "an",        "ensemble", "of",
        "outcome",  "scales",  "and",       "adverse",   "events",    "recorded", "in",
        "each",     "arm",     "treatment", "effect",    "expressed", "as",       "a",
        "mann",     "whitney", "estimate",  "interval",  "analysis",  "trial"};
    QStringList out;
    const int size = static_cast<int>(std::size(vocabulary));
    for (int i = 0; i < words; ++i) {
        out << QString::fromLatin1(vocabulary[(i * 7 + i / size) % size]);
    }
    return out.join(QLatin1Char(' '));
}

void BM_SearchPastedText(benchmark::State &state)
{
    const Catalogue &catalogue = catalogueOf(static_cast<int>(state.range(0)));
    const QString text = pastedText(4000);
    for (auto _ : state) {
        benchmark::DoNotOptimize(catalogue.search(text, 50).size());
    }
}

void BM_StudiesPastedTextFilter(benchmark::State &state)
{
    const Catalogue &catalogue = catalogueOf(static_cast<int>(state.range(0)));
    StudyFilter filter;
    filter.text = pastedText(4000);
    for (auto _ : state) {
        benchmark::DoNotOptimize(catalogue.studies(filter).size());
    }
}

void BM_ResultsOfOneOutcomeDomain(benchmark::State &state)
{
    const Catalogue &catalogue = catalogueOf(static_cast<int>(state.range(0)));
    ResultFilter filter;
    filter.domain = QStringLiteral("cognitive");
    for (auto _ : state) {
        benchmark::DoNotOptimize(catalogue.results(filter).size());
    }
}

BENCHMARK(BM_Open)->Apply(eb::bench::sizesOf<1000, 100000>)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListStudies)->Apply(eb::bench::sizesOf<1000, 100000>)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListStudiesFiltered)
    ->Apply(eb::bench::sizesOf<1000, 100000>)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StudiesTextFilter)
    ->Apply(eb::bench::sizesOf<1000, 100000>)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StudyDetail)->Apply(eb::bench::sizesOf<1000, 100000>)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchCommonWord)
    ->Apply(eb::bench::sizesOf<1000, 100000>)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchRareWord)
    ->Apply(eb::bench::sizesOf<1000, 100000>)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchPrefixWhileTyping)
    ->Apply(eb::bench::sizesOf<1000, 100000>)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchPastedText)
    ->Apply(eb::bench::sizesOf<1000, 100000>)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StudiesPastedTextFilter)
    ->Apply(eb::bench::sizesOf<1000, 100000>)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ResultsOfOneOutcomeDomain)
    ->Apply(eb::bench::sizesOf<1000, 100000>)
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_catalogues.clear();
    g_dir.reset();
    return 0;
}
