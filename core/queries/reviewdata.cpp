#include "queries/reviewdata.h"

#include "model/cataloguereader.h"

namespace eb::review {

ClaimsAuditInput claimsAuditInput(const eb::catalogue::CatalogueReader &catalogue)
{
    ClaimsAuditInput in;
    in.claims = catalogue.claims();
    in.discrepancies = catalogue.discrepancies();
    in.discrepancyLinks = catalogue.discrepancyLinks();
    in.claimLinks = catalogue.claimLinks();
    for (const eb::catalogue::ResultRecord &r : catalogue.results())
        in.results.insert(r.id, r);
    in.dosing = catalogue.dosing();
    return in;
}

QList<eb::catalogue::StudyDetail> studyDetails(const eb::catalogue::CatalogueReader &catalogue)
{
    QList<eb::catalogue::StudyDetail> out;
    for (const eb::catalogue::StudySummary &s : catalogue.studies()) {
        if (auto detail = catalogue.study(s.id))
            out << *detail;
    }
    return out;
}

} // namespace eb::review
