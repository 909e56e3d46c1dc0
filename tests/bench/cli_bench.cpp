// The command line's own work, in-process: reading a CSV of k rows (parseCsv and the strict
// number parser, the path of `evidence pool` and `render forest --csv`), and the whole
// `evidence pool` command on a 100,000-row file (read, REML, JSON out) without the process
// start-up that hyperfine adds (docs/performance.md).
#include "benchsizes.h"
#include "cli/common/cli.h"
#include "cli/common/csvtable.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <cmath>
#include <random>

namespace {

QString poolCsv(int rows)
{
    // Heterogeneous (tau^2 = 0.08), as stats_bench: REML has a tau^2 to find.
    std::mt19937 random(42);
    std::normal_distribution<double> standard(0.0, 1.0);
    std::uniform_real_distribution<double> variance(0.01, 0.5);
    QString text = QStringLiteral("label,yi,vi\n");
    for (int i = 0; i < rows; ++i) {
        const double vi = variance(random);
        const double yi =
            0.3 + std::sqrt(0.08) * standard(random) + std::sqrt(vi) * standard(random);
        text += QStringLiteral("Study %1,%2,%3\n").arg(i + 1).arg(yi, 0, 'f', 4).arg(vi, 0, 'f', 4);
    }
    return text;
}

void BM_ReadCsv(benchmark::State &state)
{
    const QString text = poolCsv(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        eb::cli::CsvError error;
        const auto table = eb::cli::parseCsv(text, &error);
        double sum = 0;
        QString why;
        for (const eb::cli::CsvRecord &record : table->rows) {
            sum += eb::cli::parseNumber(record.fields.at(1), &why).value_or(0);
        }
        benchmark::DoNotOptimize(sum);
    }
    state.SetBytesProcessed(state.iterations() * text.size());
}

void BM_PoolCommand(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("pool.csv"));
    {
        QFile out(file);
        out.open(QIODevice::WriteOnly);
        out.write(poolCsv(static_cast<int>(state.range(0))).toUtf8());
    }
    for (auto _ : state) {
        QString outText;
        QString errText;
        QString inText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        QTextStream in(&inText);
        eb::cli::Io io{out, err, in};
        const int status = eb::cli::run(
            {QStringLiteral("evidence"), QStringLiteral("pool"), QStringLiteral("--json"), file},
            io);
        out.flush();
        if (status != 0) {
            state.SkipWithError("evidence pool failed");
            break;
        }
        benchmark::DoNotOptimize(outText);
    }
}

void sizes(benchmark::internal::Benchmark *b)
{
    eb::bench::sizes(b, {1000, 10000, 100000});
}

BENCHMARK(BM_ReadCsv)->Apply(sizes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PoolCommand)->Apply(sizes)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
