#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace eb::gui {

struct SearchSuggestion;

// The bar above a record table that says what is hiding rows ("Condition: Traumatic brain
// injury · 7 of 17 studies") with one action that clears it all, or, when a search finds
// nothing anywhere, says so with searches that would find something. Hidden while every
// record of the section is shown.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    // `reasons` are what hides rows ("Search: “Cochrane”", "Condition: Stroke"); empty: the
    // bar hides.
    // `note` follows the count ("1 match hidden by the filters").
    void showHiding(const QStringList &reasons, const QString &shown, int total,
                    const QString &noun, const QString &note = {});
    // A search that no section has a hit for, with what might match instead.
    void showNoHits(const QString &text, const SearchSuggestion &suggestion);

    QLabel *textLabel() const { return m_text; }
    QPushButton *clearButton() const { return m_clear; }

signals:
    void clearRequested();
    // A suggested search was clicked.
    void searchRequested(const QString &text);

private:
    QLabel *m_text = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace eb::gui
