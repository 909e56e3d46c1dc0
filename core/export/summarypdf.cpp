// The evidence summary written out: an HTML document with the forest plot inline as SVG, or
// one vector PDF page with embedded fonts.
#include "charts/chartexport.h"
#include "charts/forestplot.h"
#include "export/evidencesummary.h"
#include "output/messagetext.h"
#include "output/outputfile.h"
#include "output/textformats.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <algorithm>

namespace eb::exporting {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::exporting::summary", text);
}

constexpr double kLogicalDpi = 96.0;
constexpr double kPdfDpi = 1200.0;
constexpr double kSmallestScale = 0.5; // below this the page would not print legibly
constexpr double kFigureWidth = 900.0; // logical pixels the forest plot is laid out at

// Black on white with grey rules: the page prints legibly in black and white.
const char *const kStyle = "body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; "
                           "color: #000000; }"
                           "h1 { font-size: 14pt; margin-bottom: 2px; }"
                           "h2 { font-size: 10pt; margin-top: 6px; margin-bottom: 1px; }"
                           "p { margin-top: 2px; margin-bottom: 2px; }"
                           "table { border-collapse: collapse; margin-top: 2px; }"
                           "th { text-align: left; background-color: #e6e6e6; "
                           "border: 1px solid #808080; padding: 2px; }"
                           "td { border: 1px solid #808080; padding: 2px; }"
                           ".note { font-size: 7.5pt; }"
                           "ol { margin-top: 2px; }";

void setUp(QTextDocument &document, const QString &body, double width)
{
    document.setUseDesignMetrics(true);
    document.setDefaultStyleSheet(QString::fromLatin1(kStyle));
    document.setDocumentMargin(0);
    document.setHtml(QStringLiteral("<html><body>%1</body></html>").arg(body));
    document.setTextWidth(width);
}

} // namespace

QString summaryHtmlDocument(const EvidenceSummary &summary)
{
    const SummaryHtml html = summaryHtml(summary);
    QString figure;
    for (const std::unique_ptr<eb::charts::ForestPlot> &forest : summaryForests(summary)) {
        forest->resize(forest->naturalSize(900));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        eb::charts::ExportOptions options;
        options.title = forest->spec().title;
        QString error;
        if (eb::charts::writeFigure(*forest, buffer, eb::charts::ExportFormat::Svg, options,
                                    &error)) {
            const QString svg = QString::fromUtf8(buffer.data());
            figure += QStringLiteral("<div class=\"figure\">%1</div>")
                          .arg(svg.mid(svg.indexOf(QStringLiteral("<svg"))));
        }
    }
    if (figure.isEmpty()) {
        figure = QStringLiteral("<p>%1</p>")
                     .arg(tr("No result of this study has a value to draw.").toHtmlEscaped());
    }
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<title>%1</title><style>%2 .figure svg { max-width: 100%; "
                          "height: auto; } @page { margin: 10mm; }</style></head>\n<body>\n"
                          "%3\n%4\n%5\n</body></html>\n")
        .arg(eb::output::xmlEscaped(tr("Evidence summary: %1").arg(summary.study.name)),
             QString::fromLatin1(kStyle), html.top, figure, html.bottom);
}

namespace {

// Where the parts of the page go, in logical pixels before `scale` is applied.
struct PageLayout
{
    double scale = 1.0;
    double width = 0;            // the text width
    QList<double> figureHeights; // each forest plot's height as drawn (at `width`)
    bool fits = false;
};

using Forests = std::vector<std::unique_ptr<eb::charts::ForestPlot>>;

// The largest scale, in steps of 2.5%, at which everything fits one page: a smaller scale lays
// the text out wider, so it takes fewer lines. The forest plots are laid out at kFigureWidth
// and drawn scaled to the text width, together at most 40% of the page high and down to a
// quarter of it when the text needs the room (each shrunk by the same factor).
PageLayout layOut(QTextDocument &top, QTextDocument &bottom, const SummaryHtml &html,
                  const Forests &forests, const QSizeF &available)
{
    PageLayout layout;
    for (int step = 0;; ++step) {
        layout.scale = 1.0 - 0.025 * step;
        layout.width = available.width() / layout.scale;
        setUp(top, html.top, layout.width);
        setUp(bottom, html.bottom, layout.width);
        const double toText = layout.width / kFigureWidth;
        double natural = 0;
        for (const auto &forest : forests) {
            natural += forest->naturalSize(kFigureWidth).height() * toText;
        }
        // The room the text leaves, between a quarter and 40% of the page: the text keeps its
        // size first, and the plots give up height before the text is set smaller.
        const double page = available.height() / layout.scale;
        const double budget = std::clamp(page - top.size().height() - bottom.size().height(),
                                         0.25 * page, 0.4 * page);
        const double shrink = natural > budget ? budget / natural : 1.0;
        layout.figureHeights.clear();
        double figures = 0;
        for (const auto &forest : forests) {
            layout.figureHeights << forest->naturalSize(kFigureWidth).height() * toText * shrink;
            figures += layout.figureHeights.last();
        }
        const double total = top.size().height() + figures + bottom.size().height();
        layout.fits = total * layout.scale <= available.height();
        if (layout.fits || layout.scale - 0.025 < kSmallestScale - 1e-9) {
            return layout;
        }
    }
}

QSizeF printableArea(const QPageLayout &page)
{
    return page.paintRectPixels(static_cast<int>(kPdfDpi)).size() * (kLogicalDpi / kPdfDpi);
}

QPageLayout pageLayout(QPageSize::PageSizeId page)
{
    return QPageLayout(QPageSize(page), QPageLayout::Portrait, QMarginsF(10, 10, 10, 10),
                       QPageLayout::Millimeter);
}

} // namespace

double summaryPageScale(const EvidenceSummary &summary, QPageSize::PageSizeId page)
{
    QTextDocument top;
    QTextDocument bottom;
    const Forests forests = summaryForests(summary);
    const PageLayout layout =
        layOut(top, bottom, summaryHtml(summary), forests, printableArea(pageLayout(page)));
    return layout.fits ? layout.scale : 0;
}

namespace {

bool drawSummaryPdf(const EvidenceSummary &summary, QIODevice &file, QPageSize::PageSizeId page,
                    QString *error)
{
    const SummaryHtml html = summaryHtml(summary);
    const Forests forests = summaryForests(summary);
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Evidence Browser %1").arg(summary.programVersion));
        writer.setTitle(tr("Evidence summary: %1").arg(summary.study.name));
        writer.setPageLayout(pageLayout(page));
        writer.setResolution(static_cast<int>(kPdfDpi));
        QTextDocument top;
        QTextDocument bottom;
        const PageLayout layout =
            layOut(top, bottom, html, forests, printableArea(writer.pageLayout()));
        if (!layout.fits) {
            *error = tr("the summary of %1 does not fit one page")
                         .arg(eb::output::elidedInput(summary.study.name));
            return false;
        }
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("cannot start the PDF document");
            return false;
        }
        painter.scale(kPdfDpi / kLogicalDpi * layout.scale, kPdfDpi / kLogicalDpi * layout.scale);
        top.drawContents(&painter);
        painter.translate(0, top.size().height());
        for (std::size_t i = 0; i < forests.size(); ++i) {
            // Laid out at a width where its label columns and axis title fit, then scaled.
            const double height = layout.figureHeights.at(static_cast<qsizetype>(i));
            const double toFigure = kFigureWidth / layout.width;
            const QSizeF figure(kFigureWidth, height * toFigure);
            forests.at(i)->resize(figure);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            forests.at(i)->scene()->render(&painter, QRectF(0, 0, layout.width, height),
                                           QRectF(QPointF(0, 0), figure), Qt::IgnoreAspectRatio);
            painter.translate(0, height);
        }
        bottom.drawContents(&painter);
        painter.end();
    }
    return true;
}

} // namespace

bool writeSummaryPdf(const EvidenceSummary &summary, const QString &path,
                     QPageSize::PageSizeId page, QString *error)
{
    // Drawn into memory and written whole through the one checked path: QPdfWriter reports no
    // write errors of its own.
    return eb::output::writeFileFrom(
        path,
        [&](QIODevice &file, QString *why) { return drawSummaryPdf(summary, file, page, why); },
        error);
}

bool writeSummary(const EvidenceSummary &summary, const QString &path, QPageSize::PageSizeId page,
                  QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        return writeSummaryPdf(summary, path, page, error);
    }
    if (suffix != QLatin1String("html") && suffix != QLatin1String("htm")) {
        *error = tr("%1 does not end in .html or .pdf").arg(eb::output::elidedInput(path, 80));
        return false;
    }
    return eb::output::writeFile(path, summaryHtmlDocument(summary).toUtf8(), error);
}

} // namespace eb::exporting
