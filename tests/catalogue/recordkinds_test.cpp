// The record kinds beyond sources, outcomes, studies and results (db/schema/0009, 0010):
// arms, dosing, targets, mechanisms with their targets, and the trials a synthesis pooled per
// outcome, through the same write API: added as the user's in one transaction, read back as
// typed, edited at their version, deleted, bundled rows read-only, bad rows refused.
#include "catalogue/catalogue.h"
#include "model/validation.h"
#include "rawsqlite.h"
#include "testcatalogue.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

using namespace eb::catalogue;

Fields f(std::initializer_list<std::pair<const char *, const char *>> values)
{
    Fields out;
    for (const auto &[name, value] : values) {
        out.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    }
    return out;
}

QList<RecordRow> newKinds()
{
    return {
        RecordRow{RecordKind::Study, 0, 0, true,
                  f({{"slug", "kinds-review"},
                     {"name", "Kinds review"},
                     {"design", "meta_analysis"},
                     {"condition", "stroke"},
                     {"species", "human"},
                     {"sponsorship", "unknown"}})},
        RecordRow{RecordKind::Arm, 0, 0, true,
                  f({{"study", "captain-ii"},
                     {"role", "treatment"},
                     {"label", "Cerebrolysin arm (user)"},
                     {"n_randomised", "110"},
                     {"n_analysed", "104"},
                     {"source", "guekht-2017"},
                     {"quote", "110 randomised, 104 analysed"},
                     {"statement_where", "Figure 1"}})},
        RecordRow{RecordKind::Dosing, 0, 0, true,
                  f({{"slug", "kinds-dose"},
                     {"study", "captain-ii"},
                     {"label", "30 mL daily"},
                     {"route", "iv"},
                     {"volume_ml_min", "30.0"},
                     {"volume_ml_max", "30.0"},
                     {"source", "guekht-2017"},
                     {"quote", "30 mL daily"}})},
        RecordRow{
            RecordKind::Target, 0, 0, true,
            f({{"slug", "kinds-factor"}, {"name", "Kinds factor"}, {"kind", "neurotrophin"}})},
        RecordRow{RecordKind::Mechanism, 0, 0, true,
                  f({{"slug", "kinds-mechanism"},
                     {"category", "Neuroprotection"},
                     {"description", "A test mechanism"},
                     {"source", "guekht-2017"},
                     {"quote", "acts like a factor"}})},
        RecordRow{RecordKind::MechanismTarget, 0, 0, true,
                  f({{"mechanism", "kinds-mechanism"},
                     {"target", "kinds-factor"},
                     {"direction", "mimics"},
                     {"quote", "mimics the factor"}})},
        RecordRow{RecordKind::SynthesisInclusion, 0, 0, true,
                  f({{"synthesis", "kinds-review"},
                     {"trial", "captain-ii"},
                     {"outcome", "arat"},
                     {"source", "guekht-2017"},
                     {"quote", "CAPTAIN II contributed ARAT"}})},
    };
}

class RecordKinds : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("catalogue.sqlite"));
        ASSERT_TRUE(QFile::copy(test::bundledFile(), m_path));
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ASSERT_TRUE(m_catalogue.open(m_path, OpenMode::ReadWrite))
            << m_catalogue.lastError().toStdString();
    }

    QList<RecordRow> userRows(RecordKind kind)
    {
        QList<RecordRow> rows;
        for (const RecordRow &row : m_catalogue.records(kind)) {
            if (row.userRecord) {
                rows << row;
            }
        }
        return rows;
    }

    QTemporaryDir m_dir;
    QString m_path;
    Catalogue m_catalogue;
};

TEST_F(RecordKinds, EveryKindIsWrittenAsTheUsersAndReadBackAsTyped)
{
    const WriteReport report = m_catalogue.insertRecords(newKinds());
    ASSERT_TRUE(report.committed) << report.problems.value(0).problem.message.toStdString();
    for (const RecordRow &written : newKinds()) {
        SCOPED_TRACE(recordKindName(written.kind).toStdString());
        const QList<RecordRow> rows = userRows(written.kind);
        ASSERT_EQ(rows.size(), 1);
        EXPECT_EQ(rows.first().version, 1);
        for (auto it = written.fields.cbegin(); it != written.fields.cend(); ++it) {
            EXPECT_EQ(rows.first().fields.value(it.key()).toStdString(), it.value().toStdString())
                << it.key().toStdString();
        }
    }
    // Defaults for blank fields: per_kg 0, origin reported, sort_order 0.
    EXPECT_EQ(userRows(RecordKind::Dosing).first().fields.value(QStringLiteral("per_kg")),
              QStringLiteral("0"));
    EXPECT_EQ(userRows(RecordKind::Dosing).first().fields.value(QStringLiteral("origin")),
              QStringLiteral("reported"));
    EXPECT_EQ(userRows(RecordKind::Mechanism).first().fields.value(QStringLiteral("sort_order")),
              QStringLiteral("0"));
    // The mechanism's search document names its new target (the schema-2 triggers).
    EXPECT_FALSE(m_catalogue.search(QStringLiteral("Kinds factor")).isEmpty());
}

TEST_F(RecordKinds, EditAndDeleteAtTheirVersionIncludingARowNamedByRowid)
{
    ASSERT_TRUE(m_catalogue.insertRecords(newKinds()).committed);
    RecordRow link = userRows(RecordKind::MechanismTarget).first();
    ASSERT_GT(link.id, 0);
    link.fields.insert(QStringLiteral("direction"), QStringLiteral("activates"));
    const WriteReport edit = m_catalogue.updateRecord(link);
    ASSERT_TRUE(edit.committed) << edit.problems.value(0).problem.message.toStdString();
    const RecordRow after = userRows(RecordKind::MechanismTarget).first();
    EXPECT_EQ(after.version, 2);
    EXPECT_EQ(after.fields.value(QStringLiteral("direction")), QStringLiteral("activates"));
    // From the old version: refused.
    EXPECT_FALSE(m_catalogue.updateRecord(link).committed);
    EXPECT_TRUE(
        m_catalogue.deleteRecord(RecordKind::MechanismTarget, after.id, after.version).committed);
    EXPECT_TRUE(userRows(RecordKind::MechanismTarget).isEmpty());

    RecordRow arm = userRows(RecordKind::Arm).first();
    arm.fields.insert(QStringLiteral("n_analysed"), QStringLiteral("100"));
    ASSERT_TRUE(m_catalogue.updateRecord(arm).committed);
    const RecordRow inclusion = userRows(RecordKind::SynthesisInclusion).first();
    EXPECT_TRUE(
        m_catalogue.deleteRecord(RecordKind::SynthesisInclusion, inclusion.id, inclusion.version)
            .committed);
}

TEST_F(RecordKinds, BundledRowsOfTheNewKindsAreReadOnly)
{
    for (const RecordKind kind : {RecordKind::Arm, RecordKind::Dosing, RecordKind::Target,
                                  RecordKind::Mechanism, RecordKind::MechanismTarget}) {
        SCOPED_TRACE(recordKindName(kind).toStdString());
        const QList<RecordRow> rows = m_catalogue.records(kind);
        ASSERT_FALSE(rows.isEmpty());
        const RecordRow bundled = rows.first();
        EXPECT_FALSE(bundled.userRecord);
        const WriteReport edit = m_catalogue.updateRecord(bundled);
        EXPECT_FALSE(edit.committed);
        ASSERT_FALSE(edit.problems.isEmpty());
        EXPECT_EQ(edit.problems.first().problem.rule, QStringLiteral("bundled"));
        EXPECT_EQ(m_catalogue.deleteRecord(kind, bundled.id, bundled.version)
                      .problems.value(0)
                      .problem.rule,
                  QStringLiteral("bundled"));
    }
}

TEST_F(RecordKinds, BadRowsOfTheNewKindsAreRefusedAndNothingIsWritten)
{
    const auto rule = [&](RecordKind kind, Fields fields) {
        const WriteReport report = m_catalogue.insertRecords({RecordRow{kind, 0, 0, true, fields}});
        EXPECT_FALSE(report.committed);
        return report.problems.isEmpty() ? QString() : report.problems.first().problem.rule;
    };
    QList<RecordRow> kinds = newKinds();
    Fields arm = kinds.at(1).fields;
    arm.insert(QStringLiteral("n_analysed"), QStringLiteral("120"));
    EXPECT_EQ(rule(RecordKind::Arm, arm), QStringLiteral("arm-size"));
    arm = kinds.at(1).fields;
    arm.remove(QStringLiteral("source"));
    EXPECT_EQ(rule(RecordKind::Arm, arm), QStringLiteral("required"));
    Fields dose = kinds.at(2).fields;
    dose.insert(QStringLiteral("volume_ml_min"), QStringLiteral("50"));
    EXPECT_EQ(rule(RecordKind::Dosing, dose), QStringLiteral("range-order"));
    dose = kinds.at(2).fields;
    dose.insert(QStringLiteral("volume_ml_max"), QStringLiteral("30,0"));
    EXPECT_EQ(rule(RecordKind::Dosing, dose), QStringLiteral("decimal-comma"));
    Fields target = kinds.at(3).fields;
    target.insert(QStringLiteral("kind"), QStringLiteral("hormone"));
    EXPECT_EQ(rule(RecordKind::Target, target), QStringLiteral("key"));
    Fields link = kinds.at(5).fields; // its mechanism is not in the catalogue
    EXPECT_EQ(rule(RecordKind::MechanismTarget, link), QStringLiteral("reference"));
    Fields inclusion = kinds.at(6).fields;
    inclusion.insert(QStringLiteral("synthesis"), QStringLiteral("captain-ii"));
    EXPECT_EQ(rule(RecordKind::SynthesisInclusion, inclusion), QStringLiteral("self-inclusion"));
    eb::test::RawSqlite db(m_path, true);
    EXPECT_EQ(db.rows(QStringLiteral("SELECT count(*) FROM study_arm WHERE user_record = 1"))
                  .at(0)
                  .at(0)
                  .toInt(),
              0);
}

} // namespace
