// `evidence summary`: the one-page evidence summary of a study, as HTML or PDF, or as text.
#include "catalogue/catalogue.h"
#include "cli/catalogue/cataloguejson.h"
#include "cli/common/cli.h"
#include "cli/common/commandparser.h"
#include "cli/common/commands.h"
#include "evidence/synthesesexport.h"
#include "export/evidencesummary.h"
#include "output/messagetext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextDocument>

namespace eb::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli::summary", text);
}

} // namespace

int runSummaryCommand(const QStringList &arguments, Io &io)
{
    const QString program = arguments.value(0, QStringLiteral("evidence summary"));
    CommandParser cli(
        program, io,
        tr("The one-page evidence summary of a study: design, population, arms and dosing, "
           "results with CIs, forest plot, reviews, the article's claims and references. "
           "Without --out, prints it as text (or JSON with --json)."));
    QCommandLineParser &parser = cli.options();
    parser.addPositionalArgument(QStringLiteral("slug"),
                                 tr("The study (see evidence catalogue "
                                    "list studies)."),
                                 tr("SLUG"));
    parser.addOption({QStringLiteral("out"), tr("Write FILE.html or FILE.pdf."), tr("FILE")});
    cli.addJsonOption(tr("Print the summary's content as JSON."));
    parser.addOption(
        {QStringLiteral("page"), tr("PDF page size: a4 (default) or letter."), tr("SIZE")});
    cli.addDatabaseOption();
    const auto command = cli.parse(arguments.mid(1));
    if (!command) {
        return cli.status();
    }
    const QStringList positional = command->positional;
    if (positional.size() != 1) {
        return command->bad(positional.isEmpty()
                                ? tr("name one study (evidence catalogue list studies)")
                                : tr("name one study, not %1").arg(positional.size()));
    }
    QPageSize::PageSizeId page = QPageSize::A4;
    const QString pageName = parser.value(QStringLiteral("page")).toLower();
    if (pageName == QLatin1String("letter")) {
        page = QPageSize::Letter;
    } else if (parser.isSet(QStringLiteral("page")) && pageName != QLatin1String("a4")) {
        return command->bad(
            tr("--page must be a4 or letter, not '%1'")
                .arg(eb::output::elidedInput(parser.value(QStringLiteral("page")))));
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (parser.isSet(QStringLiteral("out"))) {
        const QString suffix = QFileInfo(out).suffix().toLower();
        if (suffix != QLatin1String("pdf") && suffix != QLatin1String("html")) {
            return command->bad(
                tr("--out: '%1' does not end in .html or .pdf").arg(eb::output::elidedInput(out)));
        }
        if (QFileInfo(out).isDir()) {
            return command->bad(tr("--out: '%1' is a folder").arg(eb::output::elidedInput(out)));
        }
    }
    eb::catalogue::Catalogue catalogue;
    if (const int status = command->openCatalogue(catalogue); status != ExitOk) {
        return status;
    }
    QString error;
    std::optional<eb::exporting::EvidenceSummary> summary =
        eb::exporting::readEvidenceSummary(catalogue, positional.first().trimmed(), &error);
    if (!summary) {
        return command->bad(error);
    }
    summary->programVersion = QStringLiteral(EB_VERSION);
    if (out.isEmpty() && command->json) {
        // Each review's findings as the text and HTML show them: read as the Syntheses view
        // reads them, and written as `evidence syntheses --json` writes them.
        QHash<QString, QJsonArray> findings;
        for (const eb::review::ConditionSyntheses &c :
             eb::review::synthesesByCondition(summary->reviews)) {
            for (const auto *group : {&c.independent, &c.industry, &c.unknownSponsor}) {
                for (const eb::review::SynthesisEntry &e : *group) {
                    findings.insert(e.study.slug, eb::review::synthesisFindingsJson(e));
                }
            }
        }
        QJsonArray reviews;
        for (const eb::catalogue::StudyDetail &review : summary->reviews) {
            reviews.append(QJsonObject{{QStringLiteral("slug"), review.slug},
                                       {QStringLiteral("name"), review.name},
                                       {QStringLiteral("design"), review.design},
                                       {QStringLiteral("sponsorship"), review.sponsorship},
                                       {QStringLiteral("summary"), review.summary},
                                       {QStringLiteral("findings"), findings.value(review.slug)}});
        }
        const QJsonObject json{
            {QStringLiteral("study"), toJson(summary->study)},
            {QStringLiteral("reviews"), reviews},
            {QStringLiteral("claims"), toJsonArray(summary->claims)},
            {QStringLiteral("references"), toJsonArray(summary->references)},
            {QStringLiteral("program_version"), summary->programVersion},
            {QStringLiteral("catalogue_build"), summary->catalogueBuildId},
            {QStringLiteral("note"), tr("Educational software: not medical advice.")}};
        io.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (out.isEmpty()) {
        const eb::exporting::SummaryHtml html = eb::exporting::summaryHtml(*summary);
        // Table rows as one line each, cells separated by " | ".
        QString text =
            html.top +
            QStringLiteral("<p>[%1]</p>").arg(tr("forest plot: write --out FILE.pdf or .html")) +
            html.bottom;
        text.replace(QRegularExpression(QStringLiteral("</t[dh]>\\s*<t[dh]>")),
                     QStringLiteral(" | "));
        text.replace(QRegularExpression(QStringLiteral("</?(table|t[dh])>")), QString());
        text.replace(QStringLiteral("<tr>"), QStringLiteral("<p>"));
        text.replace(QStringLiteral("</tr>"), QStringLiteral("</p>"));
        QTextDocument document;
        document.setHtml(text);
        io.out << document.toPlainText() << "\n";
        return ExitOk;
    }
    if (!eb::exporting::writeSummary(*summary, out, page, &error)) {
        io.err << program << ": " << error << "\n";
        return ExitFailure;
    }
    io.out << tr("wrote %1\n").arg(eb::output::elidedInput(out, 200));
    return ExitOk;
}

} // namespace eb::cli
