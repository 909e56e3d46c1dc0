#pragma once

#include "cli/common/cli.h"
#include "cli/common/csvtable.h"
#include "stats/summarydata.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

// Input of the methods commands (escalc, pool --method MH|PETO, --leave-one-out,
// --influence, --cumulative, --subgroup, --mods, bias): a CSV file (or "-") whose columns are
// found by name, case-insensitively. Every error is one line naming the row ("row 3
// ("Smith 2001")") and the field, as the pool command names them.
namespace eb::cli {

class MethodsInput
{
public:
    // Reads and parses the file; on failure `error` holds the line to print.
    static std::optional<MethodsInput> read(const QString &fileName, Io &io, QString *error);

    // Where the data came from, for messages: the file name or "standard input".
    const QString &where() const { return m_where; }
    qsizetype rowCount() const { return m_table.rows.size(); }
    bool has(const QString &column) const { return columnIndex(column) >= 0; }
    // "row 3" or "row 3 ("label")", 1-based.
    QString rowName(qsizetype row) const;
    const QStringList &labels() const { return m_labels; }

    // The numbers of a column; nothing (and `error`) when it is missing or a cell is not a
    // finite number. `atLeast`: cells below it are refused too (e.g. 0 for counts).
    std::optional<std::vector<double>> numbers(const QString &column, QString *error,
                                               std::optional<double> atLeast = std::nullopt) const;
    // The trimmed texts of a column (subgroups, sort keys).
    std::optional<QStringList> texts(const QString &column, QString *error) const;

    // yi and vi (or sei, squared): the one reader of them (`evidence pool FILE` and the
    // methods commands).
    bool readYiVi(std::vector<double> *yi, std::vector<double> *vi, QString *error) const;

    // An engine error ("row N, field" or a plain field) in the words of this file.
    QString engineField(const std::string &field) const;

private:
    qsizetype columnIndex(const QString &column) const;
    // "FILE: missing column 'yi' in the header '…'" (with a hint for ';' or tab separators).
    QString missingColumn(const QString &column) const;

    CsvTable m_table;
    QStringList m_labels;
    QString m_where;
};

// The 2x2 tables of columns ai, bi, ci, di (or ai, n1i, ci, n2i); escalccommand.cpp.
std::optional<std::vector<eb::stats::TwoByTwo>> readCountTables(const MethodsInput &input,
                                                                QString *error);

// The value of "--name VALUE" or "--name=VALUE" in raw arguments, if any.
std::optional<QString> rawOptionValue(const QStringList &arguments, const QString &name);

} // namespace eb::cli
