// libFuzzer target: the number and interval parsers. The input's lines are a result's metric,
// estimate, CI limits, CI level, p value and N as typed (a form, an import); validateRecord()
// either accepts them, and then the interval holds its estimate and each number its range, or
// names a field and a rule in a short message. Every number read is finite and reads back from
// the text the program writes for it; the catalogue's parser, the command line's parser (and
// its number options) and the CSV writer's test for a number agree on what a number is.
#include "cli/common/csvtable.h"
#include "model/validation.h"
#include "output/textformats.h"

#include <QLocale>
#include <cmath>
#include <cstddef>
#include <cstdint>

namespace {

using eb::catalogue::Fields;
using eb::catalogue::Problem;

void checkNumber(const QString &text)
{
    Problem problem;
    const std::optional<double> value = eb::catalogue::parseNumber(text, &problem);
    if (!value) {
        if (problem.message.isEmpty() || problem.value.size() > 40) {
            __builtin_trap(); // a refusal says why, quoting a short excerpt
        }
    } else {
        if (!std::isfinite(*value)) {
            __builtin_trap();
        }
        const std::optional<double> again =
            eb::catalogue::parseNumber(eb::catalogue::numberText(*value));
        if (!again || *again != *value) {
            __builtin_trap(); // the text written for a number reads back as that number
        }
    }
    // One grammar: the command line's parser reads what the catalogue's reads (it may refuse
    // more: a value too large for either), and a CSV cell that is a number by the writer's
    // test is one by the parsers, unless it overflows.
    QString why;
    const std::optional<double> cli = eb::cli::parseNumber(text, &why);
    if (value && (!cli || *cli != *value)) {
        __builtin_trap();
    }
    if (cli && !value) {
        __builtin_trap();
    }
    // The statistics commands' number options (--value, --level, --cer) read by the same
    // grammar, and their message quotes a short excerpt whatever the value's length.
    QString optionError;
    const std::optional<double> option =
        eb::cli::numberOption(QStringLiteral("--value"), text, &optionError);
    if (option.has_value() != cli.has_value() || (option && *option != *cli) ||
        (!option && (optionError.isEmpty() || optionError.size() > 160))) {
        __builtin_trap();
    }
    if (eb::output::isCsvNumber(text) && !value) {
        const double overflow = std::abs(QLocale::c().toDouble(text.trimmed()));
        if (!(overflow == 0 || overflow > 1e300 || std::isinf(overflow))) {
            __builtin_trap();
        }
    }
    if (value && text == text.trimmed() && !eb::output::isCsvNumber(text)) {
        __builtin_trap();
    }
}

std::optional<double> numberOf(const Fields &fields, const char *name)
{
    const QString text = fields.value(QLatin1String(name));
    return text.trimmed().isEmpty() ? std::nullopt : eb::catalogue::parseNumber(text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        checkNumber(line);
    }
    static const char *const kColumns[] = {"metric",   "estimate", "ci_low", "ci_high",
                                           "ci_level", "p_value",  "n",      "p_operator"};
    Fields fields{{QStringLiteral("study"), QStringLiteral("captain-ii")},
                  {QStringLiteral("outcome"), QStringLiteral("captain-ensemble")},
                  {QStringLiteral("source"), QStringLiteral("guekht-2023")},
                  {QStringLiteral("quote"), QStringLiteral("as typed")}};
    for (qsizetype i = 0; i < lines.size() && i < std::ssize(kColumns); ++i) {
        fields.insert(QLatin1String(kColumns[i]), lines.at(i));
    }
    const QList<Problem> problems =
        eb::catalogue::validateRecord(eb::catalogue::RecordKind::Result, fields);
    for (const Problem &p : problems) {
        if (p.rule.isEmpty() || p.message.isEmpty() || p.message.size() > 400 ||
            p.value.size() > 40) {
            __builtin_trap(); // every problem names its rule in a short message
        }
    }
    if (eb::catalogue::hasErrors(problems)) {
        return 0;
    }
    // Accepted: the interval holds the estimate, both limits or neither, ranges kept.
    const auto estimate = numberOf(fields, "estimate");
    const auto low = numberOf(fields, "ci_low");
    const auto high = numberOf(fields, "ci_high");
    if (low.has_value() != high.has_value()) {
        __builtin_trap();
    }
    if ((estimate && low && *low > *estimate) || (estimate && high && *estimate > *high) ||
        (low && high && *low > *high)) {
        __builtin_trap();
    }
    const QString metric = fields.value(QStringLiteral("metric"));
    for (const auto &v : {estimate, low, high}) {
        if (v && metric == QLatin1String("mw") && !(*v > 0 && *v < 1)) {
            __builtin_trap();
        }
        if (v && (metric == QLatin1String("or") || metric == QLatin1String("rr")) && !(*v > 0)) {
            __builtin_trap();
        }
    }
    const auto level = numberOf(fields, "ci_level");
    const auto p = numberOf(fields, "p_value");
    if ((level && !(*level > 0 && *level < 100)) || (p && !(*p > 0 && *p <= 1))) {
        __builtin_trap();
    }
    return 0;
}
