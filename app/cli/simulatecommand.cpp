#include "simulatecommand.h"

#include "cli.h"
#include "connectionarguments.h"
#include "sensorsimulator.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <limits>

int SimulateCommand::run(const QStringList &arguments)
{
    const QString name = QStringLiteral("simulate");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Publish a simulated smart home, as the GUI's Local demo does."));
    ConnectionArguments connection;
    const QCommandLineOption rooms(QStringLiteral("rooms"), tr("Number of rooms with a sensor (1 to 1000, default: 4)."),
                                   tr("N"), QStringLiteral("4"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  tr("Sensor readings per second, all rooms together (default: one per room per second)."),
                                  tr("MSG_PER_S"));
    const QCommandLineOption qos({QStringLiteral("q"), QStringLiteral("qos")},
                                 tr("QoS of the sensor readings (default: 1)."), tr("QOS"), QStringLiteral("1"));
    const QCommandLineOption count({QStringLiteral("C"), QStringLiteral("count")},
                                   tr("Exit after publishing COUNT messages in all."), tr("COUNT"));
    const QCommandLineOption duration(QStringLiteral("duration"), tr("Exit after SECONDS."), tr("SECONDS"));
    const QCommandLineOption help(QStringLiteral("help"), tr("Show this help."));
    parser.addOptions({rooms, rate, qos, count, duration, help});
    connection.addTo(parser);

    const QString usage = tr("Usage: mqttscope-cli simulate [options] [--rooms N] [--rate MSG_PER_S] [-C COUNT | --duration SECONDS]");
    if (const std::optional<int> done = Cli::parseArguments(parser, name, arguments, help, usage))
        return *done;

    ConnectionSettings settings;
    QString error;
    if (!connection.read(parser, &settings, &error))
        return Cli::usageError(name, error);

    SimulatorConfig config;
    quint64 n = 0;
    if (!ConnectionArguments::parseNumber(parser.value(rooms), 1, 1000, &n))
        return Cli::usageError(name, tr("invalid number of rooms '%1': expected 1 to 1000").arg(parser.value(rooms)));
    config.rooms = SimulatedHome::defaultRooms(int(n));
    if (parser.isSet(rate)) {
        bool ok = false;
        config.rate = parser.value(rate).toDouble(&ok);
        if (!ok || !(config.rate > 0) || config.rate > 1e6)
            return Cli::usageError(name, tr("invalid rate '%1': expected messages per second, more than 0 and at most 1000000")
                                             .arg(parser.value(rate)));
    }
    if (!ConnectionArguments::parseNumber(parser.value(qos), 0, 2, &n))
        return Cli::usageError(name, tr("invalid QoS '%1': expected 0, 1 or 2").arg(parser.value(qos)));
    config.sensorQos = quint8(n);
    if (parser.isSet(count)) {
        if (!ConnectionArguments::parseNumber(parser.value(count), 1, std::numeric_limits<qint64>::max(), &n))
            return Cli::usageError(name, tr("invalid count '%1'").arg(parser.value(count)));
        config.messageLimit = n;
    }
    int durationMs = 0;
    if (parser.isSet(duration)) {
        if (!ConnectionArguments::parseNumber(parser.value(duration), 1, 24 * 3600 * 365, &n))
            return Cli::usageError(name, tr("invalid duration '%1': expected whole seconds").arg(parser.value(duration)));
        durationMs = int(std::min<quint64>(n * 1000, quint64(std::numeric_limits<int>::max())));
    }
    const bool debug = connection.debug(parser);

    QEventLoop loop;
    SensorSimulator simulator;
    simulator.setConfig(config);
    int exitCode = Cli::Success;
    QObject::connect(&simulator, &SensorSimulator::started, &loop, [&] {
        Cli::printErr(tr("Publishing a simulated home with %n room(s) to %1. Press Ctrl+C to stop.", nullptr,
                         int(config.rooms.size()))
                          .arg(settings.endpoint()));
        if (durationMs > 0)
            QTimer::singleShot(durationMs, &simulator, &SensorSimulator::stop);
    });
    QObject::connect(&simulator, &SensorSimulator::deviceOnlineChanged, &loop, [&](bool online) {
        if (debug)
            Cli::printErr(online ? tr("The doorbell is online.") : tr("The doorbell dropped off (the broker publishes its Last Will)."));
    });
    QObject::connect(&simulator, &SensorSimulator::finished, &simulator, &SensorSimulator::stop);
    QObject::connect(&simulator, &SensorSimulator::stopped, &loop, [&] { loop.exit(); });
    QObject::connect(&simulator, &SensorSimulator::failed, &loop, [&](const QString &reason) {
        Cli::printErr(tr("Simulating to %1 failed: %2").arg(settings.endpoint(), reason));
        exitCode = Cli::Failure;
        loop.exit();
    });
    simulator.start(settings);
    if (simulator.isRunning())
        loop.exec();
    if (exitCode == Cli::Success)
        Cli::printErr(tr("%n message(s) published.", nullptr, int(std::min<quint64>(simulator.publishedCount(), INT_MAX))));
    return exitCode;
}
