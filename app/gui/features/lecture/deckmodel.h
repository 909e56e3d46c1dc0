#pragma once

#include "lecture/deck.h"

#include <QAbstractListModel>

namespace eb::catalogue {
class Catalogue;
}

namespace eb::gui {

// The slides of the deck being built, for the deck panel's list: one row per slide, shown as
// "3. Forest plot: CAPTAIN II"; the title is editable in place (F2), the note is a role, and
// rows move by drag and drop or moveRows (the panel's Ctrl+Up / Ctrl+Down).
class DeckModel : public QAbstractListModel
{
    Q_OBJECT

public:
    // Qt item roles are plain ints by Qt's API, hence an unscoped enum.
    enum Role
    {
        NoteRole = Qt::UserRole + 1,
        KindRole,
    };

    explicit DeckModel(QObject *parent = nullptr);

    const lecture::Deck &deck() const { return m_deck; }
    void setDeck(lecture::Deck deck);
    void appendSlide(const lecture::Slide &slide);
    void setNote(int row, const QString &note);
    void setFontScale(double scale);
    // With a catalogue, rows name their slides in words (study, outcome, timepoint) rather than
    // by slugs; the catalogue must outlive the model.
    void setCatalogue(const catalogue::Catalogue *catalogue);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void deckEdited();

private:
    lecture::Deck m_deck;
    const catalogue::Catalogue *m_catalogue = nullptr;
};

} // namespace eb::gui
