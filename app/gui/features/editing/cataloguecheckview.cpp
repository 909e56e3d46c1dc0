#include "gui/features/editing/cataloguecheckview.h"

#include "catalogue/catalogue.h"
#include "gui/shell/actionregistry.h"
#include "gui/shell/jobrunner.h"
#include "gui/shell/windowcontext.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableWidget>
#include <QVBoxLayout>

namespace eb::gui::editing {

CatalogueCheckView::CatalogueCheckView(const QString &file, const catalogue::CatalogueCheck &check,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("catalogueCheckView"));
    setWindowTitle(tr("Check Catalogue"));
    const int errors = check.errors();
    const auto warnings = static_cast<int>(check.problems.size()) - errors;
    m_verdict = new QLabel(
        errors == 0 ? tr("%1 is sound: SQLite's integrity and foreign-key checks and the "
                         "validation of every record found no error (%2 warning(s)).")
                          .arg(QDir::toNativeSeparators(file))
                          .arg(warnings)
                    : tr("%1 has %2 problem(s) and %3 warning(s). The same report: "
                         "evidence check-db FILE.")
                          .arg(QDir::toNativeSeparators(file))
                          .arg(errors)
                          .arg(warnings));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);

    m_table = new QTableWidget(static_cast<int>(check.problems.size()), 6);
    m_table->setHorizontalHeaderLabels(
        {tr("Table"), tr("Row"), tr("Column"), tr("Rule"), tr("Severity"), tr("Problem")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < check.problems.size(); ++i) {
        const catalogue::StorageProblem &p = check.problems.at(i);
        const QStringList cells{p.table.isEmpty() ? tr("(file)") : p.table,
                                p.row == 0 ? QString() : QString::number(p.row),
                                p.column,
                                p.rule,
                                p.severity == catalogue::Severity::Error ? tr("error")
                                                                         : tr("warning"),
                                p.message};
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(i, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_table->setVisible(!check.problems.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verdict);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, check.problems.isEmpty() ? 140 : 420);
}

CatalogueCheckFeature::CatalogueCheckFeature(QObject *parent) : QObject(parent)
{
    setObjectName(QStringLiteral("catalogueCheckFeature"));
}

void CatalogueCheckFeature::install(WindowContext &context)
{
    m_context = &context;
    auto *check = new QAction(tr("&Check Catalogue..."), this);
    check->setStatusTip(tr("Check the catalogue file as evidence check-db does"));
    context.actions().add(QStringLiteral("checkCatalogue"), check);
    connect(check, &QAction::triggered, this, &CatalogueCheckFeature::checkCatalogue);
    QMenu *tools = context.actions().menu(QStringLiteral("tools"));
    if (tools == nullptr) {
        tools = new QMenu(tr("&Tools"), context.window());
        context.actions().insertMenu(QStringLiteral("tools"), tools, QStringLiteral("help"));
    }
    tools->addAction(check);
}

bool CatalogueCheckFeature::checkCatalogue()
{
    const QString path = m_context->catalogue().path();
    return m_context->jobs().run<catalogue::CatalogueCheck>(
        tr("Check Catalogue"), tr("Checking %1...").arg(QDir::toNativeSeparators(path)), nullptr,
        [path](const JobControl &job) { return catalogue::checkCatalogueFile(path, &job); },
        [this, path](const catalogue::CatalogueCheck &check) {
            if (check.cancelled) {
                m_context->showMessage(tr("Check cancelled"));
                return;
            }
            auto *view = new CatalogueCheckView(path, check, m_context->window());
            view->setAttribute(Qt::WA_DeleteOnClose);
            m_report = view;
            view->show();
        });
}

} // namespace eb::gui::editing
