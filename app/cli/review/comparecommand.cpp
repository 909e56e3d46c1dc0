// evidence compare SLUG SLUG... [--differences-only] [--json] [--database FILE]
//
// Studies side by side (eb::review::compareStudies): one line per attribute, the rows where
// the studies differ marked with '*'.
#include "catalogue/catalogue.h"
#include "cli/common/commandparser.h"
#include "cli/common/commands.h"
#include "cli/common/statsoutput.h"
#include "evidence/studycompare.h"
#include "output/messagetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace eb::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli", text);
}

} // namespace

int runCompareCommand(const QStringList &arguments, Io &io)
{
    CommandParser cli(
        arguments.value(0), io,
        tr("Two or more studies side by side: design, sponsor, population, N, arms, dose, "
           "control, timing, outcomes, timepoints and effects. Rows that differ are marked *."));
    const QCommandLineOption diffOption(QStringLiteral("differences-only"),
                                        tr("Only the rows where the studies differ."));
    cli.options().addOption(diffOption);
    cli.addJsonOption();
    cli.addDatabaseOption();
    cli.options().addPositionalArgument(QStringLiteral("slugs"), tr("Two or more study slugs."),
                                        QStringLiteral("SLUG SLUG..."));
    const auto command = cli.parse(arguments.mid(1));
    if (!command) {
        return cli.status();
    }
    const QStringList slugs = command->positional;
    if (slugs.size() < 2) {
        return command->bad(
            tr("give two or more study slugs (see 'evidence catalogue list studies')"));
    }
    if (slugs.size() != QSet<QString>(slugs.cbegin(), slugs.cend()).size()) {
        return command->bad(tr("a study is named twice"));
    }

    eb::catalogue::Catalogue catalogue;
    if (const int status = command->openCatalogue(catalogue); status != ExitOk) {
        return status;
    }
    QList<eb::catalogue::StudyDetail> studies;
    for (const QString &slug : slugs) {
        const auto study = catalogue.study(slug);
        if (!study && !catalogue.lastError().isEmpty()) {
            io.err << command->name << ": " << catalogue.lastError() << "\n";
            return ExitFailure;
        }
        if (!study) {
            return command->bad(tr("no study with slug '%1'").arg(eb::output::elidedInput(slug)));
        }
        studies << *study;
    }
    const eb::review::StudyComparison c = eb::review::compareStudies(studies);
    const bool onlyDiff = command->isSet(diffOption);
    if (command->json) {
        QJsonArray studyArray;
        for (const eb::catalogue::StudyDetail &s : studies) {
            studyArray.append(
                QJsonObject{{QStringLiteral("slug"), s.slug}, {QStringLiteral("name"), s.name}});
        }
        QJsonArray rows;
        for (const eb::review::CompareRow &row : c.rows) {
            if (onlyDiff && !row.differs) {
                continue;
            }
            rows.append(
                QJsonObject{{QStringLiteral("key"), row.key},
                            {QStringLiteral("label"), row.label},
                            {QStringLiteral("differs"), row.differs},
                            {QStringLiteral("values"), QJsonArray::fromStringList(row.values)}});
        }
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("studies"), studyArray},
                                            {QStringLiteral("rows"), rows}})
                      .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    QStringList names;
    for (const eb::catalogue::StudyDetail &s : studies) {
        names << s.name;
    }
    io.out << tr("Comparing %1 (* the studies differ)\n").arg(names.join(QStringLiteral(" | ")));
    for (const eb::review::CompareRow &row : c.rows) {
        if (onlyDiff && !row.differs) {
            continue;
        }
        io.out << "\n" << (row.differs ? "* " : "  ") << row.label << "\n";
        for (qsizetype i = 0; i < row.values.size(); ++i) {
            QString value = row.values.at(i);
            value.replace(QLatin1Char('\n'), QStringLiteral("\n      "));
            io.out << "    " << names.at(i) << ": " << value << "\n";
        }
    }
    return ExitOk;
}

} // namespace eb::cli
