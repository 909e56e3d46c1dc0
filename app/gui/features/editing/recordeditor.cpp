#include "gui/features/editing/recordeditor.h"

#include "catalogue/catalogue.h"
#include "gui/features/editing/fieldlabels.h"
#include "gui/shell/cataloguesession.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace eb::gui::editing {
namespace {

using catalogue::Fields;
using catalogue::Problem;
using catalogue::RecordKind;
using catalogue::WriteReport;

QList<Problem> problemsOf(const WriteReport &report)
{
    QList<Problem> problems;
    for (const catalogue::RecordProblem &p : report.problems) {
        problems << p.problem;
    }
    return problems;
}

// The first error of a failed write, as one sentence.
QString failureText(const WriteReport &report)
{
    for (const catalogue::RecordProblem &p : report.problems) {
        if (p.problem.severity == catalogue::Severity::Error) {
            return p.problem.column.isEmpty()
                       ? p.problem.message
                       : RecordEditor::tr("%1: %2").arg(fieldLabel(p.problem.column),
                                                        p.problem.message);
        }
    }
    return RecordEditor::tr("the catalogue could not be written");
}

// A command whose first redo() is the write that was already made when it was pushed.
class RecordCommand : public QUndoCommand
{
public:
    RecordCommand(RecordEditor &editor, RecordHandlePtr handle, const QString &text)
        : QUndoCommand(text), m_editor(editor), m_handle(std::move(handle))
    {
    }

protected:
    // Runs a write for undo() or redo(); a refused one drops the command from the stack.
    void run(const std::function<bool(QString *)> &write)
    {
        QString message;
        if (!write(&message)) {
            setObsolete(true);
            m_editor.reportFailure(
                RecordEditor::tr("%1 was not undone or redone: %2").arg(text(), message));
        }
    }

    bool firstRedo()
    {
        const bool first = m_first;
        m_first = false;
        return first;
    }

    RecordEditor &m_editor;
    RecordHandlePtr m_handle;

private:
    bool m_first = true;
};

class AddCommand : public RecordCommand
{
public:
    AddCommand(RecordEditor &editor, RecordHandlePtr handle, Fields fields, const QString &text)
        : RecordCommand(editor, std::move(handle), text), m_fields(std::move(fields))
    {
    }
    void undo() override
    {
        run([this](QString *m) { return m_editor.writeRemove(*m_handle, m); });
    }
    void redo() override
    {
        if (!firstRedo()) {
            run([this](QString *m) { return m_editor.writeInsert(*m_handle, m_fields, m); });
        }
    }

private:
    Fields m_fields;
};

class EditCommand : public RecordCommand
{
public:
    EditCommand(RecordEditor &editor, RecordHandlePtr handle, Fields before, Fields after,
                const QString &text)
        : RecordCommand(editor, std::move(handle), text), m_before(std::move(before)),
          m_after(std::move(after))
    {
    }
    void undo() override
    {
        run([this](QString *m) { return m_editor.writeUpdate(*m_handle, m_before, m); });
    }
    void redo() override
    {
        if (!firstRedo()) {
            run([this](QString *m) { return m_editor.writeUpdate(*m_handle, m_after, m); });
        }
    }

private:
    Fields m_before;
    Fields m_after;
};

class DeleteCommand : public RecordCommand
{
public:
    DeleteCommand(RecordEditor &editor, RecordHandlePtr handle, Fields fields, const QString &text)
        : RecordCommand(editor, std::move(handle), text), m_fields(std::move(fields))
    {
    }
    void undo() override
    {
        run([this](QString *m) { return m_editor.writeInsert(*m_handle, m_fields, m); });
    }
    void redo() override
    {
        if (!firstRedo()) {
            run([this](QString *m) { return m_editor.writeRemove(*m_handle, m); });
        }
    }

private:
    Fields m_fields;
};

// An import: every record it wrote, undone and redone as one write each way (one
// transaction), so that Edit > Undo removes exactly the imported rows.
class ImportCommand : public QUndoCommand
{
public:
    ImportCommand(RecordEditor &editor, QList<RecordHandlePtr> handles,
                  QList<catalogue::RecordRow> rows, const QString &text)
        : QUndoCommand(text), m_editor(editor), m_handles(std::move(handles)),
          m_rows(std::move(rows))
    {
    }
    void undo() override { run(false); }
    void redo() override
    {
        if (!m_first) {
            run(true);
        }
        m_first = false;
    }

private:
    void run(bool insert)
    {
        QString message;
        if (!(insert ? m_editor.writeInsertAll(m_handles, m_rows, &message)
                     : m_editor.writeRemoveAll(m_handles, &message))) {
            setObsolete(true);
            m_editor.reportFailure(
                RecordEditor::tr("%1 was not undone or redone: %2").arg(text(), message));
        }
    }

    RecordEditor &m_editor;
    QList<RecordHandlePtr> m_handles;
    QList<catalogue::RecordRow> m_rows;
    bool m_first = true;
};

} // namespace

RecordEditor::RecordEditor(CatalogueSession &session, QObject *parent)
    : QObject(parent), m_session(session), m_stack(new QUndoStack(this))
{
    m_stack->setObjectName(QStringLiteral("recordUndoStack"));
    // Another file: the commands name rows of the one before.
    connect(&session, &CatalogueSession::replaced, m_stack, &QUndoStack::clear);
}

QString RecordEditor::describe(RecordKind kind, const Fields &fields)
{
    QString name = fields.value(QStringLiteral("name"));
    if (name.isEmpty()) {
        name = fields.value(QStringLiteral("short_label"));
    }
    if (kind == RecordKind::Result) {
        name = tr("%1, %2").arg(fields.value(QStringLiteral("study")),
                                fields.value(QStringLiteral("outcome")));
    }
    if (name.isEmpty()) {
        name = fields.value(QStringLiteral("slug"));
    }
    return name.size() > 40 ? name.left(39) + QChar(u'…') : name;
}

RecordHandlePtr RecordEditor::handleFor(RecordKind kind, qint64 id, qint64 version)
{
    for (qsizetype i = m_handles.size() - 1; i >= 0; --i) {
        const RecordHandlePtr handle = m_handles.at(i).lock();
        if (!handle) {
            m_handles.removeAt(i);
        } else if (handle->kind == kind && handle->id == id) {
            handle->version = version;
            return handle;
        }
    }
    auto handle = std::make_shared<RecordHandle>(RecordHandle{kind, id, version});
    m_handles << handle;
    return handle;
}

std::optional<catalogue::RecordRow> RecordEditor::record(RecordKind kind, qint64 id) const
{
    for (const catalogue::RecordRow &row : m_session.catalogue().records(kind)) {
        if (row.id == id) {
            return row;
        }
    }
    return std::nullopt;
}

QList<Problem> RecordEditor::add(RecordKind kind, const Fields &fields)
{
    auto handle = std::make_shared<RecordHandle>(RecordHandle{kind, 0, 0});
    const WriteReport report =
        m_session.catalogue().insertRecords({catalogue::RecordRow{kind, 0, 0, true, fields}});
    if (!report.committed) {
        return problemsOf(report);
    }
    handle->id = report.ids.value(0);
    handle->version = 1;
    m_handles << handle;
    m_stack->push(
        new AddCommand(*this, handle, fields,
                       tr("Add %1 \u201c%2\u201d").arg(kindWord(kind), describe(kind, fields))));
    m_session.notifyRecordsChanged();
    return problemsOf(report);
}

QList<Problem> RecordEditor::edit(const catalogue::RecordRow &before, const Fields &after)
{
    catalogue::RecordRow changed = before;
    changed.fields = after;
    const WriteReport report = m_session.catalogue().updateRecord(changed);
    if (!report.committed) {
        return problemsOf(report);
    }
    RecordHandlePtr handle = handleFor(before.kind, before.id, before.version + 1);
    m_stack->push(new EditCommand(
        *this, handle, before.fields, after,
        tr("Edit %1 \u201c%2\u201d").arg(kindWord(before.kind), describe(before.kind, after))));
    m_session.notifyRecordsChanged();
    return problemsOf(report);
}

QList<Problem> RecordEditor::remove(const catalogue::RecordRow &record)
{
    const WriteReport report =
        m_session.catalogue().deleteRecord(record.kind, record.id, record.version);
    if (!report.committed) {
        return problemsOf(report);
    }
    RecordHandlePtr handle = handleFor(record.kind, record.id, record.version);
    m_stack->push(
        new DeleteCommand(*this, handle, record.fields,
                          tr("Delete %1 \u201c%2\u201d")
                              .arg(kindWord(record.kind), describe(record.kind, record.fields))));
    m_session.notifyRecordsChanged();
    return problemsOf(report);
}

void RecordEditor::pushImport(const QList<catalogue::RecordRow> &rows, const QList<qint64> &ids,
                              const QString &file)
{
    QList<RecordHandlePtr> handles;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        auto handle =
            std::make_shared<RecordHandle>(RecordHandle{rows.at(i).kind, ids.value(i), 1});
        m_handles << handle;
        handles << handle;
    }
    m_stack->push(new ImportCommand(
        *this, handles, rows,
        tr("Import %n records from \u201c%1\u201d", nullptr, static_cast<int>(rows.size()))
            .arg(file)));
}

bool RecordEditor::writeInsertAll(const QList<RecordHandlePtr> &handles,
                                  const QList<catalogue::RecordRow> &rows, QString *message)
{
    const WriteReport report = m_session.catalogue().insertRecords(rows);
    if (!report.committed) {
        *message = failureText(report);
        return false;
    }
    for (qsizetype i = 0; i < handles.size(); ++i) {
        handles.at(i)->id = report.ids.value(i);
        handles.at(i)->version = 1;
    }
    m_session.notifyRecordsChanged();
    return true;
}

bool RecordEditor::writeRemoveAll(const QList<RecordHandlePtr> &handles, QString *message)
{
    // Last written first: a record goes before those it names.
    QList<catalogue::RecordRow> rows;
    for (qsizetype i = handles.size() - 1; i >= 0; --i) {
        const RecordHandle &handle = *handles.at(i);
        rows << catalogue::RecordRow{handle.kind, handle.id, handle.version, true, {}};
    }
    const WriteReport report = m_session.catalogue().deleteRecords(rows);
    if (!report.committed) {
        *message = failureText(report);
        return false;
    }
    m_session.notifyRecordsChanged();
    return true;
}

bool RecordEditor::writeInsert(RecordHandle &handle, const Fields &fields, QString *message)
{
    const WriteReport report = m_session.catalogue().insertRecords(
        {catalogue::RecordRow{handle.kind, 0, 0, true, fields}});
    if (!report.committed) {
        *message = failureText(report);
        return false;
    }
    handle.id = report.ids.value(0);
    handle.version = 1;
    m_session.notifyRecordsChanged();
    return true;
}

bool RecordEditor::writeUpdate(RecordHandle &handle, const Fields &fields, QString *message)
{
    const WriteReport report = m_session.catalogue().updateRecord(
        catalogue::RecordRow{handle.kind, handle.id, handle.version, true, fields});
    if (!report.committed) {
        *message = failureText(report);
        return false;
    }
    ++handle.version; // the write API adds one to row_version
    m_session.notifyRecordsChanged();
    return true;
}

bool RecordEditor::writeRemove(RecordHandle &handle, QString *message)
{
    const WriteReport report =
        m_session.catalogue().deleteRecord(handle.kind, handle.id, handle.version);
    if (!report.committed) {
        *message = failureText(report);
        return false;
    }
    m_session.notifyRecordsChanged();
    return true;
}

} // namespace eb::gui::editing
