// The `evidence` command-line tool. The commands live in the eb_cli library; this file only
// sets up the Qt application object and the standard streams.
#include "catalogue/bundledcatalogue.h"
#include "cli/common/cli.h"

#include <QApplication>
#include <QCoreApplication>
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    // Only drawing charts needs a QApplication; it never shows a window, so it renders
    // offscreen unless told otherwise, and works without a display server. Every other
    // command runs on a QCoreApplication, which touches no window system.
    std::unique_ptr<QTemporaryDir> runtimeDir; // outlives the application object
    std::unique_ptr<QCoreApplication> app;
    if (eb::cli::needsGui(arguments)) {
        runtimeDir = eb::cli::prepareOffscreenDrawing();
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    eb::catalogue::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(EB_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    eb::cli::Io io{out, err, in};
    const int status = eb::cli::run(arguments, io);
    out.flush();
    // A full disk behind standard output (`> /dev/full`): the command's text did not arrive,
    // so the command did not succeed.
    if (out.status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
        err << QCoreApplication::translate("eb::cli", "evidence: cannot write to standard output")
            << "\n";
        err.flush();
        return status == eb::cli::ExitOk ? eb::cli::ExitFailure : status;
    }
    err.flush();
    return status;
}
