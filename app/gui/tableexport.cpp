#include "gui/tableexport.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace eb::gui {
namespace {

QString csvField(const QString &text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        QString quoted = text;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return text;
}

} // namespace

// RFC 4180: fields quoted where they must be, records ended by CRLF (spreadsheets on every
// platform read it; a bare LF is what RFC 4180 readers may reject).
QString tableAsCsv(const QAbstractItemModel &model)
{
    const QLatin1String crlf("\r\n");
    QString text;
    QStringList fields;
    for (int column = 0; column < model.columnCount(); ++column) {
        fields << csvField(model.headerData(column, Qt::Horizontal).toString());
    }
    text += fields.join(QLatin1Char(',')) + crlf;
    for (int row = 0; row < model.rowCount(); ++row) {
        fields.clear();
        for (int column = 0; column < model.columnCount(); ++column) {
            fields << csvField(model.index(row, column).data().toString());
        }
        text += fields.join(QLatin1Char(',')) + crlf;
    }
    return text;
}

QString tableAsTsv(const QAbstractItemModel &model)
{
    const auto cell = [](QString text) {
        text.replace(QLatin1Char('\t'), QLatin1Char(' '));
        text.replace(QLatin1Char('\r'), QLatin1Char(' '));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text;
    };
    QStringList lines;
    QStringList fields;
    for (int column = 0; column < model.columnCount(); ++column) {
        fields << cell(model.headerData(column, Qt::Horizontal).toString());
    }
    lines << fields.join(QLatin1Char('\t'));
    for (int row = 0; row < model.rowCount(); ++row) {
        fields.clear();
        for (int column = 0; column < model.columnCount(); ++column) {
            fields << cell(model.index(row, column).data().toString());
        }
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString rowAsText(const QAbstractItemModel &model, int row)
{
    QStringList fields;
    for (int column = 0; column < model.columnCount(); ++column) {
        fields << model.index(row, column).data().toString();
    }
    return fields.join(QLatin1Char('\t'));
}

} // namespace eb::gui
