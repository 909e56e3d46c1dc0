#pragma once

#include "review/resultpool.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace eb::gui::review {

// Under the pooled forest plot: is one trial driving the result, and are there small-study
// effects? The user picks leave-one-out, influence diagnostics, cumulative (in the order the
// results are listed) or the small-study tests (Egger's regtest, ranktest, trim and fill),
// computed by eb::stats on the pooling scale with the pool's own model, as `evidence pool
// --leave-one-out|--influence|--cumulative` and `evidence bias` print them.
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
    };

    explicit PoolSensitivityPanel(QWidget *parent = nullptr);

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

    std::optional<eb::review::ResultPool> m_pool;
    QComboBox *m_analysis = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace eb::gui::review
