#include "gui/features/review/reviewfeature.h"

#include "catalogue/catalogue.h"
#include "gui/features/review/appraisalview.h"
#include "gui/features/review/claimsauditview.h"
#include "gui/features/review/compareview.h"
#include "gui/features/review/outcomematrixview.h"
#include "gui/features/review/pooldialog.h"
#include "gui/features/review/synthesesview.h"
#include "gui/shell/actionregistry.h"
#include "gui/shell/cataloguesession.h"
#include "gui/shell/windowcontext.h"
#include "lecture/resultkey.h"

#include <QAction>
#include <QMenu>
#include <QStandardPaths>

namespace eb::gui::review {

QString analysesFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/analyses.json");
}

ReviewFeature::ReviewFeature(QObject *parent) : QObject(parent)
{
    setObjectName(QStringLiteral("reviewFeature"));
}

void ReviewFeature::show(QWidget *view)
{
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    // A view shows what it read: another catalogue would make it stale.
    connect(m_context, &WindowContext::catalogueReplaced, view, &QWidget::close);
    view->show();
    view->raise();
}

void ReviewFeature::install(WindowContext &context)
{
    m_context = &context;
    ActionRegistry &actions = context.actions();
    QMenu *view = actions.menu(QStringLiteral("view"));
    QAction *fullScreen = actions.action(QStringLiteral("fullScreen"));
    catalogue::Catalogue &catalogue = context.catalogue();
    QWidget *window = context.window();
    const auto add = [&](const char *id, const QString &text) {
        QAction *action = actions.add(QString::fromLatin1(id), new QAction(text, this));
        view->insertAction(fullScreen, action);
        return action;
    };

    QAction *matrix = add("outcomeMatrix", tr("Outcome &Matrix"));
    // The matrix, Compare and Pool windows follow the catalogue's writes (an import, a record
    // added, edited or deleted, an undo) as the main window does, each reading again only what
    // it shows.
    CatalogueSession *session = &context.session();
    connect(matrix, &QAction::triggered, this, [this, window, session, &catalogue] {
        auto *matrixView = new OutcomeMatrixView(catalogue, window);
        connect(session, &CatalogueSession::recordsChanged, matrixView,
                &OutcomeMatrixView::refresh);
        show(matrixView);
    });

    QAction *compare = add("compare", tr("&Compare Studies"));
    compare->setStatusTip(tr("Compare the studies selected in the Studies table"));
    connect(compare, &QAction::triggered, this, [this, window, session, &catalogue] {
        auto *compareView = new CompareView(catalogue, window);
        connect(session, &CatalogueSession::recordsChanged, compareView, &CompareView::refresh);
        const QStringList slugs = m_context->selectedSlugs(Section::Studies);
        if (!slugs.isEmpty()) {
            compareView->setStudies(slugs);
        }
        show(compareView);
    });
    // Where the studies are picked: the table's context menu, and Edit.
    context.addSelectionAction(Section::Studies, compare);
    if (QMenu *edit = actions.menu(QStringLiteral("edit"))) {
        edit->addSeparator();
        edit->addAction(compare);
    }

    QAction *pool = add("pool", tr("&Pool Results"));
    connect(pool, &QAction::triggered, this, [this, window, session, &catalogue] {
        auto *dialog = new PoolDialog(catalogue, analysesFile(), window);
        connect(session, &CatalogueSession::recordsChanged, dialog, &PoolDialog::refresh);
        dialog->setJobRunner(&m_context->jobs());
        connect(dialog, &PoolDialog::addToPresentationRequested, this,
                &ReviewFeature::requestPooledSlide);
        show(dialog);
    });
    QAction *syntheses = add("syntheses", tr("S&yntheses Face to Face"));
    connect(syntheses, &QAction::triggered, this, [this, window, &catalogue] {
        auto *synthesesView = new SynthesesView(catalogue, window);
        connect(synthesesView, &SynthesesView::addToPresentationRequested, m_context,
                &WindowContext::requestSlide);
        show(synthesesView);
    });
    QAction *claims = add("claimsAudit", tr("Claims &Audit"));
    connect(claims, &QAction::triggered, this,
            [this, window, &catalogue] { show(new ClaimsAuditView(catalogue, window)); });
    QAction *appraisals = add("appraisals", tr("Risk of &Bias and GRADE"));
    appraisals->setStatusTip(tr("Your RoB 2 and GRADE assessments of the trials and outcomes"));
    connect(appraisals, &QAction::triggered, this,
            [this, window, &catalogue] { show(new AppraisalView(catalogue, window)); });
}

void ReviewFeature::requestPooledSlide(const QList<qint64> &resultIds, const QString &poolMethod)
{
    // The pooled forest on MW with its reveal: what the Pool window drew, named by the results'
    // keys (a deck never holds numbers).
    lecture::Slide slide;
    slide.kind = lecture::SlideKind::Forest;
    slide.metric = QStringLiteral("mw");
    slide.pool = poolMethod;
    slide.reveal = true;
    for (qint64 id : resultIds) {
        if (const auto result = m_context->catalogue().result(id)) {
            slide.results.append(lecture::resultKeyOf(*result));
        }
    }
    if (slide.results.isEmpty()) {
        m_context->showMessage(tr("No pooled result to add to the presentation."));
        return;
    }
    m_context->requestSlide(slide);
}

} // namespace eb::gui::review
