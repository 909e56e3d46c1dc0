#include "catalogue/cataloguecheck.h"

#include "catalogue/catalogue.h"

#include <algorithm>
#include <cstdint>
#include <optional>

namespace eb::catalogue {

QString checkTableOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Outcome:
        return QStringLiteral("outcome_measure");
    case RecordKind::Arm:
        return QStringLiteral("study_arm");
    case RecordKind::Dosing:
        return QStringLiteral("dosing_protocol");
    case RecordKind::Target:
        return QStringLiteral("molecular_target");
    default:
        return recordKindName(kind);
    }
}

int CatalogueCheck::errors() const
{
    return static_cast<int>(std::count_if(problems.begin(), problems.end(), [](const auto &p) {
        return p.severity == Severity::Error;
    }));
}

CatalogueCheck checkCatalogueFile(const QString &path, const JobControl *job)
{
    CatalogueCheck check;
    Catalogue catalogue;
    if (!catalogue.open(path, OpenMode::ReadOnly)) {
        check.problems << StorageProblem{{}, 0, {}, QStringLiteral("open"), catalogue.lastError()};
        return check;
    }
    const auto kinds = allRecordKinds();
    const auto total = static_cast<std::int64_t>(kinds.size()) + 1;
    reportProgress(job, 0, total);
    check.problems = catalogue.storageProblems();
    std::int64_t done = 1;
    for (RecordKind kind : kinds) {
        if (isCancelled(job)) {
            check.cancelled = true;
            return check;
        }
        reportProgress(job, done++, total);
        // A page of records at a time: a file of a million results is checked in the memory of
        // one page (kCheckPage rows), not of the whole file.
        constexpr int kCheckPage = 2048;
        for (std::optional<qint64> after;;) {
            if (isCancelled(job)) {
                check.cancelled = true;
                return check;
            }
            const QList<RecordRow> rows = catalogue.records(kind, after, kCheckPage);
            if (!catalogue.lastError().isEmpty()) {
                check.problems << StorageProblem{
                    checkTableOf(kind), 0, {}, QStringLiteral("read"), catalogue.lastError()};
                break;
            }
            if (rows.isEmpty()) {
                break;
            }
            after = rows.last().id;
            for (const RecordRow &row : rows) {
                for (const Problem &p : validateRecord(kind, row.fields)) {
                    check.problems << StorageProblem{
                        checkTableOf(kind),
                        row.id,
                        p.column,
                        p.rule,
                        p.value.isEmpty() ? p.message
                                          : QStringLiteral("\"%1\": %2").arg(p.value, p.message),
                        p.severity};
                }
            }
        }
    }
    reportProgress(job, total, total);
    return check;
}

} // namespace eb::catalogue
