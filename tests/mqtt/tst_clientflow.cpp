// Client: what goes out and how much of it, against a fake peer that can hold back
// acknowledgements, read slowly and announce any limits: topic aliases across reconnects
// (MQTT 5 §3.3.2.3.4), no Subscription Identifier from a client ([MQTT-3.3.4-6]), the new
// connection's limits when a session is resumed, and outgoing back-pressure.
#include "client.h"
#include "clienttesthelpers.h"
#include "fakebroker.h"
#include "transport.h"

#include <QSignalSpy>
#include <QTest>

using namespace ClientTest;
using Mqtt::Client;
using Mqtt::Message;
using Mqtt::PacketType;
using Mqtt::PropertyId;
using Mqtt::ProtocolVersion;
using Mqtt::ReasonCode;

class tst_ClientFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void topicAliasNotResentAfterReconnect();
    void aliasOnlyPublishNeedsKnownAlias();
    void automaticTopicAliases();
    void subscriptionIdentifierStripped();
    void resumeRespectsNewReceiveMaximum();
    void resumeRespectsNewPacketSize();
    void backPressureBoundsPendingBytes();

private:
    static Mqtt::ClientOptions fakeOptions(const FakeBroker &fake);
    static std::unique_ptr<Client> connectToFake(FakeBroker &fake, const Mqtt::ClientOptions &options,
                                                 const Mqtt::Properties &connack = {});
    static QList<Message> publishes(const FakeBroker &fake);
};

Mqtt::ClientOptions tst_ClientFlow::fakeOptions(const FakeBroker &fake)
{
    Mqtt::ClientOptions o = options(QStringLiteral("127.0.0.1"), fake.port(), fake.version(), QStringLiteral("flow"));
    o.autoReconnect = true;
    o.reconnectInitialDelayMs = 50;
    o.reconnectMaxDelayMs = 200;
    o.connectTimeoutMs = 5000;
    o.cleanStart = false;
    o.sessionExpiry = 600;
    return o;
}

std::unique_ptr<Client> tst_ClientFlow::connectToFake(FakeBroker &fake, const Mqtt::ClientOptions &o,
                                                      const Mqtt::Properties &connack)
{
    auto client = makeClient(o);
    QSignalSpy connected(client.get(), &Client::connected);
    client->connectToHost();
    if (!fake.acceptConnect(false, connack) || !connected.wait(5000))
        return nullptr;
    return client;
}

QList<Message> tst_ClientFlow::publishes(const FakeBroker &fake)
{
    QList<Message> list;
    for (const Mqtt::Packet &p : fake.receivedOfType(PacketType::Publish))
        list.append(std::get<Mqtt::PublishPacket>(p).message);
    return list;
}

static Mqtt::Properties aliasMaximum(quint32 maximum)
{
    Mqtt::Properties p;
    p.setValue(PropertyId::TopicAliasMaximum, maximum);
    return p;
}

// Defect 1: a QoS 1 message published as alias-only must go out with its topic name on the
// next connection (aliases die with the connection), not as an unknown alias the broker
// answers with DISCONNECT 0x82.
void tst_ClientFlow::topicAliasNotResentAfterReconnect()
{
    FakeBroker fake(ProtocolVersion::V5);
    QVERIFY(fake.listen());
    auto client = connectToFake(fake, fakeOptions(fake), aliasMaximum(10));
    QVERIFY(client);
    Message define(QStringLiteral("sensors/a"), "1", 1);
    define.properties().setValue(PropertyId::TopicAlias, 3u);
    Message use(QString(), "2", 1);
    use.properties().setValue(PropertyId::TopicAlias, 3u);
    QVERIFY(client->publish(define) > 0);
    QVERIFY(client->publish(use) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(publishes(fake).size(), 2, 5000);
    QCOMPARE(publishes(fake).at(0).topic(), QStringLiteral("sensors/a"));
    QCOMPARE(publishes(fake).at(1).topic(), QString()); // the alias, on this connection
    QCOMPARE(publishes(fake).at(1).properties().topicAlias(), std::optional<quint32>(3));

    // The first is acknowledged; the alias-only one is not when the connection drops. On the
    // resumed session it goes out again with DUP, and with its topic name: the alias the first
    // one defined died with the old connection.
    Mqtt::AckPacket puback;
    puback.type = PacketType::Puback;
    puback.packetId = publishes(fake).at(0).packetId();
    fake.send(puback);
    QSignalSpy published(client.get(), &Client::published);
    QVERIFY(published.wait(5000));
    QSignalSpy connected(client.get(), &Client::connected);
    fake.dropClient();
    QVERIFY(fake.acceptConnect(true, aliasMaximum(10)));
    QVERIFY(connected.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(publishes(fake).size(), 3, 5000);
    const Message resent = publishes(fake).at(2);
    QVERIFY(resent.dup());
    QCOMPARE(resent.topic(), QStringLiteral("sensors/a"));
    QCOMPARE(resent.payload(), QByteArray("2"));

    // And to a broker that allows no aliases on the new connection: no alias at all.
    fake.dropClient();
    QVERIFY(fake.acceptConnect(true));
    QVERIFY(connected.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(publishes(fake).size(), 4, 5000);
    QCOMPARE(publishes(fake).at(3).topic(), QStringLiteral("sensors/a"));
    QVERIFY(!publishes(fake).at(3).properties().topicAlias());
    QVERIFY(fake.hasClient());
}

void tst_ClientFlow::aliasOnlyPublishNeedsKnownAlias()
{
    FakeBroker fake(ProtocolVersion::V5);
    QVERIFY(fake.listen());
    auto client = connectToFake(fake, fakeOptions(fake), aliasMaximum(10));
    QVERIFY(client);
    QSignalSpy errors(client.get(), &Client::errorOccurred);
    Message use(QString(), "x", 0);
    use.properties().setValue(PropertyId::TopicAlias, 4u);
    QCOMPARE(client->publish(use), -1);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QLatin1String("alias 4")), qPrintable(errors.at(0).at(0).toString()));
}

// Feature: with autoTopicAliases the second PUBLISH to a topic carries only the alias.
void tst_ClientFlow::automaticTopicAliases()
{
    FakeBroker fake(ProtocolVersion::V5);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = fakeOptions(fake);
    o.autoTopicAliases = true;
    auto client = connectToFake(fake, o, aliasMaximum(2));
    QVERIFY(client);
    const QStringList topics = {"a/long/topic", "a/long/topic", "b", "b", "c", "c", "a/long/topic"};
    for (const QString &topic : topics)
        QVERIFY(client->publish(Message(topic, "p", 0)) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(publishes(fake).size(), topics.size(), 5000);
    const QList<Message> got = publishes(fake);
    QCOMPARE(got.at(0).topic(), QStringLiteral("a/long/topic"));
    QCOMPARE(got.at(0).properties().topicAlias(), std::optional<quint32>(1));
    QCOMPARE(got.at(1).topic(), QString());
    QCOMPARE(got.at(1).properties().topicAlias(), std::optional<quint32>(1));
    QCOMPARE(got.at(2).properties().topicAlias(), std::optional<quint32>(2));
    QCOMPARE(got.at(3).topic(), QString());
    // No third alias under a maximum of 2: "c" goes out in full, without an alias.
    QCOMPARE(got.at(4).topic(), QStringLiteral("c"));
    QVERIFY(!got.at(4).properties().topicAlias());
    QCOMPARE(got.at(5).topic(), QStringLiteral("c"));
    QCOMPARE(got.at(6).topic(), QString());
    QCOMPARE(got.at(6).properties().topicAlias(), std::optional<quint32>(1));
    QVERIFY(fake.hasClient());
}

// Defect 6: re-publishing a received message must not send its Subscription Identifier.
void tst_ClientFlow::subscriptionIdentifierStripped()
{
    FakeBroker fake(ProtocolVersion::V5);
    QVERIFY(fake.listen());
    auto client = connectToFake(fake, fakeOptions(fake));
    QVERIFY(client);
    Message received(QStringLiteral("in/topic"), "payload", 0);
    received.properties().addSubscriptionIdentifier(7);
    received.properties().setValue(PropertyId::ContentType, QStringLiteral("text/plain"));
    QVERIFY(client->publish(received) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(publishes(fake).size(), 1, 5000);
    QCOMPARE(fake.decodeError(), QString());
    const Message sent = publishes(fake).at(0);
    QVERIFY(sent.properties().subscriptionIdentifiers().isEmpty());
    QCOMPARE(sent.properties().contentType(), std::optional<QString>(QStringLiteral("text/plain")));
}

// Defect 8: after a resume the in-flight messages go out within the new Receive Maximum.
void tst_ClientFlow::resumeRespectsNewReceiveMaximum()
{
    FakeBroker fake(ProtocolVersion::V5);
    QVERIFY(fake.listen());
    auto client = connectToFake(fake, fakeOptions(fake));
    QVERIFY(client);
    QSignalSpy published(client.get(), &Client::published);
    for (int i = 0; i < 5; ++i)
        QVERIFY(client->publish(Message(QStringLiteral("rm/%1").arg(i), "x", 1)) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(publishes(fake).size(), 5, 5000);

    QSignalSpy connected(client.get(), &Client::connected);
    fake.dropClient();
    Mqtt::Properties limits;
    limits.setValue(PropertyId::ReceiveMaximum, 2u);
    QVERIFY(fake.acceptConnect(true, limits));
    QVERIFY(connected.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(publishes(fake).size(), 7, 5000);
    // Nothing more, up to a barrier the client has answered.
    QVERIFY(fake.sync());
    QCOMPARE(publishes(fake).size(), 7);
    // Each PUBACK makes room for the next one, in the original order.
    for (int i = 0; i < 5; ++i) {
        const Message resent = publishes(fake).at(5 + i);
        QCOMPARE(resent.topic(), QStringLiteral("rm/%1").arg(i));
        QVERIFY(resent.dup());
        Mqtt::AckPacket puback;
        puback.type = PacketType::Puback;
        puback.packetId = resent.packetId();
        fake.send(puback);
        if (i < 3)
            QTRY_COMPARE_WITH_TIMEOUT(publishes(fake).size(), 8 + i, 5000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 5, 5000);
}

// Defect 8: a message too large for the new connection's broker fails instead of making
// that broker close the connection.
void tst_ClientFlow::resumeRespectsNewPacketSize()
{
    FakeBroker fake(ProtocolVersion::V5);
    QVERIFY(fake.listen());
    auto client = connectToFake(fake, fakeOptions(fake));
    QVERIFY(client);
    QSignalSpy failed(client.get(), &Client::publishFailed);
    QSignalSpy published(client.get(), &Client::published);
    const int big = client->publish(Message(QStringLiteral("size/big"), QByteArray(2000, 'b'), 1));
    const int small = client->publish(Message(QStringLiteral("size/small"), "s", 1));
    QTRY_COMPARE_WITH_TIMEOUT(publishes(fake).size(), 2, 5000);

    QSignalSpy connected(client.get(), &Client::connected);
    fake.dropClient();
    Mqtt::Properties limits;
    limits.setValue(PropertyId::MaximumPacketSize, 1000u);
    QVERIFY(fake.acceptConnect(true, limits));
    QVERIFY(connected.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QCOMPARE(failed.at(0).at(0).toInt(), big);
    QCOMPARE(failed.at(0).at(1).value<ReasonCode>(), ReasonCode::PacketTooLarge);
    QTRY_COMPARE_WITH_TIMEOUT(publishes(fake).size(), 3, 5000);
    const Message resent = publishes(fake).at(2);
    QCOMPARE(resent.topic(), QStringLiteral("size/small"));
    Mqtt::AckPacket puback;
    puback.type = PacketType::Puback;
    puback.packetId = resent.packetId();
    fake.send(puback);
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 5000);
    QCOMPARE(published.at(0).at(0).toInt(), small);
}

// Defect 9: a publisher faster than the network does not grow the transport's buffer without
// bound; what waits goes out in order once the peer reads again.
void tst_ClientFlow::backPressureBoundsPendingBytes()
{
    FakeBroker fake(ProtocolVersion::V311);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = fakeOptions(fake);
    o.maximumPendingWriteBytes = 256 * 1024;
    o.offlineQueueLimit = 0;
    auto client = connectToFake(fake, o);
    QVERIFY(client);
    fake.pauseReading(true);
    const QByteArray payload(16 * 1024, 'q');
    const int count = 4000; // 64 MB: far more than the socket buffers hold
    qint64 worst = 0;
    int accepted = 0;
    for (int i = 0; i < count; ++i) {
        if (client->publish(Message(QStringLiteral("bp/t"), QByteArray::number(i) + payload, 0)) > 0)
            ++accepted;
        if (i % 64 == 0)
            QCoreApplication::processEvents();
        worst = qMax(worst, client->transport()->bytesToWrite());
    }
    QCOMPARE(accepted, count);
    QVERIFY2(worst <= o.maximumPendingWriteBytes + payload.size() + 64,
             qPrintable(QStringLiteral("%1 bytes waited in the transport").arg(worst)));
    QVERIFY(client->queuedCount() > 0);
    fake.pauseReading(false);
    QTRY_COMPARE_WITH_TIMEOUT(publishes(fake).size(), count, 60000);
    const QList<Message> got = publishes(fake);
    for (int i = 0; i < count; ++i)
        QVERIFY(got.at(i).payload().startsWith(QByteArray::number(i) + 'q'));
    QCOMPARE(client->queuedCount(), 0);
}

QTEST_GUILESS_MAIN(tst_ClientFlow)
#include "tst_clientflow.moc"
