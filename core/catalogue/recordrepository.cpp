#include "catalogue/recordrepository.h"

#include "catalogue/recordtables.h"

#include <QCoreApplication>
#include <QHash>
#include <limits>

namespace eb::catalogue {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::catalogue", text);
}

QString tableOfReference(RecordKind kind)
{
    return tables::of(kind);
}

// The text of one stored field: the typed text kept beside a number, else the value.
QString fieldText(const Row &row, const FieldSpec &field, const QString &column)
{
    switch (field.type) {
    case FieldType::Real: {
        const QString typed = row.text(tables::textColumn(column));
        if (!typed.isNull()) {
            return typed;
        }
        const auto value = row.optDouble(column);
        return value ? numberText(*value) : QString();
    }
    case FieldType::Integer:
    case FieldType::Flag: {
        const auto value = row.optInt(column);
        return value ? QString::number(*value) : QString();
    }
    default:
        return row.text(column);
    }
}

} // namespace

QList<RecordRow> RecordRepository::all(RecordKind kind) const
{
    return page(kind, std::nullopt, 0);
}

QList<RecordRow> RecordRepository::page(RecordKind kind, std::optional<qint64> afterId,
                                        int limit) const
{
    const QString table = tables::of(kind);
    // `record_id`: the row's identity (idColumn), whatever the table calls it.
    QString select = QStringLiteral("SELECT t.*, t.%1 AS record_id").arg(tables::idColumn(kind));
    for (const FieldSpec &field : recordFields(kind)) {
        if (field.type == FieldType::Reference) {
            const QString name = QString::fromLatin1(field.name);
            select += QStringLiteral(", (SELECT slug FROM %1 WHERE id = t.%2) AS %3")
                          .arg(tableOfReference(*field.reference), tables::referenceColumn(name),
                               QStringLiteral("ref_") + name);
        }
    }
    const QString idColumn = tables::idColumn(kind);
    QVariantList binds;
    // No lower bound on the first page: an id may be 0 or negative in a file made elsewhere.
    const qint64 after = afterId.value_or(std::numeric_limits<qint64>::min());
    select += QStringLiteral(" FROM %1 t WHERE t.%2 >= ? ORDER BY t.%2").arg(table, idColumn);
    binds << (afterId ? after + 1 : after);
    select += Database::pageClause(limit, 0, binds);

    QHash<qint64, Fields> arms;
    if (kind == RecordKind::Result) {
        // The arm summaries of this page's results only: by the ids the page spans.
        QString armSql = QStringLiteral("SELECT * FROM arm_summary WHERE result_id >= ?");
        QVariantList armBinds{binds.first()};
        if (limit > 0) {
            armSql += QStringLiteral(" AND result_id IN (SELECT id FROM result WHERE id >= ? "
                                     "ORDER BY id LIMIT ?)");
            armBinds << binds.first() << limit;
        }
        const auto rows = m_db.list<QPair<qint64, Fields>>(
            armSql + QStringLiteral(" ORDER BY result_id, id"), armBinds, [](const Row &r) {
                Fields f;
                const QString role = r.text(QStringLiteral("arm_role"));
                for (const QString &suffix : armFieldSuffixes()) {
                    const FieldSpec *spec =
                        findField(RecordKind::Result, role + QChar(u'_') + suffix);
                    if (spec != nullptr) {
                        f.insert(role + QChar(u'_') + suffix, fieldText(r, *spec, suffix));
                    }
                }
                return qMakePair(r.id(QStringLiteral("result_id")), f);
            });
        for (const auto &[resultId, f] : rows) {
            arms[resultId].insert(f);
        }
    }

    return m_db.list<RecordRow>(select, binds, [&](const Row &r) {
        RecordRow record;
        record.kind = kind;
        record.id = r.id(QStringLiteral("record_id"));
        record.version = r.id(QStringLiteral("row_version"));
        record.userRecord = r.flag(QStringLiteral("user_record"));
        for (const FieldSpec &field : recordFields(kind)) {
            const QString name = QString::fromLatin1(field.name);
            if (tables::isArmField(kind, name)) {
                continue;
            }
            record.fields.insert(name, field.type == FieldType::Reference
                                           ? r.text(QStringLiteral("ref_") + name)
                                           : fieldText(r, field, name));
        }
        const Fields armFields = arms.value(record.id);
        for (auto it = armFields.cbegin(); it != armFields.cend(); ++it) {
            record.fields.insert(it.key(), it.value());
        }
        return record;
    });
}

QList<StorageProblem> RecordRepository::storageProblems() const
{
    QList<StorageProblem> problems;
    const auto integrity =
        m_db.list<QString>(QStringLiteral("PRAGMA integrity_check"), {},
                           [](const Row &r) { return r.text(QStringLiteral("integrity_check")); });
    if (!m_db.lastError().isEmpty()) {
        problems << StorageProblem{{}, 0, {}, QStringLiteral("integrity"), m_db.lastError()};
        return problems;
    }
    for (const QString &line : integrity) {
        if (line != QLatin1String("ok")) {
            problems << StorageProblem{{}, 0, {}, QStringLiteral("integrity"), line};
        }
    }
    auto foreign =
        m_db.list<StorageProblem>(QStringLiteral("PRAGMA foreign_key_check"), {}, [](const Row &r) {
            return StorageProblem{
                r.text(QStringLiteral("table")), r.optId(QStringLiteral("rowid")).value_or(0),
                QString::number(r.id(QStringLiteral("fkid"))), QStringLiteral("foreign-key"),
                tr("refers to a missing %1 row").arg(r.text(QStringLiteral("parent")))};
        });
    if (!m_db.lastError().isEmpty()) {
        problems << StorageProblem{{}, 0, {}, QStringLiteral("foreign-key"), m_db.lastError()};
    }
    // foreign_key_check names the constraint by number; its column is in foreign_key_list.
    for (StorageProblem &p : foreign) {
        const auto columns = m_db.list<QString>(
            QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE id = ?"),
            {p.table, p.column.toInt()},
            [](const Row &r) { return r.text(QStringLiteral("from")); });
        p.column = columns.value(0);
    }
    m_db.clearError();
    problems << foreign;
    return problems;
}

} // namespace eb::catalogue
