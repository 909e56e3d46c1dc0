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

} // namespace
