#pragma once

#include "review/resultpool.h"

#include <QSet>
#include <QWidget>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace eb::catalogue {
class Catalogue;
}
namespace eb::charts {
class ForestPlotView;
}
namespace eb::gui {
class JobRunner;
}

namespace eb::gui::review {

class PoolResultModel;
class PoolSensitivityPanel;
struct PoolOutcome;
struct PoolRequest;

// Pool: the user ticks results, chooses FE, DL, REML or PM and Knapp-Hartung, and sees the
// forest plot with the pooled diamond, prediction interval and heterogeneity. Before pooling
// the checks of eb::review::checkPool() run: a refusal is said in plain words with the records
// in conflict and a link to keep one of them; warnings are shown and saved with the result.
// Named analyses are saved to a JSON file, reopened and exported with the chart.
class PoolDialog : public QWidget
{
    Q_OBJECT

public:
    PoolDialog(catalogue::Catalogue &catalogue, QString analysesFile, QWidget *parent = nullptr);

    // After a write to the catalogue: the result list read again where it was scrolled to,
    // with its search and ticks (not those of deleted results). A pool shown stays as pooled.
    void refresh();
    void setSelectedResults(const QList<qint64> &ids);
    QList<qint64> selectedResults() const;
    // The results pooled with their direction flipped (the "Flip direction" column, as
    // `pool --results … --flip ID`); the pooled rows record the flip.
    void setFlippedResults(const QList<qint64> &ids);
    QList<qint64> flippedResults() const;
    static constexpr int kFlipColumn = 5; // PoolResultModel::Flip
    void setMethod(eb::stats::PoolMethod method, bool knappHartung);
    // Mantel-Haenszel or Peto from the arms' events and totals ("MH", "PETO"): offered only
    // when every ticked result has them; returns whether it could be chosen.
    bool setCountsMethod(eb::review::CountsMethod method);
    QComboBox *modelBox() const { return m_method; }
    // Runs the checks and, when they pass, pools, here on the GUI thread. Returns whether a
    // pooled result is shown.
    bool pool();
    // "Check and pool" runs on the window's job runner when it has one (the checks compare
    // every pair of ticked results: thousands of ticks take seconds), with its progress dialog
    // and Cancel, on a connection of its own; pooled() is shown when it ends. Without one,
    // pool(). False when nothing started (another job runs).
    void setJobRunner(JobRunner *jobs) { m_jobs = jobs; }
    bool poolInBackground();

    bool saveAnalysis(const QString &name, QString *error);
    bool openAnalysis(const QString &name, QString *error);
    QStringList savedAnalysisNames() const;
    bool exportChart(const QString &path, QString *error);

    QLabel *messages() const { return m_messages; }
    QTableView *resultTable() const { return m_table; }
    PoolResultModel *resultModel() const { return m_results; }
    QLineEdit *searchField() const { return m_search; }
    charts::ForestPlotView *forestView() const { return m_forest; }
    PoolSensitivityPanel *sensitivityPanel() const { return m_sensitivity; }
    const std::optional<eb::review::ResultPool> &pooled() const { return m_pooled; }
    const eb::review::PoolCheck &lastCheck() const { return m_check; }
    QPushButton *addToPresentationButton() const { return m_addToPresentation; }

signals:
    // A pool was shown (or refused) after "Check and pool"; not after a cancelled one.
    void poolShown();
    // The pooled forest as a lecture slide: these results, this model ("REML"), revealed
    // step by step (the educators' tools turn it into a slide).
    void addToPresentationRequested(const QList<qint64> &resultIds, const QString &poolMethod);

private:
    void showMessages();
    void followMessageLink(const QString &link);
    void refreshSaved();
    PoolRequest request() const;
    void showOutcome(const PoolOutcome &outcome);
    void showOutcomeInPieces(const std::shared_ptr<PoolOutcome> &outcome);
    void showMessagesOf(const PoolOutcome &outcome);
    void showPanelsOf(const PoolOutcome &outcome);
    void updateCountsChoice();

    catalogue::Catalogue &m_catalogue;
    QString m_analysesFile;
    QTableView *m_table = nullptr;
    PoolResultModel *m_results = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_method = nullptr;
    QCheckBox *m_knha = nullptr;
    QLabel *m_messages = nullptr;
    charts::ForestPlotView *m_forest = nullptr;
    PoolSensitivityPanel *m_sensitivity = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_saved = nullptr;
    QPushButton *m_addToPresentation = nullptr;
    eb::review::PoolCheck m_check;
    std::optional<eb::review::ResultPool> m_pooled;
    QString m_error;
    JobRunner *m_jobs = nullptr;
    int m_shown = 0;
};

} // namespace eb::gui::review
