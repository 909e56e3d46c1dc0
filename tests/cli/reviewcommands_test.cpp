// `evidence matrix`, `compare`, `pool --results` and `claims`, called in-process on a copy of
// the bundled catalogue: exit codes, one stderr line for bad input and for each refusal (exit
// 2), JSON that parses with the documented keys, the reviewers' numbers.
#include "cataloguecopy.h"
#include "commandrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <gtest/gtest.h>

namespace {

using eb::test::CommandRun;

class ReviewCommands : public eb::test::CatalogueFileTest
{
protected:
    CommandRun evidence(QStringList arguments) const
    {
        arguments << QStringLiteral("--database") << m_database;
        const CommandRun run = eb::test::evidence(arguments);
        static const QRegularExpression bad(QStringLiteral("\\b(nan|inf|infinity)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
        EXPECT_FALSE(bad.match(run.out).hasMatch()) << run.out.left(300).toStdString();
        return run;
    }

    static QJsonObject json(const CommandRun &run)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.left(300).toStdString();
        return doc.object();
    }

    static void expectRefusal(const CommandRun &run, const QString &kindWords)
    {
        EXPECT_EQ(run.status, 2) << run.out.toStdString();
        EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
        EXPECT_TRUE(run.err.startsWith(QStringLiteral("evidence pool: refused: ")))
            << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(kindWords)) << run.err.toStdString();
    }
};

TEST_F(ReviewCommands, MatrixHasCaptainIiDay90)
{
    const CommandRun text = evidence({QStringLiteral("matrix")});
    ASSERT_EQ(text.status, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("MW 0.59 (0.52 to 0.66)  #16")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("measured, not reported  #9"))); // CARS-2

    const QJsonObject o = json(evidence({QStringLiteral("matrix"), QStringLiteral("--json")}));
    EXPECT_EQ(o.value(QStringLiteral("metric")).toString(), QStringLiteral("native"));
    const QJsonArray columns = o.value(QStringLiteral("columns")).toArray();
    bool found = false;
    for (const QJsonValue &row : o.value(QStringLiteral("rows")).toArray()) {
        if (row[QStringLiteral("study")].toString() != QLatin1String("captain-ii"))
            continue;
        for (const QJsonValue &cell : row[QStringLiteral("cells")].toArray()) {
            const QJsonObject column =
                columns.at(cell[QStringLiteral("column")].toInt()).toObject();
            if (column.value(QStringLiteral("timepoint")).toString() == QLatin1String("day 90")) {
                found = true;
                EXPECT_EQ(cell[QStringLiteral("result_id")].toInt(), 16);
                EXPECT_DOUBLE_EQ(cell[QStringLiteral("estimate")].toDouble(), 0.59);
                EXPECT_DOUBLE_EQ(cell[QStringLiteral("ci_low")].toDouble(), 0.52);
                EXPECT_DOUBLE_EQ(cell[QStringLiteral("ci_high")].toDouble(), 0.66);
                EXPECT_FALSE(cell[QStringLiteral("derived")].toBool());
                EXPECT_EQ(cell[QStringLiteral("direction")].toInt(), 1);
            }
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(ReviewCommands, MatrixConvertsAndMarksDerived)
{
    const CommandRun csv = evidence({QStringLiteral("matrix"), QStringLiteral("--metric"),
                                     QStringLiteral("d"), QStringLiteral("--csv")});
    ASSERT_EQ(csv.status, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.startsWith(QStringLiteral("study,condition,design,domain,outcome,")));
    // CAPTAIN II day 90: d = sqrt(2) * PhiInv(0.59) = 0.3218, derived: with the rounding rule's
    // two decimals (docs/statistics.md), as the window's cell reads, never four digits.
    EXPECT_TRUE(csv.out.contains(QStringLiteral(",effect,d,0.32,"))) << csv.out.toStdString();
    EXPECT_FALSE(csv.out.contains(QStringLiteral("0.3218"))) << csv.out.toStdString();
    // Every derived cell's numbers have exactly two decimals.
    const QStringList lines = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = lines.first().split(QLatin1Char(','));
    const qsizetype estimateAt = header.indexOf(QStringLiteral("estimate"));
    const qsizetype derivedAt = header.indexOf(QStringLiteral("derived"));
    ASSERT_GE(estimateAt, 0) << lines.first().toStdString();
    ASSERT_GE(derivedAt, 0) << lines.first().toStdString();
    int derivedCells = 0;
    static const QRegularExpression twoDecimals(QStringLiteral("^−?\\d+\\.\\d\\d$"));
    for (const QString &line : lines.mid(1)) {
        const QStringList f = line.split(QLatin1Char(','));
        if (f.size() == header.size() && f.at(derivedAt) == QLatin1String("1") &&
            !f.at(estimateAt).isEmpty()) {
            ++derivedCells;
            EXPECT_TRUE(twoDecimals.match(f.at(estimateAt)).hasMatch()) << line.toStdString();
        }
    }
    EXPECT_GT(derivedCells, 5);
    const CommandRun summary =
        evidence({QStringLiteral("matrix"), QStringLiteral("--summary"), QStringLiteral("--json")});
    ASSERT_EQ(summary.status, 0);
    EXPECT_TRUE(QJsonDocument::fromJson(summary.out.toUtf8()).isArray());
    const CommandRun bad =
        evidence({QStringLiteral("matrix"), QStringLiteral("--metric"), QStringLiteral("rr")});
    EXPECT_EQ(bad.status, 2);
    EXPECT_EQ(bad.err.count(QLatin1Char('\n')), 1);
}

TEST_F(ReviewCommands, CompareDoesNotCountAStudysOwnNameAsADoseDifference)
{
    // CARS-1 and CARS-2 used one protocol; their dosing labels differ only in the study name
    // in front (issue 15).
    const CommandRun run = evidence({QStringLiteral("compare"), QStringLiteral("cars-1"),
                                     QStringLiteral("cars-2"), QStringLiteral("--json")});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    bool saw = false;
    for (const QJsonValue &row : json(run).value(QStringLiteral("rows")).toArray()) {
        if (row[QStringLiteral("key")].toString() == QLatin1String("intervention")) {
            saw = true;
            EXPECT_FALSE(row[QStringLiteral("differs")].toBool())
                << row[QStringLiteral("values")].toArray().at(0).toString().toStdString();
        }
    }
    EXPECT_TRUE(saw);
}

TEST_F(ReviewCommands, CompareHighlightsTheDifferentN)
{
    const CommandRun run = evidence({QStringLiteral("compare"), QStringLiteral("captain-i"),
                                     QStringLiteral("captain-ii"), QStringLiteral("--json")});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    const QJsonObject o = json(run);
    bool sawN = false;
    for (const QJsonValue &row : o.value(QStringLiteral("rows")).toArray()) {
        if (row[QStringLiteral("key")].toString() == QLatin1String("n_enrolled")) {
            sawN = true;
            EXPECT_TRUE(row[QStringLiteral("differs")].toBool());
            EXPECT_EQ(row[QStringLiteral("values")].toArray().at(0).toString(),
                      QStringLiteral("46"));
            EXPECT_EQ(row[QStringLiteral("values")].toArray().at(1).toString(),
                      QStringLiteral("142"));
        }
        if (row[QStringLiteral("key")].toString() == QLatin1String("design")) {
            EXPECT_FALSE(row[QStringLiteral("differs")].toBool());
        }
    }
    EXPECT_TRUE(sawN);
    const CommandRun diff =
        evidence({QStringLiteral("compare"), QStringLiteral("captain-i"),
                  QStringLiteral("captain-ii"), QStringLiteral("--differences-only")});
    EXPECT_TRUE(diff.out.contains(QStringLiteral("* N enrolled")));
    EXPECT_FALSE(diff.out.contains(QStringLiteral("Design")));
    EXPECT_EQ(evidence({QStringLiteral("compare"), QStringLiteral("captain-i")}).status, 2);
    const CommandRun unknown =
        evidence({QStringLiteral("compare"), QStringLiteral("captain-i"), QStringLiteral("nope")});
    EXPECT_EQ(unknown.status, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("'nope'")));
}

TEST_F(ReviewCommands, PoolResultsRefusesEachWithExit2)
{
    // A meta-analysis with its own component trial, naming both.
    CommandRun run =
        evidence({QStringLiteral("pool"), QStringLiteral("--results"), QStringLiteral("16,23")});
    expectRefusal(run, QStringLiteral("already includes"));
    EXPECT_TRUE(run.err.contains(QStringLiteral("CAPTAIN II")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("CAPTAIN meta-analysis")));
    // Human with animal.
    expectRefusal(
        evidence({QStringLiteral("pool"), QStringLiteral("--results"), QStringLiteral("16,27")}),
        QStringLiteral("Human and animal"));
    // Scales that do not convert.
    expectRefusal(
        evidence({QStringLiteral("pool"), QStringLiteral("--results"), QStringLiteral("16,42")}),
        QStringLiteral("do not convert"));
    // Two versions of one review.
    expectRefusal(
        evidence({QStringLiteral("pool"), QStringLiteral("--results"), QStringLiteral("38,40")}),
        QStringLiteral("two versions of one review"));
    // Two analyses of one trial: ITT and per-protocol; one result from two sources.
    expectRefusal(
        evidence({QStringLiteral("pool"), QStringLiteral("--results"), QStringLiteral("20,21")}),
        QStringLiteral("ITT and per-protocol"));
    expectRefusal(
        evidence({QStringLiteral("pool"), QStringLiteral("--results"), QStringLiteral("15,16")}),
        QStringLiteral("reported by two sources"));
    // The JSON of a refusal lists each with its kind, and still exits 2.
    run = evidence({QStringLiteral("pool"), QStringLiteral("--results"), QStringLiteral("16,23"),
                    QStringLiteral("--json")});
    EXPECT_EQ(run.status, 2);
    const QJsonObject o = json(run);
    EXPECT_TRUE(o.value(QStringLiteral("refused")).toBool());
    EXPECT_EQ(
        o.value(QStringLiteral("refusals")).toArray().at(0)[QStringLiteral("kind")].toString(),
        QStringLiteral("meta_analysis_with_component"));
    // Bad ids.
    for (const char *ids : {"16,abc", "16,999999", "16,16"}) {
        const CommandRun bad = evidence(
            {QStringLiteral("pool"), QStringLiteral("--results"), QString::fromLatin1(ids)});
        EXPECT_EQ(bad.status, 2) << ids;
        EXPECT_EQ(bad.err.count(QLatin1Char('\n')), 1) << ids;
    }
}

TEST_F(ReviewCommands, PoolResultsPoolsWithWarningsInJson)
{
    const CommandRun run =
        evidence({QStringLiteral("pool"), QStringLiteral("--results"), QStringLiteral("21,16"),
                  QStringLiteral("--method"), QStringLiteral("DL"), QStringLiteral("--knha"),
                  QStringLiteral("--json")});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    const QJsonObject o = json(run);
    EXPECT_EQ(o.value(QStringLiteral("method")).toString(), QStringLiteral("DL"));
    EXPECT_TRUE(o.value(QStringLiteral("knha")).toBool());
    EXPECT_EQ(o.value(QStringLiteral("metric")).toString(), QStringLiteral("mw"));
    EXPECT_EQ(o.value(QStringLiteral("pooling_scale")).toString(), QStringLiteral("d"));
    EXPECT_EQ(o.value(QStringLiteral("rows")).toArray().size(), 2);
    const double estimate = o.value(QStringLiteral("estimate")).toDouble();
    EXPECT_GT(estimate, 0.59);
    EXPECT_LT(estimate, 0.69);
    QStringList kinds;
    for (const QJsonValue &w : o.value(QStringLiteral("warnings")).toArray())
        kinds << w[QStringLiteral("kind")].toString();
    EXPECT_TRUE(kinds.contains(QStringLiteral("timepoints_differ")));
    EXPECT_TRUE(kinds.contains(QStringLiteral("ci_level_assumed")));
    // The CSV form of `pool` is untouched by --results.
    EXPECT_EQ(evidence({QStringLiteral("pool")}).status, 2);
}

TEST_F(ReviewCommands, ClaimsAuditShowsTheWorking)
{
    const CommandRun run = evidence({QStringLiteral("claims"), QStringLiteral("--json")});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    const QJsonObject o = json(run);
    const QJsonObject counts = o.value(QStringLiteral("counts")).toObject();
    EXPECT_EQ(counts.value(QStringLiteral("overstated")).toInt(), 9);
    EXPECT_EQ(counts.value(QStringLiteral("discrepant")).toInt(), 5);
    QHash<QString, QJsonObject> bySlug;
    QStringList discrepancies;
    for (const QJsonValue &c : o.value(QStringLiteral("claims")).toArray()) {
        bySlug.insert(c[QStringLiteral("slug")].toString(), c.toObject());
        for (const QJsonValue &d : c[QStringLiteral("discrepancies")].toArray()) {
            discrepancies << d[QStringLiteral("slug")].toString();
            EXPECT_FALSE(d[QStringLiteral("links")].toArray().isEmpty())
                << d[QStringLiteral("slug")].toString().toStdString();
        }
    }
    EXPECT_EQ(bySlug.size(), 40);
    discrepancies.removeDuplicates();
    EXPECT_EQ(discrepancies.size(), 10); // all ten of references.md
    const auto working = [&](const char *slug) {
        return bySlug.value(QString::fromLatin1(slug))
            .value(QStringLiteral("working"))
            .toArray()
            .toVariantList();
    };
    EXPECT_TRUE(working("tbi-three-fold").contains(QStringLiteral("21.0 / 7.6 = 2.76")));
    EXPECT_TRUE(working("dosing-standard-protocol")
                    .contains(QStringLiteral("5-30 mL × 215.2 mg/mL = 1,076-6,456 mg")));
    EXPECT_TRUE(working("tbi-casi-values")
                    .contains(QStringLiteral("control arm SD: 11.6 in The article (secondary "
                                             "summary), 12.1 in Chen 2013 (mild TBI)")));
    EXPECT_TRUE(bySlug.value(QStringLiteral("stroke-nnt-71"))
                    .value(QStringLiteral("working"))
                    .toArray()
                    .at(0)
                    .toString()
                    .contains(QStringLiteral("belongs to early NIHSS")));
    EXPECT_EQ(bySlug.value(QStringLiteral("mechanism-neurogenesis"))
                  .value(QStringLiteral("verdict"))
                  .toString(),
              QStringLiteral("overstated"));
    EXPECT_EQ(bySlug.value(QStringLiteral("dosing-infusion-rate"))
                  .value(QStringLiteral("linked_results"))
                  .toArray()
                  .size(),
              9);

    const CommandRun filtered = evidence(
        {QStringLiteral("claims"), QStringLiteral("--verdict"), QStringLiteral("discrepant")});
    ASSERT_EQ(filtered.status, 0);
    EXPECT_TRUE(filtered.out.startsWith(QStringLiteral("Claims audit: 5 shown;")));
    EXPECT_FALSE(filtered.out.contains(QStringLiteral("[CONSISTENT]")));
    const CommandRun bad =
        evidence({QStringLiteral("claims"), QStringLiteral("--verdict"), QStringLiteral("wrong")});
    EXPECT_EQ(bad.status, 2);
    EXPECT_EQ(bad.err.count(QLatin1Char('\n')), 1);
}

TEST_F(ReviewCommands, HelpNamesTheCommand)
{
    for (const char *command : {"matrix", "compare", "claims"}) {
        const CommandRun run = evidence({QString::fromLatin1(command), QStringLiteral("--help")});
        EXPECT_EQ(run.status, 0) << command;
        EXPECT_TRUE(
            run.out.startsWith(QStringLiteral("Usage: evidence %1").arg(QLatin1String(command))))
            << run.out.left(80).toStdString();
    }
}

} // namespace
