#include "review/poolsubgroups.h"

#include <QCoreApplication>
#include <vector>

namespace eb::review {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::review::ResultPool", text);
}

std::optional<QString> textOf(const eb::catalogue::StudySummary &s, const QString &column)
{
    if (column == QLatin1String("sponsorship")) {
        return s.sponsorship;
    }
    if (column == QLatin1String("condition")) {
        return s.condition;
    }
    if (column == QLatin1String("design")) {
        return s.design;
    }
    if (column == QLatin1String("blinding")) {
        return s.blinding;
    }
    if (column == QLatin1String("severity")) {
        return s.severity;
    }
    return std::nullopt;
}

std::optional<double> numberOf(const eb::catalogue::StudySummary &s, const QString &column)
{
    if (column == QLatin1String("year") && s.year) {
        return *s.year;
    }
    if (column == QLatin1String("n")) {
        if (s.nEnrolled) {
            return *s.nEnrolled;
        }
        if (s.nAnalysed) {
            return *s.nAnalysed;
        }
    }
    return std::nullopt;
}

// An engine message through the translator, as the command line shows it.
QString engineMessage(const eb::stats::Error &error)
{
    return QCoreApplication::translate("eb::stats", error.message.c_str());
}

eb::stats::PoolOptions optionsOf(const ResultPool &pool)
{
    eb::stats::PoolOptions options;
    options.method = pool.engine.method;
    options.knappHartung = pool.engine.knappHartung;
    return options;
}

} // namespace

QStringList poolSubgroupColumns()
{
    return {QStringLiteral("sponsorship"), QStringLiteral("condition"), QStringLiteral("design"),
            QStringLiteral("blinding"), QStringLiteral("severity")};
}

QStringList poolModeratorColumns()
{
    return {QStringLiteral("year"), QStringLiteral("n")};
}

std::optional<PoolSubgroups>
poolSubgroups(const ResultPool &pool, const QList<PoolInput> &inputs,
              const QHash<qint64, eb::catalogue::StudySummary> &studies, const QString &column,
              QString *error)
{
    if (!poolSubgroupColumns().contains(column)) {
        *error = tr("no study column '%1' to split by (one of %2)")
                     .arg(column.left(40), poolSubgroupColumns().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    std::vector<double> yi;
    std::vector<double> vi;
    std::vector<std::string> labels;
    for (const PooledRow &row : pool.rows) {
        yi.push_back(row.yi);
        vi.push_back(row.vi);
        const auto study = studies.constFind(row.result.studyId);
        QString value =
            study != studies.constEnd() ? textOf(*study, column).value_or(QString()) : QString();
        labels.push_back((value.isEmpty() ? tr("not reported") : value).toStdString());
    }
    auto result = eb::stats::subgroupAnalysis(yi, vi, labels, optionsOf(pool));
    if (!result) {
        *error = tr("subgroups by %1: %2").arg(column, engineMessage(result.error()));
        return std::nullopt;
    }
    PoolSubgroups out{column, *result, {}};
    // The gate inside each group: the group's inputs, matched to the rows by result id.
    for (const auto &group : out.result.groups) {
        QList<PoolInput> members;
        for (const std::size_t i : group.studies) {
            const qint64 id = pool.rows.at(static_cast<qsizetype>(i)).result.id;
            for (const PoolInput &in : inputs) {
                if (in.result.id == id) {
                    members << in;
                }
            }
        }
        PoolCheck check = checkPool(members);
        // A group of one trial is pooled as itself (metafor: a single-study subgroup).
        check.refusals.removeIf(
            [](const PoolIssue &issue) { return issue.kind == PoolIssueKind::TooFew; });
        if (!check.canPool()) {
            *error = tr("subgroup %1 is refused by the pooling checks: %2")
                         .arg(QString::fromStdString(group.label), check.refusals.first().message);
            return std::nullopt;
        }
        out.checks << check;
    }
    return out;
}

std::optional<eb::stats::MetaRegressionResult>
poolMetaRegression(const ResultPool &pool,
                   const QHash<qint64, eb::catalogue::StudySummary> &studies,
                   const QStringList &columns, QString *error)
{
    eb::stats::DesignMatrix mods;
    for (const QString &column : columns) {
        if (!poolModeratorColumns().contains(column)) {
            *error = tr("no numeric study column '%1' to regress on (one of %2)")
                         .arg(column.left(40), poolModeratorColumns().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        std::vector<double> values;
        for (const PooledRow &row : pool.rows) {
            const auto study = studies.constFind(row.result.studyId);
            const auto value =
                study != studies.constEnd() ? numberOf(*study, column) : std::nullopt;
            if (!value) {
                *error = tr("%1: %2 is not reported").arg(describeResult(row.result), column);
                return std::nullopt;
            }
            values.push_back(*value);
        }
        mods.names.push_back(column.toStdString());
        mods.columns.push_back(values);
    }
    if (mods.columns.empty()) {
        *error = tr("name one or more numeric study columns (%1)")
                     .arg(poolModeratorColumns().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    std::vector<double> yi;
    std::vector<double> vi;
    for (const PooledRow &row : pool.rows) {
        yi.push_back(row.yi);
        vi.push_back(row.vi);
    }
    auto result = eb::stats::metaRegression(yi, vi, mods, optionsOf(pool));
    if (!result) {
        *error = tr("meta-regression: %1").arg(engineMessage(result.error()));
        return std::nullopt;
    }
    return *result;
}

} // namespace eb::review
