#include "gui/features/review/robdialog.h"

#include "catalogue/catalogue.h"
#include "model/vocabulary.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

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
    : AppraisalDialog(
          tr("Risk of Bias (RoB 2): %1, %2").arg(studyName, outcomeName),
          tr("Your RoB 2 judgement of %1 for the outcome %2. A judgement other than low needs "
             "the supporting quote or reason. These judgements are yours, never the sources'.")
              .arg(studyName.toHtmlEscaped(), outcomeName.toHtmlEscaped()),
          parent),
      m_catalogue(catalogue)
{
    m_base = existing.value_or(RobAssessment{});
    m_base.studySlug = studySlug;
    m_base.studyName = studyName;
    m_base.outcomeSlug = outcomeSlug;
    m_base.outcomeName = outcomeName;

    for (const RobDomain d : catalogue::allRobDomains()) {
        const auto i = static_cast<size_t>(d);
        m_boxes.at(i) = makeJudgementBox(this);
        m_boxes.at(i)->setObjectName(catalogue::robDomainKey(d));
        if (existing) {
            selectKey(m_boxes.at(i), existing->domain(d).judgement);
        }
        m_reasons.at(i) = addReasonRow(
            QStringLiteral("%1 %2").arg(catalogue::robDomainShort(d), catalogue::robDomainLabel(d)),
            m_boxes.at(i), catalogue::robDomainKey(d) + QStringLiteral("_reason"),
            tr("Supporting quote or reason"), existing ? existing->domain(d).reason : QString());
    }
    m_overall = makeJudgementBox(this);
    m_overall->setObjectName(QStringLiteral("overall"));
    if (existing) {
        selectKey(m_overall, existing->overall.judgement);
    }
    m_overallReason = addReasonRow(tr("Overall"), m_overall, QStringLiteral("overall_reason"),
                                   tr("Reason for the overall judgement"),
                                   existing ? existing->overall.reason : QString());
    m_suggestion = new QLabel(this);
    form()->addRow(QString(), m_suggestion);
    finish(existing ? existing->assessor : QString());
    for (QComboBox *box : m_boxes) {
        connect(box, &QComboBox::currentIndexChanged, this, &RobDialog::updateSuggestion);
    }
    updateSuggestion();
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
    a.assessor = assessorEdit()->text();
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

eb::catalogue::AppraisalWrite RobDialog::write()
{
    return m_catalogue.saveRobAssessment(assessment());
}

void RobDialog::stored(qint64 id, qint64 version)
{
    m_base.id = id;
    m_base.version = version;
}

} // namespace eb::gui::review
