// The Research menu on the bundled catalogue: citations of the selected rows (file and
// clipboard), the selected study's evidence summary, the chart's figure bundle, the chart and
// the table on the clipboard.
#include "catalogue/catalogue.h"
#include "gui/browse/tableexport.h"
#include "gui/features/research/researcheractions.h"
#include "gui/models/recordtablemodel.h"
#include "gui/shell/application.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/settings.h"
#include "windowtest.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

namespace {

using namespace eb;
using gui::Section;

class ResearcherActionsTest : public test::WindowTest
{
protected:
    ResearcherActionsTest() : WindowTest(catalogue::OpenMode::ReadOnly) {}

    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(WindowTest::SetUp());
        m_actions =
            m_window->findChild<gui::ResearcherActions *>(QStringLiteral("researcherActions"));
        ASSERT_NE(m_actions, nullptr);
    }

    QString read(const QString &name) const
    {
        QFile file(m_dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        return QString::fromUtf8(file.readAll());
    }

    gui::ResearcherActions *m_actions = nullptr;
};

TEST_F(ResearcherActionsTest, TheResearchMenuComesBeforeHelp)
{
    // Research, then Tools (the catalogue check), then Help, last as in every desktop program.
    const QList<QAction *> menus = m_window->menuBar()->actions();
    ASSERT_GE(menus.size(), 3);
    EXPECT_EQ(menus.at(menus.size() - 3)->text(), QStringLiteral("&Research"));
    EXPECT_EQ(menus.at(menus.size() - 2)->text(), QStringLiteral("&Tools"));
    EXPECT_EQ(menus.last()->text(), QStringLiteral("&Help"));
}

TEST_F(ResearcherActionsTest, CitationsOfTheSelectedStudiesGoToFileAndClipboard)
{
    ASSERT_TRUE(m_window->selectRecord(Section::Studies, QStringLiteral("cars-1")));
    QStringList slugs;
    for (const catalogue::SourceRecord &s : m_actions->selectedSources()) {
        slugs << s.slug;
    }
    EXPECT_EQ(slugs, (QStringList{QStringLiteral("muresanu-2016"), QStringLiteral("guekht-2017")}));
    QString error;
    ASSERT_TRUE(m_actions->exportCitations(m_dir.filePath(QStringLiteral("c.bib")), &error))
        << error.toStdString();
    const QString bib = read(QStringLiteral("c.bib"));
    EXPECT_TRUE(bib.contains(QStringLiteral("@article{muresanu-2016,")));
    EXPECT_EQ(QApplication::clipboard()->text(), bib);
    EXPECT_FALSE(m_actions->exportCitations(m_dir.filePath(QStringLiteral("c.doc")), &error));

    // Nothing selected: every source the table shows (here: every source).
    m_window->setCurrentSection(Section::Sources);
    m_window->tableView(Section::Sources)->selectionModel()->clearSelection();
    EXPECT_EQ(m_actions->selectedSources().size(), m_catalogue.sources().size());
}

TEST_F(ResearcherActionsTest, SummaryOfTheSelectedStudy)
{
    QString error;
    m_window->setCurrentSection(Section::Sources);
    EXPECT_FALSE(
        m_actions->writeSummary(m_dir.filePath(QStringLiteral("s.pdf")), QPageSize::A4, &error));
    ASSERT_TRUE(m_window->selectRecord(Section::Studies, QStringLiteral("captain-ii")));
    ASSERT_TRUE(
        m_actions->writeSummary(m_dir.filePath(QStringLiteral("s.pdf")), QPageSize::A4, &error))
        << error.toStdString();
    EXPECT_TRUE(read(QStringLiteral("s.pdf")).startsWith(QStringLiteral("%PDF-")));
    ASSERT_TRUE(m_actions->writeSummary(m_dir.filePath(QStringLiteral("s.html")), QPageSize::Letter,
                                        &error));
    EXPECT_TRUE(read(QStringLiteral("s.html")).contains(QStringLiteral("CAPTAIN II")));
}

TEST_F(ResearcherActionsTest, FigureBundleAndChartOnTheClipboard)
{
    ASSERT_TRUE(m_window->selectRecord(Section::Studies, QStringLiteral("captain-ii")));
    QString error;
    const QString folder = m_dir.filePath(QStringLiteral("bundle"));
    ASSERT_TRUE(m_actions->exportFigureBundle(folder, false, &error)) << error.toStdString();
    const QString csv = read(QStringLiteral("bundle/data.csv"));
    EXPECT_TRUE(csv.startsWith(QStringLiteral("mark,kind,label")));
    EXPECT_GT(csv.count(QLatin1Char('\n')), 2);
    EXPECT_TRUE(
        read(QStringLiteral("bundle/citations.bib")).contains(QStringLiteral("muresanu-2020")));
    // Nobody assessed CAPTAIN II's risk of bias: said, and no plot written.
    const QJsonObject rob =
        QJsonDocument::fromJson(read(QStringLiteral("bundle/provenance.json")).toUtf8())
            .object()
            .value(QStringLiteral("risk_of_bias"))
            .toObject();
    EXPECT_EQ(rob.value(QStringLiteral("status")).toString(), QStringLiteral("not assessed"));
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("bundle/rob-traffic-light.png"))));

    // The chart's citations: the sources of the numbers it plots, and only those.
    ASSERT_TRUE(
        m_actions->exportChartCitations(m_dir.filePath(QStringLiteral("chart.ris")), &error))
        << error.toStdString();
    const QString ris = read(QStringLiteral("chart.ris"));
    QStringList ids;
    for (const QString &line : ris.split(QStringLiteral("\r\n"))) {
        if (line.startsWith(QStringLiteral("ID  - "))) {
            ids << line.mid(6);
        }
    }
    EXPECT_EQ(ids, (QStringList{QStringLiteral("article"), QStringLiteral("muresanu-2020"),
                                QStringLiteral("captain-ii-manufacturer-website")}));

    ASSERT_TRUE(m_actions->copyChart(&error)) << error.toStdString();
    const QMimeData *data = QApplication::clipboard()->mimeData();
    ASSERT_NE(data, nullptr);
    EXPECT_TRUE(data->hasImage());
    EXPECT_TRUE(data->data(QStringLiteral("image/svg+xml")).contains("<svg"));

    ASSERT_TRUE(m_window->selectRecord(Section::Sources, QStringLiteral("article")));
    EXPECT_FALSE(
        m_actions->exportFigureBundle(m_dir.filePath(QStringLiteral("none")), false, &error));
}

// A chart of two scales (Wang 2017: benefit and harms panels) goes into the bundle whole:
// both panels, at publication width, each mark with its panel and scale.
TEST_F(ResearcherActionsTest, TheBundleOfATwoPanelChartHoldsBothPanels)
{
    ASSERT_TRUE(
        m_window->selectRecord(Section::Studies, QStringLiteral("wang-2017-meta-analysis")));
    QString error;
    const QString folder = m_dir.filePath(QStringLiteral("two-panels"));
    ASSERT_TRUE(m_actions->exportFigureBundle(folder, false, &error)) << error.toStdString();
    const QJsonObject figure =
        QJsonDocument::fromJson(read(QStringLiteral("two-panels/provenance.json")).toUtf8())
            .object()
            .value(QStringLiteral("figure"))
            .toObject();
    const QJsonArray panels = figure.value(QStringLiteral("panels")).toArray();
    ASSERT_EQ(panels.size(), 2);
    // Benefit and harms: two panels of one scale (risk ratio), one per direction.
    EXPECT_NE(panels.at(0).toObject().value(QStringLiteral("title")),
              panels.at(1).toObject().value(QStringLiteral("title")));
    EXPECT_EQ(panels.at(1).toObject().value(QStringLiteral("scale")).toString(),
              QStringLiteral("RR"));
    EXPECT_EQ(figure.value(QStringLiteral("scale")).toString(), QStringLiteral("RR")); // not "MW"
    const QStringList rows = read(QStringLiteral("two-panels/data.csv"))
                                 .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    bool second = false;
    for (const QString &row : rows.mid(1)) {
        second = second || row.section(QLatin1Char(','), 5, 5) == QLatin1String("2");
    }
    EXPECT_TRUE(second);
    QImageReader png(m_dir.filePath(QStringLiteral("two-panels/figure.png")));
    EXPECT_GE(png.size().width(), 1200 * 300 / 96); // publication width at 300 dpi

    // A folder that holds files is refused unless the user asked to replace it.
    EXPECT_FALSE(m_actions->exportFigureBundle(folder, false, &error));
    ASSERT_TRUE(m_actions->exportFigureBundle(folder, true, &error)) << error.toStdString();
}

TEST_F(ResearcherActionsTest, TableCopiesAsTabSeparatedTextAsShown)
{
    m_window->setCurrentSection(Section::Studies);
    m_window->tableView()->sortByColumn(0, Qt::DescendingOrder);
    m_actions->copyTable();
    const QStringList lines =
        QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    gui::RecordTableModelBase *model = m_window->model(Section::Studies);
    ASSERT_EQ(lines.size(), model->rowCount() + 1);
    EXPECT_EQ(lines.first().split(QLatin1Char('\t')).first(),
              model->headerData(0, Qt::Horizontal).toString());
    EXPECT_EQ(lines.at(1).split(QLatin1Char('\t')).first(), model->index(0, 0).data().toString());
    EXPECT_EQ(lines.at(1).count(QLatin1Char('\t')), model->columnCount() - 1);
}

TEST_F(ResearcherActionsTest, TableExportsWhatItShowsFilteredAndSorted)
{
    m_window->setCurrentSection(Section::Studies);
    gui::RecordTableModelBase *model = m_window->model(Section::Studies);
    const int all = model->rowCount();
    QSignalSpy filtered(m_window.get(), &gui::MainWindow::recordsFiltered);
    m_window->searchField()->setText(QStringLiteral("CAPTAIN"));
    ASSERT_TRUE(filtered.wait(5000));
    m_window->tableView()->sortByColumn(0, Qt::DescendingOrder);
    ASSERT_GT(model->rowCount(), 0);
    ASSERT_LT(model->rowCount(), all);
    const QStringList csv = gui::tableAsCsv(*model).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    m_actions->copyTable();
    const QStringList tsv =
        QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(csv.size(), model->rowCount() + 1);
    ASSERT_EQ(tsv.size(), model->rowCount() + 1);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->index(row, 0).data().toString();
        EXPECT_TRUE(tsv.at(row + 1).startsWith(name + QLatin1Char('\t')));
        EXPECT_TRUE(csv.at(row + 1).startsWith(name) ||
                    csv.at(row + 1).startsWith(QLatin1Char('"') + name));
    }
    EXPECT_GT(model->index(0, 0).data().toString().localeAwareCompare(
                  model->index(model->rowCount() - 1, 0).data().toString()),
              0); // descending, as shown
}

// With a RoB 2 assessment of a trial the chart shows, the window's bundle carries the
// traffic-light and summary plots and lists them in provenance.json (issue 19).
TEST(ResearcherActionsRob, TheFigureBundleCarriesTheRiskOfBiasPlots)
{
    gui::initResources();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("catalogue.sqlite"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    catalogue::Catalogue cat;
    ASSERT_TRUE(cat.open(path, catalogue::OpenMode::ReadWrite));
    catalogue::ResultFilter filter;
    filter.studySlug = QStringLiteral("captain-ii");
    const QList<catalogue::ResultRecord> results = cat.results(filter);
    ASSERT_FALSE(results.isEmpty());
    catalogue::RobAssessment a;
    a.studySlug = results.first().studySlug;
    a.outcomeSlug = results.first().outcomeSlug;
    for (const catalogue::RobDomain d : catalogue::allRobDomains()) {
        a.domain(d) = {QStringLiteral("low"), {}};
    }
    a.domain(catalogue::RobDomain::MissingData) = {QStringLiteral("some_concerns"),
                                                   QStringLiteral("12% lost")};
    a.overall = {QStringLiteral("some_concerns"), QStringLiteral("missing data")};
    const auto saved = cat.saveRobAssessment(a);
    ASSERT_TRUE(saved.committed) << saved.problems.value(0).message.toStdString();

    gui::Settings settings(dir.filePath(QStringLiteral("s.ini")));
    gui::MainWindow window(cat, settings);
    window.resize(1280, 800);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *actions = window.findChild<gui::ResearcherActions *>(QStringLiteral("researcherActions"));
    ASSERT_NE(actions, nullptr);
    ASSERT_TRUE(window.selectRecord(Section::Studies, QStringLiteral("captain-ii")));
    QString error;
    const QString folder = dir.filePath(QStringLiteral("bundle"));
    ASSERT_TRUE(actions->exportFigureBundle(folder, false, &error)) << error.toStdString();
    QFile file(folder + QStringLiteral("/provenance.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject rob = QJsonDocument::fromJson(file.readAll())
                                .object()
                                .value(QStringLiteral("risk_of_bias"))
                                .toObject();
    EXPECT_EQ(rob.value(QStringLiteral("status")).toString(), QStringLiteral("assessed"));
    ASSERT_EQ(rob.value(QStringLiteral("files")).toArray().size(), 6);
    for (const QJsonValue &f : rob.value(QStringLiteral("files")).toArray()) {
        EXPECT_TRUE(QFile::exists(folder + QLatin1Char('/') + f.toString()))
            << f.toString().toStdString();
    }
    QImageReader png(folder + QStringLiteral("/rob-summary.png"));
    EXPECT_GT(png.size().width(), 0);
}

} // namespace
