#pragma once

#include "evidence/syntheses.h"
#include "lecture/deck.h"
#include "model/appraisal.h"

#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace eb::catalogue {
class Catalogue;
}

namespace eb::gui::review {

// "Syntheses face to face" and the summary-of-findings table as HTML: pure, for tests.
QString synthesesHtml(const QList<eb::review::ConditionSyntheses> &syntheses);
// The certainty column shows the review's grading attributed to it and, beside it, the user's
// own GRADE rating of the outcome where `ours` holds one.
QString summaryOfFindingsHtml(const QList<eb::review::SofRow> &rows, const QString &reviewName,
                              const QList<eb::catalogue::GradeAssessment> &ours = {});

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
    const eb::review::SynthesesReport &report() const { return m_report; }
    // Export Syntheses… / Export Summary of Findings…: CSV or JSON by the name's ending, the
    // same bytes as `evidence syntheses --csv|--json [--sof]`, through eb::output::writeFile.
    bool exportTo(const QString &path, bool summaryOfFindingsOnly, QString *error) const;

signals:
    // A slide of the summary-of-findings table (named by review and source, never numbers).
    void addToPresentationRequested(const eb::lecture::Slide &slide);

private:
    void exportInteractively(bool summaryOfFindingsOnly);

    catalogue::Catalogue &m_catalogue;
    eb::review::SynthesesReport m_report;
    QTextBrowser *m_browser = nullptr;
    QList<eb::review::SofRow> m_sof;
    QPushButton *m_addToPresentation = nullptr;
};

} // namespace eb::gui::review
