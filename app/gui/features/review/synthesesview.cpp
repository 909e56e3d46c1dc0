#include "gui/features/review/synthesesview.h"

#include "catalogue/catalogue.h"
#include "evidence/appraisals.h"
#include "evidence/resultline.h"
#include "evidence/studycompare.h"
#include "gui/features/review/resultdialog.h"
#include "gui/shell/screenfit.h"
#include "model/vocabulary.h"
#include "queries/reviewdata.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

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

} // namespace

QString synthesesHtml(const QList<eb::review::ConditionSyntheses> &syntheses)
{
    // The notes (class 'small') stay at the body size: Qt's font-size:small drew them about 8 px
    // high at 100%, too small to read on a projector.
    QString html =
        QStringLiteral("<style>td{vertical-align:top;padding:6px} h4{margin-bottom:2px}</style>");
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
    // The words are the table's (evidence/syntheses.h), shared with a lecture slide of it.
    const eb::review::SofTable table = eb::review::summaryOfFindingsTable(rows, reviewName, ours);
    QString html =
        QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='4'><tr>")
            .arg(esc(table.title));
    for (const QString &header : table.headers) {
        html += QStringLiteral("<th>%1</th>").arg(esc(header));
    }
    html += QStringLiteral("</tr>");
    for (qsizetype i = 0; i < table.cells.size(); ++i) {
        html += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < table.cells.at(i).size(); ++c) {
            const QString cell = esc(table.cells.at(i).at(c));
            html += c == eb::review::kSofRelativeEffectColumn
                        ? QStringLiteral("<td><a href='eb-result:%1'>%2</a></td>")
                              .arg(rows.at(i).result.id)
                              .arg(cell)
                        : QStringLiteral("<td>%1</td>").arg(cell);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p class='small'>%1</p><ul class='small'>")
                .arg(esc(table.derivedNote));
    for (const QString &f : table.formulas) {
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
    lecture::Slide slide;
    slide.kind = lecture::SlideKind::Findings;
    slide.record = {QStringLiteral("study"), eb::review::kSofReviewStudy};
    slide.source = eb::review::kSofReviewSource;
    for (const catalogue::StudyDetail &s : studies) {
        if (s.slug == slide.record.slug) {
            m_sof = eb::review::summaryOfFindings(s, slide.source);
            html += summaryOfFindingsHtml(m_sof, s.name, m_catalogue.gradeAssessments());
        }
    }
    m_addToPresentation = new QPushButton(tr("Add Summary of Findings to Presentation"), this);
    m_addToPresentation->setObjectName(QStringLiteral("synthesesAddToPresentation"));
    m_addToPresentation->setEnabled(!m_sof.isEmpty());
    connect(m_addToPresentation, &QPushButton::clicked, this,
            [this, slide] { emit addToPresentationRequested(slide); });
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
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_addToPresentation);
    layout->addLayout(buttons);
    layout->addWidget(m_browser);
    resizeWithinScreen(this, QSize(1200, 860));
}

} // namespace eb::gui::review
