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

std::optional<CsvTable> parseCsv(const QString &input, CsvError *error)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    QVector<CsvRecord> records;
    CsvRecord current;
    QString field;
    bool inQuotes = false;
    bool afterQuote = false; // a quoted field has closed; only a separator may follow
    bool recordHasContent = false;
    int line = 1;
    int quoteLine = 1; // where the open quoted field began
    current.line = 1;

    auto fail = [&](const QString &message) {
        if (error != nullptr) {
            *error = CsvError{line, message};
        }
        return std::nullopt;
    };
    auto endField = [&]() {
        // A text our writers neutralised against spreadsheet formulas ('=x) reads back as it
        // was given (output/textformats.h).
        current.fields.append(eb::output::csvFieldValue(field));
        field.clear();
        afterQuote = false;
    };
    auto endRecord = [&]() {
        endField();
        // A blank line (one empty field, no quotes) is skipped, not a record.
        if (recordHasContent) {
            records.append(current);
        }
        current = CsvRecord{};
        recordHasContent = false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
            recordHasContent = true;
        } else if (c == QLatin1Char('\r')) {
            // Part of CRLF; a lone CR is treated as a line end too.
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')) {
                endRecord();
                ++line;
                current.line = line;
            }
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            current.line = line;
        } else if (c == QLatin1Char('"')) {
            if (!field.trimmed().isEmpty() || afterQuote) {
                return fail(QCoreApplication::translate("eb::cli",
                                                        "a double quote inside an unquoted field"));
            }
            field.clear();
            inQuotes = true;
            quoteLine = line;
            recordHasContent = true;
        } else {
            if (afterQuote) {
                if (c.isSpace()) {
                    continue;
                }
                return fail(QCoreApplication::translate("eb::cli",
                                                        "text after the closing quote of a field"));
            }
            field.append(c);
            if (!c.isSpace()) {
                recordHasContent = true;
            }
        }
    }
    if (inQuotes) {
        line = quoteLine;
        return fail(QCoreApplication::translate("eb::cli", "a quoted field is never closed"));
    }
    endRecord();

    CsvTable table;
    if (records.isEmpty()) {
        return table;
    }
    for (const QString &name : records.first().fields) {
        table.header.append(name.trimmed());
    }
    table.rows = records.mid(1);
    return table;
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
