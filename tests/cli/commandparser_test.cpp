// The one command parser (app/cli/common/commandparser.h): the shared options and the
// bad-input convention, and every command that reads the catalogue offering --database with
// the same words.
#include "cli/common/cli.h"
#include "cli/common/commandparser.h"
#include "cli/common/csvtable.h"
#include "model/validation.h"

#include <QStringList>
#include <QTextStream>
#include <gtest/gtest.h>

namespace {

// Found by tests/fuzz/interval_fuzz.cpp: the command line read "+-5" as -5 (std::from_chars
// after the '+' was skipped) where the catalogue refuses it. One grammar now: the two parsers
// agree on every text.
TEST(NumberParsers, TheCommandLineAndTheCatalogueReadTheSameNumbers)
{
    for (const char *text :
         {"+-5", "-+5",  "++5", "--5",  "+5",  "-5",    " .5 ", "5.", "1e-3", "1E+10", "1e400",
          "inf", "-inf", "nan", "0x10", "1,5", "1 000", "e5",   ".",  "-",    ""}) {
        QString why;
        const std::optional<double> cli = eb::cli::parseNumber(QLatin1String(text), &why);
        const std::optional<double> catalogue = eb::catalogue::parseNumber(QLatin1String(text));
        EXPECT_EQ(cli, catalogue) << text;
        EXPECT_TRUE(cli || !why.isEmpty()) << text;
    }
    EXPECT_FALSE(eb::cli::parseNumber(QStringLiteral("+-5"), nullptr));
}

TEST(NumberParsers, ANumberLongerThanTheStackBufferIsStillANumber)
{
    // The fuzzer's find: 64 digits were a number to the catalogue and not to the command line,
    // whose fast path copies a cell into a 64-character buffer.
    for (const qsizetype length : {63, 64, 65, 200}) {
        const QString digits(length, QLatin1Char('6'));
        const std::optional<double> cli = eb::cli::parseNumber(digits, nullptr);
        ASSERT_TRUE(cli.has_value()) << length;
        EXPECT_EQ(cli, eb::catalogue::parseNumber(digits)) << length;
    }
    const QString tooLong = QString(400, QLatin1Char('9'));
    EXPECT_EQ(eb::cli::parseNumber(tooLong, nullptr), eb::catalogue::parseNumber(tooLong));
}

// The statistics commands' number options (convert --value, smd, pool --level) were a third
// parser (QString::toDouble: "0x10" refused but " 1e5 " and 200 digits read differently) whose
// messages quoted the whole value. They read by the one grammar now and quote an excerpt.
TEST(NumberParsers, NumberOptionsReadTheOneGrammarAndQuoteAnExcerpt)
{
    for (const char *text : {"+-5", "-+5", "+5", " .5 ", "5.", "1e-3", "1e400", "inf", "nan",
                             "0x10", "1,5", "1 000", "e5", ".", "-", ""}) {
        QString error;
        const std::optional<double> option =
            eb::cli::numberOption(QStringLiteral("--value"), QLatin1String(text), &error);
        EXPECT_EQ(option, eb::catalogue::parseNumber(QLatin1String(text))) << text;
        if (!option) {
            EXPECT_TRUE(error.startsWith(QStringLiteral("--value: "))) << error.toStdString();
        }
    }
    QString error;
    EXPECT_FALSE(eb::cli::numberOption(QStringLiteral("--value"), QStringLiteral("1,5"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("comma"))) << error.toStdString();
    const QString huge = QStringLiteral("x") + QString(100000, QLatin1Char('7'));
    EXPECT_FALSE(eb::cli::numberOption(QStringLiteral("--level"), huge, &error));
    EXPECT_LT(error.size(), 160) << error.left(200).toStdString();
    EXPECT_TRUE(error.startsWith(QStringLiteral("--level: 'x777"))) << error.toStdString();
}

struct Streams
{
    QString out;
    QString err;
    QString in;
    QTextStream outStream{&out};
    QTextStream errStream{&err};
    QTextStream inStream{&in};
    eb::cli::Io io{outStream, errStream, inStream};

    void flush()
    {
        outStream.flush();
        errStream.flush();
    }
};

TEST(CommandParser, ParsesTheSharedOptionsIntoTheStruct)
{
    Streams s;
    eb::cli::CommandParser cli(QStringLiteral("evidence test"), s.io, QStringLiteral("A test."));
    cli.addJsonOption();
    cli.addDatabaseOption();
    const auto command = cli.parse({QStringLiteral("--json"), QStringLiteral("a"),
                                    QStringLiteral("--database"), QStringLiteral("x.sqlite")});
    ASSERT_TRUE(command.has_value());
    EXPECT_EQ(command->name, QStringLiteral("evidence test"));
    EXPECT_TRUE(command->json);
    EXPECT_EQ(command->positional, QStringList{QStringLiteral("a")});
    EXPECT_EQ(command->value(QStringLiteral("database")), QStringLiteral("x.sqlite"));
    s.flush();
    EXPECT_TRUE(s.out.isEmpty());
    EXPECT_TRUE(s.err.isEmpty());
}

TEST(CommandParser, HelpIsPrintedAndEndsTheCommand)
{
    Streams s;
    eb::cli::CommandParser cli(QStringLiteral("evidence test"), s.io, QStringLiteral("A test."));
    cli.addDatabaseOption();
    EXPECT_FALSE(cli.parse({QStringLiteral("--help")}).has_value());
    EXPECT_EQ(cli.status(), eb::cli::ExitOk);
    s.flush();
    EXPECT_TRUE(s.out.startsWith(QStringLiteral("Usage: evidence test"))) << s.out.toStdString();
    EXPECT_TRUE(s.out.contains(QStringLiteral("--database <FILE>")));
    EXPECT_TRUE(s.err.isEmpty());
}

TEST(CommandParser, BadInputIsOneLineAndExitTwo)
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("--bogus")}, QStringList{QStringLiteral("--json")},
          QStringList{QStringLiteral("one"), QStringLiteral("two")}}) {
        Streams s;
        eb::cli::CommandParser cli(QStringLiteral("evidence test"), s.io, QString());
        // No --json offered here: it is an unknown option, not a silent no-op.
        EXPECT_FALSE(cli.parse(arguments, 1).has_value()) << arguments.join(' ').toStdString();
        EXPECT_EQ(cli.status(), eb::cli::ExitBadInput);
        s.flush();
        EXPECT_TRUE(s.err.startsWith(QStringLiteral("evidence test: "))) << s.err.toStdString();
        EXPECT_EQ(s.err.count(QLatin1Char('\n')), 1) << s.err.toStdString();
        EXPECT_TRUE(s.out.isEmpty());
    }
    Streams s;
    eb::cli::CommandParser cli(QStringLiteral("evidence test"), s.io, QString());
    const auto command = cli.parse({});
    ASSERT_TRUE(command.has_value());
    EXPECT_EQ(command->bad(QStringLiteral("--x: 'y' is not a number")), eb::cli::ExitBadInput);
    s.flush();
    EXPECT_EQ(s.err, QStringLiteral("evidence test: --x: 'y' is not a number\n"));
}

// Every command that reads the catalogue offers --database, in the same words, and --help.
TEST(CommandParser, EveryCatalogueCommandSharesTheDatabaseOption)
{
    const QString database = QStringLiteral(
        "--database <FILE>   Read FILE instead of your copy of the bundled catalogue.");
    const QList<QStringList> commands{
        {QStringLiteral("catalogue")},
        {QStringLiteral("matrix")},
        {QStringLiteral("syntheses")},
        {QStringLiteral("compare")},
        {QStringLiteral("claims")},
        {QStringLiteral("cite")},
        {QStringLiteral("summary")},
        {QStringLiteral("pool"), QStringLiteral("--results"), QStringLiteral("1")},
        {QStringLiteral("render"), QStringLiteral("forest")},
        {QStringLiteral("render"), QStringLiteral("timecourse")},
        {QStringLiteral("render"), QStringLiteral("domains")},
        {QStringLiteral("render"), QStringLiteral("deck")}};
    for (const QStringList &command : commands) {
        Streams s;
        const int status = eb::cli::run(QStringList{QStringLiteral("evidence")} + command +
                                            QStringList{QStringLiteral("--help")},
                                        s.io);
        s.flush();
        const std::string name = command.join(' ').toStdString();
        EXPECT_EQ(status, eb::cli::ExitOk) << name;
        EXPECT_TRUE(s.out.simplified().contains(database.simplified())) << name;
        EXPECT_TRUE(s.out.contains(QStringLiteral("-h, --help"))) << name;
        EXPECT_TRUE(s.err.isEmpty()) << name << ": " << s.err.toStdString();
    }
}

} // namespace
