#include "gui/features/review/pooljob.h"

#include "catalogue/catalogue.h"
#include "queries/poolinputs.h"

#include <QSet>

namespace eb::gui::review {

PoolOutcome poolOutcome(const catalogue::CatalogueReader &catalogue, const PoolRequest &request,
                        const JobControl *job)
{
    // Steps: the results read, the studies read, checked and pooled.
    constexpr std::int64_t kSteps = 3;
    PoolOutcome outcome;
    reportProgress(job, 0, kSteps);
    outcome.inputs = eb::review::poolInputsFromCatalogue(catalogue, request.ids, &outcome.error);
    if (!outcome.inputs) {
        return outcome;
    }
    // As `pool --results … --flip ID`: only a ticked result's flip counts.
    for (eb::review::PoolInput &input : *outcome.inputs) {
        input.flipped = request.flipped.contains(input.result.id);
    }
    if (isCancelled(job)) {
        outcome.cancelled = true;
        return outcome;
    }
    reportProgress(job, 1, kSteps);
    // The sensitivity panel's facts of the studies pooled: read for those studies only.
    catalogue::StudyFilter filter;
    QSet<qint64> seen;
    for (const eb::review::PoolInput &input : *outcome.inputs) {
        if (!seen.contains(input.result.studyId)) {
            seen.insert(input.result.studyId);
            filter.ids << input.result.studyId;
        }
    }
    if (!filter.ids.isEmpty()) {
        outcome.studies = catalogue.studies(filter);
    }
    if (isCancelled(job)) {
        outcome.cancelled = true;
        return outcome;
    }
    reportProgress(job, 2, kSteps);
    outcome.pooled =
        eb::review::poolResults(*outcome.inputs, request.settings, &outcome.check, &outcome.error);
    // The checks and the fit do not look at the flag: a cancel during them discards the result.
    outcome.cancelled = isCancelled(job);
    reportProgress(job, kSteps, kSteps);
    return outcome;
}

PoolOutcome poolOutcomeAt(const QString &cataloguePath, const PoolRequest &request,
                          const JobControl &job)
{
    catalogue::Catalogue store;
    if (!store.open(cataloguePath, catalogue::OpenMode::ReadOnly)) {
        PoolOutcome outcome;
        outcome.error = store.lastError();
        return outcome;
    }
    return poolOutcome(store, request, &job);
}

} // namespace eb::gui::review
