#include "queries/reviewdata.h"

#include "model/cataloguereader.h"

namespace eb::review {
namespace {

// After a read: true, with the catalogue's message in *error, when it failed.
bool readFailed(const eb::catalogue::CatalogueReader &catalogue, QString *error)
{
    const QString message = catalogue.lastError();
    if (message.isEmpty()) {
        return false;
    }
    if (error != nullptr) {
        *error = message;
    }
    return true;
}

} // namespace

ClaimsAuditInput claimsAuditInput(const eb::catalogue::CatalogueReader &catalogue, QString *error)
{
    ClaimsAuditInput in;
    in.claims = catalogue.claims();
    if (readFailed(catalogue, error)) {
        return in;
    }
    in.discrepancies = catalogue.discrepancies();
    if (readFailed(catalogue, error)) {
        return in;
    }
    in.discrepancyLinks = catalogue.discrepancyLinks();
    if (readFailed(catalogue, error)) {
        return in;
    }
    in.claimLinks = catalogue.claimLinks();
    if (readFailed(catalogue, error)) {
        return in;
    }
    // Only the results the audit names (a discrepancy's two records, a link's result, and what
    // a derived one was derived from), one by one: every result of a catalogue of a million
    // would be gigabytes, read at start-up for the Claims table.
    QList<qint64> wanted;
    for (const eb::catalogue::DiscrepancyRecord &d : std::as_const(in.discrepancies)) {
        for (const std::optional<qint64> &id : {d.articleResultId, d.primaryResultId}) {
            if (id) {
                wanted << *id;
            }
        }
    }
    for (const eb::catalogue::DiscrepancyLinkRecord &l : std::as_const(in.discrepancyLinks)) {
        if (l.entity == QLatin1String("result")) {
            wanted << l.entityId;
        }
    }
    for (const eb::catalogue::ClaimLinkRecord &l : std::as_const(in.claimLinks)) {
        wanted << l.resultId;
    }
    while (!wanted.isEmpty()) {
        const qint64 id = wanted.takeLast();
        if (in.results.contains(id)) {
            continue;
        }
        const auto result = catalogue.result(id);
        if (readFailed(catalogue, error)) {
            return in;
        }
        if (result) {
            in.results.insert(id, *result);
            if (result->derivedFromId) {
                wanted << *result->derivedFromId;
            }
        }
    }
    in.dosing = catalogue.dosing();
    readFailed(catalogue, error);
    return in;
}

QList<eb::catalogue::StudyDetail> studyDetails(const eb::catalogue::CatalogueReader &catalogue,
                                               QString *error)
{
    QList<eb::catalogue::StudyDetail> out;
    const QList<eb::catalogue::StudySummary> studies = catalogue.studies();
    if (readFailed(catalogue, error)) {
        return out;
    }
    for (const eb::catalogue::StudySummary &s : studies) {
        auto detail = catalogue.study(s.id);
        if (readFailed(catalogue, error)) {
            return out;
        }
        if (detail) {
            out << *detail;
        }
    }
    return out;
}

} // namespace eb::review
