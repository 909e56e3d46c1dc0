#include "gui/features/review/claimsauditview.h"

#include "catalogue/catalogue.h"
#include "gui/features/review/resultdialog.h"
#include "queries/reviewdata.h"

#include <QBrush>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace eb::gui::review {
namespace {

QString verdictLabel(const QString &key)
{
    if (key == QLatin1String("not_verified"))
        return QObject::tr("not verified");
    return key;
}

QColor verdictColour(const QString &key)
{
    if (key == QLatin1String("consistent"))
        return QColor(0xd8, 0xec, 0xf6); // pale blue
    if (key == QLatin1String("discrepant"))
        return QColor(0xf6, 0xd5, 0xc0); // pale vermillion
    if (key == QLatin1String("overstated") || key == QLatin1String("unsupported"))
        return QColor(0xfb, 0xe8, 0xb8); // pale orange
    return QColor(0xee, 0xee, 0xee);
}

} // namespace

ClaimsAuditModel::ClaimsAuditModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClaimsAuditModel::setRows(const QList<eb::review::ClaimAuditRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ClaimsAuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ClaimsAuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimsAuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const eb::review::ClaimAuditRow &row = m_rows.at(index.row());
    if (role == Qt::BackgroundRole && index.column() == VerdictColumn)
        return QBrush(verdictColour(row.claim.verdict));
    if (role == Qt::ForegroundRole && index.column() == VerdictColumn)
        return QBrush(Qt::black);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ClaimColumn:
        return row.claim.text;
    case VerdictColumn:
        return verdictLabel(row.claim.verdict);
    case TopicColumn:
        return row.claim.topic;
    case SourcesColumn:
        return row.sourceReports;
    case ComputedColumn:
        return row.computed.isEmpty() ? QString() : QObject::tr("%1 (derived)").arg(row.computed);
    case WorkingColumn:
        return row.working.join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant ClaimsAuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClaimColumn:
        return QObject::tr("The article says");
    case VerdictColumn:
        return QObject::tr("Verdict");
    case TopicColumn:
        return QObject::tr("Topic");
    case SourcesColumn:
        return QObject::tr("The primary sources report");
    case ComputedColumn:
        return QObject::tr("This program computes");
    case WorkingColumn:
        return QObject::tr("Working");
    default:
        return {};
    }
}

ClaimsAuditView::ClaimsAuditView(catalogue::Catalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_input(eb::review::claimsAuditInput(catalogue)),
      m_model(new ClaimsAuditModel(this)), m_table(new QTableView(this)),
      m_counts(new QLabel(this)), m_verdict(new QComboBox(this)), m_topic(new QComboBox(this)),
      m_records(new QTextBrowser(this))
{
    setWindowTitle(tr("Claims Audit"));
    m_verdict->addItem(tr("All verdicts"), QString());
    for (const QString &v : eb::review::claimVerdicts())
        m_verdict->addItem(verdictLabel(v), v);
    m_topic->addItem(tr("All topics"), QString());
    for (const char *t : {"general", "mechanism", "stroke", "tbi", "dosing"})
        m_topic->addItem(QString::fromLatin1(t), QString::fromLatin1(t));
    m_counts->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The verdict is never clipped: its column takes the width of its longest text.
    header->setSectionResizeMode(ClaimsAuditModel::VerdictColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ClaimsAuditModel::TopicColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_records->setOpenLinks(false);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_verdict);
    controls->addWidget(m_topic);
    controls->addWidget(m_counts, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_records);
    splitter->setSizes({560, 200});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);

    connect(m_verdict, &QComboBox::currentIndexChanged, this, &ClaimsAuditView::rebuild);
    connect(m_topic, &QComboBox::currentIndexChanged, this, &ClaimsAuditView::rebuild);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClaimsAuditView::showRecords);
    connect(m_records, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString s = url.toString();
        if (!s.startsWith(QLatin1String("eb-result:")))
            return;
        if (const auto r = m_catalogue.result(s.mid(10).toLongLong()))
            (new ResultDialog(*r, {}, this))->show();
    });
    rebuild();
    resize(1300, 820);
}

void ClaimsAuditView::rebuild()
{
    const eb::review::ClaimsAudit audit = eb::review::claimsAudit(
        m_input, m_verdict->currentData().toString(), m_topic->currentData().toString());
    m_model->setRows(audit.rows);
    QStringList counts;
    int total = 0;
    for (const QString &v : eb::review::claimVerdicts()) {
        counts << tr("%1 %2").arg(verdictLabel(v)).arg(audit.verdictCounts.value(v));
        total += audit.verdictCounts.value(v);
    }
    m_counts->setText(tr("%1 of %2 claims shown · %3")
                          .arg(audit.rows.size())
                          .arg(total)
                          .arg(counts.join(QStringLiteral(" · "))));
    m_table->setColumnWidth(ClaimsAuditModel::ClaimColumn, 360);
    m_table->setColumnWidth(ClaimsAuditModel::SourcesColumn, 300);
    m_table->setColumnWidth(ClaimsAuditModel::ComputedColumn, 160);
    m_table->resizeRowsToContents();
    m_records->clear();
}

void ClaimsAuditView::selectClaim(const QString &slug)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->rows().at(r).claim.slug == slug) {
            m_table->selectRow(r);
            m_table->scrollTo(m_model->index(r, 0));
            return;
        }
    }
}

void ClaimsAuditView::showRecords()
{
    const int r = m_table->currentIndex().row();
    if (r < 0 || r >= m_model->rows().size())
        return;
    const eb::review::ClaimAuditRow &row = m_model->rows().at(r);
    QString html =
        QStringLiteral("<p><b>%1</b> %2</p>")
            .arg(tr("Verdict note:").toHtmlEscaped(), row.claim.verdictNote.toHtmlEscaped());
    const auto link = [](const QString &entity, qint64 id, const QString &label,
                         const QString &detail) {
        const QString text =
            (label + (detail.isEmpty() ? QString() : QStringLiteral(" — ") + detail))
                .toHtmlEscaped();
        return entity == QLatin1String("result")
                   ? QStringLiteral("<a href='eb-result:%1'>%2</a>").arg(id).arg(text)
                   : text;
    };
    for (const catalogue::DiscrepancyRecord &d : row.discrepancies) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(d.subject.toHtmlEscaped());
        for (const catalogue::DiscrepancyLinkRecord &l : row.links) {
            if (l.discrepancyId == d.id)
                html +=
                    QStringLiteral("<li>%1: %2</li>")
                        .arg(l.side.toHtmlEscaped(), link(l.entity, l.entityId, l.label, l.detail));
        }
        html += QStringLiteral("</ul>");
    }
    if (!row.claimLinks.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Beside this claim").toHtmlEscaped());
        for (const catalogue::ClaimLinkRecord &l : row.claimLinks)
            html += QStringLiteral("<li>%1: %2</li>")
                        .arg(l.role.toHtmlEscaped(),
                             link(QStringLiteral("result"), l.resultId, l.note, {}));
        html += QStringLiteral("</ul>");
    }
    m_records->setHtml(html);
}

} // namespace eb::gui::review
