// The desktop application's command line: what each option asks for, and the refusals.
#include "gui/shell/application.h"

#include <gtest/gtest.h>

namespace {

using eb::gui::CommandLine;
using eb::gui::parseCommandLine;

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result{QStringLiteral("evidence-browser")};
    for (const char *arg : list) {
        result << QString::fromUtf8(arg);
    }
    return result;
}

TEST(CommandLine, NoArgumentsRunsOnTheBundledCatalogue)
{
    const CommandLine line = parseCommandLine(args({}));
    EXPECT_EQ(line.action, CommandLine::Action::Run);
    EXPECT_TRUE(line.databaseFile.isEmpty());
}

TEST(CommandLine, DatabaseOptionNamesTheFile)
{
    const CommandLine line = parseCommandLine(args({"--database", "/tmp/other.sqlite"}));
    EXPECT_EQ(line.action, CommandLine::Action::Run);
    EXPECT_EQ(line.databaseFile, QStringLiteral("/tmp/other.sqlite"));
}

TEST(CommandLine, HelpAndVersion)
{
    EXPECT_EQ(parseCommandLine(args({"--help"})).action, CommandLine::Action::ShowHelp);
    EXPECT_EQ(parseCommandLine(args({"--version"})).action, CommandLine::Action::ShowVersion);
    const CommandLine help = parseCommandLine(args({"--help"}));
    EXPECT_TRUE(help.helpText.contains(QStringLiteral("--database")));
    // The documentation options work but stay out of the help.
    EXPECT_FALSE(help.helpText.contains(QStringLiteral("--screenshot")));
}

TEST(CommandLine, HiddenDocumentationOptions)
{
    const CommandLine line = parseCommandLine(
        args({"--select", "study:captain-ii", "--screenshot", "/tmp/a.png", "--chart"}));
    EXPECT_EQ(line.action, CommandLine::Action::Run);
    EXPECT_EQ(line.select, QStringLiteral("study:captain-ii"));
    EXPECT_EQ(line.screenshotFile, QStringLiteral("/tmp/a.png"));
    EXPECT_TRUE(line.showChart);
    EXPECT_FALSE(parseCommandLine(args({})).showChart);
}

TEST(CommandLine, BadInputIsRefusedWithAReason)
{
    const CommandLine unknown = parseCommandLine(args({"--bogus"}));
    EXPECT_EQ(unknown.action, CommandLine::Action::Fail);
    EXPECT_TRUE(unknown.errorText.contains(QStringLiteral("bogus")));
    const CommandLine missingValue = parseCommandLine(args({"--database"}));
    EXPECT_EQ(missingValue.action, CommandLine::Action::Fail);
    const CommandLine stray = parseCommandLine(args({"file.sqlite"}));
    EXPECT_EQ(stray.action, CommandLine::Action::Fail);
    EXPECT_TRUE(stray.errorText.contains(QStringLiteral("file.sqlite")));
}

} // namespace
