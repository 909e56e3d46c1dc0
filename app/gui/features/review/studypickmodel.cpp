#include "gui/features/review/studypickmodel.h"

#include "catalogue/naturalcollation.h"
#include "model/cataloguereader.h"

#include <algorithm>

namespace eb::gui::review {

StudyPickModel::StudyPickModel(const catalogue::CatalogueReader &catalogue, QObject *parent)
    : QAbstractListModel(parent), m_catalogue(catalogue)
{
}

void StudyPickModel::setSearch(const QString &text)
{
    beginResetModel();
    m_search = text;
    m_rows.clear();
    m_rows = readPage();
    m_atEnd = m_rows.size() < kPageRows;
    endResetModel();
}

void StudyPickModel::refresh()
{
    const qsizetype fetched = m_rows.size();
    beginResetModel();
    m_rows.clear();
    m_rows = readPage();
    m_atEnd = m_rows.size() < kPageRows;
    while (!m_atEnd && m_rows.size() < fetched) {
        QList<catalogue::StudySummary> more = readPage();
        m_atEnd = more.size() < kPageRows;
        m_rows.append(std::move(more));
    }
    QHash<QString, QString> ticked;
    for (auto it = m_ticked.cbegin(); it != m_ticked.cend(); ++it) {
        if (auto study = m_catalogue.study(it.key())) {
            ticked.insert(it.key(), study->name);
        }
    }
    m_ticked = std::move(ticked);
    endResetModel();
}

QList<catalogue::StudySummary> StudyPickModel::readPage() const
{
    catalogue::StudyFilter filter;
    filter.text = m_search;
    filter.sort = catalogue::StudySort::Name;
    filter.limit = kPageRows;
    filter.afterId = m_rows.isEmpty() ? 0 : m_rows.last().id;
    QList<catalogue::StudySummary> page = m_catalogue.studies(filter);
    m_error = m_catalogue.lastError();
    return page;
}

QList<QPair<QString, QString>> StudyPickModel::ticked() const
{
    QList<QPair<QString, QString>> list;
    for (auto it = m_ticked.cbegin(); it != m_ticked.cend(); ++it) {
        list.append({it.key(), it.value()});
    }
    // The list's order: names as the catalogue sorts them, then the slug for equal names.
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        const int byName = catalogue::naturalCompare(a.second, b.second);
        return byName != 0 ? byName < 0 : a.first < b.first;
    });
    return list;
}

void StudyPickModel::setTicked(const QStringList &slugs)
{
    m_ticked.clear();
    for (const QString &slug : slugs) {
        if (auto study = m_catalogue.study(slug)) {
            m_ticked.insert(slug, study->name);
        }
    }
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
    }
    emit tickedChanged();
}

int StudyPickModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant StudyPickModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const catalogue::StudySummary &study = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return study.name;
    case SlugRole:
        return study.slug;
    case Qt::CheckStateRole:
        return m_ticked.contains(study.slug) ? Qt::Checked : Qt::Unchecked;
    default:
        return {};
    }
}

bool StudyPickModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid()) {
        return false;
    }
    const catalogue::StudySummary &study = m_rows.at(index.row());
    if (value.value<Qt::CheckState>() == Qt::Checked) {
        m_ticked.insert(study.slug, study.name);
    } else {
        m_ticked.remove(study.slug);
    }
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit tickedChanged();
    return true;
}

Qt::ItemFlags StudyPickModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemIsUserCheckable;
}

bool StudyPickModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void StudyPickModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    QList<catalogue::StudySummary> more = readPage();
    m_atEnd = more.size() < kPageRows;
    if (more.isEmpty()) {
        return;
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    m_rows.append(std::move(more));
    endInsertRows();
}

} // namespace eb::gui::review
