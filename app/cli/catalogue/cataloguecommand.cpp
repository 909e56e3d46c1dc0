// evidence catalogue list|show|search: read the catalogue from the command line.
#include "catalogue/catalogue.h"
#include "cli/catalogue/cataloguejson.h"
#include "cli/catalogue/cataloguetext.h"
#include "cli/common/commandparser.h"
#include "cli/common/commands.h"
#include "evidence/format.h"
#include "model/vocabulary.h"
#include "output/messagetext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace eb::cli {
namespace {

using namespace eb::catalogue;

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli::catalogue", text);
}

const QStringList kKinds{QStringLiteral("studies"), QStringLiteral("outcomes"),
                         QStringLiteral("results"), QStringLiteral("mechanisms"),
                         QStringLiteral("claims"),  QStringLiteral("sources")};

QString orNotReported(const QString &value)
{
    return value.isEmpty() ? eb::evidence::notReported() : value;
}

void printJson(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

// Prints rows as aligned columns (each as wide as its widest cell; the last one free).
void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &cells : rows) {
        for (qsizetype i = 0; i + 1 < cells.size(); ++i) {
            if (widths.size() <= i) {
                widths.append(0);
            }
            widths[i] = qMax(widths.at(i), cells.at(i).size());
        }
    }
    for (const QStringList &cells : rows) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            line +=
                i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
        }
        out << line.trimmed() << "\n";
    }
}

QString optionalText(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

int listCommand(const Catalogue &catalogue, const QString &kind, const ParsedCommand &command)
{
    const QCommandLineParser &p = *command.options;
    const bool json = command.json;
    Io &io = *command.io;
    const QString condition = p.value(QStringLiteral("condition"));
    const QString species = p.value(QStringLiteral("species"));
    const QString design = p.value(QStringLiteral("design"));
    const QString domain = p.value(QStringLiteral("domain"));
    const auto refuse = [&command](const QString &option, const QString &kinds) {
        return command.bad(tr("--%1 applies to %2 only").arg(option, kinds));
    };
    if (kind != QLatin1String("studies") && kind != QLatin1String("results")) {
        if (!condition.isEmpty()) {
            return refuse(QStringLiteral("condition"), tr("studies and results"));
        }
        if (!species.isEmpty()) {
            return refuse(QStringLiteral("species"), tr("studies and results"));
        }
    }
    if (kind != QLatin1String("studies") && !design.isEmpty()) {
        return refuse(QStringLiteral("design"), tr("studies"));
    }
    if (kind != QLatin1String("outcomes") && kind != QLatin1String("results") &&
        !domain.isEmpty()) {
        return refuse(QStringLiteral("domain"), tr("outcomes and results"));
    }

    QTextStream &out = io.out;
    if (kind == QLatin1String("studies")) {
        StudyFilter filter;
        filter.condition = condition;
        filter.design = design;
        filter.species = species;
        const auto studies = catalogue.studies(filter);
        if (json) {
            printJson(out, toJsonArray(studies));
        } else {
            QList<QStringList> rows{{tr("slug"), tr("condition"), tr("design"), tr("species"),
                                     tr("year"), tr("N"), tr("results"), tr("name")}};
            for (const StudySummary &s : studies) {
                rows.append({s.slug, s.condition, s.design, s.species, optionalText(s.year),
                             optionalText(s.nEnrolled ? s.nEnrolled : s.nAnalysed),
                             QString::number(s.resultCount), s.name});
            }
            printTable(out, rows);
        }
    } else if (kind == QLatin1String("outcomes")) {
        const auto outcomes = catalogue.outcomes(OutcomeFilter{domain});
        if (json) {
            printJson(out, toJsonArray(outcomes));
        } else {
            QList<QStringList> rows{
                {tr("slug"), tr("abbreviation"), tr("domain"), tr("results"), tr("name")}};
            for (const OutcomeMeasureRecord &o : outcomes) {
                rows.append({o.slug,
                             o.abbreviation.isEmpty() ? QStringLiteral("-") : o.abbreviation,
                             o.domain, QString::number(o.resultCount), o.name});
            }
            printTable(out, rows);
        }
    } else if (kind == QLatin1String("results")) {
        ResultFilter filter;
        filter.condition = condition;
        filter.species = species;
        filter.domain = domain;
        const auto results = catalogue.results(filter);
        if (json) {
            printJson(out, toJsonArray(results));
        } else {
            for (const ResultRecord &r : results) {
                out << r.studySlug << ": " << r.outcomeName << ", " << orNotReported(r.timepoint)
                    << ": " << effectText(r) << ", " << pText(r) << " [" << r.origin << ", "
                    << r.sourceShortLabel << "]\n";
            }
        }
    } else if (kind == QLatin1String("mechanisms")) {
        const auto mechanisms = catalogue.mechanisms();
        if (json) {
            printJson(out, toJsonArray(mechanisms));
        } else {
            for (const MechanismRecord &m : mechanisms) {
                QStringList targets;
                for (const MechanismTargetRecord &t : m.targets) {
                    targets << QStringLiteral("%1 %2").arg(t.name, t.direction);
                }
                out << m.slug << ": " << m.category << " (" << targets.join(QStringLiteral(", "))
                    << ")\n";
            }
        }
    } else if (kind == QLatin1String("claims")) {
        const auto claims = catalogue.claims();
        if (json) {
            printJson(out, toJsonArray(claims));
        } else {
            for (const ClaimRecord &c : claims) {
                out << c.slug << " [" << c.verdict << "]: " << c.text << "\n";
            }
        }
    } else {
        const auto sources = catalogue.sources();
        if (json) {
            printJson(out, toJsonArray(sources));
        } else {
            QList<QStringList> rows{{tr("slug"), tr("sponsorship"), tr("source")}};
            for (const SourceRecord &s : sources) {
                rows.append({s.slug, s.sponsorship, s.shortLabel});
            }
            printTable(out, rows);
        }
    }
    if (!catalogue.lastError().isEmpty()) {
        io.err << "evidence catalogue: " << catalogue.lastError() << "\n";
        return ExitFailure;
    }
    return ExitOk;
}

int showCommand(const Catalogue &catalogue, const QString &slug, const ParsedCommand &command)
{
    const bool json = command.json;
    Io &io = *command.io;
    // Slugs are unique per kind; studies come first because they are what people ask for.
    const auto failed = [&] {
        if (catalogue.lastError().isEmpty()) {
            return false;
        }
        io.err << "evidence catalogue: " << catalogue.lastError() << "\n";
        return true;
    };
    const auto study = catalogue.study(slug);
    if (failed()) {
        return ExitFailure;
    }
    if (study) {
        json ? printJson(io.out, toJson(*study)) : printStudy(io.out, *study);
    } else if (const auto outcome = catalogue.outcome(slug)) {
        json ? printJson(io.out, toJson(*outcome)) : printOutcome(io.out, *outcome);
    } else if (const auto mechanism = catalogue.mechanism(slug)) {
        json ? printJson(io.out, toJson(*mechanism)) : printMechanism(io.out, *mechanism);
    } else if (const auto claim = catalogue.claim(slug)) {
        json ? printJson(io.out, toJson(*claim)) : printClaim(io.out, *claim);
    } else if (const auto source = catalogue.source(slug)) {
        json ? printJson(io.out, toJson(*source)) : printSource(io.out, *source);
    } else if (failed()) {
        return ExitFailure;
    } else {
        return command.bad(tr("no study, outcome, mechanism, claim or source is called '%1'; run "
                              "'evidence catalogue list KIND' for the slugs")
                               .arg(eb::output::elidedInput(slug)));
    }
    return ExitOk;
}

int searchCommand(const Catalogue &catalogue, const QString &text, int limit, bool json, Io &io)
{
    const auto hits = catalogue.search(text, limit);
    if (!catalogue.lastError().isEmpty()) {
        io.err << "evidence catalogue: " << catalogue.lastError() << "\n";
        return ExitFailure;
    }
    if (json) {
        printJson(io.out, toJsonArray(hits));
        return ExitOk;
    }
    if (hits.isEmpty()) {
        io.out << tr("no matches") << "\n";
    }
    for (const SearchHit &hit : hits) {
        io.out << searchHitKindKey(hit.kind).leftJustified(10) << hit.slug << ": " << hit.snippet
               << "\n";
    }
    return ExitOk;
}

} // namespace

int runCatalogueCommand(const QStringList &arguments, Io &io)
{
    CommandParser cli(
        arguments.value(0), io,
        tr("List, show and search the catalogue of studies, outcome measures, results, "
           "mechanisms, claims and sources.\n\n"
           "  list [KIND]     KIND: studies (default), outcomes, results, mechanisms, claims, "
           "sources\n"
           "  show SLUG       everything known about a study, outcome, mechanism, claim or "
           "source\n"
           "  search TEXT     full-text search over every kind"));
    cli.addDatabaseOption();
    cli.addJsonOption();
    const QCommandLineOption conditionOption(
        QStringLiteral("condition"),
        tr("Only studies of CONDITION: %1.")
            .arg(vocabulary::keys(vocabulary::List::Condition).join(QStringLiteral(", "))),
        QStringLiteral("CONDITION"));
    const QCommandLineOption speciesOption(
        QStringLiteral("species"),
        tr("Only studies in SPECIES: %1.")
            .arg(vocabulary::keys(vocabulary::List::Species).join(QStringLiteral(", "))),
        QStringLiteral("SPECIES"));
    const QCommandLineOption designOption(QStringLiteral("design"),
                                          tr("Only studies of DESIGN (rct, meta_analysis, ...)."),
                                          QStringLiteral("DESIGN"));
    const QCommandLineOption domainOption(QStringLiteral("domain"),
                                          tr("Only outcomes of DOMAIN (motor, cognitive, ...)."),
                                          QStringLiteral("DOMAIN"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         tr("Search: at most N hits (default 20)."),
                                         QStringLiteral("N"), QStringLiteral("20"));
    cli.options().addOptions(
        {conditionOption, speciesOption, designOption, domainOption, limitOption});
    cli.options().addPositionalArgument(QStringLiteral("action"), tr("list, show or search"),
                                        QStringLiteral("list|show|search"));
    const auto command = cli.parse(arguments.mid(1));
    if (!command) {
        return cli.status();
    }
    const QStringList positional = command->positional;
    if (positional.isEmpty()) {
        return command->bad(tr("say what to do: list, show SLUG or search TEXT"));
    }
    const QString action = positional.first();
    const bool json = command->json;

    // Validate everything before touching the catalogue.
    const auto checkValue = [&](const QCommandLineOption &option, const QStringList &allowed,
                                QString *message) {
        const QString value = command->value(option);
        if (!value.isEmpty() && !allowed.contains(value)) {
            *message = tr("--%1 must be one of %2, not '%3'")
                           .arg(option.names().constFirst(), allowed.join(QStringLiteral(", ")),
                                eb::output::elidedInput(value));
            return false;
        }
        return true;
    };
    QString message;
    // Filter values are validated against the vocabulary so that a typo gets a message rather
    // than an empty list.
    using vocabulary::List;
    if (!checkValue(conditionOption, vocabulary::keys(List::Condition), &message) ||
        !checkValue(speciesOption, vocabulary::keys(List::Species), &message) ||
        !checkValue(designOption, vocabulary::keys(List::Design), &message) ||
        !checkValue(domainOption, vocabulary::keys(List::Domain), &message)) {
        return command->bad(message);
    }
    QString kind;
    QString slug;
    QString text;
    int limit = 20;
    if (action == QLatin1String("list")) {
        if (positional.size() > 2) {
            return command->bad(
                tr("list takes one KIND, not '%1'")
                    .arg(eb::output::elidedInput(positional.mid(1).join(QChar(u' ')))));
        }
        kind = positional.value(1, QStringLiteral("studies"));
        if (!kKinds.contains(kind)) {
            return command->bad(tr("unknown kind '%1'; use one of %2")
                                    .arg(kind, kKinds.join(QStringLiteral(", "))));
        }
    } else if (action == QLatin1String("show")) {
        if (positional.size() != 2) {
            return command->bad(tr("show takes exactly one SLUG"));
        }
        slug = positional.at(1);
    } else if (action == QLatin1String("search")) {
        text = positional.mid(1).join(QChar(u' '));
        bool ok = false;
        limit = command->value(limitOption).toInt(&ok);
        if (!ok || limit < 1 || limit > 10000) {
            return command->bad(tr("--limit must be a whole number from 1 to 10000, not '%1'")
                                    .arg(eb::output::elidedInput(command->value(limitOption))));
        }
    } else {
        return command->bad(tr("unknown action '%1'; use list, show or search").arg(action));
    }

    Catalogue catalogue;
    if (const int status = command->openCatalogue(catalogue); status != ExitOk) {
        return status;
    }
    if (action == QLatin1String("list")) {
        return listCommand(catalogue, kind, *command);
    }
    if (action == QLatin1String("show")) {
        return showCommand(catalogue, slug, *command);
    }
    return searchCommand(catalogue, text, limit, json, io);
}

} // namespace eb::cli
