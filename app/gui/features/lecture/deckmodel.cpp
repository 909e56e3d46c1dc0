#include "gui/features/lecture/deckmodel.h"

#include "catalogue/catalogue.h"
#include "lecture/slidefigure.h"
#include "lecture/slidenames.h"

#include <QMimeData>

namespace eb::gui {
namespace {

const QString kMime = QStringLiteral("application/x-evidence-browser-slide-row");

} // namespace

DeckModel::DeckModel(QObject *parent) : QAbstractListModel(parent) {}

void DeckModel::setCatalogue(const catalogue::Catalogue *catalogue)
{
    m_catalogue = catalogue;
    if (rowCount() > 0) {
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
    }
}

void DeckModel::setDeck(lecture::Deck deck)
{
    beginResetModel();
    m_deck = std::move(deck);
    endResetModel();
    emit deckEdited();
}

void DeckModel::appendSlide(const lecture::Slide &slide)
{
    const int row = static_cast<int>(m_deck.slides.size());
    beginInsertRows({}, row, row);
    m_deck.slides.append(slide);
    endInsertRows();
    emit deckEdited();
}

void DeckModel::setNote(int row, const QString &note)
{
    if (row < 0 || row >= rowCount() || m_deck.slides.at(row).note == note) {
        return;
    }
    m_deck.slides[row].note = note;
    emit dataChanged(index(row), index(row), {NoteRole, Qt::ToolTipRole});
    emit deckEdited();
}

void DeckModel::setFontScale(double scale)
{
    if (m_deck.fontScale != scale) {
        m_deck.fontScale = scale;
        emit deckEdited();
    }
}

int DeckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_deck.slides.size());
}

QVariant DeckModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const lecture::Slide &slide = m_deck.slides.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1. %2")
            .arg(index.row() + 1)
            .arg(m_catalogue != nullptr ? lecture::slideSummary(slide, *m_catalogue)
                                        : lecture::slideSummary(slide));
    case Qt::EditRole:
        return slide.title;
    case Qt::ToolTipRole:
        return slide.note.isEmpty() ? tr("No note") : slide.note;
    case NoteRole:
        return slide.note;
    case KindRole:
        return lecture::slideKindKey(slide.kind);
    default:
        return {};
    }
}

bool DeckModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount()) {
        return false;
    }
    m_deck.slides[index.row()].title = value.toString().trimmed();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    emit deckEdited();
    return true;
}

Qt::ItemFlags DeckModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::ItemIsDropEnabled;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
}

bool DeckModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount()) {
        return false;
    }
    beginRemoveRows({}, row, row + count - 1);
    m_deck.slides.remove(row, count);
    endRemoveRows();
    emit deckEdited();
    return true;
}

bool DeckModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                         const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 ||
        sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount() ||
        destinationChild == sourceRow || destinationChild == sourceRow + 1) {
        return false;
    }
    if (!beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild)) {
        return false;
    }
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    m_deck.slides.move(sourceRow, to);
    endMoveRows();
    // Every row's number may have changed.
    emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
    emit deckEdited();
    return true;
}

Qt::DropActions DeckModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList DeckModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *DeckModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty()) {
        return nullptr;
    }
    auto *data = new QMimeData;
    data->setData(kMime, QByteArray::number(indexes.first().row()));
    return data;
}

bool DeckModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                             const QModelIndex &parent)
{
    if (data == nullptr || !data->hasFormat(kMime) || action != Qt::MoveAction) {
        return false;
    }
    bool ok = false;
    const int source = data->data(kMime).toInt(&ok);
    int destination = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    if (!ok) {
        return false;
    }
    moveRows({}, source, 1, {}, destination);
    // The move is done here; returning false keeps the view from also removing the source row.
    return false;
}

} // namespace eb::gui
