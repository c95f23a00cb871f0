#include "streamsource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

// mqttscope-streamsource: the benchmark's stream source (see bench/README section of the
// project README). Loopback only.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mqttscope-streamsource"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Fake MQTT broker that sends a burst of QoS 0 PUBLISH packets to every subscriber."));
    parser.addHelpOption();
    QCommandLineOption portOption({QStringLiteral("p"), QStringLiteral("port")},
                                  QCoreApplication::translate("main", "Port on 127.0.0.1 (0 = any free port)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    QCommandLineOption countOption({QStringLiteral("n"), QStringLiteral("count")},
                                   QCoreApplication::translate("main", "Messages per subscriber."),
                                   QStringLiteral("count"), QStringLiteral("1000000"));
    QCommandLineOption topicsOption(QStringLiteral("topics"),
                                    QCoreApplication::translate("main", "Number of distinct topics."),
                                    QStringLiteral("topics"), QStringLiteral("1000"));
    parser.addOptions({portOption, countOption, topicsOption});
    parser.process(app);

    StreamSource::Options options;
    bool ok = true;
    options.count = parser.value(countOption).toULongLong(&ok);
    bool ok2 = true;
    options.topics = parser.value(topicsOption).toInt(&ok2);
    bool ok3 = true;
    const uint port = parser.value(portOption).toUInt(&ok3);
    QTextStream err(stderr);
    if (!ok || !ok2 || !ok3 || options.count == 0 || options.topics < 1 || port > 65535) {
        err << QCoreApplication::translate("main", "Invalid --count, --topics or --port.") << '\n';
        return 2;
    }
    StreamSource source(options);
    if (!source.listen(QHostAddress::LocalHost, quint16(port))) {
        err << QCoreApplication::translate("main", "Cannot listen: %1").arg(source.errorString()) << '\n';
        return 1;
    }
    source.prepare();
    // The chosen port on stdout lets scripts start it with --port 0.
    QTextStream(stdout) << source.port() << Qt::endl;
    return app.exec();
}
