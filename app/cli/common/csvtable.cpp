#include "cli/common/csvtable.h"

#include "output/boundedread.h"
#include "output/messagetext.h"
#include "output/textformats.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <array>
#include <charconv>
#include <cmath>
#include <string>
#include <utility>

namespace eb::cli {

namespace {

// The cell's text between leading and trailing white space, as indexes.
std::pair<qsizetype, qsizetype> trimmedRange(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && text.at(begin).isSpace()) {
        ++begin;
    }
    while (end > begin && text.at(end - 1).isSpace()) {
        --end;
    }
    return {begin, end};
}

} // namespace

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
    const auto [first, last] = trimmedRange(text);
    if (first == last) {
        return fail(QCoreApplication::translate("eb::cli", "empty cell"));
    }
    // The digits go to std::from_chars from a buffer on the stack: no allocation per cell.
    // A cell longer than that buffer (64 digits are still a number the catalogue reads) goes
    // through the heap, so the length of a number never decides whether it is one.
    // Anything not ASCII is not a number; a comma gets its own message.
    constexpr qsizetype kLongest = 64;
    std::array<char, kLongest> small{};
    std::string large;
    char *buffer = small.data();
    if (last - first > kLongest) {
        large.resize(static_cast<std::size_t>(last - first));
        buffer = large.data();
    }
    bool ascii = true;
    bool comma = false;
    for (qsizetype i = first; i < last; ++i) {
        const char16_t u = text.at(i).unicode();
        comma = comma || u == u',';
        ascii = ascii && u < 128;
        if (ascii) {
            buffer[i - first] = static_cast<char>(u);
        }
    }
    // The cell as the messages quote it (made only for a message).
    const auto trimmed = [&, first = first, last = last] {
        return text.mid(first, last - first);
    };
    if (comma) {
        return fail(QCoreApplication::translate(
                        "eb::cli", "'%1' has a comma: write decimals with a point (0.5, not 0,5)")
                        .arg(eb::output::elidedInput(trimmed())));
    }
    // One grammar for a number everywhere (the catalogue's, the CSV writer's): a sign, digits
    // with a point, an exponent. from_chars alone would read "+-5" as -5 once the '+' is gone.
    // The grammar reads the cell in place (a view, not a copy: a 100,000-row file has
    // 200,000 cells to read).
    if (!ascii ||
        !eb::output::isCsvNumber(QString::fromRawData(text.constData() + first, last - first))) {
        return fail(QCoreApplication::translate("eb::cli", "'%1' is not a number")
                        .arg(eb::output::elidedInput(trimmed())));
    }
    const char *begin = buffer;
    const char *end = begin + (last - first);
    if (ascii && begin != end && *begin == '+') {
        ++begin;
    }
    double value = 0.0;
    const auto [ptr, ec] = ascii ? std::from_chars(begin, end, value, std::chars_format::general)
                                 : std::from_chars_result{begin, std::errc::invalid_argument};
    if (ec != std::errc() || ptr != end) {
        return fail(QCoreApplication::translate("eb::cli", "'%1' is not a number")
                        .arg(eb::output::elidedInput(trimmed())));
    }
    if (!std::isfinite(value)) {
        return fail(QCoreApplication::translate("eb::cli", "'%1' is not a finite number")
                        .arg(eb::output::elidedInput(trimmed())));
    }
    return value;
}

std::optional<double> numberOption(const QString &option, const QString &text, QString *error)
{
    QString why;
    const std::optional<double> value = parseNumber(text, &why);
    if (!value && text.trimmed().isEmpty()) {
        why = QCoreApplication::translate("eb::cli", "a number is needed");
    }
    if (!value && error != nullptr) {
        // The option's name is ours; only the value is the user's, and parseNumber() quotes an
        // excerpt of it.
        *error = QCoreApplication::translate("eb::cli", "%1: %2")
                     .arg(eb::output::elidedInput(option), why);
    }
    return value;
}

} // namespace eb::cli
