// `evidence rob` and `evidence grade` in-process on copies of the bundled catalogue: the
// bundled catalogue shows every pair "not assessed"; set, show (text and JSON), replace at a
// version, delete; bad input names the option, exits 2 and writes nothing.
#include "cli/common/cli.h"
#include "commandrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using eb::test::CommandRun;
using eb::test::evidence;
using eb::test::jsonOf;

class AppraisalCommands : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("catalogue.sqlite"));
        ASSERT_TRUE(QFile::copy(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"), m_database));
        QFile::setPermissions(m_database, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    CommandRun run(QStringList arguments) const
    {
        arguments << QStringLiteral("--database") << m_database;
        return evidence(arguments);
    }

    CommandRun setChen(const QStringList &extra = {}) const
    {
        return run(QStringList{QStringLiteral("rob"),
                               QStringLiteral("set"),
                               QStringLiteral("--study"),
                               QStringLiteral("chen-2013-mild-tbi"),
                               QStringLiteral("--outcome"),
                               QStringLiteral("casi"),
                               QStringLiteral("--randomisation"),
                               QStringLiteral("low"),
                               QStringLiteral("--deviations"),
                               QStringLiteral("low"),
                               QStringLiteral("--missing-data"),
                               QStringLiteral("some_concerns"),
                               QStringLiteral("--missing-data-reason"),
                               QStringLiteral("completers analysed only"),
                               QStringLiteral("--measurement"),
                               QStringLiteral("low"),
                               QStringLiteral("--selection"),
                               QStringLiteral("low"),
                               QStringLiteral("--overall"),
                               QStringLiteral("some_concerns"),
                               QStringLiteral("--overall-reason"),
                               QStringLiteral("D3"),
                               QStringLiteral("--assessor"),
                               QStringLiteral("Tester")} +
                   extra);
    }

    QTemporaryDir m_dir;
    QString m_database;
};

QJsonObject pair(const QJsonObject &shown, const QString &study, const QString &outcome)
{
    for (const QJsonValue &v : shown.value(QStringLiteral("assessments")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("study")).toString() == study &&
            o.value(QStringLiteral("outcome")).toString() == outcome) {
            return o;
        }
    }
    return {};
}

TEST_F(AppraisalCommands, TheBundledCatalogueIsNotAssessed)
{
    const CommandRun shown =
        run({QStringLiteral("rob"), QStringLiteral("show"), QStringLiteral("--json")});
    ASSERT_EQ(shown.status, 0) << shown.err.toStdString();
    const QJsonObject o = jsonOf(shown);
    EXPECT_EQ(o.value(QStringLiteral("assessed")).toInt(), 0);
    EXPECT_GE(o.value(QStringLiteral("pairs")).toInt(), 8); // the human trials with results
    const QJsonObject chen = pair(o, QStringLiteral("chen-2013-mild-tbi"), QStringLiteral("casi"));
    ASSERT_FALSE(chen.isEmpty());
    EXPECT_FALSE(chen.value(QStringLiteral("assessed")).toBool());
    // Syntheses are not trials: the Cochrane review has no pair.
    EXPECT_TRUE(pair(o, QStringLiteral("cochrane-2023-stroke"), QStringLiteral("all-cause-death"))
                    .isEmpty());
    const CommandRun text = run({QStringLiteral("rob"), QStringLiteral("show"),
                                 QStringLiteral("--study"), QStringLiteral("chen-2013-mild-tbi")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("CASI (chen-2013-mild-tbi, casi): not assessed")))
        << text.out.toStdString();

    const CommandRun grade = run({QStringLiteral("grade"), QStringLiteral("show")});
    ASSERT_EQ(grade.status, 0) << grade.err.toStdString();
    EXPECT_TRUE(grade.out.contains(QStringLiteral(
        "All-cause death (all-cause-death): not assessed; graded moderate by Cochrane review 2023 "
        "(Ziganshina) (the review's, not ours)")))
        << grade.out.toStdString();
}

TEST_F(AppraisalCommands, SetShowReplaceAndDeleteARobAssessment)
{
    const CommandRun saved = setChen();
    ASSERT_EQ(saved.status, 0) << saved.err.toStdString();
    EXPECT_TRUE(saved.out.contains(QStringLiteral("(version 1)")));

    const QJsonObject o =
        jsonOf(run({QStringLiteral("rob"), QStringLiteral("show"), QStringLiteral("--json")}));
    EXPECT_EQ(o.value(QStringLiteral("assessed")).toInt(), 1);
    const QJsonObject chen = pair(o, QStringLiteral("chen-2013-mild-tbi"), QStringLiteral("casi"));
    EXPECT_TRUE(chen.value(QStringLiteral("assessed")).toBool());
    const QJsonObject d3 = chen.value(QStringLiteral("domains"))
                               .toObject()
                               .value(QStringLiteral("missing_data"))
                               .toObject();
    EXPECT_EQ(d3.value(QStringLiteral("judgement")).toString(), QStringLiteral("some_concerns"));
    EXPECT_EQ(d3.value(QStringLiteral("reason")).toString(),
              QStringLiteral("completers analysed only"));
    EXPECT_EQ(chen.value(QStringLiteral("overall")).toObject().value(QStringLiteral("judgement")),
              QStringLiteral("some_concerns"));
    EXPECT_EQ(chen.value(QStringLiteral("version")).toInt(), 1);

    // A second set without the version is refused; with it, it replaces.
    const CommandRun again = setChen();
    EXPECT_EQ(again.status, eb::cli::ExitBadInput);
    EXPECT_TRUE(again.err.contains(QStringLiteral("version 1"))) << again.err.toStdString();
    const CommandRun replaced = setChen({QStringLiteral("--version"), QStringLiteral("1")});
    ASSERT_EQ(replaced.status, 0) << replaced.err.toStdString();
    EXPECT_TRUE(replaced.out.contains(QStringLiteral("(version 2)")));

    const CommandRun stale =
        run({QStringLiteral("rob"), QStringLiteral("delete"), QStringLiteral("--study"),
             QStringLiteral("chen-2013-mild-tbi"), QStringLiteral("--outcome"),
             QStringLiteral("casi"), QStringLiteral("--version"), QStringLiteral("1")});
    EXPECT_EQ(stale.status, eb::cli::ExitBadInput);
    const CommandRun deleted =
        run({QStringLiteral("rob"), QStringLiteral("delete"), QStringLiteral("--study"),
             QStringLiteral("chen-2013-mild-tbi"), QStringLiteral("--outcome"),
             QStringLiteral("casi"), QStringLiteral("--version"), QStringLiteral("2")});
    ASSERT_EQ(deleted.status, 0) << deleted.err.toStdString();
    EXPECT_EQ(jsonOf(run({QStringLiteral("rob"), QStringLiteral("show"), QStringLiteral("--json")}))
                  .value(QStringLiteral("assessed"))
                  .toInt(),
              0);
}

TEST_F(AppraisalCommands, ABadAssessmentNamesTheOptionAndWritesNothing)
{
    const CommandRun lenient = setChen({QStringLiteral("--overall"), QStringLiteral("low")});
    EXPECT_EQ(lenient.status, eb::cli::ExitBadInput);
    EXPECT_TRUE(lenient.err.contains(QStringLiteral("--overall: the overall judgement")))
        << lenient.err.toStdString();
    EXPECT_TRUE(lenient.out.isEmpty());
    const CommandRun unknown = setChen({QStringLiteral("--selection"), QStringLiteral("unclear")});
    EXPECT_EQ(unknown.status, eb::cli::ExitBadInput);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("--selection:"))) << unknown.err.toStdString();
    const CommandRun noAction = run({QStringLiteral("rob")});
    EXPECT_EQ(noAction.status, eb::cli::ExitBadInput);
    EXPECT_EQ(jsonOf(run({QStringLiteral("rob"), QStringLiteral("show"), QStringLiteral("--json")}))
                  .value(QStringLiteral("assessed"))
                  .toInt(),
              0);
}

TEST_F(AppraisalCommands, AGradeRatingGivesTheCertaintyBesideTheReviews)
{
    QStringList arguments{QStringLiteral("grade"), QStringLiteral("set"),
                          QStringLiteral("--outcome"), QStringLiteral("all-cause-death")};
    for (const char *name : {"risk-of-bias", "inconsistency", "indirectness", "imprecision",
                             "publication-bias", "large-effect", "dose-response", "confounding"}) {
        arguments << QStringLiteral("--%1-reason").arg(QLatin1String(name))
                  << QStringLiteral("reason for %1").arg(QLatin1String(name));
    }
    arguments << QStringLiteral("--imprecision") << QStringLiteral("2");
    const CommandRun saved = run(arguments);
    ASSERT_EQ(saved.status, 0) << saved.err.toStdString();
    EXPECT_TRUE(saved.out.contains(QStringLiteral("Low"))) << saved.out.toStdString();

    const QJsonObject o =
        jsonOf(run({QStringLiteral("grade"), QStringLiteral("show"), QStringLiteral("--outcome"),
                    QStringLiteral("all-cause-death"), QStringLiteral("--json")}));
    const QJsonArray outcomes = o.value(QStringLiteral("outcomes")).toArray();
    ASSERT_EQ(outcomes.size(), 1);
    const QJsonObject death = outcomes.first().toObject();
    EXPECT_EQ(death.value(QStringLiteral("certainty")).toString(), QStringLiteral("low"));
    EXPECT_EQ(death.value(QStringLiteral("certainty_level")).toInt(), 2);
    EXPECT_EQ(death.value(QStringLiteral("review_certainty")).toString(),
              QStringLiteral("moderate"));
    EXPECT_EQ(death.value(QStringLiteral("ratings"))
                  .toObject()
                  .value(QStringLiteral("imprecision"))
                  .toObject()
                  .value(QStringLiteral("levels"))
                  .toInt(),
              2);

    const CommandRun outOfRange =
        run({QStringLiteral("grade"), QStringLiteral("set"), QStringLiteral("--outcome"),
             QStringLiteral("arat"), QStringLiteral("--dose-response"), QStringLiteral("2")});
    EXPECT_EQ(outOfRange.status, eb::cli::ExitBadInput);
    EXPECT_EQ(outOfRange.err.count(QLatin1Char('\n')), 1) << outOfRange.err.toStdString();
    EXPECT_TRUE(outOfRange.err.contains(QStringLiteral("--dose-response")));
    const CommandRun noReasons = run({QStringLiteral("grade"), QStringLiteral("set"),
                                      QStringLiteral("--outcome"), QStringLiteral("arat")});
    EXPECT_EQ(noReasons.status, eb::cli::ExitBadInput);
    EXPECT_TRUE(noReasons.err.contains(QStringLiteral("--risk-of-bias-reason")))
        << noReasons.err.toStdString();
}

} // namespace
