#include "cli/common/commandparser.h"
#include "cli/common/commands.h"
#include "cli/common/statsoutput.h"
#include "cli/stats/methodsinput.h"
#include "output/textformats.h"
#include "stats/effectsize.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eb::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli", text);
}

// What escalc says of a table it corrected; no comma, so the CSV cell needs no quotes.
QString correctionNote()
{
    return tr("1/2 added to each cell (a cell was 0)");
}

// The 2x2 cells: ai, ci and either bi, di or n1i, n2i (then bi = n1i - ai, di = n2i - ci).
std::optional<std::vector<eb::stats::TwoByTwo>> readTables(const MethodsInput &input,
                                                           QString *error)
{
    const auto ai = input.numbers(QStringLiteral("ai"), error, 0.0);
    const auto ci = ai ? input.numbers(QStringLiteral("ci"), error, 0.0) : std::nullopt;
    if (!ci) {
        return std::nullopt;
    }
    const bool cells = input.has(QStringLiteral("bi")) || !input.has(QStringLiteral("n1i"));
    const auto second =
        input.numbers(cells ? QStringLiteral("bi") : QStringLiteral("n1i"), error, 0.0);
    const auto fourth =
        second ? input.numbers(cells ? QStringLiteral("di") : QStringLiteral("n2i"), error, 0.0)
               : std::nullopt;
    if (!fourth) {
        return std::nullopt;
    }
    std::vector<eb::stats::TwoByTwo> tables;
    for (std::size_t i = 0; i < ai->size(); ++i) {
        const double b = cells ? (*second)[i] : (*second)[i] - (*ai)[i];
        const double d = cells ? (*fourth)[i] : (*fourth)[i] - (*ci)[i];
        if (b < 0.0 || d < 0.0) {
            *error = tr("%1: %2, field %3: fewer patients than events")
                         .arg(input.where(), input.rowName(static_cast<qsizetype>(i) + 1),
                              b < 0.0 ? QStringLiteral("n1i") : QStringLiteral("n2i"));
            return std::nullopt;
        }
        tables.push_back(eb::stats::TwoByTwo{(*ai)[i], b, (*ci)[i], d});
    }
    return tables;
}

} // namespace

std::optional<std::vector<eb::stats::TwoByTwo>> readCountTables(const MethodsInput &input,
                                                                QString *error)
{
    return readTables(input, error);
}

// evidence escalc --measure RR|OR|RD|PETO|SMD|MD|ROM [--json] FILE.csv
int runEscalcCommand(const QStringList &arguments, Io &io)
{
    const QString name = arguments.value(0);
    CommandParser cli(
        name, io,
        tr("Effect sizes as metafor's escalc() computes them: RR, OR, RD, PETO (log scale for "
           "ratios) from the columns ai, bi, ci, di (or ai, n1i, ci, n2i); SMD (Hedges' g), "
           "MD, ROM from m1i, sd1i, n1i, m2i, sd2i, n2i. Writes label, yi, vi as CSV, which "
           "`evidence pool` reads. 1/2 is added to every cell of a table with a zero cell "
           "(metafor's add = 1/2, to = \"only0\"), and the row says so."));
    const QCommandLineOption measureOption(QStringLiteral("measure"),
                                           tr("RR, OR, RD, PETO, SMD, MD or ROM."),
                                           QStringLiteral("measure"));
    cli.options().addOption(measureOption);
    cli.addJsonOption(tr("Print one JSON object."));
    cli.options().addPositionalArgument(QStringLiteral("FILE"),
                                        tr("The CSV file, or - for stdin."));
    const auto command = cli.parse(arguments.mid(1));
    if (!command) {
        return cli.status();
    }
    if (command->positional.size() != 1) {
        return bad(io, name, tr("give exactly one CSV file (or - for standard input)"));
    }
    if (!command->isSet(measureOption)) {
        return bad(io, name, tr("--measure: give one of RR, OR, RD, PETO, SMD, MD, ROM"));
    }
    const auto measure =
        eb::stats::effectMeasureFromKey(command->value(measureOption).toStdString());
    if (!measure) {
        return bad(io, name,
                   tr("--measure: '%1' is not one of RR, OR, RD, PETO, SMD, MD, ROM")
                       .arg(command->value(measureOption).left(20)));
    }
    QString error;
    const auto input = MethodsInput::read(command->positional.first(), io, &error);
    if (!input) {
        return bad(io, name, error);
    }
    std::vector<eb::stats::EffectSize> effects;
    if (eb::stats::measureUsesCounts(*measure)) {
        const auto tables = readTables(*input, &error);
        if (!tables) {
            return bad(io, name, error);
        }
        for (std::size_t i = 0; i < tables->size(); ++i) {
            const auto e = eb::stats::effectFromCounts(*measure, (*tables)[i]);
            if (!e) {
                return bad(io, name,
                           tr("%1: %2, field %3: %4")
                               .arg(input->where(), input->rowName(static_cast<qsizetype>(i) + 1),
                                    QString::fromStdString(e.error().field),
                                    statsMessage(e.error())));
            }
            effects.push_back(*e);
        }
    } else {
        std::optional<std::vector<double>> columns[6];
        const char *names[6] = {"m1i", "sd1i", "n1i", "m2i", "sd2i", "n2i"};
        for (int c = 0; c < 6; ++c) {
            columns[c] = input->numbers(QLatin1String(names[c]), &error);
            if (!columns[c]) {
                return bad(io, name, error);
            }
        }
        for (std::size_t i = 0; i < columns[0]->size(); ++i) {
            const eb::stats::ArmSummary g1{(*columns[0])[i], (*columns[1])[i], (*columns[2])[i]};
            const eb::stats::ArmSummary g2{(*columns[3])[i], (*columns[4])[i], (*columns[5])[i]};
            const auto e = eb::stats::effectFromMeans(*measure, g1, g2);
            if (!e) {
                return bad(io, name,
                           tr("%1: %2, field %3: %4")
                               .arg(input->where(), input->rowName(static_cast<qsizetype>(i) + 1),
                                    QString::fromStdString(e.error().field),
                                    statsMessage(e.error())));
            }
            effects.push_back(*e);
        }
    }

    const QString measureKey = QString::fromLatin1(eb::stats::effectMeasureKey(*measure).data());
    if (command->json) {
        QJsonObject o;
        o.insert(QStringLiteral("measure"), measureKey);
        o.insert(QStringLiteral("log_scale"), eb::stats::measureIsLog(*measure));
        QJsonArray rows;
        for (std::size_t i = 0; i < effects.size(); ++i) {
            QJsonObject row;
            row.insert(QStringLiteral("row"), static_cast<qint64>(i + 1));
            row.insert(QStringLiteral("label"), input->labels().value(static_cast<qsizetype>(i)));
            row.insert(QStringLiteral("yi"), effects[i].yi);
            row.insert(QStringLiteral("vi"), effects[i].vi);
            row.insert(QStringLiteral("continuity_correction"),
                       effects[i].continuityCorrected ? QJsonValue(0.5) : QJsonValue());
            rows.append(row);
        }
        o.insert(QStringLiteral("rows"), rows);
        io.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        return ExitOk;
    }
    io.out << "label,yi,vi,note\n";
    for (std::size_t i = 0; i < effects.size(); ++i) {
        QString label = input->labels().value(static_cast<qsizetype>(i));
        if (label.isEmpty()) {
            label = QString::number(i + 1);
        }
        io.out << eb::output::csvField(label) << ',' << QString::number(effects[i].yi, 'g', 17)
               << ',' << QString::number(effects[i].vi, 'g', 17) << ','
               << (effects[i].continuityCorrected ? correctionNote() : QString()) << "\n";
    }
    return ExitOk;
}

} // namespace eb::cli
