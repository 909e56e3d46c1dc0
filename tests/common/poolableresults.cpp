#include "poolableresults.h"

#include "evidence/poolchecks.h"
#include "model/vocabulary.h"
#include "queries/poolinputs.h"

#include <QSet>

namespace eb::test {

QList<qint64> poolableResults(const eb::catalogue::Catalogue &catalogue, qsizetype count,
                              QString *error)
{
    QList<qint64> all;
    for (const eb::catalogue::ResultRecord &result : catalogue.results()) {
        all << result.id;
    }
    const auto inputs = eb::review::poolInputsFromCatalogue(catalogue, all, error);
    if (!inputs) {
        return {};
    }
    namespace vocabulary = eb::catalogue::vocabulary;
    QList<qint64> ids;
    QSet<qint64> studies;
    for (const eb::review::PoolInput &input : *inputs) {
        const eb::catalogue::ResultRecord &r = input.result;
        if (input.species == vocabulary::key::human &&
            !vocabulary::isSynthesisDesign(input.design) &&
            eb::review::poolingFamily(vocabulary::metricKey(r.metric)) ==
                QLatin1String("standardized") &&
            r.estimate && r.ciLow && r.ciHigh && !studies.contains(r.studyId) &&
            ids.size() < count) {
            studies.insert(r.studyId);
            ids << r.id;
        }
    }
    return ids;
}

} // namespace eb::test
