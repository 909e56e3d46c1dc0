// Every writer of the `evidence` tool against hostile targets, run as a user runs it
// (QProcess): a link to /dev/null is written through and stays a link to a device, a link to
// /dev/full and a full file system (RLIMIT_FSIZE, with SIGXFSZ ignored as on a full disk) end
// with exit 1 and a message, leaving an earlier file as it was and nothing else behind.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace {

struct Writer
{
    const char *name;
    QStringList arguments; // before --out FILE / --bundle DIR
    QString suffix;        // ".pdf"; empty: a bundle folder
    bool catalogue = true;
};

QList<Writer> writers()
{
    const QString deck = QStringLiteral(EB_SOURCE_DIR "/docs/examples/lecture-deck.json");
    const QStringList overlap{QStringLiteral("render"), QStringLiteral("overlap"),
                              QStringLiteral("--d"), QStringLiteral("0.43")};
    return {
        {"render png", overlap, QStringLiteral(".png"), false},
        {"render svg", overlap, QStringLiteral(".svg"), false},
        {"render pdf", overlap, QStringLiteral(".pdf"), false},
        {"render bundle", overlap, QString(), false},
        {"render deck",
         {QStringLiteral("render"), QStringLiteral("deck"), deck},
         QStringLiteral(".pdf")},
        {"summary html",
         {QStringLiteral("summary"), QStringLiteral("captain-ii")},
         QStringLiteral(".html")},
        {"summary pdf",
         {QStringLiteral("summary"), QStringLiteral("captain-ii")},
         QStringLiteral(".pdf")},
        {"cite bib", {QStringLiteral("cite"), QStringLiteral("--all")}, QStringLiteral(".bib")},
        {"cite ris", {QStringLiteral("cite"), QStringLiteral("--all")}, QStringLiteral(".ris")},
        {"cite json", {QStringLiteral("cite"), QStringLiteral("--all")}, QStringLiteral(".json")},
    };
}

struct ProcessRun
{
    int status = -1;
    QString err;
};

mode_t modeOf(const QString &path)
{
    struct stat info = {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode : 0;
}

class OutputTargets : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("catalogue.sqlite"));
        ASSERT_TRUE(QFile::copy(QStringLiteral(EB_BINARY_DIR "/db/catalogue.sqlite"), m_database));
        QFile::setPermissions(m_database, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_out = m_dir.filePath(QStringLiteral("out"));
        ASSERT_TRUE(QDir().mkpath(m_out));
    }

    // `evidence` with the writer's arguments and its target; with a file size limit (in
    // 512-byte blocks), through sh's ulimit, SIGXFSZ ignored (inherited through exec).
    ProcessRun run(const Writer &writer, const QString &target, int limitBlocks = 0,
                   const QStringList &extra = {}) const
    {
        QStringList arguments = writer.arguments;
        arguments << (writer.suffix.isEmpty() ? QStringLiteral("--bundle")
                                              : QStringLiteral("--out"))
                  << target << extra;
        if (writer.catalogue) {
            arguments << QStringLiteral("--database") << m_database;
        }
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        if (limitBlocks > 0) {
            process.start(
                QStringLiteral("/bin/sh"),
                QStringList{QStringLiteral("-c"),
                            QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"")
                                .arg(limitBlocks),
                            QStringLiteral(EB_EVIDENCE_EXECUTABLE)} +
                    arguments);
        } else {
            process.start(QStringLiteral(EB_EVIDENCE_EXECUTABLE), arguments);
        }
        ProcessRun result;
        if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit) {
            result.err = process.errorString();
            return result;
        }
        result.status = process.exitCode();
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QStringList leftInOut() const
    {
        return QDir(m_out).entryList(
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    }

    QTemporaryDir m_dir;
    QString m_database;
    QString m_out;
};

TEST_F(OutputTargets, ALinkToTheNullDeviceIsWrittenThroughByEveryWriter)
{
    for (const Writer &writer : writers()) {
        if (writer.suffix.isEmpty()) {
            const ProcessRun run = this->run(writer, QStringLiteral("/dev/null"));
            EXPECT_EQ(run.status, 2) << writer.name << ": " << run.err.toStdString();
            EXPECT_TRUE(run.err.contains(QStringLiteral("not a folder"))) << writer.name;
            EXPECT_TRUE(S_ISCHR(modeOf(QStringLiteral("/dev/null"))));
            continue;
        }
        const QString link = QDir(m_out).filePath(QStringLiteral("null") + writer.suffix);
        QFile::remove(link);
        ASSERT_TRUE(QFile::link(QStringLiteral("/dev/null"), link));
        const ProcessRun run = this->run(writer, link);
        EXPECT_EQ(run.status, 0) << writer.name << ": " << run.err.toStdString();
        EXPECT_TRUE(S_ISLNK(modeOf(link))) << writer.name;
        EXPECT_TRUE(S_ISCHR(modeOf(QStringLiteral("/dev/null")))) << writer.name;
        QFile::remove(link);
    }
    EXPECT_EQ(leftInOut(), QStringList());
}

TEST_F(OutputTargets, ALinkToTheFullDeviceFailsWithExitOneInEveryWriter)
{
    for (const Writer &writer : writers()) {
        if (writer.suffix.isEmpty()) {
            continue; // a bundle is a folder: /dev/full is refused as "not a folder" above
        }
        const QString link = QDir(m_out).filePath(QStringLiteral("full") + writer.suffix);
        ASSERT_TRUE(QFile::link(QStringLiteral("/dev/full"), link));
        const ProcessRun run = this->run(writer, link);
        EXPECT_EQ(run.status, 1) << writer.name << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("cannot write"))) << writer.name;
        EXPECT_TRUE(S_ISLNK(modeOf(link))) << writer.name;
        EXPECT_TRUE(S_ISCHR(modeOf(QStringLiteral("/dev/full")))) << writer.name;
        QFile::remove(link);
    }
    EXPECT_EQ(leftInOut(), QStringList());
}

TEST_F(OutputTargets, AFullFileSystemFailsEveryWriterAndLeavesTheEarlierFile)
{
    for (const Writer &writer : writers()) {
        const QString target = QDir(m_out).filePath(QStringLiteral("target") + writer.suffix);
        const QString earlier =
            writer.suffix.isEmpty() ? QDir(target).filePath(QStringLiteral("figure.png")) : target;
        ASSERT_TRUE(QDir().mkpath(QFileInfo(earlier).absolutePath()));
        {
            QFile file(earlier);
            ASSERT_TRUE(file.open(QIODevice::WriteOnly));
            file.write("earlier");
        }
        const QStringList force =
            writer.suffix.isEmpty() ? QStringList{QStringLiteral("--force")} : QStringList();
        const ProcessRun run = this->run(writer, target, 8, force); // 4 KB
        EXPECT_EQ(run.status, 1) << writer.name << ": " << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("cannot write"))) << writer.name;
        QFile file(earlier);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << writer.name;
        EXPECT_EQ(file.readAll(), QByteArray("earlier")) << writer.name;
        EXPECT_EQ(leftInOut(), QStringList{QFileInfo(target).fileName()}) << writer.name;
        if (writer.suffix.isEmpty()) {
            EXPECT_EQ(QDir(target).entryList(QDir::Files),
                      QStringList{QStringLiteral("figure.png")});
            QDir(target).removeRecursively();
        } else {
            QFile::remove(target);
        }
    }
}

// Standard output on a full device: the text did not arrive, so the command fails.
TEST_F(OutputTargets, AFullStandardOutputIsAFailure)
{
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(EB_EVIDENCE_EXECUTABLE),
                  {QStringLiteral("convert"), QStringLiteral("--from"), QStringLiteral("mw"),
                   QStringLiteral("--value"), QStringLiteral("0.59")});
    ASSERT_TRUE(process.waitForFinished(-1));
    EXPECT_EQ(process.exitCode(), 1);
    EXPECT_TRUE(QString::fromUtf8(process.readAllStandardError())
                    .contains(QStringLiteral("standard output")));
}

} // namespace
