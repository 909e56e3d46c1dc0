#pragma once

#include "model/records.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

namespace eb::catalogue {
class CatalogueReader;
}

namespace eb::gui::review {

// The Pool window's list of results: the catalogue's results in its order, narrowed by a text
// the catalogue searches in SQL, read a page at a time as the view scrolls to its end
// (canFetchMore/fetchMore). The model keeps the id of every row fetched and the records of the
// last few pages shown (a page read again by keyset when scrolled back to), so a list of a
// million results scrolled to its end holds their ids, not their records. The ticks (pool this
// result; flip its direction) are kept by result id, so that they outlive a search that hides
// their rows.
class PoolResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Result,
        Study,
        OutcomeTimepoint,
        AsReported,
        Source,
        Flip,
        ColumnCount
    };
    static constexpr int kPageRows = 256;
    static constexpr int ResultIdRole = Qt::UserRole;

    explicit PoolResultModel(const catalogue::CatalogueReader &catalogue,
                             QObject *parent = nullptr);

    // Lists the results the text matches (empty: every result), from the first page.
    void setSearch(const QString &text);
    // Reads the list again after a write, as far as it was fetched, with the same search. The
    // ticks stay, but not those of results deleted meanwhile.
    void refresh();
    QString lastError() const { return m_error; }

    QList<qint64> selected() const; // ticked to pool, by id
    void setSelected(const QList<qint64> &ids);
    QList<qint64> flipped() const; // ticked to flip, by id
    void setFlipped(const QList<qint64> &ids);
    // The row listing this result among those fetched, or -1.
    int rowOfResult(qint64 id) const;
    // The record of a ticked result, for what depends on the ticks (the Pool window's MH/Peto
    // choice): from a page in memory, or, where its page is not (scrolled past, or hidden by
    // the search), read once and kept while it stays ticked. Nothing when it is not ticked or
    // no longer exists.
    std::optional<catalogue::ResultRecord> selectedRecord(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    // Up to a page of the list's records after the one with this id (0: from the first).
    QList<catalogue::ResultRecord> readPage(qint64 afterId) const;
    // The record of a fetched row: from its page in the cache, read again if evicted.
    const catalogue::ResultRecord *recordAt(int row) const;
    void cachePage(int page, QList<catalogue::ResultRecord> records) const;
    void ticksChanged(int column);
    // Forgets the kept records of results no longer ticked.
    void keepTickedOnly();

    // Pages of records kept: a few screens' worth.
    static constexpr int kCachedPages = 8;

    const catalogue::CatalogueReader &m_catalogue;
    QString m_search;
    QList<qint64> m_ids; // of every row fetched, in order
    mutable QHash<int, QList<catalogue::ResultRecord>> m_pages;
    mutable QList<int> m_pageUse; // least recently used first
    bool m_atEnd = false;
    QSet<qint64> m_selected;
    QSet<qint64> m_flipped;
    // Ticked results read outside the pages (nothing: no such result), by id.
    mutable QHash<qint64, std::optional<catalogue::ResultRecord>> m_tickedOutside;
    mutable QString m_error;
};

} // namespace eb::gui::review
