// libFuzzer target: the CSV reader of the `evidence` commands and the strict number parser
// applied to every field. A parse either succeeds or names a line; a number read is finite.
// What the reader reads, the one CSV writer (output/textformats.h csvField: quoting and
// formula neutralisation) writes back so that it reads again as the same fields.
#include "cli/common/csvtable.h"
#include "output/textformats.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    eb::cli::CsvError error;
    const std::optional<eb::cli::CsvTable> table = eb::cli::parseCsv(text, &error);
    if (!table) {
        if (error.message.isEmpty() || error.line < 1) {
            __builtin_trap(); // a refusal always says why and where
        }
        return 0;
    }
    // Written back through csvField and read again: the same fields. (A record of one empty
    // field would be a blank line, which the reader skips: a header is written as "", a row
    // is left out.)
    const auto line = [](const QStringList &fields) {
        if (fields == QStringList{QString()}) {
            return QStringLiteral("\"\"\r\n");
        }
        QStringList cells;
        for (const QString &field : fields) {
            cells << eb::output::csvField(field);
        }
        return cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QString written = line(table->header);
    QList<QStringList> kept;
    for (const eb::cli::CsvRecord &row : table->rows) {
        if (row.fields.size() == 1 && row.fields.first().isEmpty()) {
            continue;
        }
        written += line(row.fields);
        kept << row.fields;
    }
    const std::optional<eb::cli::CsvTable> again = eb::cli::parseCsv(written, &error);
    if (!again || again->header != table->header || again->rows.size() != kept.size()) {
        __builtin_trap();
    }
    for (qsizetype i = 0; i < kept.size(); ++i) {
        if (again->rows.at(i).fields != kept.at(i)) {
            __builtin_trap();
        }
    }
    for (const eb::cli::CsvRecord &row : table->rows) {
        for (const QString &field : row.fields) {
            QString why;
            const std::optional<double> value = eb::cli::parseNumber(field, &why);
            if ((value && !std::isfinite(*value)) || (!value && why.isEmpty())) {
                __builtin_trap();
            }
        }
    }
    return 0;
}
