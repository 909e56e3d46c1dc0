#pragma once

#include "gui/features/review/appraisaldialog.h"
#include "model/appraisal.h"

#include <array>

class QComboBox;
class QLabel;
class QLineEdit;

namespace eb::catalogue {
class Catalogue;
}

namespace eb::gui::review {

// The RoB 2 assessment of one trial and outcome: a judgement (low, some concerns, high) and a
// supporting quote or reason per domain, the overall judgement with the rule's suggestion
// beside it (the most severe domain), and the assessor. Save validates (model/appraisal.h);
// saving and refusals as AppraisalDialog. `existing` (an assessment read before) is replaced
// only at its version, so an edit made meanwhile elsewhere is never overwritten.
class RobDialog : public AppraisalDialog
{
    Q_OBJECT

public:
    RobDialog(catalogue::Catalogue &catalogue, const QString &studySlug, const QString &studyName,
              const QString &outcomeSlug, const QString &outcomeName,
              const std::optional<catalogue::RobAssessment> &existing, QWidget *parent = nullptr);

    // The assessment as the form holds it.
    catalogue::RobAssessment assessment() const;

    QComboBox *judgementBox(catalogue::RobDomain domain) const;
    QLineEdit *reasonEdit(catalogue::RobDomain domain) const;
    QComboBox *overallBox() const { return m_overall; }
    QLineEdit *overallReason() const { return m_overallReason; }
    QLabel *suggestion() const { return m_suggestion; }

protected:
    eb::catalogue::AppraisalWrite write() override;
    void stored(qint64 id, qint64 version) override;

private:
    void updateSuggestion();

    catalogue::Catalogue &m_catalogue;
    catalogue::RobAssessment m_base; // slugs, names, id and version
    std::array<QComboBox *, catalogue::kRobDomainCount> m_boxes{};
    std::array<QLineEdit *, catalogue::kRobDomainCount> m_reasons{};
    QComboBox *m_overall = nullptr;
    QLineEdit *m_overallReason = nullptr;
    QLabel *m_suggestion = nullptr;
};

// A combo box of RoB 2 judgements: "not set" (no key) then the vocabulary's judgements.
QComboBox *makeJudgementBox(QWidget *parent);

} // namespace eb::gui::review
