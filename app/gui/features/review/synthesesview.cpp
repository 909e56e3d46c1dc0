#include "gui/features/review/synthesesview.h"

#include "catalogue/catalogue.h"
#include "evidence/appraisals.h"
#include "evidence/resultline.h"
#include "evidence/studycompare.h"
#include "gui/features/review/resultdialog.h"
#include "gui/shell/screenfit.h"
#include "model/vocabulary.h"
#include "queries/reviewdata.h"

#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <cmath>

namespace eb::gui::review {
namespace {

QString esc(const QString &t)
{
    return t.toHtmlEscaped();
}

QString resultLine(const catalogue::ResultRecord &r)
{
    const QString outcome = r.outcomeShortName();
    return QStringLiteral(
               "<li><a href='eb-result:%1'>%2</a>%3: %4 <span class='small'>[%5]</span></li>")
        .arg(r.id)
        .arg(esc(outcome),
             r.timepoint.isEmpty() ? QString() : esc(QStringLiteral(", ") + r.timepoint),
             esc(eb::review::effectText(r)), esc(r.sourceShortLabel));
}

QString entryHtml(const eb::review::SynthesisEntry &e)
{
    const catalogue::StudyDetail &s = e.study;
    QString html = QStringLiteral("<h4>%1</h4><p class='small'>").arg(esc(s.name));
    html += esc(SynthesesView::tr("Sponsor: %1").arg(s.sponsorship)) + QStringLiteral("<br/>");
    html +=
        esc(SynthesesView::tr("What it pooled: %1")
                .arg(e.includes.isEmpty()
                         ? (s.nNote.isEmpty() ? SynthesesView::tr("not recorded") : s.nNote)
                         : e.includes.join(QStringLiteral(", ")) +
                               (s.nNote.isEmpty() ? QString() : QStringLiteral("; ") + s.nNote)));
    html += QStringLiteral("</p><p><b>%1</b></p><ul>").arg(esc(SynthesesView::tr("Benefits")));
    for (const catalogue::ResultRecord &r : e.benefits) {
        html += resultLine(r);
    }
    if (e.benefits.isEmpty()) {
        html += QStringLiteral("<li>%1</li>").arg(esc(SynthesesView::tr("none recorded")));
    }
    html += QStringLiteral("</ul><p><b>%1</b></p><ul>").arg(esc(SynthesesView::tr("Harms")));
    for (const catalogue::ResultRecord &r : e.harms) {
        html += resultLine(r);
    }
    if (e.harms.isEmpty()) {
        html += QStringLiteral("<li>%1</li>").arg(esc(SynthesesView::tr("none recorded")));
    }
    html += QStringLiteral("</ul><p class='small'><b>%1</b> %2</p>")
                .arg(esc(SynthesesView::tr("Summary and conclusion (quoted where recorded):")),
                     esc(s.summary));
    return html;
}

QString column(const QList<eb::review::SynthesisEntry> &entries)
{
    QString html;
    for (const eb::review::SynthesisEntry &e : entries) {
        html += entryHtml(e);
    }
    return html.isEmpty() ? esc(SynthesesView::tr("none in the catalogue")) : html;
}

QString per1000(double v)
{
    return QString::number(std::lround(v));
}

} // namespace

QString synthesesHtml(const QList<eb::review::ConditionSyntheses> &syntheses)
{
    QString html = QStringLiteral("<style>td{vertical-align:top;padding:6px} "
                                  ".small{font-size:small} h4{margin-bottom:2px}</style>");
    for (const eb::review::ConditionSyntheses &c : syntheses) {
        html += QStringLiteral("<h2>%1</h2><table width='100%' border='1' cellspacing='0'>"
                               "<tr><th width='50%'>%2</th><th width='50%'>%3</th></tr>"
                               "<tr><td>%4</td><td>%5</td></tr></table>")
                    .arg(esc(eb::catalogue::vocabulary::condition(c.condition)),
                         esc(SynthesesView::tr("Industry-sponsored")),
                         esc(SynthesesView::tr("Independent")), column(c.industry),
                         column(c.independent));
        if (!c.unknownSponsor.isEmpty()) {
            html +=
                QStringLiteral("<h3>%1</h3>").arg(esc(SynthesesView::tr("Sponsor not verified"))) +
                column(c.unknownSponsor);
        }
    }
    return html;
}

QString summaryOfFindingsHtml(const QList<eb::review::SofRow> &rows, const QString &reviewName,
                              const QList<eb::catalogue::GradeAssessment> &ours)
{
    // The certainty: the review's grading, attributed to it, and ours where a user rated the
    // outcome (evidence/appraisals.h).
    const auto oursFor = [&ours](const QString &outcomeSlug) {
        std::optional<eb::catalogue::GradeAssessment> found;
        for (const eb::catalogue::GradeAssessment &g : ours) {
            if (g.outcomeSlug == outcomeSlug) {
                found = g;
            }
        }
        return found;
    };
    QString html = QStringLiteral("<style>.small{font-size:small}</style><h2>%1</h2>"
                                  "<table border='1' cellspacing='0' cellpadding='4'>")
                       .arg(esc(SynthesesView::tr("Summary of findings: %1").arg(reviewName)));
    html +=
        QStringLiteral(
            "<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
            .arg(
                esc(SynthesesView::tr("Outcome")), esc(SynthesesView::tr("Participants (studies)")),
                esc(SynthesesView::tr("Relative effect (95% CI)")),
                esc(SynthesesView::tr("Assumed risk with placebo, per 1,000 (derived)")),
                esc(SynthesesView::tr("Corresponding risk with Cerebrolysin or Cortexin, per 1,000 "
                                      "(95% CI) (derived)")),
                esc(SynthesesView::tr("Certainty of the evidence (GRADE): the review's grading; "
                                      "ours where rated")));
    QStringList formulas;
    for (const eb::review::SofRow &r : rows) {
        const bool harm = r.rrLow > 1.0; // more events with the active agent, CI excluding 1
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td><a href='eb-result:%3'>RR %4</a></td>"
                               "<td>%5</td><td>%6</td><td>%7</td></tr>")
                    .arg(esc(r.outcome) +
                             (harm ? esc(SynthesesView::tr(" (more with the active agent)"))
                                   : QString()),
                         esc(r.participants))
                    .arg(r.result.id)
                    .arg(esc(eb::evidence::reportedEstimate(r.result)), // as the review printed it
                         r.assumedPer1000 ? per1000(*r.assumedPer1000)
                                          : esc(SynthesesView::tr("not derivable")),
                         r.correspondingPer1000 ? QStringLiteral("%1 (%2 to %3)")
                                                      .arg(per1000(*r.correspondingPer1000),
                                                           per1000(*r.correspondingLowPer1000),
                                                           per1000(*r.correspondingHighPer1000))
                                                : esc(SynthesesView::tr("not derivable")),
                         esc(eb::evidence::sofCertaintyText(r.certainty, r.result.sourceShortLabel,
                                                            oursFor(r.result.outcomeSlug))));
        if (!r.formula.isEmpty()) {
            formulas << QStringLiteral("%1: %2").arg(r.outcome, r.formula);
        }
    }
    html +=
        QStringLiteral("</table><p class='small'>%1</p><ul class='small'>")
            .arg(esc(SynthesesView::tr(
                "Derived by this program, not printed by the review: the risks per 1,000 come "
                "from the placebo events and participants the review reports and its pooled "
                "RR, rounded to whole numbers. The RRs are the review's, and so is each grading "
                "attributed to it; a certainty marked \"ours\" is a GRADE rating made with "
                "this program (evidence grade).")));
    for (const QString &f : formulas) {
        html += QStringLiteral("<li>%1</li>").arg(esc(f));
    }
    return html + QStringLiteral("</ul>");
}

SynthesesView::SynthesesView(catalogue::Catalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Syntheses Face to Face"));
    QString readError;
    const QList<catalogue::StudyDetail> studies = eb::review::studyDetails(m_catalogue, &readError);
    // The summary of findings first: the independent review's harms are what the article omits.
    QString html;
    for (const catalogue::StudyDetail &s : studies) {
        if (s.slug == eb::review::kSofReviewStudy) {
            m_sof = eb::review::summaryOfFindings(s, eb::review::kSofReviewSource);
            html += summaryOfFindingsHtml(m_sof, s.name, m_catalogue.gradeAssessments());
        }
    }
    html += synthesesHtml(eb::review::synthesesByCondition(studies));
    m_browser->setOpenLinks(false);
    if (!readError.isEmpty()) {
        html = QStringLiteral("<p>%1</p>")
                   .arg(esc(tr("The catalogue could not be read: %1").arg(readError))) +
               html;
    }
    m_browser->setHtml(html);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString s = url.toString();
        if (!s.startsWith(QLatin1String("eb-result:"))) {
            return;
        }
        if (const auto r = m_catalogue.result(s.mid(10).toLongLong())) {
            (new ResultDialog(*r, {}, this))->show();
        } else if (!m_catalogue.lastError().isEmpty()) {
            m_browser->setPlainText(
                tr("The result could not be read: %1").arg(m_catalogue.lastError()));
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    resizeWithinScreen(this, QSize(1200, 860));
}

} // namespace eb::gui::review
