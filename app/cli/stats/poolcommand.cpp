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

// Writes UTF-8 text (a piece of a table of 100,000 rows) to out: straight to out's device,
// where QTextStream would take a QString and encode it in small pieces. A failed write sets
// out's status, as QTextStream's own would.
void writeUtf8(QTextStream &out, const QByteArray &bytes)
{
    QIODevice *device = out.device();
    if (device == nullptr || out.encoding() != QStringConverter::Utf8 ||
        out.status() != QTextStream::Ok) {
        out << QString::fromUtf8(bytes); // a stream on a string, or one already failed
        return;
    }
    out.flush(); // what came before goes first
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
    // The table (a row per study: 100,000 for a large file) is built as UTF-8, without a
    // QString per cell, and written in pieces of 64 kB: an 18 MB UTF-16 text and its 9 MB
    // encoding cost more than the pooling. Widths count UTF-16 code units, as QString's
    // size() does (a label is cut at 30 of them). A line takes at most 20 + 2 + 90 + 3 x (1 + 13)
    // + 1 bytes (a row number of 20 digits, a number of 13: -1.23457e+100).
    // Each line is laid out in a buffer on the stack and appended whole.
    struct Line
    {
        std::array<char, 256> bytes{};
        std::size_t size = 0;
        void pad(qsizetype width, qsizetype used)
        {
            for (qsizetype i = used; i < width; ++i) {
                bytes[size++] = ' ';
            }
        }
        void add(const char *text, qsizetype length)
        {
            std::copy(text, text + length, bytes.begin() + static_cast<std::ptrdiff_t>(size));
            size += static_cast<std::size_t>(length);
        }
        void number(double value) // right-aligned in 12, after a space
        {
            NumberText text;
            const qsizetype length = formatNumberUtf8(value, text);
            bytes[size++] = ' ';
            // The text is ASCII but for the dash of a non-finite value: one code unit.
            pad(12, text[0] == '\xe2' ? 1 : length);
            add(text.data(), length);
        }
    };
    constexpr qsizetype kPiece = qsizetype{64} * 1024;
    QByteArray rows;
    rows.reserve(kPiece + 256);
    Line line;
    for (std::size_t i = 0; i < r->k; ++i) {
        line.size = 0;
        std::array<char, 24> digits{};
        const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), i + 1).ptr;
        line.pad(3, end - digits.data());
        line.add(digits.data(), end - digits.data());
        line.add("  ", 2);
        const auto row = static_cast<qsizetype>(i);
        const QStringView label = row < studies.labels.size()
                                      ? QStringView(studies.labels.at(row)).left(30)
                                      : QStringView();
        if (std::all_of(label.begin(), label.end(), [](QChar c) { return c.unicode() < 0x80; })) {
            for (const QChar c : label) {
                line.bytes[line.size++] = static_cast<char>(c.unicode());
            }
        } else { // at most 30 code units: 90 bytes
            const QByteArray utf8 = label.toUtf8();
            line.add(utf8.constData(), utf8.size());
        }
        line.pad(30, label.size());
        line.number(studies.yi[i]);
        line.number(studies.vi[i]);
        line.number(r->weightsPercent[i]);
        line.bytes[line.size++] = '\n';
        rows.append(line.bytes.data(), static_cast<qsizetype>(line.size));
        if (rows.size() >= kPiece) {
            writeUtf8(io.out, rows);
            rows.resize(0); // keeps its capacity
        }
    }
    writeUtf8(io.out, rows);
    return ExitOk;
}

} // namespace eb::cli
