// The methods commands of `evidence` (escalc; pool --method MH|PETO, --leave-one-out,
// --influence, --cumulative, --subgroup, --mods; bias), called in-process: their JSON carries
// metafor's figures (fixtures of tests/stats), bad input gives one stderr line and exit 2.
#include "cli/common/cli.h"
#include "commandrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cmath>
#include <gtest/gtest.h>
#include <map>

namespace {

using eb::test::CommandRun;
using eb::test::evidence;

QJsonObject json(const CommandRun &run)
{
    EXPECT_EQ(run.status, 0) << run.err.toStdString();
    return eb::test::jsonOf(run);
}

void expectBadInput(const CommandRun &run, const QStringList &mentions)
{
    EXPECT_EQ(run.status, eb::cli::ExitBadInput) << run.out.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
    for (const QString &m : mentions) {
        EXPECT_TRUE(run.err.contains(m))
            << "'" << m.toStdString() << "' not in " << run.err.toStdString();
    }
}

// A fixture of tests/stats/fixtures as rows of named cells.
std::vector<std::map<QString, QString>> fixture(const char *name)
{
    QFile file(QStringLiteral(EB_SOURCE_DIR "/tests/stats/fixtures/") + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    QStringList lines =
        QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = lines.takeFirst().split(QLatin1Char(','));
    std::vector<std::map<QString, QString>> rows;
    for (const QString &line : lines) {
        const QStringList cells = line.split(QLatin1Char(','));
        std::map<QString, QString> row;
        for (qsizetype i = 0; i < header.size(); ++i) {
            row[header[i]] = cells.value(i);
        }
        rows.push_back(row);
    }
    return rows;
}

double number(const std::map<QString, QString> &row, const char *column)
{
    return row.at(QLatin1String(column)).toDouble();
}

void expectRelative(double actual, double expected, const std::string &what)
{
    EXPECT_LE(std::abs(actual - expected), 1e-9 * std::max(1.0, std::abs(expected)))
        << what << ": " << actual << " vs metafor " << expected;
}

// dat.bcg as the CLI reads it: counts, year, ablat, alloc, and the escalc RR yi, vi.
QString bcgCsv()
{
    QString csv = QStringLiteral("label,ai,bi,ci,di,year,ablat,alloc,yi,vi\n");
    const auto counts = fixture("methods_counts.csv");
    const auto data = fixture("methods_datasets.csv");
    std::size_t d = 0;
    for (const auto &row : counts) {
        if (row.at(QStringLiteral("dataset")) != QLatin1String("bcg")) {
            continue;
        }
        while (data[d].at(QStringLiteral("dataset")) != QLatin1String("bcg")) {
            ++d;
        }
        csv += QStringLiteral("\"Trial %1, BCG\",%2,%3,%4,%5,%6,%7,%8,%9,%10\n")
                   .arg(row.at(QStringLiteral("i")), row.at(QStringLiteral("ai")),
                        row.at(QStringLiteral("bi")), row.at(QStringLiteral("ci")),
                        row.at(QStringLiteral("di")), row.at(QStringLiteral("year")),
                        row.at(QStringLiteral("ablat")), row.at(QStringLiteral("alloc")),
                        data[d].at(QStringLiteral("yi")))
                   .arg(data[d].at(QStringLiteral("vi")));
        ++d;
    }
    return csv;
}

} // namespace

TEST(EscalcCommand, JsonMatchesMetaforAndSaysWhereHalfWasAdded)
{
    const QString zeros = QStringLiteral("label,ai,n1i,ci,n2i\nA,0,25,2,25\nB,3,50,6,50\n");
    const auto o =
        json(evidence({QStringLiteral("escalc"), QStringLiteral("--measure"),
                       QStringLiteral("PETO"), QStringLiteral("--json"), QStringLiteral("-")},
                      zeros));
    EXPECT_EQ(o.value(QStringLiteral("measure")).toString(), QStringLiteral("PETO"));
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 2);
    const auto expected = fixture("escalc_counts.csv");
    for (const auto &row : expected) {
        if (row.at(QStringLiteral("dataset")) == QLatin1String("zeros") &&
            row.at(QStringLiteral("measure")) == QLatin1String("PETO") &&
            row.at(QStringLiteral("i")) == QLatin1String("1")) {
            expectRelative(rows[0].toObject().value(QStringLiteral("yi")).toDouble(),
                           number(row, "yi"), "PETO yi");
            expectRelative(rows[0].toObject().value(QStringLiteral("vi")).toDouble(),
                           number(row, "vi"), "PETO vi");
        }
    }
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("continuity_correction")).toDouble(), 0.5);
    EXPECT_TRUE(rows[1].toObject().value(QStringLiteral("continuity_correction")).isNull());
}

TEST(EscalcCommand, CsvOutputFeedsPool)
{
    const CommandRun es = evidence({QStringLiteral("escalc"), QStringLiteral("--measure"),
                                    QStringLiteral("RR"), QStringLiteral("-")},
                                   bcgCsv());
    ASSERT_EQ(es.status, 0) << es.err.toStdString();
    EXPECT_TRUE(es.out.startsWith(QStringLiteral("label,yi,vi,note\n\"Trial 1, BCG\",")));
    const auto o = json(
        evidence({QStringLiteral("pool"), QStringLiteral("--json"), QStringLiteral("-")}, es.out));
    EXPECT_NEAR(o.value(QStringLiteral("tau2")).toDouble(), 0.3132433, 5e-8);
    EXPECT_NEAR(o.value(QStringLiteral("estimate")).toDouble(), -0.7145323, 5e-8);
}

TEST(EscalcCommand, BadInputNamesRowAndField)
{
    expectBadInput(evidence({QStringLiteral("escalc"), QStringLiteral("--measure"),
                             QStringLiteral("OR"), QStringLiteral("-")},
                            QStringLiteral("label,ai,bi,ci,di\nA,1,2,3,4\nB,-1,2,3,4\n")),
                   {QStringLiteral("row 2 (\"B\")"), QStringLiteral("ai")});
    expectBadInput(evidence({QStringLiteral("escalc"), QStringLiteral("--measure"),
                             QStringLiteral("SMD"), QStringLiteral("-")},
                            QStringLiteral("m1i,sd1i,n1i,m2i,sd2i\n1,1,10,2,1\n")),
                   {QStringLiteral("n2i")});
    expectBadInput(evidence({QStringLiteral("escalc"), QStringLiteral("--measure"),
                             QStringLiteral("HR"), QStringLiteral("-")},
                            QStringLiteral("ai\n1\n")),
                   {QStringLiteral("--measure"), QStringLiteral("HR")});
    expectBadInput(evidence({QStringLiteral("escalc"), QStringLiteral("--measure"),
                             QStringLiteral("RR"), QStringLiteral("-")},
                            QStringLiteral("ai,n1i,ci,n2i\n5,3,1,10\n")),
                   {QStringLiteral("row 1"), QStringLiteral("n1i")});
}

TEST(PoolMethodsCommand, MantelHaenszelAndPetoJsonMatchMetafor)
{
    const auto expected = fixture("mh_expected.csv");
    for (const auto &row : expected) {
        if (row.at(QStringLiteral("dataset")) != QLatin1String("bcg")) {
            continue;
        }
        const QString measure = row.at(QStringLiteral("measure"));
        const bool peto = measure == QLatin1String("PETO");
        const auto o = json(evidence(
            {QStringLiteral("pool"), QStringLiteral("-"), QStringLiteral("--method"),
             peto ? QStringLiteral("PETO") : QStringLiteral("MH"), QStringLiteral("--measure"),
             peto ? QStringLiteral("OR") : measure, QStringLiteral("--json")},
            bcgCsv()));
        const std::string what = measure.toStdString();
        expectRelative(o.value(QStringLiteral("estimate")).toDouble(), number(row, "estimate"),
                       what);
        expectRelative(o.value(QStringLiteral("se")).toDouble(), number(row, "se"), what);
        expectRelative(o.value(QStringLiteral("QE")).toDouble(), number(row, "q"), what);
        expectRelative(o.value(QStringLiteral("I2")).toDouble(), number(row, "i2"), what);
        if (measure == QLatin1String("OR")) {
            expectRelative(o.value(QStringLiteral("CMH")).toDouble(), number(row, "cmh"), what);
            expectRelative(o.value(QStringLiteral("TA")).toDouble(), number(row, "tarone"), what);
        }
    }
    const CommandRun text =
        evidence({QStringLiteral("pool"), QStringLiteral("-"), QStringLiteral("--method"),
                  QStringLiteral("MH"), QStringLiteral("--measure"), QStringLiteral("OR")},
                 bcgCsv());
    EXPECT_TRUE(text.out.contains(QStringLiteral("Cochran-Mantel-Haenszel Test")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Tarone's Test for Heterogeneity")));
    expectBadInput(evidence({QStringLiteral("pool"), QStringLiteral("-"),
                             QStringLiteral("--method"), QStringLiteral("MH")},
                            bcgCsv()),
                   {QStringLiteral("--measure")});
}

TEST(PoolMethodsCommand, LeaveOneOutInfluenceAndCumulativeByYear)
{
    const auto loo = json(evidence({QStringLiteral("pool"), QStringLiteral("-"),
                                    QStringLiteral("--leave-one-out"), QStringLiteral("--json")},
                                   bcgCsv()));
    const QJsonArray looRows = loo.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(looRows.size(), 13);
    const auto looExpected = fixture("leave1out_expected.csv");
    for (const auto &row : looExpected) {
        if (row.at(QStringLiteral("dataset")) == QLatin1String("bcg") &&
            row.at(QStringLiteral("method")) == QLatin1String("REML") &&
            row.at(QStringLiteral("knha")) == QLatin1String("0")) {
            const int i = row.at(QStringLiteral("i")).toInt() - 1;
            expectRelative(looRows[i].toObject().value(QStringLiteral("estimate")).toDouble(),
                           number(row, "estimate"), "leave1out estimate");
            expectRelative(looRows[i].toObject().value(QStringLiteral("tau2")).toDouble(),
                           number(row, "tau2"), "leave1out tau2");
        }
    }
    const auto inf = json(evidence({QStringLiteral("pool"), QStringLiteral("-"),
                                    QStringLiteral("--influence"), QStringLiteral("--json")},
                                   bcgCsv()));
    const QJsonArray infRows = inf.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(infRows.size(), 13);
    for (const auto &row : fixture("influence_expected.csv")) {
        if (row.at(QStringLiteral("dataset")) == QLatin1String("bcg") &&
            row.at(QStringLiteral("method")) == QLatin1String("REML") &&
            row.at(QStringLiteral("knha")) == QLatin1String("0")) {
            const int i = row.at(QStringLiteral("i")).toInt() - 1;
            const QJsonObject r = infRows[i].toObject();
            expectRelative(r.value(QStringLiteral("cook.d")).toDouble(), number(row, "cook_d"),
                           "cook.d");
            EXPECT_EQ(r.value(QStringLiteral("inf")).toBool(),
                      row.at(QStringLiteral("inf")) == "1");
        }
    }
    // --cumulative orders by the year column when there is one, as metafor's cumul(order = year).
    const auto cum = json(evidence({QStringLiteral("pool"), QStringLiteral("-"),
                                    QStringLiteral("--cumulative"), QStringLiteral("--json")},
                                   bcgCsv()));
    const QJsonArray cumRows = cum.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(cumRows.size(), 13);
    int j = 0;
    for (const auto &row : fixture("cumul_expected.csv")) {
        if (row.at(QStringLiteral("dataset")) == QLatin1String("bcg") &&
            row.at(QStringLiteral("method")) == QLatin1String("REML") &&
            row.at(QStringLiteral("knha")) == QLatin1String("0")) {
            const QJsonObject r = cumRows[j++].toObject();
            EXPECT_EQ(r.value(QStringLiteral("row")).toInt(),
                      row.at(QStringLiteral("study")).toInt());
            expectRelative(r.value(QStringLiteral("estimate")).toDouble(), number(row, "estimate"),
                           "cumul estimate");
        }
    }
    EXPECT_EQ(j, 13);
    expectBadInput(
        evidence({QStringLiteral("pool"), QStringLiteral("-"), QStringLiteral("--cumulative"),
                  QStringLiteral("--order"), QStringLiteral("published")},
                 bcgCsv()),
        {QStringLiteral("published")});
}

TEST(PoolMethodsCommand, SubgroupsAndMetaRegressionMatchMetafor)
{
    const auto sub =
        json(evidence({QStringLiteral("pool"), QStringLiteral("-"), QStringLiteral("--subgroup"),
                       QStringLiteral("alloc"), QStringLiteral("--json")},
                      bcgCsv()));
    for (const auto &row : fixture("subgroup_expected.csv")) {
        if (row.at(QStringLiteral("method")) == QLatin1String("REML") &&
            row.at(QStringLiteral("knha")) == QLatin1String("0") &&
            row.at(QStringLiteral("group")) == QLatin1String("between")) {
            expectRelative(sub.value(QStringLiteral("Q_between")).toDouble(),
                           number(row, "estimate"), "Q between");
            expectRelative(sub.value(QStringLiteral("Q_between.p")).toDouble(), number(row, "tau2"),
                           "Q between p");
        }
    }
    EXPECT_EQ(sub.value(QStringLiteral("subgroups")).toArray().size(), 3);
    const auto mods = json(
        evidence({QStringLiteral("pool"), QStringLiteral("-"), QStringLiteral("--mods"),
                  QStringLiteral("ablat,year"), QStringLiteral("--knha"), QStringLiteral("--json")},
                 bcgCsv()));
    for (const auto &row : fixture("metareg_expected.csv")) {
        if (row.at(QStringLiteral("mods")) == QLatin1String("ablat+year") &&
            row.at(QStringLiteral("method")) == QLatin1String("REML") &&
            row.at(QStringLiteral("knha")) == QLatin1String("1")) {
            expectRelative(mods.value(QStringLiteral("QM")).toDouble(), number(row, "qm"), "QM");
            expectRelative(mods.value(QStringLiteral("QE")).toDouble(), number(row, "qe"), "QE");
            expectRelative(mods.value(QStringLiteral("tau2")).toDouble(), number(row, "tau2"),
                           "tau2");
            expectRelative(mods.value(QStringLiteral("R2")).toDouble(), number(row, "r2"), "R2");
        }
    }
    EXPECT_EQ(mods.value(QStringLiteral("coefficients")).toArray().size(), 3);
    const CommandRun text = evidence({QStringLiteral("pool"), QStringLiteral("-"),
                                      QStringLiteral("--mods"), QStringLiteral("ablat")},
                                     bcgCsv());
    EXPECT_TRUE(text.out.contains(QStringLiteral("Test of Moderators"))) << text.out.toStdString();
    expectBadInput(evidence({QStringLiteral("pool"), QStringLiteral("-"), QStringLiteral("--mods"),
                             QStringLiteral("alloc")},
                            bcgCsv()),
                   {QStringLiteral("row 1 (\"Trial 1, BCG\")"), QStringLiteral("alloc")});
    expectBadInput(evidence({QStringLiteral("pool"), QStringLiteral("-"),
                             QStringLiteral("--subgroup"), QStringLiteral("country")},
                            bcgCsv()),
                   {QStringLiteral("country")});
}

TEST(BiasCommand, JsonMatchesMetaforAndFewStudiesAreWarned)
{
    const auto o = json(evidence(
        {QStringLiteral("bias"), QStringLiteral("--json"), QStringLiteral("-")}, bcgCsv()));
    for (const auto &row : fixture("regtest_expected.csv")) {
        if (row.at(QStringLiteral("dataset")) == QLatin1String("bcg") &&
            row.at(QStringLiteral("method")) == QLatin1String("REML") &&
            row.at(QStringLiteral("knha")) == QLatin1String("0")) {
            const QJsonObject reg = o.value(QStringLiteral("regtest")).toObject();
            expectRelative(reg.value(QStringLiteral("zval")).toDouble(), number(row, "reg_stat"),
                           "zval");
            expectRelative(reg.value(QStringLiteral("est")).toDouble(), number(row, "limit"),
                           "limit");
            const QJsonObject rank = o.value(QStringLiteral("ranktest")).toObject();
            expectRelative(rank.value(QStringLiteral("pval")).toDouble(), number(row, "rank_p"),
                           "rank p");
        }
    }
    const QJsonArray fills = o.value(QStringLiteral("trimfill")).toArray();
    ASSERT_EQ(fills.size(), 2);
    EXPECT_EQ(fills[0].toObject().value(QStringLiteral("side")).toString(),
              QStringLiteral("right"));
    EXPECT_EQ(fills[0].toObject().value(QStringLiteral("k0")).toInt(), 1);
    EXPECT_TRUE(o.value(QStringLiteral("low_power_warning")).isNull()); // k = 13
    const QString few = QStringLiteral("yi,vi\n0.1,0.04\n0.5,0.09\n-0.2,0.16\n0.3,0.05\n");
    const CommandRun text = evidence({QStringLiteral("bias"), QStringLiteral("-")}, few);
    EXPECT_EQ(text.status, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("little power"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Cochrane Handbook")));
    expectBadInput(evidence({QStringLiteral("bias"), QStringLiteral("-")},
                            QStringLiteral("yi,vi\n0.1,0.04\nx,0.09\n0.2,0.1\n")),
                   {QStringLiteral("row 2"), QStringLiteral("yi")});
}
