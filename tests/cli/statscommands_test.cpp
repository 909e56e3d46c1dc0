// The statistics commands of `evidence` (convert, smd, pool), called in-process with
// string-backed streams: JSON keys and values, and one stderr line + exit 2 for bad input.
#include "cli/common/cli.h"
#include "cli/common/statsoutput.h"
#include "commandrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <bit>
#include <cmath>
#include <gtest/gtest.h>
#include <iomanip>
#include <limits>
#include <random>

namespace {

using eb::test::CommandRun;
using eb::test::evidence;

QJsonObject json(const CommandRun &run)
{
    return eb::test::jsonOf(run);
}

void expectNoNanOrInf(const CommandRun &run)
{
    for (const QString &text : {run.out, run.err}) {
        EXPECT_FALSE(text.contains(QLatin1String("nan"), Qt::CaseInsensitive))
            << text.toStdString();
        EXPECT_FALSE(text.contains(QLatin1String("inf"), Qt::CaseSensitive) &&
                     !text.contains(QLatin1String("infinit")))
            << text.toStdString();
    }
}

// Bad input: exit 2, nothing on stdout, exactly one line on stderr that contains `mentions`
// (it may quote the offending text, e.g. "nan", back to the user).
void expectBadInput(const CommandRun &run, const QStringList &mentions)
{
    EXPECT_EQ(run.status, eb::cli::ExitBadInput) << run.out.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_TRUE(run.err.endsWith(QLatin1Char('\n')));
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
    for (const QString &m : mentions) {
        EXPECT_TRUE(run.err.contains(m))
            << "'" << m.toStdString() << "' not in " << run.err.toStdString();
    }
}

QString bcgCsv()
{
    QFile file(QStringLiteral(EB_SOURCE_DIR "/tests/stats/fixtures/pool_datasets.csv"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QString csv = QStringLiteral("label,yi,vi\n");
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QStringList f = line.split(QLatin1Char(','));
        if (f.value(0) == QLatin1String("bcg")) {
            csv += QStringLiteral("\"Trial %1, BCG\",%2,%3\n").arg(f[1], f[2], f[3]);
        }
    }
    return csv;
}

} // namespace

TEST(ConvertCommand, JsonCarriesEveryMetricWithCi)
{
    const CommandRun run = evidence({"convert", "--from", "mw", "--value", "0.59", "--ci", "0.52",
                                     "0.66", "--cer", "0.3", "--json"});
    ASSERT_EQ(run.status, eb::cli::ExitOk) << run.err.toStdString();
    const QJsonObject o = json(run);
    EXPECT_EQ(o.value("from").toString(), "mw");
    QSet<QString> keys;
    for (const QJsonValue &m : o.value("metrics").toArray()) {
        const QJsonObject row = m.toObject();
        keys.insert(row.value("key").toString());
        EXPECT_FALSE(row.value("formula").toString().isEmpty());
        EXPECT_LE(row.value("ci_low").toDouble(), row.value("estimate").toDouble());
        EXPECT_GE(row.value("ci_high").toDouble(), row.value("estimate").toDouble());
        EXPECT_EQ(row.value("derived").toBool(), row.value("key").toString() != "mw");
        if (row.value("key").toString() == "d") {
            EXPECT_NEAR(row.value("estimate").toDouble(), 0.32179719201578255, 1e-13);
        }
    }
    EXPECT_EQ(keys, (QSet<QString>{"mw", "d", "log_or", "or", "u3", "ovl"}));
    const QJsonObject nnt = o.value("nnt").toObject();
    EXPECT_EQ(nnt.value("kind").toString(), "benefit");
    EXPECT_NEAR(nnt.value("value").toDouble(), 1.0 / 0.18, 1e-9);
    EXPECT_TRUE(o.contains("nnt_furukawa"));
    EXPECT_TRUE(o.value("assumption").toString().contains("equal variance"));
    EXPECT_EQ(o.value("mw_band").toString(), "small-to-medium superiority");
}

TEST(ConvertCommand, TextShowsFormulaAssumptionAndInfiniteNnt)
{
    const CommandRun run =
        evidence({"convert", "--from", "d", "--value", "0", "--ci", "-0.2", "0.3"});
    ASSERT_EQ(run.status, eb::cli::ExitOk) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("MW = Phi(d / sqrt(2))"));
    EXPECT_TRUE(run.out.contains("Assumption:"));
    EXPECT_TRUE(run.out.contains("derived"));
    EXPECT_TRUE(run.out.contains("to infinity to NNTH"));
    expectNoNanOrInf(run);
}

TEST(ConvertCommand, NegativeValuesAndLogOr)
{
    const CommandRun run = evidence({"convert", "--from", "logor", "--value", "-0.5", "--json"});
    ASSERT_EQ(run.status, eb::cli::ExitOk) << run.err.toStdString();
    EXPECT_EQ(json(run).value("nnt").toObject().value("kind").toString(), "harm");
}

TEST(ConvertCommand, BadInput)
{
    expectBadInput(evidence({"convert", "--from", "mw", "--value", "1.2"}), {"--value", "MW"});
    expectBadInput(evidence({"convert", "--from", "mw", "--value", "0"}), {"--value"});
    expectBadInput(evidence({"convert", "--from", "mw", "--value", "0.6", "--ci", "0.62", "0.7"}),
                   {"--ci", "does not contain"});
    expectBadInput(evidence({"convert", "--from", "or", "--value", "-1"}), {"--value"});
    expectBadInput(evidence({"convert", "--from", "or", "--value", "0"}), {"--value"});
    expectBadInput(evidence({"convert", "--from", "d", "--value", "abc"}), {"--value", "abc"});
    expectBadInput(evidence({"convert", "--from", "d", "--value", "0,5"}), {"--value", "comma"});
    expectBadInput(evidence({"convert", "--from", "d", "--value", "nan"}), {"--value"});
    expectBadInput(evidence({"convert", "--from", "auc", "--value", "0.6"}), {"--from"});
    expectBadInput(evidence({"convert", "--from", "d", "--value", "0.3", "--ci", "0.1"}), {"--ci"});
    expectBadInput(evidence({"convert", "--from", "d", "--value", "0.3", "--cer", "1.5"}),
                   {"--cer"});
    expectBadInput(evidence({"convert", "--value", "0.3"}), {"--from"});
    // A 100 KB value is quoted as a short excerpt, not echoed (it was, whole).
    const QString huge = QStringLiteral("1") + QString(100000, QLatin1Char('x'));
    const CommandRun longValue =
        eb::test::evidence({QStringLiteral("convert"), QStringLiteral("--from"),
                            QStringLiteral("d"), QStringLiteral("--value"), huge});
    expectBadInput(longValue, {"--value", "1xxx"});
    EXPECT_LT(longValue.err.size(), 200) << longValue.err.left(300).toStdString();
    const CommandRun longLevel = eb::test::evidence(
        {QStringLiteral("smd"), QStringLiteral("--m1"), QStringLiteral("1"),
         QStringLiteral("--sd1"), QStringLiteral("1"), QStringLiteral("--n1"), QStringLiteral("10"),
         QStringLiteral("--m2"), QStringLiteral("0"), QStringLiteral("--sd2"), QStringLiteral("1"),
         QStringLiteral("--n2"), QStringLiteral("10"), QStringLiteral("--level"), huge});
    expectBadInput(longLevel, {"--level"});
    EXPECT_LT(longLevel.err.size(), 200) << longLevel.err.left(300).toStdString();
}

QString lineStartingWith(const QString &text, const QString &start)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(start)) {
            return line;
        }
    }
    return {};
}

TEST(ConvertCommand, OverflowingDerivedValuesAreNamedNotPrintedAsInf)
{
    for (const QStringList &args :
         {QStringList{"convert", "--from", "logor", "--value", "800"},
          QStringList{"convert", "--from", "d", "--value", "1e10"},
          QStringList{"convert", "--from", "d", "--value", "0.5", "--ci", "-1e308", "1e308"}}) {
        const CommandRun run = evidence(args);
        ASSERT_EQ(run.status, eb::cli::ExitOk) << run.err.toStdString();
        expectNoNanOrInf(run);
        EXPECT_TRUE(lineStartingWith(run.out, "odds ratio").contains("too large to show") ||
                    lineStartingWith(run.out, "log odds ratio").contains("too large to show"))
            << run.out.toStdString();
    }
    const CommandRun tiny = evidence({"convert", "--from", "logor", "--value", "-800"});
    ASSERT_EQ(tiny.status, eb::cli::ExitOk);
    EXPECT_TRUE(lineStartingWith(tiny.out, "odds ratio").contains("too small to show"))
        << tiny.out.toStdString();

    const CommandRun run = evidence({"convert", "--from", "logor", "--value", "800", "--json"});
    ASSERT_EQ(run.status, eb::cli::ExitOk);
    bool sawOr = false;
    for (const QJsonValue &m : json(run).value("metrics").toArray()) {
        const QJsonObject row = m.toObject();
        if (row.value("key").toString() == "or") {
            sawOr = true;
            EXPECT_TRUE(row.value("estimate").isNull());
            EXPECT_TRUE(row.value("reason").toString().contains("estimate too large to show"))
                << row.value("reason").toString().toStdString();
        } else {
            EXPECT_FALSE(row.contains("reason")) << row.value("key").toString().toStdString();
        }
    }
    EXPECT_TRUE(sawOr);
}

// MW = 1 is refused as input, so a derived MW must not print as 1 either.
TEST(ConvertCommand, ProbabilitiesThatRoundToTheBoundaryShowABound)
{
    const CommandRun run = evidence({"convert", "--from", "d", "--value", "40"});
    ASSERT_EQ(run.status, eb::cli::ExitOk);
    EXPECT_TRUE(lineStartingWith(run.out, "Mann-Whitney").contains("> 0.999999"))
        << run.out.toStdString();
    EXPECT_TRUE(lineStartingWith(run.out, "Cohen's U3").contains("> 0.999999"));
    const CommandRun low = evidence({"convert", "--from", "d", "--value", "-1e10"});
    ASSERT_EQ(low.status, eb::cli::ExitOk);
    EXPECT_TRUE(lineStartingWith(low.out, "Mann-Whitney").contains("< 0.000001"))
        << low.out.toStdString();
    const CommandRun input = evidence({"convert", "--from", "mw", "--value", "0.9999999"});
    ASSERT_EQ(input.status, eb::cli::ExitOk);
    EXPECT_TRUE(input.out.startsWith("Input: mw = > 0.999999")) << input.out.toStdString();
    // OVL is exactly 1 at d = 0 and shown so.
    const CommandRun zero = evidence({"convert", "--from", "d", "--value", "0"});
    EXPECT_TRUE(lineStartingWith(zero.out, "overlap").contains(" 1 ")) << zero.out.toStdString();
}

TEST(SmdCommand, JsonMatchesMetaforEscalc)
{
    // fixtures/escalc_smd.csv row 1 (CASI, 16/16): yi 0.7788013689985791, vi 0.13447705581803221.
    const CommandRun run = evidence({"smd", "--m1", "21.0", "--sd1", "20.4", "--n1", "16", "--m2",
                                     "7.6", "--sd2", "12.1", "--n2", "16", "--json"});
    ASSERT_EQ(run.status, eb::cli::ExitOk) << run.err.toStdString();
    const QJsonObject o = json(run);
    EXPECT_NEAR(o.value("g").toDouble(), 0.7788013689985791, 1e-12);
    EXPECT_NEAR(o.value("variance").toDouble(), 0.13447705581803221, 1e-12);
    EXPECT_NEAR(o.value("se").toDouble(), std::sqrt(0.13447705581803221), 1e-12);
    EXPECT_NEAR(o.value("ci_low").toDouble(),
                0.7788013689985791 - 1.959963984540054 * std::sqrt(0.13447705581803221), 1e-12);
    EXPECT_GT(o.value("d").toDouble(), o.value("g").toDouble());
    for (const char *key : {"d", "g", "variance", "se", "ci_low", "ci_high", "correction"}) {
        EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
    }
}

TEST(SmdCommand, NegativeMeansAndBadInput)
{
    const CommandRun ok = evidence({"smd", "--m1", "-3", "--sd1", "4", "--n1", "60", "--m2", "-1",
                                    "--sd2", "5", "--n2", "55", "--json"});
    ASSERT_EQ(ok.status, eb::cli::ExitOk) << ok.err.toStdString();
    EXPECT_NEAR(json(ok).value("g").toDouble(), -0.44093330718729001, 1e-12);
    expectBadInput(
        evidence({"smd", "--m1", "1", "--sd1", "1", "--n1", "10", "--m2", "0", "--sd2", "1"}),
        {"--n2"});
    expectBadInput(evidence({"smd", "--m1", "1", "--sd1", "-1", "--n1", "10", "--m2", "0", "--sd2",
                             "1", "--n2", "10"}),
                   {"--sd1"});
    expectBadInput(evidence({"smd", "--m1", "x", "--sd1", "1", "--n1", "10", "--m2", "0", "--sd2",
                             "1", "--n2", "10"}),
                   {"--m1"});
}

TEST(SmdCommand, GroupSizesAreWholeAndHugeSdsOverflowClearly)
{
    expectBadInput(evidence({"smd", "--m1", "1", "--sd1", "1", "--n1", "2.5", "--m2", "0", "--sd2",
                             "1", "--n2", "10"}),
                   {"--n1", "whole number", "2.5"});
    expectBadInput(evidence({"smd", "--m1", "1", "--sd1", "1", "--n1", "10", "--m2", "0", "--sd2",
                             "1", "--n2", "1e1.5"}),
                   {"--n2"});
    expectBadInput(evidence({"smd", "--m1", "1", "--sd1", "1", "--n1", "10", "--m2", "0", "--sd2",
                             "1", "--n2", "10.01"}),
                   {"--n2", "whole number"});
    const CommandRun huge = evidence({"smd", "--m1", "1", "--sd1", "1e200", "--n1", "10", "--m2",
                                      "0", "--sd2", "1e200", "--n2", "10"});
    expectBadInput(huge, {"--sd1", "overflow"});
    EXPECT_FALSE(huge.err.contains("is 0")) << huge.err.toStdString();
    // 1e1 is a whole number written with an exponent.
    EXPECT_EQ(evidence({"smd", "--m1", "1", "--sd1", "1", "--n1", "1e1", "--m2", "0", "--sd2", "1",
                        "--n2", "10"})
                  .status,
              eb::cli::ExitOk);
}

TEST(PoolCommand, JsonKeysAndBcgValues)
{
    const CommandRun run = evidence({"pool", "--json", "-"}, bcgCsv());
    ASSERT_EQ(run.status, eb::cli::ExitOk) << run.err.toStdString();
    const QJsonObject o = json(run);
    const QStringList expected{"k", "method", "estimate", "se",     "ci_low",  "ci_high",
                               "z", "p",      "tau2",     "tau",    "i2",      "h2",
                               "q", "q_df",   "q_p",      "pi_low", "pi_high", "weights"};
    QStringList keys = o.keys();
    QStringList sortedExpected = expected;
    keys.sort();
    sortedExpected.sort();
    EXPECT_EQ(keys, sortedExpected);
    EXPECT_EQ(o.value("k").toInt(), 13);
    EXPECT_EQ(o.value("method").toString(), "REML");
    EXPECT_NEAR(o.value("tau2").toDouble(), 0.3132433, 5e-8);
    EXPECT_NEAR(o.value("estimate").toDouble(), -0.7145323, 5e-8);
    EXPECT_NEAR(o.value("se").toDouble(), 0.1797815, 5e-8);
    EXPECT_NEAR(o.value("i2").toDouble(), 92.221384521276121, 1e-6); // percent
    EXPECT_NEAR(o.value("pi_low").toDouble(), -1.8666922179034797, 1e-7);
    const QJsonArray weights = o.value("weights").toArray();
    ASSERT_EQ(weights.size(), 13);
    double total = 0.0;
    for (const QJsonValue &w : weights) {
        total += w.toDouble();
    }
    EXPECT_NEAR(total, 100.0, 1e-9);
}

TEST(PoolCommand, KnhaUsesTAndMethodsAndFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("bcg.csv");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bcgCsv().toUtf8());
    file.close();
    const CommandRun run = evidence({"pool", "--method", "DL", "--knha", "--json", path});
    ASSERT_EQ(run.status, eb::cli::ExitOk) << run.err.toStdString();
    const QJsonObject o = json(run);
    EXPECT_TRUE(o.contains("t"));
    EXPECT_FALSE(o.contains("z"));
    EXPECT_NEAR(o.value("tau2").toDouble(), 0.3087603, 5e-8);
    // metafor: rma(yi, vi, data = bcg, method = "DL", test = "knha") se 0.18069662833554737.
    EXPECT_NEAR(o.value("se").toDouble(), 0.18069662833554737, 1e-10);
    const CommandRun text = evidence({"pool", "--method", "PM", "--level", "90", path});
    ASSERT_EQ(text.status, eb::cli::ExitOk);
    EXPECT_TRUE(text.out.contains("Paule-Mandel"));
    EXPECT_TRUE(text.out.contains("90% CI"));
    EXPECT_TRUE(text.out.contains("Trial 1, BCG")); // a quoted label with a comma
    expectNoNanOrInf(text);
}

TEST(PoolCommand, SeiColumnAndCrlf)
{
    const CommandRun run =
        evidence({"pool", "--method", "FE", "--json", "-"}, "yi,sei\r\n1.0,0.5\r\n3.0,1.0\r\n");
    ASSERT_EQ(run.status, eb::cli::ExitOk) << run.err.toStdString();
    EXPECT_DOUBLE_EQ(json(run).value("estimate").toDouble(), 1.4);
}

TEST(PoolCommand, BadInputNamesRowAndField)
{
    expectBadInput(evidence({"pool", "-"}, "yi,vi\n0.1,0.2\nabc,0.1\n"), {"row 2", "yi", "abc"});
    expectBadInput(evidence({"pool", "-"}, "label,yi,vi\nA,0.1,0.2\nB,0.3,-0.1\n"),
                   {"row 2", "\"B\"", "vi"});
    expectBadInput(evidence({"pool", "-"}, "yi,vi\n0.1,0.2\n0.3,0\n"), {"row 2", "vi"});
    expectBadInput(evidence({"pool", "-"}, "yi,se\n0.1,0.2\n"), {"missing column", "vi"});
    expectBadInput(evidence({"pool", "-"}, "est,vi\n0.1,0.2\n"), {"missing column", "yi"});
    expectBadInput(evidence({"pool", "-"}, ""), {"empty"});
    expectBadInput(evidence({"pool", "-"}, "yi,vi\n"), {"no data rows"});
    expectBadInput(evidence({"pool", "-"}, "yi,vi\n0.1,0.2\n"), {"k = 1"});
    expectBadInput(evidence({"pool", "--method", "PM", "-"}, "yi,vi\n0.1,0.2\n"), {"k = 1"});
    expectBadInput(evidence({"pool", "-"}, "yi,vi\n0,5,0.1\n0.2,0.1\n"),
                   {"row 1", "decimal comma"});
    expectBadInput(evidence({"pool", "-"}, "yi,vi\n\"0,5\",0.1\n0.2,0.1\n"),
                   {"row 1", "yi", "comma"});
    expectBadInput(evidence({"pool", "-"}, "yi;vi\n0.5;0.1\n"), {"missing column", "commas"});
    expectBadInput(evidence({"pool", "-"}, "yi,vi\n0.5,\n0.2,0.1\n"), {"row 1", "vi", "empty"});
    expectBadInput(evidence({"pool", "-"}, "yi,vi\n\"0.5,0.1\n"), {"line 2", "quote"});
    expectBadInput(evidence({"pool", "-"}, "yi,vi\nnan,0.1\n0.2,0.1\n"), {"row 1", "yi"});
    expectBadInput(evidence({"pool", "-"}, "yi,vi\ninf,0.1\n0.2,0.1\n"), {"row 1", "yi"});
    expectBadInput(evidence({"pool", "--method", "XX", "-"}, "yi,vi\n0.1,0.2\n"), {"--method"});
    expectBadInput(evidence({"pool", "--level", "0.95", "-"}, "yi,vi\n0.1,0.2\n0.2,0.1\n"),
                   {"--level"});
    expectBadInput(evidence({"pool", "/nonexistent/file.csv"}), {"/nonexistent/file.csv"});
    expectBadInput(evidence({"pool"}), {"CSV"});
    // k = 1 is fine for a fixed-effect model.
    const CommandRun fe = evidence({"pool", "--method", "FE", "--json", "-"}, "yi,vi\n0.4,0.04\n");
    ASSERT_EQ(fe.status, eb::cli::ExitOk) << fe.err.toStdString();
    EXPECT_DOUBLE_EQ(json(fe).value("q_p").toDouble(), 1.0);
}

TEST(PoolCommand, ExtremeFiniteInputIsOneLineNotAnAbort)
{
    for (const char *csv : {"yi,vi\n1e200,1\n-1e200,1\n", "yi,vi\n1e308,1e-308\n-1e308,1e-308\n"}) {
        for (const char *method : {"FE", "DL", "REML", "PM"}) {
            expectBadInput(evidence({"pool", "--method", method, "-"}, QString::fromLatin1(csv)),
                           {"yi", "too extreme"});
        }
    }
}

TEST(StatsCommands, HelpNamesTheCommand)
{
    for (const char *command : {"convert", "smd", "pool"}) {
        const CommandRun run = evidence({QLatin1String(command), "--help"});
        EXPECT_EQ(run.status, eb::cli::ExitOk);
        EXPECT_TRUE(run.out.startsWith(QStringLiteral("Usage: evidence %1").arg(command)))
            << run.out.toStdString();
    }
    EXPECT_TRUE(evidence({"convert", "--help"}).out.contains("--ci <LOW HIGH>"));
}

// One parse helper serves the three commands: the same one-line errors from each.
TEST(StatsCommands, ParseErrorsAndStrayArgumentsAreOneLine)
{
    expectBadInput(evidence({"convert", "--from", "d", "--value", "0.3", "extra"}),
                   {"evidence convert", "unexpected argument 'extra'"});
    expectBadInput(evidence({"smd", "--m1", "1", "--sd1", "1", "--n1", "10", "--m2", "0", "--sd2",
                             "1", "--n2", "10", "extra"}),
                   {"evidence smd", "unexpected argument 'extra'"});
    expectBadInput(evidence({"pool", "a.csv", "b.csv"}), {"evidence pool", "exactly one CSV"});
    for (const char *command : {"convert", "smd", "pool"}) {
        expectBadInput(evidence({QLatin1String(command), "--no-such-option"}),
                       {QStringLiteral("evidence %1").arg(command), "no-such-option"});
    }
}

// Issue 7, found by probing with bad input: the shared formatting of the evidence layer.
TEST(ConvertCommand, ADenormalControlEventRateNeverPrintsNntbInf)
{
    for (const char *cer : {"1e-310", "1e-320", "5e-324"}) {
        const CommandRun text =
            evidence({"convert", "--from", "d", "--value", "0.5", "--cer", cer});
        ASSERT_EQ(text.status, eb::cli::ExitOk) << cer << text.err.toStdString();
        EXPECT_FALSE(text.out.contains(QLatin1String("NNTB inf"))) << text.out.toStdString();
        expectNoNanOrInf(text);
        const CommandRun js =
            evidence({"convert", "--from", "d", "--value", "0.5", "--cer", cer, "--json"});
        ASSERT_EQ(js.status, eb::cli::ExitOk) << cer;
        const QJsonObject furukawa = json(js).value("nnt_furukawa").toObject();
        EXPECT_FALSE(furukawa.value("text").toString().contains(QLatin1String("inf ")));
        // A benefit or harm NNT always carries a finite number in JSON.
        if (furukawa.value("kind").toString() != QLatin1String("infinite")) {
            EXPECT_TRUE(furukawa.value("value").isDouble()) << cer;
        }
    }
}

TEST(ConvertCommand, AHugeNntIsBoundedNotA63DigitNumber)
{
    const CommandRun run = evidence({"convert", "--from", "d", "--value", "0.5", "--cer", "1e-70"});
    ASSERT_EQ(run.status, eb::cli::ExitOk) << run.err.toStdString();
    const QString line =
        run.out.split(QLatin1Char('\n')).filter(QLatin1String("Furukawa")).value(0);
    EXPECT_TRUE(line.contains(QLatin1String("NNTB > 10^6"))) << line.toStdString();
    static const QRegularExpression longNumber(QStringLiteral("\\d{8,}"));
    EXPECT_FALSE(longNumber.match(run.out).hasMatch()) << run.out.toStdString();
    const CommandRun nearNull =
        evidence({"convert", "--from", "mw", "--value", "0.5000000000000001"});
    ASSERT_EQ(nearNull.status, eb::cli::ExitOk);
    EXPECT_TRUE(nearNull.out.contains(QLatin1String("NNTB > 10^6"))) << nearNull.out.toStdString();
    EXPECT_FALSE(longNumber.match(nearNull.out).hasMatch()) << nearNull.out.toStdString();
}

TEST(PoolCommand, TheLevelIsPrintedAsGiven)
{
    const CommandRun pool =
        evidence({"pool", "--level", "99.9999999999", "-"}, "yi,vi\n0.1,0.2\n0.3,0.1\n0.2,0.05\n");
    ASSERT_EQ(pool.status, eb::cli::ExitOk) << pool.err.toStdString();
    EXPECT_TRUE(pool.out.contains(QLatin1String("99.9999999999% CI"))) << pool.out.toStdString();
    EXPECT_FALSE(pool.out.contains(QLatin1String("100% CI"))) << pool.out.toStdString();
    const CommandRun smd = evidence({"smd", "--m1", "1", "--sd1", "1", "--n1", "10", "--m2", "0",
                                     "--sd2", "1", "--n2", "10", "--level", "99.9999999999"});
    ASSERT_EQ(smd.status, eb::cli::ExitOk) << smd.err.toStdString();
    EXPECT_TRUE(smd.out.contains(QLatin1String("99.9999999999% CI"))) << smd.out.toStdString();
    EXPECT_FALSE(smd.out.contains(QLatin1String("100% CI"))) << smd.out.toStdString();
}

TEST(PoolCommand, AHugeBadFieldOrHeaderIsQuotedShort)
{
    const QString huge(1 << 20, QLatin1Char('x'));
    const CommandRun field = evidence({"pool", "-"}, "yi,vi\n0.1,0.2\n" + huge + ",0.1\n");
    expectBadInput(field, {"row 2", "yi", "xxxxxxxx"});
    EXPECT_LT(field.err.size(), 200) << field.err.left(300).toStdString();
    const CommandRun label =
        evidence({"pool", "-"}, "label,yi,vi\nA,0.1,0.2\n" + huge + ",0.3,-0.1\n");
    expectBadInput(label, {"row 2", "vi"});
    EXPECT_LT(label.err.size(), 200) << label.err.left(300).toStdString();
    const CommandRun header = evidence({"pool", "-"}, huge + ",vi\n0.1,0.2\n");
    expectBadInput(header, {"missing column", "yi"});
    EXPECT_LT(header.err.size(), 200) << header.err.left(300).toStdString();
}

// The pool table's numbers are written as UTF-8 without a QString (appendNumber): the same
// text as formatNumber, over random bit patterns (every magnitude, subnormals included),
// decimals as a CSV gives them, exact ties at the sixth digit (QString::number rounds them
// away from zero where printf rounds to even) and values next to a rounding boundary.
TEST(StatsOutput, AppendNumberIsFormatNumberInUtf8)
{
    int compared = 0;
    int differing = 0;
    const auto check = [&](double value) {
        QByteArray bytes;
        eb::cli::appendNumber(bytes, value);
        const QByteArray expected = eb::cli::formatNumber(value).toUtf8();
        ++compared;
        if (bytes != expected && ++differing <= 10) {
            ADD_FAILURE() << std::setprecision(17) << value << ": " << bytes.toStdString()
                          << " instead of " << expected.toStdString();
        }
    };
    std::mt19937_64 random(20261207);
    for (int i = 0; i < 200000; ++i) {
        check(std::bit_cast<double>(random()));
        const auto decimals = static_cast<double>(random() % 100000000);
        check(decimals * std::pow(10.0, static_cast<int>(random() % 40) - 24));
        check(std::ldexp(static_cast<double>(random() % 100000), -static_cast<int>(random() % 30)));
    }
    for (const double tie : {1234565.0, 123456.5, 2.5e-5, 0.1234375, 1.0390625, 9.999995, 999999.5,
                             99999.95, 0.0001, 1e-5, 1e6, 5e-324, -1234565.0}) {
        check(tie);
        check(std::nextafter(tie, 0.0));
        check(std::nextafter(tie, 2 * tie));
    }
    for (const double special :
         {0.0, -0.0, std::numeric_limits<double>::infinity(),
          std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::max(),
          std::numeric_limits<double>::min()}) {
        check(special);
    }
    EXPECT_EQ(differing, 0) << "of " << compared;
}
