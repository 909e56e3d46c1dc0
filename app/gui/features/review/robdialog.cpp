#include "gui/features/review/robdialog.h"

#include "catalogue/catalogue.h"
#include "model/vocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace eb::gui::review {

namespace vocabulary = eb::catalogue::vocabulary;
using eb::catalogue::RobAssessment;
using eb::catalogue::RobDomain;

namespace {

void selectKey(QComboBox *box, const QString &key)
{
    const int index = box->findData(key);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

// The problems as HTML lines for the dialog's message label.
QString problemsText(const QList<eb::catalogue::Problem> &problems)
{
    QStringList lines;
    for (const eb::catalogue::Problem &p : problems) {
        lines << p.message.toHtmlEscaped();
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

QComboBox *makeJudgementBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(RobDialog::tr("(not set)"), QString());
    for (const QString &key : catalogue::robJudgementKeys()) {
        box->addItem(catalogue::robJudgementLabel(key), key);
    }
    return box;
}

RobDialog::RobDialog(catalogue::Catalogue &catalogue, const QString &studySlug,
                     const QString &studyName, const QString &outcomeSlug,
                     const QString &outcomeName,
                     const std::optional<catalogue::RobAssessment> &existing, QWidget *parent)
    : QDialog(parent), m_catalogue(catalogue)
{
    setWindowTitle(tr("Risk of Bias (RoB 2): %1, %2").arg(studyName, outcomeName));
    m_base = existing.value_or(RobAssessment{});
    m_base.studySlug = studySlug;
    m_base.studyName = studyName;
    m_base.outcomeSlug = outcomeSlug;
    m_base.outcomeName = outcomeName;

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Your RoB 2 judgement of %1 for the outcome %2. A judgement other than low needs "
           "the supporting quote or reason. These judgements are yours, never the sources'.")
            .arg(studyName.toHtmlEscaped(), outcomeName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (const RobDomain d : catalogue::allRobDomains()) {
        const auto i = static_cast<size_t>(d);
        auto *row = new QHBoxLayout;
        m_boxes.at(i) = makeJudgementBox(this);
        m_boxes.at(i)->setObjectName(catalogue::robDomainKey(d));
        m_reasons.at(i) = new QLineEdit(this);
        m_reasons.at(i)->setObjectName(catalogue::robDomainKey(d) + QStringLiteral("_reason"));
        m_reasons.at(i)->setPlaceholderText(tr("Supporting quote or reason"));
        row->addWidget(m_boxes.at(i));
        row->addWidget(m_reasons.at(i), 1);
        form->addRow(
            QStringLiteral("%1 %2").arg(catalogue::robDomainShort(d), catalogue::robDomainLabel(d)),
            row);
        if (existing) {
            selectKey(m_boxes.at(i), existing->domain(d).judgement);
            m_reasons.at(i)->setText(existing->domain(d).reason);
        }
        connect(m_boxes.at(i), &QComboBox::currentIndexChanged, this, &RobDialog::updateSuggestion);
    }
    auto *overallRow = new QHBoxLayout;
    m_overall = makeJudgementBox(this);
    m_overall->setObjectName(QStringLiteral("overall"));
    m_overallReason = new QLineEdit(this);
    m_overallReason->setObjectName(QStringLiteral("overall_reason"));
    m_overallReason->setPlaceholderText(tr("Reason for the overall judgement"));
    overallRow->addWidget(m_overall);
    overallRow->addWidget(m_overallReason, 1);
    form->addRow(tr("Overall"), overallRow);
    m_suggestion = new QLabel(this);
    form->addRow(QString(), m_suggestion);
    m_assessor = new QLineEdit(this);
    m_assessor->setObjectName(QStringLiteral("assessor"));
    form->addRow(tr("Assessor"), m_assessor);
    layout->addLayout(form);
    if (existing) {
        selectKey(m_overall, existing->overall.judgement);
        m_overallReason->setText(existing->overall.reason);
        m_assessor->setText(existing->assessor);
    }
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a00000"));
    layout->addWidget(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateSuggestion();
    resize(760, sizeHint().height());
}

QComboBox *RobDialog::judgementBox(RobDomain domain) const
{
    return m_boxes.at(static_cast<size_t>(domain));
}

QLineEdit *RobDialog::reasonEdit(RobDomain domain) const
{
    return m_reasons.at(static_cast<size_t>(domain));
}

RobAssessment RobDialog::assessment() const
{
    RobAssessment a = m_base;
    for (const RobDomain d : catalogue::allRobDomains()) {
        a.domain(d) = {judgementBox(d)->currentData().toString(), reasonEdit(d)->text()};
    }
    a.overall = {m_overall->currentData().toString(), m_overallReason->text()};
    a.assessor = m_assessor->text();
    return a;
}

void RobDialog::updateSuggestion()
{
    const QString worst = catalogue::robWorstJudgement(assessment());
    m_suggestion->setText(
        worst.isEmpty()
            ? tr("Judge the domains; the overall judgement is at least the most severe of them.")
            : tr("RoB 2's rule: at least \"%1\" overall (the most severe domain); \"High\" "
                 "also where several domains raise some concerns.")
                  .arg(catalogue::robJudgementLabel(worst)));
}

bool RobDialog::save()
{
    const eb::catalogue::AppraisalWrite write = m_catalogue.saveRobAssessment(assessment());
    if (!write.committed) {
        m_problems->setText(problemsText(write.problems) + QStringLiteral("<br>") +
                            tr("Nothing was saved.").toHtmlEscaped());
        return false;
    }
    m_base.id = write.id;
    m_base.version = write.version;
    m_problems->clear();
    accept();
    return true;
}

} // namespace eb::gui::review
