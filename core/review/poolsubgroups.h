#pragma once

// Subgroups and meta-regression of a pool of catalogue results, on the study columns the
// catalogue holds: what the Pool window's panel and `evidence pool --results IDS --subgroup
// COLUMN | --mods COLUMN[,COLUMN]` both compute, so that their numbers are the same. Each
// subgroup is pooled on its own (its own tau^2) on the pool's scale and model, with the test
// for subgroup differences (stats/subgroups.h); the pooling gate (checkPool) runs inside each
// subgroup too, and its warnings are kept with the subgroup. Meta-regression regresses the
// pooled rows on numeric study columns (stats/metaregression.h).

#include "evidence/poolchecks.h"
#include "model/records.h"
#include "review/resultpool.h"
#include "stats/metaregression.h"
#include "stats/subgroups.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace eb::review {

// The study columns a pool splits by: sponsorship, condition, design, blinding, severity.
QStringList poolSubgroupColumns();
// The numeric study columns it regresses on: year, n (enrolled, else analysed).
QStringList poolModeratorColumns();

struct PoolSubgroups
{
    QString column;
    eb::stats::SubgroupResult result; // group labels: the column's stored values, "not reported"
    QList<PoolCheck> checks;          // the gate inside each group, in the order of the groups
};

// `studies` by id (catalogue.studies()); `inputs` are the pool's inputs (as poolResults took
// them). Nothing with *error (one line) for an unknown column, fewer than two groups, a refusal
// of the gate inside a group (a group of one trial is pooled as itself), or the engine's refusal.
std::optional<PoolSubgroups>
poolSubgroups(const ResultPool &pool, const QList<PoolInput> &inputs,
              const QHash<qint64, eb::catalogue::StudySummary> &studies, const QString &column,
              QString *error);

// Nothing with *error for an unknown column, a study without the value (named), or the
// engine's refusal.
std::optional<eb::stats::MetaRegressionResult>
poolMetaRegression(const ResultPool &pool,
                   const QHash<qint64, eb::catalogue::StudySummary> &studies,
                   const QStringList &columns, QString *error);

} // namespace eb::review
