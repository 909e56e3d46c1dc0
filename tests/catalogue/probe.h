#pragma once

// Runs tests/catalogue/catalogue_probe.cpp, the second process of the catalogue tests.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

namespace eb::catalogue::test {

// Starts the probe with arguments and waits for its first line ("ready", "locked"); the
// returned process is killed (SIGKILL) by killProbe() or when it goes out of scope.
std::unique_ptr<QProcess> startProbe(const QStringList &arguments, const QByteArray &expected);
// SIGKILL, as a crash or a power cut would stop a writer; returns true if it was killed.
bool killProbe(QProcess &probe);

struct ProbeOpen
{
    bool opened = false;
    QString message;
};
// Opens file in another process, as user "nobody" when the tests run as root (so that file
// permissions apply); mode "ro" or "rw".
ProbeOpen openInProbe(const QString &file, const QString &mode);

} // namespace eb::catalogue::test
