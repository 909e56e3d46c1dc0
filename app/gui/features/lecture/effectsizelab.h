#pragma once

#include "lecture/deck.h"
#include "lecture/effectlab.h"
#include "lecture/labpresets.h"

#include <QWidget>
#include <array>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;

namespace eb::catalogue {
class Catalogue;
}
namespace eb::charts {
class DistributionView;
}

namespace eb::gui {

class LabPresetModel;

// View > Effect Size Lab: a field and a slider for each of MW, d, g (with the group sizes),
// OR, U3, OVL and NNT. Typing or dragging any one works every other out (eb::lecture::
// computeLab) and redraws the distribution chart, once per pass of the event loop however
// many slider events arrive, so the chart keeps up with a drag. Presets load catalogue results;
// a second effect can be drawn beside the first. The widget holds no statistics.
class EffectSizeLab : public QWidget
{
    Q_OBJECT

public:
    explicit EffectSizeLab(const catalogue::Catalogue &catalogue, QWidget *parent = nullptr);
    ~EffectSizeLab() override;

    void reloadPresets();
    void setInput(const lecture::LabInput &input);
    // Loads the preset of this result; false when there is none.
    bool loadPreset(const lecture::ResultKey &key);
    const lecture::LabState &state() const { return m_state; }
    // The lab as a slide: the preset's key when a preset is shown unchanged, else the value.
    lecture::Slide currentSlide() const;

    // For tests and screenshots.
    QLineEdit *field(lecture::LabMetric metric) const;
    QSlider *slider(lecture::LabMetric metric) const;
    QComboBox *presetBox() const { return m_presets; }
    QComboBox *compareBox() const { return m_compare; }
    QDoubleSpinBox *cerBox() const { return m_cer; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *provenanceLabel() const { return m_provenance; }
    QLabel *wordsLabel() const { return m_words; }
    QPushButton *addButton() const { return m_add; }
    charts::DistributionView *chartView() const { return m_chart; }
    charts::DistributionView *compareView() const { return m_compareChart; }
    int redrawCount() const { return m_redraws; }

signals:
    void addToPresentation(const lecture::Slide &slide);

private:
    struct Row;
    void buildUi();
    void fieldEdited(lecture::LabMetric metric, const QString &text);
    void sliderMoved(lecture::LabMetric metric, int position);
    void apply(const lecture::LabInput &input, std::optional<lecture::LabMetric> editing);
    void showState(std::optional<lecture::LabMetric> editing);
    void presetChosen(int index);
    void compareChosen(int index);
    void scheduleRedraw();
    void redraw();

    const catalogue::Catalogue &m_catalogue;
    LabPresetModel *m_presetModel = nullptr;    // paged: the catalogue's presets as they scroll
    LabPresetModel *m_compareModel = nullptr;   // the benchmarks, then the same presets
    std::optional<lecture::LabPreset> m_preset; // shown unchanged since it was loaded
    std::optional<lecture::LabInput> m_compareInput;
    QString m_compareLabel;
    lecture::LabState m_state;
    std::array<QLineEdit *, 7> m_fields{};
    std::array<QSlider *, 7> m_sliders{};
    std::array<QLabel *, 7> m_cis{};
    std::array<QLabel *, 7> m_formulas{};
    QComboBox *m_presets = nullptr;
    QComboBox *m_compare = nullptr;
    QSpinBox *m_n1 = nullptr;
    QSpinBox *m_n2 = nullptr;
    QDoubleSpinBox *m_cer = nullptr;
    QCheckBox *m_ciBox = nullptr;
    QLineEdit *m_ciLow = nullptr;
    QLineEdit *m_ciHigh = nullptr;
    QLabel *m_ciScale = nullptr;
    QLabel *m_viaD = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_provenance = nullptr;
    QLabel *m_words = nullptr;
    QLabel *m_nnt = nullptr;
    QPushButton *m_add = nullptr;
    charts::DistributionView *m_chart = nullptr;
    charts::DistributionView *m_compareChart = nullptr;
    bool m_redrawPending = false;
    int m_redraws = 0;
};

} // namespace eb::gui
