// The rules of a provenance statement's kind (core/model/statementrules.h), part of the one
// validation: verbatim words are pasted, non-empty, free of Markdown table syntax and not our
// templates' example words; transcribed words have none of these rules; a blank kind (an older
// file without the column) is transcribed.
#include "model/statementrules.h"
#include "model/vocabulary.h"
#include "output/csvreader.h"

#include <QDir>
#include <QFile>
#include <gtest/gtest.h>

namespace {

using eb::catalogue::Fields;
using eb::catalogue::Problem;
using eb::catalogue::RecordKind;
namespace key = eb::catalogue::vocabulary::key;

Fields mechanism(const QString &kind, const QString &words)
{
    return {{QStringLiteral("slug"), QStringLiteral("a-mechanism")},
            {QStringLiteral("category"), QStringLiteral("Neuroprotection")},
            {QStringLiteral("description"), QStringLiteral("An example")},
            {QStringLiteral("source"), QStringLiteral("guekht-2017")},
            {QStringLiteral("quote"), words},
            {QStringLiteral("statement_kind"), kind}};
}

// "column:rule" of each problem.
QStringList rules(const QList<Problem> &problems)
{
    QStringList out;
    for (const Problem &p : problems) {
        out << p.column + QLatin1Char(':') + p.rule;
    }
    return out;
}

} // namespace

TEST(StatementRules, VerbatimNeedsWordsBesideTheWordsField)
{
    const QList<Problem> problems = eb::catalogue::validateRecord(
        RecordKind::Mechanism, mechanism(QString(key::verbatim), QString()));
    EXPECT_TRUE(rules(problems).contains(QStringLiteral("quote:verbatim-words")))
        << rules(problems).join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(eb::catalogue::hasErrors(problems));
}

TEST(StatementRules, VerbatimWordsCarryNoMarkdownTableAndAreNotTemplateText)
{
    const auto check = [](const QString &words) {
        return rules(eb::catalogue::validateRecord(RecordKind::Mechanism,
                                                   mechanism(QString(key::verbatim), words)));
    };
    EXPECT_EQ(check(QStringLiteral("| MW | 0.62 |")),
              QStringList{QStringLiteral("quote:verbatim-markdown")});
    EXPECT_EQ(check(QStringLiteral("MW\n---|---\n0.62")),
              QStringList{QStringLiteral("quote:verbatim-markdown")});
    EXPECT_EQ(check(QStringLiteral("the preparation acts like a  growth factor")),
              QStringList{QStringLiteral("quote:verbatim-template")});
    EXPECT_TRUE(
        check(QStringLiteral("Cerebrolysin acts like endogenous neurotrophic factors")).isEmpty());
    // A dash in the source's own words is no table.
    EXPECT_TRUE(check(QStringLiteral("a decrease -- not an increase")).isEmpty());
}

TEST(StatementRules, TranscribedWordsAndAnOlderFileWithoutTheKindHaveNoneOfTheseRules)
{
    Fields transcribed = mechanism(QString(key::transcribed), QStringLiteral("| MW | 0.62 |"));
    EXPECT_TRUE(eb::catalogue::validateRecord(RecordKind::Mechanism, transcribed).isEmpty());
    Fields older =
        mechanism(QString(), QStringLiteral("the preparation acts like a growth factor"));
    older.remove(QStringLiteral("statement_kind"));
    EXPECT_TRUE(eb::catalogue::validateRecord(RecordKind::Mechanism, older).isEmpty());
    // An unknown kind is a key problem, never read as verbatim.
    const QStringList unknown = rules(eb::catalogue::validateRecord(
        RecordKind::Mechanism, mechanism(QStringLiteral("quoted"), QStringLiteral("words"))));
    EXPECT_EQ(unknown, QStringList{QStringLiteral("statement_kind:key")});
}

TEST(StatementRules, EachArmOfAResultHasItsOwnKind)
{
    Fields result{{QStringLiteral("study"), QStringLiteral("captain-ii")},
                  {QStringLiteral("outcome"), QStringLiteral("arat")},
                  {QStringLiteral("source"), QStringLiteral("guekht-2017")},
                  {QStringLiteral("metric"), QStringLiteral("mw")},
                  {QStringLiteral("quote"), QStringLiteral("MW 0.62")},
                  {QStringLiteral("statement_kind"), QString(key::verbatim)},
                  {QStringLiteral("treatment_statement_kind"), QString(key::transcribed)},
                  {QStringLiteral("control_statement_kind"), QString(key::verbatim)}};
    // The transcribed treatment kind alone is no arm; the verbatim control kind needs words.
    EXPECT_EQ(rules(eb::catalogue::validateRecord(RecordKind::Result, result)),
              QStringList{QStringLiteral("control_quote:verbatim-words")});
    EXPECT_FALSE(eb::catalogue::hasArm(result, QStringLiteral("treatment")));
}

// Every statement of every template is one the rule knows as template text: a template's
// example row marked verbatim is refused.
TEST(StatementRules, EveryTemplateStatementIsKnownAsTemplateText)
{
    const QDir dir(QStringLiteral(EB_SOURCE_DIR "/docs/templates"));
    int statements = 0;
    for (const QString &name : dir.entryList({QStringLiteral("*.csv")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        eb::output::CsvError error;
        const auto table = eb::output::parseCsv(QString::fromUtf8(file.readAll()), &error);
        ASSERT_TRUE(table.has_value()) << name.toStdString();
        for (const eb::output::CsvRecord &record : table->rows) {
            const QStringList &row = record.fields;
            for (qsizetype c = 0; c < table->header.size() && c < row.size(); ++c) {
                if (table->header.at(c) == QLatin1String("quote") ||
                    table->header.at(c).endsWith(QLatin1String("_quote"))) {
                    ++statements;
                    EXPECT_TRUE(eb::catalogue::isTemplateText(row.at(c)))
                        << name.toStdString() << ": " << row.at(c).toStdString();
                }
            }
        }
    }
    EXPECT_EQ(statements, 8);
}
