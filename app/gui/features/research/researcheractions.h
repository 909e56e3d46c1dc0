#pragma once

// The Research menu: what researchers take out of the window whole. Export Citations (RIS,
// BibTeX or CSL-JSON of the selected rows' sources, also copied to the clipboard), Evidence
// Summary of the selected study (one page, PDF or HTML), Export Figure Bundle of the chart
// (image, plotted numbers, citations, provenance), Copy Chart (image and SVG) and Copy Table
// (tab-separated, for a spreadsheet). The formats live in core/export; this file only connects
// them to the window. Each action has a method without a dialog, which the tests call.

#include "gui/features/windowfeature.h"
#include "model/records.h"

#include <QList>
#include <QObject>
#include <QPageSize>
#include <QString>
#include <QStringList>

class QAction;
class QMimeData;

namespace eb::catalogue {
class Catalogue;
}
namespace eb::charts {
class ChartFigure;
}

namespace eb::gui {

// A window feature: install() adds the Research menu before Help.
class ResearcherActions : public QObject, public WindowFeature
{
    Q_OBJECT

public:
    explicit ResearcherActions(QObject *parent = nullptr);
    void install(WindowContext &context) override;

    // The sources behind the selected rows of the current table (all rows shown when none is
    // selected): a study's sources, a source, a claim's source and its study's sources, the
    // sources of an outcome's or a mechanism's results and evidence.
    QList<catalogue::SourceRecord> selectedSources() const;
    // The selected study's slug (the current row of the Studies table), or empty.
    QString selectedStudy() const;

    // The sources of the numbers the Chart tab plots (drawn now if never shown).
    QList<catalogue::SourceRecord> chartSources();

    // Writes the citations of selectedSources() (or of chartSources()), format by the suffix,
    // and puts the same text on the clipboard. False with *error set on failure.
    bool exportCitations(const QString &file, QString *error);
    bool exportChartCitations(const QString &file, QString *error);
    bool writeSummary(const QString &file, QPageSize::PageSizeId page, QString *error);
    // Every panel of the Chart tab at publication size; `replace`: a folder that already
    // holds files is replaced whole (figureBundleInteractively asks first).
    bool exportFigureBundle(const QString &folder, bool replace, QString *error);
    // The same on the window's job runner (what Research > Export Figure Bundle does): the
    // catalogue read and the images rasterised and written off the GUI thread, with progress
    // and Cancel (figurebundlejob.h); a cancelled bundle leaves the folder as it was.
    // figureBundleFinished() tells how it ended. False when nothing started (*error).
    bool startFigureBundle(const QString &folder, bool replace, QString *error);
    bool copyChart(QString *error);
    void copyTable();

    // The page size of the user's locale: Letter in the US system, else A4.
    static QPageSize::PageSizeId localPageSize();
    // The chart as clipboard data: a PNG image at twice the screen's resolution, and SVG.
    static QMimeData *chartMimeData(charts::ChartFigure &figure);

    QAction *exportCitationsAction() const { return m_citations; }
    QAction *chartCitationsAction() const { return m_chartCitations; }
    QAction *summaryAction() const { return m_summary; }
    QAction *figureBundleAction() const { return m_bundle; }
    QAction *copyChartAction() const { return m_copyChart; }
    QAction *copyTableAction() const { return m_copyTable; }

signals:
    // After startFigureBundle(): written into folder, or cancelled (nothing was written), or
    // why not.
    void figureBundleFinished(const QString &folder, bool written, bool cancelled,
                              const QString &error);

private:
    void exportCitationsInteractively(bool ofChart);
    bool writeCitations(const QList<catalogue::SourceRecord> &sources, const QString &file,
                        QString *error);
    void summaryInteractively();
    void figureBundleInteractively();
    void report(const QString &title, bool ok, const QString &done, const QString &error);
    // The chart drawn for the selected record (drawn now if its tab was never shown).
    charts::ChartFigure *chartFigure();

    WindowContext *m_context = nullptr;
    QAction *m_citations = nullptr;
    QAction *m_chartCitations = nullptr;
    QAction *m_summary = nullptr;
    QAction *m_bundle = nullptr;
    bool m_recording = false; // a bundle's panels are being recorded, between its two jobs
    QAction *m_copyChart = nullptr;
    QAction *m_copyTable = nullptr;
};

} // namespace eb::gui
