#include "gui/features/review/pooljob.h"

#include "catalogue/catalogue.h"
#include "queries/poolinputs.h"

#include <QSet>

namespace eb::gui::review {

PoolOutcome poolOutcome(const catalogue::CatalogueReader &catalogue, const PoolRequest &request,
                        const JobControl *job)
{
    // Steps: one per result read, then the studies read, then the checks and the fit; the
    // reading is most of the time, so the bar moves while it runs.
    const auto count = static_cast<std::int64_t>(request.ids.size());
    const std::int64_t steps = count + 2;
    PoolOutcome outcome;
    reportProgress(job, 0, steps);
    outcome.inputs = eb::review::poolInputsFromCatalogue(catalogue, request.ids, &outcome.error,
                                                         [job, steps](qsizetype read) {
                                                             reportProgress(job, read, steps);
                                                             return !isCancelled(job);
                                                         });
    if (isCancelled(job)) {
        outcome.inputs.reset();
        outcome.cancelled = true;
        return outcome;
    }
    if (!outcome.inputs) {
        return outcome;
    }
    // As `pool --results … --flip ID`: only a ticked result's flip counts.
    for (eb::review::PoolInput &input : *outcome.inputs) {
        input.flipped = request.flipped.contains(input.result.id);
    }
    reportProgress(job, count, steps);
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
    reportProgress(job, count + 1, steps);
    outcome.pooled =
        eb::review::poolResults(*outcome.inputs, request.settings, &outcome.check, &outcome.error);
    // The checks and the fit do not look at the flag: a cancel during them discards the result.
    outcome.cancelled = isCancelled(job);
    reportProgress(job, steps, steps);
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
