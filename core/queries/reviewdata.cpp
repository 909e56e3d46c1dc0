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
    const QList<eb::catalogue::ResultRecord> results = catalogue.results();
    if (readFailed(catalogue, error)) {
        return in;
    }
    for (const eb::catalogue::ResultRecord &r : results) {
        in.results.insert(r.id, r);
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
