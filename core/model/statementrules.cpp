#include "model/statementrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace eb::catalogue {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::catalogue::validation", text);
}

// The example words of docs/templates/*.csv; tests/model/statementrules_test.cpp fails when a
// template holds words missing here.
constexpr const char *kTemplateTexts[] = {
    "mean difference 4.20 (95% CI 1.10 to 7.30), p = 0.008",
    "31.5 (9.80)",
    "27.3 (10.1)",
    "60 patients were randomised to Cerebrolysin, 56 analysed",
    "30 mL Cerebrolysin daily for 21 days",
    "the preparation acts like a growth factor",
    "acts like a growth factor",
    "an example inclusion, for the template only",
};

} // namespace

bool hasMarkdownTable(const QString &text)
{
    // A table's rule line: cells of dashes with optional alignment colons, between pipes.
    static const QRegularExpression rule(
        QStringLiteral("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$"),
        QRegularExpression::MultilineOption);
    return text.contains(QLatin1Char('|')) || rule.match(text).hasMatch();
}

bool isTemplateText(const QString &text)
{
    const QString words = text.simplified();
    for (const char *example : kTemplateTexts) {
        if (words == QLatin1String(example)) {
            return true;
        }
    }
    return false;
}

void checkStatements(RecordKind kind, const Fields &fields, QList<Problem> &out)
{
    for (const StatementFields &statement : statementFields(kind)) {
        if (fields.value(statement.kind).trimmed() != vocabulary::key::verbatim) {
            continue; // transcribed (or an unknown key, reported as such): never shown as a quote
        }
        const QString words = fields.value(statement.words);
        // Beside the words' field: that is where the user pastes them.
        if (isBlank(words)) {
            out << Problem{statement.words,
                           {},
                           QStringLiteral("verbatim-words"),
                           tr("verbatim needs the source's exact words, pasted: paste them or "
                              "choose Transcribed")};
        } else if (hasMarkdownTable(words)) {
            out << Problem{statement.words, excerpt(words), QStringLiteral("verbatim-markdown"),
                           tr("verbatim words carry no Markdown table syntax (\"|\", \"---\"): "
                              "paste the source's words, or choose Transcribed")};
        } else if (isTemplateText(words)) {
            out << Problem{statement.words, excerpt(words), QStringLiteral("verbatim-template"),
                           tr("these are the template's example words, not the source's: "
                              "paste the source's words")};
        }
    }
}

} // namespace eb::catalogue
