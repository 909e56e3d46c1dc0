// libFuzzer target: the CSV reader of the `evidence` commands and the strict number parser
// applied to every field. A parse either succeeds or names a line; a number read is finite.
#include "cli/common/csvtable.h"

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
