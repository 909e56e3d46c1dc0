// The Pool window's subgroups and meta-regression on study columns beside `evidence pool
// --results IDS --subgroup COLUMN | --mods COLUMN` on the same catalogue: the same numbers, digit
// for digit as the panel shows them.
#include "catalogue/catalogue.h"
#include "cataloguecopy.h"
#include "commandrun.h"
#include "gui/features/review/pooldialog.h"
#include "gui/features/review/poolsensitivitypanel.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace eb::gui::review;

namespace {

class PoolSubgroupsWindow : public eb::test::CatalogueCopyTest
{
protected:
    QJsonObject cli(const QStringList &analysis) const
    {
        const auto run =
            eb::test::evidence(QStringList{QStringLiteral("pool"), QStringLiteral("--results"),
                                           QStringLiteral("6,16,52"), QStringLiteral("--json"),
                                           QStringLiteral("--database"), m_path} +
                               analysis);
        EXPECT_EQ(run.status, 0) << run.err.toStdString();
        return eb::test::jsonOf(run);
    }
};

QString shown(double value)
{
    return QString::number(value, 'g', 4); // as the panel prints a number
}

} // namespace

TEST_F(PoolSubgroupsWindow, SubgroupsBySponsorshipEqualTheCommandLine)
{
    PoolDialog dialog(m_catalogue, m_dir.filePath(QStringLiteral("analyses.json")));
    dialog.setSelectedResults({6, 16, 52});
    ASSERT_TRUE(dialog.pool()) << dialog.messages()->text().toStdString();
    PoolSensitivityPanel *panel = dialog.sensitivityPanel();
    panel->setAnalysis(PoolSensitivityPanel::Subgroups);
    ASSERT_TRUE(panel->columnBox()->isVisibleTo(panel));
    panel->setColumn(QStringLiteral("sponsorship"));
    const QJsonObject o = cli({QStringLiteral("--subgroup"), QStringLiteral("sponsorship")});
    const QJsonArray groups = o.value(QStringLiteral("subgroups")).toArray();
    ASSERT_EQ(panel->table()->rowCount(), groups.size());
    ASSERT_EQ(groups.size(), 2);
    for (int g = 0; g < groups.size(); ++g) {
        const QJsonObject group = groups.at(g).toObject();
        EXPECT_EQ(panel->table()->item(g, 0)->text(),
                  group.value(QStringLiteral("subgroup")).toString());
        EXPECT_EQ(panel->table()->item(g, 1)->text(),
                  QString::number(group.value(QStringLiteral("k")).toInt()));
        int column = 2;
        for (const char *key : {"estimate", "se", "ci.lb", "ci.ub", "tau2"}) {
            EXPECT_EQ(panel->table()->item(g, column++)->text(),
                      shown(group.value(QLatin1String(key)).toDouble()))
                << key;
        }
    }
    EXPECT_TRUE(panel->note()->text().contains(
        QStringLiteral("Q(df = 1) = %1, p = %2")
            .arg(shown(o.value(QStringLiteral("Q_between")).toDouble()),
                 shown(o.value(QStringLiteral("Q_between.p")).toDouble()))))
        << panel->note()->text().toStdString();
}

TEST_F(PoolSubgroupsWindow, MetaRegressionOnYearEqualsTheCommandLine)
{
    PoolDialog dialog(m_catalogue, m_dir.filePath(QStringLiteral("analyses.json")));
    dialog.setSelectedResults({6, 16, 52});
    ASSERT_TRUE(dialog.pool());
    PoolSensitivityPanel *panel = dialog.sensitivityPanel();
    panel->setAnalysis(PoolSensitivityPanel::MetaRegression);
    panel->setColumn(QStringLiteral("year"));
    const QJsonObject o = cli({QStringLiteral("--mods"), QStringLiteral("year")});
    const QJsonArray coefficients = o.value(QStringLiteral("coefficients")).toArray();
    ASSERT_EQ(coefficients.size(), 2);
    ASSERT_EQ(panel->table()->rowCount(), 2) << panel->note()->text().toStdString();
    for (int c = 0; c < 2; ++c) {
        const QJsonObject coef = coefficients.at(c).toObject();
        EXPECT_EQ(panel->table()->item(c, 0)->text(),
                  coef.value(QStringLiteral("name")).toString());
        EXPECT_EQ(panel->table()->item(c, 1)->text(),
                  shown(coef.value(QStringLiteral("estimate")).toDouble()));
        EXPECT_EQ(panel->table()->item(c, 2)->text(),
                  shown(coef.value(QStringLiteral("se")).toDouble()));
    }
    EXPECT_TRUE(
        panel->note()->text().contains(QStringLiteral("= %1, p = %2")
                                           .arg(shown(o.value(QStringLiteral("QM")).toDouble()),
                                                shown(o.value(QStringLiteral("QMp")).toDouble()))))
        << panel->note()->text().toStdString();
}

// The window's leave-one-out and cumulative rows equal the command line's: `evidence pool
// --results IDS --csv` piped into `evidence pool - --leave-one-out|--cumulative --json` (the
// scriptable form of the panel, docs/reviewers.md).
TEST_F(PoolSubgroupsWindow, RefitsEqualThePipedCommandLine)
{
    PoolDialog dialog(m_catalogue, m_dir.filePath(QStringLiteral("analyses.json")));
    dialog.setSelectedResults({6, 16, 52});
    ASSERT_TRUE(dialog.pool()) << dialog.messages()->text().toStdString();
    const auto csv = eb::test::evidence({QStringLiteral("pool"), QStringLiteral("--results"),
                                         QStringLiteral("6,16,52"), QStringLiteral("--csv"),
                                         QStringLiteral("--database"), m_path});
    ASSERT_EQ(csv.status, 0) << csv.err.toStdString();
    ASSERT_TRUE(csv.out.startsWith(QStringLiteral("result_id,label,yi,vi,year,sponsorship\n")))
        << csv.out.toStdString();
    PoolSensitivityPanel *panel = dialog.sensitivityPanel();
    for (const auto &[analysis, option] :
         {std::pair{PoolSensitivityPanel::LeaveOneOut, QStringLiteral("--leave-one-out")},
          std::pair{PoolSensitivityPanel::Cumulative, QStringLiteral("--cumulative")}}) {
        panel->setAnalysis(analysis);
        const auto run = eb::test::evidence(
            {QStringLiteral("pool"), QStringLiteral("-"), option, QStringLiteral("--json")},
            csv.out);
        ASSERT_EQ(run.status, 0) << run.err.toStdString();
        const QJsonArray rows = eb::test::jsonOf(run).value(QStringLiteral("rows")).toArray();
        ASSERT_EQ(panel->table()->rowCount(), rows.size()) << option.toStdString();
        for (int r = 0; r < rows.size(); ++r) {
            const QJsonObject row = rows.at(r).toObject();
            EXPECT_EQ(panel->table()->item(r, 1)->text(),
                      shown(row.value(QStringLiteral("estimate")).toDouble()))
                << option.toStdString() << " row " << r;
            EXPECT_EQ(panel->table()->item(r, 6)->text(),
                      shown(row.value(QStringLiteral("ci.ub")).toDouble()))
                << option.toStdString() << " row " << r;
        }
    }
}
