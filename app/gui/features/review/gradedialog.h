#pragma once

#include "model/appraisal.h"

#include <QDialog>
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
// the user types. Save validates (model/appraisal.h) and writes through the catalogue; a
// refusal is shown and the dialog stays open. Where the bundled summary of findings shows a
// review's own grading, the dialog says so beside the user's.
class GradeDialog : public QDialog
{
    Q_OBJECT

public:
    GradeDialog(catalogue::Catalogue &catalogue, const QString &outcomeSlug,
                const QString &outcomeName,
                const std::optional<catalogue::GradeAssessment> &existing,
                const QString &reviewGrading, QWidget *parent = nullptr);

    catalogue::GradeAssessment assessment() const;
    bool save();

    QComboBox *startBox() const { return m_start; }
    QSpinBox *levelBox(catalogue::GradeDomain domain) const;
    QLineEdit *reasonEdit(catalogue::GradeDomain domain) const;
    QLabel *certainty() const { return m_certainty; }
    QLabel *problems() const { return m_problems; }

private:
    void updateCertainty();

    catalogue::Catalogue &m_catalogue;
    catalogue::GradeAssessment m_base;
    QComboBox *m_start = nullptr;
    std::array<QSpinBox *, catalogue::kGradeDomainCount> m_levels{};
    std::array<QLineEdit *, catalogue::kGradeDomainCount> m_reasons{};
    QLineEdit *m_assessor = nullptr;
    QLabel *m_certainty = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace eb::gui::review
