#include "gui/browse/tablecolumns.h"

#include "gui/models/recordtablemodel.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <cmath>

namespace eb::gui {
namespace {

// The first column never gets narrower than this many average characters when others are
// fitted in beside it: a name stays recognisable.
constexpr int kMinimumFirstColumnChars = 18;
// Other columns fit into between this many characters and this many (or their header).
constexpr int kMinimumOtherColumnChars = 8;
constexpr int kMaximumOtherColumnChars = 20;

// Pixels kept free at the right: the view's margins differ a little between styles.
constexpr int kSlack = 8;

int neededWidth(QTableView *view, int column)
{
    // QTableView makes sizeHintForColumn protected; QAbstractItemView's is public.
    const QAbstractItemView *itemView = view;
    return qMax(itemView->sizeHintForColumn(column),
                view->horizontalHeader()->sectionSizeHint(column));
}

int visibleColumns(const QHeaderView *header)
{
    return header->count() - header->hiddenSectionCount();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::gui::TableColumns", text);
}

} // namespace

void installColumnChooser(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, view,
                     [view](const QPoint &pos) {
                         QMenu *menu = columnMenu(view, view);
                         menu->setAttribute(Qt::WA_DeleteOnClose);
                         menu->popup(view->horizontalHeader()->mapToGlobal(pos));
                     });
}

QMenu *columnMenu(QTableView *view, QWidget *parent)
{
    auto *menu = new QMenu(tr("Columns"), parent);
    menu->setObjectName(QStringLiteral("columnMenu"));
    QHeaderView *header = view->horizontalHeader();
    const QAbstractItemModel *model = view->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        QAction *action =
            menu->addAction(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last shown column stays: a table without columns could not be brought back.
        action->setEnabled(header->isSectionHidden(column) || visibleColumns(header) > 1);
        QObject::connect(action, &QAction::toggled, view, [view, column](bool shown) {
            QHeaderView *h = view->horizontalHeader();
            h->setSectionHidden(column, !shown);
            if (shown && h->sectionSize(column) < neededWidth(view, column) / 2) {
                view->resizeColumnToContents(column);
            }
        });
    }
    menu->addSeparator();
    QAction *fit = menu->addAction(tr("Fit Key Columns"));
    fit->setObjectName(QStringLiteral("fitKeyColumns"));
    fit->setToolTip(tr("Show the key columns at widths that fit the table"));
    QObject::connect(fit, &QAction::triggered, view, [view] { fitKeyColumns(view); });
    return menu;
}

void fitKeyColumns(QTableView *view)
{
    const auto *model = dynamic_cast<const RecordTableModelBase *>(view->model());
    if (model == nullptr || model->columnCount() == 0) {
        return;
    }
    QHeaderView *header = view->horizontalHeader();
    const int available = view->width() - 2 * view->frameWidth() -
                          view->verticalScrollBar()->sizeHint().width() - kSlack;
    const int charWidth = view->fontMetrics().averageCharWidth();
    const int columns = model->columnCount();
    // What each column would like (its contents; a long text beyond the first column capped,
    // it elides with the whole text in its tooltip) and the least it may get (never less than
    // its header, which is never cut).
    QList<int> widths;
    QList<int> floors;
    for (int column = 0; column < columns; ++column) {
        header->setSectionHidden(column, false);
        const int needed = neededWidth(view, column);
        const int title = header->sectionSizeHint(column);
        const int chars = column == 0 ? kMinimumFirstColumnChars : kMinimumOtherColumnChars;
        floors.append(qMax(title, qMin(needed, chars * charWidth)));
        widths.append(
            column == 0 ? needed : qMin(needed, qMax(title, kMaximumOtherColumnChars * charWidth)));
    }
    const auto total = [&] {
        int sum = 0;
        for (int column = 0; column < columns; ++column) {
            sum += header->isSectionHidden(column) ? 0 : widths.at(column);
        }
        return sum;
    };
    // First the columns that are not key columns go, last first...
    for (int column = columns - 1; column > 0 && total() > available; --column) {
        if (!model->isKeyColumn(column)) {
            header->setSectionHidden(column, true);
        }
    }
    // ...then the first column (a name or a sentence, which elides) gives up width...
    if (const int excess = total() - available; excess > 0) {
        widths[0] -= qMin(excess, qMax(0, widths.at(0) - floors.at(0)));
    }
    // ...and last every shown column, in proportion to what it has beyond its least.
    const int excess = total() - available;
    int spare = 0;
    for (int column = 0; column < columns; ++column) {
        spare += header->isSectionHidden(column) ? 0 : widths.at(column) - floors.at(column);
    }
    if (excess > 0 && spare > 0) {
        const double share = qMin(1.0, static_cast<double>(excess) / static_cast<double>(spare));
        for (int column = 0; column < columns; ++column) {
            if (!header->isSectionHidden(column)) {
                const int give = static_cast<int>(
                    std::ceil(share * static_cast<double>(widths.at(column) - floors.at(column))));
                widths[column] -= give;
            }
        }
    }
    for (int column = 0; column < columns; ++column) {
        header->resizeSection(column, widths.at(column));
    }
}

} // namespace eb::gui
