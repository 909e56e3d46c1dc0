#include "queries/poolinputs.h"

#include "model/cataloguereader.h"
#include "model/vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>

namespace eb::review {
namespace {

// A source and every version of it: the version links (source.version_of_id) followed both
// ways, so that a 2020, 2021 and 2023 version are one publication.
QList<qint64> versionChain(const QHash<qint64, eb::catalogue::SourceRecord> &sources, qint64 id)
{
    QList<qint64> chain{id};
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const qint64 current = chain.at(i);
        const auto later = sources.value(current).versionOfId;
        if (later && !chain.contains(*later)) {
            chain << *later;
        }
        for (const eb::catalogue::SourceRecord &source : sources) {
            if (source.versionOfId == current && !chain.contains(source.id)) {
                chain << source.id;
            }
        }
    }
    return chain;
}

} // namespace

std::optional<QList<PoolInput>>
poolInputsFromCatalogue(const eb::catalogue::CatalogueReader &catalogue,
                        const QList<qint64> &resultIds, QString *error,
                        const std::function<bool(qsizetype read)> &read)
{
    // Each read that can fail is checked: a failure is the catalogue's message, not "no result".
    const auto readFailed = [&] {
        if (catalogue.lastError().isEmpty()) {
            return false;
        }
        *error = catalogue.lastError();
        return true;
    };
    QHash<qint64, eb::catalogue::SourceRecord> sources;
    const QList<eb::catalogue::SourceRecord> sourceList = catalogue.sources();
    if (readFailed()) {
        return std::nullopt;
    }
    for (const eb::catalogue::SourceRecord &source : sourceList) {
        sources.insert(source.id, source);
    }
    QHash<qint64, eb::catalogue::StudyDetail> studies;
    QList<PoolInput> inputs;
    for (qint64 id : resultIds) {
        const auto result = catalogue.result(id);
        if (!result && readFailed()) {
            return std::nullopt;
        }
        if (!result) {
            *error = QCoreApplication::translate("eb::review::PoolInputs",
                                                 "no result with id %1 in the catalogue")
                         .arg(id);
            return std::nullopt;
        }
        if (!studies.contains(result->studyId)) {
            auto study = catalogue.study(result->studyId);
            if (readFailed()) {
                return std::nullopt;
            }
            if (study) {
                studies.insert(result->studyId, *study);
            }
        }
        const eb::catalogue::StudyDetail study = studies.value(result->studyId);
        PoolInput in;
        in.result = *result;
        in.species = study.species;
        in.design = study.design;
        in.condition = study.condition;
        in.severity = study.severity;
        // The trials the synthesis pooled for this outcome: links naming it, and links naming
        // no outcome (the source does not tell its outcomes apart).
        for (const eb::catalogue::SynthesisInclusionRecord &link : study.inclusions) {
            if (link.synthesis.id == study.id &&
                (!link.outcomeId || *link.outcomeId == result->outcomeId) &&
                !in.componentStudyIds.contains(link.trial.id)) {
                in.componentStudyIds << link.trial.id;
                in.componentNames << eb::catalogue::vocabulary::markUserRecord(link.trial.name,
                                                                               link.userRecord);
            }
        }
        const eb::catalogue::SourceRecord source = sources.value(result->sourceId);
        in.sourceKind = source.kind;
        in.sourceYear = source.year;
        in.sourceVersionIds = versionChain(sources, result->sourceId);
        inputs << in;
        if (read && !read(inputs.size())) {
            return std::nullopt;
        }
    }
    return inputs;
}

QList<qint64> pooledResultIds(const eb::evidence::ForestSpec &spec)
{
    QList<qint64> ids;
    for (const eb::evidence::ForestRow &row : spec.rows) {
        const auto finite = [](const std::optional<double> &v) {
            return v && std::isfinite(*v);
        };
        if (row.resultId && finite(row.estimate) && finite(row.ciLow) && finite(row.ciHigh) &&
            !ids.contains(*row.resultId)) {
            ids << *row.resultId;
        }
    }
    return ids;
}

QStringList forestPoolRefusals(const eb::catalogue::CatalogueReader &catalogue,
                               const eb::evidence::ForestSpec &spec)
{
    QString error;
    const auto inputs = poolInputsFromCatalogue(catalogue, pooledResultIds(spec), &error);
    if (!inputs) {
        return {error};
    }
    QStringList reasons;
    for (const PoolIssue &issue : checkPool(*inputs).refusals) {
        reasons << issue.message;
    }
    return reasons;
}

} // namespace eb::review
