#include "gui/features/lecture/presenter.h"

#include "catalogue/catalogue.h"
#include "charts/chartfigure.h"
#include "charts/chartview.h"
#include "charts/distributionchart.h"
#include "charts/forestplot.h"
#include "lecture/forestreveal.h"
#include "lecture/slidefigure.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QSlider>
#include <QVBoxLayout>

namespace eb::gui {

using lecture::LabMetric;

Presenter::Presenter(const catalogue::Catalogue &catalogue, QWidget *parent)
    : QWidget(parent, Qt::Window), m_catalogue(catalogue)
{
    setWindowTitle(tr("Presentation"));
    setObjectName(QStringLiteral("presenter"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    setFocusPolicy(Qt::StrongFocus);
    // High contrast: the white slide on black, white type around it.
    setAutoFillBackground(true);
    QPalette dark = palette();
    dark.setColor(QPalette::Window, Qt::black);
    dark.setColor(QPalette::WindowText, Qt::white);
    setPalette(dark);

    auto *charts = new QHBoxLayout;
    charts->setContentsMargins(0, 0, 0, 0);
    charts->setSpacing(4);
    for (auto &view : m_views) {
        view = new charts::ChartView;
        view->setFocusPolicy(Qt::NoFocus); // the arrow keys step the slides, never scroll
        view->setFillsView(true);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        charts->addWidget(view, 1);
    }
    m_liveBar = new QWidget;
    auto *live = new QHBoxLayout(m_liveBar);
    m_liveSlider = new QSlider(Qt::Horizontal);
    m_liveSlider->setObjectName(QStringLiteral("presenterLiveSlider"));
    m_liveSlider->setFocusPolicy(Qt::NoFocus);
    m_liveSlider->setAccessibleName(tr("Effect size"));
    // Large enough to grab in front of an audience, white on black like the rest.
    m_liveSlider->setStyleSheet(QStringLiteral(
        "QSlider::groove:horizontal { height: 10px; background: #777; border-radius: 5px; }"
        "QSlider::sub-page:horizontal { background: #56B4E9; border-radius: 5px; }"
        "QSlider::handle:horizontal { width: 30px; margin: -12px 0; background: white; "
        "border-radius: 6px; }"));
    m_liveSlider->setMinimumHeight(40);
    m_liveSlider->setMinimumWidth(320);
    m_liveLabel = new QLabel;
    m_liveLabel->setWordWrap(true);
    live->addWidget(m_liveSlider, 2);
    live->addWidget(m_liveLabel, 3);
    connect(m_liveSlider, &QSlider::valueChanged, this, &Presenter::liveMoved);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(charts, 1);
    layout->addWidget(m_liveBar);

    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("slideCounter"));
    m_counter->setAutoFillBackground(true);
    m_counter->setPalette(dark);
    m_counter->setMargin(4);
}

Presenter::~Presenter() = default;

void Presenter::setDeck(const lecture::Deck &deck)
{
    m_deck = deck;
    QFont big = font();
    big.setPixelSize(static_cast<int>(std::round(16 * std::max(1.0, m_deck.fontScale))));
    // (the counter sits in the chart's title line: no larger than the title's type)
    big.setBold(true);
    m_counter->setFont(big);
    m_liveLabel->setFont(big);
    m_liveLabel->setStyleSheet(QStringLiteral("color: white;"));
}

void Presenter::present(QScreen *screen, int slide)
{
    if (screen == nullptr) {
        screen = QGuiApplication::primaryScreen();
    }
    if (screen != nullptr) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showSlide(slide);
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

void Presenter::showSlide(int index, bool fullyRevealed)
{
    m_reveal = nullptr;
    if (m_deck.slides.isEmpty()) {
        for (auto *view : m_views) {
            view->setFigure(nullptr);
        }
        m_liveBar->hide();
        m_counter->setText(tr("No slides"));
        placeCounter();
        return;
    }
    m_index = std::clamp(index, 0, static_cast<int>(m_deck.slides.size()) - 1);
    const lecture::Slide &slide = m_deck.slides.at(m_index);
    lecture::BuiltSlide built = lecture::buildSlide(slide, m_catalogue, m_deck.fontScale);
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        std::unique_ptr<charts::ChartFigure> figure;
        if (i < built.figures.size()) {
            figure = std::move(built.figures[i]);
        }
        m_views.at(i)->setVisible(figure != nullptr);
        m_views.at(i)->setFigure(std::move(figure));
    }
    if (slide.kind == lecture::SlideKind::Forest && slide.reveal && built.ok()) {
        auto *forest = static_cast<charts::ForestPlot *>(m_views[0]->figure());
        m_reveal = new lecture::ForestReveal(forest);
        m_reveal->setStep(fullyRevealed ? m_reveal->stepCount() : 1);
    }
    m_liveBar->setVisible(built.lab.has_value());
    if (built.lab) {
        m_live = *built.lab;
        m_liveTitle = built.title;
        const LabMetric metric =
            m_live.input.metric == LabMetric::Nnt ? LabMetric::Mw : m_live.input.metric;
        const QSignalBlocker block(m_liveSlider);
        m_liveSlider->setRange(lecture::sliderMinimum(metric), lecture::sliderMaximum(metric));
        m_liveSlider->setValue(
            lecture::sliderPosition(metric, m_live.value(metric).value.value_or(0.5)));
        liveMoved(m_liveSlider->value());
    }
    m_counter->setText(counterText());
    placeCounter();
}

void Presenter::liveMoved(int position)
{
    lecture::LabInput input = m_live.input;
    input.metric = input.metric == LabMetric::Nnt ? LabMetric::Mw : input.metric;
    input.value = lecture::sliderValue(input.metric, position);
    input.ciLow.reset();
    input.ciHigh.reset();
    const lecture::LabState state = lecture::computeLab(input);
    if (!state.ok) {
        m_liveLabel->setText(state.message);
        return;
    }
    m_live = state;
    m_liveLabel->setText(tr("MW %1 · d %2 · U3 %3 · NNT %4")
                             .arg(state.value(LabMetric::Mw).text, state.value(LabMetric::D).text,
                                  state.value(LabMetric::U3).text,
                                  state.value(LabMetric::Nnt).text));
    m_views[0]->setFigure(std::make_unique<charts::DistributionChart>(
        lecture::labDistribution(state, m_liveTitle, m_deck.fontScale)));
}

int Presenter::revealStep() const
{
    return m_reveal != nullptr ? m_reveal->step() : 1;
}

int Presenter::revealStepCount() const
{
    return m_reveal != nullptr ? m_reveal->stepCount() : 1;
}

QString Presenter::counterText() const
{
    return QStringLiteral("%1 / %2").arg(m_index + 1).arg(m_deck.slides.size());
}

void Presenter::next()
{
    if (m_reveal != nullptr && m_reveal->step() < m_reveal->stepCount()) {
        m_reveal->setStep(m_reveal->step() + 1);
        return;
    }
    if (m_index + 1 < m_deck.slides.size()) {
        showSlide(m_index + 1);
    }
}

void Presenter::previous()
{
    if (m_reveal != nullptr && m_reveal->step() > 1) {
        m_reveal->setStep(m_reveal->step() - 1);
        return;
    }
    if (m_index > 0) {
        showSlide(m_index - 1, true);
    }
}

void Presenter::first()
{
    showSlide(0);
}

void Presenter::last()
{
    showSlide(static_cast<int>(m_deck.slides.size()) - 1, true);
}

void Presenter::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        previous();
        break;
    case Qt::Key_Home:
        first();
        break;
    case Qt::Key_End:
        last();
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void Presenter::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeCounter();
}

void Presenter::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    emit closed();
}

void Presenter::placeCounter()
{
    // Top right, in the title's line: charts keep that corner free (their titles are short and
    // left-aligned; the values and the legend sit lower), so the counter covers nothing.
    m_counter->adjustSize();
    m_counter->move(width() - m_counter->width() - 8, 8);
    m_counter->raise();
}

} // namespace eb::gui
