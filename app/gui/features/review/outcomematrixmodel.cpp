#include "gui/features/review/outcomematrixmodel.h"

#include "evidence/studycompare.h"
#include "model/vocabulary.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <algorithm>
#include <cmath>

namespace eb::gui::review {
namespace {

QString conditionLabel(const QString &key) // "TBI", "Stroke": short, for a row header
{
    using eb::catalogue::vocabulary::List;
    return eb::catalogue::vocabulary::shortLabel(List::Condition, key);
}

} // namespace

OutcomeMatrixModel::OutcomeMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void OutcomeMatrixModel::setMatrix(eb::review::OutcomeMatrix matrix)
{
    beginResetModel();
    m_source = {};
    clearPages();
    m_matrix = std::move(matrix);
    endResetModel();
}

void OutcomeMatrixModel::setSource(eb::review::DisplayMetric metric,
                                   QList<eb::review::MatrixColumn> columns, MatrixRowSource source)
{
    beginResetModel();
    m_matrix = {};
    m_matrix.metric = metric;
    m_matrix.columns = std::move(columns);
    m_source = std::move(source);
    clearPages();
    appendPage();
    endResetModel();
}

void OutcomeMatrixModel::clearPages()
{
    m_pageFirstRow.clear();
    m_pageAfter.clear();
    m_pages.clear();
    m_pageUse.clear();
    m_rows = 0;
    m_lastStudyId = 0;
    m_atEnd = !m_source;
}

int OutcomeMatrixModel::appendPage()
{
    QList<eb::review::MatrixRow> rows = m_source(m_lastStudyId, kPageRows);
    if (rows.isEmpty()) {
        m_atEnd = true;
        return 0;
    }
    const int page = static_cast<int>(m_pageFirstRow.size());
    m_pageFirstRow << m_rows;
    m_pageAfter << m_lastStudyId;
    m_lastStudyId = rows.last().studyId;
    const int added = static_cast<int>(rows.size());
    m_rows += added;
    cachePage(page, std::move(rows));
    return added;
}

void OutcomeMatrixModel::cachePage(int page, QList<eb::review::MatrixRow> rows) const
{
    m_pageUse.removeAll(page);
    m_pageUse.append(page);
    m_pages.insert(page, std::move(rows));
    while (m_pageUse.size() > kCachedPages) {
        m_pages.remove(m_pageUse.takeFirst());
    }
}

const eb::review::MatrixRow *OutcomeMatrixModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    if (!m_source) {
        return &m_matrix.rows.at(row);
    }
    const auto after = std::upper_bound(m_pageFirstRow.cbegin(), m_pageFirstRow.cend(), row);
    const int page = static_cast<int>(after - m_pageFirstRow.cbegin()) - 1;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        // Scrolled back to a page no longer held: read again from the same cursor.
        cachePage(page, m_source(m_pageAfter.at(page), kPageRows));
        it = m_pages.constFind(page);
    } else if (m_pageUse.last() != page) {
        m_pageUse.removeAll(page);
        m_pageUse.append(page);
    }
    const qsizetype at = row - m_pageFirstRow.at(page);
    return at < it->size() ? &it->at(at) : nullptr;
}

void OutcomeMatrixModel::forEachRow(
    const std::function<void(const eb::review::MatrixRow &)> &visit) const
{
    if (!m_source) {
        for (const eb::review::MatrixRow &row : m_matrix.rows) {
            visit(row);
        }
        return;
    }
    // Page by page from the first, holding one page at a time.
    qint64 after = 0;
    for (;;) {
        const QList<eb::review::MatrixRow> rows = m_source(after, kPageRows);
        if (rows.isEmpty()) {
            return;
        }
        for (const eb::review::MatrixRow &row : rows) {
            visit(row);
        }
        after = rows.last().studyId;
    }
}

bool OutcomeMatrixModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_source && !m_atEnd;
}

void OutcomeMatrixModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    // Inserted rows are announced before they exist: read the page, then tell the view.
    const int first = m_rows;
    QList<eb::review::MatrixRow> rows = m_source(m_lastStudyId, kPageRows);
    if (rows.isEmpty()) {
        m_atEnd = true;
        return;
    }
    const int page = static_cast<int>(m_pageFirstRow.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_pageFirstRow << first;
    m_pageAfter << m_lastStudyId;
    m_lastStudyId = rows.last().studyId;
    m_rows += static_cast<int>(rows.size());
    cachePage(page, std::move(rows));
    endInsertRows();
}

const eb::review::MatrixCell *OutcomeMatrixModel::cellAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() == 0) {
        return nullptr;
    }
    const eb::review::MatrixRow *row = rowAt(index.row());
    return row != nullptr ? row->cell(index.column() - 1) : nullptr;
}

int OutcomeMatrixModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    return m_source ? m_rows : static_cast<int>(m_matrix.rows.size());
}

int OutcomeMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_matrix.columns.size()) + 1;
}

QString OutcomeMatrixModel::cellText(const eb::review::MatrixCell &c)
{
    if (c.state == eb::review::CellState::MeasuredNotReported) {
        return tr("measured, not reported");
    }
    QString text = eb::review::matrixCellNumbers(c);
    if (c.derived) {
        text += QStringLiteral(" *");
    }
    return text;
}

QColor OutcomeMatrixModel::cellColour(const eb::review::MatrixCell &c)
{
    if (c.state == eb::review::CellState::MeasuredNotReported || c.direction == 0) {
        return QColor(0xdd, 0xdd, 0xdd);
    }
    // Okabe-Ito: blue #0072B2 favours Cerebrolysin, vermillion #D55E00 favours control.
    const QColor base = c.direction > 0 ? QColor(0x00, 0x72, 0xB2) : QColor(0xD5, 0x5E, 0x00);
    double strength = 0.35; // size unknown
    if (c.magnitudeD) {
        strength = *c.magnitudeD < 0.2
                       ? 0.25
                       : (*c.magnitudeD < 0.5 ? 0.45 : (*c.magnitudeD < 0.8 ? 0.65 : 0.85));
    }
    if (!c.ciExcludesNull) {
        strength *= 0.4; // the interval crosses no effect (or there is none)
    }
    const auto mix = [strength](int channel) {
        return static_cast<int>(std::lround(255.0 + (channel - 255.0) * strength));
    };
    return QColor(mix(base.red()), mix(base.green()), mix(base.blue()));
}

QString OutcomeMatrixModel::legendHtml()
{
    const auto swatch = [](const QColor &c, const QString &label) {
        return QStringLiteral("<span style='background-color:%1'>&nbsp;&nbsp;&nbsp;&nbsp;</span>"
                              "&nbsp;%2&nbsp;&nbsp;&nbsp;")
            .arg(c.name(), label.toHtmlEscaped());
    };
    eb::review::MatrixCell strongUp;
    strongUp.direction = 1;
    strongUp.ciExcludesNull = true;
    strongUp.magnitudeD = 0.9;
    eb::review::MatrixCell smallUp = strongUp;
    smallUp.magnitudeD = 0.3;
    eb::review::MatrixCell crossing = strongUp;
    crossing.ciExcludesNull = false;
    eb::review::MatrixCell down = strongUp;
    down.direction = -1;
    down.magnitudeD = 0.5;
    eb::review::MatrixCell none;
    none.state = eb::review::CellState::MeasuredNotReported;
    return swatch(cellColour(strongUp), tr("favours Cerebrolysin, large")) +
           swatch(cellColour(smallUp), tr("favours Cerebrolysin, small")) +
           swatch(cellColour(crossing), tr("no CI, or CI crosses no effect")) +
           swatch(cellColour(down), tr("favours control")) +
           swatch(cellColour(none), tr("measured, not reported")) +
           tr("blank: never measured · * converted by this program (derived)");
}

QVariant OutcomeMatrixModel::data(const QModelIndex &index, int role) const
{
    const eb::review::MatrixRow *found = index.isValid() ? rowAt(index.row()) : nullptr;
    if (found == nullptr) {
        return {};
    }
    const eb::review::MatrixRow &row = *found;
    if (index.column() == 0) {
        if (role == Qt::DisplayRole) {
            return row.isSynthesis ? tr("%1 [synthesis]").arg(row.studyName) : row.studyName;
        }
        if (role == Qt::ToolTipRole) {
            return QStringLiteral("%1, %2, %3")
                .arg(row.condition, eb::catalogue::vocabulary::design(row.design), row.species);
        }
        if (role == Qt::FontRole && row.isSynthesis) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    }
    const eb::review::MatrixCell *c = row.cell(index.column() - 1);
    if (role == StateRole) {
        if (c == nullptr) {
            return QString();
        }
        return c->state == eb::review::CellState::Effect ? QStringLiteral("effect")
                                                         : QStringLiteral("measured_not_reported");
    }
    if (c == nullptr) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return cellText(*c);
    case ResultIdRole:
        return c->result.id;
    case Qt::BackgroundRole:
        return QBrush(cellColour(*c));
    case Qt::ForegroundRole: {
        const QColor bg = cellColour(*c);
        return QBrush(bg.lightness() < 120 ? Qt::white : Qt::black);
    }
    case Qt::ToolTipRole: {
        QString tip =
            tr("%1 — %2, %3\nAs reported: %4")
                .arg(row.studyName, m_matrix.columns.at(c->column).outcomeName,
                     m_matrix.columns.at(c->column).timepoint, eb::review::effectText(c->result));
        if (!c->result.population.isEmpty()) {
            tip += QStringLiteral(", ") + c->result.population;
        }
        if (c->derived) {
            tip += tr("\nShown as %1 (derived: %2)").arg(cellText(*c), c->formula);
        }
        if (!c->convertible) {
            tip += tr("\nNo conversion to the common metric: shown native.");
        }
        tip += tr("\nSource: %1 (result #%2)").arg(c->result.sourceShortLabel).arg(c->result.id);
        if (c->otherRecords > 0) {
            tip +=
                tr("\n%n more record(s) of this cell (other sources).", nullptr, c->otherRecords);
        }
        tip += tr("\nClick to open the result with its provenance.");
        return tip;
    }
    default:
        return {};
    }
}

QVariant OutcomeMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        const eb::review::MatrixRow *row = role == Qt::DisplayRole ? rowAt(section) : nullptr;
        if (row != nullptr) {
            return conditionLabel(row->condition);
        }
        return {};
    }
    if (section == 0) {
        return role == Qt::DisplayRole ? QVariant(tr("Study")) : QVariant();
    }
    if (section - 1 >= m_matrix.columns.size()) {
        return {};
    }
    const eb::review::MatrixColumn &c = m_matrix.columns.at(section - 1);
    if (role == Qt::DisplayRole) {
        // Long outcome names wrap onto lines of about 22 characters (headers do not wrap).
        QStringList lines{QString()};
        for (const QString &word : c.outcomeName.split(QLatin1Char(' '))) {
            if (!lines.last().isEmpty() && lines.last().size() + word.size() > 22) {
                lines << QString();
            }
            lines.last() += (lines.last().isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        return QStringLiteral("%1\n%2\n%3")
            .arg(eb::catalogue::vocabulary::domain(c.domain), lines.join(QLatin1Char('\n')),
                 c.timepoint);
    }
    if (role == Qt::ToolTipRole) {
        return tr("%1 (%2)%3, %4")
            .arg(c.outcomeName, eb::catalogue::vocabulary::domain(c.domain),
                 c.ensemble ? tr(", an ensemble of scales") : QString(), c.timepoint);
    }
    return {};
}

EvidenceGapModel::EvidenceGapModel(QObject *parent) : QAbstractTableModel(parent) {}

void EvidenceGapModel::setGaps(const QList<eb::review::GapCell> &gaps)
{
    beginResetModel();
    m_gaps = gaps;
    m_conditions.clear();
    m_outcomes.clear();
    for (const eb::review::GapCell &g : gaps) {
        if (!m_conditions.contains(g.condition)) {
            m_conditions << g.condition;
        }
        const QPair<QString, QString> o{g.outcomeSlug,
                                        QStringLiteral("%1 (%2)").arg(g.outcomeName, g.domain)};
        if (!m_outcomes.contains(o)) {
            m_outcomes << o;
        }
    }
    m_conditions.sort();
    endResetModel();
}

int EvidenceGapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_outcomes.size());
}

int EvidenceGapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_conditions.size());
}

QVariant EvidenceGapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_outcomes.size() ||
        index.column() >= m_conditions.size()) {
        return {};
    }
    const QString slug = m_outcomes.at(index.row()).first;
    const QString condition = m_conditions.at(index.column());
    for (const eb::review::GapCell &g : m_gaps) {
        if (g.outcomeSlug != slug || g.condition != condition) {
            continue;
        }
        if (role == Qt::DisplayRole) {
            QString text = tr("%n trial(s)", nullptr, g.studies);
            if (g.studies > 0) {
                text += tr(", %1 participants").arg(g.participants) +
                        (g.studiesWithoutN ? tr(" (+%1 of unknown N)").arg(g.studiesWithoutN)
                                           : QString());
            }
            if (g.syntheses > 0) {
                text += tr("; %n synthesis(es)", nullptr, g.syntheses);
            }
            return text;
        }
        if (role == Qt::BackgroundRole) {
            const int shade = std::min(4, g.studies + g.syntheses);
            return QBrush(QColor::fromHsl(200, 120, 245 - 25 * shade));
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        return tr("gap: no study");
    }
    if (role == Qt::BackgroundRole) {
        return QBrush(QColor(0xfa, 0xfa, 0xfa));
    }
    return {};
}

QVariant EvidenceGapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        return section < m_conditions.size() ? conditionLabel(m_conditions.at(section))
                                             : QVariant();
    }
    return section < m_outcomes.size() ? m_outcomes.at(section).second : QVariant();
}

} // namespace eb::gui::review
