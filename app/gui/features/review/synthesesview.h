#pragma once

#include "evidence/syntheses.h"
#include "lecture/deck.h"

#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace eb::catalogue {
class Catalogue;
}

namespace eb::gui::review {

// "Syntheses face to face" and the summary-of-findings table as HTML: pure, for tests.
QString synthesesHtml(const QList<eb::review::ConditionSyntheses> &syntheses);
QString summaryOfFindingsHtml(const QList<eb::review::SofRow> &rows, const QString &reviewName);

// View ▸ Syntheses: per condition, the industry-sponsored syntheses beside the independent
// ones, harms at the same weight as benefits; then the Cochrane review's summary of findings,
// which a button adds to the lecture deck as a slide.
class SynthesesView : public QWidget
{
    Q_OBJECT

public:
    explicit SynthesesView(catalogue::Catalogue &catalogue, QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }
    const QList<eb::review::SofRow> &summaryOfFindings() const { return m_sof; }
    // "Add summary of findings to presentation": enabled when the table has rows.
    QPushButton *addToPresentationButton() const { return m_addToPresentation; }

signals:
    // A slide of the summary-of-findings table (named by review and source, never numbers).
    void addToPresentationRequested(const eb::lecture::Slide &slide);

private:
    catalogue::Catalogue &m_catalogue;
    QTextBrowser *m_browser = nullptr;
    QList<eb::review::SofRow> m_sof;
    QPushButton *m_addToPresentation = nullptr;
};

} // namespace eb::gui::review
