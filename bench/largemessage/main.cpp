// Receives one large message (default 100 MB) through Mqtt::Client and reports the process's
// resident memory: before, at its peak (VmHWM) and after the message was dropped. The message
// is published by mosquitto_pub in a process of its own, so only the receiver is measured.
#include "client.h"
#include "transport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

// A field of /proc/self/status in MiB ("VmRSS", "VmHWM").
double statusMiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

QString findProgram(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    return path;
}

quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

int fail(const QString &why)
{
    std::fprintf(stderr, "largemessage_bench: %s\n", qPrintable(why));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Peak RSS of Mqtt::Client receiving one large message."));
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Message size in MB (default 100)."),
                                        QStringLiteral("MB"), QStringLiteral("100"));
    const QCommandLineOption hostOption(QStringLiteral("host"), QStringLiteral("Broker host (default 127.0.0.1)."),
                                        QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Broker port; without it a private mosquitto is started."),
                                        QStringLiteral("PORT"));
    const QCommandLineOption readBufferOption(QStringLiteral("read-buffer"),
                                              QStringLiteral("Bound the socket's read buffer to KB (default: unbounded)."),
                                              QStringLiteral("KB"), QStringLiteral("0"));
    parser.addOptions({sizeOption, hostOption, portOption, readBufferOption});
    parser.process(app);
    const qint64 size = parser.value(sizeOption).toLongLong() * 1000 * 1000;
    if (size <= 0)
        return fail(QStringLiteral("--size must be a positive number of MB"));

    QTemporaryDir dir;
    QProcess broker;
    QString host = parser.value(hostOption);
    quint16 port = quint16(parser.value(portOption).toUInt());
    if (port == 0) {
        const QString mosquitto = findProgram(QStringLiteral("mosquitto"));
        if (mosquitto.isEmpty())
            return fail(QStringLiteral("mosquitto not found (give --port of a running broker)"));
        host = QStringLiteral("127.0.0.1");
        port = freePort();
        QFile config(dir.filePath(QStringLiteral("mosquitto.conf")));
        if (!config.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write the mosquitto configuration"));
        config.write(QStringLiteral("user root\nlistener %1 127.0.0.1\nallow_anonymous true\n").arg(port).toUtf8());
        config.close();
        broker.start(mosquitto, {QStringLiteral("-c"), config.fileName()});
        if (!broker.waitForStarted(5000))
            return fail(QStringLiteral("cannot start mosquitto"));
        QThread::msleep(500); // it listens within a few ms; the connect below retries anyway
    }

    QFile payloadFile(dir.filePath(QStringLiteral("payload")));
    if (!payloadFile.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write the payload file"));
    const QByteArray block(1024 * 1024, 'p');
    for (qint64 written = 0; written < size; written += block.size())
        payloadFile.write(block.constData(), qMin<qint64>(block.size(), size - written));
    payloadFile.close();

    Mqtt::ClientOptions options;
    options.host = host;
    options.port = port;
    options.version = Mqtt::ProtocolVersion::V311;
    auto *client = new Mqtt::Client(&app);
    client->setOptions(options);
    const QString topic = QStringLiteral("mqttscope-bench/large");
    double baseline = 0;
    std::optional<qint64> receivedSize;
    QElapsedTimer clock;
    QProcess publisher;
    QObject::connect(client, &Mqtt::Client::connected, client, [&] {
        if (const qint64 kb = parser.value(readBufferOption).toLongLong(); kb > 0)
            client->transport()->setReadBufferSize(kb * 1024);
        client->subscribe(topic, 0);
    });
    QObject::connect(client, &Mqtt::Client::subscribed, client, [&] {
        baseline = statusMiB("VmRSS");
        clock.start();
        publisher.start(findProgram(QStringLiteral("mosquitto_pub")),
                        {QStringLiteral("-h"), host, QStringLiteral("-p"), QString::number(port), QStringLiteral("-t"),
                         topic, QStringLiteral("-f"), payloadFile.fileName()});
    });
    QObject::connect(client, &Mqtt::Client::messageReceived, client, [&](const Mqtt::Message &message) {
        receivedSize = message.payload().size();
        QTimer::singleShot(0, &app, [&] { app.quit(); }); // the message is dropped when this returns
    });
    QObject::connect(client, &Mqtt::Client::disconnected, &app, [&](const QString &reason) {
        std::fprintf(stderr, "disconnected: %s\n", qPrintable(reason));
        app.exit(1);
    });
    client->connectToHost();
    QTimer::singleShot(300000, &app, [&] { app.exit(2); });
    const int rc = app.exec();
    publisher.waitForFinished(10000);
    if (rc != 0 || !receivedSize)
        return fail(QStringLiteral("no message received"));
    const double seconds = clock.elapsed() / 1000.0;
    QCoreApplication::processEvents();
    const double peak = statusMiB("VmHWM");
    const double after = statusMiB("VmRSS");
    const double messageMiB = double(*receivedSize) / (1024 * 1024);
    QTextStream out(stdout);
    out << QStringLiteral("message      %1 MiB in %2 s\n").arg(messageMiB, 0, 'f', 1).arg(seconds, 0, 'f', 2);
    out << QStringLiteral("RSS before   %1 MiB\n").arg(baseline, 0, 'f', 1);
    out << QStringLiteral("RSS peak     %1 MiB (%2 x the message; above the baseline: %3 x)\n")
               .arg(peak, 0, 'f', 1)
               .arg(peak / messageMiB, 0, 'f', 2)
               .arg((peak - baseline) / messageMiB, 0, 'f', 2);
    out << QStringLiteral("RSS after    %1 MiB\n").arg(after, 0, 'f', 1);
    client->disconnectFromHost();
    broker.terminate();
    broker.waitForFinished(5000);
    return 0;
}
