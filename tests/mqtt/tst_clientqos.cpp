// Client: publishing and receiving at QoS 0/1/2, retained messages, wildcard matching, flow
// control. Against a real mosquitto; a fake peer only where a broker cannot be made to
// misbehave (duplicate QoS 2 deliveries, withheld acknowledgements).
#include "client.h"
#include "clienttesthelpers.h"
#include "fakebroker.h"
#include "mosquittobroker.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace ClientTest;
using Mqtt::Client;
using Mqtt::Message;
using Mqtt::ProtocolVersion;
using Mqtt::ReasonCode;

class tst_ClientQos : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void qosBothDirections_data();
    void qosBothDirections();
    void retainedMessage_data();
    void retainedMessage();
    void wildcards_data();
    void wildcards();
    void receiveMaximumWithBroker_data();
    void receiveMaximumWithBroker();
    void receiveMaximumQueuesInOrder_data();
    void receiveMaximumQueuesInOrder();
    void incomingQos2DeliveredOnce_data();
    void incomingQos2DeliveredOnce();
    void batchedPerRead_data();
    void batchedPerRead();
    void publishRefusedAtOnce_data();
    void publishRefusedAtOnce();
    void clientInWorkerThread_data();
    void clientInWorkerThread();

private:
    MosquittoBroker m_broker;
};

void tst_ClientQos::initTestCase()
{
    START_BROKER(m_broker);
}

void tst_ClientQos::cleanupTestCase()
{
    m_broker.stop();
}

void tst_ClientQos::qosBothDirections_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("publishQos");
    QTest::addColumn<int>("subscribeQos");
    for (ProtocolVersion v : {ProtocolVersion::V311, ProtocolVersion::V5}) {
        for (int p = 0; p <= 2; ++p) {
            for (int s = 0; s <= 2; ++s) {
                QTest::addRow("%s pub QoS %d sub QoS %d", v == ProtocolVersion::V5 ? "5.0" : "3.1.1", p, s) << v << p << s;
            }
        }
    }
}

// The outgoing handshake (PUBACK / PUBREC-PUBREL-PUBCOMP) on the publisher and the incoming one
// on the subscriber, at every combination; the broker downgrades to the subscription's QoS.
void tst_ClientQos::qosBothDirections()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(int, publishQos);
    QFETCH(int, subscribeQos);
    const QString topic = uniqueTopic(QStringLiteral("qos"));

    auto subscriber = makeClient(options(m_broker, version));
    auto publisher = makeClient(options(m_broker, version));
    QCOMPARE(connectAndWait(*subscriber), QString());
    QCOMPARE(connectAndWait(*publisher), QString());
    MessageCollector collector(subscriber.get());
    const auto granted = subscribeAndWait(*subscriber, topic, quint8(subscribeQos));
    QCOMPARE(granted, QList<ReasonCode>{ReasonCode(subscribeQos)});

    QSignalSpy published(publisher.get(), &Client::published);
    QSignalSpy failed(publisher.get(), &Client::publishFailed);
    QList<int> tokens;
    for (int i = 0; i < 5; ++i) {
        const int token = publisher->publish(topic, QByteArray::number(i), quint8(publishQos));
        QVERIFY(token > 0);
        QVERIFY(!tokens.contains(token));
        tokens.append(token);
    }
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 5, 10000);
    QCOMPARE(failed.size(), 0);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(published.at(i).at(0).toInt(), tokens.at(i));
    QCOMPARE(publisher->inflightCount(), 0);

    QVERIFY(collector.waitFor(5));
    QCOMPARE(collector.payloads(), (QStringList{"0", "1", "2", "3", "4"}));
    for (const Message &m : std::as_const(collector.messages)) {
        QCOMPARE(m.topic(), topic);
        QCOMPARE(int(m.qos()), qMin(publishQos, subscribeQos));
        QVERIFY(!m.retain());
        QVERIFY(m.timestamp() > 0);
        QCOMPARE(m.packetId() != 0, m.qos() > 0);
    }
    QCOMPARE(collector.batched, collector.messages);
    QVERIFY(disconnectAndWait(*publisher));
    QVERIFY(disconnectAndWait(*subscriber));
}

void tst_ClientQos::retainedMessage_data()
{
    addVersionColumn();
    addVersionRows();
}

// A retained message reaches a subscriber that arrives later, flagged as retained; an empty
// retained publish clears it (MQTT §3.3.1.3).
void tst_ClientQos::retainedMessage()
{
    QFETCH(ProtocolVersion, version);
    const QString topic = uniqueTopic(QStringLiteral("retained"));
    auto publisher = makeClient(options(m_broker, version));
    QCOMPARE(connectAndWait(*publisher), QString());
    QVERIFY(publishAndWait(*publisher, Message(topic, "kept", 1, true)));

    auto late = makeClient(options(m_broker, version));
    QCOMPARE(connectAndWait(*late), QString());
    MessageCollector collector(late.get());
    QCOMPARE(subscribeAndWait(*late, topic, 1), QList<ReasonCode>{ReasonCode::GrantedQoS1});
    QVERIFY(collector.waitFor(1));
    QCOMPARE(collector.messages.first().payload(), QByteArray("kept"));
    QVERIFY(collector.messages.first().retain());

    // A live publish while subscribed is not flagged as retained (MQTT §3.3.1.3).
    QVERIFY(publishAndWait(*publisher, Message(topic, "live", 1, true)));
    QVERIFY(collector.waitFor(2));
    QCOMPARE(collector.messages.at(1).payload(), QByteArray("live"));
    QVERIFY(!collector.messages.at(1).retain());

    // Clear it, then a new subscriber gets nothing retained: the marker it receives is first.
    QVERIFY(publishAndWait(*publisher, Message(topic, QByteArray(), 1, true)));
    auto later = makeClient(options(m_broker, version));
    QCOMPARE(connectAndWait(*later), QString());
    MessageCollector laterCollector(later.get());
    QCOMPARE(subscribeAndWait(*later, topic, 1), QList<ReasonCode>{ReasonCode::GrantedQoS1});
    QVERIFY(publishAndWait(*publisher, Message(topic, "marker", 1, false)));
    QVERIFY(laterCollector.waitFor(1));
    QCOMPARE(laterCollector.payloads(), QStringList{"marker"});
}

void tst_ClientQos::wildcards_data()
{
    addVersionColumn();
    addVersionRows();
}

// MQTT §4.7.1: '+' one level, '#' any number including the parent; §4.7.2: filters starting
// with a wildcard do not match topics starting with '$'.
void tst_ClientQos::wildcards()
{
    QFETCH(ProtocolVersion, version);
    const QString base = uniqueTopic(QStringLiteral("wild"));
    auto plusClient = makeClient(options(m_broker, version));
    auto hashClient = makeClient(options(m_broker, version));
    auto rootClient = makeClient(options(m_broker, version));
    auto sysClient = makeClient(options(m_broker, version));
    auto publisher = makeClient(options(m_broker, version));
    for (Client *c : {plusClient.get(), hashClient.get(), rootClient.get(), sysClient.get(), publisher.get()})
        QCOMPARE(connectAndWait(*c), QString());
    MessageCollector plus(plusClient.get());
    MessageCollector hash(hashClient.get());
    MessageCollector root(rootClient.get());
    MessageCollector sys(sysClient.get());
    QCOMPARE(subscribeAndWait(*plusClient, base + "/+/temp", 1).size(), 1);
    QCOMPARE(subscribeAndWait(*hashClient, base + "/#", 1).size(), 1);
    QCOMPARE(subscribeAndWait(*rootClient, QStringLiteral("#"), 1).size(), 1);
    QCOMPARE(subscribeAndWait(*sysClient, QStringLiteral("$SYS/broker/version"), 0).size(), 1);

    const QStringList topics = {base + "/kitchen/temp", base + "/kitchen/humidity", base + "/a/b/temp", base};
    for (const QString &t : topics)
        QVERIFY(publishAndWait(*publisher, Message(t, t.toUtf8(), 1)));

    QVERIFY(plus.waitFor(1));
    QVERIFY(hash.waitFor(4));
    QVERIFY(sys.waitFor(1)); // mosquitto keeps $SYS/broker/version retained
    QVERIFY(sys.messages.first().topic().startsWith(QLatin1String("$SYS/")));
    // The "#" subscriber saw our topics, and no $SYS topic at all.
    QTRY_VERIFY_WITH_TIMEOUT(root.payloads().contains(base), 10000);
    for (const Message &m : std::as_const(root.messages))
        QVERIFY2(!m.topic().startsWith(QLatin1Char('$')), qPrintable(m.topic()));

    // The "+" subscriber only got the one-level match: the marker comes right after it.
    QVERIFY(publishAndWait(*publisher, Message(base + "/marker/temp", "marker", 1)));
    QVERIFY(plus.waitFor(2));
    QCOMPARE(plus.payloads(), (QStringList{base + "/kitchen/temp", "marker"}));
    QCOMPARE(hash.payloads().mid(0, 4), topics);
}

void tst_ClientQos::receiveMaximumWithBroker_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("qos");
    for (int qos = 1; qos <= 2; ++qos) {
        QTest::addRow("3.1.1 QoS %d", qos) << ProtocolVersion::V311 << qos;
        QTest::addRow("5.0 QoS %d", qos) << ProtocolVersion::V5 << qos;
    }
}

// mosquitto announces max_inflight_messages as its Receive Maximum to MQTT 5 clients; the
// client must never have more QoS 1/2 publishes in flight and must send the rest in order
// (MQTT 5 §4.9).
void tst_ClientQos::receiveMaximumWithBroker()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(int, qos);
    MosquittoBroker broker;
    broker.addGlobalConfig({QStringLiteral("max_inflight_messages 3")});
    START_BROKER(broker);
    const QString topic = uniqueTopic(QStringLiteral("flow"));
    auto subscriber = makeClient(options(broker, version));
    auto publisher = makeClient(options(broker, version));
    QCOMPARE(connectAndWait(*subscriber), QString());
    QCOMPARE(connectAndWait(*publisher), QString());
    if (version == ProtocolVersion::V5)
        QCOMPARE(publisher->connackProperties().receiveMaximum(), std::optional<quint32>(3));
    MessageCollector collector(subscriber.get());
    QCOMPARE(subscribeAndWait(*subscriber, topic, 2).size(), 1);

    QSignalSpy published(publisher.get(), &Client::published);
    QStringList expected;
    int maxInflight = 0;
    for (int i = 0; i < 40; ++i) {
        QVERIFY(publisher->publish(topic, QByteArray::number(i), quint8(qos)) > 0);
        maxInflight = qMax(maxInflight, publisher->inflightCount());
        expected << QString::number(i);
    }
    if (version == ProtocolVersion::V5) {
        QCOMPARE(maxInflight, 3);
        QCOMPARE(publisher->queuedCount(), 37);
    }
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 40, 20000);
    QCOMPARE(publisher->queuedCount(), 0);
    if (version == ProtocolVersion::V311) {
        // 3.1.1 has no Receive Maximum: mosquitto silently drops what exceeds its inflight limit
        // (its PUBREC says "Quota exceeded" only to MQTT 5 clients). What arrives is in order.
        QVERIFY(collector.waitFor(1));
        QVERIFY(std::is_sorted(collector.messages.cbegin(), collector.messages.cend(),
                               [](const Message &a, const Message &b) { return a.payload().toInt() < b.payload().toInt(); }));
        return;
    }
    // MQTT 5: staying within the broker's Receive Maximum loses nothing.
    QVERIFY2(collector.waitFor(40, 20000), qPrintable(collector.payloads().join(QLatin1Char(','))));
    QCOMPARE(collector.payloads(), expected);
}

void tst_ClientQos::receiveMaximumQueuesInOrder_data()
{
    addVersionColumn();
    QTest::newRow("MQTT 5.0") << ProtocolVersion::V5;
}

// The same against a peer that holds back its acknowledgements: exactly Receive Maximum
// publishes reach the wire, each acknowledgement releases the next one, packet ids are unique
// and never 0.
void tst_ClientQos::receiveMaximumQueuesInOrder()
{
    QFETCH(ProtocolVersion, version);
    FakeBroker fake(version);
    QVERIFY(fake.listen());
    auto client = makeClient(options(QStringLiteral("127.0.0.1"), fake.port(), version));
    QSignalSpy connected(client.get(), &Client::connected);
    client->connectToHost();
    Mqtt::Properties connack;
    connack.setValue(Mqtt::PropertyId::ReceiveMaximum, quint32(2));
    QVERIFY(fake.acceptConnect(false, connack));
    QVERIFY(connected.wait(5000));

    QSignalSpy published(client.get(), &Client::published);
    QList<int> tokens;
    for (int i = 0; i < 5; ++i)
        tokens << client->publish(QStringLiteral("flow/x"), QByteArray::number(i), 1);
    QCOMPARE(client->inflightCount(), 2);
    QCOMPARE(client->queuedCount(), 3);

    QList<quint16> ids;
    for (int i = 0; i < 5; ++i) {
        const auto packet = fake.waitForPacket(Mqtt::PacketType::Publish);
        QVERIFY2(packet, "expected another PUBLISH");
        const Message m = std::get<Mqtt::PublishPacket>(*packet).message;
        QCOMPARE(m.payload(), QByteArray::number(i));
        QVERIFY(m.packetId() != 0);
        QVERIFY(!ids.contains(m.packetId()));
        ids << m.packetId();
        // Nothing beyond the window may have been sent yet.
        QCOMPARE(fake.receivedOfType(Mqtt::PacketType::Publish).size(), qMin(i + 2, 5));
        QVERIFY(fake.sync()); // a barrier: whatever the client sent before its PUBACK has arrived
        QCOMPARE(fake.receivedOfType(Mqtt::PacketType::Publish).size(), qMin(i + 2, 5));
        fake.send(Mqtt::AckPacket{Mqtt::PacketType::Puback, m.packetId(), ReasonCode::Success, {}});
        QTRY_COMPARE_WITH_TIMEOUT(published.size(), i + 1, 5000);
        QCOMPARE(published.at(i).at(0).toInt(), tokens.at(i));
    }
    QCOMPARE(client->inflightCount(), 0);
}

void tst_ClientQos::incomingQos2DeliveredOnce_data()
{
    addVersionColumn();
    addVersionRows();
}

// MQTT 5 §4.3.3: a QoS 2 message is delivered once, on PUBLISH; a retransmission with the same
// packet id before PUBREL is acknowledged but not delivered again. After PUBCOMP the id is free.
void tst_ClientQos::incomingQos2DeliveredOnce()
{
    QFETCH(ProtocolVersion, version);
    FakeBroker fake(version);
    QVERIFY(fake.listen());
    auto client = makeClient(options(QStringLiteral("127.0.0.1"), fake.port(), version));
    MessageCollector collector(client.get());
    QSignalSpy connected(client.get(), &Client::connected);
    client->connectToHost();
    QVERIFY(fake.acceptConnect());
    QVERIFY(connected.wait(5000));

    Message m(QStringLiteral("q2/topic"), "once", 2);
    m.setPacketId(7);
    fake.send(Mqtt::PublishPacket{m});
    QVERIFY(fake.waitForPacket(Mqtt::PacketType::Pubrec));
    Message dup = m;
    dup.setDup(true);
    fake.send(Mqtt::PublishPacket{dup});
    const auto secondPubrec = fake.waitForPacket(Mqtt::PacketType::Pubrec);
    QVERIFY(secondPubrec);
    QCOMPARE(std::get<Mqtt::AckPacket>(*secondPubrec).packetId, quint16(7));
    QCOMPARE(collector.messages.size(), 1);

    fake.send(Mqtt::AckPacket{Mqtt::PacketType::Pubrel, 7, ReasonCode::Success, {}});
    const auto pubcomp = fake.waitForPacket(Mqtt::PacketType::Pubcomp);
    QVERIFY(pubcomp);
    QCOMPARE(std::get<Mqtt::AckPacket>(*pubcomp).reasonCode, ReasonCode::Success);

    // Released: the same id now carries a new message.
    Message next(QStringLiteral("q2/topic"), "again", 2);
    next.setPacketId(7);
    fake.send(Mqtt::PublishPacket{next});
    QVERIFY(collector.waitFor(2));
    QCOMPARE(collector.payloads(), (QStringList{"once", "again"}));

    // A PUBREL for an id we do not know still gets its PUBCOMP (with 0x92 in MQTT 5).
    fake.send(Mqtt::AckPacket{Mqtt::PacketType::Pubrel, 99, ReasonCode::Success, {}});
    const auto unknown = fake.waitForPacket(Mqtt::PacketType::Pubcomp);
    QVERIFY(unknown);
    QCOMPARE(std::get<Mqtt::AckPacket>(*unknown).packetId, quint16(99));
    if (version == ProtocolVersion::V5)
        QCOMPARE(std::get<Mqtt::AckPacket>(*unknown).reasonCode, ReasonCode::PacketIdentifierNotFound);
    QCOMPARE(client->state(), Client::State::Connected);
}

void tst_ClientQos::batchedPerRead_data()
{
    addVersionColumn();
    addVersionRows();
}

// Everything decoded from one read is handed on as one messagesReceived() batch.
void tst_ClientQos::batchedPerRead()
{
    QFETCH(ProtocolVersion, version);
    FakeBroker fake(version);
    QVERIFY(fake.listen());
    auto client = makeClient(options(QStringLiteral("127.0.0.1"), fake.port(), version));
    MessageCollector collector(client.get());
    QSignalSpy connected(client.get(), &Client::connected);
    client->connectToHost();
    QVERIFY(fake.acceptConnect());
    QVERIFY(connected.wait(5000));

    QByteArray burst;
    for (int i = 0; i < 100; ++i)
        burst += Mqtt::Codec::encode(Mqtt::PublishPacket{Message(QStringLiteral("burst/%1").arg(i), QByteArray::number(i))},
                                     version);
    fake.sendRaw(burst);
    QVERIFY(collector.waitFor(100));
    QTRY_COMPARE(collector.batched.size(), 100);
    QCOMPARE(collector.batched, collector.messages);
    QVERIFY(collector.batches >= 1);
    QVERIFY2(collector.batches < 100, "messages were not batched per read");
    QCOMPARE(collector.messages.at(42).topic(), QStringLiteral("burst/42"));
}

void tst_ClientQos::publishRefusedAtOnce_data()
{
    addVersionColumn();
    addVersionRows();
}

void tst_ClientQos::publishRefusedAtOnce()
{
    QFETCH(ProtocolVersion, version);
    auto client = makeClient(options(m_broker, version));
    QSignalSpy errors(client.get(), &Client::errorOccurred);
    QCOMPARE(client->publish(QStringLiteral("a/b"), "x"), -1); // not connected
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.last().first().toString().contains(QLatin1String("not connected")));

    QCOMPARE(connectAndWait(*client), QString());
    QCOMPARE(client->publish(QStringLiteral("a/+/b"), "x"), -1);
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors.last().first().toString().contains(QLatin1String("a/+/b")));
    QCOMPARE(client->publish(QString(), "x"), -1);
    QCOMPARE(client->publish(QStringLiteral("a/b"), "x", 3), -1);
    QCOMPARE(client->subscribe(QStringLiteral("a/#/b")), -1);
    QCOMPARE(client->subscribe(QStringLiteral("a/b"), 3), -1);
    QCOMPARE(client->unsubscribe({QStringLiteral("x#")}), -1);
    QCOMPARE(errors.size(), 7);
    // Still usable.
    QVERIFY(publishAndWait(*client, Message(uniqueTopic(QStringLiteral("ok")), "fine", 1)));
    QCOMPARE(client->state(), Client::State::Connected);
}

void tst_ClientQos::clientInWorkerThread_data()
{
    addVersionColumn();
    addVersionRows();
}

// The architecture keeps network reading and decoding off the GUI thread: a Client moved to a
// worker thread takes its timers and transport along and hands batches over by queued signals.
void tst_ClientQos::clientInWorkerThread()
{
    QFETCH(ProtocolVersion, version);
    const QString topic = uniqueTopic(QStringLiteral("thread"));
    QThread worker;
    worker.start();
    auto *client = new Client;
    client->setOptions(options(m_broker, version));
    client->moveToThread(&worker);

    // Receivers live in this (the test's) thread, so every signal arrives queued.
    QObject receiver;
    bool connected = false;
    bool subscribed = false;
    bool disconnected = false;
    QList<Message> received;
    connect(client, &Client::connected, &receiver, [&] { connected = true; });
    connect(client, &Client::subscribed, &receiver, [&] { subscribed = true; });
    connect(client, &Client::disconnected, &receiver, [&] { disconnected = true; });
    connect(client, &Client::messagesReceived, &receiver, [&](const QList<Message> &batch) { received += batch; });

    QMetaObject::invokeMethod(client, [client] { client->connectToHost(); });
    QTRY_VERIFY_WITH_TIMEOUT(connected, 10000);
    QMetaObject::invokeMethod(client, [client, topic] { client->subscribe(topic, 1); });
    QTRY_VERIFY_WITH_TIMEOUT(subscribed, 10000);

    auto publisher = makeClient(options(m_broker, version));
    QCOMPARE(connectAndWait(*publisher), QString());
    QSignalSpy published(publisher.get(), &Client::published);
    for (int i = 0; i < 500; ++i)
        QVERIFY(publisher->publish(topic, QByteArray::number(i), 1) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 500, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 500, 20000);
    for (int i = 0; i < 500; ++i)
        QCOMPARE(received.at(i).payload(), QByteArray::number(i));

    QMetaObject::invokeMethod(client, [client] { client->disconnectFromHost(); });
    QTRY_VERIFY_WITH_TIMEOUT(disconnected, 10000);
    QMetaObject::invokeMethod(client, [client] { delete client; });
    worker.quit();
    QVERIFY(worker.wait(10000));
}

QTEST_GUILESS_MAIN(tst_ClientQos)
#include "tst_clientqos.moc"
