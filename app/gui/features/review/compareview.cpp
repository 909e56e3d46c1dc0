#include "gui/features/review/compareview.h"

#include "catalogue/catalogue.h"
#include "gui/features/review/studypickmodel.h"
#include "gui/shell/screenfit.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace eb::gui::review {

CompareView::CompareView(catalogue::Catalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_studies(new StudyPickModel(catalogue, this)),
      m_search(new QLineEdit(this)), m_list(new QListView(this)), m_table(new QTableWidget(this)),
      m_differencesOnly(new QCheckBox(tr("Differences only"), this))
{
    setWindowTitle(tr("Compare Studies"));
    m_studies->setSearch({});
    m_list->setModel(m_studies);
    m_list->setUniformItemSizes(true); // no row measured beyond those shown
    m_search->setObjectName(QStringLiteral("compareSearch"));
    m_search->setPlaceholderText(tr("Search the studies"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_studies, &StudyPickModel::setSearch);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Tick two or more studies:"), left));
    if (!m_studies->lastError().isEmpty()) {
        auto *error =
            new QLabel(tr("The catalogue could not be read: %1").arg(m_studies->lastError()), left);
        error->setTextFormat(Qt::PlainText);
        error->setWordWrap(true);
        leftLayout->addWidget(error);
    }
    leftLayout->addWidget(m_search);
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

    connect(m_studies, &StudyPickModel::tickedChanged, this, &CompareView::rebuild);
    connect(m_differencesOnly, &QCheckBox::toggled, this, &CompareView::rebuild);
    rebuild();
    resizeWithinScreen(this, QSize(1200, 760));
}

QColor CompareView::highlight()
{
    return QColor(0xff, 0xe0, 0x8a); // amber, readable with black text
}

void CompareView::setStudies(const QStringList &slugs)
{
    m_studies->setTicked(slugs); // rebuilds
}

void CompareView::refresh()
{
    const int scrolled = m_list->verticalScrollBar()->value();
    m_studies->refresh();
    m_list->verticalScrollBar()->setValue(scrolled);
    rebuild();
}

void CompareView::rebuild()
{
    QList<catalogue::StudyDetail> studies;
    for (const auto &[slug, name] : m_studies->ticked()) {
        if (auto detail = m_catalogue.study(slug)) {
            studies << *detail;
        } else if (!m_catalogue.lastError().isEmpty()) {
            m_table->clear();
            m_table->setColumnCount(1);
            m_table->setRowCount(1);
            m_table->setItem(
                0, 0,
                new QTableWidgetItem(
                    tr("The study could not be read: %1").arg(m_catalogue.lastError())));
            return;
        }
    }
    m_comparison = eb::review::compareStudies(studies);
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(studies.size()));
    QStringList headers;
    for (const catalogue::StudyDetail &s : studies) {
        headers << s.name;
    }
    m_table->setHorizontalHeaderLabels(headers);
    QList<const eb::review::CompareRow *> rows;
    for (const eb::review::CompareRow &row : m_comparison.rows) {
        if (!m_differencesOnly->isChecked() || row.differs) {
            rows << &row;
        }
    }
    m_table->setRowCount(studies.size() < 2 ? 0 : static_cast<int>(rows.size()));
    if (studies.size() < 2) {
        return;
    }
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
