#pragma once

#include "model/vocabulary.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QFuture>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QPersistentModelIndex>
#include <QTimer>
#include <algorithm>
#include <functional>

namespace eb::gui {

// Custom item roles stay a plain enum, not an enum class: Qt passes every role as an int
// (data(), setData(), QSortFilterProxyModel::setSortRole, roleNames()), so a scoped enum
// would need a cast at each of those calls and would gain nothing.
enum ItemRole
{
    RecordIdRole = Qt::UserRole + 1, // qint64: the database id of the row's record
    RecordSlugRole,                  // QString: the stable slug of the row's record
    SortRole,                        // the value the column sorts by (numbers as numbers)
    UserRecordRole,                  // bool: the user entered the record (not bundled)
};

// What every record table offers the window, whatever the kind of record.
class RecordTableModelBase : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    virtual qint64 idAt(int row) const = 0;
    virtual QString slugAt(int row) const = 0;
    // A column the table keeps when it is too narrow for all (fitKeyColumns()); the others
    // are hidden first, and the user can bring them back from the header's menu.
    virtual bool isKeyColumn(int column) const
    {
        Q_UNUSED(column);
        return true;
    }

    // How many records the table lists: rowCount() once every row is fetched (a paged
    // model fetches its rows as the view scrolls to them). While totalIsExact() is false, only
    // a lower bound: the list holds at least that many (a search's hits are counted after
    // its first page is shown, see PageSource::countLater).
    virtual int totalRows() const { return rowCount(); }
    virtual bool totalIsExact() const { return true; }
    // Called when a count made after the first page becomes known (the window's counts show
    // it).
    void setTotalChangedHandler(std::function<void()> handler)
    {
        m_totalChanged = std::move(handler);
    }

    // The row that shows the record with this slug, or -1. A paged model fetches the rows
    // up to it.
    virtual int rowOfSlug(const QString &slug) const
    {
        for (int row = 0; row < rowCount(); ++row) {
            if (slugAt(row) == slug) {
                return row;
            }
        }
        return -1;
    }

protected:
    void totalChanged() const
    {
        if (m_totalChanged) {
            m_totalChanged();
        }
    }

private:
    std::function<void()> m_totalChanged;
};

// Where a paged table reads its rows: the catalogue, which filters and sorts in SQL. The
// column is the model's (-1: the list's own order).
template <typename Record> struct PageSource
{
    // Up to `limit` records after the one with id `afterId` (0: from the first) in this order.
    std::function<QList<Record>(int column, Qt::SortOrder order, qint64 afterId, int limit)> page;
    // How many records the list holds.
    std::function<int()> count;
    // Count only after the first page is shown, once typing pauses: counting a search's hits
    // reads every hit (tens of milliseconds at 100,000 studies), the first page only the
    // first ones. Meanwhile the table says "at least" the rows it holds.
    bool countLater = false;
    // The same count as count(), made off the GUI thread (BackgroundCount: its own thread and
    // connection), which a search's count needs: it reads every hit, up to about 50 ms at
    // 100,000 studies. Used once typing pauses; a future with no result (the file could not be
    // opened there) falls back to count(). Empty: count() on the GUI thread.
    std::function<QFuture<int>()> countInBackground;
    // The 0-based row of the record with this slug in this order, or -1.
    std::function<int(int column, Qt::SortOrder order, const QString &slug)> rowOf;
};

// A table over a list of plain catalogue records (records.h), filled one of two ways:
// - setRecords(): the records the window asked the catalogue for, already filtered there; the
//   model sorts them in memory (a short list);
// - setSource(): a list of any length that the catalogue filters and sorts in SQL; the model
//   holds the rows fetched so far and fetches a page more as the view scrolls to its end
//   (canFetchMore/fetchMore), so opening or sorting a list of 100,000 reads one page.
// Either way a sort keeps selections on the same records. Subclasses describe the columns.
template <typename Record> class RecordTableModel : public RecordTableModelBase
{
public:
    using RecordTableModelBase::RecordTableModelBase;

    // Rows fetched at a time from a page source: a screenful or two, so that the first rows
    // show at once and a scroll to the end takes few queries.
    static constexpr int kPageRows = 256;
    // How long typing must pause before a search's hits are counted (PageSource::countLater).
    static constexpr int kCountDelayMs = 300;

    void setRecords(QList<Record> records)
    {
        beginResetModel();
        ++m_generation;
        m_pendingCount.cancel();
        m_source = {};
        m_total = -1;
        m_totalExact = true;
        m_records = std::move(records);
        sortRecords();
        endResetModel();
    }

    void setSource(PageSource<Record> source)
    {
        beginResetModel();
        ++m_generation;          // a count still pending for the old source is dropped
        m_pendingCount.cancel(); // and not made at all when it has not begun
        m_source = std::move(source);
        m_records = firstPage(kPageRows);
        m_totalExact = true;
        if (m_records.size() < kPageRows) {
            m_total = static_cast<int>(m_records.size()); // the whole list: nothing to count
        } else if (m_source.countLater) {
            m_total = -1;
            m_totalExact = false;
            countAfterPause();
        } else {
            m_total = m_source.count ? m_source.count() : 0;
        }
        endResetModel();
    }

    bool isPaged() const { return static_cast<bool>(m_source.page); }

    int totalRows() const override
    {
        return isPaged() ? std::max(m_total, static_cast<int>(m_records.size())) : rowCount();
    }

    bool totalIsExact() const override { return !isPaged() || m_totalExact; }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        // Not counted yet: more may follow until a page comes back short.
        return !parent.isValid() && isPaged() && (m_totalExact ? m_records.size() < m_total : true);
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (canFetchMore(parent)) {
            fetchTo(static_cast<int>(m_records.size()) + kPageRows - 1);
        }
    }

    int rowOfSlug(const QString &slug) const override
    {
        const int loaded = RecordTableModelBase::rowOfSlug(slug);
        if (loaded >= 0 || !isPaged() || !m_source.rowOf) {
            return loaded;
        }
        const int row = m_source.rowOf(m_sortColumn, m_sortOrder, slug);
        if (row < 0) {
            return -1;
        }
        // Fetching is no change of the records the table lists, only of how many it holds.
        const_cast<RecordTableModel *>(this)->fetchTo(row + kPageRows);
        return row < m_records.size() && m_records.at(row).slug == slug ? row : -1;
    }

    const Record &recordAt(int row) const { return m_records.at(row); }
    const QList<Record> &records() const { return m_records; }

    qint64 idAt(int row) const override { return m_records.at(row).id; }
    QString slugAt(int row) const override { return m_records.at(row).slug; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_records.size());
    }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : columns();
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index,
                        CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
            return {};
        }
        const Record &record = m_records.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            // The first column names the record; one the user entered says so.
            if constexpr (requires { record.userRecord; }) {
                if (index.column() == 0 && record.userRecord) {
                    return catalogue::vocabulary::markUserRecord(displayValue(record, 0).toString(),
                                                                 true);
                }
            }
            return displayValue(record, index.column());
        case Qt::ToolTipRole:
            if constexpr (requires { record.userRecord; }) {
                if (index.column() == 0 && record.userRecord) {
                    return QStringLiteral("%1\n%2").arg(toolTip(record, 0).toString(),
                                                        catalogue::vocabulary::userRecordNote());
                }
            }
            return toolTip(record, index.column());
        case UserRecordRole:
            if constexpr (requires { record.userRecord; }) {
                return record.userRecord;
            }
            return false;
        case Qt::TextAlignmentRole:
            return isNumeric(index.column()) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                             : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
        case SortRole:
            return sortValue(record, index.column());
        case RecordIdRole:
            return record.id;
        case RecordSlugRole:
            return record.slug;
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= columns()) {
            return QAbstractTableModel::headerData(section, orientation, role);
        }
        if (role == Qt::DisplayRole) {
            return headerText(section);
        }
        if (role == Qt::TextAlignmentRole) {
            return isNumeric(section) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                      : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
        }
        return {};
    }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        if (column < 0 || column >= columns()) {
            return;
        }
        m_sortColumn = column;
        m_sortOrder = order;
        if (isPaged()) {
            sortInSource();
            return;
        }
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        // Remember which record each persistent index (the view's selection and current
        // index) points at, so that it still points at that record after the sort.
        const QModelIndexList before = persistentIndexList();
        QList<qint64> beforeIds;
        beforeIds.reserve(before.size());
        for (const QModelIndex &index : before) {
            beforeIds.append(m_records.at(index.row()).id);
        }
        sortRecords();
        QHash<qint64, int> rowOfId;
        for (int row = 0; row < m_records.size(); ++row) {
            rowOfId.insert(m_records.at(row).id, row);
        }
        QModelIndexList after;
        after.reserve(before.size());
        for (int i = 0; i < before.size(); ++i) {
            after.append(index(rowOfId.value(beforeIds.at(i)), before.at(i).column()));
        }
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

protected:
    virtual int columns() const = 0;
    virtual QString headerText(int column) const = 0;
    virtual QVariant displayValue(const Record &record, int column) const = 0;
    // Numbers sort as numbers; a missing value sorts after every present one.
    virtual QVariant sortValue(const Record &record, int column) const
    {
        return displayValue(record, column);
    }
    virtual QVariant toolTip(const Record &record, int column) const
    {
        return displayValue(record, column);
    }
    virtual bool isNumeric(int column) const
    {
        Q_UNUSED(column);
        return false;
    }

private:
    QList<Record> firstPage(int rows) const
    {
        return isPaged() && rows > 0 ? m_source.page(m_sortColumn, m_sortOrder, 0, rows)
                                     : QList<Record>();
    }

    // Fetches the rows up to `row` (and not past the end), as one page.
    void fetchTo(int row)
    {
        const int have = static_cast<int>(m_records.size());
        const int want = (m_totalExact ? std::min(row + 1, m_total) : row + 1) - have;
        if (want <= 0) {
            return;
        }
        QList<Record> more =
            m_source.page(m_sortColumn, m_sortOrder, have > 0 ? m_records.last().id : 0, want);
        const bool end = more.size() < want;
        if (!more.isEmpty()) {
            beginInsertRows({}, have, have + static_cast<int>(more.size()) - 1);
            m_records.append(std::move(more));
            endInsertRows();
        }
        if (end) {
            // The end of the list: fewer than counted (the catalogue changed), or the count
            // not made yet, which the rows now give.
            knowTotal(static_cast<int>(m_records.size()));
        }
    }

    void knowTotal(int total)
    {
        const bool changed = !m_totalExact || total != m_total;
        m_total = total;
        m_totalExact = true;
        if (changed) {
            totalChanged();
        }
    }

    void countAfterPause()
    {
        QTimer::singleShot(kCountDelayMs, this, [this, generation = m_generation] {
            if (generation != m_generation || m_totalExact) {
                return; // a new source, or the end of the list was reached meanwhile
            }
            if (m_source.countInBackground) {
                countInBackground(generation);
            } else if (m_source.count) {
                knowTotal(std::max(m_source.count(), static_cast<int>(m_records.size())));
            }
        });
    }

    // The count made on the counting thread; it arrives here, where a count of an older
    // source (typed on since) is dropped.
    void countInBackground(quint64 generation)
    {
        auto *watcher = new QFutureWatcher<int>(this);
        QObject::connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation != m_generation || m_totalExact) {
                return;
            }
            const QFuture<int> counted = watcher->future();
            int rows = -1;
            if (counted.resultCount() > 0) {
                rows = counted.result();
            } else if (m_source.count) {
                rows = m_source.count();
            }
            if (rows >= 0) {
                knowTotal(std::max(rows, static_cast<int>(m_records.size())));
            }
        });
        m_pendingCount = m_source.countInBackground();
        watcher->setFuture(m_pendingCount);
    }

    // A sort of a paged list: the catalogue sorts; the records that persistent indexes (the
    // view's selection and current row) point at are fetched in their new rows.
    void sortInSource()
    {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QStringList beforeSlugs;
        int deepest = kPageRows - 1;
        QHash<QString, int> rowOfSlugAfter;
        for (const QModelIndex &index : before) {
            const QString slug = m_records.at(index.row()).slug;
            beforeSlugs.append(slug);
            if (!rowOfSlugAfter.contains(slug)) {
                const int row =
                    m_source.rowOf ? m_source.rowOf(m_sortColumn, m_sortOrder, slug) : -1;
                rowOfSlugAfter.insert(slug, row);
                deepest = std::max(deepest, row);
            }
        }
        const int wanted = m_totalExact ? std::min(deepest + 1, std::max(m_total, 0)) : deepest + 1;
        m_records = firstPage(wanted);
        if (!m_totalExact && m_records.size() < wanted) {
            m_total = static_cast<int>(m_records.size()); // the whole list, counted
            m_totalExact = true;
            totalChanged();
        }
        QModelIndexList after;
        after.reserve(before.size());
        for (int i = 0; i < before.size(); ++i) {
            const int row = rowOfSlugAfter.value(beforeSlugs.at(i), -1);
            after.append(row >= 0 && row < m_records.size() &&
                                 m_records.at(row).slug == beforeSlugs.at(i)
                             ? index(row, before.at(i).column())
                             : QModelIndex());
        }
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    void sortRecords()
    {
        if (m_sortColumn < 0) {
            return;
        }
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        const int column = m_sortColumn;
        const bool descending = m_sortOrder == Qt::DescendingOrder;
        auto less = [&](const Record &a, const Record &b) {
            const QVariant left = sortValue(a, column);
            const QVariant right = sortValue(b, column);
            const bool leftMissing = !left.isValid() || left.isNull();
            const bool rightMissing = !right.isValid() || right.isNull();
            if (leftMissing || rightMissing) {
                return !leftMissing && rightMissing; // missing values last, either order
            }
            int comparison = 0;
            if (left.typeId() == QMetaType::QString || right.typeId() == QMetaType::QString) {
                comparison = collator.compare(left.toString(), right.toString());
            } else {
                const double l = left.toDouble();
                const double r = right.toDouble();
                comparison = l < r ? -1 : (r < l ? 1 : 0);
            }
            return descending ? comparison > 0 : comparison < 0;
        };
        std::stable_sort(m_records.begin(), m_records.end(), less);
    }

    QList<Record> m_records;
    PageSource<Record> m_source; // empty: the records were given by setRecords()
    int m_total = -1;            // for a page source: how many records it counted
    bool m_totalExact = true;    // false: not counted yet (m_total -1; countAfterPause())
    quint64 m_generation = 0;    // of the page source: a pending count of an old one is dropped
    QFuture<int> m_pendingCount; // the count on the counting thread (countInBackground)
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace eb::gui
