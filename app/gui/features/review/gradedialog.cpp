#include "gui/features/review/gradedialog.h"

#include "catalogue/catalogue.h"
#include "model/vocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace eb::gui::review {

namespace vocabulary = eb::catalogue::vocabulary;
using eb::catalogue::GradeAssessment;
using eb::catalogue::GradeDomain;

GradeDialog::GradeDialog(catalogue::Catalogue &catalogue, const QString &outcomeSlug,
                         const QString &outcomeName,
                         const std::optional<catalogue::GradeAssessment> &existing,
                         const QString &reviewGrading, QWidget *parent)
    : QDialog(parent), m_catalogue(catalogue)
{
    setWindowTitle(tr("GRADE Certainty: %1").arg(outcomeName));
    m_base = existing.value_or(GradeAssessment{});
    m_base.outcomeSlug = outcomeSlug;
    m_base.outcomeName = outcomeName;

    auto *layout = new QVBoxLayout(this);
    QString intro = tr("Your GRADE rating of the body of evidence for %1: the levels each "
                       "consideration moves the certainty, each with its reason (also where it "
                       "moves nothing).")
                        .arg(outcomeName.toHtmlEscaped());
    if (!reviewGrading.isEmpty()) {
        intro += QStringLiteral(" ") + reviewGrading.toHtmlEscaped();
    }
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *form = new QFormLayout;
    m_start = new QComboBox(this);
    m_start->setObjectName(QStringLiteral("start"));
    for (const QString &key : catalogue::gradeStartKeys()) {
        m_start->addItem(catalogue::gradeStartLabel(key), key);
    }
    if (existing) {
        m_start->setCurrentIndex(std::max(0, m_start->findData(existing->start)));
    }
    connect(m_start, &QComboBox::currentIndexChanged, this, &GradeDialog::updateCertainty);
    form->addRow(tr("Starts from"), m_start);
    for (const GradeDomain d : catalogue::allGradeDomains()) {
        const auto i = static_cast<size_t>(d);
        auto *row = new QHBoxLayout;
        m_levels.at(i) = new QSpinBox(this);
        m_levels.at(i)->setObjectName(catalogue::gradeDomainKey(d));
        m_levels.at(i)->setRange(0, catalogue::gradeMaxLevels(d));
        m_levels.at(i)->setPrefix(catalogue::isGradeUpgrade(d) ? QStringLiteral("+")
                                                               : QStringLiteral("\u2212"));
        m_levels.at(i)->setSpecialValueText(QStringLiteral("0")); // not "−0" or "+0"
        m_reasons.at(i) = new QLineEdit(this);
        m_reasons.at(i)->setObjectName(catalogue::gradeDomainKey(d) + QStringLiteral("_reason"));
        m_reasons.at(i)->setPlaceholderText(tr("Reason"));
        if (existing) {
            m_levels.at(i)->setValue(existing->rating(d).levels);
            m_reasons.at(i)->setText(existing->rating(d).reason);
        }
        connect(m_levels.at(i), &QSpinBox::valueChanged, this, &GradeDialog::updateCertainty);
        row->addWidget(m_levels.at(i));
        row->addWidget(m_reasons.at(i), 1);
        form->addRow(catalogue::isGradeUpgrade(d)
                         ? tr("Up: %1").arg(catalogue::gradeDomainLabel(d))
                         : tr("Down: %1").arg(catalogue::gradeDomainLabel(d)),
                     row);
    }
    m_assessor = new QLineEdit(this);
    m_assessor->setObjectName(QStringLiteral("assessor"));
    if (existing) {
        m_assessor->setText(existing->assessor);
    }
    form->addRow(tr("Assessor"), m_assessor);
    layout->addLayout(form);
    m_certainty = new QLabel(this);
    m_certainty->setObjectName(QStringLiteral("certainty"));
    layout->addWidget(m_certainty);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a00000"));
    layout->addWidget(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateCertainty();
    resize(760, sizeHint().height());
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
    g.assessor = m_assessor->text();
    return g;
}

void GradeDialog::updateCertainty()
{
    m_certainty->setText(
        tr("Certainty of the evidence (ours): %1")
            .arg(catalogue::gradeCertaintyLabel(catalogue::gradeCertaintyLevel(assessment()))));
}

bool GradeDialog::save()
{
    const eb::catalogue::AppraisalWrite write = m_catalogue.saveGradeAssessment(assessment());
    if (!write.committed) {
        QStringList lines;
        for (const eb::catalogue::Problem &p : write.problems) {
            lines << p.message.toHtmlEscaped();
        }
        lines << tr("Nothing was saved.").toHtmlEscaped();
        m_problems->setText(lines.join(QStringLiteral("<br>")));
        return false;
    }
    m_base.id = write.id;
    m_base.version = write.version;
    m_problems->clear();
    accept();
    return true;
}

} // namespace eb::gui::review
