// The vocabulary (catalogue/vocabulary.h) against the schema: every enumerated column's CHECK
// list in db/schema/*.sql is exactly the keys of one vocabulary list, or is one of the few
// columns shown as stored; and the metric keys are stats::metricKey()'s.
#include "model/vocabulary.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

namespace vocabulary = eb::catalogue::vocabulary;
using vocabulary::List;

namespace {

// Columns whose keys are shown as they are stored (symbols, or words already readable).
const QSet<QString> kShownAsStored{
    QStringLiteral("study.blinding"),
    QStringLiteral("field_provenance.entity"),
    QStringLiteral("result.p_operator"),
    QStringLiteral("claim.kind"),
    // The review links (0004): words already ('article', 'source', 'derived', 'harm', ...).
    QStringLiteral("discrepancy_link.side"),
    QStringLiteral("discrepancy_link.entity"),
    QStringLiteral("claim_link.role"),
};

// "table.column" -> the keys of its CHECK (column [IS NULL OR column] IN ('a', 'b')) list,
// for every TEXT column of every migration: in a CREATE TABLE, or added by ALTER TABLE ... ADD
// COLUMN (0005 adds statement_kind to eight tables so).
QMap<QString, QStringList> schemaCheckLists()
{
    QMap<QString, QStringList> lists;
    const QDir dir(QStringLiteral(EB_SOURCE_DIR "/db/schema"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    const QRegularExpression comment(QStringLiteral("--[^\\n]*"));
    const QRegularExpression table(QStringLiteral("CREATE\\s+TABLE\\s+(\\w+)\\s*\\((.*?)\\n\\);"),
                                   QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpression column(QStringLiteral(
        "(\\w+)\\s+TEXT\\b[^,]*?CHECK\\s*\\(\\s*(\\w+)\\s+(?:IS\\s+NULL\\s+OR\\s+\\w+\\s+)?"
        "IN\\s*\\(([^)]*)\\)"));
    const QRegularExpression added(QStringLiteral(
        "ALTER\\s+TABLE\\s+(\\w+)\\s+ADD\\s+COLUMN\\s+(\\w+)\\s+TEXT\\b[^;]*?CHECK\\s*\\(\\s*(\\w+)"
        "\\s+(?:IS\\s+NULL\\s+OR\\s+\\w+\\s+)?IN\\s*\\(([^)]*)\\)[^;]*;"));
    const QRegularExpression quoted(QStringLiteral("'([^']*)'"));
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            ADD_FAILURE() << "cannot read " << qPrintable(file.fileName());
            continue;
        }
        const QString sql = QString::fromUtf8(file.readAll()).remove(comment);
        for (auto t = table.globalMatch(sql); t.hasNext();) {
            const auto tableMatch = t.next();
            const QString body = tableMatch.captured(2);
            for (auto c = column.globalMatch(body); c.hasNext();) {
                const auto columnMatch = c.next();
                EXPECT_EQ(columnMatch.captured(1), columnMatch.captured(2))
                    << "a CHECK on another column in " << qPrintable(name);
                QStringList keys;
                for (auto q = quoted.globalMatch(columnMatch.captured(3)); q.hasNext();) {
                    keys << q.next().captured(1);
                }
                lists.insert(tableMatch.captured(1) + QLatin1Char('.') + columnMatch.captured(1),
                             keys);
            }
        }
        for (auto a = added.globalMatch(sql); a.hasNext();) {
            const auto match = a.next();
            EXPECT_EQ(match.captured(2), match.captured(3))
                << "a CHECK on another column in " << qPrintable(name);
            QStringList keys;
            for (auto q = quoted.globalMatch(match.captured(4)); q.hasNext();) {
                keys << q.next().captured(1);
            }
            lists.insert(match.captured(1) + QLatin1Char('.') + match.captured(2), keys);
        }
    }
    return lists;
}

} // namespace

TEST(Vocabulary, TheSchemaParserFindsTheEnumeratedColumns)
{
    const auto lists = schemaCheckLists();
    // The parser must see the lists it checks, or every comparison below passes vacuously.
    EXPECT_GE(lists.size(), 25);
    EXPECT_EQ(lists.value(QStringLiteral("study.condition")),
              (QStringList{QStringLiteral("stroke"), QStringLiteral("traumatic_brain_injury")}));
    EXPECT_EQ(lists.value(QStringLiteral("result.p_operator")).size(), 4);
    // A column 0005 adds by ALTER TABLE.
    EXPECT_EQ(lists.value(QStringLiteral("arm_summary.statement_kind")),
              (QStringList{QStringLiteral("verbatim"), QStringLiteral("transcribed")}));
}

TEST(Vocabulary, EachListEqualsTheSchemaCheckListsOfItsColumns)
{
    const auto lists = schemaCheckLists();
    for (const List list : vocabulary::allLists()) {
        const QStringList columns = vocabulary::columns(list);
        EXPECT_FALSE(columns.isEmpty());
        for (const QString &column : columns) {
            ASSERT_TRUE(lists.contains(column)) << "no CHECK list for " << qPrintable(column);
            EXPECT_EQ(vocabulary::keys(list), lists.value(column)) << qPrintable(column);
        }
    }
}

TEST(Vocabulary, EveryEnumeratedColumnHasAListOrIsShownAsStored)
{
    const auto lists = schemaCheckLists();
    QSet<QString> covered;
    for (const List list : vocabulary::allLists()) {
        for (const QString &column : vocabulary::columns(list)) {
            EXPECT_FALSE(covered.contains(column)) << "two lists claim " << qPrintable(column);
            covered.insert(column);
        }
    }
    for (auto it = lists.cbegin(); it != lists.cend(); ++it) {
        EXPECT_TRUE(covered.contains(it.key()) != kShownAsStored.contains(it.key()))
            << qPrintable(it.key()) << ": add it to a vocabulary list (or to kShownAsStored)";
    }
    for (const QString &column : kShownAsStored) {
        EXPECT_TRUE(lists.contains(column)) << qPrintable(column) << " is gone from the schema";
    }
}

TEST(Vocabulary, MetricKeysAreTheStatsKeysInOrder)
{
    using eb::stats::Metric;
    const QStringList keys = vocabulary::keys(List::Metric);
    const int count = static_cast<int>(Metric::None) + 1;
    ASSERT_EQ(keys.size(), count);
    for (int i = 0; i < count; ++i) {
        const auto metric = static_cast<Metric>(i);
        EXPECT_EQ(keys.at(i), vocabulary::metricKey(metric));
        EXPECT_EQ(vocabulary::metricFromKey(keys.at(i)), metric);
        EXPECT_FALSE(vocabulary::metric(metric).isEmpty());
        EXPECT_FALSE(vocabulary::metricShort(metric).isEmpty());
        EXPECT_FALSE(vocabulary::metricAxisTitle(metric).isEmpty());
    }
    EXPECT_FALSE(vocabulary::metricFromKey(QStringLiteral("auc")).has_value());
}

TEST(Vocabulary, LabelsAreWordsAndAnUnknownKeyIsShownAsItIs)
{
    for (const List list : vocabulary::allLists()) {
        for (const QString &key : vocabulary::keys(list)) {
            EXPECT_FALSE(vocabulary::label(list, key).isEmpty()) << qPrintable(key);
            EXPECT_FALSE(vocabulary::shortLabel(list, key).isEmpty()) << qPrintable(key);
        }
        EXPECT_EQ(vocabulary::label(list, QStringLiteral("no_such_key")),
                  QStringLiteral("no_such_key"));
    }
    EXPECT_EQ(vocabulary::design(QStringLiteral("rct")),
              QStringLiteral("Randomised controlled trial"));
    EXPECT_EQ(vocabulary::sponsorshipShort(QStringLiteral("industry")), QStringLiteral("Industry"));
    EXPECT_EQ(vocabulary::verdictShort(QStringLiteral("discrepant")), QStringLiteral("Differs"));
    EXPECT_EQ(vocabulary::metricShort(eb::stats::Metric::OddsRatio), QStringLiteral("OR"));
    EXPECT_EQ(vocabulary::metricAxisTitle(eb::stats::Metric::OddsRatio),
              QStringLiteral("Odds ratio (log scale)"));
}

namespace {

// Lists whose keys double as other names, so a literal of theirs is not necessarily the key:
// metric keys are stats::metricKey()'s own (core/stats is their home, and "d", "or" are also
// command-line options); 'reported', 'derived', 'treatment', 'control' are JSON field names;
// 'article' is also the article's source slug; source kinds are mapped to citation types in
// core/export. Keys of these lists, and of the columns shown as stored, are not checked.
// Target kinds are plain English words ("process", "structure") used as such elsewhere.
const QList<List> kListsWithOverloadedKeys{List::Metric,     List::Origin,
                                           List::ArmRole,    List::StudySourceRole,
                                           List::SourceKind, List::TargetKind};
// Topic keys that also name record kinds and sections ("a mechanism", "dosing protocols",
// "General" settings).
const QSet<QString> kKeysThatAreAlsoOtherNames{QStringLiteral("mechanism"),
                                               QStringLiteral("dosing"), QStringLiteral("general")};

QSet<QString> checkedKeys()
{
    QSet<QString> keys;
    QSet<QString> overloaded = kKeysThatAreAlsoOtherNames;
    for (const List list : vocabulary::allLists()) {
        const QStringList listKeys = vocabulary::keys(list);
        if (kListsWithOverloadedKeys.contains(list)) {
            overloaded.unite(QSet<QString>(listKeys.cbegin(), listKeys.cend()));
        } else {
            keys.unite(QSet<QString>(listKeys.cbegin(), listKeys.cend()));
        }
    }
    const auto lists = schemaCheckLists();
    for (const QString &column : kShownAsStored) {
        const QStringList stored = lists.value(column);
        overloaded.unite(QSet<QString>(stored.cbegin(), stored.cend()));
    }
    return keys.subtract(overloaded);
}

// "line: text" for each line of `source` holding one of `keys` as a whole string literal,
// outside comments and translated words (tr("unknown") is a word, not a key).
QStringList keyLiterals(const QString &source, const QSet<QString> &keys)
{
    static const QRegularExpression literal(QStringLiteral("\"([a-z_]+)\""));
    static const QRegularExpression translated(
        QStringLiteral("(\\btr\\(|QT_TRANSLATE_NOOP\\([^,]*,)\\s*$"));
    QStringList found;
    const QStringList lines = source.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().startsWith(QStringLiteral("//"))) {
            continue;
        }
        for (auto m = literal.globalMatch(line); m.hasNext();) {
            const auto match = m.next();
            if (keys.contains(match.captured(1)) &&
                !translated.match(line.left(match.capturedStart())).hasMatch()) {
                found << QStringLiteral("%1: %2").arg(i + 1).arg(line.trimmed());
            }
        }
    }
    return found;
}

} // namespace

TEST(Vocabulary, TheKeyLiteralScannerFindsAKeyAndIgnoresWords)
{
    const QSet<QString> keys = checkedKeys();
    ASSERT_TRUE(keys.contains(QStringLiteral("traumatic_brain_injury")));
    ASSERT_TRUE(keys.contains(QStringLiteral("tbi")));
    EXPECT_FALSE(keys.contains(QStringLiteral("d"))); // a metric key: core/stats is its home
    const QString source =
        QStringLiteral("// \"stroke\" in a comment\n"
                       "combo->addItem(tr(\"Stroke\"), QStringLiteral(\"stroke\"));\n"
                       "const QString word = tr(\"unknown\");\n"
                       "if (design == QLatin1String(\"rct\")) {\n");
    EXPECT_EQ(keyLiterals(source, keys),
              (QStringList{QStringLiteral("2: combo->addItem(tr(\"Stroke\"), "
                                          "QStringLiteral(\"stroke\"));"),
                           QStringLiteral("4: if (design == QLatin1String(\"rct\")) {")}));
}

TEST(Vocabulary, NoKeyOfACheckListIsSpelledOutsideTheVocabulary)
{
    const QSet<QString> keys = checkedKeys();
    QStringList offenders;
    int files = 0;
    for (const char *root : {"/app", "/core"}) {
        QDirIterator it(QStringLiteral(EB_SOURCE_DIR) + QLatin1String(root),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QStringLiteral("/core/model/vocabulary."))) {
                continue; // the home
            }
            QFile file(path);
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
            ++files;
            for (const QString &hit : keyLiterals(QString::fromUtf8(file.readAll()), keys)) {
                offenders << path.mid(qsizetype(qstrlen(EB_SOURCE_DIR)) + 1) + QLatin1Char(':') +
                                 hit;
            }
        }
    }
    EXPECT_GT(files, 100);
    EXPECT_TRUE(offenders.isEmpty()) << "name these keys through core/model/vocabulary.h:\n"
                                     << offenders.join(QLatin1Char('\n')).toStdString();
}

TEST(Vocabulary, ClaimTopicsAreAClosedList)
{
    EXPECT_EQ(
        vocabulary::keys(List::Topic),
        (QStringList{QStringLiteral("general"), QStringLiteral("mechanism"),
                     QStringLiteral("stroke"), QStringLiteral("tbi"), QStringLiteral("dosing")}));
    EXPECT_EQ(vocabulary::topic(QStringLiteral("tbi")), QStringLiteral("TBI"));
}

TEST(Vocabulary, DisplayMetricKeysRoundTrip)
{
    EXPECT_EQ(vocabulary::displayMetricKeys(),
              (QStringList{QStringLiteral("native"), QStringLiteral("mw"), QStringLiteral("d"),
                           QStringLiteral("or")}));
    for (const vocabulary::DisplayMetric display : vocabulary::allDisplayMetrics()) {
        EXPECT_EQ(vocabulary::displayMetricFromKey(vocabulary::displayMetricKey(display)), display);
        EXPECT_FALSE(vocabulary::displayMetricLabel(display).isEmpty());
    }
    EXPECT_EQ(vocabulary::displayMetricFromKey(QStringLiteral(" MW ")),
              vocabulary::DisplayMetric::Mw);
    EXPECT_FALSE(vocabulary::displayMetricFromKey(QStringLiteral("g")).has_value());
}
