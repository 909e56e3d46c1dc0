#pragma once

#include "model/vocabulary.h"

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>
#include <QList>
#include <QPersistentModelIndex>
#include <algorithm>

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

    // The row that shows the record with this slug, or -1.
    int rowOfSlug(const QString &slug) const
    {
        for (int row = 0; row < rowCount(); ++row) {
            if (slugAt(row) == slug) {
                return row;
            }
        }
        return -1;
    }
};

// A table over a list of plain catalogue records (records.h). The rows are the records the
// window asked the catalogue for, already filtered there; the model only sorts them, in place,
// keeping selections on the same records. Subclasses describe the columns.
template <typename Record> class RecordTableModel : public RecordTableModelBase
{
public:
    using RecordTableModelBase::RecordTableModelBase;

    void setRecords(QList<Record> records)
    {
        beginResetModel();
        m_records = std::move(records);
        sortRecords();
        endResetModel();
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
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace eb::gui
