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
#include <algorithm>
#include <cmath>

namespace eb::review {
namespace {

using namespace eb::catalogue;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::review::OutcomeMatrix", text);
}

const QStringList kDomainOrder{QStringLiteral("motor"),        QStringLiteral("neurological"),
                               QStringLiteral("cognitive"),    QStringLiteral("language"),
                               QStringLiteral("functional"),   QStringLiteral("global"),
                               QStringLiteral("histological"), QStringLiteral("safety"),
                               QStringLiteral("mortality"),    QStringLiteral("retention")};

const QStringList kDesignOrder{QStringLiteral("rct"),
                               QStringLiteral("pilot_rct"),
                               QStringLiteral("open_label_controlled"),
                               QStringLiteral("unidentified"),
                               QStringLiteral("preclinical_rct"),
                               QStringLiteral("ipd_meta_analysis"),
                               QStringLiteral("meta_analysis"),
                               QStringLiteral("systematic_review")};

bool isSynthesisDesign(const QString &design)
{
    return design == QLatin1String("meta_analysis") ||
           design == QLatin1String("ipd_meta_analysis") ||
           design == QLatin1String("systematic_review");
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
    if (r.origin == QLatin1String("reported"))
        score += 4;
    if (r.estimate && r.metric != eb::stats::Metric::None)
        score += 2;
    if (r.sourceSlug != QLatin1String("article"))
        score += 1;
    return score;
}

std::optional<eb::stats::Scale> targetScale(MatrixMetric metric)
{
    switch (metric) {
    case MatrixMetric::Mw:
        return eb::stats::Scale::MannWhitney;
    case MatrixMetric::D:
        return eb::stats::Scale::CohensD;
    case MatrixMetric::Or:
        return eb::stats::Scale::OddsRatio;
    case MatrixMetric::Native:
        break;
    }
    return std::nullopt;
}

MatrixCell makeCell(const ResultRecord &r, int column, MatrixMetric metric)
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
            d && std::isfinite(d->estimate))
            cell.magnitudeD = std::abs(d->estimate);
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

std::optional<MatrixMetric> matrixMetricFromKey(const QString &key)
{
    if (key == QLatin1String("native"))
        return MatrixMetric::Native;
    if (key == QLatin1String("mw"))
        return MatrixMetric::Mw;
    if (key == QLatin1String("d"))
        return MatrixMetric::D;
    if (key == QLatin1String("or"))
        return MatrixMetric::Or;
    return std::nullopt;
}

QString matrixMetricKey(MatrixMetric metric)
{
    switch (metric) {
    case MatrixMetric::Native:
        return QStringLiteral("native");
    case MatrixMetric::Mw:
        return QStringLiteral("mw");
    case MatrixMetric::D:
        return QStringLiteral("d");
    case MatrixMetric::Or:
        return QStringLiteral("or");
    }
    return {};
}

const MatrixCell *MatrixRow::cell(int column) const
{
    for (const MatrixCell &c : cells) {
        if (c.column == column)
            return &c;
    }
    return nullptr;
}

OutcomeMatrix buildOutcomeMatrix(const QList<StudySummary> &studies,
                                 const QList<ResultRecord> &results, MatrixMetric metric)
{
    OutcomeMatrix matrix;
    matrix.metric = metric;
    // Columns: outcome × timepoint.
    for (const ResultRecord &r : results) {
        const QString t = timepointOf(r);
        const bool known =
            std::any_of(matrix.columns.cbegin(), matrix.columns.cend(), [&](const MatrixColumn &c) {
                return c.outcomeId == r.outcomeId && c.timepoint == t;
            });
        if (!known) {
            matrix.columns << MatrixColumn{r.outcomeId,
                                           r.outcomeSlug,
                                           r.outcomeAbbreviation.isEmpty() ? r.outcomeName
                                                                           : r.outcomeAbbreviation,
                                           r.outcomeDomain,
                                           r.outcomeIsEnsemble,
                                           t,
                                           r.timepointDays};
        }
    }
    const auto domainRank = [](const QString &d) {
        const qsizetype i = kDomainOrder.indexOf(d);
        return i < 0 ? kDomainOrder.size() : i;
    };
    std::stable_sort(matrix.columns.begin(), matrix.columns.end(),
                     [&](const MatrixColumn &a, const MatrixColumn &b) {
                         if (domainRank(a.domain) != domainRank(b.domain))
                             return domainRank(a.domain) < domainRank(b.domain);
                         if (a.outcomeName != b.outcomeName)
                             return a.outcomeName.localeAwareCompare(b.outcomeName) < 0;
                         // Stated days first, in order; then the others by text.
                         if (a.timepointDays.has_value() != b.timepointDays.has_value())
                             return a.timepointDays.has_value();
                         if (a.timepointDays != b.timepointDays)
                             return a.timepointDays < b.timepointDays;
                         return a.timepoint < b.timepoint;
                     });
    // Rows: studies with at least one result.
    QList<StudySummary> sorted = studies;
    const auto designRank = [](const QString &d) {
        const qsizetype i = kDesignOrder.indexOf(d);
        return i < 0 ? kDesignOrder.size() : i;
    };
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&](const StudySummary &a, const StudySummary &b) {
                         if (a.condition != b.condition)
                             return a.condition < b.condition;
                         if (designRank(a.design) != designRank(b.design))
                             return designRank(a.design) < designRank(b.design);
                         return a.year.value_or(0) < b.year.value_or(0);
                     });
    for (const StudySummary &s : sorted) {
        MatrixRow row{
            s.id, s.slug, s.name, s.condition, s.design, s.species, isSynthesisDesign(s.design),
            {}};
        for (int column = 0; column < matrix.columns.size(); ++column) {
            const MatrixColumn &c = matrix.columns.at(column);
            QList<const ResultRecord *> here;
            for (const ResultRecord &r : results) {
                if (r.studyId == s.id && r.outcomeId == c.outcomeId &&
                    timepointOf(r) == c.timepoint)
                    here << &r;
            }
            if (here.isEmpty())
                continue;
            std::stable_sort(here.begin(), here.end(),
                             [](const ResultRecord *a, const ResultRecord *b) {
                                 return preference(*a) > preference(*b);
                             });
            MatrixCell cell = makeCell(*here.first(), column, metric);
            cell.otherRecords = static_cast<int>(here.size()) - 1;
            row.cells << cell;
        }
        if (!row.cells.isEmpty())
            matrix.rows << row;
    }
    return matrix;
}

QList<GapCell> evidenceGaps(const QList<StudySummary> &studies, const QList<ResultRecord> &results)
{
    QHash<qint64, StudySummary> byId;
    for (const StudySummary &s : studies)
        byId.insert(s.id, s);
    // outcome slug + condition -> study id -> largest N
    QMap<QPair<QString, QString>, QMap<qint64, std::optional<int>>> cells;
    QHash<QString, ResultRecord> outcomes;
    for (const ResultRecord &r : results) {
        const StudySummary s = byId.value(r.studyId);
        auto &perStudy = cells[{r.outcomeSlug, s.condition}];
        std::optional<int> n = r.n ? r.n : (s.nAnalysed ? s.nAnalysed : s.nEnrolled);
        auto it = perStudy.find(r.studyId);
        if (it == perStudy.end())
            perStudy.insert(r.studyId, n);
        else if (n && (!*it || *n > **it))
            *it = n;
        outcomes.insert(r.outcomeSlug, r);
    }
    QList<GapCell> out;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        const ResultRecord &o = outcomes.value(it.key().first);
        GapCell g;
        g.outcomeSlug = o.outcomeSlug;
        g.outcomeName = o.outcomeAbbreviation.isEmpty() ? o.outcomeName : o.outcomeAbbreviation;
        g.domain = o.outcomeDomain;
        g.condition = it.key().second;
        for (auto study = it->cbegin(); study != it->cend(); ++study) {
            if (isSynthesisDesign(byId.value(study.key()).design)) {
                ++g.syntheses;
                continue;
            }
            ++g.studies;
            if (*study)
                g.participants += **study;
            else
                ++g.studiesWithoutN;
        }
        out << g;
    }
    return out;
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
