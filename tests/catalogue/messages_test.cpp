// The error convention (docs/architecture.md): no message of a core/ library names a
// command-line option, because the window shows the same messages as the command line.
// Each command names its own options in app/cli.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <gtest/gtest.h>

TEST(CoreMessages, NoMessageInCoreNamesACommandLineOption)
{
    // A string literal holding " --word" (an option), on a line that is not a comment.
    const QRegularExpression option(QStringLiteral("\"[^\"]*(^|[\\s(])--[a-z][^\"]*\""));
    int files = 0;
    QStringList offenders;
    QDirIterator it(QStringLiteral(EB_SOURCE_DIR "/core"), {QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // The catalogue builder is a command-line tool of its own: its options are its own.
        if (path.contains(QStringLiteral("/core/catalogue/tools/"))) {
            continue;
        }
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        ++files;
        int number = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++number;
            if (line.trimmed().startsWith(QStringLiteral("//"))) {
                continue;
            }
            if (option.match(line).hasMatch()) {
                offenders << QStringLiteral("%1:%2: %3").arg(path).arg(number).arg(line.trimmed());
            }
        }
    }
    EXPECT_GT(files, 20);
    EXPECT_TRUE(offenders.isEmpty()) << offenders.join(QLatin1Char('\n')).toStdString();
}
