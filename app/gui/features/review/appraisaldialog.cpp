#include "gui/features/review/appraisaldialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace eb::gui::review {

AppraisalDialog::AppraisalDialog(const QString &title, const QString &introHtml, QWidget *parent)
    : QDialog(parent), m_layout(new QVBoxLayout(this)), m_form(new QFormLayout)
{
    setWindowTitle(title);
    auto *intro = new QLabel(introHtml, this);
    intro->setWordWrap(true);
    m_layout->addWidget(intro);
    m_layout->addLayout(m_form);
}

QLineEdit *AppraisalDialog::addReasonRow(const QString &label, QWidget *editor,
                                         const QString &reasonName, const QString &placeholder,
                                         const QString &reason)
{
    auto *row = new QHBoxLayout;
    auto *edit = new QLineEdit(reason, this);
    edit->setObjectName(reasonName);
    edit->setPlaceholderText(placeholder);
    row->addWidget(editor);
    row->addWidget(edit, 1);
    m_form->addRow(label, row);
    return edit;
}

void AppraisalDialog::finish(const QString &assessor)
{
    m_assessor = new QLineEdit(assessor, this);
    m_assessor->setObjectName(QStringLiteral("assessor"));
    m_form->addRow(tr("Assessor"), m_assessor);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a00000"));
    m_layout->addWidget(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_layout->addWidget(buttons);
    resize(760, sizeHint().height());
}

bool AppraisalDialog::save()
{
    const eb::catalogue::AppraisalWrite result = write();
    if (!result.committed) {
        QStringList lines;
        for (const eb::catalogue::Problem &p : result.problems) {
            lines << p.message.toHtmlEscaped();
        }
        lines << tr("Nothing was saved.").toHtmlEscaped();
        m_problems->setText(lines.join(QStringLiteral("<br>")));
        return false;
    }
    stored(result.id, result.version);
    m_problems->clear();
    accept();
    return true;
}

} // namespace eb::gui::review
