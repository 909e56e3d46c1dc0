#include "cli/stats/methodsinput.h"

#include "evidence/format.h"
#include "output/messagetext.h"

#include <QCoreApplication>

namespace eb::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli", text);
}

// A header split on ';' or tabs is one column: say how to fix it.
QString separatorHint(const QString &header)
{
    return header.contains(QLatin1Char(';')) || header.contains(QLatin1Char('\t'))
               ? tr(" (separate fields with commas)")
               : QString();
}

} // namespace

std::optional<MethodsInput> MethodsInput::read(const QString &fileName, Io &io, QString *error)
{
    MethodsInput input;
    // Bounded, whatever the file is (a pipe, /dev/zero): common/csvtable.h.
    const std::optional<QString> text = readCsvText(fileName, io.in, error);
    if (!text) {
        return std::nullopt;
    }
    input.m_where = fileName == QLatin1String("-") ? tr("standard input")
                                                   : eb::output::elidedInput(fileName, 80);
    CsvError csvError;
    auto table = parseCsv(*text, &csvError);
    if (!table) {
        *error = tr("%1: line %2: %3").arg(input.m_where).arg(csvError.line).arg(csvError.message);
        return std::nullopt;
    }
    if (table->header.isEmpty()) {
        *error = tr("%1: the file is empty").arg(input.m_where);
        return std::nullopt;
    }
    if (table->rows.isEmpty()) {
        *error = tr("%1: no data rows after the header").arg(input.m_where);
        return std::nullopt;
    }
    input.m_table = std::move(*table);
    for (qsizetype i = 0; i < input.m_table.header.size(); ++i) {
        for (qsizetype j = i + 1; j < input.m_table.header.size(); ++j) {
            if (input.m_table.header.at(i).compare(input.m_table.header.at(j),
                                                   Qt::CaseInsensitive) == 0) {
                *error =
                    tr("%1: the header names column '%2' twice")
                        .arg(input.m_where, eb::evidence::elidedInput(input.m_table.header.at(i)));
                return std::nullopt;
            }
        }
    }
    const qsizetype labelColumn = input.columnIndex(QStringLiteral("label"));
    for (qsizetype r = 0; r < input.m_table.rows.size(); ++r) {
        const CsvRecord &record = input.m_table.rows.at(r);
        input.m_labels.append(labelColumn >= 0 ? record.fields.value(labelColumn).trimmed()
                                               : QString());
    }
    for (qsizetype r = 0; r < input.m_table.rows.size(); ++r) {
        const CsvRecord &record = input.m_table.rows.at(r);
        if (record.fields.size() != input.m_table.header.size()) {
            *error = tr("%1: %2 (line %3): %4 fields where the header has %5")
                         .arg(input.m_where, input.rowName(r + 1))
                         .arg(record.line)
                         .arg(record.fields.size())
                         .arg(input.m_table.header.size());
            if (record.fields.size() > input.m_table.header.size()) {
                *error += tr(" (a decimal comma? write 0.5, not 0,5)");
            }
            return std::nullopt;
        }
    }
    return input;
}

QString MethodsInput::rowName(qsizetype row) const
{
    const QString label = m_labels.value(row - 1);
    return label.isEmpty() ? tr("row %1").arg(row)
                           : tr("row %1 (\"%2\")").arg(row).arg(eb::evidence::elidedInput(label));
}

QString MethodsInput::missingColumn(const QString &column) const
{
    const QString header = m_table.header.join(QLatin1Char(','));
    return tr("%1: missing column '%2' in the header '%3'%4")
        .arg(m_where, column, eb::evidence::elidedInput(header), separatorHint(header));
}

qsizetype MethodsInput::columnIndex(const QString &column) const
{
    for (qsizetype i = 0; i < m_table.header.size(); ++i) {
        if (m_table.header.at(i).compare(column, Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    return -1;
}

std::optional<std::vector<double>> MethodsInput::numbers(const QString &column, QString *error,
                                                         std::optional<double> atLeast) const
{
    const qsizetype index = columnIndex(column);
    if (index < 0) {
        *error = missingColumn(column);
        return std::nullopt;
    }
    std::vector<double> values;
    for (qsizetype r = 0; r < m_table.rows.size(); ++r) {
        QString why;
        const QString cell = m_table.rows.at(r).fields.at(index);
        const auto value = parseNumber(cell, &why);
        if (!value) {
            *error = tr("%1: %2, field %3: %4").arg(m_where, rowName(r + 1), column, why);
            return std::nullopt;
        }
        if (atLeast && *value < *atLeast) {
            *error =
                tr("%1: %2, field %3: %4 is below %5")
                    .arg(m_where, rowName(r + 1), column, eb::evidence::elidedInput(cell.trimmed()))
                    .arg(*atLeast);
            return std::nullopt;
        }
        values.push_back(*value);
    }
    return values;
}

std::optional<QStringList> MethodsInput::texts(const QString &column, QString *error) const
{
    const qsizetype index = columnIndex(column);
    if (index < 0) {
        *error = missingColumn(column);
        return std::nullopt;
    }
    QStringList values;
    for (const CsvRecord &record : m_table.rows) {
        values.append(record.fields.at(index).trimmed());
    }
    return values;
}

bool MethodsInput::readYiVi(std::vector<double> *yi, std::vector<double> *vi, QString *error) const
{
    // The columns first, so that a header with neither says what it lacks.
    if (!has(QStringLiteral("yi"))) {
        *error = missingColumn(QStringLiteral("yi"));
        return false;
    }
    if (!has(QStringLiteral("vi")) && !has(QStringLiteral("sei"))) {
        *error = missingColumn(QStringLiteral("vi' or 'sei"));
        return false;
    }
    // vi wins when both are given: it is what metafor's rma() reads first.
    const QString variance =
        has(QStringLiteral("vi")) ? QStringLiteral("vi") : QStringLiteral("sei");
    auto y = numbers(QStringLiteral("yi"), error);
    auto v = y ? numbers(variance, error) : std::nullopt;
    if (!v) {
        return false;
    }
    const qsizetype column = columnIndex(variance);
    for (std::size_t i = 0; i < v->size(); ++i) {
        const auto row = static_cast<qsizetype>(i);
        if (!((*v)[i] > 0.0)) {
            *error = tr("%1: %2, field %3: %4 is not > 0")
                         .arg(m_where, rowName(row + 1), variance,
                              eb::evidence::elidedInput(
                                  m_table.rows.at(row).fields.at(column).trimmed()));
            return false;
        }
        if (variance == QLatin1String("sei")) {
            (*v)[i] *= (*v)[i];
        }
    }
    *yi = std::move(*y);
    *vi = std::move(*v);
    return true;
}

QString MethodsInput::engineField(const std::string &field) const
{
    const QString text = QString::fromStdString(field);
    if (text.startsWith(QLatin1String("row "))) {
        const int row = text.mid(4).section(QLatin1Char(','), 0, 0).toInt();
        const QString rest = text.section(QLatin1Char(','), 1).trimmed();
        return rest.isEmpty() ? rowName(row) : rowName(row) + tr(", field ") + rest;
    }
    if (text == QLatin1String("k")) {
        return QStringLiteral("k = %1").arg(rowCount());
    }
    return text;
}

std::optional<QString> rawOptionValue(const QStringList &arguments, const QString &name)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == name) {
            return arguments.value(i + 1);
        }
        if (arguments.at(i).startsWith(name + QLatin1Char('='))) {
            return arguments.at(i).mid(name.size() + 1);
        }
    }
    return std::nullopt;
}

} // namespace eb::cli
