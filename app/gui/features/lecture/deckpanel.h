#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace eb::gui {

class DeckModel;

// The deck being built: its slides in order (drag to reorder, or Ctrl+Up / Ctrl+Down; F2
// retitles; Delete removes), the selected slide's note, the font scale and the screen to
// present on, and the Present button.
class DeckPanel : public QWidget
{
    Q_OBJECT

public:
    DeckPanel(DeckModel *model, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QDoubleSpinBox *fontScaleBox() const { return m_fontScale; }
    QComboBox *screenBox() const { return m_screens; }
    QPushButton *presentButton() const { return m_present; }
    int currentRow() const;
    void moveCurrent(int by);
    void removeCurrent();
    void refreshScreens(const QString &preferred);
    QString chosenScreen() const;

signals:
    void presentRequested(int fromSlide);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void currentChanged();

    DeckModel *m_model;
    QListView *m_list = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QDoubleSpinBox *m_fontScale = nullptr;
    QComboBox *m_screens = nullptr;
    QPushButton *m_present = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace eb::gui
