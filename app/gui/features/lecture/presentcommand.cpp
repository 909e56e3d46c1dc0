#include "gui/features/lecture/presentcommand.h"

#include "catalogue/catalogue.h"
#include "gui/features/lecture/presenter.h"
#include "lecture/deck.h"

#include <QApplication>
#include <QTimer>
#include <cstdio>

namespace eb::gui {
namespace {

QString tr(const char *text)
{
    return QApplication::translate("eb::gui::PresentCommand", text);
}

int fail(int status, const QString &message)
{
    std::fprintf(stderr, "evidence-browser: %s\n", qPrintable(message));
    return status;
}

} // namespace

int runPresentation(const catalogue::Catalogue &catalogue, const QString &deckFile, int slide,
                    const QString &screenshotFile)
{
    QString error;
    const auto deck = lecture::loadDeck(deckFile, &error);
    if (!deck) {
        return fail(2, error);
    }
    if (deck->slides.isEmpty()) {
        return fail(2, tr("%1: the deck has no slides").arg(deckFile));
    }
    if (slide < 1 || slide > deck->slides.size()) {
        return fail(2, tr("--slide: %1 is not a slide of %2 (1 to %3)")
                           .arg(slide)
                           .arg(deckFile)
                           .arg(deck->slides.size()));
    }
    Presenter presenter(catalogue);
    presenter.setDeck(*deck);
    QObject::connect(&presenter, &Presenter::closed, qApp, [] { QApplication::exit(0); });
    presenter.present(nullptr, slide - 1);
    if (!screenshotFile.isEmpty()) {
        // After the first layout and paint: what the audience sees, the counter included.
        QTimer::singleShot(300, &presenter, [&presenter, screenshotFile] {
            const bool saved = presenter.grab().save(screenshotFile);
            if (!saved) {
                fail(1, tr("cannot write %1").arg(screenshotFile));
            }
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}

} // namespace eb::gui
