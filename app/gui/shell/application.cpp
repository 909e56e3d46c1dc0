#include "gui/shell/application.h"

#include "catalogue/catalogue.h"
#include "gui/browse/section.h"
#include "gui/chart/chartpane.h"
#include "gui/features/editing/editingfeature.h"
#include "gui/features/lecture/presentcommand.h"
#include "gui/shell/cataloguesession.h"
#include "gui/shell/firstpaintquit.h"
#include "gui/shell/mainwindow.h"
#include "gui/shell/settings.h"
#include "output/outputfile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QImageWriter>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initEvidenceBrowserResources()
{
    Q_INIT_RESOURCE(evidencebrowser);
}

namespace eb::gui {

void initResources()
{
    initEvidenceBrowserResources();
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "eb::gui", "Browse the studies, results, mechanisms and claims of the research on "
                   "Cerebrolysin. Educational software, not medical advice."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("eb::gui",
                                    "Open the catalogue FILE instead of your copy of the "
                                    "bundled catalogue."),
        QCoreApplication::translate("eb::gui", "FILE"));
    parser.addOption(databaseOption);
    // The options for scripts and tests (docs/user-guide.md), declared in one place and all
    // hidden from --help the same way.
    const auto hidden = [&parser](const QString &name, const char *description,
                                  const char *valueName = nullptr) {
        QCommandLineOption option(
            name, QCoreApplication::translate("eb::gui", description),
            valueName == nullptr ? QString() : QCoreApplication::translate("eb::gui", valueName));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
        return option;
    };
    const QCommandLineOption selectOption =
        hidden(QStringLiteral("select"),
               QT_TRANSLATE_NOOP("eb::gui", "Show the record KIND:SLUG (e.g. study:captain-ii)."),
               QT_TRANSLATE_NOOP("eb::gui", "KIND:SLUG"));
    const QCommandLineOption screenshotOption =
        hidden(QStringLiteral("screenshot"),
               QT_TRANSLATE_NOOP("eb::gui", "Save a picture of the window to FILE and quit."),
               QT_TRANSLATE_NOOP("eb::gui", "FILE"));
    const QCommandLineOption presentOption =
        hidden(QStringLiteral("present"),
               QT_TRANSLATE_NOOP("eb::gui", "Present the deck FILE full screen."),
               QT_TRANSLATE_NOOP("eb::gui", "FILE"));
    const QCommandLineOption slideOption =
        hidden(QStringLiteral("slide"),
               QT_TRANSLATE_NOOP("eb::gui", "With --present: start at slide N (from 1)."),
               QT_TRANSLATE_NOOP("eb::gui", "N"));
    const QCommandLineOption chartOption =
        hidden(QStringLiteral("chart"),
               QT_TRANSLATE_NOOP("eb::gui", "Show the Chart tab instead of the details."));

    QCommandLineOption firstPaintOption(
        QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate("eb::gui", "Quit as soon as the window has been painted."));
    firstPaintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(firstPaintOption);

    CommandLine result;
    result.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        result.action = CommandLine::Action::Fail;
        result.errorText = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        result.action = CommandLine::Action::ShowHelp;
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = CommandLine::Action::ShowVersion;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = CommandLine::Action::Fail;
        result.errorText = QCoreApplication::translate("eb::gui", "Unexpected argument: %1")
                               .arg(parser.positionalArguments().constFirst());
        return result;
    }
    result.databaseFile = parser.value(databaseOption);
    result.select = parser.value(selectOption);
    result.screenshotFile = parser.value(screenshotOption);
    result.showChart = parser.isSet(chartOption);
    result.quitAfterFirstPaint = parser.isSet(firstPaintOption);
    result.presentDeck = parser.value(presentOption);
    if (parser.isSet(slideOption)) {
        bool ok = false;
        result.presentSlide = parser.value(slideOption).toInt(&ok);
        if (!ok || result.presentSlide < 1 || result.presentDeck.isEmpty()) {
            result.action = CommandLine::Action::Fail;
            result.errorText =
                QCoreApplication::translate("eb::gui", "--slide: give a slide number from 1, "
                                                       "with --present DECK.json");
        }
    }
    return result;
}

namespace {

void setApplicationMetadata()
{
    catalogue::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(EB_VERSION));
}

// A start-up failure: one line on standard error (for scripts and terminals) and a dialog
// (for a start from the desktop, where nobody reads standard error).
int failStartup(const QString &message)
{
    std::fprintf(stderr, "evidence-browser: %s\n", qPrintable(message));
    QMessageBox::critical(nullptr, QApplication::translate("eb::gui", "Evidence Browser"), message);
    return 1;
}

} // namespace

int runApplication(int argc, char *argv[])
{
    // --help, --version and a bad option are answered before any window system is touched, so
    // that they work without a display (over ssh, in CI).
    CommandLine commandLine;
    {
        QCoreApplication probe(argc, argv);
        setApplicationMetadata();
        commandLine = parseCommandLine(QCoreApplication::arguments());
    }
    switch (commandLine.action) {
    case CommandLine::Action::ShowHelp:
        std::fputs(qPrintable(commandLine.helpText), stdout);
        return 0;
    case CommandLine::Action::ShowVersion:
        std::printf("evidence-browser %s\n", EB_VERSION);
        return 0;
    case CommandLine::Action::Fail:
        std::fprintf(stderr, "evidence-browser: %s\n", qPrintable(commandLine.errorText));
        return 2;
    case CommandLine::Action::Run:
        break;
    }

    QApplication app(argc, argv);
    setApplicationMetadata();
    QApplication::setApplicationDisplayName(QApplication::translate("eb::gui", "Evidence Browser"));
    QGuiApplication::setDesktopFileName(QStringLiteral(EB_APP_ID));
    initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/evidence-browser.svg")));

    // Browsing never writes: a file is written only when a record is saved, and an older
    // file is upgraded only when the user says so, after a backup (docs/catalogue.md).
    catalogue::Catalogue catalogue;
    CatalogueSession session(catalogue);
    session.setUpgradeConsent([](const QString &file, int from, int to) {
        return editing::askToUpgrade(QApplication::activeWindow(), file, from, to);
    });
    QString error;
    if (!session.openAtStart(commandLine.databaseFile, &error)) {
        return failStartup(error);
    }

    if (!commandLine.presentDeck.isEmpty()) {
        return runPresentation(catalogue, commandLine.presentDeck, commandLine.presentSlide,
                               commandLine.screenshotFile);
    }
    Settings settings;
    MainWindow window(session, settings);
    if (commandLine.quitAfterFirstPaint) {
        window.installEventFilter(new FirstPaintQuit(&window));
    }
    window.show();
    if (!commandLine.select.isEmpty()) {
        const QString key = commandLine.select.section(QLatin1Char(':'), 0, 0);
        const QString slug = commandLine.select.section(QLatin1Char(':'), 1);
        Section section = Section::Studies;
        if (!sectionFromKey(key, &section) || !window.selectRecord(section, slug)) {
            std::fprintf(
                stderr, "evidence-browser: %s\n",
                qPrintable(
                    QApplication::translate("eb::gui", "no record %1").arg(commandLine.select)));
        }
    }
    if (commandLine.showChart) {
        window.detailTabs()->setCurrentWidget(window.chartPane());
    }
    if (!commandLine.screenshotFile.isEmpty()) {
        // Wait for the first layout and paint, then save the window and quit.
        QTimer::singleShot(300, &window, [&window, &commandLine] {
            // Through the one checked path, like every other output (output/outputfile.h).
            const QImage shot = window.grab().toImage();
            QByteArray format = QFileInfo(commandLine.screenshotFile).suffix().toLower().toLatin1();
            if (format.isEmpty()) {
                format = "png";
            }
            QString why;
            const bool saved = output::writeFileFrom(
                commandLine.screenshotFile,
                [&](QIODevice &device, QString *message) {
                    QImageWriter writer(&device, format);
                    if (!writer.write(shot)) {
                        *message = writer.errorString();
                        return false;
                    }
                    return true;
                },
                &why);
            if (!saved) {
                std::fprintf(stderr, "evidence-browser: %s\n", qPrintable(why));
            }
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}

} // namespace eb::gui
