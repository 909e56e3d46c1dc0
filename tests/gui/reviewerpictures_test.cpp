// The pictures of docs/reviewers.md: each analysis of issue 19 in its window, driven as a user
// drives it, with the facts the picture shows asserted. With EB_SCREENSHOT_DIR set (run under
// Xvfb and openbox for the docs) each window is also saved there as the PNG the page names.
#include "catalogue/catalogue.h"
#include "cataloguecopy.h"
#include "gui/features/review/appraisalview.h"
#include "gui/features/review/pooldialog.h"
#include "gui/features/review/poolsensitivitypanel.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using eb::gui::review::PoolDialog;
using eb::gui::review::PoolSensitivityPanel;

namespace {

// The trials and synthesis of the pictures: CARS-1 and CAPTAIN II (industry) and El Sayed
// 2018 (independent).
const QList<qint64> kSponsorshipSet{6, 16, 52};

class ReviewerPictures : public eb::test::CatalogueCopyTest
{
protected:
    // Shows the window at 1280×800 at most and, for the docs, saves it.
    static void picture(QWidget &window, const QString &name)
    {
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
        const QString dir = qEnvironmentVariable("EB_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            EXPECT_TRUE(window.grab().save(QDir(dir).filePath(name)));
        }
    }
};

} // namespace

TEST_F(ReviewerPictures, EachSensitivityAnalysisOfThePoolWindow)
{
    PoolDialog dialog(m_catalogue, m_dir.filePath(QStringLiteral("analyses.json")));
    dialog.resize(1280, 800);
    dialog.setSelectedResults(kSponsorshipSet);
    ASSERT_TRUE(dialog.pool()) << dialog.messages()->text().toStdString();
    PoolSensitivityPanel *panel = dialog.sensitivityPanel();
    const struct
    {
        PoolSensitivityPanel::Analysis analysis;
        QString column;
        int rows; // the table's rows the picture shows
        const char *file;
    } shots[] = {
        {PoolSensitivityPanel::LeaveOneOut, {}, 3, "review-pool-sensitivity.png"},
        {PoolSensitivityPanel::Influence, {}, 3, "review-pool-influence.png"},
        {PoolSensitivityPanel::Cumulative, {}, 3, "review-pool-cumulative.png"},
        {PoolSensitivityPanel::SmallStudy, {}, -1, "review-pool-smallstudy.png"},
        {PoolSensitivityPanel::Sponsorship, {}, 2, "review-pool-sponsorship.png"},
        {PoolSensitivityPanel::MetaRegression, QStringLiteral("year"), 2,
         "review-pool-metaregression.png"},
    };
    for (const auto &shot : shots) {
        panel->setAnalysis(shot.analysis);
        if (!shot.column.isEmpty()) {
            panel->setColumn(shot.column);
        }
        if (shot.rows >= 0) {
            EXPECT_EQ(panel->table()->rowCount(), shot.rows) << shot.file;
        } else {
            EXPECT_GT(panel->table()->rowCount(), 0) << shot.file;
        }
        EXPECT_FALSE(panel->note()->text().isEmpty()) << shot.file;
        picture(dialog, QString::fromLatin1(shot.file));
    }
    // Fewer than 10 results: the small-study tests carry the Handbook's warning.
    panel->setAnalysis(PoolSensitivityPanel::SmallStudy);
    EXPECT_TRUE(panel->note()->text().contains(QStringLiteral("10")))
        << panel->note()->text().toStdString();
}

TEST_F(ReviewerPictures, RiskOfBiasAndGradeTabs)
{
    // A placeholder assessment on the copy, for the picture only (said in the caption).
    eb::catalogue::RobAssessment a;
    a.studySlug = QStringLiteral("chen-2013-mild-tbi");
    a.outcomeSlug = QStringLiteral("casi");
    for (const eb::catalogue::RobDomain d : eb::catalogue::allRobDomains()) {
        a.domain(d) = {QStringLiteral("low"), {}};
    }
    a.domain(eb::catalogue::RobDomain::MissingData) = {QStringLiteral("some_concerns"),
                                                       QStringLiteral("placeholder")};
    a.overall = {QStringLiteral("some_concerns"), QStringLiteral("placeholder: D3")};
    a.assessor = QStringLiteral("placeholder for the picture");
    ASSERT_TRUE(m_catalogue.saveRobAssessment(a).committed);
    eb::gui::review::AppraisalView view(m_catalogue);
    view.resize(1280, 800);
    view.refresh();
    bool assessed = false;
    for (const eb::evidence::RobRow &row : view.robRows()) {
        assessed = assessed || row.assessment.has_value();
    }
    EXPECT_TRUE(assessed);
    view.tabs()->setCurrentIndex(0);
    picture(view, QStringLiteral("review-appraisals.png"));
    view.tabs()->setCurrentIndex(1);
    EXPECT_GT(view.gradeTable()->rowCount(), 0);
    picture(view, QStringLiteral("review-grade.png"));
}
