#include "gui/features/review/tablefigure.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace eb::gui::review {

std::unique_ptr<QWidget> wholeTableFigure(const QTableView &shown, const QString &legendHtml,
                                          QString *error)
{
    QAbstractItemModel *model = shown.model();
    while (model != nullptr && model->rowCount() <= kMostFigureRows && model->canFetchMore({})) {
        model->fetchMore({});
    }
    if (model != nullptr && model->rowCount() > kMostFigureRows) {
        *error = QCoreApplication::translate("eb::gui::review",
                                             "the table has more than %1 rows, too many for a "
                                             "picture: export it as CSV")
                     .arg(kMostFigureRows);
        return nullptr;
    }
    auto figure = std::make_unique<QWidget>();
    figure->setAttribute(Qt::WA_DontShowOnScreen);
    figure->setAutoFillBackground(true);
    auto *table = new QTableView(figure.get());
    table->setModel(shown.model());
    table->setWordWrap(shown.wordWrap());
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->horizontalHeader()->setDefaultAlignment(shown.horizontalHeader()->defaultAlignment());
    table->verticalHeader()->setVisible(shown.verticalHeader()->isVisible());
    const int columns = shown.model() != nullptr ? shown.model()->columnCount() : 0;
    for (int c = 0; c < columns; ++c) {
        // The widths the reader sees (a stretched column at its current width), at least 40 px.
        table->setColumnWidth(c, std::max(40, shown.horizontalHeader()->sectionSize(c)));
    }
    auto *legend = new QLabel(legendHtml, figure.get());
    legend->setTextFormat(Qt::RichText);
    legend->setWordWrap(true);
    auto *layout = new QVBoxLayout(figure.get());
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(table);
    layout->addWidget(legend);
    // Laid out once so that the headers know their sizes, then every row measured and the
    // table given the room for all of them.
    figure->show();
    table->resizeRowsToContents();
    const int frame = 2 * table->frameWidth();
    const int width = table->verticalHeader()->isVisible()
                          ? table->verticalHeader()->width() + table->horizontalHeader()->length()
                          : table->horizontalHeader()->length();
    const int height = table->horizontalHeader()->height() + table->verticalHeader()->length();
    table->setFixedSize(width + frame, height + frame);
    legend->setFixedWidth(width + frame);
    legend->setFixedHeight(legend->heightForWidth(width + frame));
    figure->adjustSize();
    figure->resize(layout->sizeHint());
    return figure;
}

} // namespace eb::gui::review
