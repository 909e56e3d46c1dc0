#include "gui/features/review/compareview.h"

#include "catalogue/catalogue.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace eb::gui::review {

CompareView::CompareView(catalogue::Catalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_list(new QListWidget(this)),
      m_table(new QTableWidget(this)),
      m_differencesOnly(new QCheckBox(tr("Differences only"), this))
{
    setWindowTitle(tr("Compare Studies"));
    for (const catalogue::StudySummary &s : m_catalogue.studies()) {
        auto *item = new QListWidgetItem(s.name, m_list);
        item->setData(Qt::UserRole, s.slug);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_list->sortItems();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Tick two or more studies:"), left));
    leftLayout->addWidget(m_list);
    leftLayout->addWidget(m_differencesOnly);
    auto *legend = new QLabel(
        tr("<span style='background-color:%1'>&nbsp;&nbsp;&nbsp;&nbsp;</span> the studies differ")
            .arg(highlight().name()),
        left);
    leftLayout->addWidget(legend);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::itemChanged, this, &CompareView::rebuild);
    connect(m_differencesOnly, &QCheckBox::toggled, this, &CompareView::rebuild);
    rebuild();
    resize(1200, 760);
}

QColor CompareView::highlight()
{
    return QColor(0xff, 0xe0, 0x8a); // amber, readable with black text
}

void CompareView::setStudies(const QStringList &slugs)
{
    const QSignalBlocker blocker(m_list);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(slugs.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
    rebuild();
}

void CompareView::rebuild()
{
    QList<catalogue::StudyDetail> studies;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        if (auto detail = m_catalogue.study(item->data(Qt::UserRole).toString()))
            studies << *detail;
    }
    m_comparison = eb::review::compareStudies(studies);
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(studies.size()));
    QStringList headers;
    for (const catalogue::StudyDetail &s : studies)
        headers << s.name;
    m_table->setHorizontalHeaderLabels(headers);
    QList<const eb::review::CompareRow *> rows;
    for (const eb::review::CompareRow &row : m_comparison.rows) {
        if (!m_differencesOnly->isChecked() || row.differs)
            rows << &row;
    }
    m_table->setRowCount(studies.size() < 2 ? 0 : static_cast<int>(rows.size()));
    if (studies.size() < 2)
        return;
    QStringList labels;
    for (int r = 0; r < rows.size(); ++r) {
        labels << (rows.at(r)->differs ? QStringLiteral("≠ ") : QString()) + rows.at(r)->label;
        for (int c = 0; c < rows.at(r)->values.size(); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r)->values.at(c));
            item->setData(Qt::UserRole, rows.at(r)->key);
            if (rows.at(r)->differs) {
                item->setBackground(highlight());
                item->setForeground(Qt::black);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->setVerticalHeaderLabels(labels);
    m_table->resizeRowsToContents();
}

} // namespace eb::gui::review
