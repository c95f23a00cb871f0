#include "brokersession.h"
#include "messagelogmodel.h"
#include "mosquittobroker.h"
#include "topictreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// BrokerSession against a real mosquitto: the GUI's one seam to the library. Every case runs
// for MQTT 3.1.1 and 5.0.
class TestBrokerSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void connectSubscribeReceive_data();
    void connectSubscribeReceive();
    void publishResultsAndOutgoingLog_data();
    void publishResultsAndOutgoingLog();
    void subscribeUnsubscribeUpdatesCopy_data();
    void subscribeUnsubscribeUpdatesCopy();
    void refusedConnectionSaysWhy();
    void reconnectStatusAndRecovery();
    void abortPublishesWill();
    void reopenReplacesConnection();
    void notOpenRefusesCalls();
    void badTlsFileFailsOpen();
    void backPressureLosesNothing();

private:
    ConnectionSettings settingsFor(quint16 port, Mqtt::ProtocolVersion version) const;
    static void addVersions();
    MosquittoBroker m_broker;
};

void TestBrokerSession::initTestCase()
{
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
}

void TestBrokerSession::cleanupTestCase()
{
    m_broker.stop();
}

ConnectionSettings TestBrokerSession::settingsFor(quint16 port, Mqtt::ProtocolVersion version) const
{
    Mqtt::ClientOptions options;
    options.host = m_broker.host();
    options.port = port;
    options.version = version;
    return ConnectionSettings::plain(options);
}

void TestBrokerSession::addVersions()
{
    QTest::addColumn<Mqtt::ProtocolVersion>("version");
    QTest::newRow("3.1.1") << Mqtt::ProtocolVersion::V311;
    QTest::newRow("5.0") << Mqtt::ProtocolVersion::V5;
}

static Mqtt::Subscription subscription(const QString &filter, quint8 qos = 0)
{
    Mqtt::Subscription s;
    s.filter = filter;
    s.options.maximumQos = qos;
    return s;
}

void TestBrokerSession::connectSubscribeReceive_data()
{
    addVersions();
}

void TestBrokerSession::connectSubscribeReceive()
{
    QFETCH(Mqtt::ProtocolVersion, version);
    BrokerSession session;
    QAbstractItemModelTester treeTester(session.pipeline()->topicTree());
    QAbstractItemModelTester logTester(session.pipeline()->messageLog());
    QSignalSpy connected(&session, &BrokerSession::connected);
    QSignalSpy subscribed(&session, &BrokerSession::subscribed);
    const QString topic = QStringLiteral("bs/recv/%1").arg(QTest::currentDataTag());
    QString error;
    QVERIFY2(session.open(settingsFor(m_broker.port(), version), {subscription(QStringLiteral("bs/recv/#"))}, &error),
             qPrintable(error));
    QCOMPARE(session.state(), BrokerSession::State::Connecting);
    QVERIFY(session.statusText().startsWith(QStringLiteral("Connecting to 127.0.0.1")));
    QVERIFY(connected.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), BrokerSession::State::Connected, 10000);
    QCOMPARE(session.protocolVersion(), version);
    QVERIFY(!session.clientId().isEmpty());
    QVERIFY(session.statusText().startsWith(QStringLiteral("Connected to 127.0.0.1 (MQTT")));
    QVERIFY(subscribed.wait(10000) || subscribed.count() > 0);
    QCOMPARE(subscribed.first().at(0).toInt(), 0); // the subscriptions on connect
    QTRY_COMPARE_WITH_TIMEOUT(session.subscriptions().size(), 1, 5000);
    QCOMPARE(session.subscriptions().first().filter, QStringLiteral("bs/recv/#"));
    if (version == Mqtt::ProtocolVersion::V5)
        QVERIFY(!session.connackProperties().isEmpty());

    // Another client publishes; the models show it.
    Mqtt::Client other;
    Mqtt::ClientOptions o;
    o.host = m_broker.host();
    o.port = m_broker.port();
    o.version = version;
    other.setOptions(o);
    QSignalSpy otherConnected(&other, &Mqtt::Client::connected);
    other.connectToHost();
    QVERIFY(otherConnected.wait(10000));
    other.publish(topic, QByteArrayLiteral("{\"temperature\": 21.5}"), 1);
    QTRY_VERIFY_WITH_TIMEOUT(session.pipeline()->topicTree()->nodeCount() >= 3, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(session.pipeline()->messageLog()->rowCount(), 1, 10000);
    QCOMPARE(session.traffic().messagesIn, quint64(1));
    QVERIFY(session.traffic().bytesIn >= quint64(topic.size()));

    QSignalSpy state(&session, &BrokerSession::stateChanged);
    session.close();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), BrokerSession::State::Disconnected, 10000);
    QCOMPARE(session.statusText(), QStringLiteral("Disconnected"));
    QVERIFY(!session.hasError());
}

void TestBrokerSession::publishResultsAndOutgoingLog_data()
{
    addVersions();
}

void TestBrokerSession::publishResultsAndOutgoingLog()
{
    QFETCH(Mqtt::ProtocolVersion, version);
    BrokerSession session;
    QAbstractItemModelTester logTester(session.pipeline()->messageLog());
    QSignalSpy connected(&session, &BrokerSession::connected);
    QString error;
    QVERIFY(session.open(settingsFor(m_broker.port(), version), {}, &error));
    QVERIFY(connected.wait(10000));

    QSignalSpy published(&session, &BrokerSession::published);
    QSignalSpy failed(&session, &BrokerSession::publishFailed);
    int tokens[3];
    for (quint8 qos = 0; qos <= 2; ++qos) {
        tokens[qos] = session.publish(Mqtt::Message(QStringLiteral("bs/out/%1").arg(qos), "payload", qos));
        QVERIFY(tokens[qos] > 0);
    }
    QTRY_COMPARE_WITH_TIMEOUT(published.count(), 3, 10000);
    QList<int> got;
    for (const QList<QVariant> &args : published)
        got.append(args.at(0).toInt());
    std::sort(got.begin(), got.end());
    QCOMPARE(got, (QList<int>{tokens[0], tokens[1], tokens[2]}));
    QCOMPARE(failed.count(), 0);
    // Outgoing messages enter the log as "out" (nothing subscribed: nothing comes back in).
    QTRY_COMPARE_WITH_TIMEOUT(session.pipeline()->messageLog()->rowCount(), 3, 10000);
    QCOMPARE(session.traffic().messagesOut, quint64(3));

    // A publish the library refuses at once (an invalid topic) fails with its sentence.
    const int bad = session.publish(Mqtt::Message(QStringLiteral("bad/#"), "x", 1));
    QVERIFY(bad > 0);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QCOMPARE(failed.first().at(0).toInt(), bad);
    QVERIFY(!failed.first().at(2).toString().isEmpty());
}

void TestBrokerSession::subscribeUnsubscribeUpdatesCopy_data()
{
    addVersions();
}

void TestBrokerSession::subscribeUnsubscribeUpdatesCopy()
{
    QFETCH(Mqtt::ProtocolVersion, version);
    BrokerSession session;
    QSignalSpy connected(&session, &BrokerSession::connected);
    QString error;
    QVERIFY(session.open(settingsFor(m_broker.port(), version), {}, &error));
    QVERIFY(connected.wait(10000));
    QVERIFY(session.subscriptions().isEmpty());

    QSignalSpy subscribed(&session, &BrokerSession::subscribed);
    QSignalSpy changed(&session, &BrokerSession::subscriptionsChanged);
    const int token = session.subscribe({subscription(QStringLiteral("a/#"), 1), subscription(QStringLiteral("b/+"), 2)});
    QVERIFY(token > 0);
    QVERIFY(subscribed.wait(10000));
    QCOMPARE(subscribed.first().at(0).toInt(), token);
    QCOMPARE(subscribed.first().at(1).value<QList<Mqtt::ReasonCode>>().size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(session.subscriptions().size(), 2, 5000);
    QVERIFY(changed.count() >= 1);

    QSignalSpy unsubscribed(&session, &BrokerSession::unsubscribed);
    const int u = session.unsubscribe({QStringLiteral("a/#")});
    QVERIFY(unsubscribed.wait(10000));
    QCOMPARE(unsubscribed.first().at(0).toInt(), u);
    QTRY_COMPARE_WITH_TIMEOUT(session.subscriptions().size(), 1, 5000);
    QCOMPARE(session.subscriptions().first().filter, QStringLiteral("b/+"));
}

void TestBrokerSession::refusedConnectionSaysWhy()
{
    // Nothing listens on this port: the first attempt fails and says so in words.
    const quint16 port = MosquittoBroker::freePort();
    BrokerSession session;
    QString error;
    ConnectionSettings settings = settingsFor(port, Mqtt::ProtocolVersion::V5);
    QVERIFY(session.open(settings, {}, &error));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), BrokerSession::State::Disconnected, 15000);
    QVERIFY(session.hasError());
    QVERIFY2(session.statusText().startsWith(QStringLiteral("Error — ")), qPrintable(session.statusText()));
    QVERIFY2(session.lastError().contains(QString::number(port)), qPrintable(session.lastError()));
}

void TestBrokerSession::reconnectStatusAndRecovery()
{
    MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    BrokerSession session;
    ConnectionSettings settings = settingsFor(broker.port(), Mqtt::ProtocolVersion::V5);
    settings.options.autoReconnect = true;
    settings.options.reconnectInitialDelayMs = 500;
    settings.options.reconnectMaxDelayMs = 1000;
    QSignalSpy connected(&session, &BrokerSession::connected);
    QSignalSpy scheduled(&session, &BrokerSession::reconnectScheduled);
    QVERIFY(session.open(settings, {subscription(QStringLiteral("#"))}, &error));
    QVERIFY(connected.wait(10000));

    broker.stop();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), BrokerSession::State::Reconnecting, 10000);
    QVERIFY(scheduled.count() >= 1);
    QVERIFY2(session.statusText().startsWith(QStringLiteral("Reconnecting in ")), qPrintable(session.statusText()));
    QVERIFY2(session.statusText().contains(QStringLiteral(" — ")), qPrintable(session.statusText()));

    QVERIFY2(broker.restart(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), BrokerSession::State::Connected, 20000);
    QVERIFY(session.lastError().isEmpty());
}

void TestBrokerSession::abortPublishesWill()
{
    BrokerSession watcher;
    QSignalSpy watcherConnected(&watcher, &BrokerSession::connected);
    QSignalSpy watcherSubscribed(&watcher, &BrokerSession::subscribed);
    QString error;
    QVERIFY(watcher.open(settingsFor(m_broker.port(), Mqtt::ProtocolVersion::V5), {subscription(QStringLiteral("bs/will"))}, &error));
    QVERIFY(watcherConnected.wait(10000));
    QVERIFY(watcherSubscribed.wait(10000) || watcherSubscribed.count() > 0);

    BrokerSession session;
    ConnectionSettings settings = settingsFor(m_broker.port(), Mqtt::ProtocolVersion::V5);
    Mqtt::Will will;
    will.topic = QStringLiteral("bs/will");
    will.payload = QByteArrayLiteral("gone");
    settings.options.will = will;
    QSignalSpy connected(&session, &BrokerSession::connected);
    QVERIFY(session.open(settings, {}, &error));
    QVERIFY(connected.wait(10000));
    session.abort();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), BrokerSession::State::Disconnected, 10000);
    QVERIFY(!session.hasError()); // asked for
    QTRY_COMPARE_WITH_TIMEOUT(watcher.pipeline()->messageLog()->rowCount(), 1, 10000);
    QCOMPARE(watcher.traffic().messagesIn, quint64(1));
}

void TestBrokerSession::reopenReplacesConnection()
{
    BrokerSession session;
    QSignalSpy connected(&session, &BrokerSession::connected);
    QString error;
    QVERIFY(session.open(settingsFor(m_broker.port(), Mqtt::ProtocolVersion::V311), {}, &error));
    QVERIFY(connected.wait(10000));
    const QString firstId = session.clientId();
    // A second open() while connected: the old connection goes, the new one's reports count.
    QVERIFY(session.open(settingsFor(m_broker.port(), Mqtt::ProtocolVersion::V5), {}, &error));
    QVERIFY(connected.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), BrokerSession::State::Connected, 10000);
    QCOMPARE(session.protocolVersion(), Mqtt::ProtocolVersion::V5);
    QVERIFY(session.clientId() != firstId);
}

void TestBrokerSession::notOpenRefusesCalls()
{
    BrokerSession session;
    QString error;
    QCOMPARE(session.publish(Mqtt::Message(QStringLiteral("t"), "x"), &error), -1);
    QVERIFY(!error.isEmpty());
    error.clear();
    QCOMPARE(session.subscribe({subscription(QStringLiteral("t"))}, {}, &error), -1);
    QVERIFY(!error.isEmpty());
    error.clear();
    QCOMPARE(session.unsubscribe({QStringLiteral("t")}, &error), -1);
    QVERIFY(!error.isEmpty());
    QCOMPARE(session.statusText(), QStringLiteral("Disconnected"));
}

void TestBrokerSession::badTlsFileFailsOpen()
{
    BrokerSession session;
    ConnectionSettings settings = settingsFor(m_broker.port(), Mqtt::ProtocolVersion::V5);
    settings.url.scheme = Mqtt::ServerUrl::Scheme::Mqtts;
    settings.tls.caFile = QStringLiteral("/nonexistent/ca.pem");
    QString error;
    QVERIFY(!session.open(settings, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("ca.pem")), qPrintable(error));
    QCOMPARE(session.state(), BrokerSession::State::Disconnected);
}

void TestBrokerSession::backPressureLosesNothing()
{
    // A pipeline with a tiny bound: with back-pressure the network thread waits instead of
    // dropping, so every message published arrives in the log.
    IngestOptions options;
    options.maxPendingMessages = 64;
    options.tickIntervalMs = 20;
    BrokerSession session(options);
    QSignalSpy connected(&session, &BrokerSession::connected);
    QSignalSpy subscribed(&session, &BrokerSession::subscribed);
    QString error;
    QVERIFY(session.open(settingsFor(m_broker.port(), Mqtt::ProtocolVersion::V5), {subscription(QStringLiteral("bs/bp/#"))}, &error));
    QVERIFY(connected.wait(10000));
    QVERIFY(subscribed.wait(10000) || subscribed.count() > 0);

    Mqtt::Client other;
    Mqtt::ClientOptions o;
    o.host = m_broker.host();
    o.port = m_broker.port();
    other.setOptions(o);
    QSignalSpy otherConnected(&other, &Mqtt::Client::connected);
    other.connectToHost();
    QVERIFY(otherConnected.wait(10000));
    constexpr int Count = 2000;
    QSignalSpy acked(&other, &Mqtt::Client::published);
    for (int i = 0; i < Count; ++i)
        other.publish(QStringLiteral("bs/bp/%1").arg(i % 10), QByteArray::number(i), 1);
    QTRY_COMPARE_WITH_TIMEOUT(acked.count(), Count, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(session.pipeline()->stats().applied, quint64(Count), 30000);
    QCOMPARE(session.traffic().dropped, quint64(0));
}

QTEST_MAIN(TestBrokerSession)
#include "tst_brokersession.moc"
