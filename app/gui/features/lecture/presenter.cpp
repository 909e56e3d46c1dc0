#include "gui/features/lecture/presenter.h"

#include "catalogue/catalogue.h"
#include "charts/chartfigure.h"
#include "charts/chartview.h"
#include "charts/distributionchart.h"
#include "charts/forestplot.h"
#include "gui/features/lecture/presenterconsole.h"
#include "lecture/forestreveal.h"
#include "lecture/labfigure.h"
#include "lecture/slidefigure.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QSlider>
#include <QTimer>
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
        // Two side by side within 640 points (1280x800 at 200%): less than the view's own
        // least width; the presenter is full screen, where each takes half.
        view->setMinimumSize(240, 180);
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
    live->setContentsMargins(0, 0, 0, 0);
    live->addWidget(m_liveSlider, 2);
    live->addWidget(m_liveLabel, 3);
    connect(m_liveSlider, &QSlider::valueChanged, this, &Presenter::liveMoved);

    // The counter has a strip of its own under the slide, so that it never covers slide text
    // (a long title runs the full width of the chart).
    m_counter = new QLabel;
    m_counter->setObjectName(QStringLiteral("slideCounter"));
    m_counter->setMargin(4);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(8, 0, 8, 0);
    bottom->addWidget(m_liveBar, 1);
    bottom->addStretch(0);
    bottom->addWidget(m_counter, 0, Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(charts, 1);
    layout->addLayout(bottom);

    // B: the audience sees black, nothing else (the counter too is covered).
    m_blank = new QWidget(this);
    m_blank->setObjectName(QStringLiteral("presenterBlank"));
    m_blank->setAutoFillBackground(true);
    m_blank->setPalette(dark);
    m_blank->hide();
    m_help = new QLabel(keysText(), this);
    m_help->setObjectName(QStringLiteral("presenterKeys"));
    m_help->setAutoFillBackground(true);
    m_help->setPalette(dark);
    m_help->setMargin(24);
    m_help->setFrameShape(QFrame::Box);
    m_help->hide();
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
    m_help->setFont(big);
    m_liveLabel->setFont(big);
    m_liveLabel->setStyleSheet(QStringLiteral("color: white;"));
}

void Presenter::present(QScreen *screen, int slide)
{
    if (screen == nullptr) {
        screen = QGuiApplication::primaryScreen();
    }
    m_screen = screen;
    if (screen != nullptr) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    m_clock.start();
    setBlanked(false);
    m_help->hide();
    m_typed.clear();
    showSlide(slide);
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
    // With a second screen the lecturer's console opens on it at once.
    if (QGuiApplication::screens().size() > 1) {
        setConsoleShown(true);
    }
}

QString Presenter::keysText()
{
    return tr("Keys while presenting\n\n"
              "Right, Space, Page Down: next (or the next reveal step)\n"
              "Left, Page Up: previous\n"
              "Home, End: first, last slide\n"
              "a number, then Enter: go to that slide\n"
              "B or .: blank the screen (again: back)\n"
              "P: the presenter console (current and next slide, notes, time)\n"
              "?: this list (again: hide it)\n"
              "Esc: leave the presentation");
}

bool Presenter::isBlanked() const
{
    return m_blank->isVisible();
}

void Presenter::setBlanked(bool blanked)
{
    m_blank->setGeometry(rect());
    m_blank->setVisible(blanked);
    if (blanked) {
        m_blank->raise();
    }
}

void Presenter::setConsoleShown(bool shown)
{
    if (!shown) {
        if (m_console != nullptr) {
            m_console->hide();
        }
        if (!isFullScreen() && isVisible()) {
            showFullScreen();
        }
        return;
    }
    if (m_console == nullptr) {
        m_console = new PresenterConsole(*this, m_catalogue);
    }
    QScreen *slideScreen = m_screen != nullptr ? m_screen : QGuiApplication::primaryScreen();
    QScreen *other = nullptr;
    for (QScreen *candidate : QGuiApplication::screens()) {
        if (candidate != slideScreen) {
            other = candidate;
            break;
        }
    }
    if (other != nullptr) {
        m_console->setScreen(other);
        m_console->setGeometry(other->availableGeometry());
        m_console->showMaximized();
    } else if (slideScreen != nullptr) {
        // One screen: the slide on the left two thirds, the console beside it.
        const QRect area = slideScreen->availableGeometry();
        const int slideWidth = area.width() * 2 / 3;
        const QRect slideRect(area.x(), area.y(), slideWidth, area.height());
        showNormal();
        setGeometry(slideRect);
        // Leaving full screen restores the earlier geometry when the window system gets to
        // it: the slide's place is set again after that.
        QTimer::singleShot(0, this, [this, slideRect] {
            if (m_console != nullptr && m_console->isVisible() && !isFullScreen()) {
                setGeometry(slideRect);
            }
        });
        m_console->show();
        // The console's frame (title bar, borders) stays on the screen too.
        const QRect frame = m_console->frameGeometry();
        const QRect inner = m_console->geometry();
        const QMargins margins(inner.left() - frame.left(), inner.top() - frame.top(),
                               frame.right() - inner.right(), frame.bottom() - inner.bottom());
        m_console->setGeometry(
            QRect(area.x() + slideWidth, area.y(), area.width() - slideWidth, area.height())
                .marginsRemoved(margins));
    }
    m_console->refresh();
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
        // The slide shows the deck's value as built (exactly, with its interval, the same
        // figure the PDF prints); the slider only shows where that value lies, and only a
        // drag replaces it.
        m_live = *built.lab;
        m_liveTitle = built.labTitle;
        m_axisLow = built.labAxisLow;
        m_axisHigh = built.labAxisHigh;
        const LabMetric metric =
            m_live.input.metric == LabMetric::Nnt ? LabMetric::Mw : m_live.input.metric;
        const QSignalBlocker block(m_liveSlider);
        m_liveSlider->setRange(lecture::sliderMinimum(metric), lecture::sliderMaximum(metric));
        m_liveSlider->setValue(
            lecture::sliderPosition(metric, m_live.value(metric).value.value_or(0.5)));
        showLiveValues();
    }
    m_typed.clear();
    m_counter->setText(counterText());
    placeCounter();
    emit changed();
}

void Presenter::showLiveValues()
{
    const lecture::LabState &state = m_live;
    m_liveLabel->setText(tr("MW %1 · d %2 · U3 %3 · NNT %4")
                             .arg(state.value(LabMetric::Mw).text, state.value(LabMetric::D).text,
                                  state.value(LabMetric::U3).text,
                                  state.value(LabMetric::Nnt).text));
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
    showLiveValues();
    // The same title and axis as the slide opened with: the chart never jumps under a drag.
    evidence::DistributionSpec spec = lecture::labDistribution(state, m_liveTitle, m_deck.fontScale,
                                                               lecture::LabFigureText::Teaching);
    spec.axisLow = m_axisLow;
    spec.axisHigh = m_axisHigh;
    m_views[0]->setFigure(std::make_unique<charts::DistributionChart>(std::move(spec)));
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
    if (!m_typed.isEmpty()) {
        return tr("Go to %1 / %2").arg(m_typed).arg(m_deck.slides.size());
    }
    return QStringLiteral("%1 / %2").arg(m_index + 1).arg(m_deck.slides.size());
}

void Presenter::next()
{
    if (m_reveal != nullptr && m_reveal->step() < m_reveal->stepCount()) {
        m_reveal->setStep(m_reveal->step() + 1);
        emit changed();
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
        emit changed();
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

bool Presenter::numberKey(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && m_typed.size() < 6) {
        m_typed += QChar(u'0' + (key - Qt::Key_0));
    } else if (key == Qt::Key_Backspace && !m_typed.isEmpty()) {
        m_typed.chop(1);
    } else if ((key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_G) &&
               !m_typed.isEmpty()) {
        const int number = m_typed.toInt();
        m_typed.clear();
        if (number >= 1 && number <= m_deck.slides.size()) {
            showSlide(number - 1);
        }
    } else if (key == Qt::Key_Escape && !m_typed.isEmpty()) {
        m_typed.clear();
    } else {
        return false;
    }
    m_counter->setText(counterText());
    placeCounter();
    return true;
}

void Presenter::keyPressEvent(QKeyEvent *event)
{
    if (numberKey(event)) {
        event->accept();
        return;
    }
    switch (event->key()) {
    case Qt::Key_B:
    case Qt::Key_Period:
        setBlanked(!isBlanked());
        break;
    case Qt::Key_Question:
    case Qt::Key_F1:
        m_help->setVisible(!m_help->isVisible());
        placeCounter();
        break;
    case Qt::Key_P:
        setConsoleShown(m_console == nullptr || !m_console->isVisible());
        break;
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
        if (m_help->isVisible()) {
            m_help->hide();
        } else if (isBlanked()) {
            setBlanked(false);
        } else {
            close();
        }
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
    if (m_console != nullptr) {
        m_console->hide();
    }
    QWidget::closeEvent(event);
    emit closed();
}

void Presenter::placeCounter()
{
    // The counter sits in its own strip (see the constructor); the overlays cover the window.
    m_blank->setGeometry(rect());
    m_help->adjustSize();
    m_help->move(std::max(0, (width() - m_help->width()) / 2),
                 std::max(0, (height() - m_help->height()) / 2));
    m_help->raise();
    if (isBlanked()) {
        m_blank->raise();
    }
}

} // namespace eb::gui
