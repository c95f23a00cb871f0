// Client: sessions and the Last Will. Persistent sessions and wills against a real mosquitto;
// retransmission on session resume against a fake peer, because a real broker acknowledges
// everything at once and cannot be made to lose an acknowledgement.
#include "client.h"
#include "clienttesthelpers.h"
#include "fakebroker.h"
#include "mosquittobroker.h"

#include <QSignalSpy>
#include <QTest>

using namespace ClientTest;
using Mqtt::Client;
using Mqtt::Message;
using Mqtt::ProtocolVersion;
using Mqtt::ReasonCode;

class tst_ClientSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void lastWill_data();
    void lastWill();
    void disconnectPacketSent_data();
    void disconnectPacketSent();
    void willWithProperties();
    void willDelay();
    void persistentSession_data();
    void persistentSession();
    void retransmitOnSessionResume_data();
    void retransmitOnSessionResume();
    void sessionNotResumedFailsInflight_data();
    void sessionNotResumedFailsInflight();
    void cleanSessionFailsOnDisconnect_data();
    void cleanSessionFailsOnDisconnect();
    void publishWhileConnecting_data();
    void publishWhileConnecting();

private:
    std::unique_ptr<Client> connectToFake(FakeBroker &fake, const Mqtt::ClientOptions &options,
                                          bool sessionPresent = false);
    MosquittoBroker m_broker;
};

void tst_ClientSession::initTestCase()
{
    START_BROKER(m_broker);
}

void tst_ClientSession::cleanupTestCase()
{
    m_broker.stop();
}

std::unique_ptr<Client> tst_ClientSession::connectToFake(FakeBroker &fake, const Mqtt::ClientOptions &o,
                                                         bool sessionPresent)
{
    auto client = makeClient(o);
    QSignalSpy connected(client.get(), &Client::connected);
    client->connectToHost();
    if (!fake.acceptConnect(sessionPresent) || !connected.wait(5000))
        return nullptr;
    return client;
}

void tst_ClientSession::lastWill_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QString>("ending");
    QTest::addColumn<bool>("willExpected");
    for (ProtocolVersion v : {ProtocolVersion::V311, ProtocolVersion::V5}) {
        const char *name = v == ProtocolVersion::V5 ? "5.0" : "3.1.1";
        QTest::addRow("%s connection dropped", name) << v << "abort" << true;
        QTest::addRow("%s clean disconnect", name) << v << "disconnect" << false;
    }
    QTest::addRow("5.0 disconnect with will message") << ProtocolVersion::V5 << "disconnectWithWill" << true;
}

// MQTT §3.1.2.5: the Will is published when the connection ends without DISCONNECT, and
// discarded after a normal DISCONNECT (MQTT 5: unless its reason code is 0x04).
void tst_ClientSession::lastWill()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(QString, ending);
    QFETCH(bool, willExpected);
    const QString willTopic = uniqueTopic(QStringLiteral("will"));

    auto watcher = makeClient(options(m_broker, version));
    QCOMPARE(connectAndWait(*watcher), QString());
    MessageCollector collector(watcher.get());
    QCOMPARE(subscribeAndWait(*watcher, willTopic, 1).size(), 1);

    Mqtt::ClientOptions o = options(m_broker, version);
    Mqtt::Will will;
    will.topic = willTopic;
    will.payload = "client vanished";
    will.qos = 1;
    o.will = will;
    auto client = makeClient(o);
    QCOMPARE(connectAndWait(*client), QString());
    QSignalSpy disconnected(client.get(), &Client::disconnected);
    if (ending == QLatin1String("abort"))
        client->abortConnection();
    else if (ending == QLatin1String("disconnect"))
        client->disconnectFromHost();
    else
        client->disconnectFromHost(ReasonCode::DisconnectWithWillMessage);
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 5000);
    QCOMPARE(disconnected.first().first().toString(), QString());
    QCOMPARE(client->state(), Client::State::Disconnected);

    if (willExpected) {
        QVERIFY(collector.waitFor(1));
        QCOMPARE(collector.messages.first().topic(), willTopic);
        QCOMPARE(collector.messages.first().payload(), QByteArray("client vanished"));
        QCOMPARE(collector.messages.first().qos(), quint8(1));
    } else {
        // The marker follows anything the broker might have published for the client's end.
        QTest::qWait(300);
        QVERIFY(publishAndWait(*watcher, Message(willTopic, "marker", 1)));
        QVERIFY(collector.waitFor(1));
        QCOMPARE(collector.payloads(), QStringList{"marker"});
    }
}

// What lastWill() cannot tell apart (a will after 0x04, or after no DISCONNECT at all): the
// packet the client actually sends, read by a fake peer.
void tst_ClientSession::disconnectPacketSent_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<ReasonCode>("reason");
    QTest::newRow("3.1.1") << ProtocolVersion::V311 << ReasonCode::Success;
    QTest::newRow("5.0 normal") << ProtocolVersion::V5 << ReasonCode::Success;
    QTest::newRow("5.0 with will message (0x04)") << ProtocolVersion::V5 << ReasonCode::DisconnectWithWillMessage;
}

void tst_ClientSession::disconnectPacketSent()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(ReasonCode, reason);
    FakeBroker fake(version);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = options(QStringLiteral("127.0.0.1"), fake.port(), version, QStringLiteral("disc"));
    Mqtt::Will will;
    will.topic = QStringLiteral("will/t");
    will.payload = "gone";
    o.will = will;
    auto client = makeClient(o);
    QSignalSpy connected(client.get(), &Client::connected);
    client->connectToHost();
    QVERIFY(fake.acceptConnect());
    QVERIFY(connected.wait(5000));
    client->disconnectFromHost(reason);
    const auto packet = fake.waitForPacket(Mqtt::PacketType::Disconnect);
    QVERIFY2(packet, "the client sent no DISCONNECT");
    QCOMPARE(std::get<Mqtt::DisconnectPacket>(*packet).reasonCode, reason);
    QVERIFY(fake.waitForClientGone());
}

// MQTT 5 §3.1.3.2: will properties travel with the will message.
void tst_ClientSession::willWithProperties()
{
    const QString willTopic = uniqueTopic(QStringLiteral("willprops"));
    auto watcher = makeClient(options(m_broker, ProtocolVersion::V5));
    QCOMPARE(connectAndWait(*watcher), QString());
    MessageCollector collector(watcher.get());
    QCOMPARE(subscribeAndWait(*watcher, willTopic, 1).size(), 1);

    Mqtt::ClientOptions o = options(m_broker, ProtocolVersion::V5);
    Mqtt::Will will;
    will.topic = willTopic;
    will.payload = "{\"online\":false}";
    will.qos = 1;
    will.retain = false;
    will.properties.setValue(Mqtt::PropertyId::WillDelayInterval, quint32(0));
    will.properties.setValue(Mqtt::PropertyId::ContentType, QStringLiteral("application/json"));
    will.properties.setValue(Mqtt::PropertyId::PayloadFormatIndicator, quint32(1));
    will.properties.addUserProperty(QStringLiteral("reason"), QStringLiteral("crash"));
    o.will = will;
    auto client = makeClient(o);
    QCOMPARE(connectAndWait(*client), QString());
    client->abortConnection();
    QVERIFY(collector.waitFor(1));
    const Message m = collector.messages.first();
    QCOMPARE(m.payload(), will.payload);
    QCOMPARE(m.properties().contentType(), std::optional<QString>(QStringLiteral("application/json")));
    QCOMPARE(m.properties().payloadFormatIndicator(), std::optional<quint32>(1));
    QCOMPARE(m.properties().userProperties(),
             (Mqtt::UserProperties{{QStringLiteral("reason"), QStringLiteral("crash")}}));
}

// MQTT 5 §3.1.3.2.2: the Will Delay Interval holds the will back after the connection is lost.
// A new connection to the session before it ends cancels the will; otherwise it is published
// when the delay (or the session, whichever is shorter) ends.
void tst_ClientSession::willDelay()
{
    const QString willTopic = uniqueTopic(QStringLiteral("willdelay"));
    auto watcher = makeClient(options(m_broker, ProtocolVersion::V5));
    QCOMPARE(connectAndWait(*watcher), QString());
    MessageCollector collector(watcher.get());
    QCOMPARE(subscribeAndWait(*watcher, willTopic, 1).size(), 1);

    auto clientWithWill = [&](const QByteArray &payload, quint32 delaySeconds) {
        // A session that outlives the connection needs a client id of its own.
        Mqtt::ClientOptions o = options(m_broker, ProtocolVersion::V5, uniqueTopic(QString::fromLatin1(payload)).remove(QLatin1Char('/')));
        o.sessionExpiry = 120;
        Mqtt::Will will;
        will.topic = willTopic;
        will.payload = payload;
        will.qos = 1;
        will.properties.setValue(Mqtt::PropertyId::WillDelayInterval, delaySeconds);
        o.will = will;
        return o;
    };

    // Back within the delay: the will is never published. A control client with the same
    // delay vanishes right after it and stays away: once its will has come, the delay of
    // the first one is over too (no sleep decides).
    Mqtt::ClientOptions o = clientWithWill("cancelled", 3);
    auto client = makeClient(o);
    QCOMPARE(connectAndWait(*client), QString());
    auto control = makeClient(clientWithWill("control", 3));
    QCOMPARE(connectAndWait(*control), QString());
    QSignalSpy disconnected(client.get(), &Client::disconnected);
    client->abortConnection();
    control->abortConnection();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 5000);
    o.clientId = client->clientId();
    o.cleanStart = false;
    o.will.reset();
    client->setOptions(o);
    QCOMPARE(connectAndWait(*client), QString());
    QVERIFY(client->sessionPresent());
    QVERIFY(collector.waitFor(1, 15000));
    QCOMPARE(collector.payloads(), QStringList{"control"});
    // The marker follows anything the broker might still have published.
    QVERIFY(publishAndWait(*watcher, Message(willTopic, "marker", 1)));
    QVERIFY(collector.waitFor(2));
    QCOMPARE(collector.payloads(), (QStringList{"control", "marker"}));
    QVERIFY(disconnectAndWait(*client));

    // Not back: the will comes once the delay is over.
    auto vanishing = makeClient(clientWithWill("delayed", 1));
    QCOMPARE(connectAndWait(*vanishing), QString());
    vanishing->abortConnection();
    QVERIFY(collector.waitFor(3, 15000));
    QCOMPARE(collector.payloads(), (QStringList{"control", "marker", "delayed"}));
}

void tst_ClientSession::persistentSession_data()
{
    addVersionColumn();
    addVersionRows();
}

// MQTT §4.1: with a persistent session the broker keeps the subscription and queues QoS 1/2
// messages while the client is away; they arrive after it reconnects with the same id.
void tst_ClientSession::persistentSession()
{
    QFETCH(ProtocolVersion, version);
    const QString topic = uniqueTopic(QStringLiteral("session"));
    const QString id = QStringLiteral("persist-%1").arg(version == ProtocolVersion::V5 ? 5 : 4);
    Mqtt::ClientOptions o = options(m_broker, version, id);
    o.cleanStart = true;
    o.sessionExpiry = 300;
    {
        // Start from nothing, whatever an earlier run left.
        auto fresh = makeClient(o);
        QCOMPARE(connectAndWait(*fresh), QString());
        QVERIFY(!fresh->sessionPresent());
        QVERIFY(disconnectAndWait(*fresh));
    }
    o.cleanStart = false;
    auto client = makeClient(o);
    QCOMPARE(connectAndWait(*client), QString());
    QCOMPARE(subscribeAndWait(*client, topic, 2), QList<ReasonCode>{ReasonCode::GrantedQoS2});
    QVERIFY(disconnectAndWait(*client));

    auto publisher = makeClient(options(m_broker, version));
    QCOMPARE(connectAndWait(*publisher), QString());
    QVERIFY(publishAndWait(*publisher, Message(topic, "one", 1)));
    QVERIFY(publishAndWait(*publisher, Message(topic, "two", 2)));
    QVERIFY(publishAndWait(*publisher, Message(topic, "three", 2)));

    MessageCollector collector(client.get());
    QSignalSpy connected(client.get(), &Client::connected);
    QCOMPARE(connectAndWait(*client), QString());
    QCOMPARE(connected.first().first().toBool(), true);
    QVERIFY(client->sessionPresent());
    QVERIFY(collector.waitFor(3));
    QCOMPARE(collector.payloads(), (QStringList{"one", "two", "three"}));
    QCOMPARE(collector.messages.at(0).qos(), quint8(1));
    QCOMPARE(collector.messages.at(1).qos(), quint8(2));
    QVERIFY(disconnectAndWait(*client));

    // A clean start drops the session: nothing comes back.
    o.cleanStart = true;
    client->setOptions(o);
    QCOMPARE(connectAndWait(*client), QString());
    QVERIFY(!client->sessionPresent());
    QVERIFY(disconnectAndWait(*client));
}

void tst_ClientSession::retransmitOnSessionResume_data()
{
    addVersionColumn();
    addVersionRows();
}

// MQTT 5 §4.4 / 3.1.1 §4.4: on a resumed session unacknowledged PUBLISH packets go out again
// with DUP set and their original packet ids, a PUBREL stands in for a QoS 2 message whose
// PUBREC arrived, all in the original order; then the handshakes complete.
void tst_ClientSession::retransmitOnSessionResume()
{
    QFETCH(ProtocolVersion, version);
    FakeBroker fake(version);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = options(QStringLiteral("127.0.0.1"), fake.port(), version, QStringLiteral("resume"));
    o.cleanStart = false;
    o.sessionExpiry = 600;
    auto client = connectToFake(fake, o);
    QVERIFY(client);
    QSignalSpy published(client.get(), &Client::published);
    QSignalSpy failed(client.get(), &Client::publishFailed);
    QSignalSpy disconnected(client.get(), &Client::disconnected);

    const int a = client->publish(QStringLiteral("r/a"), "a", 1);
    const int b = client->publish(QStringLiteral("r/b"), "b", 2);
    const int c = client->publish(QStringLiteral("r/c"), "c", 2);
    QList<quint16> ids;
    for (int i = 0; i < 3; ++i) {
        const auto p = fake.waitForPacket(Mqtt::PacketType::Publish);
        QVERIFY(p);
        const Message m = std::get<Mqtt::PublishPacket>(*p).message;
        QVERIFY(!m.dup());
        ids << m.packetId();
    }
    // Only "c" gets as far as PUBREC; then the network fails.
    fake.send(Mqtt::AckPacket{Mqtt::PacketType::Pubrec, ids[2], ReasonCode::Success, {}});
    QVERIFY(fake.waitForPacket(Mqtt::PacketType::Pubrel));
    fake.dropClient();
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(failed.size(), 0); // the session outlives the connection
    QCOMPARE(client->inflightCount(), 3);

    QSignalSpy connected(client.get(), &Client::connected);
    client->connectToHost();
    QVERIFY(fake.acceptConnect(true));
    QVERIFY(connected.wait(5000));
    QCOMPARE(connected.first().first().toBool(), true);
    QCOMPARE(fake.lastConnect()->cleanStart, false);
    QCOMPARE(fake.lastConnect()->clientId, QStringLiteral("resume"));

    // The resent packets, in order: PUBLISH a (DUP), PUBLISH b (DUP), PUBREL c.
    const auto ra = fake.waitForPacket(Mqtt::PacketType::Publish);
    const auto rb = fake.waitForPacket(Mqtt::PacketType::Publish);
    const auto rc = fake.waitForPacket(Mqtt::PacketType::Pubrel);
    QVERIFY(ra && rb && rc);
    const Message ma = std::get<Mqtt::PublishPacket>(*ra).message;
    const Message mb = std::get<Mqtt::PublishPacket>(*rb).message;
    QVERIFY(ma.dup());
    QVERIFY(mb.dup());
    QCOMPARE(ma.packetId(), ids[0]);
    QCOMPARE(mb.packetId(), ids[1]);
    QCOMPARE(ma.payload(), QByteArray("a"));
    QCOMPARE(mb.payload(), QByteArray("b"));
    QCOMPARE(std::get<Mqtt::AckPacket>(*rc).packetId, ids[2]);
    const QList<Mqtt::Packet> all = fake.received();
    const qsizetype reconnectAt = all.lastIndexOf(Mqtt::Packet(*fake.lastConnect()));
    QVERIFY(reconnectAt >= 0);
    QCOMPARE(Mqtt::packetTypeOf(all.at(reconnectAt + 1)), Mqtt::PacketType::Publish);
    QCOMPARE(Mqtt::packetTypeOf(all.at(reconnectAt + 2)), Mqtt::PacketType::Publish);
    QCOMPARE(Mqtt::packetTypeOf(all.at(reconnectAt + 3)), Mqtt::PacketType::Pubrel);

    fake.send(Mqtt::AckPacket{Mqtt::PacketType::Puback, ids[0], ReasonCode::Success, {}});
    fake.send(Mqtt::AckPacket{Mqtt::PacketType::Pubcomp, ids[2], ReasonCode::Success, {}});
    fake.send(Mqtt::AckPacket{Mqtt::PacketType::Pubrec, ids[1], ReasonCode::Success, {}});
    QVERIFY(fake.waitForPacket(Mqtt::PacketType::Pubrel));
    fake.send(Mqtt::AckPacket{Mqtt::PacketType::Pubcomp, ids[1], ReasonCode::Success, {}});
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 3, 5000);
    QCOMPARE(published.at(0).first().toInt(), a);
    QCOMPARE(published.at(1).first().toInt(), c);
    QCOMPARE(published.at(2).first().toInt(), b);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(client->inflightCount(), 0);
    QCOMPARE(client->state(), Client::State::Connected);
}

void tst_ClientSession::sessionNotResumedFailsInflight_data()
{
    addVersionColumn();
    addVersionRows();
}

// MQTT 5 §4.1: when the broker has no session (session present 0) the client discards its
// state: in-flight publishes are reported as failed and not resent.
void tst_ClientSession::sessionNotResumedFailsInflight()
{
    QFETCH(ProtocolVersion, version);
    FakeBroker fake(version);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = options(QStringLiteral("127.0.0.1"), fake.port(), version, QStringLiteral("lost"));
    o.cleanStart = false;
    o.sessionExpiry = 600;
    auto client = connectToFake(fake, o);
    QVERIFY(client);
    QSignalSpy failed(client.get(), &Client::publishFailed);
    QSignalSpy disconnected(client.get(), &Client::disconnected);
    const int token = client->publish(QStringLiteral("lost/a"), "a", 1);
    QVERIFY(fake.waitForPacket(Mqtt::PacketType::Publish));
    fake.dropClient();
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(failed.size(), 0);

    QSignalSpy connected(client.get(), &Client::connected);
    client->connectToHost();
    QVERIFY(fake.acceptConnect(false));
    QVERIFY(connected.wait(5000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toInt(), token);
    QVERIFY(failed.first().at(2).toString().contains(QLatin1String("session")));
    QCOMPARE(client->inflightCount(), 0);
    QTest::qWait(100);
    QVERIFY(!fake.waitForPacket(Mqtt::PacketType::Publish, 200));
}

void tst_ClientSession::cleanSessionFailsOnDisconnect_data()
{
    addVersionColumn();
    addVersionRows();
}

// With a clean session the session ends with the connection (3.1.1 §3.1.2.4, MQTT 5 session
// expiry 0): unacknowledged publishes fail as soon as the connection is gone.
void tst_ClientSession::cleanSessionFailsOnDisconnect()
{
    QFETCH(ProtocolVersion, version);
    FakeBroker fake(version);
    QVERIFY(fake.listen());
    auto client = connectToFake(fake, options(QStringLiteral("127.0.0.1"), fake.port(), version));
    QVERIFY(client);
    QSignalSpy failed(client.get(), &Client::publishFailed);
    QSignalSpy disconnected(client.get(), &Client::disconnected);
    const int token = client->publish(QStringLiteral("gone/a"), "a", 2);
    QVERIFY(fake.waitForPacket(Mqtt::PacketType::Publish));
    fake.dropClient();
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toInt(), token);
    QCOMPARE(client->inflightCount(), 0);
}

void tst_ClientSession::publishWhileConnecting_data()
{
    addVersionColumn();
    addVersionRows();
}

// Publishes and subscriptions made right after connectToHost() wait for CONNACK and then go
// out in order.
void tst_ClientSession::publishWhileConnecting()
{
    QFETCH(ProtocolVersion, version);
    const QString topic = uniqueTopic(QStringLiteral("early"));
    auto client = makeClient(options(m_broker, version));
    MessageCollector collector(client.get());
    QSignalSpy subscribed(client.get(), &Client::subscribed);
    QSignalSpy published(client.get(), &Client::published);
    client->connectToHost();
    QCOMPARE(client->state(), Client::State::Connecting);
    QVERIFY(client->subscribe(topic, 1) > 0);
    QVERIFY(client->publish(topic, "first", 1) > 0);
    QVERIFY(client->publish(topic, "second", 0) > 0);
    QVERIFY(client->publish(topic, "third", 2) > 0);
    QCOMPARE(client->queuedCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 3, 5000);
    QCOMPARE(subscribed.size(), 1);
    QVERIFY(collector.waitFor(3));
    QCOMPARE(collector.payloads(), (QStringList{"first", "second", "third"}));
}

QTEST_GUILESS_MAIN(tst_ClientSession)
#include "tst_clientsession.moc"
