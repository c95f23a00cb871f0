// LocalDemo: start() brings up the private broker and the simulator and hands over the
// settings to connect with; a subscriber sees the demo's topics within 5 s; destroying the
// demo leaves no mosquitto behind; a missing mosquitto fails with the install hint.
#include "client.h"
#include "localdemo.h"
#include "processprobe.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

class TestLocalDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void topicsWithinFiveSecondsAndNoProcessLeft();
    void missingMosquittoFails();
};

void TestLocalDemo::topicsWithinFiveSecondsAndNoProcessLeft()
{
    auto demo = std::make_unique<LocalDemo>();
    QSignalSpy started(demo.get(), &LocalDemo::started);
    QSignalSpy failed(demo.get(), &LocalDemo::failed);
    demo->start();
    QVERIFY(demo->isStarting());
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(demo->isRunning());
    const ConnectionSettings settings = started.first().first().value<ConnectionSettings>();
    QCOMPARE(settings.url.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(settings.url.port, demo->broker()->port());
    const qint64 pid = demo->broker()->processId();
    QVERIFY(processAlive(pid));

    // What the GUI does on started(): connect to the settings and subscribe to everything.
    Mqtt::Client client;
    QString error;
    QVERIFY2(settings.configure(&client, &error), qPrintable(error));
    QSet<QString> topics;
    QObject::connect(&client, &Mqtt::Client::messageReceived, &client,
                     [&topics](const Mqtt::Message &m) { topics.insert(m.topic()); });
    QObject::connect(&client, &Mqtt::Client::connected, &client, [&client] { client.subscribe(QStringLiteral("#"), 0); });
    client.connectToHost();
    // Rooms' sensors and statuses, lights, notifications, the meter, the doorbell.
    QTRY_VERIFY_WITH_TIMEOUT(topics.size() >= 10, 5000);
    QVERIFY(topics.contains(QStringLiteral("home/livingroom/sensor")));
    QVERIFY(topics.contains(QStringLiteral("home/livingroom/status")));
    client.disconnectFromHost();

    demo.reset();
    QVERIFY2(!processAlive(pid), "mosquitto outlived the Local demo");
}

void TestLocalDemo::missingMosquittoFails()
{
    qputenv("MQTTSCOPE_MOSQUITTO", "/nonexistent/mosquitto");
    LocalDemo demo;
    QSignalSpy failed(&demo, &LocalDemo::failed);
    demo.start();
    qunsetenv("MQTTSCOPE_MOSQUITTO");
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QLatin1String("sudo apt install mosquitto")));
    QVERIFY(!demo.isRunning() && !demo.isStarting());
}

QTEST_GUILESS_MAIN(TestLocalDemo)
#include "tst_localdemo.moc"
