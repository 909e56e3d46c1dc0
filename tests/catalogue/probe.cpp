#include "probe.h"

#include <gtest/gtest.h>

namespace eb::catalogue::test {

std::unique_ptr<QProcess> startProbe(const QStringList &arguments, const QByteArray &expected)
{
    auto probe = std::make_unique<QProcess>();
    probe->start(QStringLiteral(EB_CATALOGUE_PROBE), arguments);
    if (!probe->waitForStarted(-1)) {
        ADD_FAILURE() << "cannot start " << EB_CATALOGUE_PROBE;
        return nullptr;
    }
    // No time limit: the probe either prints its line or exits (and the wait ends).
    QByteArray line;
    while (!line.endsWith('\n') && probe->waitForReadyRead(-1)) {
        line += probe->readAllStandardOutput();
    }
    if (line.trimmed() != expected) {
        probe->kill();
        probe->waitForFinished(-1);
        ADD_FAILURE() << "the probe said '" << line.trimmed().toStdString()
                      << "': " << probe->readAllStandardError().toStdString();
        return nullptr;
    }
    return probe;
}

bool killProbe(QProcess &probe)
{
    probe.kill(); // SIGKILL on Unix
    probe.waitForFinished(-1);
    return probe.exitStatus() == QProcess::CrashExit;
}

ProbeOpen openInProbe(const QString &file, const QString &mode)
{
    QProcess probe;
    probe.start(QStringLiteral(EB_CATALOGUE_PROBE), {QStringLiteral("open"), file, mode});
    probe.waitForFinished(-1);
    ProbeOpen result;
    result.opened = probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
    result.message = QString::fromUtf8(probe.readAllStandardOutput()).trimmed();
    if (probe.exitCode() > 1) {
        ADD_FAILURE() << "the probe failed: " << probe.readAllStandardError().toStdString();
    }
    return result;
}

} // namespace eb::catalogue::test
