#pragma once

#include "catalogue/cataloguecheck.h"
#include "gui/features/windowfeature.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

class QLabel;
class QTableWidget;

namespace eb::gui::editing {

// Tools > Check Catalogue's report: what `evidence check-db FILE` prints, as a table (table,
// row, column, rule, severity, message) under a one-line verdict.
class CatalogueCheckView : public QDialog
{
    Q_OBJECT

public:
    CatalogueCheckView(const QString &file, const catalogue::CatalogueCheck &check,
                       QWidget *parent = nullptr);

    QLabel *verdictLabel() const { return m_verdict; }
    QTableWidget *problemTable() const { return m_table; }

private:
    QLabel *m_verdict = nullptr;
    QTableWidget *m_table = nullptr;
};

// A window feature: Tools > Check Catalogue... runs check-db's checks on the open catalogue's
// file off the GUI thread (the window's job runner: progress, Cancel) and shows the report.
class CatalogueCheckFeature : public QObject, public WindowFeature
{
    Q_OBJECT

public:
    explicit CatalogueCheckFeature(QObject *parent = nullptr);
    void install(WindowContext &context) override;

    // Starts the check; false when another job runs.
    bool checkCatalogue();
    // The last report shown, while it is open (for tests).
    CatalogueCheckView *report() const { return m_report; }

private:
    WindowContext *m_context = nullptr;
    QPointer<CatalogueCheckView> m_report;
};

} // namespace eb::gui::editing
