// The table that drives the window: one SectionSpec per section, models that pass the model
// tester, loaders that filter in SQL exactly as the search index matches, the record browser
// that shows a section's own filters, and the catalogue session that switches files.
#include "catalogue/catalogue.h"
#include "gui/browse/recordbrowser.h"
#include "gui/browse/sectionspec.h"
#include "gui/detail/recordpage.h"
#include "gui/models/recordtablemodel.h"
#include "gui/shell/cataloguesession.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace {

using namespace eb;
using gui::Section;

const QString kBundled = QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite");

QSet<qint64> ids(const gui::RecordTableModelBase &model)
{
    QSet<qint64> set;
    for (int row = 0; row < model.rowCount(); ++row) {
        set.insert(model.idAt(row));
    }
    return set;
}

TEST(SectionSpec, OneEntryPerSectionInSidebarOrderWithItsOwnKey)
{
    QSet<QString> keys;
    for (Section section : gui::kSections) {
        const gui::SectionSpec &spec = gui::sectionSpec(section);
        EXPECT_EQ(spec.section, section);
        ASSERT_NE(spec.key, nullptr);
        EXPECT_FALSE(gui::sectionTitle(section).isEmpty());
        EXPECT_FALSE(gui::sectionText(spec.countNoun).isEmpty());
        keys.insert(gui::sectionKey(section));
        Section back = Section::Count;
        EXPECT_TRUE(gui::sectionFromKey(gui::sectionKey(section), &back));
        EXPECT_EQ(back, section);
        for (const gui::FilterSpec &filter : spec.filters) {
            EXPECT_FALSE(gui::sectionText(filter.name).isEmpty());
            EXPECT_FALSE(gui::sectionText(filter.allText).isEmpty());
        }
    }
    EXPECT_EQ(keys.size(), static_cast<qsizetype>(gui::kSections.size()));
    EXPECT_EQ(gui::sectionTitle(Section::Outcomes), QStringLiteral("Outcome measures"));
    EXPECT_EQ(gui::sectionKey(Section::Claims), QStringLiteral("claim"));
}

class SectionSpecOnCatalogue : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_catalogue.open(kBundled, catalogue::OpenMode::ReadOnly))
            << qPrintable(m_catalogue.lastError());
    }
    catalogue::Catalogue m_catalogue;
};

TEST_F(SectionSpecOnCatalogue, LoadersFillTheirModelsWithAllRecordsAndPagesFindThem)
{
    const catalogue::CatalogueCounts counts = m_catalogue.counts();
    for (Section section : gui::kSections) {
        const gui::SectionSpec &spec = gui::sectionSpec(section);
        std::unique_ptr<gui::RecordTableModelBase> model(spec.createModel(nullptr));
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        spec.load(m_catalogue, {}, *model);
        EXPECT_TRUE(m_catalogue.lastError().isEmpty()) << spec.key;
        EXPECT_EQ(model->rowCount(), counts.*spec.total) << spec.key;
        ASSERT_GT(model->rowCount(), 0) << spec.key;
        const gui::RecordPage page =
            spec.page(m_catalogue, model->slugAt(0), gui::detail::kAllResults);
        EXPECT_FALSE(page.html.isEmpty()) << spec.key;
        EXPECT_TRUE(
            spec.page(m_catalogue, QStringLiteral("no-such-record"), gui::detail::kAllResults)
                .html.isEmpty());
    }
}

// The loaders filter by text in SQL; their rows are exactly the records of that kind that the
// full-text search finds (what the window showed when it filtered search hits in memory).
TEST_F(SectionSpecOnCatalogue, SearchTextSelectsExactlyTheSearchHitsOfEachKind)
{
    int nonEmpty = 0;
    for (const char *text : {"stroke", "CAPTAIN", "TNFα", "motor", "Alzheimer's", "COVID-19", "\"",
                             "*", "2.5 mg", "ü"}) {
        const QString query = QString::fromUtf8(text);
        const gui::SectionHits hits = gui::searchHits(m_catalogue, query);
        for (Section section : gui::kSections) {
            const gui::SectionSpec &spec = gui::sectionSpec(section);
            std::unique_ptr<gui::RecordTableModelBase> model(spec.createModel(nullptr));
            gui::RecordQuery recordQuery;
            recordQuery.text = query;
            spec.load(m_catalogue, recordQuery, *model);
            EXPECT_TRUE(m_catalogue.lastError().isEmpty()) << text;
            EXPECT_EQ(ids(*model), hits.at(static_cast<std::size_t>(gui::sectionIndex(section))))
                << text << " in " << spec.key;
            nonEmpty += model->rowCount() > 0 ? 1 : 0;
        }
    }
    EXPECT_GE(nonEmpty, 5);
}

TEST_F(SectionSpecOnCatalogue, FiltersAndTextCombine)
{
    const gui::SectionSpec &studies = gui::sectionSpec(Section::Studies);
    std::unique_ptr<gui::RecordTableModelBase> model(studies.createModel(nullptr));
    gui::RecordQuery query;
    query.filters.insert(QStringLiteral("condition"), QStringLiteral("traumatic_brain_injury"));
    studies.load(m_catalogue, query, *model);
    catalogue::StudyFilter tbi;
    tbi.condition = QStringLiteral("traumatic_brain_injury");
    const int tbiStudies = static_cast<int>(m_catalogue.studies(tbi).size());
    EXPECT_EQ(model->rowCount(), tbiStudies);
    query.text = QStringLiteral("CAPTAIN");
    studies.load(m_catalogue, query, *model);
    EXPECT_GE(model->rowOfSlug(QStringLiteral("captain-ii")), 0);
    EXPECT_LT(model->rowCount(), tbiStudies);
}

TEST_F(SectionSpecOnCatalogue, BrowserShowsOnlyTheFiltersOfTheShownSection)
{
    gui::RecordBrowser browser(m_catalogue);
    browser.resize(600, 500);
    browser.show();
    browser.reload();
    QComboBox *condition = browser.filterBox(QStringLiteral("condition"));
    QComboBox *domain = browser.filterBox(QStringLiteral("domain"));
    ASSERT_NE(condition, nullptr);
    ASSERT_NE(domain, nullptr);
    EXPECT_EQ(browser.filterBox(QStringLiteral("no-such-filter")), nullptr);
    EXPECT_GT(condition->count(), 1);
    browser.setCurrentSection(Section::Studies);
    EXPECT_TRUE(condition->isVisible());
    EXPECT_FALSE(domain->isVisible());
    browser.setCurrentSection(Section::Outcomes);
    EXPECT_FALSE(condition->isVisible());
    EXPECT_TRUE(domain->isVisible());
    browser.setCurrentSection(Section::Mechanisms);
    EXPECT_FALSE(condition->isVisible());
    EXPECT_FALSE(domain->isVisible());
    EXPECT_TRUE(browser.tableView(Section::Mechanisms)->isVisible());

    // A search and a filter narrow the table; clearing both brings every row back.
    browser.setCurrentSection(Section::Studies);
    browser.searchField()->setText(QStringLiteral("CAPTAIN"));
    browser.runSearch();
    EXPECT_TRUE(browser.searchActive());
    const int all = m_catalogue.counts().studies;
    EXPECT_LT(browser.model(Section::Studies)->rowCount(), all);
    QSignalSpy filtered(&browser, &gui::RecordBrowser::recordsFiltered);
    browser.clearSearchAndFilters();
    EXPECT_EQ(filtered.count(), 1);
    EXPECT_FALSE(browser.searchActive());
    EXPECT_EQ(browser.model(Section::Studies)->rowCount(), all);
    EXPECT_TRUE(browser.selectRecord(Section::Studies, QStringLiteral("cars-1")));
    EXPECT_EQ(browser.currentSlug(), QStringLiteral("cars-1"));
}

TEST(CatalogueSession, ABadFileLeavesTheOpenCatalogueAndAGoodOneReplacesIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    catalogue::Catalogue catalogue;
    gui::CatalogueSession session(catalogue);
    QString error;
    ASSERT_TRUE(session.openAtStart(kBundled, &error)) << qPrintable(error);
    EXPECT_EQ(&session.catalogue(), &catalogue);
    QSignalSpy replaced(&session, &gui::CatalogueSession::replaced);

    const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
    {
        QFile file(bad);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("not a catalogue");
    }
    EXPECT_FALSE(session.switchTo(bad, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("bad.sqlite"))) << qPrintable(error);
    EXPECT_EQ(replaced.count(), 0); // nothing was closed
    EXPECT_EQ(catalogue.path(), kBundled);
    EXPECT_TRUE(catalogue.isOpen());

    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(QFile::copy(kBundled, copy));
    EXPECT_TRUE(session.switchTo(copy, &error)) << qPrintable(error);
    EXPECT_EQ(replaced.count(), 1);
    EXPECT_EQ(catalogue.path(), copy);
    EXPECT_EQ(catalogue.counts().studies, 17);
}

TEST(CatalogueSession, AMissingStartFileIsNamedInTheError)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    catalogue::Catalogue catalogue;
    gui::CatalogueSession session(catalogue);
    QString error;
    EXPECT_FALSE(session.openAtStart(dir.filePath(QStringLiteral("missing.sqlite")), &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("Cannot open the catalogue: ")))
        << qPrintable(error);
    EXPECT_TRUE(error.contains(QStringLiteral("missing.sqlite"))) << qPrintable(error);
    EXPECT_FALSE(catalogue.isOpen());
}

} // namespace
