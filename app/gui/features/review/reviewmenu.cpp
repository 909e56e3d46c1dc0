#include "gui/features/review/reviewmenu.h"

#include "gui/features/review/claimsauditview.h"
#include "gui/features/review/compareview.h"
#include "gui/features/review/outcomematrixview.h"
#include "gui/features/review/pooldialog.h"
#include "gui/features/review/synthesesview.h"

#include <QAction>
#include <QMenu>
#include <QStandardPaths>
#include <QTableView>

namespace eb::gui::review {
namespace {

void showWindow(QWidget *w)
{
    w->setWindowFlag(Qt::Window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->show();
    w->raise();
}

} // namespace

QString analysesFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/analyses.json");
}

void addReviewActions(QMenu *menu, QAction *before, QWidget *window,
                      catalogue::Catalogue &catalogue,
                      std::function<QStringList()> selectedStudySlugs)
{
    const auto add = [menu, before](const QString &text) {
        auto *action = new QAction(text, menu);
        menu->insertAction(before, action);
        return action;
    };
    QAction *matrix = add(QObject::tr("Outcome &Matrix"));
    matrix->setObjectName(QStringLiteral("outcomeMatrixAction"));
    QObject::connect(matrix, &QAction::triggered, window, [window, &catalogue] {
        showWindow(new OutcomeMatrixView(catalogue, window));
    });
    QAction *compare = add(QObject::tr("&Compare Studies"));
    compare->setObjectName(QStringLiteral("compareAction"));
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    compare->setStatusTip(QObject::tr("Compare the studies selected in the Studies table"));
    QObject::connect(
        compare, &QAction::triggered, window, [window, &catalogue, selectedStudySlugs] {
            auto *view = new CompareView(catalogue, window);
            const QStringList slugs = selectedStudySlugs ? selectedStudySlugs() : QStringList();
            if (!slugs.isEmpty())
                view->setStudies(slugs);
            showWindow(view);
        });
    QAction *pool = add(QObject::tr("&Pool Results"));
    pool->setObjectName(QStringLiteral("poolAction"));
    QObject::connect(pool, &QAction::triggered, window, [window, &catalogue] {
        showWindow(new PoolDialog(catalogue, analysesFile(), window));
    });
    QAction *syntheses = add(QObject::tr("S&yntheses Face to Face"));
    syntheses->setObjectName(QStringLiteral("synthesesAction"));
    QObject::connect(syntheses, &QAction::triggered, window,
                     [window, &catalogue] { showWindow(new SynthesesView(catalogue, window)); });
    QAction *claims = add(QObject::tr("Claims &Audit"));
    claims->setObjectName(QStringLiteral("claimsAuditAction"));
    QObject::connect(claims, &QAction::triggered, window,
                     [window, &catalogue] { showWindow(new ClaimsAuditView(catalogue, window)); });
}

void addCompareToStudies(QWidget *window, QTableView *studies, QAction *editAction)
{
    auto *compare = window->findChild<QAction *>(QStringLiteral("compareAction"));
    if (compare == nullptr || studies == nullptr) {
        return;
    }
    studies->setSelectionMode(QAbstractItemView::ExtendedSelection);
    studies->addAction(compare);
    studies->setContextMenuPolicy(Qt::ActionsContextMenu);
    if (editAction == nullptr) {
        return;
    }
    for (QObject *owner : editAction->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(owner)) {
            menu->addSeparator();
            menu->addAction(compare);
            return;
        }
    }
}

} // namespace eb::gui::review
