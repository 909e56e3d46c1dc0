#pragma once

#include "gui/features/review/appraisaldialog.h"
#include "model/appraisal.h"

#include <array>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace eb::catalogue {
class Catalogue;
}

namespace eb::gui::review {

// The GRADE certainty of one outcome: where the rating starts (randomised trials: high;
// observational studies: low), the levels each of the five considerations rates it down and
// each of the three rates it up, each with its reason, and the certainty they give, updated as
// the user types. Save validates (model/appraisal.h); saving and refusals as AppraisalDialog. Where
// the bundled summary of findings shows a review's own grading, the dialog says so beside the
// user's.
class GradeDialog : public AppraisalDialog
{
    Q_OBJECT

public:
    GradeDialog(catalogue::Catalogue &catalogue, const QString &outcomeSlug,
                const QString &outcomeName,
                const std::optional<catalogue::GradeAssessment> &existing,
                const QString &reviewGrading, QWidget *parent = nullptr);

    catalogue::GradeAssessment assessment() const;

    QComboBox *startBox() const { return m_start; }
    QSpinBox *levelBox(catalogue::GradeDomain domain) const;
    QLineEdit *reasonEdit(catalogue::GradeDomain domain) const;
    QLabel *certainty() const { return m_certainty; }

protected:
    eb::catalogue::AppraisalWrite write() override;
    void stored(qint64 id, qint64 version) override;

private:
    void updateCertainty();

    catalogue::Catalogue &m_catalogue;
    catalogue::GradeAssessment m_base;
    QComboBox *m_start = nullptr;
    std::array<QSpinBox *, catalogue::kGradeDomainCount> m_levels{};
    std::array<QLineEdit *, catalogue::kGradeDomainCount> m_reasons{};
    QLabel *m_certainty = nullptr;
};

} // namespace eb::gui::review
