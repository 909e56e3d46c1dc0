#pragma once

#include "model/appraisal.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace eb::gui::review {

// What the RoB 2 and GRADE dialogs share: an introduction above a form of rows (a judgement
// or level beside its reason), the assessor, a line for the problems of a refused save, and
// Save/Cancel. Save writes through the catalogue in one transaction; a refusal is shown in
// the dialog, which stays open with everything typed.
class AppraisalDialog : public QDialog
{
    Q_OBJECT

public:
    // Validates and writes; true when committed (the dialog is then accepted).
    bool save();

    QLineEdit *assessorEdit() const { return m_assessor; }
    QLabel *problems() const { return m_problems; }

protected:
    AppraisalDialog(const QString &title, const QString &introHtml, QWidget *parent);

    // A row of the form: `editor` with a line for its reason beside it.
    QLineEdit *addReasonRow(const QString &label, QWidget *editor, const QString &reasonName,
                            const QString &placeholder, const QString &reason);
    QFormLayout *form() const { return m_form; }
    QVBoxLayout *layout() const { return m_layout; }
    // The assessor row, then the problems line and the buttons: call last.
    void finish(const QString &assessor);

    // The catalogue's save of the form; the dialog keeps the stored id and version.
    virtual eb::catalogue::AppraisalWrite write() = 0;
    virtual void stored(qint64 id, qint64 version) = 0;

private:
    QVBoxLayout *m_layout = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_assessor = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace eb::gui::review
