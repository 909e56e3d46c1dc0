#include "gui/features/lecture/presenterconsole.h"

#include "catalogue/catalogue.h"
#include "charts/chartfigure.h"
#include "charts/chartview.h"
#include "charts/forestplot.h"
#include "gui/features/lecture/presenter.h"
#include "lecture/forestreveal.h"
#include "lecture/slidefigure.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QTimer>

namespace eb::gui {
namespace {

// The console's previews are small: their charts at the ordinary type size.
constexpr double kPreviewFontScale = 1.0;

void showBuilt(charts::ChartView *view, lecture::BuiltSlide built, const lecture::Slide *slide,
               int revealStep)
{
    if (built.figures.empty()) {
        view->setFigure(nullptr);
        return;
    }
    // The first figure stands for the slide (a comparison's second chart is beside it on the
    // audience's screen).
    view->setFigure(std::move(built.figures.front()));
    if (slide != nullptr && slide->kind == lecture::SlideKind::Forest && slide->reveal &&
        built.ok()) {
        auto *reveal = new lecture::ForestReveal(static_cast<charts::ForestPlot *>(view->figure()));
        reveal->setStep(revealStep);
    }
}

} // namespace

QString elapsedClock(qint64 milliseconds)
{
    const qint64 seconds = std::max<qint64>(0, milliseconds / 1000);
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

PresenterConsole::PresenterConsole(Presenter &presenter, const catalogue::Catalogue &catalogue)
    : QWidget(&presenter, Qt::Window), m_presenter(presenter), m_catalogue(catalogue)
{
    setObjectName(QStringLiteral("presenterConsole"));
    setWindowTitle(tr("Presenter console"));
    m_currentLabel = new QLabel;
    m_currentLabel->setWordWrap(true);
    m_nextLabel = new QLabel;
    m_nextLabel->setWordWrap(true);
    for (auto **view : {&m_current, &m_next}) {
        *view = new charts::ChartView;
        (*view)->setFocusPolicy(Qt::NoFocus);
        (*view)->setFillsView(true);
        (*view)->setMinimumSize(120, 70);
    }
    m_notes = new QTextBrowser;
    m_notes->setObjectName(QStringLiteral("presenterNotes"));
    m_notes->setFocusPolicy(Qt::NoFocus);
    m_notes->setMinimumHeight(60);
    QFont notesFont = m_notes->font();
    notesFont.setPointSizeF(notesFont.pointSizeF() * 1.4);
    m_notes->setFont(notesFont);
    m_elapsed = new QLabel;
    m_elapsed->setObjectName(QStringLiteral("presenterElapsed"));
    QFont big = m_elapsed->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_elapsed->setFont(big);
    auto *keys = new QLabel(tr("Keys: Right/Left step, a number and Enter jump, B blanks, "
                               "P hides this console, ? lists every key, Esc ends."));
    keys->setWordWrap(true);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_currentLabel, 0, 0);
    layout->addWidget(m_current, 1, 0);
    layout->addWidget(m_nextLabel, 2, 0);
    layout->addWidget(m_next, 3, 0);
    layout->addWidget(m_elapsed, 4, 0);
    layout->addWidget(new QLabel(tr("Notes")), 5, 0);
    layout->addWidget(m_notes, 6, 0);
    layout->addWidget(keys, 7, 0);
    layout->setRowStretch(1, 3);
    layout->setRowStretch(3, 2);
    layout->setRowStretch(6, 2);

    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &PresenterConsole::tick);
    m_timer->start();
    connect(&presenter, &Presenter::changed, this, &PresenterConsole::refresh);
    tick();
}

PresenterConsole::~PresenterConsole() = default;

void PresenterConsole::refresh()
{
    const lecture::Deck &deck = m_presenter.deck();
    const int index = m_presenter.currentSlide();
    const qsizetype count = deck.slides.size();
    if (index < 0 || index >= count) {
        m_current->setFigure(nullptr);
        m_next->setFigure(nullptr);
        m_notes->clear();
        return;
    }
    const lecture::Slide &slide = deck.slides.at(index);
    lecture::BuiltSlide current = lecture::buildSlide(slide, m_catalogue, kPreviewFontScale);
    QStringList notes{slide.note, current.notes};
    notes.removeAll(QString());
    m_currentLabel->setText(
        tr("Now: slide %1 / %2, %3").arg(index + 1).arg(count).arg(current.title));
    showBuilt(m_current, std::move(current), &slide, m_presenter.revealStep());
    if (index + 1 < count) {
        lecture::BuiltSlide next =
            lecture::buildSlide(deck.slides.at(index + 1), m_catalogue, kPreviewFontScale);
        m_nextLabel->setText(tr("Next: slide %1, %2").arg(index + 2).arg(next.title));
        showBuilt(m_next, std::move(next), nullptr, 0);
    } else {
        m_nextLabel->setText(tr("Next: the end of the deck"));
        m_next->setFigure(nullptr);
    }
    m_notes->setPlainText(notes.isEmpty() ? tr("(no notes for this slide)")
                                          : notes.join(QStringLiteral("\n\n")));
}

QString PresenterConsole::currentTitle() const
{
    return m_currentLabel->text();
}

QString PresenterConsole::nextTitle() const
{
    return m_nextLabel->text();
}

QString PresenterConsole::notes() const
{
    return m_notes->toPlainText();
}

QString PresenterConsole::elapsedText() const
{
    return m_elapsed->text();
}

void PresenterConsole::tick()
{
    m_elapsed->setText(tr("Elapsed %1").arg(elapsedClock(m_presenter.elapsedMilliseconds())));
}

void PresenterConsole::keyPressEvent(QKeyEvent *event)
{
    // The lecturer may click into the console: its keys still drive the slides.
    QCoreApplication::sendEvent(&m_presenter, event);
}

} // namespace eb::gui
