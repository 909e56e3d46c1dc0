#pragma once

#include "model/recordrows.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class QUndoStack;

namespace eb::gui {
class CatalogueSession;
} // namespace eb::gui

namespace eb::gui::editing {

// Which row a record is now, shared by every undo command about it: undoing a delete (or
// redoing an add) writes the record again under a new id, and the later commands follow it.
struct RecordHandle
{
    catalogue::RecordKind kind = catalogue::RecordKind::Source;
    qint64 id = 0;
    qint64 version = 0; // the row_version this program last wrote or read
};
using RecordHandlePtr = std::shared_ptr<RecordHandle>;

// The window's edits of the catalogue: each add, edit and delete is one call of the
// catalogue's write API (one transaction) and, once committed, one command on the undo stack
// (Edit > Undo / Redo). Undo and redo write again through the same API, naming the row
// version they expect, so an edit made meanwhile by someone else is refused, never overwritten;
// the refused command leaves the stack and failed() says why. After every committed write the
// session's views re-read the catalogue. Nothing here opens a dialog.
class RecordEditor : public QObject
{
    Q_OBJECT

public:
    RecordEditor(CatalogueSession &session, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_stack; }

    // Each returns the write's problems: none (or only warnings) when it was committed and
    // pushed on the undo stack; with an error, nothing was written and nothing pushed.
    QList<catalogue::Problem> add(catalogue::RecordKind kind, const catalogue::Fields &fields);
    QList<catalogue::Problem> edit(const catalogue::RecordRow &before,
                                   const catalogue::Fields &after);
    QList<catalogue::Problem> remove(const catalogue::RecordRow &record);

    // An import the caller committed (rows and the ids the write gave them, in order): one
    // command on the undo stack, whose undo deletes exactly those rows in one transaction
    // and whose redo writes them again.
    void pushImport(const QList<catalogue::RecordRow> &rows, const QList<qint64> &ids,
                    const QString &file);

    // The record of this kind and id as stored now, or nothing.
    std::optional<catalogue::RecordRow> record(catalogue::RecordKind kind, qint64 id) const;

    // For the commands: one write each, the handle updated on success; false with *message.
    bool writeInsert(RecordHandle &handle, const catalogue::Fields &fields, QString *message);
    bool writeUpdate(RecordHandle &handle, const catalogue::Fields &fields, QString *message);
    bool writeRemove(RecordHandle &handle, QString *message);
    bool writeInsertAll(const QList<RecordHandlePtr> &handles,
                        const QList<catalogue::RecordRow> &rows, QString *message);
    bool writeRemoveAll(const QList<RecordHandlePtr> &handles, QString *message);
    void reportFailure(const QString &message) { emit failed(message); }

signals:
    // An undo or redo was refused (the record changed meanwhile, the file is locked): the
    // command was dropped from the stack and nothing was written.
    void failed(const QString &message);

private:
    RecordHandlePtr handleFor(catalogue::RecordKind kind, qint64 id, qint64 version);
    static QString describe(catalogue::RecordKind kind, const catalogue::Fields &fields);

    CatalogueSession &m_session;
    QUndoStack *m_stack = nullptr;
    QList<std::weak_ptr<RecordHandle>> m_handles;
};

} // namespace eb::gui::editing
