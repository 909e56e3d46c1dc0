#include "gui/browse/tableexport.h"

#include "model/vocabulary.h"
#include "output/textformats.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace eb::gui {

using eb::output::csvField;
namespace {

// RFC 4180 ends every record, the header's too, with CRLF (spreadsheets on every platform
// read it; a bare LF is what strict RFC 4180 readers may reject).
const QLatin1String kCrlf("\r\n");

QString csvNumber(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 12) : QString();
}

} // namespace

void fetchAllRows(const QAbstractItemModel &model)
{
    // Fetching changes how many rows the model holds, not what it lists: the same table.
    auto &rows = const_cast<QAbstractItemModel &>(model);
    while (rows.canFetchMore({})) {
        rows.fetchMore({});
    }
}

QString resultsAsCsv(const QList<catalogue::ResultRecord> &results)
{
    QString text = QStringLiteral("study,outcome,timepoint,population,metric,estimate,ci_low,"
                                  "ci_high,ci_level,p_operator,p,n,origin,derivation,source,"
                                  "doi,pmid\r\n");
    for (const catalogue::ResultRecord &r : results) {
        const QStringList fields{
            r.studyName,
            r.outcomeName,
            r.timepoint,
            r.population,
            catalogue::vocabulary::metricShort(r.metric),
            csvNumber(r.estimate),
            csvNumber(r.ciLow),
            csvNumber(r.ciHigh),
            csvNumber(r.ciLevel),
            r.pValue ? r.pOperator : QString(),
            csvNumber(r.pValue),
            r.n ? QString::number(*r.n) : QString(),
            r.origin,
            r.derivation,
            r.sourceShortLabel,
            r.sourceDoi,
            r.sourcePmid,
        };
        QStringList quoted;
        for (const QString &field : fields) {
            quoted << csvField(field);
        }
        text += quoted.join(QLatin1Char(',')) + kCrlf;
    }
    return text;
}

// RFC 4180: fields quoted where they must be, records ended by CRLF.
QString tableAsCsv(const QAbstractItemModel &model)
{
    fetchAllRows(model);
    QString text;
    QStringList fields;
    for (int column = 0; column < model.columnCount(); ++column) {
        fields << csvField(model.headerData(column, Qt::Horizontal).toString());
    }
    text += fields.join(QLatin1Char(',')) + kCrlf;
    for (int row = 0; row < model.rowCount(); ++row) {
        fields.clear();
        for (int column = 0; column < model.columnCount(); ++column) {
            fields << csvField(model.index(row, column).data().toString());
        }
        text += fields.join(QLatin1Char(',')) + kCrlf;
    }
    return text;
}

QString tableAsTsv(const QAbstractItemModel &model)
{
    fetchAllRows(model);
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
