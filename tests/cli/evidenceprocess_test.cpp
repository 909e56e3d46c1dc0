// The built `evidence` executable, run as a user runs it (QProcess): what it prints on
// standard error on a machine without XDG_RUNTIME_DIR or a display, and what each command's
// --help names.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <string>

namespace {

struct ProcessRun
{
    int status = -1;
    QString out;
    QString err;
};

class EvidenceProcess : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_tmp.isValid());
    }

    // Runs `evidence arguments` without XDG_RUNTIME_DIR, without a chosen Qt platform (the
    // command sets itself up) and with its own TMPDIR, to see what it leaves there.
    ProcessRun evidence(const QStringList &arguments) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.insert(QStringLiteral("TMPDIR"), m_tmp.path());
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(EB_EVIDENCE_EXECUTABLE), arguments);
        ProcessRun run;
        if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit) {
            run.err = process.errorString();
            return run;
        }
        run.status = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QString leftInTmp() const
    {
        return QDir(m_tmp.path())
            .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
            .join(QLatin1Char(' '));
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_tmp;
};

TEST_F(EvidenceProcess, RenderWithoutXdgRuntimeDirPrintsNothingOnStandardError)
{
    const QString png = m_dir.filePath(QStringLiteral("overlap.png"));
    const ProcessRun run =
        evidence({QStringLiteral("render"), QStringLiteral("overlap"), QStringLiteral("--d"),
                  QStringLiteral("0.43"), QStringLiteral("--out"), png});
    EXPECT_EQ(run.status, 0) << qPrintable(run.err);
    EXPECT_EQ(run.err.toStdString(), std::string());
    EXPECT_TRUE(QFile::exists(png));
    // The private runtime directory goes with the process.
    EXPECT_EQ(leftInTmp().toStdString(), std::string());
}

TEST_F(EvidenceProcess, RenderFromTheCatalogueWithoutXdgRuntimeDirPrintsNothingOnStandardError)
{
    const QString copy = m_dir.filePath(QStringLiteral("catalogue.sqlite"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"), copy));
    const QString svg = m_dir.filePath(QStringLiteral("forest.svg"));
    const ProcessRun run =
        evidence({QStringLiteral("render"), QStringLiteral("forest"), QStringLiteral("--database"),
                  copy, QStringLiteral("--studies"), QStringLiteral("captain-ii,cars-1,cars-2"),
                  QStringLiteral("--metric"), QStringLiteral("mw"), QStringLiteral("--out"), svg});
    EXPECT_EQ(run.status, 0) << qPrintable(run.err);
    EXPECT_EQ(run.err.toStdString(), std::string());
    EXPECT_GT(QFile(svg).size(), 0);
}

TEST_F(EvidenceProcess, CommandsThatDoNotDrawPrintNothingOnStandardError)
{
    const ProcessRun run =
        evidence({QStringLiteral("convert"), QStringLiteral("--from"), QStringLiteral("mw"),
                  QStringLiteral("--value"), QStringLiteral("0.59")});
    EXPECT_EQ(run.status, 0) << qPrintable(run.err);
    EXPECT_EQ(run.err.toStdString(), std::string());
    EXPECT_FALSE(run.out.isEmpty());
}

TEST_F(EvidenceProcess, CatalogueHelpNamesTheCommand)
{
    const ProcessRun run = evidence({QStringLiteral("catalogue"), QStringLiteral("--help")});
    EXPECT_EQ(run.status, 0);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Usage: evidence catalogue")))
        << qPrintable(run.out.section(QLatin1Char('\n'), 0, 0));
    EXPECT_EQ(run.err.toStdString(), std::string());
}

TEST_F(EvidenceProcess, EveryCommandsHelpNamesTheCommandNotTheExecutable)
{
    const QList<QStringList> commands{{QStringLiteral("catalogue")},
                                      {QStringLiteral("convert")},
                                      {QStringLiteral("smd")},
                                      {QStringLiteral("pool")},
                                      {QStringLiteral("escalc")},
                                      {QStringLiteral("bias")},
                                      {QStringLiteral("render")},
                                      {QStringLiteral("render"), QStringLiteral("forest")},
                                      {QStringLiteral("render"), QStringLiteral("overlap")},
                                      {QStringLiteral("render"), QStringLiteral("timecourse")},
                                      {QStringLiteral("render"), QStringLiteral("domains")}};
    for (const QStringList &command : commands) {
        const ProcessRun run = evidence(command + QStringList{QStringLiteral("--help")});
        const QString name = command.join(QLatin1Char(' '));
        EXPECT_EQ(run.status, 0) << qPrintable(name);
        const QString usage = QStringLiteral("Usage: evidence %1").arg(name);
        EXPECT_TRUE(run.out.startsWith(usage))
            << qPrintable(name) << ": " << qPrintable(run.out.section(QLatin1Char('\n'), 0, 0));
        EXPECT_FALSE(run.out.contains(QStringLiteral(EB_EVIDENCE_EXECUTABLE))) << qPrintable(name);
        EXPECT_EQ(run.err.toStdString(), std::string()) << qPrintable(name);
    }
}

// `evidence pool`'s text, as the process writes it (built as UTF-8 and written in pieces):
// byte for byte what it was when the table went through a QString (the expected text is that
// version's output): labels cut at 30 UTF-16 code units (an emoji cut in half becomes '?'),
// non-ASCII labels, QString::number's rounding of a tie away from zero (1234565 and 123456.5)
// and its exponents. Then a table of over 64 kB, past row 999, row by row.
TEST_F(EvidenceProcess, PoolPrintsItsTextTableByteForByte)
{
    const QString small = m_dir.filePath(QStringLiteral("small.csv"));
    QFile file(small);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("label,yi,vi\n"
               "Short,0.5,0.125\n"
               "Exactly thirty characters long,1234565,0.0001\n"
               "A label longer than thirty characters is cut here,-2.5,3\n"
               "\"M\xc3\xbcller 2019, \xc5\x81\xc3\xb3"
               "d\xc5\xba \xe2\x80\x94 "
               "\xc2\xbd\",0.000012345,2.5e-7\n"
               "abcdefghijklmnopqrstuvwxyz012\xf0\x9f\x98\x80tail,999999.5,1.5\n"
               ",123456.5,0.04\n"
               "\"  spaced  \",-0.00001,12345.65\n");
    file.close();
    const ProcessRun run =
        evidence({QStringLiteral("pool"), QStringLiteral("--method"), QStringLiteral("FE"), small});
    ASSERT_EQ(run.status, 0) << qPrintable(run.err);
    EXPECT_EQ(run.out.toStdString(),
              QString::fromUtf8(
                  "Fixed-effect model (inverse variance), k = 7\n"
                  "\n"
                  "estimate 3079.63   se 0.000499374   95% CI 3079.62 to 3079.63\n"
                  "z = 6.16697e+06, p < 0.0001\n"
                  "tau^2 0   tau 0   I^2 100%   H^2 2.53409e+15\n"
                  "Q(df = 6) = 1.52045e+16, p < 0.0001\n"
                  "95% prediction interval 3079.62 to 3079.63\n"
                  "\n"
                  "row  label                           yi            vi        weight %\n"
                  "  1  Short                                   0.5        0.125    0.0001995\n"
                  "  2  Exactly thirty characters long  1.23457e+06       0.0001     0.249374\n"
                  "  3  A label longer than thirty cha         -2.5            3  8.31248e-06\n"
                  "  4  Müller 2019, Łódź — ½            1.2345e-05      2.5e-07      99.7498\n"
                  "  5  abcdefghijklmnopqrstuvwxyz012?        1e+06          1.5   1.6625e-05\n"
                  "  6                                       123457         0.04  0.000623436\n"
                  "  7  spaced                               -1e-05      12345.6  2.01994e-09\n")
                  .toStdString());

    const QString large = m_dir.filePath(QStringLiteral("large.csv"));
    QFile many(large);
    ASSERT_TRUE(many.open(QIODevice::WriteOnly));
    many.write("label,yi,vi\n");
    QStringList expected;
    for (int i = 1; i <= 1500; ++i) {
        const QString label =
            QStringLiteral("Study \u00e9%1 \u2014 %2").arg(i).arg(QString(i % 40, u'x'));
        const double yi = (i % 7 - 3) * 0.137 * i;
        const double vi = 0.01 + i * 0.00031;
        many.write(QStringLiteral("%1,%2,%3\n")
                       .arg(label, QString::number(yi, 'g', 17), QString::number(vi, 'g', 17))
                       .toUtf8());
        const auto cell = [](double value) {
            return value == 0.0 ? QStringLiteral("0") : QString::number(value, 'g', 6);
        };
        expected << QStringLiteral("%1  %2 %3 %4 ")
                        .arg(i, 3)
                        .arg(label.trimmed().left(30), -30)
                        .arg(cell(yi), 12)
                        .arg(cell(vi), 12);
    }
    many.close();
    const ProcessRun table =
        evidence({QStringLiteral("pool"), QStringLiteral("--method"), QStringLiteral("DL"), large});
    ASSERT_EQ(table.status, 0) << qPrintable(table.err);
    const QStringList lines = table.out.section(QStringLiteral("weight %\n"), 1).split(u'\n');
    ASSERT_EQ(lines.size(), 1501); // and the text ends with a line end
    EXPECT_TRUE(lines.last().isEmpty());
    for (int i = 0; i < 1500; ++i) {
        ASSERT_EQ(lines.at(i).left(expected.at(i).size()).toStdString(),
                  expected.at(i).toStdString());
        ASSERT_EQ(lines.at(i).size(), expected.at(i).size() + 12) << qPrintable(lines.at(i));
    }
}

} // namespace
