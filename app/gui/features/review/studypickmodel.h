#pragma once

#include "model/records.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace eb::catalogue {
class CatalogueReader;
}

namespace eb::gui::review {

// A list of studies to tick (Compare): by name in natural order, narrowed by a text the
// catalogue searches, read a page at a time as the view scrolls to its end
// (canFetchMore/fetchMore) so that 100,000 studies cost a page. The ticks are kept by slug,
// so that they outlive a search that hides their rows.
class StudyPickModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int kPageRows = 256;
    static constexpr int SlugRole = Qt::UserRole;

    explicit StudyPickModel(const catalogue::CatalogueReader &catalogue, QObject *parent = nullptr);

    void setSearch(const QString &text);
    // Reads the list again after a write, as far as it was fetched, with the same search; the
    // ticks of studies that still exist stay ticked (with their names read again).
    void refresh();
    QString lastError() const { return m_error; }

    // The ticked studies, in the list's order (by name): their slugs and names.
    QList<QPair<QString, QString>> ticked() const;
    // Ticks these studies (their names read from the catalogue), and only these.
    void setTicked(const QStringList &slugs);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void tickedChanged();

private:
    QList<catalogue::StudySummary> readPage() const;

    const catalogue::CatalogueReader &m_catalogue;
    QString m_search;
    QList<catalogue::StudySummary> m_rows;
    bool m_atEnd = false;
    QHash<QString, QString> m_ticked; // slug -> name
    mutable QString m_error;
};

} // namespace eb::gui::review
