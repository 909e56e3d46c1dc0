#pragma once

#include "charts/chartfigure.h"
#include "charts/chartstyle.h"
#include "evidence/syntheses.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace eb::lecture {

// A review's summary-of-findings table as a slide: the Syntheses window's table in its words
// (review::summaryOfFindingsTable), drawn into the chart scene so that the screen and the PDF
// show the same items. Columns are never narrower than their longest word: a cell breaks only
// between words, and a table too wide for the slide is laid out larger and shown scaled down.
class FindingsFigure : public charts::ChartFigure
{
    Q_DECLARE_TR_FUNCTIONS(eb::lecture::FindingsFigure)

public:
    FindingsFigure(QString title, review::SofTable table, double fontScale);

    const review::SofTable &table() const { return m_table; }
    QSizeF naturalSize(double width) const override;
    double minimumHeight(double width) const override;
    double minimumWidth() const override;

protected:
    void layoutItems(const QSizeF &size) override;

private:
    struct Arranged
    {
        QList<double> widths;           // per column
        QList<QStringList> header;      // per column: its lines
        QList<QList<QStringList>> rows; // per row, per column: its lines
        QList<double> rowHeights;       // header first
        QStringList title;
        QStringList notes;
        double tableTop = 0;
        double height = 0;
    };
    Arranged arrange(double width) const;
    QList<double> columnMinimums() const;
    double margin() const;
    double padding() const;

    QString m_title;
    review::SofTable m_table;
    charts::ChartFonts m_fonts;
};

} // namespace eb::lecture
