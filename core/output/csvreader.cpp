#include "output/csvreader.h"

#include "output/textformats.h"

#include <QCoreApplication>

namespace eb::output {

std::optional<CsvTable> parseCsv(const QString &text, CsvError *error)
{
    // An unquoted field is taken from the text as one slice when it ends; only a quoted field
    // (which may hold doubled quotes) is built character by character. A 100,000-row file is
    // read in a few milliseconds this way (docs/performance.md).
    QVector<CsvRecord> records;
    CsvRecord current;
    QString field;       // the text of a quoted field
    bool quoted = false; // the current field was quoted
    bool inQuotes = false;
    bool afterQuote = false; // a quoted field has closed; only a separator may follow
    bool nonSpace = false;   // the current unquoted field has a character other than a space
    bool recordHasContent = false;
    int line = 1;
    int quoteLine = 1; // where the open quoted field began
    current.line = 1;
    const qsizetype size = text.size();
    qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    qsizetype start = i; // where the current unquoted field began

    auto fail = [&](const QString &message) {
        if (error != nullptr) {
            *error = CsvError{line, message};
        }
        return std::nullopt;
    };
    auto endField = [&](qsizetype end) {
        // A text our writers neutralised against spreadsheet formulas ('=x) reads back as it
        // was given (output/textformats.h).
        current.fields.append(csvFieldValue(quoted ? field : text.mid(start, end - start)));
        field.clear();
        quoted = false;
        afterQuote = false;
        nonSpace = false;
    };
    auto endRecord = [&](qsizetype end) {
        endField(end);
        // A blank line (one empty field, no quotes) is skipped, not a record.
        if (recordHasContent) {
            const qsizetype fields = current.fields.size();
            records.append(std::move(current));
            current = CsvRecord{};
            current.fields.reserve(fields);
        } else {
            current.fields.clear();
        }
        recordHasContent = false;
    };

    for (; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
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
            endField(i);
            start = i + 1;
            recordHasContent = true;
        } else if (c == QLatin1Char('\r')) {
            // Part of CRLF (left out of the field); a lone CR is treated as a line end too.
            if (i + 1 >= size || text.at(i + 1) != QLatin1Char('\n')) {
                endRecord(i);
                start = i + 1;
                ++line;
                current.line = line;
            }
        } else if (c == QLatin1Char('\n')) {
            endRecord(i > start && text.at(i - 1) == QLatin1Char('\r') ? i - 1 : i);
            start = i + 1;
            ++line;
            current.line = line;
        } else if (c == QLatin1Char('"')) {
            if (nonSpace || afterQuote || quoted) {
                return fail(QCoreApplication::translate("eb::output",
                                                        "a double quote inside an unquoted field"));
            }
            field.clear();
            quoted = true;
            inQuotes = true;
            quoteLine = line;
            recordHasContent = true;
        } else if (afterQuote) {
            if (c.isSpace()) {
                continue;
            }
            return fail(QCoreApplication::translate("eb::output",
                                                    "text after the closing quote of a field"));
        } else if (!c.isSpace()) {
            nonSpace = true;
            recordHasContent = true;
        }
    }
    if (inQuotes) {
        line = quoteLine;
        return fail(QCoreApplication::translate("eb::output", "a quoted field is never closed"));
    }
    endRecord(size);

    CsvTable table;
    if (records.isEmpty()) {
        return table;
    }
    for (const QString &name : records.first().fields) {
        table.header.append(name.trimmed());
    }
    records.removeFirst();
    table.rows = std::move(records);
    return table;
}

} // namespace eb::output
