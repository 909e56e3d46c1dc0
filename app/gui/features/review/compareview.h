#pragma once

#include "evidence/studycompare.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QListView;
class QTableWidget;

namespace eb::catalogue {
class Catalogue;
}

namespace eb::gui::review {

class StudyPickModel;

// Compare: the studies ticked in the list side by side, one row per attribute; rows where the
// studies differ are highlighted, and "Differences only" hides the others.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(catalogue::Catalogue &catalogue, QWidget *parent = nullptr);

    void setStudies(const QStringList &slugs); // ticks these and compares them
    // After a write to the catalogue: the list and the comparison read again (a study deleted
    // is no longer ticked), where the list was scrolled to.
    void refresh();
    QTableWidget *table() const { return m_table; }
    QListView *studyList() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *differencesOnly() const { return m_differencesOnly; }
    const eb::review::StudyComparison &comparison() const { return m_comparison; }
    static QColor highlight();

private:
    void rebuild();

    catalogue::Catalogue &m_catalogue;
    StudyPickModel *m_studies = nullptr; // paged: the studies to tick, by name
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_differencesOnly = nullptr;
    eb::review::StudyComparison m_comparison;
};

} // namespace eb::gui::review
