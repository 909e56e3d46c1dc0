// evidence claims [--verdict V] [--topic T] [--json] [--database FILE]
//
// The claims audit (eb::review::claimsAudit): each claim of the article, what the primary
// publication reports, what this program computes and the working, the verdict, and the
// records on both sides of each discrepancy.
#include "catalogue/catalogue.h"
#include "cli/common/commandparser.h"
#include "cli/common/commands.h"
#include "cli/common/statsoutput.h"
#include "evidence/claimsaudit.h"
#include "model/vocabulary.h"
#include "output/messagetext.h"
#include "queries/reviewdata.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eb::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli", text);
}

QJsonObject rowToJson(const eb::review::ClaimAuditRow &row)
{
    QJsonArray discrepancies;
    for (const eb::catalogue::DiscrepancyRecord &d : row.discrepancies) {
        QJsonArray links;
        for (const eb::catalogue::DiscrepancyLinkRecord &l : row.links) {
            if (l.discrepancyId != d.id) {
                continue;
            }
            links.append(QJsonObject{{QStringLiteral("side"), l.side},
                                     {QStringLiteral("entity"), l.entity},
                                     {QStringLiteral("id"), l.entityId},
                                     {QStringLiteral("label"), l.label},
                                     {QStringLiteral("detail"), l.detail}});
        }
        discrepancies.append(QJsonObject{{QStringLiteral("slug"), d.slug},
                                         {QStringLiteral("subject"), d.subject},
                                         {QStringLiteral("article_value"), d.articleValue},
                                         {QStringLiteral("source_value"), d.sourceValue},
                                         {QStringLiteral("explanation"), d.explanation},
                                         {QStringLiteral("links"), links}});
    }
    QJsonArray linked;
    for (const eb::catalogue::ClaimLinkRecord &l : row.claimLinks) {
        linked.append(QJsonObject{{QStringLiteral("result_id"), l.resultId},
                                  {QStringLiteral("role"), l.role},
                                  {QStringLiteral("note"), l.note}});
    }
    const eb::catalogue::ClaimRecord &c = row.claim;
    return QJsonObject{
        {QStringLiteral("slug"), c.slug},
        {QStringLiteral("topic"), c.topic},
        {QStringLiteral("kind"), c.kind},
        {QStringLiteral("text"), c.text},
        {QStringLiteral("verdict"), c.verdict},
        {QStringLiteral("verdict_note"), c.verdictNote},
        {QStringLiteral("result_id"), c.resultId ? QJsonValue(*c.resultId) : QJsonValue()},
        {QStringLiteral("source_reports"), row.sourceReports},
        {QStringLiteral("computed"), row.computed},
        {QStringLiteral("working"), QJsonArray::fromStringList(row.working)},
        {QStringLiteral("discrepancies"), discrepancies},
        {QStringLiteral("linked_results"), linked}};
}

} // namespace

int runClaimsCommand(const QStringList &arguments, Io &io)
{
    CommandParser cli(
        arguments.value(0), io,
        tr("The claims audit: every claim of the article beside what the primary publication "
           "reports and what this program computes, with the verdict and the working."));
    const QCommandLineOption verdictOption(
        QStringLiteral("verdict"),
        tr("Only claims with verdict V: consistent, discrepant, overstated, unsupported, "
           "not_verified."),
        QStringLiteral("V"));
    const QCommandLineOption topicOption(QStringLiteral("topic"),
                                         tr("Only claims on topic T (general, mechanism, stroke, "
                                            "tbi, dosing)."),
                                         QStringLiteral("T"));
    cli.options().addOptions({verdictOption, topicOption});
    cli.addJsonOption();
    cli.addDatabaseOption();
    const auto command = cli.parse(arguments.mid(1), 0);
    if (!command) {
        return cli.status();
    }
    const QString verdict = command->value(verdictOption);
    if (!verdict.isEmpty() && !eb::review::claimVerdicts().contains(verdict)) {
        return command->bad(tr("--verdict must be one of %1, not '%2'")
                                .arg(eb::review::claimVerdicts().join(QStringLiteral(", ")),
                                     eb::output::elidedInput(verdict)));
    }
    const QStringList topics =
        eb::catalogue::vocabulary::keys(eb::catalogue::vocabulary::List::Topic);
    const QString topic = command->value(topicOption);
    if (!topic.isEmpty() && !topics.contains(topic)) {
        return command->bad(
            tr("--topic must be one of %1, not '%2'")
                .arg(topics.join(QStringLiteral(", ")), eb::output::elidedInput(topic)));
    }

    eb::catalogue::Catalogue catalogue;
    if (const int status = command->openCatalogue(catalogue); status != ExitOk) {
        return status;
    }
    QString readError;
    const eb::review::ClaimsAuditInput input = eb::review::claimsAuditInput(catalogue, &readError);
    if (!readError.isEmpty()) {
        io.err << command->name << ": " << readError << "\n";
        return ExitFailure;
    }
    const eb::review::ClaimsAudit audit = eb::review::claimsAudit(input, verdict, topic);

    if (command->json) {
        QJsonObject counts;
        for (auto it = audit.verdictCounts.cbegin(); it != audit.verdictCounts.cend(); ++it) {
            counts.insert(it.key(), it.value());
        }
        QJsonArray claims;
        for (const eb::review::ClaimAuditRow &row : audit.rows) {
            claims.append(rowToJson(row));
        }
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("counts"), counts},
                                            {QStringLiteral("claims"), claims}})
                      .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    QStringList counts;
    for (const QString &v : eb::review::claimVerdicts()) {
        counts << QStringLiteral("%1 %2").arg(v).arg(audit.verdictCounts.value(v));
    }
    io.out << tr("Claims audit: %1 shown; all claims: %2\n")
                  .arg(audit.rows.size())
                  .arg(counts.join(QStringLiteral(", ")));
    for (const eb::review::ClaimAuditRow &row : audit.rows) {
        const eb::catalogue::ClaimRecord &c = row.claim;
        io.out << "\n[" << c.verdict.toUpper() << "] " << c.slug << " (" << c.topic << ")\n";
        io.out << "  " << tr("Article: ") << c.text << "\n";
        io.out << "  " << tr("Sources: ") << row.sourceReports << "\n";
        if (!row.computed.isEmpty()) {
            io.out << "  " << tr("Computed (derived): ") << row.computed << "\n";
        }
        for (const QString &step : row.working) {
            io.out << "  " << tr("Working: ") << step << "\n";
        }
        for (const eb::catalogue::DiscrepancyLinkRecord &l : row.links) {
            io.out
                << "  "
                << tr("Record (%1): %2 #%3 %4").arg(l.side, l.entity).arg(l.entityId).arg(l.label)
                << (l.detail.isEmpty() ? QString() : QStringLiteral(" — ") + l.detail) << "\n";
        }
        for (const eb::catalogue::ClaimLinkRecord &l : row.claimLinks) {
            io.out << "  "
                   << tr("Beside it (%1): result #%2 %3").arg(l.role).arg(l.resultId).arg(l.note)
                   << "\n";
        }
    }
    return ExitOk;
}

} // namespace eb::cli
