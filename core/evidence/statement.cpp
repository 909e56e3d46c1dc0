#include "evidence/statement.h"

#include "evidence/readernames.h"
#include "model/vocabulary.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace eb::evidence {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::evidence::statement", text);
}

} // namespace

bool isVerbatim(const QString &kind)
{
    return kind == catalogue::vocabulary::key::verbatim;
}

QString statementLead(const Statement &s)
{
    const QString &source = s.sourceLabel;
    if (isVerbatim(s.kind)) {
        return source;
    }
    QString lead =
        source.isEmpty() ? tr("Reported by the source") : tr("Reported in %1").arg(source);
    if (!s.where.isEmpty()) {
        lead += QStringLiteral(" (%1)").arg(s.where);
    }
    return lead;
}

QString statementBody(const Statement &s)
{
    const QString text = readerText(s.text);
    return isVerbatim(s.kind) ? QStringLiteral("“%1”").arg(text) : text;
}

QString statementLine(const Statement &s)
{
    if (s.text.isEmpty()) {
        return {};
    }
    const QString lead = statementLead(s);
    return lead.isEmpty() ? statementBody(s) : QStringLiteral("%1: %2").arg(lead, statementBody(s));
}

QJsonObject statementJson(const Statement &s)
{
    const bool verbatim = isVerbatim(s.kind) && !s.text.isEmpty();
    namespace key = catalogue::vocabulary::key;
    // The "verbatim" flag is named after the key it stands for.
    QJsonObject o{
        {QStringLiteral("statement"), s.text.isEmpty() ? QJsonValue() : s.text},
        {QStringLiteral("statement_kind"), QString(verbatim ? key::verbatim : key::transcribed)},
        {QString(key::verbatim), verbatim},
        {QStringLiteral("where"), s.where.isEmpty() ? QJsonValue() : s.where}};
    if (verbatim) {
        o.insert(QStringLiteral("quote"), s.text);
    }
    return o;
}

void insertStatement(QJsonObject &object, const Statement &statement)
{
    const QJsonObject fields = statementJson(statement);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        object.insert(it.key(), it.value());
    }
}

QString statementHeading(const QString &kind)
{
    return isVerbatim(kind) ? tr("Quote") : tr("Transcription");
}

} // namespace eb::evidence
