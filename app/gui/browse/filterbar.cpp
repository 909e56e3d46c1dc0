#include "gui/browse/filterbar.h"

#include "gui/browse/searchsuggestions.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>

namespace eb::gui {

FilterBar::FilterBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("filterBarText"));
    // Long texts wrap rather than push the table pane wider than a small screen.
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(false);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_text->setMinimumWidth(120);
    connect(m_text, &QLabel::linkActivated, this, [this](const QString &link) {
        emit searchRequested(QUrl::fromPercentEncoding(link.mid(7).toUtf8())); // "search:"
    });
    m_clear = new QPushButton(tr("Clear filters"));
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setToolTip(tr("Show every record: empty the search field and set every filter "
                           "to all (Esc in the search field)"));
    connect(m_clear, &QPushButton::clicked, this, &FilterBar::clearRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 3, 3);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_clear, 0, Qt::AlignVCenter);
    hide();
}

void FilterBar::showHiding(const QStringList &reasons, const QString &shown, int total,
                           const QString &noun, const QString &note)
{
    if (reasons.isEmpty()) {
        hide();
        return;
    }
    const QString count = tr("%1 of %2 %3").arg(shown).arg(total).arg(noun);
    QStringList parts;
    for (const QString &reason : reasons) {
        parts << reason.toHtmlEscaped();
    }
    parts << QStringLiteral("<b>%1</b>").arg(count.toHtmlEscaped());
    if (!note.isEmpty()) {
        parts.last() += QStringLiteral(" (%1)").arg(note.toHtmlEscaped());
    }
    m_text->setText(parts.join(QStringLiteral(" · ")));
    m_text->setAccessibleName(m_text->text());
    show();
}

void FilterBar::showNoHits(const QString &text, const SearchSuggestion &suggestion)
{
    QString html = tr("<b>Nothing in the catalogue matches “%1”.</b>").arg(text.toHtmlEscaped());
    if (!suggestion.note.isEmpty()) {
        html += QLatin1Char(' ') + suggestion.note.toHtmlEscaped();
    }
    if (!suggestion.queries.isEmpty()) {
        QStringList links;
        for (const QString &query : suggestion.queries) {
            links << QStringLiteral("<a href=\"search:%1\">%2</a>")
                         .arg(QString::fromUtf8(QUrl::toPercentEncoding(query)),
                              query.toHtmlEscaped());
        }
        html += QLatin1Char(' ') + tr("Try: %1").arg(links.join(QStringLiteral(", ")));
    }
    m_text->setText(html);
    show();
}

} // namespace eb::gui
