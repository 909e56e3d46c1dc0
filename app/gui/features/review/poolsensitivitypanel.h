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
// by a study column (sponsorship, the catalogue's natural question, first; condition, design,
// blinding, severity) with the test for subgroup differences and the pooling checks inside
// each subgroup, or a meta-regression on the study year or N, computed by eb::review
// (poolsubgroups.h) on the pooling scale with the pool's own model, as `evidence pool
// --results IDS --subgroup|--mods`, `--leave-one-out|--influence|--cumulative` and
// `evidence bias` print them.
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
        Sponsorship,    // subgroups by sponsorship: Subgroups with that column chosen
        Subgroups,      // subgroups by the column of columnBox()
        MetaRegression, // meta-regression on the column of columnBox()
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
    // The catalogue's studies by id: the subgroup and moderator columns.
    void setStudies(QHash<qint64, eb::catalogue::StudySummary> studies)
    {
        m_studies = std::move(studies);
    }
    // The pool and the inputs it was made from (the checks run inside each subgroup).
    void setPool(const std::optional<eb::review::ResultPool> &pool,
                 const QList<eb::review::PoolInput> &inputs = {});
    void setAnalysis(Analysis analysis);
    // The study column of Subgroups or MetaRegression ("condition", "year").
    void setColumn(const QString &column);

    QComboBox *analysisBox() const { return m_analysis; }
    QComboBox *columnBox() const { return m_column; }
    QTableWidget *table() const { return m_table; }
    QLabel *note() const { return m_note; }

private:
    void refresh();
    void showRefits(bool cumulative);
    void showInfluence();
    void showSmallStudy();
    void showSubgroups(const QString &column);
    void showMetaRegression(const QString &column);
    void fillColumns();

    std::optional<eb::review::ResultPool> m_pool;
    QList<eb::review::PoolInput> m_inputs;
    QHash<qint64, StudyFacts> m_facts;
    QHash<qint64, eb::catalogue::StudySummary> m_studies;
    QComboBox *m_analysis = nullptr;
    QComboBox *m_column = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace eb::gui::review
