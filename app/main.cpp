#include "appsettings.h"
#include "apptranslations.h"
#include "brokersession.h"
#include "connectioncontroller.h"
#include "connectionarguments.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QPixmap>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

// --help and --version must work without a display, so they get a QCoreApplication (the
// pattern QApplication's documentation recommends for command-line-only runs).
static std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h") || !std::strcmp(argv[i], "--version")
            || !std::strcmp(argv[i], "-v"))
            return std::make_unique<QCoreApplication>(argc, argv);
    }
    return std::make_unique<QApplication>(argc, argv);
}

// --lang is needed before the parser exists (its own texts are translated).
static QString languageArgument(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
    }
    return {};
}

static void printError(const QString &text)
{
    std::fprintf(stderr, "mqttscope: %s\n", qPrintable(text));
}

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("mqttscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MQTTSCOPE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("MqttScope"));
    std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);

    QString language = languageArgument(app->arguments());
    if (language.isEmpty())
        language = AppSettings::load().language;
    AppTranslations::install(app.get(), language.isEmpty() ? QLocale() : QLocale(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "MqttScope: explore MQTT brokers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QCoreApplication::translate("main", "Connect with the saved profile NAME at start."),
                                           QCoreApplication::translate("main", "NAME"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QCoreApplication::translate("main", "Open the Local demo: a private broker with simulated sensors."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Language of the window: en or zh_CN (default: the preference, else the system's)."),
                                        QCoreApplication::translate("main", "LANG"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QCoreApplication::translate("main", "Write a PNG of the main window to FILE after a delay, then quit."),
                                              QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption delayOption(QStringLiteral("screenshot-delay"),
                                         QCoreApplication::translate("main", "Milliseconds to wait before --screenshot (default: 4000)."),
                                         QCoreApplication::translate("main", "MS"), QStringLiteral("4000"));
    parser.addOptions({profileOption, demoOption, langOption, screenshotOption, delayOption});
    const ConnectionArguments connectionArguments(ConnectionArguments::Mode::Gui);
    connectionArguments.addTo(parser);
    parser.process(*app); // exits for --help, --version and unknown options

    auto *guiApp = qobject_cast<QApplication *>(app.get());
    if (!guiApp)
        return 0;

    int delayMs = 0;
    if (parser.isSet(screenshotOption)) {
        bool ok = false;
        delayMs = parser.value(delayOption).toInt(&ok);
        if (!ok || delayMs < 0 || delayMs > 600000) {
            printError(QCoreApplication::translate("main", "invalid --screenshot-delay '%1': expected milliseconds from 0 to 600000")
                           .arg(parser.value(delayOption)));
            return 2;
        }
    }
    if (parser.isSet(profileOption) + parser.isSet(QStringLiteral("url")) + parser.isSet(demoOption) > 1) {
        printError(QCoreApplication::translate("main", "give only one of --profile, --url and --demo"));
        return 2;
    }
    ConnectionSettings urlSettings;
    if (parser.isSet(QStringLiteral("url"))) {
        QString error;
        if (!connectionArguments.read(parser, &urlSettings, &error)) {
            printError(error);
            return 2;
        }
        // A GUI keeps trying: the toolbar says when the next attempt comes.
        urlSettings.options.autoReconnect = true;
    }

    QGuiApplication::setDesktopFileName(QStringLiteral("mqttscope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mqttscope.svg")));
    MainWindow window;
    window.restoreLayout();
    window.show();
    if (parser.isSet(QStringLiteral("url"))) {
        Mqtt::Subscription all;
        all.filter = QStringLiteral("#");
        window.connectTo(urlSettings.endpoint(), urlSettings, {all});
    } else if (parser.isSet(profileOption)) {
        // An unknown name is said in the status bar too; the window stays for the user to pick.
        if (!window.connectProfile(parser.value(profileOption)))
            printError(QCoreApplication::translate("main", "there is no profile named '%1'").arg(parser.value(profileOption)));
    } else if (parser.isSet(demoOption)) {
        window.controller()->startDemo();
    } else {
        window.openStartupConnection(); // the demo on first launch, else the last profile used
    }

    int exitCode = 0;
    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(delayMs, &window, [&window, &exitCode, file] {
            if (!window.grab().save(file, "PNG")) {
                printError(QCoreApplication::translate("main", "cannot write the screenshot to %1").arg(file));
                exitCode = 1;
            }
            QApplication::quit();
        });
    }
    const int code = guiApp->exec();
    return exitCode ? exitCode : code;
}
