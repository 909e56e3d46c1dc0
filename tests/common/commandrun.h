#pragma once

// Runs `evidence` in-process with string-backed streams: the one harness of the command tests
// (statistics, methods, render funnel, appraisals). Link eb_test_commandrun.

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace eb::test {

struct CommandRun
{
    int status = -1;
    QString out;
    QString err;
};

// `evidence ARGUMENTS...` with `input` as standard input.
CommandRun evidence(const QStringList &arguments, const QString &input = QString());

// The JSON object the run printed (a parse error fails the test).
QJsonObject jsonOf(const CommandRun &run);

} // namespace eb::test
