#include "apptranslations.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

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

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("mqttscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MQTTSCOPE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("MqttScope"));
    std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    AppTranslations::install(app.get());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "MqttScope: explore MQTT brokers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(*app); // exits for --help, --version and unknown options

    auto *guiApp = qobject_cast<QApplication *>(app.get());
    if (!guiApp)
        return 0;
    QGuiApplication::setDesktopFileName(QStringLiteral("mqttscope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mqttscope.svg")));
    MainWindow window;
    window.show();
    return guiApp->exec();
}
