// Client: staying connected to the right broker, and noticing when it is gone. Keep alive
// while sending (a silent peer, a large write), MQTT 5 against a 3.1.1-only broker, client
// identifiers, Server Redirection and the back-off after a protocol error, and the narrowed
// QoS 2 redelivery guard. Fake peers, because no real broker does these on cue; the generated
// client identifier is checked against mosquitto.
#include "client.h"
#include "clienttesthelpers.h"
#include "fakebroker.h"
#include "mosquittobroker.h"
#include "transport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace ClientTest;
using Mqtt::Client;
using Mqtt::Message;
using Mqtt::PacketType;
using Mqtt::PropertyId;
using Mqtt::ProtocolVersion;
using Mqtt::ReasonCode;

class tst_ClientLiveness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void silentPeerNoticedWhileSending();
    void largeWriteIsNotAKeepAliveTimeout();
    void v5AgainstV311Broker_data();
    void v5AgainstV311Broker();
    void fallbackWhenBrokerCloses();
    void generatedClientIdIsAlphanumeric();
    void brokerAssignsClientId();
    void emptyClientIdWithPersistentSession_data();
    void emptyClientIdWithPersistentSession();
    void followsServerReference_data();
    void followsServerReference();
    void redirectWithoutReferenceStops();
    void redirectLoopIsBounded();
    void protocolErrorBacksOffToMaximum();
    void qos2GuardComparesProperties();

private:
    static Mqtt::ClientOptions fakeOptions(const FakeBroker &fake, const QString &clientId = QStringLiteral("live"));
};

Mqtt::ClientOptions tst_ClientLiveness::fakeOptions(const FakeBroker &fake, const QString &clientId)
{
    Mqtt::ClientOptions o = options(QStringLiteral("127.0.0.1"), fake.port(), fake.version(), clientId);
    o.connectTimeoutMs = 5000;
    o.reconnectInitialDelayMs = 50;
    o.reconnectMaxDelayMs = 200;
    return o;
}

static Mqtt::AckPacket ack(PacketType type, quint16 id)
{
    Mqtt::AckPacket a;
    a.type = type;
    a.packetId = id;
    return a;
}

// Defect 2: a publisher sending every 100 ms into a peer that stopped answering notices it
// within a few keep-alive intervals (it used to ping only when it had sent nothing).
void tst_ClientLiveness::silentPeerNoticedWhileSending()
{
    FakeBroker fake(ProtocolVersion::V311);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = fakeOptions(fake);
    o.keepAlive = 1;
    auto client = makeClient(o);
    QSignalSpy disconnected(client.get(), &Client::disconnected);
    client->connectToHost();
    QVERIFY(fake.acceptConnect());
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), Client::State::Connected, 5000);
    QTimer sender;
    QObject::connect(&sender, &QTimer::timeout, client.get(), [&client] {
        if (client->state() == Client::State::Connected)
            client->publish(QStringLiteral("live/t"), "tick", 0);
    });
    sender.start(100);
    // The peer reads everything and answers nothing: the PINGREQ goes unanswered.
    QVERIFY(fake.waitForPacket(PacketType::Pingreq, 10000));
    QVERIFY(disconnected.wait(10000));
    const QString reason = disconnected.at(0).at(0).toString();
    QVERIFY2(reason.contains(QLatin1String("PINGREQ")), qPrintable(reason));
    QVERIFY(fake.receivedOfType(PacketType::Publish).size() > 3);
}

// Defect 3: a PINGREQ queued behind a large payload on a slow link does not count as
// unanswered while the payload is still draining.
void tst_ClientLiveness::largeWriteIsNotAKeepAliveTimeout()
{
    FakeBroker fake(ProtocolVersion::V311);
    QVERIFY(fake.listen());
    fake.setAnswerPings(true);
    fake.setReadChunk(128 * 1024); // 6.4 MB/s
    Mqtt::ClientOptions o = fakeOptions(fake);
    o.keepAlive = 2;
    auto client = makeClient(o);
    QSignalSpy disconnected(client.get(), &Client::disconnected);
    client->connectToHost();
    QVERIFY(fake.acceptConnect());
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), Client::State::Connected, 5000);
    const QByteArray payload(40 * 1024 * 1024, 'L'); // about 6 s to drain: three keep-alive intervals
    QVERIFY(client->publish(QStringLiteral("live/big"), payload, 0) > 0);
    QVERIFY(fake.waitForPacket(PacketType::Publish, 60000));
    QVERIFY(fake.waitForPacket(PacketType::Pingreq, 10000)); // it did ping meanwhile
    QVERIFY2(disconnected.isEmpty(), qPrintable(disconnected.isEmpty() ? QString() : disconnected.at(0).at(0).toString()));
    QCOMPARE(client->state(), Client::State::Connected);
}

// Defect 4: a 3.1.1-only broker answers an MQTT 5 CONNECT with its own CONNACK 20 02 00 01.
void tst_ClientLiveness::v5AgainstV311Broker_data()
{
    QTest::addColumn<bool>("fallback");
    QTest::newRow("MQTT 5 only") << false;
    QTest::newRow("auto (fallback to 3.1.1)") << true;
}

void tst_ClientLiveness::v5AgainstV311Broker()
{
    QFETCH(bool, fallback);
    FakeBroker fake(ProtocolVersion::V311);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = fakeOptions(fake);
    o.version = ProtocolVersion::V5;
    o.protocolVersionFallback = fallback;
    o.autoReconnect = true;
    o.reconnectBeforeFirstConnection = true; // even then: asking again cannot help
    auto client = makeClient(o);
    QSignalSpy disconnected(client.get(), &Client::disconnected);
    QSignalSpy scheduled(client.get(), &Client::reconnectScheduled);
    QSignalSpy connected(client.get(), &Client::connected);
    client->connectToHost();
    QVERIFY(fake.waitForClient());
    const auto first = fake.waitForPacket(PacketType::Connect);
    QVERIFY(first);
    QCOMPARE(std::get<Mqtt::ConnectPacket>(*first).version, ProtocolVersion::V5);
    fake.sendRaw(QByteArray::fromHex("20020001"));
    if (!fallback) {
        QVERIFY(disconnected.wait(5000));
        const QString reason = disconnected.at(0).at(0).toString();
        QVERIFY2(reason.contains(QLatin1String("does not support MQTT 5")), qPrintable(reason));
        QVERIFY2(!reason.contains(QLatin1String("not valid")), qPrintable(reason));
        QCOMPARE(client->state(), Client::State::Disconnected);
        QVERIFY(scheduled.isEmpty());
        return;
    }
    fake.dropClient();
    QVERIFY(fake.acceptConnect());
    QCOMPARE(fake.lastConnect()->version, ProtocolVersion::V311);
    QVERIFY(connected.wait(5000));
    QCOMPARE(client->protocolVersion(), ProtocolVersion::V311);
    QVERIFY(disconnected.isEmpty());
    QVERIFY(scheduled.isEmpty());
}

// Some 3.1.1-only brokers just close the connection.
void tst_ClientLiveness::fallbackWhenBrokerCloses()
{
    FakeBroker fake(ProtocolVersion::V311);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = fakeOptions(fake);
    o.version = ProtocolVersion::V5;
    o.protocolVersionFallback = true;
    auto client = makeClient(o);
    QSignalSpy connected(client.get(), &Client::connected);
    client->connectToHost();
    QVERIFY(fake.waitForClient());
    QVERIFY(fake.waitForPacket(PacketType::Connect));
    fake.dropClient();
    QVERIFY(fake.acceptConnect());
    QCOMPARE(fake.lastConnect()->version, ProtocolVersion::V311);
    QVERIFY(connected.wait(5000));
    QCOMPARE(client->protocolVersion(), ProtocolVersion::V311);
}

// Defect 7: [MQTT-3.1.3-5] guarantees only [0-9a-zA-Z] (1 to 23 characters).
void tst_ClientLiveness::generatedClientIdIsAlphanumeric()
{
    MosquittoBroker broker;
    START_BROKER(broker);
    auto client = makeClient(options(broker, ProtocolVersion::V311));
    QCOMPARE(connectAndWait(*client), QString());
    static const QRegularExpression allowed(QStringLiteral("^[0-9a-zA-Z]{1,23}$"));
    QVERIFY2(allowed.match(client->clientId()).hasMatch(), qPrintable(client->clientId()));
    QVERIFY(disconnectAndWait(*client));
}

// Defect 7: MQTT 5 with an empty id and a clean start lets the broker assign one.
void tst_ClientLiveness::brokerAssignsClientId()
{
    MosquittoBroker broker;
    START_BROKER(broker);
    auto client = makeClient(options(broker, ProtocolVersion::V5));
    QCOMPARE(connectAndWait(*client), QString());
    const auto assigned = client->connackProperties().assignedClientIdentifier();
    QVERIFY(assigned && !assigned->isEmpty());
    QCOMPARE(client->clientId(), *assigned);
    QVERIFY(disconnectAndWait(*client));
}

// Defect 7: an empty id with a session meant to outlive the connection is refused.
void tst_ClientLiveness::emptyClientIdWithPersistentSession_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<bool>("cleanStart");
    QTest::addColumn<quint32>("expiry");
    QTest::newRow("3.1.1 persistent session") << ProtocolVersion::V311 << false << 0u;
    QTest::newRow("5 clean start off") << ProtocolVersion::V5 << false << 0u;
    QTest::newRow("5 session expiry") << ProtocolVersion::V5 << true << 3600u;
}

void tst_ClientLiveness::emptyClientIdWithPersistentSession()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(bool, cleanStart);
    QFETCH(quint32, expiry);
    FakeBroker fake(version);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = fakeOptions(fake, QString());
    o.cleanStart = cleanStart;
    o.sessionExpiry = expiry;
    auto client = makeClient(o);
    const QString reason = connectAndWait(*client, 5000);
    QVERIFY2(reason.contains(QLatin1String("client identifier")), qPrintable(reason));
    QCOMPARE(client->state(), Client::State::Disconnected);
    QVERIFY(!fake.lastConnect());
}

// Defect 10: 0x9C / 0x9D with a Server Reference: the client goes there (same transport kind).
void tst_ClientLiveness::followsServerReference_data()
{
    QTest::addColumn<ReasonCode>("code");
    QTest::addColumn<bool>("inDisconnect");
    QTest::newRow("CONNACK 0x9C") << ReasonCode::UseAnotherServer << false;
    QTest::newRow("CONNACK 0x9D") << ReasonCode::ServerMoved << false;
    QTest::newRow("DISCONNECT 0x9D") << ReasonCode::ServerMoved << true;
}

void tst_ClientLiveness::followsServerReference()
{
    QFETCH(ReasonCode, code);
    QFETCH(bool, inDisconnect);
    FakeBroker first(ProtocolVersion::V5);
    FakeBroker second(ProtocolVersion::V5);
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    Mqtt::ClientOptions o = fakeOptions(first);
    o.autoReconnect = true;
    auto client = makeClient(o);
    QSignalSpy connected(client.get(), &Client::connected);
    client->connectToHost();
    Mqtt::Properties reference;
    reference.setValue(PropertyId::ServerReference, QStringLiteral("127.0.0.1:%1 backup.invalid").arg(second.port()));
    if (inDisconnect) {
        QVERIFY(first.acceptConnect());
        QVERIFY(connected.wait(5000));
        Mqtt::DisconnectPacket disconnect;
        disconnect.reasonCode = code;
        disconnect.properties = reference;
        first.send(disconnect);
    } else {
        QVERIFY(first.acceptConnect(false, reference, code));
    }
    QVERIFY(second.acceptConnect());
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), Client::State::Connected, 5000);
    QVERIFY2(client->transport()->endpoint().endsWith(QString::number(second.port())),
             qPrintable(client->transport()->endpoint()));
}

void tst_ClientLiveness::redirectWithoutReferenceStops()
{
    FakeBroker fake(ProtocolVersion::V5);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = fakeOptions(fake);
    o.autoReconnect = true;
    o.reconnectBeforeFirstConnection = true;
    auto client = makeClient(o);
    QSignalSpy scheduled(client.get(), &Client::reconnectScheduled);
    QSignalSpy disconnected(client.get(), &Client::disconnected);
    client->connectToHost();
    QVERIFY(fake.acceptConnect(false, {}, ReasonCode::UseAnotherServer));
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(client->state(), Client::State::Disconnected);
    QVERIFY(scheduled.isEmpty());
    QVERIFY2(client->statusText().contains(QLatin1String("named no other server")), qPrintable(client->statusText()));
}

// Two brokers sending the client to each other: it gives up after maximumRedirects.
void tst_ClientLiveness::redirectLoopIsBounded()
{
    FakeBroker a(ProtocolVersion::V5);
    FakeBroker b(ProtocolVersion::V5);
    QVERIFY(a.listen());
    QVERIFY(b.listen());
    Mqtt::ClientOptions o = fakeOptions(a);
    o.maximumRedirects = 3;
    auto client = makeClient(o);
    QSignalSpy disconnected(client.get(), &Client::disconnected);
    client->connectToHost();
    Mqtt::Properties toA, toB;
    toA.setValue(PropertyId::ServerReference, QStringLiteral("127.0.0.1:%1").arg(a.port()));
    toB.setValue(PropertyId::ServerReference, QStringLiteral("127.0.0.1:%1").arg(b.port()));
    QVERIFY(a.acceptConnect(false, toB, ReasonCode::UseAnotherServer));
    QVERIFY(b.acceptConnect(false, toA, ReasonCode::UseAnotherServer));
    QVERIFY(a.acceptConnect(false, toB, ReasonCode::UseAnotherServer));
    QVERIFY(b.acceptConnect(false, toA, ReasonCode::UseAnotherServer));
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(client->state(), Client::State::Disconnected);
    QCOMPARE(a.receivedOfType(PacketType::Connect).size(), 2);
    QCOMPARE(b.receivedOfType(PacketType::Connect).size(), 2);
}

// Defect 10: after DISCONNECT 0x82 the next attempt waits the longest delay.
void tst_ClientLiveness::protocolErrorBacksOffToMaximum()
{
    FakeBroker fake(ProtocolVersion::V5);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = fakeOptions(fake);
    o.autoReconnect = true;
    o.reconnectInitialDelayMs = 100;
    o.reconnectMaxDelayMs = 600000;
    auto client = makeClient(o);
    QSignalSpy scheduled(client.get(), &Client::reconnectScheduled);
    client->connectToHost();
    QVERIFY(fake.acceptConnect());
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), Client::State::Connected, 5000);
    Mqtt::DisconnectPacket disconnect;
    disconnect.reasonCode = ReasonCode::ProtocolError;
    fake.send(disconnect);
    QVERIFY(scheduled.wait(5000));
    const int delay = scheduled.at(0).at(1).toInt();
    QVERIFY2(delay >= 600000 * 3 / 4, qPrintable(QString::number(delay)));
    client->cancelReconnect();
}

// Defect 11: a DUP QoS 2 message after a resumed session that matches a completed one in
// topic and payload but not in its properties is a new message and is delivered; the exact
// repeat of the completed one is still recognised.
void tst_ClientLiveness::qos2GuardComparesProperties()
{
    FakeBroker fake(ProtocolVersion::V5);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = fakeOptions(fake, QStringLiteral("guard"));
    o.autoReconnect = true;
    o.cleanStart = false;
    o.sessionExpiry = 600;
    auto client = makeClient(o);
    client->connectToHost();
    QVERIFY(fake.acceptConnect());
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), Client::State::Connected, 5000);
    MessageCollector collector(client.get());
    auto publish = [&fake](quint16 id, const QByteArray &correlation, bool dup) {
        Message m(QStringLiteral("beat"), "alive", 2);
        m.setPacketId(id);
        m.setDup(dup);
        m.properties().setValue(PropertyId::CorrelationData, correlation);
        fake.send(Mqtt::PublishPacket{m});
    };
    publish(20, "first", false);
    publish(21, "second", false);
    QVERIFY(fake.waitForPacket(PacketType::Pubrec));
    QVERIFY(fake.waitForPacket(PacketType::Pubrec));
    fake.send(ack(PacketType::Pubrel, 20));
    fake.send(ack(PacketType::Pubrel, 21));
    QVERIFY(fake.waitForPacket(PacketType::Pubcomp));
    QVERIFY(fake.waitForPacket(PacketType::Pubcomp));
    QVERIFY(collector.waitFor(2));

    fake.dropClient();
    QVERIFY(fake.acceptConnect(true));
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), Client::State::Connected, 5000);
    publish(20, "first", true);  // the broker's mistaken resend: suppressed
    publish(21, "third", true);  // same id, topic and payload, another message: delivered
    QVERIFY(fake.waitForPacket(PacketType::Pubrec));
    QVERIFY(fake.waitForPacket(PacketType::Pubrec));
    QTRY_COMPARE_WITH_TIMEOUT(collector.messages.size(), 3, 5000);
    QCOMPARE(collector.messages.at(2).properties().correlationData(), std::optional<QByteArray>("third"));
}

QTEST_GUILESS_MAIN(tst_ClientLiveness)
#include "tst_clientliveness.moc"
