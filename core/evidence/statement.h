#pragma once

#include <QJsonObject>
#include <QString>

// How a provenance statement reads, in every output: the one home of the rule that words in
// quotation marks are the source's own (docs/data-provenance.md).
// * verbatim: the named source's exact words: `Guekht 2017: “...”`, JSON "verbatim": true
//   and a "quote".
// * transcribed: the catalogue's wording of what the source reports: `Reported in Muresanu
//   2020 (summary of findings table): ...`, never in quotation marks and never called a quote;
//   JSON "verbatim": false, no "quote".
// A statement of unknown kind (a record read without one) is treated as transcribed: it is
// never presented as someone's words unless it is known to be.
namespace eb::evidence {

struct Statement
{
    QString text;        // as stored; readerText() is applied when it is shown
    QString kind;        // 'verbatim', 'transcribed'
    QString where;       // where in the source; empty: not recorded
    QString sourceLabel; // how the source is named (a short label, or citeName() of one)
};

bool isVerbatim(const QString &kind);

// "Guekht 2017: “...”" or "Reported in Muresanu 2020 (table): ..."; with no source label,
// "“...”" or "Reported by the source: ...". Empty without text.
QString statementLine(const Statement &statement);

// The lead alone, ending before the text: "Guekht 2017" or "Reported in Muresanu 2020
// (table)"; for labels that precede the text in another style (HTML).
QString statementLead(const Statement &statement);

// The text alone, in quotation marks only when verbatim.
QString statementBody(const Statement &statement);

// The JSON fields of a statement: {"statement": text-or-null, "statement_kind": ...,
// "verbatim": bool, "where": where-or-null}, and "quote": text only when verbatim.
QJsonObject statementJson(const Statement &statement);
// statementJson()'s fields added to a record's object.
void insertStatement(QJsonObject &object, const Statement &statement);

// What the word before a statement is in a list of fields: "Quote" or "Transcription".
QString statementHeading(const QString &kind);

// The statement of any catalogue record with a provenance statement and a source label
// (result, arm summary, study arm, dosing, field provenance, mechanism, mechanism evidence).
template <typename Record> Statement statementOf(const Record &r)
{
    return {r.quote, r.statementKind, r.statementWhere, r.sourceShortLabel};
}

} // namespace eb::evidence
