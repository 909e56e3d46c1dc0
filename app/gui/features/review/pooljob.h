#pragma once

// The Pool window's pooling as the window's job runner runs it (gui/shell/jobrunner.h): reading
// the ticked results and their studies, the pooling checks (a comparison of every pair, so
// quadratic in the ticks) and the fit, on a thread of its own with a catalogue connection of
// its own. No widgets here; PoolDialog shows what it returns. Pooling writes nothing, so a
// cancel only means the window keeps what it showed before.

#include "model/jobcontrol.h"
#include "model/records.h"
#include "review/resultpool.h"

#include <QList>
#include <QString>
#include <optional>

namespace eb::catalogue {
class CatalogueReader;
}

namespace eb::gui::review {

struct PoolRequest
{
    QList<qint64> ids;     // the ticked results, in the list's order
    QList<qint64> flipped; // of those, the ones pooled with their direction flipped
    eb::review::PoolSettings settings;
};

struct PoolOutcome
{
    std::optional<QList<eb::review::PoolInput>> inputs; // nothing: an id was not read (error)
    eb::review::PoolCheck check;
    std::optional<eb::review::ResultPool> pooled;
    QString error;
    QList<catalogue::StudySummary> studies; // of the results pooled: the sensitivity panel's
    bool cancelled = false;
};

// What the window shows after "Check and pool", read through `catalogue` (the window's own on
// the GUI thread, or one opened by path on the job's thread).
PoolOutcome poolOutcome(const catalogue::CatalogueReader &catalogue, const PoolRequest &request,
                        const JobControl *job = nullptr);

// The same on a connection of its own, opened read-only by path: the job's work.
PoolOutcome poolOutcomeAt(const QString &cataloguePath, const PoolRequest &request,
                          const JobControl &job);

} // namespace eb::gui::review
