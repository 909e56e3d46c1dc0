// `evidence syntheses` (what View ▸ Syntheses shows) and the whole outcome matrix on the command
// line, in-process on a copy of the bundled catalogue: the independent reviews with what they
// pooled and found, the summary-of-findings rows with each certainty and who graded it, text,
// JSON and CSV that parse; a bad --condition names the value and exits 2.
#include "cataloguecopy.h"
#include "cli/common/cli.h"
#include "commandrun.h"
#include "output/csvreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

namespace {

using eb::test::CommandRun;

// `evidence ARGUMENTS... --database` a fresh copy of the bundled catalogue.
class CommandOnCopy : public eb::test::CatalogueFileTest
{
protected:
    CommandRun evidence(QStringList arguments) const
    {
        arguments << QStringLiteral("--database") << m_database;
        return eb::test::evidence(arguments);
    }

    static QJsonObject json(const CommandRun &run) { return eb::test::jsonOf(run); }

    static eb::output::CsvTable csv(const CommandRun &run)
    {
        eb::output::CsvError error;
        const auto table = eb::output::parseCsv(run.out, &error);
        EXPECT_TRUE(table.has_value()) << error.message.toStdString();
        if (!table) {
            return {};
        }
        for (const eb::output::CsvRecord &row : table->rows) {
            EXPECT_EQ(row.fields.size(), table->header.size()) << row.line;
        }
        return *table;
    }
};

using SynthesesCommand = CommandOnCopy;
using MatrixExport = CommandOnCopy;

QJsonObject synthesis(const QJsonObject &all, const QString &slug)
{
    for (const QJsonValue &c : all.value(QStringLiteral("conditions")).toArray()) {
        for (const QJsonValue &s : c.toObject().value(QStringLiteral("syntheses")).toArray()) {
            if (s.toObject().value(QStringLiteral("study")).toString() == slug) {
                return s.toObject();
            }
        }
    }
    return {};
}

QJsonObject sofRow(const QJsonObject &sof, qint64 resultId)
{
    for (const QJsonValue &row : sof.value(QStringLiteral("rows")).toArray()) {
        if (row.toObject().value(QStringLiteral("result_id")).toInteger() == resultId) {
            return row.toObject();
        }
    }
    return {};
}

TEST_F(SynthesesCommand, TheIndependentReviewsWithWhatTheyPooledAndFound)
{
    const CommandRun run = evidence({QStringLiteral("syntheses"), QStringLiteral("--json")});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    const QJsonObject all = json(run);
    const QJsonObject wang = synthesis(all, QStringLiteral("wang-2017-meta-analysis"));
    ASSERT_FALSE(wang.isEmpty());
    EXPECT_EQ(wang.value(QStringLiteral("sponsorship")).toString(), QStringLiteral("independent"));
    EXPECT_FALSE(wang.value(QStringLiteral("pooled_text")).toString().isEmpty());
    const QJsonArray findings = wang.value(QStringLiteral("findings")).toArray();
    ASSERT_FALSE(findings.isEmpty());
    for (const QJsonValue &f : findings) {
        const QString kind = f.toObject().value(QStringLiteral("kind")).toString();
        EXPECT_TRUE(kind == QLatin1String("benefit") || kind == QLatin1String("harm"));
        EXPECT_FALSE(f.toObject().value(QStringLiteral("effect")).toString().isEmpty());
    }

    // The summary of findings: the review's RR as printed, its certainty and who graded it.
    const QJsonObject sof = all.value(QStringLiteral("summary_of_findings")).toObject();
    EXPECT_EQ(sof.value(QStringLiteral("review")).toString(),
              QStringLiteral("cochrane-2023-stroke"));
    const QJsonObject nonFatal = sofRow(sof, 38);
    ASSERT_FALSE(nonFatal.isEmpty());
    EXPECT_EQ(nonFatal.value(QStringLiteral("relative_effect")).toString(),
              QStringLiteral("RR 2.39 (1.10 to 5.23)"));
    EXPECT_FALSE(nonFatal.value(QStringLiteral("certainty")).toString().isEmpty());
    EXPECT_FALSE(nonFatal.value(QStringLiteral("graded_by")).toString().isEmpty());
    EXPECT_TRUE(nonFatal.value(QStringLiteral("our_certainty")).isNull());
    EXPECT_EQ(nonFatal.value(QStringLiteral("cells")).toArray().size(), 6);

    const CommandRun text = evidence({QStringLiteral("syntheses")});
    ASSERT_EQ(text.status, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Summary of findings: Cochrane review 2023")))
        << text.out.left(400).toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("RR 2.39 (1.10 to 5.23)")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("(graded by ")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Wang 2017 meta-analysis")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("What it pooled: ")));
}

TEST_F(SynthesesCommand, CsvHasOneLinePerFindingAndPerTableRow)
{
    const QJsonObject all = json(evidence({QStringLiteral("syntheses"), QStringLiteral("--json")}));
    int findings = 0;
    int withoutFindings = 0;
    for (const QJsonValue &c : all.value(QStringLiteral("conditions")).toArray()) {
        for (const QJsonValue &s : c.toObject().value(QStringLiteral("syntheses")).toArray()) {
            const auto n = s.toObject().value(QStringLiteral("findings")).toArray().size();
            findings += static_cast<int>(n);
            withoutFindings += n == 0 ? 1 : 0;
        }
    }
    const CommandRun run = evidence({QStringLiteral("syntheses"), QStringLiteral("--csv")});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    const eb::output::CsvTable table = csv(run);
    EXPECT_EQ(table.rows.size(), findings + withoutFindings);
    EXPECT_EQ(table.header.at(2), QStringLiteral("study"));

    const CommandRun sof =
        evidence({QStringLiteral("syntheses"), QStringLiteral("--sof"), QStringLiteral("--csv")});
    ASSERT_EQ(sof.status, 0) << sof.err.toStdString();
    const eb::output::CsvTable rows = csv(sof);
    const auto sofJson = all.value(QStringLiteral("summary_of_findings")).toObject();
    EXPECT_EQ(rows.rows.size(), sofJson.value(QStringLiteral("rows")).toArray().size());
    const qsizetype gradedBy = rows.header.indexOf(QStringLiteral("graded_by"));
    ASSERT_GE(gradedBy, 0);
    for (const eb::output::CsvRecord &row : rows.rows) {
        EXPECT_FALSE(row.fields.at(gradedBy).isEmpty()) << row.line;
    }
}

TEST_F(SynthesesCommand, OurGradeStandsBesideTheReviewsAndIsNamedOurs)
{
    QStringList set{QStringLiteral("grade"), QStringLiteral("set"), QStringLiteral("--outcome"),
                    QStringLiteral("all-cause-death")};
    for (const char *name : {"risk-of-bias", "inconsistency", "indirectness", "imprecision",
                             "publication-bias", "large-effect", "dose-response", "confounding"}) {
        set << QStringLiteral("--%1-reason").arg(QLatin1String(name))
            << QStringLiteral("reason for %1").arg(QLatin1String(name));
    }
    set << QStringLiteral("--imprecision") << QStringLiteral("2");
    const CommandRun saved = evidence(set);
    ASSERT_EQ(saved.status, 0) << saved.err.toStdString();
    const QJsonObject sof = json(
        evidence({QStringLiteral("syntheses"), QStringLiteral("--sof"), QStringLiteral("--json")}));
    const QJsonObject death = sofRow(sof, 34);
    ASSERT_FALSE(death.isEmpty());
    EXPECT_EQ(death.value(QStringLiteral("our_certainty")).toString(), QStringLiteral("low"));
    EXPECT_TRUE(death.value(QStringLiteral("cells"))
                    .toArray()
                    .at(5)
                    .toString()
                    .contains(QStringLiteral("ours: low")));
    EXPECT_FALSE(death.value(QStringLiteral("graded_by")).toString().isEmpty());
}

TEST_F(SynthesesCommand, ConditionFiltersAndABadOneIsNamed)
{
    const QJsonObject tbi =
        json(evidence({QStringLiteral("syntheses"), QStringLiteral("--json"),
                       QStringLiteral("--condition"), QStringLiteral("traumatic_brain_injury")}));
    const QJsonArray conditions = tbi.value(QStringLiteral("conditions")).toArray();
    ASSERT_EQ(conditions.size(), 1);
    EXPECT_EQ(conditions.at(0).toObject().value(QStringLiteral("condition")).toString(),
              QStringLiteral("traumatic_brain_injury"));
    EXPECT_FALSE(synthesis(tbi, QStringLiteral("el-sayed-2018-meta-analysis")).isEmpty());
    EXPECT_TRUE(synthesis(tbi, QStringLiteral("wang-2017-meta-analysis")).isEmpty());
    // The stroke review's table is not a TBI finding.
    EXPECT_TRUE(tbi.value(QStringLiteral("summary_of_findings")).isNull());

    const CommandRun bad = evidence(
        {QStringLiteral("syntheses"), QStringLiteral("--condition"), QStringLiteral("strokes")});
    EXPECT_EQ(bad.status, eb::cli::ExitBadInput);
    EXPECT_TRUE(bad.out.isEmpty());
    EXPECT_EQ(bad.err.count(QLatin1Char('\n')), 1) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.startsWith(QStringLiteral("evidence syntheses: ")));
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--condition")));
    EXPECT_TRUE(bad.err.contains(QStringLiteral("'strokes'"))) << bad.err.toStdString();

    const CommandRun huge = evidence({QStringLiteral("syntheses"), QStringLiteral("--condition"),
                                      QString(100000, QLatin1Char('s'))});
    EXPECT_EQ(huge.status, eb::cli::ExitBadInput);
    EXPECT_LT(huge.err.size(), 400) << huge.err.left(500).toStdString();

    const CommandRun both =
        evidence({QStringLiteral("syntheses"), QStringLiteral("--json"), QStringLiteral("--csv")});
    EXPECT_EQ(both.status, eb::cli::ExitBadInput);
}

// The whole outcome matrix leaves the command line: every cell of every row in the CSV, every
// gap-map line in --summary --csv, and the legend after the text.
TEST_F(MatrixExport, TheCommandLineWritesTheWholeMatrixWithItsLegend)
{
    const CommandRun matrix = evidence({QStringLiteral("matrix"), QStringLiteral("--json")});
    ASSERT_EQ(matrix.status, 0) << matrix.err.toStdString();
    const QJsonArray rows = json(matrix).value(QStringLiteral("rows")).toArray();
    ASSERT_GT(rows.size(), 10);
    qsizetype cells = 0;
    for (const QJsonValue &row : rows) {
        cells += row.toObject().value(QStringLiteral("cells")).toArray().size();
    }
    const eb::output::CsvTable table =
        csv(evidence({QStringLiteral("matrix"), QStringLiteral("--csv")}));
    ASSERT_EQ(table.rows.size(), cells);
    const QString lastStudy = rows.last().toObject().value(QStringLiteral("study")).toString();
    EXPECT_EQ(table.rows.last().fields.at(0), lastStudy);

    const CommandRun gapsJson =
        evidence({QStringLiteral("matrix"), QStringLiteral("--summary"), QStringLiteral("--json")});
    const eb::output::CsvTable gaps = csv(
        evidence({QStringLiteral("matrix"), QStringLiteral("--summary"), QStringLiteral("--csv")}));
    EXPECT_EQ(gaps.rows.size(), QJsonDocument::fromJson(gapsJson.out.toUtf8()).array().size());
    EXPECT_GT(gaps.rows.size(), 10);

    const CommandRun text = evidence({QStringLiteral("matrix")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("Legend: [derived] converted by this program")))
        << text.out.right(400).toStdString();
}

} // namespace
