// DemoBroker: the Local demo's private mosquitto starts on loopback ports and accepts MQTT
// and WebSocket clients, stops with its owner, dies with a killed parent, and says how to
// install mosquitto when it is missing.
#include "client.h"
#include "demobroker.h"
#include "processprobe.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

class TestDemoBroker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsAndAcceptsClients_data();
    void startsAndAcceptsClients();
    void stopsWithItsOwner();
    void diesWithAKilledParent();
    void saysHowToInstallMosquitto();

private:
    static bool startBroker(DemoBroker &broker);
};

bool TestDemoBroker::startBroker(DemoBroker &broker)
{
    QSignalSpy started(&broker, &DemoBroker::started);
    QSignalSpy failed(&broker, &DemoBroker::failed);
    broker.start();
    if (!QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, 20000)) {
        qWarning("the demo broker neither started nor failed");
        return false;
    }
    if (!failed.isEmpty()) {
        qWarning("%s", qPrintable(failed.first().first().toString()));
        return false;
    }
    return broker.isRunning();
}

void TestDemoBroker::startsAndAcceptsClients_data()
{
    QTest::addColumn<bool>("webSocket");
    QTest::newRow("mqtt") << false;
    QTest::newRow("ws") << true;
}

void TestDemoBroker::startsAndAcceptsClients()
{
    QFETCH(bool, webSocket);
    DemoBroker broker;
    QVERIFY(startBroker(broker));
    QVERIFY(broker.port() != 0 && broker.webSocketPort() != 0);
    QVERIFY(processAlive(broker.processId()));

    const ConnectionSettings settings = webSocket ? broker.webSocketSettings() : broker.settings();
    QCOMPARE(settings.url.host, QStringLiteral("127.0.0.1"));
    Mqtt::Client client;
    QString error;
    QVERIFY2(settings.configure(&client, &error), qPrintable(error));
    QSignalSpy connected(&client, &Mqtt::Client::connected);
    QSignalSpy received(&client, &Mqtt::Client::messageReceived);
    client.connectToHost();
    QVERIFY(connected.wait(10000));
    client.subscribe(QStringLiteral("demo/echo"), 1);
    client.publish(QStringLiteral("demo/echo"), "hello", 1);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QCOMPARE(received.first().first().value<Mqtt::Message>().payload(), QByteArray("hello"));
    client.disconnectFromHost();
}

void TestDemoBroker::stopsWithItsOwner()
{
    qint64 pid = 0;
    {
        DemoBroker broker;
        QVERIFY(startBroker(broker));
        pid = broker.processId();
        QVERIFY(processAlive(pid));
    }
    QVERIFY2(!processAlive(pid), "mosquitto outlived its DemoBroker");
}

void TestDemoBroker::diesWithAKilledParent()
{
    QProcess child;
    child.start(QStringLiteral(MQTTSCOPE_DEMOBROKER_CHILD), {});
    QVERIFY(child.waitForStarted(10000));
    QVERIFY(QTest::qWaitFor([&] { return child.canReadLine() || child.state() != QProcess::Running; }, 30000));
    const qint64 pid = child.readLine().trimmed().toLongLong();
    QVERIFY2(pid > 0, child.readAllStandardError().constData());
    QVERIFY(processAlive(pid));
    ::kill(pid_t(child.processId()), SIGKILL); // no chance to clean up
    QVERIFY(child.waitForFinished(10000));
    QTRY_VERIFY2_WITH_TIMEOUT(!processAlive(pid), "mosquitto outlived its killed parent", 10000);
}

void TestDemoBroker::saysHowToInstallMosquitto()
{
    qputenv("MQTTSCOPE_MOSQUITTO", "/nonexistent/mosquitto");
    DemoBroker broker;
    QSignalSpy failed(&broker, &DemoBroker::failed);
    broker.start();
    qunsetenv("MQTTSCOPE_MOSQUITTO");
    QTRY_COMPARE(failed.size(), 1);
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.contains(QLatin1String("sudo apt install mosquitto")), qPrintable(reason));
    QVERIFY(!broker.isRunning());
    QCOMPARE(broker.processId(), 0);
}

QTEST_GUILESS_MAIN(TestDemoBroker)
#include "tst_demobroker.moc"
