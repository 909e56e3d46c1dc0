#pragma once

// Kills a child process with SIGKILL at a chosen moment, as a crash or a power cut would stop a
// writer, so that a test can look at what the writer left: the one harness of the killed-write
// tests (a killed import, upgrade, burst of edits). What a test then asserts stays its own.
// Link eb_test_kill.

#include <QString>
#include <QStringList>

namespace eb::test {

// How many kills a test makes: the number in the environment variable when it is set (to run
// more by hand), else `byDefault` (few, to keep CI short).
int killRuns(const char *variable, int byDefault);

// Replaces `path` with a copy of `from` (owner read/write), after removing what a killed writer
// leaves beside it: its rollback journal and its backups (`path`.backup-*). A failed copy fails
// the test.
void freshCopy(const QString &from, const QString &path);

// Runs `program arguments` to its end and returns how long it took, in milliseconds and at
// least 50: the span the kill moments are drawn from. A run that does not exit 0 is a fatal
// failure (call it inside ASSERT_NO_FATAL_FAILURE).
qint64 wholeRunMs(const QString &program, const QStringList &arguments);

// A moment drawn at random in [0, spanMs) milliseconds.
qint64 randomMomentMs(qint64 spanMs);

// Starts `program arguments`, sends it SIGKILL `afterMs` milliseconds later and waits for it to
// end. True if the kill stopped it; false if it had already finished. A child that cannot be
// started is a fatal failure (call it inside ASSERT_NO_FATAL_FAILURE).
bool killAfter(const QString &program, const QStringList &arguments, qint64 afterMs);

// `evidence check-db path` in-process: its exit status, with what it printed (both streams) in
// *report.
int checkDb(const QString &path, QString *report);

} // namespace eb::test
