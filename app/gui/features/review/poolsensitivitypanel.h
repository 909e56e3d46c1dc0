#pragma once

#include "review/resultpool.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace eb::gui::review {

// Under the pooled forest plot: is one trial driving the result, and are there small-study
// effects? The user picks leave-one-out, influence diagnostics, cumulative (in the order the
// study year), the small-study tests (Egger's regtest, ranktest, trim and fill) or subgroups
// by sponsorship (industry, independent, unknown) with the test for subgroup differences,
// computed by eb::stats on the pooling scale with the pool's own model, as `evidence pool
// --leave-one-out|--influence|--cumulative|--subgroup` and `evidence bias` print them.
class PoolSensitivityPanel : public QWidget
{
    Q_OBJECT

public:
    enum Analysis
    {
        None,
        LeaveOneOut,
        Influence,
        Cumulative,
        SmallStudy,
        Sponsorship,
    };

    // What the catalogue says of a study: its year and sponsorship.
    struct StudyFacts
    {
        std::optional<int> year;
        QString sponsorship; // 'industry', 'independent', 'unknown' or empty
    };

    explicit PoolSensitivityPanel(QWidget *parent = nullptr);

    // Facts by study id, for the cumulative order and the sponsorship subgroups.
    void setStudyFacts(QHash<qint64, StudyFacts> facts) { m_facts = std::move(facts); }
    void setPool(const std::optional<eb::review::ResultPool> &pool);
    void setAnalysis(Analysis analysis);

    QComboBox *analysisBox() const { return m_analysis; }
    QTableWidget *table() const { return m_table; }
    QLabel *note() const { return m_note; }

private:
    void refresh();
    void showRefits(bool cumulative);
    void showInfluence();
    void showSmallStudy();
    void showSponsorship();

    std::optional<eb::review::ResultPool> m_pool;
    QHash<qint64, StudyFacts> m_facts;
    QComboBox *m_analysis = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace eb::gui::review
