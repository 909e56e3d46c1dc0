#include "lecture/deckpdf.h"

#include "charts/chartfigure.h"
#include "lecture/slidefigure.h"
#include "output/outputfile.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace eb::lecture {
namespace {

constexpr double kLogicalDpi = 96.0;
constexpr int kPdfDpi = 1200;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::lecture::DeckPdf", text);
}

} // namespace

void layoutSlide(BuiltSlide &slide, const QSizeF &size)
{
    const double count = static_cast<double>(std::max<std::size_t>(1, slide.figures.size()));
    for (auto &figure : slide.figures) {
        // As the presenter does: larger when the type would not fit, drawn scaled to the area.
        figure->resize(
            charts::fittedLayoutSize(*figure, QSizeF(size.width() / count, size.height())));
    }
}

void paintSlide(BuiltSlide &slide, QPainter &painter, const QSizeF &slideSize, double scale)
{
    const double count = static_cast<double>(std::max<std::size_t>(1, slide.figures.size()));
    const QSizeF area(slideSize.width() / count, slideSize.height());
    double x = 0;
    for (auto &figure : slide.figures) {
        const QSizeF size = figure->size();
        // The same scene the presenter shows, painted as vectors (scaled into its area when it
        // was laid out larger).
        figure->scene()->render(&painter, QRectF(QPointF(x, 0) * scale, area * scale),
                                QRectF(QPointF(0, 0), size), Qt::KeepAspectRatio);
        x += area.width();
    }
}

bool writeDeckPdf(const Deck &deck, const catalogue::CatalogueReader &catalogue, QIODevice &device,
                  const QSizeF &slideSize, QString *error)
{
    if (deck.slides.isEmpty()) {
        *error = tr("the deck has no slides");
        return false;
    }
    if (slideSize.isEmpty()) {
        *error = tr("the slide size is empty");
        return false;
    }
    QPdfWriter writer(&device);
    writer.setCreator(QStringLiteral("Evidence Browser"));
    writer.setTitle(deck.title);
    writer.setPageSize(QPageSize(slideSize * (72.0 / kLogicalDpi), QPageSize::Point, QString(),
                                 QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(kPdfDpi);
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("cannot start the PDF document");
        return false;
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const double scale = kPdfDpi / kLogicalDpi;
    for (qsizetype i = 0; i < deck.slides.size(); ++i) {
        if (i > 0 && !writer.newPage()) {
            *error = tr("cannot add page %1").arg(i + 1);
            return false;
        }
        BuiltSlide slide = buildSlide(deck.slides.at(i), catalogue, deck.fontScale);
        layoutSlide(slide, slideSize);
        paintSlide(slide, painter, slideSize, scale);
    }
    painter.end();
    return true;
}

bool exportDeckPdf(const Deck &deck, const catalogue::CatalogueReader &catalogue,
                   const QString &path, const QSizeF &slideSize, QString *error)
{
    // Drawn into memory and written whole through the one checked path: QPdfWriter reports no
    // write errors of its own, so a full disk would otherwise leave a truncated PDF "written".
    return eb::output::writeFileFrom(
        path,
        [&](QIODevice &device, QString *why) {
            return writeDeckPdf(deck, catalogue, device, slideSize, why);
        },
        error);
}

} // namespace eb::lecture
