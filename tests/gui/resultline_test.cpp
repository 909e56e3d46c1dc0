// One result as a citable line: every part read from the record, "not reported" for what it
// lacks, the source as a manuscript cites it.
#include "gui/detail/resultline.h"

#include <gtest/gtest.h>

namespace {

using namespace eb;

catalogue::ResultRecord captainIi()
{
    catalogue::ResultRecord r;
    r.id = 16;
    r.studyName = QStringLiteral("CAPTAIN II");
    r.outcomeName =
        QStringLiteral("CAPTAIN ensemble of outcome scales (13 in CAPTAIN II, 14 in CAPTAIN I)");
    r.outcomeAbbreviation = QStringLiteral("CAPTAIN ensemble");
    r.outcomeIsEnsemble = true;
    r.timepoint = QStringLiteral("day 90");
    r.metric = stats::Metric::MannWhitney;
    r.estimate = 0.59;
    r.ciLow = 0.52;
    r.ciHigh = 0.66;
    r.ciLevel = 95;
    r.pOperator = QStringLiteral("=");
    r.pValue = 0.0119;
    r.n = 139;
    r.origin = QStringLiteral("reported");
    r.sourceShortLabel = QStringLiteral("Muresanu 2020 (CAPTAIN II)");
    r.sourceDoi = QStringLiteral("10.1007/s10072-019-04181-y");
    r.quote = QStringLiteral("Day 90, ensemble of 13 outcome scales: MW 0.59");
    return r;
}

TEST(ResultLine, TheCaptainIiLineReadsAsAManuscriptWouldCiteIt)
{
    EXPECT_EQ(gui::resultCitationLine(captainIi()),
              QStringLiteral("CAPTAIN II, CAPTAIN ensemble (13 scales), day 90: MW 0.59 (95% CI "
                             "0.52 to 0.66), p = 0.0119, N = 139 (Muresanu 2020, "
                             "doi:10.1007/s10072-019-04181-y)"));
}

TEST(ResultLine, ALabelWithALineBreakNeverSplitsTheLine)
{
    catalogue::ResultRecord r = captainIi();
    r.studyName = QStringLiteral("CAPTAIN\nII\r") + QChar(0x1B) + QStringLiteral("[2J");
    r.sourceShortLabel = QStringLiteral("Muresanu\n2020") + QChar(0x2028);
    const QString line = gui::resultCitationLine(r);
    for (const QChar c : line) {
        EXPECT_FALSE(c.category() == QChar::Other_Control || c == QChar(0x2028))
            << line.toStdString();
    }
    EXPECT_TRUE(line.startsWith(QStringLiteral("CAPTAIN II "))) << line.toStdString();
}

TEST(ResultLine, AnEnsembleTakesItsOwnStudysNumberOfScales)
{
    catalogue::ResultRecord r = captainIi();
    r.studyName = QStringLiteral("CAPTAIN I");
    EXPECT_EQ(gui::outcomeLabelForLine(r), QStringLiteral("CAPTAIN ensemble (14 scales)"));
    r.studyName = QStringLiteral("CAPTAIN meta-analysis (Vester 2021)");
    EXPECT_EQ(gui::outcomeLabelForLine(r), QStringLiteral("CAPTAIN ensemble"));
    r.outcomeIsEnsemble = false;
    r.studyName = QStringLiteral("CAPTAIN II");
    EXPECT_EQ(gui::outcomeLabelForLine(r), QStringLiteral("CAPTAIN ensemble"));
}

TEST(ResultLine, WhatTheRecordLacksReadsNotReported)
{
    catalogue::ResultRecord r = captainIi();
    r.ciLow.reset();
    r.ciHigh.reset();
    r.pValue.reset();
    r.n.reset();
    r.sourceDoi.clear();
    r.sourcePmid = QStringLiteral("31811519");
    EXPECT_EQ(gui::resultCitationLine(r),
              QStringLiteral("CAPTAIN II, CAPTAIN ensemble (13 scales), day 90: MW 0.59 (CI not "
                             "reported), p not reported, N not reported (Muresanu 2020, PMID "
                             "31811519)"));
    r.sourcePmid.clear();
    r.sourceShortLabel = QStringLiteral("The article (secondary summary)");
    EXPECT_TRUE(gui::resultCitationLine(r).endsWith(QStringLiteral("(The article)")));
}

TEST(ResultLine, OperatorsArmsAndDerivationsAreKept)
{
    catalogue::ResultRecord r = captainIi();
    r.pOperator = QStringLiteral("<");
    r.pValue = 0.05;
    r.metric = stats::Metric::MeanChangeDifference;
    r.estimate.reset();
    r.ciLow.reset();
    r.ciHigh.reset();
    catalogue::ArmSummaryRecord t;
    t.armRole = QStringLiteral("treatment");
    t.mean = 21.0;
    t.sd = 20.4;
    catalogue::ArmSummaryRecord c;
    c.armRole = QStringLiteral("control");
    c.mean = 7.6;
    c.sd = 11.6;
    r.arms = {t, c};
    const QString line = gui::resultLine(r);
    EXPECT_TRUE(line.contains(QStringLiteral("p < 0.05"))) << qPrintable(line);
    EXPECT_TRUE(line.contains(QStringLiteral("not reported")));
    EXPECT_TRUE(line.contains(QStringLiteral("21 (SD 20.4)")));
    EXPECT_TRUE(line.contains(QStringLiteral("7.6 (SD 11.6)")));

    catalogue::ResultRecord d = captainIi();
    d.origin = QStringLiteral("derived");
    d.derivation = QStringLiteral("MW from d by Φ(d/√2)");
    EXPECT_TRUE(gui::resultLine(d).contains(QStringLiteral("derived by this program")));
    EXPECT_TRUE(gui::resultCitationWithQuote(d).contains(QStringLiteral("MW from d by Φ(d/√2)")));
    EXPECT_TRUE(gui::resultCitationWithQuote(captainIi()).contains(d.quote));
}

TEST(ResultLine, TheBestSourceHasADoi)
{
    catalogue::ResultRecord article = captainIi();
    article.sourceDoi.clear();
    article.sourceShortLabel = QStringLiteral("The article (secondary summary)");
    const catalogue::ResultRecord publication = captainIi();
    EXPECT_EQ(gui::bestSourced({article, publication}).sourceShortLabel,
              publication.sourceShortLabel);
    EXPECT_EQ(gui::bestSourced({article}).sourceShortLabel, article.sourceShortLabel);
}

} // namespace
