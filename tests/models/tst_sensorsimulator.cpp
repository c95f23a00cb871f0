// SensorSimulator against a real mosquitto: sensor readings for every room arrive as valid
// JSON with plausible values; text, binary and burst topics arrive; room statuses are
// retained; the doorbell's Last Will is published when it drops and it comes back; a message
// limit ends with finished() after exactly that many publishes; stop() closes cleanly.
#include "client.h"
#include "mosquittobroker.h"
#include "sensorsimulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

namespace {

// A plain client that records what it receives.
struct Subscriber
{
    explicit Subscriber(const MosquittoBroker &broker, const QString &filter)
    {
        Mqtt::ClientOptions options;
        options.host = broker.host();
        options.port = broker.port();
        client.setOptions(options);
        QObject::connect(&client, &Mqtt::Client::messageReceived, &client,
                         [this](const Mqtt::Message &m) { messages.append(m); });
        QSignalSpy subscribed(&client, &Mqtt::Client::subscribed);
        QObject::connect(&client, &Mqtt::Client::connected, &client, [this, filter] { client.subscribe(filter, 1); });
        client.connectToHost();
        ok = subscribed.wait(10000);
    }
    QList<Mqtt::Message> on(const QString &topic) const
    {
        QList<Mqtt::Message> result;
        for (const Mqtt::Message &m : messages) {
            if (m.topic() == topic)
                result.append(m);
        }
        return result;
    }
    QSet<QString> topics() const
    {
        QSet<QString> result;
        for (const Mqtt::Message &m : messages)
            result.insert(m.topic());
        return result;
    }
    Mqtt::Client client;
    QList<Mqtt::Message> messages;
    bool ok = false;
};

ConnectionSettings settingsFor(const MosquittoBroker &broker)
{
    Mqtt::ClientOptions options;
    options.host = broker.host();
    options.port = broker.port();
    return ConnectionSettings::plain(options);
}

SimulatorConfig fastConfig()
{
    SimulatorConfig config;
    config.rooms = SimulatedHome::defaultRooms(3);
    config.rate = 30;
    config.extrasIntervalMs = 100;
    config.burstIntervalMs = 300;
    config.burstSize = 20;
    config.deviceOnlineMs = 0;
    return config;
}

} // namespace

class TestSensorSimulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sensorReadingsAreJson();
    void textBinaryAndBursts();
    void roomStatusesAreRetained();
    void doorbellWillWhenItDrops();
    void messageLimit();
    void stopClosesCleanly();
    void refusedConnectionFails();
    void defaultRooms();

private:
    bool startSimulator(SensorSimulator &simulator);
    MosquittoBroker m_broker;
};

void TestSensorSimulator::initTestCase()
{
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
}

bool TestSensorSimulator::startSimulator(SensorSimulator &simulator)
{
    QSignalSpy started(&simulator, &SensorSimulator::started);
    simulator.start(settingsFor(m_broker));
    return started.wait(10000);
}

void TestSensorSimulator::sensorReadingsAreJson()
{
    Subscriber sub(m_broker, QStringLiteral("home/+/sensor"));
    QVERIFY(sub.ok);
    SensorSimulator simulator;
    simulator.setConfig(fastConfig());
    QVERIFY(startSimulator(simulator));
    const QStringList rooms = simulator.config().rooms;
    for (const QString &room : rooms)
        QTRY_VERIFY_WITH_TIMEOUT(sub.on(QStringLiteral("home/%1/sensor").arg(room)).size() >= 3, 10000);
    for (const Mqtt::Message &m : std::as_const(sub.messages)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(m.payload(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, m.payload().constData());
        const QJsonObject reading = doc.object();
        QVERIFY(reading.value(QLatin1String("temperature")).isDouble());
        QVERIFY(reading.value(QLatin1String("humidity")).isDouble());
        QVERIFY(reading.value(QLatin1String("timestamp")).isDouble());
        const double t = reading.value(QLatin1String("temperature")).toDouble();
        const double h = reading.value(QLatin1String("humidity")).toDouble();
        QVERIFY2(t > 10 && t < 35, m.payload().constData());
        QVERIFY2(h > 5 && h < 100, m.payload().constData());
        QCOMPARE(m.qos(), quint8(1));
    }
}

void TestSensorSimulator::textBinaryAndBursts()
{
    Subscriber sub(m_broker, QStringLiteral("home/#"));
    QVERIFY(sub.ok);
    SensorSimulator simulator;
    simulator.setConfig(fastConfig());
    QVERIFY(startSimulator(simulator));
    QTRY_VERIFY_WITH_TIMEOUT(sub.on(QStringLiteral("home/notifications")).size() >= 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!sub.on(QStringLiteral("home/garage/energy/raw")).isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(sub.on(QStringLiteral("home/garage/vibration")).size() >= 20, 10000);
    QVERIFY(sub.topics().contains(QStringLiteral("home/livingroom/light"))
            || sub.topics().contains(QStringLiteral("home/kitchen/light"))
            || sub.topics().contains(QStringLiteral("home/bedroom/light")));

    const QByteArray frame = sub.on(QStringLiteral("home/garage/energy/raw")).first().payload();
    QCOMPARE(frame.size(), 2 + 2 + 4 + 4);
    QVERIFY(frame.startsWith("EM"));
    // Text notifications include UTF-8 Chinese.
    const auto chinese = [&sub] {
        for (const Mqtt::Message &m : sub.on(QStringLiteral("home/notifications"))) {
            if (QString::fromUtf8(m.payload()).contains(QStringLiteral("传感器")))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(chinese(), 10000);
    const QJsonObject sample = QJsonDocument::fromJson(sub.on(QStringLiteral("home/garage/vibration")).first().payload()).object();
    QVERIFY(sample.value(QLatin1String("x")).isDouble() && sample.value(QLatin1String("z")).isDouble());
}

void TestSensorSimulator::roomStatusesAreRetained()
{
    SensorSimulator simulator;
    SimulatorConfig config = fastConfig();
    config.rooms = {QStringLiteral("attic"), QStringLiteral("cellar")};
    config.extrasIntervalMs = 0; // no light switched: the light states come with the statuses
    simulator.setConfig(config);
    QVERIFY(startSimulator(simulator));
    QTRY_VERIFY_WITH_TIMEOUT(simulator.publishedCount() >= 2, 10000);
    // A subscriber that comes later gets every room's status and light from the broker.
    Subscriber late(m_broker, QStringLiteral("home/+/status"));
    QVERIFY(late.ok);
    Subscriber lights(m_broker, QStringLiteral("home/+/light"));
    QVERIFY(lights.ok);
    for (const QString &room : config.rooms) {
        const QString topic = QStringLiteral("home/%1/status").arg(room);
        QTRY_VERIFY_WITH_TIMEOUT(!late.on(topic).isEmpty(), 10000);
        const Mqtt::Message status = late.on(topic).first();
        QVERIFY(status.retain());
        QCOMPARE(QJsonDocument::fromJson(status.payload()).object().value(QLatin1String("state")).toString(),
                 QStringLiteral("online"));
        const QString lightTopic = QStringLiteral("home/%1/light").arg(room);
        QTRY_VERIFY_WITH_TIMEOUT(!lights.on(lightTopic).isEmpty(), 10000);
        const Mqtt::Message light = lights.on(lightTopic).first();
        QVERIFY(light.retain());
        QVERIFY2(light.payload() == "on" || light.payload() == "off", light.payload().constData());
    }
}

void TestSensorSimulator::doorbellWillWhenItDrops()
{
    Subscriber sub(m_broker, SimulatedHome::doorbellStatusTopic());
    QVERIFY(sub.ok);
    SensorSimulator simulator;
    SimulatorConfig config = fastConfig();
    config.deviceOnlineMs = 300;
    config.deviceOfflineMs = 300;
    simulator.setConfig(config);
    QSignalSpy online(&simulator, &SensorSimulator::deviceOnlineChanged);
    QVERIFY(startSimulator(simulator));
    const auto payloads = [&sub] {
        QList<QByteArray> result;
        for (const Mqtt::Message &m : std::as_const(sub.messages))
            result.append(m.payload());
        return result;
    };
    // online, then the broker's Last Will (offline) after the drop, then online again.
    QTRY_VERIFY_WITH_TIMEOUT(payloads().indexOf("offline", payloads().indexOf("online")) > 0, 15000);
    const int offlineAt = int(payloads().indexOf("offline", payloads().indexOf("online")));
    QTRY_VERIFY_WITH_TIMEOUT(payloads().indexOf("online", offlineAt) > offlineAt, 15000);
    QVERIFY(online.size() >= 3); // online, offline, online
    QCOMPARE(online.at(0).first().toBool(), true);
    QCOMPARE(online.at(1).first().toBool(), false);
}

void TestSensorSimulator::messageLimit()
{
    Subscriber sub(m_broker, QStringLiteral("home/#"));
    QVERIFY(sub.ok);
    SensorSimulator simulator;
    SimulatorConfig config = fastConfig();
    config.rate = 200;
    config.messageLimit = 57;
    simulator.setConfig(config);
    QSignalSpy finished(&simulator, &SensorSimulator::finished);
    QVERIFY(startSimulator(simulator));
    QVERIFY(finished.wait(20000));
    QCOMPARE(simulator.publishedCount(), quint64(57));
    // Retained messages left by earlier tests come first; the simulator's own arrive live.
    const auto live = [&sub] {
        return std::count_if(sub.messages.cbegin(), sub.messages.cend(), [](const Mqtt::Message &m) { return !m.retain(); });
    };
    QTRY_COMPARE_WITH_TIMEOUT(live(), 57, 10000);
    QSignalSpy stopped(&simulator, &SensorSimulator::stopped);
    simulator.stop();
    QVERIFY(!stopped.isEmpty() || stopped.wait(10000));
    QCOMPARE(simulator.publishedCount(), quint64(57));
}

void TestSensorSimulator::stopClosesCleanly()
{
    Subscriber sub(m_broker, SimulatedHome::doorbellStatusTopic());
    QVERIFY(sub.ok);
    SensorSimulator simulator;
    simulator.setConfig(fastConfig());
    QVERIFY(startSimulator(simulator));
    const auto liveOnline = [&sub] {
        return std::any_of(sub.messages.cbegin(), sub.messages.cend(),
                           [](const Mqtt::Message &m) { return !m.retain() && m.payload() == "online"; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(liveOnline(), 10000);
    QSignalSpy stopped(&simulator, &SensorSimulator::stopped);
    QSignalSpy failed(&simulator, &SensorSimulator::failed);
    simulator.stop();
    QVERIFY(!stopped.isEmpty() || stopped.wait(10000));
    QVERIFY(!simulator.isRunning());
    QVERIFY(failed.isEmpty());
    // A clean DISCONNECT: the broker keeps the doorbell's "online", no Last Will.
    Subscriber late(m_broker, SimulatedHome::doorbellStatusTopic());
    QVERIFY(late.ok);
    QTRY_VERIFY_WITH_TIMEOUT(!late.messages.isEmpty(), 10000);
    QCOMPARE(late.messages.last().payload(), QByteArray("online"));
}

void TestSensorSimulator::refusedConnectionFails()
{
    Mqtt::ClientOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = MosquittoBroker::freePort(); // nobody listens there
    SensorSimulator simulator;
    QSignalSpy failed(&simulator, &SensorSimulator::failed);
    simulator.start(ConnectionSettings::plain(options));
    QVERIFY(failed.wait(20000));
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(!simulator.isRunning());
}

void TestSensorSimulator::defaultRooms()
{
    QCOMPARE(SimulatedHome::defaultRooms(2), QStringList({QStringLiteral("livingroom"), QStringLiteral("kitchen")}));
    QCOMPARE(SimulatedHome::defaultRooms(8).last(), QStringLiteral("room8"));
    QCOMPARE(SimulatedHome::defaultRooms(8).size(), 8);
}

QTEST_GUILESS_MAIN(TestSensorSimulator)
#include "tst_sensorsimulator.moc"
