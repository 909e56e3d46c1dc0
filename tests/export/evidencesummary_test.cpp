// The evidence summary: one vector page with embedded fonts for every study of the catalogue,
// on A4 and Letter, and an HTML document that holds the same content with the forest plot.
#include "charts/forestplot.h"
#include "export/evidencesummary.h"
#include "exportfixtures.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

namespace {

using namespace eb::exporting;

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

EvidenceSummary summaryOf(const QString &slug)
{
    QString error;
    auto summary = readEvidenceSummary(eb::exporttest::bundledCatalogue(), slug, &error);
    EXPECT_TRUE(summary) << error.toStdString();
    summary->programVersion = QStringLiteral("test");
    return *summary;
}

TEST(EvidenceSummary, ReadsTheStudyItsReviewsClaimsAndReferences)
{
    const EvidenceSummary s = summaryOf(QStringLiteral("cars-1"));
    EXPECT_EQ(s.study.slug, QStringLiteral("cars-1"));
    EXPECT_FALSE(s.study.results.isEmpty());
    EXPECT_FALSE(s.reviews.isEmpty()); // the CARS meta-analysis pools it
    EXPECT_EQ(s.references.size(), s.study.sources.size());
    EXPECT_FALSE(s.catalogueBuildId.isEmpty());
    QString error;
    EXPECT_FALSE(
        readEvidenceSummary(eb::exporttest::bundledCatalogue(), QStringLiteral("nope"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("nope")));
}

TEST(EvidenceSummary, HtmlHoldsResultsClaimsReferencesPlotAndStatement)
{
    const EvidenceSummary s = summaryOf(QStringLiteral("captain-ii"));
    const QString html = summaryHtmlDocument(s);
    EXPECT_TRUE(html.contains(QStringLiteral("<svg")));
    EXPECT_TRUE(html.contains(QStringLiteral("not medical advice")));
    for (const eb::catalogue::ResultRecord &r : s.study.results) {
        if (r.estimate) {
            EXPECT_TRUE(html.contains(QString::number(*r.estimate, 'g', 6)));
        }
        if (r.origin == QLatin1String("derived")) {
            EXPECT_TRUE(html.contains(r.derivation.toHtmlEscaped())) << r.derivation.toStdString();
        }
    }
    for (const eb::catalogue::ClaimRecord &c : s.claims) {
        EXPECT_TRUE(html.contains(c.text.toHtmlEscaped()));
    }
    EXPECT_FALSE(s.claims.isEmpty());
    // The references as text (a DOI is a link inside it).
    static const QRegularExpression tag(QStringLiteral("<[^>]+>"));
    const QString text = QString(html).remove(tag);
    for (const eb::catalogue::SourceRecord &source : s.references) {
        EXPECT_TRUE(text.contains(referenceText(source).toHtmlEscaped()));
        if (!source.doi.isEmpty()) {
            EXPECT_TRUE(html.contains(QStringLiteral("<a href=\"https://doi.org/%1\">doi:%1</a>")
                                          .arg(source.doi.toHtmlEscaped())))
                << source.doi.toStdString();
        }
    }
}

// Results on their own scales (the Chart tab's panels): the Cochrane review's RRs and Wang
// 2017's results have plots, no plot is only "not reported" rows, Chen 2013's mean difference
// derived from the arm means is drawn and said to be derived; no summary names the catalogue's
// internal notes file.
TEST(EvidenceSummary, ResultsAreDrawnOnTheirOwnScales)
{
    for (const char *slug : {"cochrane-2023-stroke", "wang-2017-meta-analysis"}) {
        const EvidenceSummary s = summaryOf(QLatin1String(slug));
        EXPECT_FALSE(summaryForests(s).empty()) << slug;
        EXPECT_TRUE(summaryHtmlDocument(s).contains(QStringLiteral("<svg"))) << slug;
    }
    const auto cochrane = summaryForests(summaryOf(QStringLiteral("cochrane-2023-stroke")));
    EXPECT_EQ(cochrane.front()->spec().metric, eb::stats::Metric::RiskRatio);

    const EvidenceSummary chen = summaryOf(QStringLiteral("chen-2013-mild-tbi"));
    bool derivedMd = false;
    for (const auto &plot : summaryForests(chen)) {
        for (const eb::evidence::ForestRow &row : plot->spec().rows) {
            derivedMd = derivedMd ||
                        (row.derived && row.derivation.contains(QStringLiteral("mean difference")));
        }
    }
    EXPECT_TRUE(derivedMd);
    EXPECT_TRUE(summaryHtmlDocument(chen).contains(
        QStringLiteral("Drawn as derived by this program (hollow marker): CASI")));

    for (const eb::catalogue::StudySummary &study : eb::exporttest::bundledCatalogue().studies()) {
        const EvidenceSummary s = summaryOf(study.slug);
        for (const auto &plot : summaryForests(s)) {
            const auto &rows = plot->spec().rows;
            EXPECT_TRUE(std::any_of(
                rows.cbegin(), rows.cend(),
                [](const eb::evidence::ForestRow &r) { return r.estimate.has_value(); }))
                << study.slug.toStdString() << ": a plot of only \"not reported\" rows";
        }
        EXPECT_FALSE(summaryHtmlDocument(s).contains(QStringLiteral("references.md")))
            << study.slug.toStdString();
    }
}

// What the reviews that pool a trial say, from the links the Syntheses view reads (today the
// bundled catalogue links only the CARS and CAPTAIN meta-analyses to their trials): each
// review's sponsor, its words and its findings, harms beside benefits. An independent review
// linked to a trial shows the same way.
TEST(EvidenceSummary, ShowsWhatTheReviewsThatPoolItFound)
{
    for (const eb::catalogue::StudySummary &study : eb::exporttest::bundledCatalogue().studies()) {
        const EvidenceSummary s = summaryOf(study.slug);
        const QString html = summaryHtmlDocument(s);
        for (const eb::catalogue::StudyDetail &review : s.reviews) {
            EXPECT_TRUE(html.contains(review.name.toHtmlEscaped())) << study.slug.toStdString();
        }
        EXPECT_EQ(static_cast<int>(html.count(QStringLiteral("Its findings, benefits:"))),
                  s.reviews.size())
            << study.slug.toStdString();
    }
    EXPECT_EQ(summaryOf(QStringLiteral("cars-1")).reviews.size(), 1);

    // The Cochrane review (independent) as a review of CARS-1: its sponsor and its harms.
    EvidenceSummary cars = summaryOf(QStringLiteral("cars-1"));
    cars.reviews = {summaryOf(QStringLiteral("cochrane-2023-stroke")).study};
    const QString html = summaryHtmlDocument(cars);
    EXPECT_TRUE(html.contains(QStringLiteral("Cochrane review 2023 (stroke)")));
    EXPECT_TRUE(html.contains(QStringLiteral("Independent"))) << "the sponsor, in words";
    const qsizetype harms = html.indexOf(QStringLiteral("Harms:"));
    ASSERT_GE(harms, 0);
    EXPECT_GT(html.indexOf(QStringLiteral("RR 2.39 (1.10 to 5.23)"), harms), harms)
        << "the non-fatal serious adverse events among the review's harms";
}

// Page objects (not the /Pages tree) in a PDF written by Qt, which keeps no object streams.
int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    return static_cast<int>(QString::fromLatin1(pdf).count(page));
}

class SummaryPdf : public ::testing::TestWithParam<QPageSize::PageSizeId>
{
};

TEST_P(SummaryPdf, EveryStudyFitsOnePageWithEmbeddedFonts)
{
    QTemporaryDir dir;
    const QString pdffonts = eb::exporttest::toolOnPath(QStringLiteral("pdffonts"));
    const QSizeF points = QPageSize(GetParam()).size(QPageSize::Point);
    for (const eb::catalogue::StudySummary &study : eb::exporttest::bundledCatalogue().studies()) {
        SCOPED_TRACE(study.slug.toStdString());
        const QString file = dir.filePath(study.slug + QStringLiteral(".pdf"));
        QString error;
        ASSERT_TRUE(writeSummaryPdf(summaryOf(study.slug), file, GetParam(), &error))
            << error.toStdString();
        const QByteArray pdf = readBytes(file);
        ASSERT_TRUE(pdf.startsWith("%PDF-"));
        EXPECT_EQ(pageCount(pdf), 1);
        // Page size in points: A4 595 x 842, Letter 612 x 792.
        const QRegularExpression box(
            QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)"));
        const auto match = box.match(QString::fromLatin1(pdf));
        ASSERT_TRUE(match.hasMatch());
        EXPECT_NEAR(match.captured(1).toDouble(), points.width(), 1.0);
        EXPECT_NEAR(match.captured(2).toDouble(), points.height(), 1.0);
        // Fonts embedded: every font descriptor has its font file; vector: no raster image.
        const int descriptors = static_cast<int>(pdf.count("/Type /FontDescriptor"));
        EXPECT_GT(descriptors, 0);
        EXPECT_EQ(static_cast<int>(pdf.count("/FontFile")), descriptors);
        EXPECT_EQ(pdf.count("/Subtype /Image"), 0);
        if (!pdffonts.isEmpty()) {
            const auto run = eb::exporttest::runTool(pdffonts, {file});
            ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
            const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            ASSERT_GT(lines.size(), 2);
            for (const QString &line : lines.mid(2)) {
                // name type encoding emb sub uni object ID: "emb" is the 4th column from the end
                // but one (the type can hold spaces), so read it from the right.
                const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                ASSERT_GE(cols.size(), 6) << line.toStdString();
                EXPECT_EQ(cols.at(cols.size() - 5), QStringLiteral("yes")) << line.toStdString();
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Pages, SummaryPdf, ::testing::Values(QPageSize::A4, QPageSize::Letter));

TEST(EvidenceSummary, WriteSummaryChoosesTheFormatBySuffix)
{
    QTemporaryDir dir;
    QString error;
    const EvidenceSummary s = summaryOf(QStringLiteral("cars-meta-analysis"));
    ASSERT_TRUE(writeSummary(s, dir.filePath(QStringLiteral("s.html")), QPageSize::A4, &error));
    EXPECT_TRUE(readBytes(dir.filePath(QStringLiteral("s.html"))).startsWith("<!DOCTYPE html>"));
    EXPECT_FALSE(writeSummary(s, dir.filePath(QStringLiteral("s.doc")), QPageSize::A4, &error));
    EXPECT_TRUE(error.contains(QStringLiteral(".pdf")));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("s.doc"))));
}

// Printed, the body text stays at least 6.4 pt (8.5 pt set at 75% or more), so that the page
// reads on paper.
TEST(EvidenceSummary, EveryStudyPrintsAtALegibleSize)
{
    for (const eb::catalogue::StudySummary &study : eb::exporttest::bundledCatalogue().studies()) {
        for (const auto page : {QPageSize::A4, QPageSize::Letter}) {
            const double scale = summaryPageScale(summaryOf(study.slug), page);
            EXPECT_GE(scale, 0.75)
                << study.slug.toStdString() << (page == QPageSize::A4 ? " A4" : " Letter");
        }
    }
}

} // namespace
