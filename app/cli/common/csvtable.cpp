#include "cli/common/csvtable.h"

#include "output/boundedread.h"
#include "output/messagetext.h"
#include "output/textformats.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <charconv>
#include <cmath>

namespace eb::cli {

std::optional<QString> readCsvText(const QString &file, QTextStream &in, QString *error)
{
    if (file != QLatin1String("-")) {
        const std::optional<QByteArray> data = eb::output::readBounded(file, kMaxCsvBytes, error);
        return data ? std::optional(QString::fromUtf8(*data)) : std::nullopt;
    }
    // Standard input: one character past the bound tells that there was more.
    const QString text = in.read(kMaxCsvBytes + 1);
    if (text.size() > kMaxCsvBytes) {
        *error = QCoreApplication::translate("eb::cli::csv",
                                             "standard input: larger than %1, too large to be "
                                             "what this command reads")
                     .arg(QLocale::c().formattedDataSize(kMaxCsvBytes));
        return std::nullopt;
    }
    return text;
}

std::optional<double> parseNumber(const QString &text, QString *why)
{
    auto fail = [&](const QString &message) {
        if (why != nullptr) {
            *why = message;
        }
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return fail(QCoreApplication::translate("eb::cli", "empty cell"));
    }
    if (trimmed.contains(QLatin1Char(','))) {
        return fail(QCoreApplication::translate(
                        "eb::cli", "'%1' has a comma: write decimals with a point (0.5, not 0,5)")
                        .arg(eb::output::elidedInput(trimmed)));
    }
    // One grammar for a number everywhere (the catalogue's, the CSV writer's): a sign, digits
    // with a point, an exponent. from_chars alone would read "+-5" as -5 once the '+' is gone.
    if (!eb::output::isCsvNumber(trimmed)) {
        return fail(QCoreApplication::translate("eb::cli", "'%1' is not a number")
                        .arg(eb::output::elidedInput(trimmed)));
    }
    const QByteArray bytes = trimmed.toLatin1();
    const char *begin = bytes.constData();
    const char *end = begin + bytes.size();
    if (begin != end && *begin == '+') {
        ++begin;
    }
    double value = 0.0;
    const auto [ptr, ec] = std::from_chars(begin, end, value, std::chars_format::general);
    if (ec != std::errc() || ptr != end || trimmed.toLatin1() != trimmed.toUtf8()) {
        return fail(QCoreApplication::translate("eb::cli", "'%1' is not a number")
                        .arg(eb::output::elidedInput(trimmed)));
    }
    if (!std::isfinite(value)) {
        return fail(QCoreApplication::translate("eb::cli", "'%1' is not a finite number")
                        .arg(eb::output::elidedInput(trimmed)));
    }
    return value;
}

} // namespace eb::cli
