// The Effect Size Lab driven as a user would, with QTest key and mouse events.
#include "catalogue/catalogue.h"
#include "charts/distributionchart.h"
#include "charts/forestplotview.h"
#include "gui/features/lecture/effectsizelab.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTest>
#include <gtest/gtest.h>

namespace {

using eb::gui::EffectSizeLab;
using eb::lecture::LabMetric;

class LabTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_catalogue.open(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"),
                                     eb::catalogue::OpenMode::ReadOnly));
        m_lab = std::make_unique<EffectSizeLab>(m_catalogue);
        m_lab->resize(1400, 860);
        m_lab->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_lab.get()));
    }

    void type(LabMetric metric, const QString &text)
    {
        QLineEdit *field = m_lab->field(metric);
        field->setFocus();
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
    }

    QString text(LabMetric metric) const { return m_lab->field(metric)->text(); }

    // The handle's centre for a slider value, as the style draws it.
    static QPoint handleAt(QSlider *slider, int value)
    {
        QStyleOptionSlider option;
        option.initFrom(slider);
        option.orientation = slider->orientation();
        option.minimum = slider->minimum();
        option.maximum = slider->maximum();
        option.sliderPosition = value;
        option.sliderValue = value;
        option.subControls = QStyle::SC_SliderGroove | QStyle::SC_SliderHandle;
        return slider->style()
            ->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider)
            .center();
    }

    eb::catalogue::Catalogue m_catalogue;
    std::unique_ptr<EffectSizeLab> m_lab;
};

TEST_F(LabTest, TypingMwSetsEveryOtherMetric)
{
    type(LabMetric::Mw, QStringLiteral("0.62"));
    EXPECT_NEAR(text(LabMetric::D).toDouble(), 0.432, 0.001);
    EXPECT_EQ(text(LabMetric::U3), QStringLiteral("66.7%"));
    EXPECT_EQ(text(LabMetric::Nnt), QStringLiteral("4.17"));
    EXPECT_TRUE(m_lab->messageLabel()->text().isEmpty());
    EXPECT_TRUE(m_lab->wordsLabel()->text().contains(QStringLiteral("small-to-medium")));
    EXPECT_TRUE(m_lab->wordsLabel()->text().contains(QStringLiteral("62% of the time")));
    // The chart follows on the next pass of the event loop.
    QApplication::processEvents();
    auto *chart = m_lab->chartView()->distributionChart();
    ASSERT_NE(chart, nullptr);
    EXPECT_NEAR(chart->spec().d, 0.432, 0.001);
}

TEST_F(LabTest, DraggingTheDSliderSetsMw)
{
    QSlider *slider = m_lab->slider(LabMetric::D);
    const int before = slider->value();
    QTest::mousePress(slider, Qt::LeftButton, {}, handleAt(slider, before));
    QTest::mouseMove(slider, handleAt(slider, 60));
    QTest::mouseMove(slider, handleAt(slider, 80));
    QTest::mouseRelease(slider, Qt::LeftButton, {}, handleAt(slider, 80));
    EXPECT_NEAR(slider->value(), 80, 3) << "the drag moved the handle";
    // The last step or two with the arrow keys (a pixel covers more than one step).
    slider->setFocus();
    for (int i = 0; i < 10 && slider->value() != 80; ++i) {
        QTest::keyClick(slider, slider->value() < 80 ? Qt::Key_Right : Qt::Key_Left);
    }
    ASSERT_EQ(slider->value(), 80);
    EXPECT_EQ(text(LabMetric::D), QStringLiteral("0.800"));
    EXPECT_EQ(text(LabMetric::Mw), QStringLiteral("0.714"));
    EXPECT_EQ(m_lab->state().input.metric, LabMetric::D);
}

TEST_F(LabTest, ManySliderEventsDrawTheChartOnce)
{
    QApplication::processEvents();
    const int redraws = m_lab->redrawCount();
    QSlider *slider = m_lab->slider(LabMetric::Mw);
    slider->setFocus();
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(slider, Qt::Key_Right);
    }
    QApplication::processEvents();
    EXPECT_EQ(m_lab->redrawCount(), redraws + 1);
}

TEST_F(LabTest, PresetLoadsCaptainIiWithItsSource)
{
    QComboBox *presets = m_lab->presetBox();
    int index = -1;
    for (int i = 0; i < presets->count(); ++i) {
        if (presets->itemText(i).contains(QStringLiteral("CAPTAIN II")) &&
            presets->itemText(i).contains(QStringLiteral("day 90: MW 0.59 (0.52 to 0.66)"))) {
            index = i;
            break;
        }
    }
    ASSERT_GT(index, 0);
    {
        const QSignalBlocker block(presets);
        presets->setCurrentIndex(index - 1);
    }
    presets->setFocus();
    QTest::keyClick(presets, Qt::Key_Down); // chooses the next entry, as a user would
    ASSERT_EQ(presets->currentIndex(), index);
    EXPECT_EQ(text(LabMetric::Mw), QStringLiteral("0.590"));
    const QString provenance = m_lab->provenanceLabel()->text();
    EXPECT_TRUE(provenance.contains(QStringLiteral("Source:"))) << provenance.toStdString();
    EXPECT_TRUE(provenance.contains(QStringLiteral("MW reported by")));
    EXPECT_TRUE(provenance.contains(QStringLiteral("derived")));
    EXPECT_TRUE(m_lab->state().value(LabMetric::D).ciText.contains(QStringLiteral(" to ")));
    // Unchanged, the lab becomes a slide that names the result, not its numbers.
    QSignalSpy spy(m_lab.get(), &EffectSizeLab::addToPresentation);
    QTest::mouseClick(m_lab->addButton(), Qt::LeftButton);
    ASSERT_EQ(spy.count(), 1);
    const auto slide = spy.at(0).at(0).value<eb::lecture::Slide>();
    ASSERT_TRUE(slide.lab.preset);
    EXPECT_EQ(slide.lab.preset->study, QStringLiteral("captain-ii"));

    // Moved away from the preset's value, the lab no longer claims it.
    QSlider *d = m_lab->slider(LabMetric::D);
    d->setFocus();
    QTest::keyClick(d, Qt::Key_Right);
    EXPECT_EQ(presets->currentIndex(), 0);
    EXPECT_TRUE(m_lab->provenanceLabel()->text().startsWith(QStringLiteral("Your own value")));
    EXPECT_FALSE(m_lab->currentSlide().lab.preset.has_value());
}

TEST_F(LabTest, ComparesWithABenchmark)
{
    QComboBox *compare = m_lab->compareBox();
    compare->setFocus();
    QTest::keyClick(compare, Qt::Key_Down); // the small benchmark
    QTest::keyClick(compare, Qt::Key_Down); // the medium benchmark
    QApplication::processEvents();
    EXPECT_TRUE(m_lab->compareView()->isVisible());
    auto *chart = m_lab->compareView()->distributionChart();
    ASSERT_NE(chart, nullptr);
    EXPECT_DOUBLE_EQ(*chart->spec().mw, 0.64);
}

TEST_F(LabTest, UnshowableValuesAreSaidInWords)
{
    type(LabMetric::Mw, QStringLiteral("1"));
    EXPECT_TRUE(m_lab->messageLabel()->text().contains(QStringLiteral("MW = 1")));
    type(LabMetric::Mw, QStringLiteral("0.5"));
    EXPECT_EQ(text(LabMetric::Nnt), QStringLiteral("infinite (no effect)"));
    static const QRegularExpression bad(QStringLiteral("\\b(nan|inf)\\b"),
                                        QRegularExpression::CaseInsensitiveOption);
    for (LabMetric metric : eb::lecture::kLabMetrics) {
        EXPECT_FALSE(bad.match(text(metric)).hasMatch()) << text(metric).toStdString();
    }
    EXPECT_FALSE(bad.match(m_lab->wordsLabel()->text()).hasMatch());
}

} // namespace
