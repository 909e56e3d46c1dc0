#include "gui/browse/sectionspec.h"

#include "catalogue/catalogue.h"
#include "gui/browse/backgroundcount.h"
#include "gui/detail/claimaudithtml.h"
#include "gui/detail/detailhtml.h"
#include "gui/models/claimtablemodel.h"
#include "gui/models/labels.h"
#include "gui/models/mechanismtablemodel.h"
#include "gui/models/outcometablemodel.h"
#include "gui/models/sourcetablemodel.h"
#include "gui/models/studytablemodel.h"
#include "queries/reviewdata.h"

#include <QCollator>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QSet>

namespace eb::gui {
namespace {

using catalogue::Catalogue;
using catalogue::CatalogueCounts;
using Kind = catalogue::SearchHit::Kind;

template <typename Model> RecordTableModelBase *create(QObject *parent)
{
    return new Model(parent);
}

// Gives `records` to a model that createModel<Model>() made: the spec pairs the two.
template <typename Model, typename Record>
void show(RecordTableModelBase &model, QList<Record> records)
{
    static_cast<Model &>(model).setRecords(std::move(records));
}

// For the kinds whose catalogue list has no text filter of its own: the records that `read`
// returns whose id the search index matches for `text` (all of them when there is no text).
// The index answers in SQL with the ids of that one kind.
template <typename Read>
auto matching(const Catalogue &catalogue, Kind kind, const QString &text, Read read)
{
    if (text.isEmpty()) {
        return read();
    }
    const QList<qint64> ids = catalogue.searchIds(kind, text);
    if (ids.isEmpty()) {
        return decltype(read()){}; // nothing matches, or lastError() says why
    }
    const QSet<qint64> hits(ids.cbegin(), ids.cend());
    auto records = read();
    records.removeIf([&hits](const auto &record) { return !hits.contains(record.id); });
    return records;
}

// The keys of a vocabulary list in the order of the labels the table shows for them.
QStringList keysByLabel(catalogue::vocabulary::List list, QString (*label)(const QString &))
{
    QStringList keys = catalogue::vocabulary::keys(list);
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        return collator.compare(label(a), label(b)) < 0;
    });
    return keys;
}

// The filter's order for a column of the Studies table, sorted by the catalogue in SQL.
catalogue::StudyFilter studyOrder(catalogue::StudyFilter filter, int column, Qt::SortOrder order)
{
    using catalogue::StudySort;
    using catalogue::vocabulary::List;
    using Column = StudyTableModel::Column;
    filter.descending = order == Qt::DescendingOrder;
    switch (static_cast<Column>(column)) {
    case Column::Name:
        filter.sort = StudySort::Name;
        break;
    case Column::Year:
        filter.sort = StudySort::Year;
        break;
    case Column::Design:
        filter.sort = StudySort::Design;
        filter.sortRanks = keysByLabel(List::Design, &labels::design);
        break;
    case Column::Condition:
        filter.sort = StudySort::Condition;
        filter.sortRanks = keysByLabel(List::Condition, &labels::condition);
        break;
    case Column::Species:
        filter.sort = StudySort::Species;
        filter.sortRanks = keysByLabel(List::Species, &labels::species);
        break;
    case Column::Enrolled:
        filter.sort = StudySort::Enrolled;
        break;
    case Column::Results:
        filter.sort = StudySort::Results;
        break;
    case Column::Sponsorship:
        filter.sort = StudySort::Sponsorship;
        filter.sortRanks = keysByLabel(List::Sponsorship, &labels::sponsorshipShort);
        break;
    case Column::Count:
        filter.sort = StudySort::Catalogue;
        break;
    }
    if (column < 0) {
        filter.sort = StudySort::Catalogue;
    }
    return filter;
}

// A count made on the counting thread's connection to the catalogue's file; none (the count
// runs on the GUI thread) for a catalogue held in memory, which no other connection can read.
std::function<QFuture<int>()> inBackground(const Catalogue &catalogue,
                                           std::function<int(const Catalogue &)> count)
{
    const QString path = catalogue.path();
    BackgroundCount *counter = BackgroundCount::instance();
    if (counter == nullptr || path.isEmpty() || path == QLatin1String(":memory:") ||
        !QFileInfo(path).isFile()) {
        return {};
    }
    return [counter = QPointer<BackgroundCount>(counter), path, count = std::move(count)] {
        return counter ? counter->run(path, count) : QFuture<int>();
    };
}

// The Studies table pages through the catalogue's list: a catalogue of 100,000 studies
// opens, sorts and searches by reading a page at a time.
PageSource<catalogue::StudySummary> studyPages(const Catalogue &catalogue,
                                               const catalogue::StudyFilter &filter)
{
    PageSource<catalogue::StudySummary> source;
    source.page = [&catalogue, filter](int column, Qt::SortOrder order, qint64 afterId, int limit) {
        catalogue::StudyFilter page = studyOrder(filter, column, order);
        page.afterId = afterId;
        page.limit = limit;
        return catalogue.studies(page);
    };
    source.count = [&catalogue, filter] {
        return catalogue.studyCount(filter);
    };
    source.countLater = !filter.text.trimmed().isEmpty(); // a search's hits
    source.countInBackground = inBackground(
        catalogue, [filter](const Catalogue &connection) { return connection.studyCount(filter); });
    source.rowOf = [&catalogue, filter](int column, Qt::SortOrder order, const QString &slug) {
        return catalogue.studyRow(studyOrder(filter, column, order), slug);
    };
    return source;
}

// The filter's order for a column of the Sources table.
catalogue::SourceFilter sourceOrder(catalogue::SourceFilter filter, int column, Qt::SortOrder order)
{
    using catalogue::SourceSort;
    using catalogue::vocabulary::List;
    using Column = SourceTableModel::Column;
    filter.descending = order == Qt::DescendingOrder;
    filter.sort = SourceSort::Catalogue;
    switch (static_cast<Column>(column)) {
    case Column::Label:
        filter.sort = SourceSort::Label;
        break;
    case Column::Year:
        filter.sort = SourceSort::Year;
        break;
    case Column::Kind:
        filter.sort = SourceSort::Kind;
        filter.sortRanks = keysByLabel(List::SourceKind, &labels::sourceKind);
        break;
    case Column::Sponsorship:
        filter.sort = SourceSort::Sponsorship;
        filter.sortRanks = keysByLabel(List::Sponsorship, &labels::sponsorshipShort);
        break;
    case Column::Journal:
        filter.sort = SourceSort::Journal;
        break;
    case Column::Count:
        break;
    }
    return filter;
}

// The Sources table pages like the Studies table: a catalogue holds a source per study.
PageSource<catalogue::SourceRecord> sourcePages(const Catalogue &catalogue, const QString &text)
{
    catalogue::SourceFilter filter;
    filter.text = text;
    PageSource<catalogue::SourceRecord> source;
    source.page = [&catalogue, filter](int column, Qt::SortOrder order, qint64 afterId, int limit) {
        catalogue::SourceFilter page = sourceOrder(filter, column, order);
        page.afterId = afterId;
        page.limit = limit;
        return catalogue.sourcePage(page);
    };
    source.count = [&catalogue, filter] {
        return catalogue.sourceCount(filter);
    };
    source.countLater = !text.trimmed().isEmpty(); // a search's hits
    source.countInBackground = inBackground(catalogue, [filter](const Catalogue &connection) {
        return connection.sourceCount(filter);
    });
    source.rowOf = [&catalogue, filter](int column, Qt::SortOrder order, const QString &slug) {
        return catalogue.sourceRow(sourceOrder(filter, column, order), slug);
    };
    return source;
}

QStringList studyValues(const Catalogue &catalogue, catalogue::StudyColumn column)
{
    return catalogue.distinctValues(column);
}

// Outcome domains: those that occur, sorted by key.
QStringList outcomeDomains(const Catalogue &catalogue)
{
    QStringList domains;
    for (const catalogue::OutcomeMeasureRecord &outcome : catalogue.outcomes()) {
        if (!domains.contains(outcome.domain)) {
            domains.append(outcome.domain);
        }
    }
    domains.sort();
    return domains;
}

RecordPage studyPage(const Catalogue &catalogue, const QString &slug, int shownRows)
{
    RecordPage page;
    if (const auto study = catalogue.study(slug)) {
        page.html = detail::studyHtml(*study, shownRows);
        page.chartTitle = study->name;
        page.chartResults = study->results;
    }
    return page;
}

RecordPage outcomePage(const Catalogue &catalogue, const QString &slug, int shownRows)
{
    RecordPage page;
    if (const auto outcome = catalogue.outcome(slug)) {
        catalogue::ResultFilter filter;
        filter.outcomeSlug = slug;
        page.chartResults = catalogue.results(filter);
        page.chartTitle = outcome->shortName();
        page.html = detail::outcomeHtml(*outcome, page.chartResults, shownRows);
    }
    return page;
}

RecordPage mechanismPage(const Catalogue &catalogue, const QString &slug,
                         int /*shownRows: it lists no results*/)
{
    RecordPage page;
    if (const auto mechanism = catalogue.mechanism(slug)) {
        page.html = detail::mechanismHtml(*mechanism);
    }
    return page;
}

RecordPage claimPage(const Catalogue &catalogue, const QString &slug,
                     int /*shownRows: it lists no results*/)
{
    RecordPage page;
    if (const auto claim = catalogue.claim(slug)) {
        page.html = detail::claimHtml(*claim);
        const review::ClaimsAudit audit = review::claimsAudit(review::claimsAuditInput(catalogue));
        for (const review::ClaimAuditRow &row : audit.rows) {
            if (row.claim.id == claim->id) {
                detail::addClaimAudit(page.html, row);
            }
        }
        if (claim->result) {
            page.chartTitle =
                QCoreApplication::translate("eb::gui::RecordPage", "The claim's result");
            page.chartResults = {*claim->result};
        }
    }
    return page;
}

// Claims: the verdicts of the vocabulary, and the topics that occur.
QStringList claimVerdicts(const Catalogue &)
{
    return review::claimVerdicts();
}

QStringList claimTopics(const Catalogue &catalogue)
{
    QStringList topics;
    for (const catalogue::ClaimRecord &claim : catalogue.claims()) {
        if (!topics.contains(claim.topic)) {
            topics.append(claim.topic);
        }
    }
    topics.sort();
    return topics;
}

RecordPage sourcePage(const Catalogue &catalogue, const QString &slug,
                      int /*shownRows: it lists no results*/)
{
    RecordPage page;
    if (const auto source = catalogue.source(slug)) {
        page.html = detail::sourceHtml(*source);
    }
    return page;
}

// The sources behind each kind of record.
QList<qint64> studySources(const Catalogue &catalogue, const QString &slug)
{
    QList<qint64> ids;
    if (const auto study = catalogue.study(slug)) {
        for (const catalogue::StudySourceRecord &s : study->sources) {
            ids << s.source.id;
        }
    }
    return ids;
}

QList<qint64> outcomeSources(const Catalogue &catalogue, const QString &slug)
{
    catalogue::ResultFilter filter;
    filter.outcomeSlug = slug;
    QList<qint64> ids;
    for (const catalogue::ResultRecord &r : catalogue.results(filter)) {
        ids << r.sourceId;
    }
    return ids;
}

QList<qint64> mechanismSources(const Catalogue &catalogue, const QString &slug)
{
    QList<qint64> ids;
    if (const auto mechanism = catalogue.mechanism(slug)) {
        ids << mechanism->sourceId;
        for (const catalogue::MechanismEvidenceRecord &e : mechanism->evidence) {
            ids << e.sourceId;
        }
    }
    return ids;
}

// A claim's own source, then its study's.
QList<qint64> claimSources(const Catalogue &catalogue, const QString &slug)
{
    QList<qint64> ids;
    if (const auto claim = catalogue.claim(slug)) {
        ids << claim->sourceId;
        if (!claim->studySlug.isEmpty()) {
            ids << studySources(catalogue, claim->studySlug);
        }
    }
    return ids;
}

QList<qint64> sourceSources(const Catalogue &catalogue, const QString &slug)
{
    if (const auto source = catalogue.source(slug)) {
        return {source->id};
    }
    return {};
}

// The verdict filter's entries say how many claims each has ("Discrepant (5)").
void showClaimCounts(const RecordTableModelBase &model,
                     const std::function<QComboBox *(const QString &key)> &filterBox)
{
    showVerdictCounts(filterBox(QStringLiteral("verdict")),
                      static_cast<const ClaimTableModel &>(model).verdictCounts());
}

// The sidebar entries, in the order of enum Section.
const std::array<SectionSpec, kSections.size()> &sectionSpecs()
{
    static const std::array<SectionSpec, kSections.size()> specs{{
        {Section::Studies,
         "study",
         QT_TRANSLATE_NOOP("eb::gui::Section", "Studies"),
         QT_TRANSLATE_NOOP("eb::gui::Section", "studies"),
         &CatalogueCounts::studies,
         Kind::Study,
         0,
         &create<StudyTableModel>,
         [](const Catalogue &catalogue, const RecordQuery &query, RecordTableModelBase &model) {
             catalogue::StudyFilter filter;
             filter.condition = query.filters.value(QStringLiteral("condition"));
             filter.design = query.filters.value(QStringLiteral("design"));
             filter.species = query.filters.value(QStringLiteral("species"));
             filter.text = query.text;
             static_cast<StudyTableModel &>(model).setSource(studyPages(catalogue, filter));
         },
         &studyPage,
         {{"condition", QT_TRANSLATE_NOOP("eb::gui::Section", "Condition"),
           QT_TRANSLATE_NOOP("eb::gui::Section", "All conditions"),
           [](const Catalogue &c) { return studyValues(c, catalogue::StudyColumn::Condition); },
           &labels::condition},
          {"design", QT_TRANSLATE_NOOP("eb::gui::Section", "Design"),
           QT_TRANSLATE_NOOP("eb::gui::Section", "All designs"),
           [](const Catalogue &c) { return studyValues(c, catalogue::StudyColumn::Design); },
           &labels::design},
          {"species", QT_TRANSLATE_NOOP("eb::gui::Section", "Species"),
           QT_TRANSLATE_NOOP("eb::gui::Section", "All species"),
           [](const Catalogue &c) { return studyValues(c, catalogue::StudyColumn::Species); },
           &labels::species}},
         &studySources,
         nullptr,
         nullptr},
        {Section::Outcomes,
         "outcome",
         QT_TRANSLATE_NOOP("eb::gui::Section", "Outcome measures"),
         QT_TRANSLATE_NOOP("eb::gui::Section", "outcome measures"),
         &CatalogueCounts::outcomes,
         Kind::Outcome,
         0,
         &create<OutcomeTableModel>,
         [](const Catalogue &catalogue, const RecordQuery &query, RecordTableModelBase &model) {
             catalogue::OutcomeFilter filter;
             filter.domain = query.filters.value(QStringLiteral("domain"));
             show<OutcomeTableModel>(model, matching(catalogue, Kind::Outcome, query.text,
                                                     [&] { return catalogue.outcomes(filter); }));
         },
         &outcomePage,
         {{"domain", QT_TRANSLATE_NOOP("eb::gui::Section", "Outcome domain"),
           QT_TRANSLATE_NOOP("eb::gui::Section", "All domains"), &outcomeDomains, &labels::domain}},
         &outcomeSources,
         nullptr,
         nullptr},
        {Section::Mechanisms,
         "mechanism",
         QT_TRANSLATE_NOOP("eb::gui::Section", "Mechanisms"),
         QT_TRANSLATE_NOOP("eb::gui::Section", "mechanisms"),
         &CatalogueCounts::mechanisms,
         Kind::Mechanism,
         0,
         &create<MechanismTableModel>,
         [](const Catalogue &catalogue, const RecordQuery &query, RecordTableModelBase &model) {
             show<MechanismTableModel>(model, matching(catalogue, Kind::Mechanism, query.text,
                                                       [&] { return catalogue.mechanisms(); }));
         },
         &mechanismPage,
         {},
         &mechanismSources,
         nullptr,
         nullptr},
        // Claims are long sentences: give them the width.
        {Section::Claims,
         "claim",
         QT_TRANSLATE_NOOP("eb::gui::Section", "Claims"),
         QT_TRANSLATE_NOOP("eb::gui::Section", "claims"),
         &CatalogueCounts::claims,
         Kind::Claim,
         420,
         &create<ClaimTableModel>,
         [](const Catalogue &catalogue, const RecordQuery &query, RecordTableModelBase &model) {
             // The audit (review::claimsAudit) filters by verdict and topic and gives the
             // columns beside each claim.
             static_cast<ClaimTableModel &>(model).setAudit(
                 matching(catalogue, Kind::Claim, query.text, [&] { return catalogue.claims(); }),
                 review::claimsAudit(review::claimsAuditInput(catalogue),
                                     query.filters.value(QStringLiteral("verdict")),
                                     query.filters.value(QStringLiteral("topic"))));
         },
         &claimPage,
         {{"verdict", QT_TRANSLATE_NOOP("eb::gui::Section", "Verdict"),
           QT_TRANSLATE_NOOP("eb::gui::Section", "All verdicts"), &claimVerdicts,
           &labels::verdictShort},
          {"topic", QT_TRANSLATE_NOOP("eb::gui::Section", "Topic"),
           QT_TRANSLATE_NOOP("eb::gui::Section", "All topics"), &claimTopics, &labels::topic}},
         &claimSources,
         &setUpClaimsTable,
         &showClaimCounts},
        {Section::Sources,
         "source",
         QT_TRANSLATE_NOOP("eb::gui::Section", "Sources"),
         QT_TRANSLATE_NOOP("eb::gui::Section", "sources"),
         &CatalogueCounts::sources,
         Kind::Source,
         0,
         &create<SourceTableModel>,
         [](const Catalogue &catalogue, const RecordQuery &query, RecordTableModelBase &model) {
             static_cast<SourceTableModel &>(model).setSource(sourcePages(catalogue, query.text));
         },
         &sourcePage,
         {},
         &sourceSources,
         nullptr,
         nullptr},
    }};
    return specs;
}

} // namespace

const SectionSpec &sectionSpec(Section section)
{
    const SectionSpec &spec = sectionSpecs().at(static_cast<std::size_t>(sectionIndex(section)));
    Q_ASSERT(spec.section == section); // an entry per enumerator, in enum order
    return spec;
}

QString sectionText(const char *text)
{
    return QCoreApplication::translate("eb::gui::Section", text);
}

} // namespace eb::gui
