#include "gui/detail/detailview.h"

#include "evidence/readernames.h"
#include "evidence/statement.h"
#include "gui/detail/detailhtml.h"
#include "gui/detail/resultline.h"
#include "gui/models/labels.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextTable>
#include <QTimer>
#include <QVBoxLayout>

namespace eb::gui {
namespace {

// The anchor names of a character of the document.
QStringList anchorNamesAt(const QTextDocument *document, int position)
{
    QTextCursor cursor(const_cast<QTextDocument *>(document));
    cursor.setPosition(position);
    cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    return cursor.charFormat().anchorNames();
}

QList<qint64> idsFromAnchor(const QString &name)
{
    QList<qint64> ids;
    const QStringList parts = name.split(QLatin1Char('-'));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        bool ok = false;
        const qint64 id = parts.at(i).toLongLong(&ok);
        if (ok) {
            ids << id;
        }
    }
    return ids;
}

} // namespace

DetailView::DetailView(QWidget *parent) : QTextBrowser(parent)
{
    // Lines break between words only, never inside one ("not rep|orted", a DOI): a table
    // column is at least as wide as its longest word.
    setWordWrapMode(QTextOption::WordWrap);
    // The scroll bar is always there: a page taller than the pane made it appear after the
    // page was laid out, and the narrower pane laid the page out a second time (half of
    // the page's cost at start-up and after an import, docs/performance.md). The text no
    // longer reflows between short and long pages either.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_opener = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("detailNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setAutoFillBackground(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(4);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    m_noticeTimer = new QTimer(this);
    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(12000);
    connect(m_noticeTimer, &QTimer::timeout, this, [this] {
        m_persistentNotice = false;
        m_notice->hide();
    });
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this,
            [this](const QUrl &url) {
                if (url.isEmpty()) {
                    if (!m_persistentNotice) {
                        m_notice->hide();
                    }
                    return;
                }
                if (url == QUrl(QString::fromLatin1(detail::kAllResultsLink))) {
                    showNotice(tr("Lists every result of this record here"), false);
                } else if (url.scheme() == QLatin1String("eb")) {
                    showNotice(
                        tr("Shows the %1 “%2” in this window").arg(url.host(), url.path().mid(1)),
                        false);
                } else {
                    showNotice(url.toString(), false);
                }
            });
}

void DetailView::setResults(const QList<catalogue::ResultRecord> &results)
{
    m_results = results;
    m_persistentNotice = false;
    m_notice->hide();
}

void DetailView::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    m_opener = std::move(opener);
}

void DetailView::openExternal(const QUrl &url)
{
    if (m_opener && m_opener(url)) {
        return;
    }
    showNotice(tr("Cannot open %1: no web browser is set up on this computer. Select the "
                  "address here to copy it.")
                   .arg(url.toString()),
               true);
}

QString DetailView::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void DetailView::showNotice(const QString &text, bool persistent)
{
    if (!persistent && m_persistentNotice) {
        return; // a failure stays readable while the mouse moves on
    }
    m_persistentNotice = persistent;
    m_notice->setText(text);
    placeNotice();
    m_notice->show();
    m_notice->raise();
    if (persistent) {
        m_noticeTimer->start();
    }
}

void DetailView::placeNotice()
{
    // The whole notice inside the viewport, its last line too: it is placed by the height it
    // is given (it was placed by one height and given a taller one, so its bottom half-line
    // ran under the pane's edge). Polished first: its frame and font decide that height.
    const QRect area = viewport()->geometry();
    const int width = std::max(120, area.width() - 8);
    m_notice->ensurePolished();
    int height = m_notice->heightForWidth(width);
    if (height <= 0) {
        height = m_notice->sizeHint().height();
    }
    height = std::min(height, std::max(1, area.height() - 8));
    m_notice->setGeometry(area.left() + 4, area.top() + area.height() - height - 4, width, height);
}

void DetailView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    placeNotice();
}

void DetailView::leaveEvent(QEvent *event)
{
    if (!m_persistentNotice) {
        m_notice->hide();
    }
    QTextBrowser::leaveEvent(event);
}

QList<catalogue::ResultRecord> DetailView::resultsAt(const QPoint &viewportPos) const
{
    const QTextCursor cursor = cursorForPosition(viewportPos);
    // The outermost table around the point: a result's provenance row (and a side-by-side
    // table of two sources inside it) belongs to the result row above it.
    QTextTable *outer = cursor.currentTable();
    if (outer == nullptr) {
        return {};
    }
    for (QTextTable *t = outer; t != nullptr;) {
        outer = t;
        QTextCursor before(document());
        before.setPosition(std::max(0, t->firstPosition() - 1));
        t = before.currentTable();
        if (t == outer) {
            break;
        }
    }
    for (int pos = cursor.position(); pos >= outer->firstPosition(); --pos) {
        for (const QString &name : anchorNamesAt(document(), pos)) {
            if (!name.startsWith(QLatin1String("result-"))) {
                continue;
            }
            QList<catalogue::ResultRecord> found;
            for (qint64 id : idsFromAnchor(name)) {
                for (const catalogue::ResultRecord &r : m_results) {
                    if (r.id == id) {
                        found << r;
                    }
                }
            }
            return found;
        }
    }
    return {};
}

QMenu *DetailView::menuAt(const QPoint &viewportPos)
{
    QMenu *menu = createStandardContextMenu(viewportPos);
    const QList<catalogue::ResultRecord> sources = resultsAt(viewportPos);
    if (sources.isEmpty()) {
        return menu;
    }
    const catalogue::ResultRecord best = bestSourced(sources);
    QAction *first = menu->actions().isEmpty() ? nullptr : menu->actions().first();
    const auto add = [&](const QString &text, const QString &name, auto slot) {
        auto *action = new QAction(text, menu);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        menu->insertAction(first, action);
        return action;
    };
    add(tr("Copy Result"), QStringLiteral("copyResult"),
        [best] { QApplication::clipboard()->setText(resultCitationLine(best)); });
    add(tr("Copy Result with Source"), QStringLiteral("copyResultWithSource"),
        [best] { QApplication::clipboard()->setText(resultCitationWithQuote(best)); });
    add(tr("Show Provenance…"), QStringLiteral("showProvenance"),
        [this, sources] { showProvenance(sources); });
    add(tr("Add to Chart"), QStringLiteral("addToChart"),
        [this, best] { emit addToChartRequested(best); });
    if (first != nullptr) {
        menu->insertSeparator(first);
    }
    return menu;
}

void DetailView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = menuAt(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

QString DetailView::provenanceHtml(const QList<catalogue::ResultRecord> &sources)
{
    QString html;
    if (sources.isEmpty()) {
        return html;
    }
    html +=
        QStringLiteral("<p><b>%1</b></p>").arg(resultLine(bestSourced(sources)).toHtmlEscaped());
    for (const catalogue::ResultRecord &r : sources) {
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(evidence::citeName(r.sourceShortLabel).toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(labels::origin(r.origin).toHtmlEscaped());
        if (!r.quote.isEmpty()) {
            // In quotation marks and italics only when the words are the source's own.
            const evidence::Statement statement = evidence::statementOf(r);
            const QString text = evidence::isVerbatim(statement.kind)
                                     ? evidence::statementBody(statement)
                                     : evidence::statementLine(statement);
            html += (evidence::isVerbatim(statement.kind) ? QStringLiteral("<p><i>%1</i></p>")
                                                          : QStringLiteral("<p>%1</p>"))
                        .arg(text.toHtmlEscaped());
        }
        if (!r.derivation.isEmpty()) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Derived by this program: %1")
                                 .arg(evidence::readerText(r.derivation))
                                 .toHtmlEscaped());
        }
        if (!r.note.isEmpty()) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Note: %1").arg(evidence::readerText(r.note)).toHtmlEscaped());
        }
        const QString cite = resultSourceCitation(r);
        html += QStringLiteral("<p>%1</p>").arg(tr("Cite as: %1").arg(cite).toHtmlEscaped());
    }
    return html;
}

void DetailView::showProvenance(const QList<catalogue::ResultRecord> &sources)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("provenanceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Provenance"));
    auto *text = new QTextBrowser;
    text->setHtml(provenanceHtml(sources));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(520, 380);
    dialog->show();
}

} // namespace eb::gui
