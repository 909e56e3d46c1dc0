// The detail pages: every number with its interval, "not reported" for what is unknown,
// provenance, links and discrepancies, from hand-made records (no catalogue needed).
#include "gui/detail/detailhtml.h"
#include "gui/detail/detailview.h"
#include "gui/detail/effectequivalents.h"

#include <QApplication>
#include <QClipboard>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <gtest/gtest.h>

namespace {

using namespace eb;

// What a reader sees: the HTML as plain text.
QString plain(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

catalogue::ResultRecord mwResult()
{
    catalogue::ResultRecord r;
    r.id = 7;
    r.studySlug = QStringLiteral("captain-ii");
    r.studyName = QStringLiteral("CAPTAIN II");
    r.outcomeSlug = QStringLiteral("captain-ensemble");
    r.outcomeName = QStringLiteral("Multidimensional ensemble");
    r.sourceShortLabel = QStringLiteral("Muresanu 2020 (CAPTAIN II)");
    r.sourceDoi = QStringLiteral("10.1234/example");
    r.sourcePmid = QStringLiteral("12345678");
    r.timepoint = QStringLiteral("day 90");
    r.metric = eb::stats::Metric::MannWhitney;
    r.estimate = 0.59;
    r.ciLow = 0.52;
    r.ciHigh = 0.66;
    r.ciLevel = 95;
    r.pOperator = QStringLiteral("=");
    r.pValue = 0.0119;
    r.n = 139;
    r.origin = QStringLiteral("reported");
    r.quote = QStringLiteral("MW = 0.59, 95% CI 0.52-0.66");
    return r;
}

TEST(DetailHtml, ResultShowsEstimateIntervalPAndProvenance)
{
    catalogue::StudyDetail s;
    s.slug = QStringLiteral("captain-ii");
    s.name = QStringLiteral("CAPTAIN II");
    s.design = QStringLiteral("rct");
    s.condition = QStringLiteral("traumatic_brain_injury");
    s.species = QStringLiteral("human");
    s.sponsorship = QStringLiteral("industry");
    s.results = {mwResult()};
    const QString html = gui::detail::studyHtml(s);
    const QString text = plain(html);
    EXPECT_TRUE(text.contains(QStringLiteral("MW 0.59 (0.52 to 0.66)"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("0.0119")));
    EXPECT_EQ(gui::detail::pText(mwResult()), QStringLiteral("p = 0.0119"));
    EXPECT_TRUE(text.contains(QStringLiteral("95% CI")));
    // Issue 15: a transcribed statement (the record's default kind) is our words, never shown
    // in quotation marks as the publication's; a verbatim one is.
    EXPECT_TRUE(text.contains(
        QStringLiteral("Reported in Muresanu 2020 (CAPTAIN II): MW = 0.59, 95% CI 0.52-0.66")))
        << qPrintable(text);
    EXPECT_FALSE(text.contains(QStringLiteral("“MW = 0.59")));
    catalogue::ResultRecord verbatim = mwResult();
    verbatim.statementKind = QStringLiteral("verbatim");
    s.results = {verbatim};
    EXPECT_TRUE(
        plain(gui::detail::studyHtml(s))
            .contains(QStringLiteral("Muresanu 2020 (CAPTAIN II): “MW = 0.59, 95% CI 0.52-0.66”")))
        << qPrintable(plain(gui::detail::studyHtml(s)));
    EXPECT_TRUE(text.contains(QStringLiteral("reported")));
    EXPECT_TRUE(text.contains(QStringLiteral("Industry-sponsored")));
    EXPECT_TRUE(html.contains(QStringLiteral("https://doi.org/10.1234/example")));
    EXPECT_TRUE(html.contains(QStringLiteral("https://pubmed.ncbi.nlm.nih.gov/12345678/")));
    EXPECT_TRUE(html.contains(QStringLiteral("eb://outcome/captain-ensemble")));
    EXPECT_TRUE(text.contains(QStringLiteral("not medical advice")));
    // Unknown study fields are said to be unknown, never left blank or guessed.
    EXPECT_TRUE(text.contains(QStringLiteral("not reported")));
}

// The pane once read "reported · Reported in Muresanu 2020 ..." under a result and under each
// arm: a reported statement names its source once, with no origin badge in front; only this
// program's own values carry one ("derived · ...").
TEST(DetailHtml, ProvenanceSaysReportedOnce)
{
    catalogue::StudyDetail s;
    s.slug = QStringLiteral("captain-ii");
    s.name = QStringLiteral("CAPTAIN II");
    s.design = QStringLiteral("rct");
    s.condition = QStringLiteral("traumatic_brain_injury");
    s.species = QStringLiteral("human");
    s.sponsorship = QStringLiteral("industry");
    catalogue::ResultRecord r = mwResult();
    catalogue::ArmSummaryRecord arm;
    arm.armRole = QStringLiteral("treatment");
    arm.label = QStringLiteral("Cerebrolysin");
    arm.n = 70;
    arm.origin = QStringLiteral("reported");
    arm.quote = QStringLiteral("70 patients received Cerebrolysin");
    arm.sourceShortLabel = QStringLiteral("Muresanu 2020 (CAPTAIN II)");
    r.arms = {arm};
    s.results = {r};
    const QString text = plain(gui::detail::studyHtml(s));
    EXPECT_FALSE(text.contains(QStringLiteral("reported ·"), Qt::CaseInsensitive))
        << qPrintable(text);
    EXPECT_FALSE(text.contains(QStringLiteral("reported · Reported"), Qt::CaseInsensitive));
    EXPECT_EQ(text.count(QStringLiteral(
                  "Reported in Muresanu 2020 (CAPTAIN II): MW = 0.59, 95% CI 0.52-0.66")),
              1)
        << qPrintable(text);
    EXPECT_EQ(text.count(QStringLiteral(
                  "Reported in Muresanu 2020 (CAPTAIN II): 70 patients received Cerebrolysin")),
              1)
        << qPrintable(text);
    r.origin = QStringLiteral("derived");
    r.derivation = QStringLiteral("CI from p");
    r.arms.clear();
    s.results = {r};
    EXPECT_TRUE(plain(gui::detail::studyHtml(s))
                    .contains(QStringLiteral("derived · Reported in Muresanu 2020 (CAPTAIN II)")))
        << qPrintable(plain(gui::detail::studyHtml(s)));
}

TEST(DetailHtml, MissingNumbersReadNotReported)
{
    catalogue::ResultRecord r = mwResult();
    r.ciLow.reset();
    r.ciHigh.reset();
    r.pValue.reset();
    r.pOperator.clear();
    EXPECT_EQ(gui::detail::estimateText(r), QStringLiteral("0.59 (CI not reported)"));
    EXPECT_EQ(gui::detail::pText(r), QStringLiteral("p not reported"));
    r.estimate.reset();
    EXPECT_EQ(gui::detail::estimateText(r), QStringLiteral("not reported"));
}

// A narrow pane breaks lines between words, never inside one ("not rep/orted", issue 17).
TEST(DetailHtml, LinesBreakOnlyBetweenWords)
{
    catalogue::StudyDetail s;
    s.slug = QStringLiteral("captain-ii");
    s.name = QStringLiteral("CAPTAIN II");
    catalogue::ResultRecord r = mwResult();
    r.ciLow.reset();
    r.ciHigh.reset();
    r.pValue.reset();
    r.n.reset();
    s.results = {r, r};
    // Lines that end inside a word, and lines wrapped at all, of the page in a narrow view.
    auto breaks = [&s](gui::DetailView &view) {
        view.resize(380, 500);
        view.setHtml(gui::detail::studyHtml(s));
        view.show();
        QApplication::processEvents();
        (void)view.document()->size(); // the layout is made lazily: finish it
        std::pair<int, int> counts{0, 0};
        for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
            const QTextLayout *layout = block.layout();
            const QString text = block.text();
            for (int i = 0; layout != nullptr && i + 1 < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                const int end = line.textStart() + line.textLength();
                ++counts.second;
                if (end > 0 && end < text.size() && text.at(end - 1).isLetter() &&
                    text.at(end).isLetter()) {
                    ++counts.first;
                }
            }
        }
        return counts;
    };
    gui::DetailView view;
    const auto [midWord, wrapped] = breaks(view);
    EXPECT_EQ(midWord, 0);
    EXPECT_GT(wrapped, 5); // the pane is narrow enough to wrap
    // The check itself: a view allowed to break anywhere does break inside words here.
    gui::DetailView anywhere;
    anywhere.setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    EXPECT_GT(breaks(anywhere).first, 0);
}

// Where each occurrence of `text` in the view's document is laid out: how many of them run
// across a line break. The layout is finished first.
int occurrencesBrokenAcrossLines(gui::DetailView &view, const QString &text, int *found)
{
    (void)view.document()->size();
    int broken = 0;
    *found = 0;
    for (QTextCursor at = view.document()->find(text); !at.isNull();
         at = view.document()->find(text, at)) {
        ++*found;
        const QTextBlock block = view.document()->findBlock(at.selectionStart());
        const QTextLayout *layout = block.layout();
        const QTextLine first = layout->lineForTextPosition(at.selectionStart() - block.position());
        const QTextLine last =
            layout->lineForTextPosition(at.selectionEnd() - 1 - block.position());
        broken += first.lineNumber() != last.lineNumber() ? 1 : 0;
    }
    return broken;
}

// A DOI is never broken across lines ("s10072-017-|3037-z"), in a study's sources and in a
// result's provenance alike, at a width that wraps everything else; yet it is its own
// characters: a search finds it and a copy of it reads exactly the DOI (no invisible joiners).
TEST(DetailHtml, DoiNeverBreaksAndCopiesAsItself)
{
    const QString doi = QStringLiteral("10.1007/s10072-017-3037-z");
    catalogue::StudyDetail s;
    s.slug = QStringLiteral("captain-ii");
    s.name = QStringLiteral("CAPTAIN II");
    catalogue::ResultRecord r = mwResult();
    r.sourceDoi = doi;
    s.results = {r};
    catalogue::StudySourceRecord link;
    link.source.slug = QStringLiteral("muresanu-2020");
    link.source.shortLabel = QStringLiteral("Muresanu 2020");
    link.source.doi = doi;
    link.source.pmid = QStringLiteral("31440968");
    link.note = QStringLiteral("The primary report.");
    s.sources = {link};
    for (int width : {160, 220, 320}) {
        SCOPED_TRACE(width);
        gui::DetailView view;
        view.resize(width, 600);
        view.setHtml(gui::detail::studyHtml(s));
        view.show();
        QApplication::processEvents();
        int found = 0;
        EXPECT_EQ(occurrencesBrokenAcrossLines(view, doi, &found), 0);
        EXPECT_EQ(found, 2); // the source's and the result's
        EXPECT_TRUE(view.toPlainText().contains(QStringLiteral("doi:") + doi));
        QTextCursor cursor = view.document()->find(doi);
        ASSERT_FALSE(cursor.isNull());
        EXPECT_EQ(cursor.selectedText(), doi);
        view.setTextCursor(cursor);
        view.copy();
        EXPECT_EQ(QApplication::clipboard()->text(), doi);
        // Nothing else is kept from wrapping: the source's note and the result's quote wrap.
        EXPECT_GT(view.document()->size().height(), view.fontMetrics().height() * 12);
    }
    // The check itself: the DOI inline in a paragraph, as before, is broken at this width.
    gui::DetailView inline_;
    inline_.resize(160, 600);
    inline_.setHtml(QStringLiteral("<p>Muresanu 2020<br/><a href='https://doi.org/%1'>doi:%1</a> "
                                   "· PMID 31440968</p>")
                        .arg(doi));
    inline_.show();
    QApplication::processEvents();
    int found = 0;
    EXPECT_EQ(occurrencesBrokenAcrossLines(inline_, doi, &found), 1);
}

TEST(DetailHtml, DerivedResultsSayHowTheyWereDerived)
{
    catalogue::ResultRecord r = mwResult();
    r.origin = QStringLiteral("derived");
    r.derivation = QStringLiteral("CI from p by the normal approximation");
    catalogue::OutcomeMeasureRecord o;
    o.name = QStringLiteral("Multidimensional ensemble");
    o.domain = QStringLiteral("global");
    o.direction = QStringLiteral("higher_better");
    const QString text = plain(gui::detail::outcomeHtml(o, {r}));
    EXPECT_TRUE(text.contains(QStringLiteral("derived")));
    EXPECT_TRUE(text.contains(QStringLiteral("CI from p by the normal approximation")));
    EXPECT_TRUE(text.contains(QStringLiteral("CAPTAIN II")));
    EXPECT_TRUE(text.contains(QStringLiteral("Higher is better")));
}

TEST(DetailHtml, DiscrepanciesShowBothValuesAndBothSources)
{
    catalogue::ClaimRecord c;
    c.slug = QStringLiteral("stroke-nnt-71");
    c.text = QStringLiteral("an NNT of 7.1");
    c.sourceShortLabel = QStringLiteral("The article");
    c.verdict = QStringLiteral("discrepant");
    c.verdictNote = QStringLiteral("The NNT belongs to another outcome.");
    catalogue::DiscrepancyRecord d;
    d.subject = QStringLiteral("NNT");
    d.articleValue = QStringLiteral("7.1 for ARAT");
    d.articleSourceShortLabel = QStringLiteral("The article");
    d.sourceValue = QStringLiteral("7.1 for early NIHSS");
    d.primarySourceShortLabel = QStringLiteral("Guekht 2017");
    d.explanation = QStringLiteral("Attached to the wrong outcome.");
    c.discrepancies = {d};
    const QString text = plain(gui::detail::claimHtml(c));
    EXPECT_TRUE(text.contains(QStringLiteral("Differs from its source")));
    EXPECT_TRUE(text.contains(QStringLiteral("7.1 for ARAT")));
    EXPECT_TRUE(text.contains(QStringLiteral("7.1 for early NIHSS")));
    EXPECT_TRUE(text.contains(QStringLiteral("Guekht 2017")));
    EXPECT_TRUE(text.contains(QStringLiteral("The NNT belongs to another outcome.")));
}

TEST(DetailHtml, MechanismTargetsShowTheirDirection)
{
    catalogue::MechanismRecord m;
    m.category = QStringLiteral("Reducing Neuroinflammation");
    m.description = QStringLiteral("Fewer inflammatory cytokines.");
    catalogue::MechanismTargetRecord tnf;
    tnf.name = QStringLiteral("TNFα");
    tnf.kind = QStringLiteral("cytokine");
    tnf.direction = QStringLiteral("down");
    m.targets = {tnf};
    catalogue::MechanismEvidenceRecord e;
    e.studySlug = QStringLiteral("zhang-2020-rat-chi");
    e.studyName = QStringLiteral("Zhang 2020 (rat)");
    e.support = QStringLiteral("asserted_only");
    e.note = QStringLiteral("No study in the catalogue measured it.");
    m.evidence = {e};
    const QString html = gui::detail::mechanismHtml(m);
    const QString text = plain(html);
    EXPECT_TRUE(text.contains(QStringLiteral("↓ down")));
    EXPECT_TRUE(text.contains(QStringLiteral("TNFα")));
    EXPECT_TRUE(text.contains(QStringLiteral("Asserted by the article only")));
    EXPECT_TRUE(html.contains(QStringLiteral("eb://study/zhang-2020-rat-chi")));
}

TEST(DetailHtml, SourceShowsCitationAndIdentifiers)
{
    catalogue::SourceRecord s;
    s.shortLabel = QStringLiteral("Muresanu 2016 (CARS-1)");
    s.kind = QStringLiteral("journal_article");
    s.authors = QStringLiteral("Muresanu DF, et al.");
    s.title = QStringLiteral("Cerebrolysin and Recovery After Stroke (CARS)");
    s.journal = QStringLiteral("Stroke");
    s.year = 2016;
    s.volume = QStringLiteral("47");
    s.issue = QStringLiteral("1");
    s.pages = QStringLiteral("151-159");
    s.doi = QStringLiteral("10.1161/STROKEAHA.115.009416");
    s.sponsorship = QStringLiteral("industry");
    const QString html = gui::detail::sourceHtml(s);
    const QString text = plain(html);
    EXPECT_TRUE(text.contains(QStringLiteral("Stroke 2016;47(1):151-159")));
    EXPECT_TRUE(html.contains(QStringLiteral("https://doi.org/10.1161/STROKEAHA.115.009416")));
    EXPECT_TRUE(text.contains(QStringLiteral("No study linked.")));
}

// A review's earlier version is a source of its own; both pages name and link the other.
TEST(DetailHtml, SourceShowsItsVersions)
{
    catalogue::SourceRecord earlier;
    earlier.slug = QStringLiteral("cochrane-2020");
    earlier.shortLabel = QStringLiteral("Cochrane review 2020 version");
    earlier.kind = QStringLiteral("systematic_review");
    earlier.year = 2020;
    earlier.sponsorship = QStringLiteral("independent");
    earlier.versionOf = catalogue::SourceVersionRef{
        QStringLiteral("cochrane-2023"), QStringLiteral("Cochrane review 2023 (Ziganshina)"), 2023,
        QStringLiteral("10.1002/14651858.CD007026.pub7")};
    const QString html = gui::detail::sourceHtml(earlier);
    EXPECT_TRUE(plain(html).contains(
        QStringLiteral("An earlier version of Cochrane review 2023 (Ziganshina).")))
        << qPrintable(plain(html));
    EXPECT_TRUE(html.contains(QStringLiteral("eb://source/cochrane-2023")));
    catalogue::SourceRecord later = earlier;
    later.versionOf.reset();
    later.versions = {catalogue::SourceVersionRef{QStringLiteral("cochrane-2020"),
                                                  QStringLiteral("Cochrane review 2020 version"),
                                                  2020, QString()}};
    const QString laterHtml = gui::detail::sourceHtml(later);
    EXPECT_TRUE(plain(laterHtml).contains(
        QStringLiteral("Earlier version: Cochrane review 2020 version.")));
    EXPECT_TRUE(laterHtml.contains(QStringLiteral("eb://source/cochrane-2020")));
    EXPECT_FALSE(plain(gui::detail::sourceHtml(catalogue::SourceRecord{}))
                     .contains(QStringLiteral("Versions")));
}

TEST(DetailHtml, TextIsEscaped)
{
    catalogue::SourceRecord s;
    s.shortLabel = QStringLiteral("<b>not bold</b> & co");
    s.kind = QStringLiteral("website");
    s.sponsorship = QStringLiteral("unknown");
    const QString text = plain(gui::detail::sourceHtml(s));
    EXPECT_TRUE(text.contains(QStringLiteral("<b>not bold</b> & co")));
}

TEST(DetailHtml, MwResultsShowTheirDerivedEquivalents)
{
    const QString text = plain(gui::detail::equivalentsHtml(mwResult()));
    EXPECT_TRUE(text.contains(QStringLiteral("Derived by this program"))) << qPrintable(text);
    // d = sqrt(2) * qnorm(0.59) = 0.3218; OR = exp(d * pi / sqrt(3)) = 1.793.
    EXPECT_TRUE(text.contains(QStringLiteral("0.32 ("))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("1.79 ("))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("NNT")));
    // NNT = 1 / (2 * 0.59 - 1) = 5.56.
    EXPECT_TRUE(text.contains(QStringLiteral("5.6"))) << qPrintable(text);
    EXPECT_FALSE(text.contains(QStringLiteral("nan")));
    EXPECT_FALSE(text.contains(QStringLiteral("inf")));
}

TEST(DetailHtml, CasiResultGivesHedgesGWithTheArmSizeAssumptionFlagged)
{
    catalogue::ResultRecord r;
    r.metric = eb::stats::Metric::MeanChangeDifference;
    r.n = 32;
    catalogue::ArmSummaryRecord treatment;
    treatment.armRole = QStringLiteral("treatment");
    treatment.mean = 21.0;
    treatment.sd = 20.4;
    catalogue::ArmSummaryRecord control;
    control.armRole = QStringLiteral("control");
    control.mean = 7.6;
    control.sd = 12.1;
    r.arms = {treatment, control};
    const QString text = plain(gui::detail::equivalentsHtml(r));
    EXPECT_TRUE(text.contains(QStringLiteral("Hedges' g"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Arm sizes assumed 16/16, not reported")));
    // metafor: escalc("SMD", m1i=21, sd1i=20.4, n1i=16, m2i=7.6, sd2i=12.1, n2i=16) gives
    // yi = 0.7776 (d = 0.7973 times c(30) = 0.9752).
    EXPECT_TRUE(text.contains(QStringLiteral("0.78 ("))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("13.40"))); // the mean difference 21.0 - 7.6
}

} // namespace
