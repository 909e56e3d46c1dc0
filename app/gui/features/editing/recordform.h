#pragma once

#include "model/recordrows.h"

#include <QDialog>
#include <QHash>
#include <QStringList>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace eb::gui::editing {

// The form to add or edit one record of a kind the user can edit (a source, an outcome
// measure, a study or a result with its two arm summaries): one row per field of
// recordfields.h, each number kept as typed. On Save the record is checked with the same rules
// as the importer and `evidence check-db` (model/validation.h), and each problem is shown
// beside the field it is about, naming it; a warning (e.g. an SE probably typed as an SD) is
// shown once and a second Save keeps the record as it is. Then the saver writes it; should the
// write fail (a slug taken, the file locked) the form stays open with what was typed.
class RecordForm : public QDialog
{
    Q_OBJECT

public:
    // Writes the record; returns its problems, none when it was saved.
    using Saver = std::function<QList<catalogue::Problem>(const catalogue::Fields &)>;

    RecordForm(catalogue::RecordKind kind, const QString &title, QWidget *parent = nullptr);

    catalogue::RecordKind kind() const { return m_kind; }

    // The slugs a reference field offers (it accepts any typed slug too).
    void setReferenceChoices(catalogue::RecordKind kind, const QStringList &slugs);
    void setFields(const catalogue::Fields &fields);
    catalogue::Fields fields() const;
    void setSaver(Saver saver) { m_saver = std::move(saver); }

    // Shows each problem beside its field (a problem of the whole record above the fields).
    void showProblems(const QList<catalogue::Problem> &problems);

    // Clicks Save (for tests and the Enter key).
    void save();

    // For tests: the editor of a field (a QLineEdit, QComboBox or QCheckBox) and the label
    // beside it that shows its problem.
    QWidget *editor(const QString &field) const { return m_editors.value(field); }
    QLabel *problemLabel(const QString &field) const { return m_problems.value(field); }
    QLabel *recordProblemLabel() const { return m_recordProblem; }

private:
    QWidget *makeEditor(const catalogue::FieldSpec &spec);
    void clearProblems();

    catalogue::RecordKind m_kind;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_problems;
    QLabel *m_recordProblem = nullptr;
    QPushButton *m_saveButton = nullptr;
    Saver m_saver;
    catalogue::Fields m_warnedFields; // the fields whose warnings were shown
    bool m_warned = false;
};

} // namespace eb::gui::editing
