#include "gui/features/lecture/deckpanel.h"

#include "gui/features/lecture/deckmodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace eb::gui {

DeckPanel::DeckPanel(DeckModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_empty = new QLabel(tr("No slides yet. Use \"Add to presentation\" on a chart or in the "
                            "Effect Size Lab."));
    m_empty->setWordWrap(true);
    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("deckList"));
    m_list->setAccessibleName(tr("Slides"));
    m_list->setModel(model);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->installEventFilter(this);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    // Wide enough for a slide's kind and title; the dock can be made wider still.
    setMinimumWidth(fontMetrics().averageCharWidth() * 46);
    m_up = new QPushButton(tr("Up"));
    m_down = new QPushButton(tr("Down"));
    m_remove = new QPushButton(tr("Remove"));
    m_up->setToolTip(tr("Move the slide up (Ctrl+Up)"));
    m_down->setToolTip(tr("Move the slide down (Ctrl+Down)"));
    m_remove->setToolTip(tr("Remove the slide (Delete)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);
    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("deckNote"));
    m_note->setPlaceholderText(tr("A note for this slide (not shown to the audience)"));
    m_note->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_fontScale = new QDoubleSpinBox;
    m_fontScale->setRange(0.5, 4.0);
    m_fontScale->setSingleStep(0.25);
    m_fontScale->setValue(model->deck().fontScale);
    m_screens = new QComboBox;
    m_present = new QPushButton(tr("&Present (F5)"));
    m_present->setObjectName(QStringLiteral("deckPresent"));
    auto *form = new QFormLayout;
    form->addRow(tr("Type size:"), m_fontScale);
    form->addRow(tr("Screen:"), m_screens);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Note:")));
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(m_present);

    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_remove, &QPushButton::clicked, this, &DeckPanel::removeCurrent);
    connect(m_present, &QPushButton::clicked, this,
            [this] { emit presentRequested(std::max(0, currentRow())); });
    connect(m_note, &QPlainTextEdit::textChanged, this,
            [this] { m_model->setNote(currentRow(), m_note->toPlainText()); });
    connect(m_fontScale, &QDoubleSpinBox::valueChanged, m_model, &DeckModel::setFontScale);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DeckPanel::currentChanged);
    connect(model, &DeckModel::modelReset, this, [this] {
        const QSignalBlocker block(m_fontScale);
        m_fontScale->setValue(m_model->deck().fontScale);
        currentChanged();
    });
    connect(model, &DeckModel::rowsInserted, this, &DeckPanel::currentChanged);
    connect(model, &DeckModel::rowsRemoved, this, &DeckPanel::currentChanged);
    currentChanged();
}

int DeckPanel::currentRow() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void DeckPanel::moveCurrent(int by)
{
    const int row = currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_model->rowCount()) {
        return;
    }
    if (m_model->moveRows({}, row, 1, {}, by > 0 ? to + 1 : to)) {
        m_list->setCurrentIndex(m_model->index(to));
    }
}

void DeckPanel::removeCurrent()
{
    const int row = currentRow();
    if (row >= 0) {
        m_model->removeRows(row, 1);
    }
}

void DeckPanel::refreshScreens(const QString &preferred)
{
    m_screens->clear();
    for (QScreen *screen : QGuiApplication::screens()) {
        m_screens->addItem(tr("%1 (%2 x %3)")
                               .arg(screen->name())
                               .arg(screen->geometry().width())
                               .arg(screen->geometry().height()),
                           screen->name());
    }
    const int found = m_screens->findData(preferred);
    m_screens->setCurrentIndex(found >= 0 ? found : 0);
}

QString DeckPanel::chosenScreen() const
{
    return m_screens->currentData().toString();
}

bool DeckPanel::eventFilter(QObject *watched, QEvent *event)
{
    // An open title editor gets its own key events; these are the list's.
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & Qt::ControlModifier &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrent(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            removeCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DeckPanel::currentChanged()
{
    const int row = currentRow();
    const bool has = row >= 0;
    m_empty->setVisible(m_model->rowCount() == 0);
    m_up->setEnabled(has && row > 0);
    m_down->setEnabled(has && row + 1 < m_model->rowCount());
    m_remove->setEnabled(has);
    m_note->setEnabled(has);
    m_present->setEnabled(m_model->rowCount() > 0);
    const QSignalBlocker block(m_note);
    m_note->setPlainText(has ? m_model->data(m_model->index(row), DeckModel::NoteRole).toString()
                             : QString());
}

} // namespace eb::gui
