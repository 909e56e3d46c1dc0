#pragma once

#include <QDialog>

class QTextBrowser;

namespace eb::gui {

// Help > User Guide: docs/user-guide.md with its screenshots, compiled into the program so
// that the guide is there without a network or an installed documentation folder.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace eb::gui
