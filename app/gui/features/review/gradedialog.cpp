#include "gui/features/review/gradedialog.h"

#include "catalogue/catalogue.h"
#include "model/vocabulary.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace eb::gui::review {

namespace vocabulary = eb::catalogue::vocabulary;
using eb::catalogue::GradeAssessment;
using eb::catalogue::GradeDomain;

namespace {

QString introduction(const QString &outcomeName, const QString &reviewGrading)
{
    QString intro = GradeDialog::tr("Your GRADE rating of the body of evidence for %1: the levels "
                                    "each consideration moves the certainty, each with its reason "
                                    "(also where it moves nothing).")
                        .arg(outcomeName.toHtmlEscaped());
    if (!reviewGrading.isEmpty()) {
        intro += QStringLiteral(" ") + reviewGrading.toHtmlEscaped();
    }
    return intro;
}

} // namespace

GradeDialog::GradeDialog(catalogue::Catalogue &catalogue, const QString &outcomeSlug,
                         const QString &outcomeName,
                         const std::optional<catalogue::GradeAssessment> &existing,
                         const QString &reviewGrading, QWidget *parent)
    : AppraisalDialog(tr("GRADE Certainty: %1").arg(outcomeName),
                      introduction(outcomeName, reviewGrading), parent),
      m_catalogue(catalogue)
{
    m_base = existing.value_or(GradeAssessment{});
    m_base.outcomeSlug = outcomeSlug;
    m_base.outcomeName = outcomeName;

    m_start = new QComboBox(this);
    m_start->setObjectName(QStringLiteral("start"));
    for (const QString &key : catalogue::gradeStartKeys()) {
        m_start->addItem(catalogue::gradeStartLabel(key), key);
    }
    if (existing) {
        m_start->setCurrentIndex(std::max(0, m_start->findData(existing->start)));
    }
    form()->addRow(tr("Starts from"), m_start);
    for (const GradeDomain d : catalogue::allGradeDomains()) {
        const auto i = static_cast<size_t>(d);
        m_levels.at(i) = new QSpinBox(this);
        m_levels.at(i)->setObjectName(catalogue::gradeDomainKey(d));
        m_levels.at(i)->setRange(0, catalogue::gradeMaxLevels(d));
        m_levels.at(i)->setPrefix(catalogue::isGradeUpgrade(d) ? QStringLiteral("+")
                                                               : QStringLiteral("\u2212"));
        m_levels.at(i)->setSpecialValueText(QStringLiteral("0")); // not "−0" or "+0"
        if (existing) {
            m_levels.at(i)->setValue(existing->rating(d).levels);
        }
        m_reasons.at(i) = addReasonRow(
            catalogue::isGradeUpgrade(d) ? tr("Up: %1").arg(catalogue::gradeDomainLabel(d))
                                         : tr("Down: %1").arg(catalogue::gradeDomainLabel(d)),
            m_levels.at(i), catalogue::gradeDomainKey(d) + QStringLiteral("_reason"), tr("Reason"),
            existing ? existing->rating(d).reason : QString());
    }
    m_certainty = new QLabel(this);
    m_certainty->setObjectName(QStringLiteral("certainty"));
    layout()->addWidget(m_certainty);
    finish(existing ? existing->assessor : QString());
    connect(m_start, &QComboBox::currentIndexChanged, this, &GradeDialog::updateCertainty);
    for (QSpinBox *box : m_levels) {
        connect(box, &QSpinBox::valueChanged, this, &GradeDialog::updateCertainty);
    }
    updateCertainty();
}

QSpinBox *GradeDialog::levelBox(GradeDomain domain) const
{
    return m_levels.at(static_cast<size_t>(domain));
}

QLineEdit *GradeDialog::reasonEdit(GradeDomain domain) const
{
    return m_reasons.at(static_cast<size_t>(domain));
}

GradeAssessment GradeDialog::assessment() const
{
    GradeAssessment g = m_base;
    g.start = m_start->currentData().toString();
    for (const GradeDomain d : catalogue::allGradeDomains()) {
        g.rating(d) = {levelBox(d)->value(), reasonEdit(d)->text()};
    }
    g.assessor = assessorEdit()->text();
    return g;
}

void GradeDialog::updateCertainty()
{
    m_certainty->setText(
        tr("Certainty of the evidence (ours): %1")
            .arg(catalogue::gradeCertaintyLabel(catalogue::gradeCertaintyLevel(assessment()))));
}

eb::catalogue::AppraisalWrite GradeDialog::write()
{
    return m_catalogue.saveGradeAssessment(assessment());
}

void GradeDialog::stored(qint64 id, qint64 version)
{
    m_base.id = id;
    m_base.version = version;
}

} // namespace eb::gui::review
