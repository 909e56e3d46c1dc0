#include "gui/features/lecture/labpresetmodel.h"

#include "model/cataloguereader.h"

namespace eb::gui {

LabPresetModel::LabPresetModel(const catalogue::CatalogueReader &catalogue, QObject *parent)
    : QAbstractListModel(parent), m_catalogue(catalogue)
{
}

void LabPresetModel::setFixedEntries(const QList<QPair<QString, QVariant>> &entries)
{
    beginResetModel();
    m_fixed = entries;
    endResetModel();
}

void LabPresetModel::reload()
{
    beginResetModel();
    m_pinned.reset();
    m_presets.clear();
    m_lastResultId = 0;
    m_atEnd = false;
    m_presets = readPage();
    endResetModel();
}

QList<lecture::LabPreset> LabPresetModel::readPage()
{
    QList<lecture::LabPreset> page;
    // Results with no preset (no convertible value) read on, a few pages at most per call.
    for (int tries = 0; tries < 16 && page.isEmpty() && !m_atEnd; ++tries) {
        qint64 last = 0;
        page = lecture::labPresetPage(m_catalogue, m_lastResultId, kPageResults, &last);
        if (last == 0) {
            m_atEnd = true;
            break;
        }
        m_lastResultId = last;
        if (m_pinned) {
            page.removeIf([&](const lecture::LabPreset &p) { return p.key == m_pinned->key; });
        }
    }
    return page;
}

const lecture::LabPreset *LabPresetModel::presetAt(int row) const
{
    int at = row - fixedCount();
    if (at < 0) {
        return nullptr;
    }
    if (m_pinned) {
        if (at == 0) {
            return &*m_pinned;
        }
        --at;
    }
    return at < m_presets.size() ? &m_presets.at(at) : nullptr;
}

int LabPresetModel::rowOfKey(const lecture::ResultKey &key)
{
    const int pinnedRows = m_pinned ? 1 : 0;
    if (m_pinned && m_pinned->key == key) {
        return fixedCount();
    }
    for (qsizetype i = 0; i < m_presets.size(); ++i) {
        if (m_presets.at(i).key == key) {
            return fixedCount() + pinnedRows + static_cast<int>(i);
        }
    }
    const auto preset = lecture::labPreset(m_catalogue, key);
    if (!preset) {
        return -1;
    }
    // Not read yet: pinned at the top rather than reading every page up to it.
    const int row = fixedCount();
    if (m_pinned) {
        m_pinned = *preset; // one pinned preset at a time: the newest replaces it
        emit dataChanged(index(row), index(row));
        return row;
    }
    beginInsertRows({}, row, row);
    m_pinned = *preset;
    endInsertRows();
    return row;
}

int LabPresetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid()
               ? 0
               : fixedCount() + (m_pinned ? 1 : 0) + static_cast<int>(m_presets.size());
}

QVariant LabPresetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (index.row() < fixedCount()) {
        const auto &entry = m_fixed.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return entry.first;
        case Qt::UserRole:
            return entry.second;
        default:
            return {};
        }
    }
    const lecture::LabPreset *preset = presetAt(index.row());
    if (preset == nullptr) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return preset->label;
    case Qt::ToolTipRole:
        return preset->source;
    default:
        return {};
    }
}

bool LabPresetModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void LabPresetModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    QList<lecture::LabPreset> more = readPage();
    if (more.isEmpty()) {
        return;
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    m_presets.append(std::move(more));
    endInsertRows();
}

} // namespace eb::gui
