#include "gui/features/lecture/effectsizelab.h"

#include "catalogue/catalogue.h"
#include "charts/distributionchart.h"
#include "charts/forestplotview.h"
#include "gui/features/lecture/labpresetmodel.h"
#include "lecture/labfigure.h"
#include "lecture/slidefigure.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace eb::gui {

using lecture::LabMetric;

namespace {

std::size_t idx(LabMetric metric)
{
    return static_cast<std::size_t>(metric);
}

bool isPercent(LabMetric metric)
{
    return metric == LabMetric::U3 || metric == LabMetric::Ovl;
}

// A typed number on a field's scale: U3 and OVL are typed in percent ("66.7" or "66.7%").
std::optional<double> parseField(LabMetric metric, QString text)
{
    text = text.trimmed();
    if (text.endsWith(QLatin1Char('%'))) {
        text.chop(1);
    }
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        return std::nullopt;
    }
    return isPercent(metric) ? value / 100.0 : value;
}

QString fieldText(LabMetric metric, double value)
{
    return isPercent(metric) ? QString::number(100.0 * value, 'f', 1) + QLatin1Char('%')
                             : lecture::formatLabValue(metric, value);
}

} // namespace

EffectSizeLab::EffectSizeLab(const catalogue::Catalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue)
{
    setObjectName(QStringLiteral("effectSizeLab"));
    setWindowTitle(tr("Effect Size Lab"));
    buildUi();
    reloadPresets();
    lecture::LabInput start;
    start.value = 0.62;
    setInput(start);
}

EffectSizeLab::~EffectSizeLab() = default;

void EffectSizeLab::buildUi()
{
    auto *controls = new QWidget;
    auto *left = new QVBoxLayout(controls);
    m_presets = new QComboBox;
    m_presets->setObjectName(QStringLiteral("labPresets"));
    m_presets->setAccessibleName(tr("Preset from the catalogue"));
    m_presets->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_presets->setMinimumContentsLength(30);
    auto *presetRow = new QFormLayout;
    presetRow->addRow(tr("&Preset:"), m_presets);
    left->addLayout(presetRow);
    m_provenance = new QLabel;
    m_provenance->setObjectName(QStringLiteral("labProvenance"));
    m_provenance->setWordWrap(true);
    m_provenance->setTextFormat(Qt::PlainText);
    left->addWidget(m_provenance);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Metric</b>")), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Value</b>")), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Drag</b>")), 0, 2);
    grid->addWidget(new QLabel(tr("<b>Interval</b>")), 0, 3);
    m_viaD = new QLabel;
    m_viaD->setTextFormat(Qt::PlainText);
    m_viaD->setWordWrap(true);
    grid->addWidget(m_viaD, 0, 4);
    int row = 1;
    for (LabMetric metric : lecture::kLabMetrics) {
        auto *name = new QLabel(lecture::labMetricName(metric));
        auto *field = new QLineEdit;
        field->setObjectName(QStringLiteral("labField_%1").arg(lecture::labMetricKey(metric)));
        field->setAccessibleName(lecture::labMetricName(metric));
        field->setMinimumWidth(
            fontMetrics().horizontalAdvance(QStringLiteral("infinite (no effect)")) / 2);
        name->setBuddy(field);
        auto *slider = new QSlider(Qt::Horizontal);
        slider->setObjectName(QStringLiteral("labSlider_%1").arg(lecture::labMetricKey(metric)));
        slider->setAccessibleName(tr("%1 slider").arg(lecture::labMetricName(metric)));
        slider->setRange(lecture::sliderMinimum(metric), lecture::sliderMaximum(metric));
        slider->setMinimumWidth(100);
        auto *ci = new QLabel;
        auto *formula = new QLabel;
        formula->setTextFormat(Qt::PlainText);
        formula->setWordWrap(true); // a narrow window wraps rather than scrolls sideways
        grid->addWidget(name, row, 0);
        grid->addWidget(field, row, 1);
        grid->addWidget(slider, row, 2);
        grid->addWidget(ci, row, 3);
        grid->addWidget(formula, row, 4);
        m_fields.at(idx(metric)) = field;
        m_sliders.at(idx(metric)) = slider;
        m_cis.at(idx(metric)) = ci;
        m_formulas.at(idx(metric)) = formula;
        connect(field, &QLineEdit::textEdited, this,
                [this, metric](const QString &text) { fieldEdited(metric, text); });
        connect(slider, &QSlider::valueChanged, this,
                [this, metric](int position) { sliderMoved(metric, position); });
        ++row;
        if (metric == LabMetric::G) {
            auto *sizes = new QHBoxLayout;
            m_n1 = new QSpinBox;
            m_n2 = new QSpinBox;
            for (QSpinBox *box : {m_n1, m_n2}) {
                box->setRange(2, 100000);
                box->setValue(50);
                connect(box, &QSpinBox::valueChanged, this, [this] {
                    lecture::LabInput input = m_state.input;
                    input.n1 = m_n1->value();
                    input.n2 = m_n2->value();
                    input.sizes = lecture::LabGroupSizes::Set; // the user's, no longer the preset's
                    if (m_preset && m_preset->input.metric == LabMetric::G) {
                        m_preset.reset(); // its g rests on its own group sizes
                    }
                    apply(input, std::nullopt);
                });
            }
            m_n1->setAccessibleName(tr("Treatment group size"));
            m_n2->setAccessibleName(tr("Control group size"));
            sizes->addWidget(new QLabel(tr("group sizes: treated")));
            sizes->addWidget(m_n1);
            sizes->addWidget(new QLabel(tr("control")));
            sizes->addWidget(m_n2);
            sizes->addStretch(1);
            grid->addLayout(sizes, row++, 1, 1, 4);
        }
    }
    grid->setColumnStretch(2, 2);
    grid->setColumnStretch(4, 3);
    left->addLayout(grid);

    auto *ciRow = new QHBoxLayout;
    m_ciBox = new QCheckBox(tr("95% &interval"));
    m_ciLow = new QLineEdit;
    m_ciHigh = new QLineEdit;
    m_ciLow->setAccessibleName(tr("Interval from"));
    m_ciHigh->setAccessibleName(tr("Interval to"));
    m_ciScale = new QLabel;
    ciRow->addWidget(m_ciBox);
    ciRow->addWidget(m_ciScale);
    ciRow->addWidget(m_ciLow);
    ciRow->addWidget(new QLabel(tr("to")));
    ciRow->addWidget(m_ciHigh);
    ciRow->addStretch(1);
    left->addLayout(ciRow);
    auto ciChanged = [this] {
        lecture::LabInput input = m_state.input;
        input.ciLow.reset();
        input.ciHigh.reset();
        if (m_ciBox->isChecked()) {
            input.ciLow = parseField(input.metric, m_ciLow->text());
            input.ciHigh = parseField(input.metric, m_ciHigh->text());
            if (!input.ciLow || !input.ciHigh) {
                m_message->setText(tr("Type both ends of the interval as numbers."));
                return;
            }
        }
        m_preset.reset();
        apply(input, std::nullopt);
    };
    connect(m_ciBox, &QCheckBox::toggled, this, ciChanged);
    connect(m_ciLow, &QLineEdit::textEdited, this, ciChanged);
    connect(m_ciHigh, &QLineEdit::textEdited, this, ciChanged);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("labMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #a33a00; font-weight: bold;"));
    left->addWidget(m_message);
    m_words = new QLabel;
    m_words->setObjectName(QStringLiteral("labWords"));
    m_words->setWordWrap(true);
    m_words->setTextFormat(Qt::RichText);
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    left->addWidget(m_words);
    auto *cerRow = new QFormLayout;
    m_cer = new QDoubleSpinBox;
    m_cer->setObjectName(QStringLiteral("labCer"));
    m_cer->setRange(0.1, 99.9);
    m_cer->setDecimals(1);
    m_cer->setSuffix(QStringLiteral("%"));
    m_cer->setValue(30.0);
    cerRow->addRow(tr("Control group's &response rate (for Furukawa's NNT):"), m_cer);
    connect(m_cer, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
        lecture::LabInput input = m_state.input;
        input.cer = percent / 100.0;
        apply(input, std::nullopt);
    });
    left->addLayout(cerRow);
    m_nnt = new QLabel;
    m_nnt->setObjectName(QStringLiteral("labNnt"));
    m_nnt->setWordWrap(true);
    m_nnt->setTextFormat(Qt::RichText);
    left->addWidget(m_nnt);

    auto *bottom = new QHBoxLayout;
    m_compare = new QComboBox;
    m_compare->setObjectName(QStringLiteral("labCompare"));
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compare->setMinimumContentsLength(24);
    auto *compareLabel = new QLabel(tr("&Compare with:"));
    compareLabel->setBuddy(m_compare);
    bottom->addWidget(compareLabel);
    bottom->addWidget(m_compare, 1);
    m_add = new QPushButton(tr("&Add to presentation"));
    m_add->setObjectName(QStringLiteral("labAddToPresentation"));
    bottom->addWidget(m_add);
    left->addLayout(bottom);
    left->addStretch(1);
    connect(m_add, &QPushButton::clicked, this, [this] { emit addToPresentation(currentSlide()); });
    connect(m_presets, &QComboBox::activated, this, &EffectSizeLab::presetChosen);
    connect(m_compare, &QComboBox::activated, this, &EffectSizeLab::compareChosen);

    auto *scroll = new QScrollArea;
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setFrameShape(QFrame::NoFrame);
    m_chart = new charts::DistributionView;
    m_chart->setObjectName(QStringLiteral("labChart"));
    m_chart->setAccessibleName(tr("The effect as two distributions"));
    m_compareChart = new charts::DistributionView;
    m_compareChart->setObjectName(QStringLiteral("labCompareChart"));
    m_compareChart->hide();
    auto *charts = new QSplitter(Qt::Vertical);
    charts->addWidget(m_chart);
    charts->addWidget(m_compareChart);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(scroll);
    split->addWidget(charts);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({960, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
}

void EffectSizeLab::reloadPresets()
{
    const QSignalBlocker blockPresets(m_presets);
    const QSignalBlocker blockCompare(m_compare);
    if (m_presetModel == nullptr) {
        m_presetModel = new LabPresetModel(m_catalogue, this);
        m_presetModel->setFixedEntries({{tr("(your own value)"), {}}});
        m_presets->setModel(m_presetModel);
        m_compareModel = new LabPresetModel(m_catalogue, this);
        QList<QPair<QString, QVariant>> fixed{{tr("nothing"), {}}};
        for (const char *name : {"small", "medium", "large"}) {
            const auto input = lecture::benchmarkInput(QString::fromLatin1(name));
            fixed.append({tr("the %1 benchmark (MW %2)")
                              .arg(QString::fromLatin1(name))
                              .arg(input ? input->value : 0.5),
                          QString::fromLatin1(name)});
        }
        m_compareModel->setFixedEntries(fixed);
        m_compare->setModel(m_compareModel);
    }
    m_presetModel->reload();
    m_compareModel->reload();
    m_presets->setCurrentIndex(0);
    m_compare->setCurrentIndex(0);
}

QLineEdit *EffectSizeLab::field(LabMetric metric) const
{
    return m_fields.at(idx(metric));
}

QSlider *EffectSizeLab::slider(LabMetric metric) const
{
    return m_sliders.at(idx(metric));
}

void EffectSizeLab::setInput(const lecture::LabInput &input)
{
    m_preset.reset();
    {
        const QSignalBlocker block(m_presets);
        m_presets->setCurrentIndex(0);
    }
    apply(input, std::nullopt);
}

bool EffectSizeLab::loadPreset(const lecture::ResultKey &key)
{
    const int row = m_presetModel->rowOfKey(key);
    if (row < 0) {
        return false;
    }
    m_presets->setCurrentIndex(row);
    presetChosen(row);
    return true;
}

void EffectSizeLab::presetChosen(int index)
{
    const lecture::LabPreset *chosen = m_presetModel->presetAt(index);
    if (chosen == nullptr) {
        m_preset.reset();
        m_provenance->setText(tr("Your own value: the value you give is the one given; every "
                                 "other value is derived."));
        return;
    }
    const lecture::LabPreset preset = *chosen;
    lecture::LabInput input = preset.input;
    input.cer = m_state.input.cer;
    m_preset = preset;
    apply(input, std::nullopt);
    m_provenance->setText(lecture::presetNote(preset));
}

void EffectSizeLab::compareChosen(int index)
{
    m_compareInput.reset();
    m_compareLabel.clear();
    if (index >= 1 && index <= 3) {
        m_compareInput = lecture::benchmarkInput(m_compare->itemData(index).toString());
        m_compareLabel = m_compare->itemText(index);
    } else if (const lecture::LabPreset *preset = m_compareModel->presetAt(index)) {
        m_compareInput = preset->input;
        m_compareLabel = preset->label;
    }
    m_compareChart->setVisible(m_compareInput.has_value());
    scheduleRedraw();
}

void EffectSizeLab::fieldEdited(LabMetric metric, const QString &text)
{
    const auto value = parseField(metric, text);
    if (!value) {
        m_message->setText(tr("Type a number for %1.").arg(lecture::labMetricName(metric)));
        return;
    }
    lecture::LabInput input = m_state.input;
    // An interval belongs to the value it was given with: a preset's (the trial's) or one on
    // another scale no longer fits a value typed now.
    if ((input.metric != metric || m_preset) && input.ciLow) {
        input.ciLow.reset();
        input.ciHigh.reset();
        const QSignalBlocker blockLow(m_ciLow);
        const QSignalBlocker blockHigh(m_ciHigh);
        m_ciLow->clear();
        m_ciHigh->clear();
    }
    input.metric = metric;
    input.value = *value;
    input.negative = m_state.ok && m_state.d < 0;
    m_preset.reset();
    apply(input, metric);
}

void EffectSizeLab::sliderMoved(LabMetric metric, int position)
{
    lecture::LabInput input = m_state.input;
    input.ciLow.reset();
    input.ciHigh.reset();
    input.negative = m_state.ok && m_state.d < 0;
    if (metric == LabMetric::Nnt && position == 0) {
        input.metric = LabMetric::Mw; // the middle of the NNT slider: no effect
        input.value = 0.5;
    } else {
        input.metric = metric;
        input.value = lecture::sliderValue(metric, position);
    }
    m_preset.reset();
    apply(input, std::nullopt);
}

void EffectSizeLab::apply(const lecture::LabInput &input, std::optional<LabMetric> editing)
{
    const lecture::LabState state = lecture::computeLab(input);
    if (!state.ok) {
        // Say why in words; the last good state stays on screen.
        m_message->setText(state.message);
        return;
    }
    m_state = state;
    m_message->clear();
    if (!m_preset) {
        // The value is no longer the preset's: say so in the preset box too.
        const QSignalBlocker block(m_presets);
        m_presets->setCurrentIndex(0);
        m_provenance->setText(tr("Your own value: %1 is given; every other value is derived.")
                                  .arg(lecture::labMetricName(input.metric)));
    }
    showState(editing);
    scheduleRedraw();
}

void EffectSizeLab::showState(std::optional<LabMetric> editing)
{
    const lecture::LabState &s = m_state;
    for (LabMetric metric : lecture::kLabMetrics) {
        const lecture::LabValue &value = s.value(metric);
        QLineEdit *field = m_fields.at(idx(metric));
        if (metric != editing) {
            const QSignalBlocker block(field);
            field->setText(value.value && metric != LabMetric::Nnt ? fieldText(metric, *value.value)
                                                                   : value.text);
        }
        QFont font = field->font();
        font.setBold(value.given);
        field->setFont(font);
        field->setToolTip(value.given ? tr("Given") : tr("Derived: %1").arg(value.formula));
        QSlider *slider = m_sliders.at(idx(metric));
        if (!slider->isSliderDown() || metric != s.input.metric) {
            const QSignalBlocker block(slider);
            slider->setValue(value.value ? lecture::sliderPosition(metric, *value.value) : 0);
        }
        m_cis.at(idx(metric))->setText(value.ciText);
        m_formulas.at(idx(metric))->setText(value.formula);
    }
    {
        const QSignalBlocker a(m_n1);
        const QSignalBlocker b(m_n2);
        m_n1->setValue(s.input.n1);
        m_n2->setValue(s.input.n2);
    }
    m_viaD->setText(tr("How it follows (from %1)").arg(s.viaD));
    m_ciScale->setText(tr("on the %1 scale:").arg(lecture::labMetricName(s.input.metric)));
    if (s.input.ciLow && s.input.ciHigh) {
        const QSignalBlocker a(m_ciBox);
        m_ciBox->setChecked(true);
        if (!m_ciLow->hasFocus()) {
            m_ciLow->setText(fieldText(s.input.metric, *s.input.ciLow));
        }
        if (!m_ciHigh->hasFocus()) {
            m_ciHigh->setText(fieldText(s.input.metric, *s.input.ciHigh));
        }
    } else if (!m_ciLow->hasFocus() && !m_ciHigh->hasFocus()) {
        const QSignalBlocker a(m_ciBox);
        m_ciBox->setChecked(false);
        m_ciLow->clear();
        m_ciHigh->clear();
    }
    const double d = s.value(LabMetric::D).value.value_or(0.0);
    m_words->setText(
        tr("<p><b>Benchmark:</b> %1 (MW 0.56 / 0.64 / 0.71 small / medium / large; Cohen's "
           "d %2)</p><p><b>MW:</b> %3</p><p><b>U3:</b> %4</p><p><b>Overlap:</b> %5</p>")
            .arg(s.band.toHtmlEscaped(), QString::number(d, 'f', 2), s.mwSentence.toHtmlEscaped(),
                 s.u3Sentence.toHtmlEscaped(), s.ovlSentence.toHtmlEscaped()));
    m_nnt->setText(tr("<p><b>NNT (Kraemer &amp; Kupfer):</b> %1<br><small>%2</small></p>"
                      "<p><b>NNT (Furukawa):</b> %3<br><small>%4</small></p>"
                      "<p><small>%5</small></p>")
                       .arg(s.nntKraemer.toHtmlEscaped(), s.nntKraemerAssumption.toHtmlEscaped(),
                            s.nntFurukawa.toHtmlEscaped(), s.nntFurukawaAssumption.toHtmlEscaped(),
                            s.assumption.toHtmlEscaped()));
}

void EffectSizeLab::scheduleRedraw()
{
    // Slider events can arrive faster than a frame; draw once per pass of the event loop.
    if (m_redrawPending) {
        return;
    }
    m_redrawPending = true;
    QTimer::singleShot(0, this, &EffectSizeLab::redraw);
}

void EffectSizeLab::redraw()
{
    m_redrawPending = false;
    ++m_redraws;
    const QString title = m_preset ? m_preset->label : tr("What this effect size looks like");
    std::optional<lecture::LabState> compare;
    if (m_compareInput) {
        compare = lecture::computeLab(*m_compareInput);
    }
    // One axis for both charts, wide enough for the whole slider: a drag never rescales it.
    const auto [low, high] = lecture::labAxisRange(
        m_state, compare && compare->ok ? &*compare : nullptr, m_state.input.metric);
    evidence::DistributionSpec spec = lecture::labDistribution(m_state, title, 1.0);
    spec.axisLow = low;
    spec.axisHigh = high;
    m_chart->setSpec(std::move(spec));
    if (compare && compare->ok) {
        evidence::DistributionSpec other = lecture::labDistribution(*compare, m_compareLabel, 1.0);
        other.axisLow = low;
        other.axisHigh = high;
        m_compareChart->setSpec(std::move(other));
    }
}

lecture::Slide EffectSizeLab::currentSlide() const
{
    lecture::Slide slide;
    slide.kind = lecture::SlideKind::Lab;
    if (m_preset) {
        slide.lab.preset = m_preset->key;
        slide.lab.input.cer = m_state.input.cer;
    } else {
        slide.lab.input = m_state.input;
    }
    const int compare = m_compare->currentIndex();
    if (compare >= 1 && compare <= 3) {
        slide.lab.compareBenchmark = m_compare->itemData(compare).toString();
    } else if (const lecture::LabPreset *preset = m_compareModel->presetAt(compare)) {
        slide.lab.comparePreset = preset->key;
    }
    return slide;
}

} // namespace eb::gui
