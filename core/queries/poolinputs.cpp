#include "queries/poolinputs.h"

#include "model/cataloguereader.h"

#include <QCoreApplication>
#include <QHash>

namespace eb::review {

std::optional<QList<PoolInput>>
poolInputsFromCatalogue(const eb::catalogue::CatalogueReader &catalogue,
                        const QList<qint64> &resultIds, QString *error)
{
    QHash<qint64, eb::catalogue::SourceRecord> sources;
    for (const eb::catalogue::SourceRecord &source : catalogue.sources())
        sources.insert(source.id, source);
    QHash<qint64, eb::catalogue::StudyDetail> studies;
    QList<PoolInput> inputs;
    for (qint64 id : resultIds) {
        const auto result = catalogue.result(id);
        if (!result) {
            *error = QCoreApplication::translate("eb::review::PoolInputs",
                                                 "no result with id %1 in the catalogue")
                         .arg(id);
            return std::nullopt;
        }
        if (!studies.contains(result->studyId)) {
            if (auto study = catalogue.study(result->studyId))
                studies.insert(result->studyId, *study);
        }
        const eb::catalogue::StudyDetail study = studies.value(result->studyId);
        PoolInput in;
        in.result = *result;
        in.species = study.species;
        in.design = study.design;
        in.condition = study.condition;
        in.severity = study.severity;
        for (const eb::catalogue::StudyRef &component : study.components)
            in.componentStudyIds << component.id;
        const eb::catalogue::SourceRecord source = sources.value(result->sourceId);
        in.sourceKind = source.kind;
        in.sourceYear = source.year;
        inputs << in;
    }
    return inputs;
}

} // namespace eb::review
