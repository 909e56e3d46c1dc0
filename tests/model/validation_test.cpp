// The validation rules of core/model/validation.h, as a table: each row a record as typed, the
// rule (and field) it must break, or none. The same rules serve the forms, the importer and
// check-db, so this table is the contract for all three.
#include "model/validation.h"

#include <QLocale>
#include <cmath>
#include <gtest/gtest.h>

namespace {

using eb::catalogue::Fields;
using eb::catalogue::Problem;
using eb::catalogue::RecordKind;
using eb::catalogue::Severity;

Fields goodResult()
{
    return {{QStringLiteral("study"), QStringLiteral("captain-ii")},
            {QStringLiteral("outcome"), QStringLiteral("arat")},
            {QStringLiteral("source"), QStringLiteral("guekht-2017")},
            {QStringLiteral("metric"), QStringLiteral("mw")},
            {QStringLiteral("estimate"), QStringLiteral("0.620")},
            {QStringLiteral("ci_low"), QStringLiteral("0.51")},
            {QStringLiteral("ci_high"), QStringLiteral("0.72")},
            {QStringLiteral("p_operator"), QStringLiteral("=")},
            {QStringLiteral("p_value"), QStringLiteral("0.03")},
            {QStringLiteral("n"), QStringLiteral("208")},
            {QStringLiteral("quote"), QStringLiteral("\"MW 0.620\"")}};
}

Fields goodSource()
{
    return {{QStringLiteral("slug"), QStringLiteral("smith-2024")},
            {QStringLiteral("kind"), QStringLiteral("journal_article")},
            {QStringLiteral("short_label"), QStringLiteral("Smith 2024")},
            {QStringLiteral("sponsorship"), QStringLiteral("unknown")},
            {QStringLiteral("doi"), QStringLiteral("10.1161/STROKEAHA.115.009416")},
            {QStringLiteral("pmid"), QStringLiteral("26564102")}};
}

Fields with(Fields fields, std::initializer_list<std::pair<const char *, const char *>> changes)
{
    for (const auto &[name, value] : changes) {
        fields.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    }
    return fields;
}

struct Case
{
    const char *name;
    RecordKind kind;
    Fields fields;
    const char *rule;   // nullptr: no problem at all
    const char *column; // the field the problem names
    Severity severity = Severity::Error;
};

QString describe(const QList<Problem> &problems)
{
    QString out;
    for (const Problem &p : problems) {
        out += p.column + QStringLiteral(":") + p.rule + QStringLiteral(" ");
    }
    return out;
}

TEST(Validation, TableOfRules)
{
    const Case cases[] = {
        {"good result", RecordKind::Result, goodResult(), nullptr, nullptr},
        {"good source", RecordKind::Source, goodSource(), nullptr, nullptr},
        {"missing quote", RecordKind::Result, with(goodResult(), {{"quote", ""}}), "required",
         "quote"},
        {"blank-only study", RecordKind::Result, with(goodResult(), {{"study", "  "}}), "required",
         "study"},
        {"decimal comma", RecordKind::Result, with(goodResult(), {{"estimate", "0,62"}}),
         "decimal-comma", "estimate"},
        {"not a number", RecordKind::Result, with(goodResult(), {{"ci_low", "0.5x"}}), "number",
         "ci_low"},
        {"nan is no number", RecordKind::Result, with(goodResult(), {{"ci_low", "nan"}}), "number",
         "ci_low"},
        {"inf is no number", RecordKind::Result, with(goodResult(), {{"ci_high", "inf"}}), "number",
         "ci_high"},
        {"N not whole", RecordKind::Result, with(goodResult(), {{"n", "20.5"}}), "integer", "n"},
        {"N zero", RecordKind::Result, with(goodResult(), {{"n", "0"}}), "positive", "n"},
        {"N negative", RecordKind::Result, with(goodResult(), {{"n", "-3"}}), "positive", "n"},
        {"arm above N", RecordKind::Result,
         with(goodResult(), {{"treatment_n", "300"}, {"treatment_quote", "q"}}), "arm-size",
         "treatment_n"},
        {"arms sum above N", RecordKind::Result,
         with(goodResult(), {{"treatment_n", "150"},
                             {"treatment_quote", "q"},
                             {"control_n", "100"},
                             {"control_quote", "q"}}),
         "arm-size", "n"},
        {"CI low above estimate", RecordKind::Result, with(goodResult(), {{"ci_low", "0.63"}}),
         "ci-order", "ci_low"},
        {"CI high below estimate", RecordKind::Result, with(goodResult(), {{"ci_high", "0.6"}}),
         "ci-order", "ci_high"},
        {"CI half", RecordKind::Result, with(goodResult(), {{"ci_high", ""}}), "ci-pair",
         "ci_high"},
        {"p zero", RecordKind::Result, with(goodResult(), {{"p_value", "0"}}), "p-range",
         "p_value"},
        {"p above 1", RecordKind::Result, with(goodResult(), {{"p_value", "1.2"}}), "p-range",
         "p_value"},
        {"p without operator", RecordKind::Result, with(goodResult(), {{"p_operator", ""}}),
         "p-pair", "p_operator"},
        {"MW of 1", RecordKind::Result, with(goodResult(), {{"estimate", "1"}, {"ci_high", "1.1"}}),
         "mw-range", "estimate"},
        {"ratio zero", RecordKind::Result,
         with(goodResult(),
              {{"metric", "or"}, {"estimate", "1.2"}, {"ci_low", "0"}, {"ci_high", "2"}}),
         "ratio-positive", "ci_low"},
        {"SD zero", RecordKind::Result,
         with(goodResult(), {{"control_sd", "0"}, {"control_quote", "q"}}), "sd-positive",
         "control_sd"},
        {"events above total", RecordKind::Result,
         with(goodResult(),
              {{"control_events", "12"}, {"control_total", "10"}, {"control_quote", "q"}}),
         "events-total", "control_events"},
        {"arm without quote", RecordKind::Result, with(goodResult(), {{"control_n", "10"}}),
         "required", "control_quote"},
        {"SE typed as SD: a warning", RecordKind::Result,
         with(goodResult(),
              {{"metric", "smd"}, {"estimate", "2.5"}, {"ci_low", "1.9"}, {"ci_high", "3.1"}}),
         "se-as-sd", "estimate", Severity::Warning},
        {"unknown metric", RecordKind::Result, with(goodResult(), {{"metric", "hr"}}), "key",
         "metric"},
        {"derived without derivation", RecordKind::Result,
         with(goodResult(), {{"origin", "derived"}}), "required", "derivation"},
        {"unknown column", RecordKind::Result, with(goodResult(), {{"colour", "red"}}),
         "unknown-column", "colour"},
        {"DOI with URL", RecordKind::Source,
         with(goodSource(), {{"doi", "https://doi.org/10.1161/x"}}), "doi", "doi"},
        {"PMID with letters", RecordKind::Source, with(goodSource(), {{"pmid", "PMID1234"}}),
         "pmid", "pmid"},
        {"year out of range", RecordKind::Source, with(goodSource(), {{"year", "1850"}}), "year",
         "year"},
        {"slug with spaces", RecordKind::Source, with(goodSource(), {{"slug", "Smith 2024"}}),
         "slug", "slug"},
        {"analysed above enrolled",
         RecordKind::Study,
         {{QStringLiteral("slug"), QStringLiteral("x")},
          {QStringLiteral("name"), QStringLiteral("X")},
          {QStringLiteral("design"), QStringLiteral("rct")},
          {QStringLiteral("condition"), QStringLiteral("stroke")},
          {QStringLiteral("species"), QStringLiteral("human")},
          {QStringLiteral("sponsorship"), QStringLiteral("unknown")},
          {QStringLiteral("n_enrolled"), QStringLiteral("100")},
          {QStringLiteral("n_analysed"), QStringLiteral("120")}},
         "arm-size",
         "n_analysed"},
        {"outcome range reversed",
         RecordKind::Outcome,
         {{QStringLiteral("slug"), QStringLiteral("arat")},
          {QStringLiteral("name"), QStringLiteral("ARAT")},
          {QStringLiteral("domain"), QStringLiteral("motor")},
          {QStringLiteral("direction"), QStringLiteral("higher_better")},
          {QStringLiteral("range_min"), QStringLiteral("57")},
          {QStringLiteral("range_max"), QStringLiteral("0")}},
         "range-order",
         "range_min"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const QList<Problem> problems = eb::catalogue::validateRecord(c.kind, c.fields);
        if (c.rule == nullptr) {
            EXPECT_TRUE(problems.isEmpty()) << describe(problems).toStdString();
            continue;
        }
        bool found = false;
        for (const Problem &p : problems) {
            if (p.rule == QLatin1String(c.rule) && p.column == QLatin1String(c.column)) {
                found = true;
                EXPECT_EQ(p.severity, c.severity);
                EXPECT_FALSE(p.message.isEmpty());
            }
        }
        EXPECT_TRUE(found) << "got: " << describe(problems).toStdString();
        EXPECT_EQ(eb::catalogue::hasErrors(problems), c.severity == Severity::Error);
    }
}

TEST(Validation, NumbersParseInTheCLocaleOnly)
{
    using eb::catalogue::parseNumber;
    EXPECT_EQ(parseNumber(QStringLiteral("0.62")), 0.62);
    EXPECT_EQ(parseNumber(QStringLiteral(" -1.5e-3 ")), -1.5e-3);
    EXPECT_EQ(parseNumber(QStringLiteral(".5")), 0.5);
    for (const char *bad : {"0,62", "1,000", "1 000", "0.6.2", "", "e5", "1e400", "0x10", "½"}) {
        Problem why;
        EXPECT_FALSE(parseNumber(QString::fromUtf8(bad), &why)) << bad;
        EXPECT_FALSE(why.rule.isEmpty()) << bad;
    }
    Problem why;
    parseNumber(QStringLiteral("0,62"), &why);
    EXPECT_EQ(why.rule, QStringLiteral("decimal-comma"));
    EXPECT_TRUE(why.message.contains(QStringLiteral("0,62")));
}

// parseNumber reads plain decimals without QLocale (validation.cpp, asciiDecimal): every value
// must equal QLocale's (and -0 stay -0), including ties, the smallest and largest doubles, signs,
// long digit strings, and texts it leaves to QLocale (out of range, longer than its buffer).
TEST(Validation, NumbersParseAsQLocaleReadsThem)
{
    QStringList texts{
        QStringLiteral("0"),
        QStringLiteral("-0"),
        QStringLiteral("+0.5"),
        QStringLiteral("5."),
        QStringLiteral("-.25"),
        QStringLiteral("1E5"),
        QStringLiteral("1e+5"),
        QStringLiteral("2.2250738585072011e-308"),
        QStringLiteral("4.9406564584124654e-324"),
        QStringLiteral("1.7976931348623157e308"),
        QStringLiteral("9007199254740993"),
        QStringLiteral("0.1000000000000000055511151231257827"),
        QStringLiteral("1e-400"),
        QStringLiteral("00000000000000000000000000000000000000000000000000000000000001.5"),
        QString(70, u'9') + QStringLiteral(".5")};
    // Numbers of every length and position of the point, from a fixed sequence.
    quint64 state = 12345;
    for (int i = 0; i < 2000; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        QString digits = QString::number(state >> 11);
        digits.truncate(1 + static_cast<int>((state >> 3) % 19));
        const qsizetype point = static_cast<qsizetype>((state >> 7) % (digits.size() + 1));
        digits.insert(point, u'.');
        if ((state & 1) != 0) {
            digits.prepend(u'-');
        }
        if ((state & 6) == 6) {
            digits += QStringLiteral("e-%1").arg((state >> 20) % 320);
        }
        texts << digits;
    }
    for (const QString &text : texts) {
        bool ok = false;
        const double expected = QLocale::c().toDouble(text, &ok);
        const std::optional<double> value = eb::catalogue::parseNumber(text);
        ASSERT_EQ(value.has_value(), ok && std::isfinite(expected)) << text.toStdString();
        if (value) {
            EXPECT_EQ(*value, expected) << text.toStdString();
            EXPECT_EQ(std::signbit(*value), std::signbit(expected)) << text.toStdString(); // -0
        }
    }
}

TEST(Validation, NumberTextReadsBackAsTheSameValue)
{
    for (double v : {0.1, 0.0001, 1e-10, 123456789.123, 0.62, -2.5, 1.0 / 3}) {
        const QString text = eb::catalogue::numberText(v);
        EXPECT_EQ(eb::catalogue::parseNumber(text), v) << text.toStdString();
    }
    EXPECT_EQ(eb::catalogue::numberText(0.0001), QStringLiteral("0.0001"));
}

} // namespace
