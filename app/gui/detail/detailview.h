#pragma once

#include "model/records.h"

#include <QList>
#include <QTextBrowser>
#include <functional>

class QLabel;
class QTimer;

namespace eb::gui {

// The detail pane: a QTextBrowser for the pages of detailhtml.h that also
// - shows the address of a link under the mouse (as a browser does, at the pane's foot);
// - opens web links itself and says in the pane when one cannot be opened (no browser);
// - offers a menu on each result: Copy (one citable line), Copy with Source (the line, the
//   source's words and how the number was obtained), Show Provenance, Add to Chart.
// Results are found under the mouse by the anchor that resultsHtml() puts on each row
// ("result-ID" or "result-ID-ID" for one result reported by several sources).
class DetailView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit DetailView(QWidget *parent = nullptr);

    // The results the current page lists, so that the menu can act on them.
    void setResults(const QList<catalogue::ResultRecord> &results);
    const QList<catalogue::ResultRecord> &results() const { return m_results; }

    // The results of the row at a point of the viewport (several: one result, several
    // sources); empty when the point is not on a result.
    QList<catalogue::ResultRecord> resultsAt(const QPoint &viewportPos) const;

    // Opens a web link with the desktop's browser; when that fails the pane says so.
    void openExternal(const QUrl &url);
    // Replaces QDesktopServices::openUrl (tests).
    void setUrlOpener(std::function<bool(const QUrl &)> opener);

    // The line at the pane's foot: a hovered link's address, or why a link did not open.
    QString notice() const;

    // The menu for a point of the viewport (the caller owns it); what the context menu shows.
    QMenu *menuAt(const QPoint &viewportPos);

    // The provenance of one result as a page of its own.
    static QString provenanceHtml(const QList<catalogue::ResultRecord> &sources);

signals:
    void addToChartRequested(const catalogue::ResultRecord &result);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void showNotice(const QString &text, bool persistent);
    void placeNotice();
    void showProvenance(const QList<catalogue::ResultRecord> &sources);

    QList<catalogue::ResultRecord> m_results;
    std::function<bool(const QUrl &)> m_opener;
    QLabel *m_notice = nullptr;
    QTimer *m_noticeTimer = nullptr;
    bool m_persistentNotice = false;
};

} // namespace eb::gui
