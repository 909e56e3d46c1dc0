#include "killharness.h"

#include "commandrun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <gtest/gtest.h>

namespace eb::test {

int killRuns(const char *variable, int byDefault)
{
    return qEnvironmentVariableIsSet(variable) ? qEnvironmentVariableIntValue(variable) : byDefault;
}

void freshCopy(const QString &from, const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    const QFileInfo info(path);
    for (const QString &name :
         info.dir().entryList({info.fileName() + QStringLiteral(".backup-*")}, QDir::Files)) {
        QFile::remove(info.dir().filePath(name));
    }
    ASSERT_TRUE(QFile::copy(from, path)) << from.toStdString() << " to " << path.toStdString();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

qint64 wholeRunMs(const QString &program, const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    [&] { // a lambda, so that a failed run is a fatal failure the caller can stop at
        QProcess child;
        child.start(program, arguments);
        ASSERT_TRUE(child.waitForFinished(-1)) << "cannot run " << program.toStdString();
        ASSERT_EQ(child.exitCode(), 0) << child.readAllStandardError().toStdString();
    }();
    return qMax<qint64>(timer.elapsed(), 50);
}

qint64 randomMomentMs(qint64 spanMs)
{
    return QRandomGenerator::global()->bounded(static_cast<quint32>(spanMs));
}

bool killAfter(const QString &program, const QStringList &arguments, qint64 afterMs)
{
    QProcess child;
    child.start(program, arguments);
    [&] {
        ASSERT_TRUE(child.waitForStarted(-1)) << "cannot start " << program.toStdString();
    }();
    if (::testing::Test::HasFatalFailure()) {
        return false;
    }
    QThread::msleep(static_cast<unsigned long>(afterMs));
    child.kill(); // SIGKILL; a child that has already ended exits normally
    child.waitForFinished(-1);
    return child.exitStatus() == QProcess::CrashExit;
}

int checkDb(const QString &path, QString *report)
{
    const CommandRun run = evidence({QStringLiteral("check-db"), path});
    *report = run.out + run.err;
    return run.status;
}

} // namespace eb::test
