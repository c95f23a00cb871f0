// mqttscope-cli simulate against a real mosquitto: -C publishes exactly COUNT messages and
// exits 0 (a subscriber counts them), the readings are the seed's sensor JSON, --duration
// ends the run, a refused connection exits 1 with the reason, bad options exit 2.
#include "client.h"
#include "cliprogram.h"
#include "mosquittobroker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class TestCliSimulate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void countPublishesExactly();
    void durationEnds();
    void urlAndQos0();
    void refusedConnection();
    void badArguments_data();
    void badArguments();
    void listedInHelp();

private:
    QStringList hostArgs() const
    {
        return {QStringLiteral("-h"), m_broker.host(), QStringLiteral("-p"), QString::number(m_broker.port())};
    }
    MosquittoBroker m_broker;
};

void TestCliSimulate::initTestCase()
{
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
}

void TestCliSimulate::countPublishesExactly()
{
    Mqtt::Client sub;
    Mqtt::ClientOptions options;
    options.host = m_broker.host();
    options.port = m_broker.port();
    sub.setOptions(options);
    QList<Mqtt::Message> live; // retained ones from earlier runs are not this run's
    connect(&sub, &Mqtt::Client::messageReceived, this, [&live](const Mqtt::Message &m) {
        if (!m.retain())
            live.append(m);
    });
    QSignalSpy subscribed(&sub, &Mqtt::Client::subscribed);
    connect(&sub, &Mqtt::Client::connected, this, [&sub] { sub.subscribe(QStringLiteral("home/#"), 1); });
    sub.connectToHost();
    QVERIFY(subscribed.wait(10000));

    CliProgram cli(QStringLiteral(MQTTSCOPE_CLI_PATH),
                   QStringList{QStringLiteral("simulate")} + hostArgs()
                       + QStringList{QStringLiteral("--rooms"), QStringLiteral("3"),
                                            QStringLiteral("--rate"), QStringLiteral("50"), QStringLiteral("-C"),
                                            QStringLiteral("40")});
    QVERIFY(cli.started());
    QVERIFY2(cli.waitForFinished(60000), qPrintable(cli.describe()));
    QVERIFY2(cli.exitCode() == 0, qPrintable(cli.describe()));
    QVERIFY2(cli.err().contains("40 messages published"), qPrintable(cli.describe()));
    QTRY_COMPARE_WITH_TIMEOUT(live.size(), 40, 10000);
    int readings = 0;
    for (const Mqtt::Message &m : std::as_const(live)) {
        if (!m.topic().endsWith(QLatin1String("/sensor")))
            continue;
        ++readings;
        QVERIFY2(m.topic() == QLatin1String("home/livingroom/sensor") || m.topic() == QLatin1String("home/kitchen/sensor")
                     || m.topic() == QLatin1String("home/bedroom/sensor"),
                 qPrintable(m.topic()));
        const QJsonObject reading = QJsonDocument::fromJson(m.payload()).object();
        QVERIFY2(reading.value(QLatin1String("temperature")).isDouble(), m.payload().constData());
        QVERIFY2(reading.value(QLatin1String("humidity")).isDouble(), m.payload().constData());
        QCOMPARE(m.qos(), quint8(1));
    }
    QVERIFY(readings >= 20);
}

void TestCliSimulate::durationEnds()
{
    CliProgram cli(QStringLiteral(MQTTSCOPE_CLI_PATH),
                   QStringList{QStringLiteral("simulate")} + hostArgs()
                       + QStringList{QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--rooms"), QStringLiteral("2")});
    QVERIFY(cli.started());
    QVERIFY2(cli.waitForFinished(60000), qPrintable(cli.describe()));
    QVERIFY2(cli.exitCode() == 0, qPrintable(cli.describe()));
    QVERIFY2(cli.err().contains(" published"), qPrintable(cli.describe()));
}

void TestCliSimulate::urlAndQos0()
{
    CliProgram cli(QStringLiteral(MQTTSCOPE_CLI_PATH),
                   {QStringLiteral("simulate"), QStringLiteral("-L"),
                    QStringLiteral("mqtt://127.0.0.1:%1").arg(m_broker.port()), QStringLiteral("-q"), QStringLiteral("0"),
                    QStringLiteral("-C"), QStringLiteral("10"), QStringLiteral("-V"), QStringLiteral("3.1.1")});
    QVERIFY(cli.started());
    QVERIFY2(cli.waitForFinished(60000), qPrintable(cli.describe()));
    QVERIFY2(cli.exitCode() == 0, qPrintable(cli.describe()));
    QVERIFY2(cli.err().contains("10 messages published"), qPrintable(cli.describe()));
}

void TestCliSimulate::refusedConnection()
{
    CliProgram cli(QStringLiteral(MQTTSCOPE_CLI_PATH),
                   {QStringLiteral("simulate"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                    QString::number(MosquittoBroker::freePort()), QStringLiteral("-C"), QStringLiteral("5")});
    QVERIFY(cli.started());
    QVERIFY2(cli.waitForFinished(60000), qPrintable(cli.describe()));
    QVERIFY2(cli.exitCode() == 1, qPrintable(cli.describe()));
    QVERIFY2(cli.err().contains("failed"), qPrintable(cli.describe()));
}

void TestCliSimulate::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("rooms 0") << QStringList{QStringLiteral("--rooms"), QStringLiteral("0")} << QByteArray("rooms");
    QTest::newRow("rooms text") << QStringList{QStringLiteral("--rooms"), QStringLiteral("many")} << QByteArray("rooms");
    QTest::newRow("rate 0") << QStringList{QStringLiteral("--rate"), QStringLiteral("0")} << QByteArray("rate");
    QTest::newRow("rate text") << QStringList{QStringLiteral("--rate"), QStringLiteral("fast")} << QByteArray("rate");
    QTest::newRow("qos 3") << QStringList{QStringLiteral("-q"), QStringLiteral("3")} << QByteArray("QoS");
    QTest::newRow("count 0") << QStringList{QStringLiteral("-C"), QStringLiteral("0")} << QByteArray("count");
    QTest::newRow("duration") << QStringList{QStringLiteral("--duration"), QStringLiteral("-1")} << QByteArray("duration");
    QTest::newRow("surplus") << QStringList{QStringLiteral("extra")} << QByteArray("unexpected argument");
}

void TestCliSimulate::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, reason);
    CliProgram cli(QStringLiteral(MQTTSCOPE_CLI_PATH), QStringList{QStringLiteral("simulate")} + arguments);
    QVERIFY(cli.started());
    QVERIFY(cli.waitForFinished(30000));
    QVERIFY2(cli.exitCode() == 2, qPrintable(cli.describe()));
    QVERIFY2(cli.err().contains(reason), qPrintable(cli.describe()));
}

void TestCliSimulate::listedInHelp()
{
    CliProgram cli(QStringLiteral(MQTTSCOPE_CLI_PATH), {QStringLiteral("--help")});
    QVERIFY(cli.started());
    QVERIFY(cli.waitForFinished(30000));
    QVERIFY(cli.out().contains("simulate"));
    CliProgram help(QStringLiteral(MQTTSCOPE_CLI_PATH), {QStringLiteral("simulate"), QStringLiteral("--help")});
    QVERIFY(help.started());
    QVERIFY(help.waitForFinished(30000));
    QCOMPARE(help.exitCode(), 0);
    QVERIFY(help.out().contains("--rooms") && help.out().contains("--rate") && help.out().contains("--duration"));
}

QTEST_GUILESS_MAIN(TestCliSimulate)
#include "tst_clisimulate.moc"
