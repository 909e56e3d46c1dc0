#include "cli/common/commandparser.h"
#include "cli/common/commands.h"
#include "cli/common/statsoutput.h"
#include "cli/stats/methodsinput.h"
#include "stats/smallstudy.h"

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

QString pText(double p)
{
    return p < 1e-4 ? QStringLiteral("< .0001") : QStringLiteral("= ") + formatNumber(p);
}

// The Cochrane Handbook (section 13.3.5.4): tests for funnel plot asymmetry should be used
// only when there are at least 10 studies, as with fewer their power is too low to
// distinguish chance from real asymmetry.
QString lowPowerWarning(std::size_t k)
{
    return tr("Only %1 studies: with fewer than %2 these tests have little power to detect "
              "small-study effects (Cochrane Handbook, 13.3.5.4); a non-significant result "
              "does not show their absence.")
        .arg(k)
        .arg(eb::stats::kFewStudiesForBiasTests);
}

} // namespace

// evidence bias [--method FE|DL|REML] [--knha] [--json] FILE.csv
int runBiasCommand(const QStringList &arguments, Io &io)
{
    const QString name = arguments.value(0);
    CommandParser cli(
        name, io,
        tr("Small-study effects in a CSV of yi and vi (or sei): Egger's regression test "
           "(metafor regtest(), model \"rma\", predictor \"sei\"), the rank correlation test "
           "(ranktest()) and trim and fill (trimfill(), estimators L0 and R0)."));
    const QCommandLineOption methodOption(QStringLiteral("method"),
                                          tr("FE, DL or REML (default) for the models."),
                                          QStringLiteral("method"), QStringLiteral("REML"));
    const QCommandLineOption knhaOption(QStringLiteral("knha"),
                                        tr("Knapp-Hartung adjustment in regtest."));
    cli.options().addOption(methodOption);
    cli.options().addOption(knhaOption);
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
    const auto method = eb::stats::poolMethodFromKey(command->value(methodOption).toStdString());
    if (!method || *method == eb::stats::PoolMethod::PauleMandel) {
        return bad(io, name,
                   tr("--method: '%1' is not one of FE, DL, REML")
                       .arg(command->value(methodOption).left(20)));
    }
    QString error;
    const auto input = MethodsInput::read(command->positional.first(), io, &error);
    if (!input) {
        return bad(io, name, error);
    }
    std::vector<double> yi;
    std::vector<double> vi;
    if (!input->readYiVi(&yi, &vi, &error)) {
        return bad(io, name, error);
    }
    eb::stats::PoolOptions options;
    options.method = *method;
    options.knappHartung = command->isSet(knhaOption);
    auto fail = [&](const eb::stats::Error &e, const QString &test) {
        return bad(io, name,
                   tr("%1: %2: %3: %4")
                       .arg(input->where(), test, input->engineField(e.field), statsMessage(e)));
    };
    const auto reg = eb::stats::regTest(yi, vi, options);
    if (!reg) {
        return fail(reg.error(), QStringLiteral("regtest"));
    }
    const auto rank = eb::stats::rankTest(yi, vi);
    if (!rank) {
        return fail(rank.error(), QStringLiteral("ranktest"));
    }
    eb::stats::PoolOptions fillOptions = options;
    fillOptions.knappHartung = false;
    std::vector<eb::stats::TrimFillResult> fills;
    for (auto estimator : {eb::stats::TrimFillEstimator::L0, eb::stats::TrimFillEstimator::R0}) {
        const auto fill = eb::stats::trimFill(yi, vi, estimator, fillOptions);
        if (!fill) {
            return fail(fill.error(), QStringLiteral("trimfill"));
        }
        fills.push_back(*fill);
    }
    const std::size_t k = yi.size();
    const bool few = k < eb::stats::kFewStudiesForBiasTests;
    const QString statName = reg->df ? QStringLiteral("tval") : QStringLiteral("zval");
    if (command->json) {
        QJsonObject o;
        o.insert(QStringLiteral("k"), static_cast<qint64>(k));
        o.insert(QStringLiteral("method"),
                 QString::fromLatin1(eb::stats::poolMethodKey(*method).data()));
        o.insert(QStringLiteral("low_power_warning"),
                 few ? QJsonValue(lowPowerWarning(k)) : QJsonValue());
        QJsonObject r;
        r.insert(QStringLiteral("model"), QStringLiteral("rma"));
        r.insert(QStringLiteral("predictor"), QStringLiteral("sei"));
        r.insert(statName, reg->statistic);
        if (reg->df) {
            r.insert(QStringLiteral("df"), *reg->df);
        }
        r.insert(QStringLiteral("pval"), reg->p);
        r.insert(QStringLiteral("est"), reg->limitEstimate);
        r.insert(QStringLiteral("ci.lb"), reg->limitCiLow);
        r.insert(QStringLiteral("ci.ub"), reg->limitCiHigh);
        o.insert(QStringLiteral("regtest"), r);
        QJsonObject rk;
        rk.insert(QStringLiteral("tau"), rank->tau);
        rk.insert(QStringLiteral("pval"), rank->p);
        rk.insert(QStringLiteral("exact"), rank->exact);
        o.insert(QStringLiteral("ranktest"), rk);
        QJsonArray tf;
        for (const auto &f : fills) {
            QJsonObject t;
            t.insert(QStringLiteral("estimator"), f.estimator == eb::stats::TrimFillEstimator::L0
                                                      ? QStringLiteral("L0")
                                                      : QStringLiteral("R0"));
            t.insert(QStringLiteral("side"),
                     f.rightSide ? QStringLiteral("right") : QStringLiteral("left"));
            t.insert(QStringLiteral("k0"), static_cast<qint64>(f.k0));
            t.insert(QStringLiteral("se.k0"), f.seK0);
            t.insert(QStringLiteral("p.k0"), f.pK0 ? QJsonValue(*f.pK0) : QJsonValue());
            t.insert(QStringLiteral("estimate"), f.adjusted.estimate);
            t.insert(QStringLiteral("se"), f.adjusted.se);
            t.insert(QStringLiteral("ci.lb"), f.adjusted.ciLow);
            t.insert(QStringLiteral("ci.ub"), f.adjusted.ciHigh);
            t.insert(QStringLiteral("tau2"), f.adjusted.tau2);
            QJsonArray filled;
            for (std::size_t i = 0; i < f.filledYi.size(); ++i) {
                filled.append(QJsonObject{{QStringLiteral("yi"), f.filledYi[i]},
                                          {QStringLiteral("vi"), f.filledVi[i]}});
            }
            t.insert(QStringLiteral("filled"), filled);
            tf.append(t);
        }
        o.insert(QStringLiteral("trimfill"), tf);
        io.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        return ExitOk;
    }
    io.out << tr("Small-study effects, k = %1 (models: %2)\n\n")
                  .arg(k)
                  .arg(QString::fromLatin1(eb::stats::poolMethodKey(*method).data()));
    if (few) {
        io.out << tr("Warning: ") << lowPowerWarning(k) << "\n\n";
    }
    io.out << tr("Regression Test for Funnel Plot Asymmetry (regtest)\n"
                 "model: mixed-effects meta-regression model; predictor: standard error\n");
    io.out << (reg->df ? tr("test for funnel plot asymmetry: t = %1, df = %2, p = %3\n")
                             .arg(formatNumber(reg->statistic), formatNumber(*reg->df),
                                  formatNumber(reg->p))
                       : tr("test for funnel plot asymmetry: z = %1, p = %2\n")
                             .arg(formatNumber(reg->statistic), formatNumber(reg->p)));
    io.out << tr("limit estimate (as sei -> 0): b = %1 (CI: %2, %3)\n\n")
                  .arg(formatNumber(reg->limitEstimate), formatNumber(reg->limitCiLow),
                       formatNumber(reg->limitCiHigh));
    io.out << tr("Rank Correlation Test for Funnel Plot Asymmetry (ranktest)\n"
                 "Kendall's tau = %1, p = %2%3\n\n")
                  .arg(formatNumber(rank->tau), formatNumber(rank->p),
                       rank->exact ? QString() : tr(" (normal approximation: ties or k >= 50)"));
    for (const auto &f : fills) {
        io.out << tr("Trim and fill (trimfill), estimator %1\n")
                      .arg(f.estimator == eb::stats::TrimFillEstimator::L0 ? QStringLiteral("L0")
                                                                           : QStringLiteral("R0"));
        io.out << tr("Estimated number of missing studies on the %1 side: %2 (SE = %3)%4\n")
                      .arg(f.rightSide ? tr("right") : tr("left"))
                      .arg(f.k0)
                      .arg(formatNumber(f.seK0))
                      .arg(f.pK0 ? tr(", p-val %1").arg(pText(*f.pK0)) : QString());
        io.out << tr("estimate with filled studies %1, se %2, CI %3 to %4\n\n")
                      .arg(formatNumber(f.adjusted.estimate), formatNumber(f.adjusted.se),
                           formatNumber(f.adjusted.ciLow), formatNumber(f.adjusted.ciHigh));
    }
    return ExitOk;
}

} // namespace eb::cli
