#include "gui/features/review/poolresultmodel.h"

#include "evidence/studycompare.h"
#include "model/cataloguereader.h"

#include <algorithm>

namespace eb::gui::review {
namespace {

QList<qint64> sortedIds(const QSet<qint64> &ids)
{
    QList<qint64> list(ids.cbegin(), ids.cend());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

PoolResultModel::PoolResultModel(const catalogue::CatalogueReader &catalogue, QObject *parent)
    : QAbstractTableModel(parent), m_catalogue(catalogue)
{
}

void PoolResultModel::setSearch(const QString &text)
{
    beginResetModel();
    m_search = text;
    m_ids.clear();
    m_pages.clear();
    m_pageUse.clear();
    m_tickedOutside.clear(); // read again, as the pages are
    QList<catalogue::ResultRecord> first = readPage(0);
    m_atEnd = first.size() < kPageRows;
    for (const catalogue::ResultRecord &r : std::as_const(first)) {
        m_ids << r.id;
    }
    cachePage(0, std::move(first));
    endResetModel();
}

void PoolResultModel::refresh()
{
    const QList<qint64> before = m_ids;
    beginResetModel();
    m_ids.clear();
    m_pages.clear();
    m_pageUse.clear();
    m_tickedOutside.clear();
    m_atEnd = false;
    while (!m_atEnd && (m_ids.isEmpty() || m_ids.size() < before.size())) {
        QList<catalogue::ResultRecord> page = readPage(m_ids.isEmpty() ? 0 : m_ids.last());
        m_atEnd = page.size() < kPageRows;
        const auto at = static_cast<int>(m_ids.size() / kPageRows);
        for (const catalogue::ResultRecord &r : std::as_const(page)) {
            m_ids << r.id;
        }
        cachePage(at, std::move(page));
    }
    // A ticked row gone from the rows read again was deleted, or no longer matches the search
    // (an edit): only a deleted one loses its tick. The list is in id order, so rows after the
    // last one read were not looked at.
    const QSet<qint64> now(m_ids.cbegin(), m_ids.cend());
    for (const qint64 id : before) {
        if ((m_selected.contains(id) || m_flipped.contains(id)) && !now.contains(id) &&
            !m_catalogue.result(id)) {
            m_selected.remove(id);
            m_flipped.remove(id);
        }
    }
    endResetModel();
}

QList<catalogue::ResultRecord> PoolResultModel::readPage(qint64 afterId) const
{
    catalogue::ResultFilter filter;
    filter.text = m_search;
    filter.limit = kPageRows;
    filter.afterId = afterId;
    QList<catalogue::ResultRecord> page = m_catalogue.results(filter);
    m_error = m_catalogue.lastError();
    return page;
}

void PoolResultModel::cachePage(int page, QList<catalogue::ResultRecord> records) const
{
    m_pageUse.removeAll(page);
    m_pageUse.append(page);
    m_pages.insert(page, std::move(records));
    while (m_pageUse.size() > kCachedPages) {
        m_pages.remove(m_pageUse.takeFirst());
    }
}

const catalogue::ResultRecord *PoolResultModel::recordAt(int row) const
{
    const int page = row / kPageRows;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        // Pages are fetched whole, so this one starts after the last id of the one before.
        cachePage(page, readPage(page == 0 ? 0 : m_ids.at(page * kPageRows - 1)));
        it = m_pages.constFind(page);
    } else if (m_pageUse.last() != page) {
        m_pageUse.removeAll(page);
        m_pageUse.append(page);
    }
    const qsizetype at = row - static_cast<qsizetype>(page) * kPageRows;
    // A record deleted since its page was fetched: nothing rather than its neighbour.
    if (at < it->size() && it->at(at).id == m_ids.at(row)) {
        return &it->at(at);
    }
    for (const catalogue::ResultRecord &r : *it) {
        if (r.id == m_ids.at(row)) {
            return &r;
        }
    }
    return nullptr;
}

std::optional<catalogue::ResultRecord> PoolResultModel::selectedRecord(qint64 id) const
{
    if (!m_selected.contains(id)) {
        return std::nullopt;
    }
    // The pages in memory: at most kCachedPages of kPageRows records, looked through without
    // counting as a use (what the view shows decides which pages stay).
    for (const QList<catalogue::ResultRecord> &page : std::as_const(m_pages)) {
        for (const catalogue::ResultRecord &r : page) {
            if (r.id == id) {
                return r;
            }
        }
    }
    auto kept = m_tickedOutside.constFind(id);
    if (kept == m_tickedOutside.constEnd()) {
        kept = m_tickedOutside.insert(id, m_catalogue.result(id));
    }
    return *kept;
}

void PoolResultModel::keepTickedOnly()
{
    for (auto it = m_tickedOutside.begin(); it != m_tickedOutside.end();) {
        it = m_selected.contains(it.key()) ? std::next(it) : m_tickedOutside.erase(it);
    }
}

QList<qint64> PoolResultModel::selected() const
{
    return sortedIds(m_selected);
}

void PoolResultModel::setSelected(const QList<qint64> &ids)
{
    m_selected = QSet<qint64>(ids.cbegin(), ids.cend());
    keepTickedOnly();
    ticksChanged(Result);
}

QList<qint64> PoolResultModel::flipped() const
{
    return sortedIds(m_flipped);
}

void PoolResultModel::setFlipped(const QList<qint64> &ids)
{
    m_flipped = QSet<qint64>(ids.cbegin(), ids.cend());
    ticksChanged(Flip);
}

void PoolResultModel::ticksChanged(int column)
{
    if (!m_ids.isEmpty()) {
        emit dataChanged(index(0, column), index(rowCount() - 1, column), {Qt::CheckStateRole});
    }
}

int PoolResultModel::rowOfResult(qint64 id) const
{
    return static_cast<int>(m_ids.indexOf(id));
}

int PoolResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int PoolResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PoolResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const qint64 id = m_ids.at(index.row());
    if (role == ResultIdRole) {
        return id;
    }
    if (role == Qt::CheckStateRole) {
        if (index.column() == Result) {
            return m_selected.contains(id) ? Qt::Checked : Qt::Unchecked;
        }
        if (index.column() == Flip) {
            return m_flipped.contains(id) ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const catalogue::ResultRecord *record = recordAt(index.row());
    if (record == nullptr) {
        return index.column() == Result ? QVariant(QStringLiteral("#%1").arg(id)) : QVariant();
    }
    const catalogue::ResultRecord &r = *record;
    switch (index.column()) {
    case Result:
        return QStringLiteral("#%1").arg(r.id);
    case Study:
        return r.studyName;
    case OutcomeTimepoint:
        return QStringLiteral("%1 · %2").arg(
            r.outcomeShortName(), r.timepoint.isEmpty() ? tr("timepoint not stated") : r.timepoint);
    case AsReported:
        return eb::review::effectText(r);
    case Source:
        return r.sourceShortLabel;
    case Flip:
        return tr("flip");
    default:
        return {};
    }
}

bool PoolResultModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() ||
        (index.column() != Result && index.column() != Flip)) {
        return false;
    }
    const qint64 id = m_ids.at(index.row());
    QSet<qint64> &ticks = index.column() == Result ? m_selected : m_flipped;
    if (value.value<Qt::CheckState>() == Qt::Checked) {
        ticks.insert(id);
    } else {
        ticks.remove(id);
        keepTickedOnly();
    }
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags PoolResultModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Result || index.column() == Flip) {
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

QVariant PoolResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole && section == Flip) {
        return tr("Pool this result with its direction flipped (1/RR, −d, 1 − MW), so that an "
                  "outcome whose no-effect direction is opposite (death beside a response rate) "
                  "can be pooled; the pooled result records the flip (`evidence pool --results "
                  "… --flip ID`).");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Result:
        return tr("Result");
    case Study:
        return tr("Study");
    case OutcomeTimepoint:
        return tr("Outcome · timepoint");
    case AsReported:
        return tr("As reported");
    case Source:
        return tr("Source");
    case Flip:
        return tr("Flip direction");
    default:
        return {};
    }
}

bool PoolResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PoolResultModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    QList<catalogue::ResultRecord> more = readPage(m_ids.isEmpty() ? 0 : m_ids.last());
    m_atEnd = more.size() < kPageRows;
    if (more.isEmpty()) {
        return;
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    for (const catalogue::ResultRecord &r : std::as_const(more)) {
        m_ids << r.id;
    }
    cachePage(first / kPageRows, std::move(more));
    endInsertRows();
}

} // namespace eb::gui::review
