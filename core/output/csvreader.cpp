#include "output/csvreader.h"

#include "output/textformats.h"

#include <QCoreApplication>

namespace eb::output {

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
                return fail(QCoreApplication::translate("eb::output",
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
                return fail(QCoreApplication::translate("eb::output",
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
        return fail(QCoreApplication::translate("eb::output", "a quoted field is never closed"));
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

} // namespace eb::output
