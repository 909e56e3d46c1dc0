#pragma once

#include "lecture/labpresets.h"

#include <QAbstractListModel>
#include <QList>
#include <QPair>
#include <optional>

namespace eb::catalogue {
class CatalogueReader;
}

namespace eb::gui {

// The lab's preset list for a combo box: a few fixed entries first ("(your own value)", the
// benchmarks), then the catalogue's presets, read a page at a time as the list scrolls to its
// end (canFetchMore/fetchMore), so a catalogue of a million results costs one page until the
// user scrolls. A preset asked for by key before its page is read (a slide's) is pinned after
// the fixed entries and left out of the pages when they arrive.
class LabPresetModel : public QAbstractListModel
{
public:
    // Results read per page: each gives up to two presets.
    static constexpr int kPageResults = 256;

    explicit LabPresetModel(const catalogue::CatalogueReader &catalogue, QObject *parent = nullptr);

    // The fixed entries: their text and their Qt::UserRole data.
    void setFixedEntries(const QList<QPair<QString, QVariant>> &entries);
    // Forgets every preset read and reads the first page again.
    void reload();
    int fixedCount() const { return static_cast<int>(m_fixed.size()); }

    // The preset in this row, or nullptr for a fixed entry or no row.
    const lecture::LabPreset *presetAt(int row) const;
    // The row of the preset with this key, pinning it when its page is not read yet; -1 when
    // the catalogue has no such preset.
    int rowOfKey(const lecture::ResultKey &key);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<lecture::LabPreset> readPage();

    const catalogue::CatalogueReader &m_catalogue;
    QList<QPair<QString, QVariant>> m_fixed;
    std::optional<lecture::LabPreset> m_pinned;
    QList<lecture::LabPreset> m_presets;
    qint64 m_lastResultId = 0;
    bool m_atEnd = false;
};

} // namespace eb::gui
