#include "evidence/outcomematrix.h"

#include "evidence/format.h"
#include "evidence/resultline.h"
#include "evidence/studycompare.h"
#include "model/vocabulary.h"
#include "stats/conversions.h"
#include "stats/metric.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace eb::review {
namespace {

using namespace eb::catalogue;
using vocabulary::isSynthesisDesign;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::review::OutcomeMatrix", text);
}

QString timepointOf(const ResultRecord &r)
{
    return r.timepoint.isEmpty() ? tr("not stated") : r.timepoint;
}

// A publication's record before the article's, a reported one before a derived one, one with
// an estimate before one without.
int preference(const ResultRecord &r)
{
    int score = 0;
    if (r.origin == QLatin1String("reported")) {
        score += 4;
    }
    if (r.estimate && r.metric != eb::stats::Metric::None) {
        score += 2;
    }
    if (r.sourceSlug != QLatin1String("article")) {
        score += 1;
    }
    return score;
}

std::optional<eb::stats::Scale> targetScale(DisplayMetric metric)
{
    switch (metric) {
    case DisplayMetric::Mw:
        return eb::stats::Scale::MannWhitney;
    case DisplayMetric::D:
        return eb::stats::Scale::CohensD;
    case DisplayMetric::Or:
        return eb::stats::Scale::OddsRatio;
    case DisplayMetric::Native:
        break;
    }
    return std::nullopt;
}

MatrixCell makeCell(const ResultRecord &r, int column, DisplayMetric metric)
{
    MatrixCell cell;
    cell.column = column;
    cell.result = r;
    cell.metric = metricKeyOf(r);
    if (!r.estimate || r.metric == eb::stats::Metric::None ||
        r.origin != QLatin1String("reported")) {
        cell.state = CellState::MeasuredNotReported;
        return cell;
    }
    cell.estimate = r.estimate;
    cell.ciLow = r.ciLow;
    cell.ciHigh = r.ciHigh;
    const std::optional<eb::stats::Metric> m = r.metric;
    const auto report =
        m ? eb::stats::equivalentsForResult(*m, *r.estimate, r.ciLow, r.ciHigh)
          : eb::stats::Result<eb::stats::ConversionReport>(eb::stats::makeError("metric", "none"));
    if (report.ok()) {
        if (const auto *d = report->find(eb::stats::Scale::CohensD);
            d && std::isfinite(d->estimate)) {
            cell.magnitudeD = std::abs(d->estimate);
        }
    }
    if (const auto scale = targetScale(metric)) {
        const eb::stats::ConvertedValue *v = report.ok() ? report->find(*scale) : nullptr;
        if (v == nullptr || v->outOfRange) {
            cell.convertible = false;
        } else if (v->derived) {
            cell.derived = true;
            cell.formula = QString::fromStdString(v->formula);
            cell.metric = QString::fromLatin1(eb::stats::scaleKey(*scale).data());
            cell.estimate = v->estimate;
            cell.ciLow = v->ciLow;
            cell.ciHigh = v->ciHigh;
        }
    }
    // Direction on the record's own metric, against its no-effect value.
    const auto null = m ? eb::stats::noEffectValue(*m) : std::nullopt;
    if (null && r.estimate && *r.estimate != *null) {
        const bool above = *r.estimate > *null;
        const bool treatmentAbove = r.higherFavours != QLatin1String("control");
        cell.direction = above == treatmentAbove ? 1 : -1;
        cell.ciExcludesNull = r.ciLow && r.ciHigh && (*r.ciLow > *null || *r.ciHigh < *null);
    }
    return cell;
}

} // namespace

const MatrixCell *MatrixRow::cell(int column) const
{
    for (const MatrixCell &c : cells) {
        if (c.column == column) {
            return &c;
        }
    }
    return nullptr;
}

QList<MatrixColumn> matrixColumns(const QList<ResultRecord> &results)
{
    QList<MatrixColumn> columns;
    QSet<QPair<qint64, QString>> seen;
    for (const ResultRecord &r : results) {
        const QString t = timepointOf(r);
        if (seen.contains({r.outcomeId, t})) {
            continue;
        }
        seen.insert({r.outcomeId, t});
        columns << MatrixColumn{r.outcomeId,     r.outcomeSlug,       r.outcomeShortName(),
                                r.outcomeDomain, r.outcomeIsEnsemble, t,
                                r.timepointDays};
    }
    // Domains in the vocabulary's order; an unknown key last.
    const QStringList domainOrder = vocabulary::keys(vocabulary::List::Domain);
    const auto domainRank = [&](const QString &d) {
        const qsizetype i = domainOrder.indexOf(d);
        return i < 0 ? domainOrder.size() : i;
    };
    std::stable_sort(columns.begin(), columns.end(),
                     [&](const MatrixColumn &a, const MatrixColumn &b) {
                         if (domainRank(a.domain) != domainRank(b.domain)) {
                             return domainRank(a.domain) < domainRank(b.domain);
                         }
                         if (a.outcomeName != b.outcomeName) {
                             return a.outcomeName.localeAwareCompare(b.outcomeName) < 0;
                         }
                         // Stated days first, in order; then the others by text.
                         if (a.timepointDays.has_value() != b.timepointDays.has_value()) {
                             return a.timepointDays.has_value();
                         }
                         if (a.timepointDays != b.timepointDays) {
                             return a.timepointDays < b.timepointDays;
                         }
                         return a.timepoint < b.timepoint;
                     });
    return columns;
}

QStringList matrixDesignOrder()
{
    return vocabulary::keys(vocabulary::List::Design);
}

void sortMatrixStudies(QList<StudySummary> &studies)
{
    const QStringList designOrder = matrixDesignOrder();
    const auto designRank = [&](const QString &d) {
        const qsizetype i = designOrder.indexOf(d);
        return i < 0 ? designOrder.size() : i;
    };
    std::stable_sort(studies.begin(), studies.end(),
                     [&](const StudySummary &a, const StudySummary &b) {
                         if (a.condition != b.condition) {
                             return a.condition < b.condition;
                         }
                         if (designRank(a.design) != designRank(b.design)) {
                             return designRank(a.design) < designRank(b.design);
                         }
                         return a.year.value_or(0) < b.year.value_or(0);
                     });
}

QList<MatrixRow> matrixRows(const QList<StudySummary> &studies, const QList<ResultRecord> &results,
                            const QList<MatrixColumn> &columns, DisplayMetric metric)
{
    // Each result to its cell, in one pass: (study, column) -> its records in list order.
    QHash<QPair<qint64, QString>, int> columnOf;
    for (int c = 0; c < columns.size(); ++c) {
        columnOf.insert({columns.at(c).outcomeId, columns.at(c).timepoint}, c);
    }
    QHash<qint64, QMap<int, QList<const ResultRecord *>>> cellsOf;
    for (const ResultRecord &r : results) {
        const auto column = columnOf.constFind({r.outcomeId, timepointOf(r)});
        if (column != columnOf.constEnd()) {
            cellsOf[r.studyId][*column] << &r;
        }
    }
    QList<MatrixRow> rows;
    for (const StudySummary &s : studies) {
        const auto found = cellsOf.constFind(s.id);
        if (found == cellsOf.constEnd()) {
            continue; // rows: studies with at least one result
        }
        MatrixRow row{
            s.id, s.slug, s.name, s.condition, s.design, s.species, isSynthesisDesign(s.design),
            {}};
        for (auto it = found->cbegin(); it != found->cend(); ++it) {
            QList<const ResultRecord *> here = *it;
            std::stable_sort(here.begin(), here.end(),
                             [](const ResultRecord *a, const ResultRecord *b) {
                                 return preference(*a) > preference(*b);
                             });
            MatrixCell cell = makeCell(*here.first(), it.key(), metric);
            cell.otherRecords = static_cast<int>(here.size()) - 1;
            row.cells << cell;
        }
        rows << row;
    }
    return rows;
}

OutcomeMatrix buildOutcomeMatrix(const QList<StudySummary> &studies,
                                 const QList<ResultRecord> &results, DisplayMetric metric)
{
    OutcomeMatrix matrix;
    matrix.metric = metric;
    matrix.columns = matrixColumns(results);
    QList<StudySummary> sorted = studies;
    sortMatrixStudies(sorted);
    matrix.rows = matrixRows(sorted, results, matrix.columns, metric);
    return matrix;
}

void GapTally::add(const QList<StudySummary> &studies, const QList<ResultRecord> &results)
{
    QHash<qint64, const StudySummary *> byId;
    for (const StudySummary &s : studies) {
        byId.insert(s.id, &s);
    }
    const StudySummary unknown;
    // (outcome slug, study id) -> largest N, for this call's studies.
    QMap<QPair<QString, qint64>, std::optional<int>> perStudy;
    for (const ResultRecord &r : results) {
        const StudySummary *found = byId.value(r.studyId, nullptr);
        const StudySummary &s = found != nullptr ? *found : unknown;
        std::optional<int> n = r.n ? r.n : (s.nAnalysed ? s.nAnalysed : s.nEnrolled);
        auto it = perStudy.find({r.outcomeSlug, r.studyId});
        if (it == perStudy.end()) {
            perStudy.insert({r.outcomeSlug, r.studyId}, n);
        } else if (n && (!*it || *n > **it)) {
            *it = n;
        }
        if (!m_outcomes.contains(r.outcomeSlug)) {
            m_outcomes.insert(r.outcomeSlug, {r.outcomeShortName(), r.outcomeDomain});
        }
    }
    for (auto it = perStudy.cbegin(); it != perStudy.cend(); ++it) {
        const StudySummary *found = byId.value(it.key().second, nullptr);
        const StudySummary &s = found != nullptr ? *found : unknown;
        GapCell &g = m_cells[{it.key().first, s.condition}];
        if (isSynthesisDesign(s.design)) {
            ++g.syntheses;
        } else {
            ++g.studies;
            if (*it) {
                g.participants += **it;
            } else {
                ++g.studiesWithoutN;
            }
        }
    }
}

QList<GapCell> GapTally::cells() const
{
    QList<GapCell> out;
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
        GapCell g = *it;
        const auto outcome = m_outcomes.value(it.key().first);
        g.outcomeSlug = it.key().first;
        g.outcomeName = outcome.first;
        g.domain = outcome.second;
        g.condition = it.key().second;
        out << g;
    }
    return out;
}

QList<GapCell> evidenceGaps(const QList<StudySummary> &studies, const QList<ResultRecord> &results)
{
    GapTally tally;
    tally.add(studies, results);
    return tally.cells();
}

eb::evidence::PrintedDecimals matrixCellDecimals(const MatrixCell &c)
{
    // The source's digits for its own numbers; two decimals for this program's conversions.
    return c.derived ? eb::evidence::PrintedDecimals{2, 2, 2}
                     : eb::evidence::printedDecimals(c.result);
}

QString matrixCellNumbers(const MatrixCell &c)
{
    if (c.state != CellState::Effect || !c.estimate) {
        return {};
    }
    const eb::evidence::PrintedDecimals printed = matrixCellDecimals(c);
    const auto metric = eb::catalogue::vocabulary::metricFromKey(c.metric);
    QString text = QStringLiteral("%1 %2").arg(
        metric ? eb::catalogue::vocabulary::metricShort(*metric) : c.metric,
        eb::evidence::formatPrinted(*c.estimate, printed.estimate));
    if (c.ciLow && c.ciHigh) {
        text += QStringLiteral(" (%1 to %2)")
                    .arg(eb::evidence::formatPrinted(*c.ciLow, printed.ciLow),
                         eb::evidence::formatPrinted(*c.ciHigh, printed.ciHigh));
    }
    if (!c.result.population.isEmpty()) {
        text += QStringLiteral(", ") + c.result.population;
    }
    return text;
}

} // namespace eb::review
