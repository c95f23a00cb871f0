// Client: automatic reconnect against a fake peer, for what a real broker cannot be made to do
// on cue: lose the session while acknowledgements are outstanding, drop the connection before
// a SUBACK, refuse a reconnect, or stop answering PINGREQ.
#include "client.h"
#include "clienttesthelpers.h"
#include "fakebroker.h"

#include <QSignalSpy>
#include <QTest>

using namespace ClientTest;
using Mqtt::Client;
using Mqtt::Message;
using Mqtt::ProtocolVersion;
using Mqtt::ReasonCode;

class tst_ClientReconnectFake : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void republishWhenSessionLost_data();
    void republishWhenSessionLost();
    void resendWithDupWhenSessionResumed_data();
    void resendWithDupWhenSessionResumed();
    void requestsSurviveReconnect_data();
    void requestsSurviveReconnect();
    void refusalAfterDrop_data();
    void refusalAfterDrop();
    void keepAliveTimeoutReconnects_data();
    void keepAliveTimeoutReconnects();
    void v5ReconnectResumesSession();
    void takeoverDisconnectStopsReconnecting();
    void brokerResendsCompletedQos2_data();
    void brokerResendsCompletedQos2();
    void reconnectNowWhileWaiting();

private:
    static Mqtt::ClientOptions fakeOptions(const FakeBroker &fake, const QString &clientId = {});
    static std::unique_ptr<Client> connectToFake(FakeBroker &fake, const Mqtt::ClientOptions &options);
};

Mqtt::ClientOptions tst_ClientReconnectFake::fakeOptions(const FakeBroker &fake, const QString &clientId)
{
    Mqtt::ClientOptions o = options(QStringLiteral("127.0.0.1"), fake.port(), fake.version(), clientId);
    o.autoReconnect = true;
    o.reconnectInitialDelayMs = 50;
    o.reconnectMaxDelayMs = 200;
    o.connectTimeoutMs = 5000;
    return o;
}

std::unique_ptr<Client> tst_ClientReconnectFake::connectToFake(FakeBroker &fake, const Mqtt::ClientOptions &o)
{
    auto client = makeClient(o);
    QSignalSpy connected(client.get(), &Client::connected);
    client->connectToHost();
    if (!fake.acceptConnect(false) || !connected.wait(5000))
        return nullptr;
    return client;
}

static Message publishOf(const std::optional<Mqtt::Packet> &packet)
{
    return packet ? std::get<Mqtt::PublishPacket>(*packet).message : Message();
}

static Mqtt::AckPacket ack(Mqtt::PacketType type, quint16 id)
{
    return Mqtt::AckPacket{type, id, ReasonCode::Success, {}};
}

void tst_ClientReconnectFake::republishWhenSessionLost_data()
{
    addVersionColumn();
    addVersionRows();
}

// A clean session is lost with its connection; with automatic reconnect nothing is dropped:
// unacknowledged QoS 1 and QoS 2 publishes go out again as new messages (no DUP) in their
// order, before what was published while offline. A QoS 2 message whose PUBREC arrived is
// complete (the broker took ownership), so it is neither resent nor failed.
void tst_ClientReconnectFake::republishWhenSessionLost()
{
    QFETCH(ProtocolVersion, version);
    FakeBroker fake(version);
    QVERIFY(fake.listen());
    auto client = connectToFake(fake, fakeOptions(fake));
    QVERIFY(client);
    QSignalSpy published(client.get(), &Client::published);
    QSignalSpy failed(client.get(), &Client::publishFailed);
    QSignalSpy disconnected(client.get(), &Client::disconnected);

    const int a = client->publish(QStringLiteral("r/a"), "a", 1);
    const int b = client->publish(QStringLiteral("r/b"), "b", 2);
    const int c = client->publish(QStringLiteral("r/c"), "c", 2);
    QList<quint16> ids;
    for (int i = 0; i < 3; ++i)
        ids << publishOf(fake.waitForPacket(Mqtt::PacketType::Publish)).packetId();
    fake.send(ack(Mqtt::PacketType::Pubrec, ids[2]));
    QVERIFY(fake.waitForPacket(Mqtt::PacketType::Pubrel));
    fake.dropClient();
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(client->state(), Client::State::Reconnecting);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(client->inflightCount(), 3);
    const int d = client->publish(QStringLiteral("r/d"), "d", 1);
    QVERIFY(d > 0);

    QVERIFY(fake.acceptConnect(false));
    const Message ra = publishOf(fake.waitForPacket(Mqtt::PacketType::Publish));
    const Message rb = publishOf(fake.waitForPacket(Mqtt::PacketType::Publish));
    const Message rd = publishOf(fake.waitForPacket(Mqtt::PacketType::Publish));
    QCOMPARE(ra.payload(), QByteArray("a"));
    QCOMPARE(rb.payload(), QByteArray("b"));
    QCOMPARE(rd.payload(), QByteArray("d"));
    QVERIFY(!ra.dup() && !rb.dup() && !rd.dup());
    QCOMPARE(rb.qos(), quint8(2));
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 1, 5000);
    QCOMPARE(published.first().first().toInt(), c);

    fake.send(ack(Mqtt::PacketType::Puback, ra.packetId()));
    fake.send(ack(Mqtt::PacketType::Pubrec, rb.packetId()));
    QVERIFY(fake.waitForPacket(Mqtt::PacketType::Pubrel));
    fake.send(ack(Mqtt::PacketType::Pubcomp, rb.packetId()));
    fake.send(ack(Mqtt::PacketType::Puback, rd.packetId()));
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 4, 5000);
    QCOMPARE(published.at(1).first().toInt(), a);
    QCOMPARE(published.at(2).first().toInt(), b);
    QCOMPARE(published.at(3).first().toInt(), d);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(client->inflightCount(), 0);
    // The PUBREL for c is not sent again on the new session: there is nothing to release.
    QCOMPARE(fake.receivedOfType(Mqtt::PacketType::Pubrel).size(), 2);
}

void tst_ClientReconnectFake::resendWithDupWhenSessionResumed_data()
{
    addVersionColumn();
    addVersionRows();
}

// A persistent session that the broker resumes: the automatic reconnect resends with DUP and
// the original packet ids (MQTT §4.4), as a reconnect by hand does.
void tst_ClientReconnectFake::resendWithDupWhenSessionResumed()
{
    QFETCH(ProtocolVersion, version);
    FakeBroker fake(version);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = fakeOptions(fake, QStringLiteral("resume-auto"));
    o.cleanStart = false;
    o.sessionExpiry = 600;
    auto client = connectToFake(fake, o);
    QVERIFY(client);
    QSignalSpy published(client.get(), &Client::published);
    const int token = client->publish(QStringLiteral("r/a"), "a", 1);
    const quint16 id = publishOf(fake.waitForPacket(Mqtt::PacketType::Publish)).packetId();
    fake.dropClient();
    QVERIFY(fake.acceptConnect(true));
    const Message again = publishOf(fake.waitForPacket(Mqtt::PacketType::Publish));
    QVERIFY(again.dup());
    QCOMPARE(again.packetId(), id);
    QCOMPARE(fake.lastConnect()->cleanStart, false);
    fake.send(ack(Mqtt::PacketType::Puback, id));
    QVERIFY(published.wait(5000));
    QCOMPARE(published.first().first().toInt(), token);
}

void tst_ClientReconnectFake::requestsSurviveReconnect_data()
{
    addVersionColumn();
    addVersionRows();
}

// SUBSCRIBE / UNSUBSCRIBE requests still waiting for their answer when the connection drops
// go out again after the reconnect and are answered once. When the broker lost the session the
// granted subscriptions are restored first, with the QoS that was asked for.
void tst_ClientReconnectFake::requestsSurviveReconnect()
{
    QFETCH(ProtocolVersion, version);
    FakeBroker fake(version);
    QVERIFY(fake.listen());
    auto client = connectToFake(fake, fakeOptions(fake));
    QVERIFY(client);
    QSignalSpy subscribed(client.get(), &Client::subscribed);
    QSignalSpy unsubscribed(client.get(), &Client::unsubscribed);
    QSignalSpy resubscribed(client.get(), &Client::resubscribed);

    QVERIFY(client->subscribe(QStringLiteral("kept/#"), 2) > 0);
    const auto first = fake.waitForPacket(Mqtt::PacketType::Subscribe);
    QVERIFY(first);
    fake.send(Mqtt::SubackPacket{std::get<Mqtt::SubscribePacket>(*first).packetId, {ReasonCode::GrantedQoS1}, {}});
    QVERIFY(subscribed.wait(5000));
    QCOMPARE(client->subscriptions().first().options.maximumQos, quint8(1)); // granted
    subscribed.clear();

    const int subToken = client->subscribe(QStringLiteral("pending"), 1);
    const int unsubToken = client->unsubscribe({QStringLiteral("other")});
    QVERIFY(subToken > 0 && unsubToken > 0);
    QVERIFY(fake.waitForPacket(Mqtt::PacketType::Subscribe));
    QVERIFY(fake.waitForPacket(Mqtt::PacketType::Unsubscribe));
    fake.dropClient();
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), Client::State::Reconnecting, 5000);
    QCOMPARE(subscribed.size(), 0);
    // One more made while offline.
    const int offlineToken = client->subscribe(QStringLiteral("offline"), 0);
    QVERIFY(offlineToken > 0);

    QVERIFY(fake.acceptConnect(false));
    // Expected in this order (waitForPacket skips packets of other types).
    const auto restore = fake.waitForPacket(Mqtt::PacketType::Subscribe);
    const auto again = fake.waitForPacket(Mqtt::PacketType::Subscribe);
    const auto unsub = fake.waitForPacket(Mqtt::PacketType::Unsubscribe);
    const auto offline = fake.waitForPacket(Mqtt::PacketType::Subscribe);
    QVERIFY(restore && again && offline && unsub);
    const auto restorePacket = std::get<Mqtt::SubscribePacket>(*restore);
    QCOMPARE(restorePacket.subscriptions, QList<Mqtt::Subscription>{subscription(QStringLiteral("kept/#"), 2)});
    const auto againPacket = std::get<Mqtt::SubscribePacket>(*again);
    QCOMPARE(againPacket.subscriptions.first().filter, QStringLiteral("pending"));
    const auto offlinePacket = std::get<Mqtt::SubscribePacket>(*offline);
    QCOMPARE(offlinePacket.subscriptions.first().filter, QStringLiteral("offline"));
    // The pending requests keep their order: SUBSCRIBE pending, UNSUBSCRIBE other, SUBSCRIBE offline.
    const QList<Mqtt::Packet> all = fake.received();
    QVERIFY(all.indexOf(Mqtt::Packet(againPacket)) < all.indexOf(*unsub));
    QVERIFY(all.indexOf(*unsub) < all.indexOf(Mqtt::Packet(offlinePacket)));

    fake.send(Mqtt::SubackPacket{restorePacket.packetId, {ReasonCode::GrantedQoS2}, {}});
    fake.send(Mqtt::SubackPacket{againPacket.packetId, {ReasonCode::GrantedQoS1}, {}});
    fake.send(Mqtt::SubackPacket{offlinePacket.packetId, {ReasonCode::Success}, {}});
    Mqtt::UnsubackPacket unsuback{std::get<Mqtt::UnsubscribePacket>(*unsub).packetId, {}, {}};
    if (version == ProtocolVersion::V5)
        unsuback.reasonCodes = {ReasonCode::NoSubscriptionExisted};
    fake.send(unsuback);
    QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(unsubscribed.size(), 1, 5000);
    QCOMPARE(resubscribed.size(), 1);
    QCOMPARE(subscribed.at(0).first().toInt(), subToken);
    QCOMPARE(subscribed.at(1).first().toInt(), offlineToken);
    QCOMPARE(unsubscribed.first().first().toInt(), unsubToken);
    QStringList filters;
    for (const Mqtt::Subscription &s : client->subscriptions())
        filters << s.filter;
    QCOMPARE(filters, (QStringList{"kept/#", "pending", "offline"}));
    QCOMPARE(client->subscriptions().first().options.maximumQos, quint8(2));
}

void tst_ClientReconnectFake::refusalAfterDrop_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<ReasonCode>("refusal");
    QTest::addColumn<bool>("retried");
    for (ProtocolVersion v : {ProtocolVersion::V311, ProtocolVersion::V5}) {
        const char *name = v == ProtocolVersion::V5 ? "5.0" : "3.1.1";
        QTest::addRow("%s bad credentials", name) << v << ReasonCode::BadUserNameOrPassword << false;
        QTest::addRow("%s not authorized", name) << v << ReasonCode::NotAuthorized << false;
        QTest::addRow("%s identifier rejected", name) << v << ReasonCode::ClientIdentifierNotValid << false;
        QTest::addRow("%s server unavailable", name) << v << ReasonCode::ServerUnavailable << true;
    }
    QTest::addRow("5.0 banned") << ProtocolVersion::V5 << ReasonCode::Banned << false;
    QTest::addRow("5.0 server busy") << ProtocolVersion::V5 << ReasonCode::ServerBusy << true;
}

// After a drop the reconnect is refused: a refusal that asking again cannot fix stops
// reconnecting (no loop), one that may pass (a busy or unavailable server) is retried.
void tst_ClientReconnectFake::refusalAfterDrop()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(ReasonCode, refusal);
    QFETCH(bool, retried);
    FakeBroker fake(version);
    QVERIFY(fake.listen());
    auto client = connectToFake(fake, fakeOptions(fake));
    QVERIFY(client);
    QSignalSpy scheduled(client.get(), &Client::reconnectScheduled);
    fake.dropClient();
    QVERIFY(fake.acceptConnect(false, {}, refusal));
    if (retried) {
        QTRY_VERIFY_WITH_TIMEOUT(scheduled.size() >= 2, 5000);
        QVERIFY(fake.acceptConnect(false));
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), Client::State::Connected, 5000);
        QCOMPARE(client->reconnectAttempt(), 0);
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), Client::State::Disconnected, 5000);
    QCOMPARE(scheduled.size(), 1); // the one after the drop
    QVERIFY2(client->statusText().contains(QLatin1String("not reconnecting")), qPrintable(client->statusText()));
    QVERIFY2(client->statusText().contains(QLatin1String("refused")), qPrintable(client->statusText()));
    const qsizetype connects = fake.receivedOfType(Mqtt::PacketType::Connect).size();
    QTest::qWait(600); // several reconnect delays
    QCOMPARE(fake.receivedOfType(Mqtt::PacketType::Connect).size(), connects);
    QCOMPARE(scheduled.size(), 1);
}

void tst_ClientReconnectFake::keepAliveTimeoutReconnects_data()
{
    addVersionColumn();
    addVersionRows();
}

// A broker that stops answering PINGREQ is dead to us (MQTT §3.1.2.10): the client drops the
// connection and reconnects.
void tst_ClientReconnectFake::keepAliveTimeoutReconnects()
{
    QFETCH(ProtocolVersion, version);
    FakeBroker fake(version);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = fakeOptions(fake);
    o.keepAlive = 1;
    auto client = connectToFake(fake, o);
    QVERIFY(client);
    QSignalSpy scheduled(client.get(), &Client::reconnectScheduled);
    QVERIFY(fake.waitForPacket(Mqtt::PacketType::Pingreq, 5000));
    QVERIFY(scheduled.wait(10000));
    QVERIFY2(scheduled.first().at(2).toString().contains(QLatin1String("PINGREQ")),
             qPrintable(scheduled.first().at(2).toString()));
    QVERIFY(fake.acceptConnect(false));
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), Client::State::Connected, 5000);
}

// MQTT 5 §3.1.2.4: Clean Start 1 with a Session Expiry starts a session that outlives the
// connection; an automatic reconnect asks to resume it (Clean Start 0) instead of wiping it.
void tst_ClientReconnectFake::v5ReconnectResumesSession()
{
    FakeBroker fake(ProtocolVersion::V5);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = fakeOptions(fake, QStringLiteral("resume-v5"));
    o.cleanStart = true;
    o.sessionExpiry = 300;
    auto client = connectToFake(fake, o);
    QVERIFY(client);
    QCOMPARE(fake.lastConnect()->cleanStart, true);
    QSignalSpy connected(client.get(), &Client::connected);
    fake.dropClient();
    QVERIFY(fake.acceptConnect(true));
    QVERIFY(connected.wait(5000));
    QCOMPARE(fake.lastConnect()->cleanStart, false);
    QCOMPARE(connected.first().first().toBool(), true);
    QCOMPARE(client->state(), Client::State::Connected);
    // A connection the user starts again by hand is a fresh start, as configured.
    QVERIFY(disconnectAndWait(*client));
    client->connectToHost();
    QVERIFY(fake.acceptConnect(false));
    QVERIFY(connected.wait(5000));
    QCOMPARE(fake.lastConnect()->cleanStart, true);
}

// MQTT 5: a broker that hands our session to another client with the same id says so with
// DISCONNECT 0x8E. Reconnecting would take it back and start a tug of war.
void tst_ClientReconnectFake::takeoverDisconnectStopsReconnecting()
{
    FakeBroker fake(ProtocolVersion::V5);
    QVERIFY(fake.listen());
    auto client = connectToFake(fake, fakeOptions(fake, QStringLiteral("twin")));
    QVERIFY(client);
    QSignalSpy scheduled(client.get(), &Client::reconnectScheduled);
    QSignalSpy disconnected(client.get(), &Client::disconnected);
    Mqtt::DisconnectPacket disconnect;
    disconnect.reasonCode = ReasonCode::SessionTakenOver;
    fake.send(disconnect);
    QVERIFY(disconnected.wait(5000));
    QVERIFY2(disconnected.first().first().toString().contains(QLatin1String("0x8E")),
             qPrintable(disconnected.first().first().toString()));
    QCOMPARE(client->state(), Client::State::Disconnected);
    QVERIFY2(client->statusText().contains(QLatin1String("not reconnecting")), qPrintable(client->statusText()));
    QTest::qWait(400); // several reconnect delays
    QCOMPARE(scheduled.size(), 0);
    QCOMPARE(fake.receivedOfType(Mqtt::PacketType::Connect).size(), 1);
}

void tst_ClientReconnectFake::brokerResendsCompletedQos2_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<bool>("suppress");
    for (ProtocolVersion v : {ProtocolVersion::V311, ProtocolVersion::V5}) {
        const char *name = v == ProtocolVersion::V5 ? "5.0" : "3.1.1";
        QTest::addRow("%s suppressed", name) << v << true;
        QTest::addRow("%s strict", name) << v << false;
    }
}

// mosquitto 2.0.11 resends QoS 2 PUBLISH packets whose PUBREL it had sent, after restoring
// its persistence database (MQTT 5 §4.3.3 forbids that). Right after the resumed session such
// a DUP PUBLISH, for a packet id completed before and with the same content, is not delivered
// again; anything else is: a DUP with other content, and new messages reusing the id.
void tst_ClientReconnectFake::brokerResendsCompletedQos2()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(bool, suppress);
    FakeBroker fake(version);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = fakeOptions(fake, QStringLiteral("qos2-guard"));
    o.cleanStart = false;
    o.sessionExpiry = 600;
    o.suppressQos2Redelivery = suppress;
    auto client = connectToFake(fake, o);
    QVERIFY(client);
    MessageCollector collector(client.get());
    auto publish = [&fake](quint16 id, const QByteArray &payload, bool dup) {
        Message m(QStringLiteral("g/t"), payload, 2);
        m.setPacketId(id);
        m.setDup(dup);
        fake.send(Mqtt::PublishPacket{m});
    };
    publish(10, "ten", false);
    publish(11, "eleven", false);
    QVERIFY(fake.waitForPacket(Mqtt::PacketType::Pubrec));
    QVERIFY(fake.waitForPacket(Mqtt::PacketType::Pubrec));
    fake.send(ack(Mqtt::PacketType::Pubrel, 10));
    fake.send(ack(Mqtt::PacketType::Pubrel, 11));
    QVERIFY(fake.waitForPacket(Mqtt::PacketType::Pubcomp));
    QVERIFY(fake.waitForPacket(Mqtt::PacketType::Pubcomp));
    QVERIFY(collector.waitFor(2));

    fake.dropClient();
    QVERIFY(fake.acceptConnect(true));
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), Client::State::Connected, 5000);
    publish(10, "ten", true);          // resent after PUBREL: the broker's mistake
    publish(11, "not eleven", true);   // same id, other content: a different message
    publish(12, "twelve", true);       // an id not completed before
    for (int i = 0; i < 3; ++i)
        QVERIFY(fake.waitForPacket(Mqtt::PacketType::Pubrec));
    fake.send(ack(Mqtt::PacketType::Pubrel, 10));
    const auto pubcomp = fake.waitForPacket(Mqtt::PacketType::Pubcomp);
    QVERIFY(pubcomp);
    QCOMPARE(std::get<Mqtt::AckPacket>(*pubcomp).reasonCode, ReasonCode::Success);
    publish(10, "ten", false);         // a new message reusing the id, same content
    QVERIFY(fake.waitForPacket(Mqtt::PacketType::Pubrec));
    const QStringList expected = suppress
        ? QStringList{"ten", "eleven", "not eleven", "twelve", "ten"}
        : QStringList{"ten", "eleven", "ten", "not eleven", "twelve", "ten"};
    QTRY_COMPARE_WITH_TIMEOUT(collector.payloads(), expected, 5000);
}

// connectToHost() while waiting for the next attempt makes it at once.
void tst_ClientReconnectFake::reconnectNowWhileWaiting()
{
    FakeBroker fake(ProtocolVersion::V311);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = fakeOptions(fake);
    o.reconnectInitialDelayMs = 600000; // would be ten minutes
    o.reconnectMaxDelayMs = 600000;
    auto client = connectToFake(fake, o);
    QVERIFY(client);
    QSignalSpy scheduled(client.get(), &Client::reconnectScheduled);
    fake.dropClient();
    QVERIFY(scheduled.wait(5000));
    QCOMPARE(client->state(), Client::State::Reconnecting);
    QVERIFY2(client->statusText().startsWith(QLatin1String("Reconnecting in ")), qPrintable(client->statusText()));
    client->connectToHost();
    QCOMPARE(client->state(), Client::State::Connecting);
    QVERIFY2(client->statusText().contains(QLatin1String("(attempt 1)")), qPrintable(client->statusText()));
    QVERIFY(fake.acceptConnect(false));
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), Client::State::Connected, 5000);
}

QTEST_GUILESS_MAIN(tst_ClientReconnectFake)
#include "tst_clientreconnectfake.moc"
