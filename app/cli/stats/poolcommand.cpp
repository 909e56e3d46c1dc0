#include "cli/common/commandparser.h"
#include "cli/common/commands.h"
#include "cli/common/csvtable.h"
#include "cli/common/statsoutput.h"
#include "cli/stats/methodsinput.h"
#include "evidence/format.h"
#include "output/messagetext.h"
#include "stats/metaanalysis.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <vector>

namespace eb::cli {
namespace {

// Writes a long text (a table of 100,000 rows) to out: encoded once and written straight to
// out's device, where QTextStream would copy it and encode it in small pieces. A failed write
// sets out's status, as QTextStream's own would.
void writeWhole(QTextStream &out, const QString &text)
{
    QIODevice *device = out.device();
    if (device == nullptr || out.encoding() != QStringConverter::Utf8 ||
        out.status() != QTextStream::Ok) {
        out << text; // a stream on a string, or one already failed: its own way
        return;
    }
    out.flush(); // what came before goes first
    const QByteArray bytes = text.toUtf8();
    if (device->write(bytes) != bytes.size()) {
        out.setStatus(QTextStream::WriteFailed);
    }
}

struct Studies
{
    std::vector<double> yi;
    std::vector<double> vi;
    QStringList labels;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli", text);
}

QString methodTitle(eb::stats::PoolMethod method)
{
    switch (method) {
    case eb::stats::PoolMethod::FixedEffect:
        return tr("Fixed-effect model (inverse variance)");
    case eb::stats::PoolMethod::DerSimonianLaird:
        return tr("Random-effects model (DerSimonian-Laird)");
    case eb::stats::PoolMethod::Reml:
        return tr("Random-effects model (REML)");
    case eb::stats::PoolMethod::PauleMandel:
        return tr("Random-effects model (Paule-Mandel)");
    }
    return {};
}

QString pValue(double p)
{
    return p < 1e-4 ? QStringLiteral("< 0.0001") : QStringLiteral("= ") + formatNumber(p);
}

} // namespace

// evidence pool [--method FE|DL|REML|PM] [--knha] [--level 95] [--json] FILE.csv
int runPoolCommand(const QStringList &arguments, Io &io)
{
    // The catalogue form (poolresultscommand.cpp): results by id, checked before pooling.
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--results") ||
            argument.startsWith(QLatin1String("--results="))) {
            return runPoolResultsCommand(arguments, io);
        }
    }
    if (wantsPoolMethods(arguments)) {
        return runPoolMethodsCommand(arguments, io);
    }
    CommandParser cli(
        arguments.value(0), io,
        tr("Meta-analysis of a CSV file with the columns yi and vi (or sei) and an optional "
           "label, as metafor's rma() and predict() compute it. '-' reads standard input. "
           "Also: --method MH|PETO --measure RR|OR|RD on counts, --leave-one-out, --influence, "
           "--cumulative [--order COLUMN], --subgroup COLUMN, --mods COLUMN[,COLUMN]."));
    const QCommandLineOption methodOption(QStringLiteral("method"),
                                          tr("FE, DL, REML (default) or PM."),
                                          QStringLiteral("method"), QStringLiteral("REML"));
    const QCommandLineOption knhaOption(QStringLiteral("knha"),
                                        tr("Knapp-Hartung adjustment (t with k - 1 df)."));
    const QCommandLineOption levelOption(QStringLiteral("level"),
                                         tr("Confidence level in percent (default 95)."),
                                         QStringLiteral("percent"), QStringLiteral("95"));
    cli.options().addOptions({methodOption, knhaOption, levelOption});
    cli.addJsonOption(tr("Print one JSON object."));
    cli.options().addPositionalArgument(QStringLiteral("FILE"),
                                        tr("The CSV file, or - for stdin."));
    const auto command = cli.parse(arguments.mid(1));
    if (!command) {
        return cli.status();
    }
    const QStringList files = command->positional;
    if (files.size() != 1) {
        return command->bad(tr("give exactly one CSV file (or - for standard input)"));
    }
    const auto method = eb::stats::poolMethodFromKey(command->value(methodOption).toStdString());
    if (!method) {
        return command->bad(tr("--method: '%1' is not one of FE, DL, REML, PM")
                                .arg(eb::output::elidedInput(command->value(methodOption))));
    }
    QString error;
    const auto level = numberOption(QStringLiteral("--level"), command->value(levelOption), &error);
    if (!level || *level <= 1.0 || *level >= 100.0) {
        return command->bad(level ? tr("--level: give the level in percent, above 1 and below 100")
                                  : error);
    }

    // The one reader of yi/vi files (methodsinput.h), shared with the methods commands.
    const auto input = MethodsInput::read(files.first(), io, &error);
    if (!input) {
        return command->bad(error);
    }
    Studies studies;
    studies.labels = input->labels();
    if (!input->readYiVi(&studies.yi, &studies.vi, &error)) {
        return command->bad(error);
    }

    eb::stats::PoolOptions options;
    options.method = *method;
    options.knappHartung = command->isSet(knhaOption);
    options.level = *level / 100.0;
    const auto r = eb::stats::pool(studies.yi, studies.vi, options);
    if (!r) {
        // "row N, vi" or "k" from the engine: named the way the reader names rows.
        QString field = input->engineField(r.error().field);
        if (field == QLatin1String("knha") || field == QLatin1String("method") ||
            field == QLatin1String("level")) {
            field.prepend(QLatin1String("--"));
        }
        return command->bad(input->where() + QStringLiteral(": ") + field + QStringLiteral(": ") +
                            statsMessage(r.error()));
    }

    const QString statName = r->knappHartung ? QStringLiteral("t") : QStringLiteral("z");
    if (command->json) {
        QJsonObject o;
        o.insert(QStringLiteral("k"), static_cast<qint64>(r->k));
        o.insert(QStringLiteral("method"),
                 QString::fromLatin1(eb::stats::poolMethodKey(r->method).data()));
        o.insert(QStringLiteral("estimate"), r->estimate);
        o.insert(QStringLiteral("se"), r->se);
        o.insert(QStringLiteral("ci_low"), r->ciLow);
        o.insert(QStringLiteral("ci_high"), r->ciHigh);
        o.insert(statName, r->statistic);
        o.insert(QStringLiteral("p"), r->p);
        o.insert(QStringLiteral("tau2"), r->tau2);
        o.insert(QStringLiteral("tau"), r->tau);
        o.insert(QStringLiteral("i2"), r->i2);
        o.insert(QStringLiteral("h2"), r->h2);
        o.insert(QStringLiteral("q"), r->q);
        o.insert(QStringLiteral("q_df"), r->qDf);
        o.insert(QStringLiteral("q_p"), r->qP);
        o.insert(QStringLiteral("pi_low"), r->piLow);
        o.insert(QStringLiteral("pi_high"), r->piHigh);
        // The weights (one per row: 100,000 for a large file) are written straight into the
        // text, in the number format QJsonDocument uses: a QJsonArray of them cost more than
        // the pooling. A marker holds their place among the object's sorted keys.
        const QString marker = QStringLiteral("weights-marker");
        o.insert(QStringLiteral("weights"), marker);
        QByteArray weights("[");
        weights.reserve(static_cast<qsizetype>(r->weightsPercent.size()) * 22 + 2);
        for (std::size_t i = 0; i < r->weightsPercent.size(); ++i) {
            const double w = r->weightsPercent[i];
            if (i > 0) {
                weights += ',';
            }
            weights += std::isfinite(w) ? QByteArray::number(w, 'g', QLocale::FloatingPointShortest)
                                        : QByteArray("null");
        }
        weights += ']';
        QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
        json.replace('"' + marker.toLatin1() + '"', weights);
        io.out << json << "\n";
        return ExitOk;
    }

    const QString levelText = eb::evidence::formatCiLevel(*level);
    io.out << methodTitle(r->method)
           << (r->knappHartung ? tr(", Knapp-Hartung adjustment") : QString())
           << tr(", k = %1\n\n").arg(r->k);
    io.out << tr("estimate %1   se %2   %3% CI %4 to %5\n")
                  .arg(formatNumber(r->estimate), formatNumber(r->se), levelText,
                       formatNumber(r->ciLow), formatNumber(r->ciHigh));
    io.out << (r->knappHartung
                   ? tr("t(%1) = %2, p %3\n")
                         .arg(formatNumber(*r->df), formatNumber(r->statistic), pValue(r->p))
                   : tr("z = %1, p %2\n").arg(formatNumber(r->statistic), pValue(r->p)));
    io.out << tr("tau^2 %1   tau %2   I^2 %3%   H^2 %4\n")
                  .arg(formatNumber(r->tau2), formatNumber(r->tau), formatNumber(r->i2),
                       formatNumber(r->h2));
    io.out << tr("Q(df = %1) = %2, p %3\n")
                  .arg(formatNumber(r->qDf), formatNumber(r->q), pValue(r->qP));
    io.out << tr("%1% prediction interval %2 to %3\n\n")
                  .arg(levelText, formatNumber(r->piLow), formatNumber(r->piHigh));
    io.out << tr("row  label                           yi            vi        weight %\n");
    // One string for the whole table (a row per study: 100,000 for a large file), built
    // without a temporary per cell and written once.
    static constexpr char kSpaces[] = "                                ";
    const auto padded = [](QString &into, qsizetype width, auto cell, bool right) {
        const qsizetype pad = std::clamp<qsizetype>(width - cell.size(), 0, sizeof(kSpaces) - 1);
        if (!right) {
            into += cell;
        }
        into += QLatin1StringView(kSpaces, pad);
        if (right) {
            into += cell;
        }
    };
    QString rows;
    rows.reserve(static_cast<qsizetype>(r->k) * 84);
    for (std::size_t i = 0; i < r->k; ++i) {
        std::array<char, 24> number{};
        const auto end = std::to_chars(number.data(), number.data() + number.size(), i + 1).ptr;
        padded(rows, 3, QLatin1StringView(number.data(), end - number.data()), true);
        rows += QLatin1StringView("  ");
        const auto row = static_cast<qsizetype>(i);
        padded(rows, 30,
               row < studies.labels.size() ? QStringView(studies.labels.at(row)).left(30)
                                           : QStringView(),
               false);
        rows += QLatin1Char(' ');
        padded(rows, 12, QStringView(formatNumber(studies.yi[i])), true);
        rows += QLatin1Char(' ');
        padded(rows, 12, QStringView(formatNumber(studies.vi[i])), true);
        rows += QLatin1Char(' ');
        padded(rows, 12, QStringView(formatNumber(r->weightsPercent[i])), true);
        rows += QLatin1Char('\n');
    }
    writeWhole(io.out, rows);
    return ExitOk;
}

} // namespace eb::cli
