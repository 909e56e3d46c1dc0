// The evidence summary written out: an HTML document with the forest plot inline as SVG, or
// one vector PDF page with embedded fonts.
#include "charts/chartexport.h"
#include "charts/forestplot.h"
#include "export/evidencesummary.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

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
                           "h2 { font-size: 10.5pt; margin-top: 8px; margin-bottom: 2px; }"
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
    if (auto forest = summaryForest(summary)) {
        forest->resize(forest->naturalSize(900));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        eb::charts::ExportOptions options;
        options.title = forest->spec().title;
        QString error;
        if (eb::charts::writeFigure(*forest, buffer, eb::charts::ExportFormat::Svg, options,
                                    &error)) {
            figure = QString::fromUtf8(buffer.data());
            const qsizetype start = figure.indexOf(QStringLiteral("<svg"));
            figure = QStringLiteral("<div class=\"figure\">%1</div>").arg(figure.mid(start));
        }
    } else {
        figure =
            QStringLiteral("<p>%1</p>")
                .arg(tr("No result of this study can be drawn on the MW scale.").toHtmlEscaped());
    }
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<title>%1</title><style>%2 .figure svg { max-width: 100%; "
                          "height: auto; } @page { margin: 12mm; }</style></head>\n<body>\n"
                          "%3\n%4\n%5\n</body></html>\n")
        .arg(tr("Evidence summary: %1").arg(summary.study.name).toHtmlEscaped(),
             QString::fromLatin1(kStyle), html.top, figure, html.bottom);
}

bool writeSummaryPdf(const EvidenceSummary &summary, const QString &path,
                     QPageSize::PageSizeId page, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const SummaryHtml html = summaryHtml(summary);
    std::unique_ptr<eb::charts::ForestPlot> forest = summaryForest(summary);
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Evidence Browser %1").arg(summary.programVersion));
        writer.setTitle(tr("Evidence summary: %1").arg(summary.study.name));
        writer.setPageLayout(QPageLayout(QPageSize(page), QPageLayout::Portrait,
                                         QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        writer.setResolution(static_cast<int>(kPdfDpi));
        const QSizeF available =
            writer.pageLayout().paintRectPixels(static_cast<int>(kPdfDpi)).size() *
            (kLogicalDpi / kPdfDpi);

        // The largest scale at which everything fits one page: a smaller scale lays the text
        // out wider, so it takes fewer lines.
        QTextDocument top;
        QTextDocument bottom;
        double scale = 1.0;
        double width = available.width();
        double figureHeight = 0;
        for (;; scale -= 0.05) {
            width = available.width() / scale;
            setUp(top, html.top, width);
            setUp(bottom, html.bottom, width);
            // The figure is laid out at kFigureWidth and drawn scaled to the text width.
            figureHeight = forest
                               ? std::min(forest->naturalSize(kFigureWidth).height(),
                                          0.4 * available.height() / scale * kFigureWidth / width) *
                                     width / kFigureWidth
                               : 0;
            const double total = top.size().height() + figureHeight + bottom.size().height();
            if (total * scale <= available.height() || scale - 0.05 < kSmallestScale) {
                if (total * scale > available.height()) {
                    *error = tr("the summary of %1 does not fit one page").arg(summary.study.name);
                    file.cancelWriting();
                    return false;
                }
                break;
            }
        }
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("cannot start the PDF document");
            file.cancelWriting();
            return false;
        }
        painter.scale(kPdfDpi / kLogicalDpi * scale, kPdfDpi / kLogicalDpi * scale);
        top.drawContents(&painter);
        painter.translate(0, top.size().height());
        if (forest) {
            // Laid out at a width where its label columns and axis title fit, then scaled.
            const QSizeF figure(kFigureWidth, figureHeight * kFigureWidth / width);
            forest->resize(figure);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            forest->scene()->render(&painter, QRectF(0, 0, width, figureHeight),
                                    QRectF(QPointF(0, 0), figure), Qt::IgnoreAspectRatio);
            painter.translate(0, figureHeight);
        }
        bottom.drawContents(&painter);
        painter.end();
    }
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeSummary(const EvidenceSummary &summary, const QString &path, QPageSize::PageSizeId page,
                  QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        return writeSummaryPdf(summary, path, page, error);
    }
    if (suffix != QLatin1String("html") && suffix != QLatin1String("htm")) {
        *error = tr("%1 does not end in .html or .pdf").arg(path);
        return false;
    }
    QSaveFile file(path);
    const QByteArray data = summaryHtmlDocument(summary).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace eb::exporting
