#include "commandrun.h"

#include "cli/common/cli.h"

#include <QJsonDocument>
#include <QTextStream>
#include <gtest/gtest.h>

namespace eb::test {

CommandRun evidence(const QStringList &arguments, const QString &input)
{
    CommandRun run;
    QString in = input;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    QTextStream inStream(&in);
    eb::cli::Io io{out, err, inStream};
    run.status = eb::cli::run(QStringList{QStringLiteral("evidence")} + arguments, io);
    out.flush();
    err.flush();
    return run;
}

QJsonObject jsonOf(const CommandRun &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    return doc.object();
}

} // namespace eb::test
