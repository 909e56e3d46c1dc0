#include "cli/common/commandparser.h"

#include "cli/common/commandcatalogue.h"
#include "output/messagetext.h"

#include <QCoreApplication>

namespace eb::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("eb::cli", text);
}

const QString kJson = QStringLiteral("json");
const QString kDatabase = QStringLiteral("database");
const QString kHelp = QStringLiteral("help");

} // namespace

int ParsedCommand::bad(const QString &message) const
{
    return eb::cli::bad(*io, name, message);
}

int ParsedCommand::openCatalogue(eb::catalogue::Catalogue &catalogue) const
{
    return openCommandCatalogue(*options, name, *io, catalogue);
}

CommandParser::CommandParser(const QString &name, Io &io, const QString &description)
    : m_name(name), m_io(io)
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption({{QStringLiteral("h"), kHelp}, tr("Show this help.")});
}

void CommandParser::addJsonOption(const QString &description)
{
    m_parser.addOption({kJson, description.isEmpty() ? tr("Print JSON.") : description});
    m_hasJson = true;
}

void CommandParser::addDatabaseOption()
{
    m_parser.addOption({kDatabase, tr("Read FILE instead of your copy of the bundled catalogue."),
                        QStringLiteral("FILE")});
}

std::optional<ParsedCommand> CommandParser::parse(const QStringList &arguments,
                                                  std::optional<qsizetype> maxPositional)
{
    ParsedCommand parsed;
    parsed.name = m_name;
    parsed.options = &m_parser;
    parsed.io = &m_io;
    if (!m_parser.parse(QStringList{m_name} + arguments)) {
        m_status = parsed.bad(m_parser.errorText());
        return std::nullopt;
    }
    if (m_parser.isSet(kHelp)) {
        QString help = commandHelp(m_parser.helpText(), m_name);
        if (!m_usage.isEmpty()) {
            help.replace(0, help.indexOf(QLatin1Char('\n')), m_usage);
        }
        m_io.out << help;
        m_status = ExitOk;
        return std::nullopt;
    }
    parsed.positional = m_parser.positionalArguments();
    if (maxPositional && parsed.positional.size() > *maxPositional) {
        m_status =
            parsed.bad(tr("unexpected argument '%1'")
                           .arg(eb::output::elidedInput(parsed.positional.at(*maxPositional))));
        return std::nullopt;
    }
    parsed.json = m_hasJson && m_parser.isSet(kJson);
    m_status = ExitOk;
    return parsed;
}

} // namespace eb::cli
