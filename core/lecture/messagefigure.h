#pragma once

#include "charts/chartfigure.h"
#include "charts/chartstyle.h"

#include <QCoreApplication>

namespace eb::lecture {

// A slide that says something instead of drawing a chart: a record the catalogue no longer
// holds, a value that cannot be drawn. Same scene, same export path as every chart.
class MessageFigure : public charts::ChartFigure
{
    Q_DECLARE_TR_FUNCTIONS(eb::lecture::MessageFigure)

public:
    MessageFigure(QString title, QString message, double fontScale);

    QString message() const { return m_message; }
    QSizeF naturalSize(double width) const override;

protected:
    void layoutItems(const QSizeF &size) override;

private:
    QString m_title;
    QString m_message;
    charts::ChartFonts m_fonts;
};

} // namespace eb::lecture
