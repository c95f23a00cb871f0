// Client: MQTT 5 features (publish properties, subscription options, shared subscriptions,
// broker limits, topic aliases), each checked for 3.1.1 as well where 3.1.1 has an answer.
#include "client.h"
#include "clienttesthelpers.h"
#include "fakebroker.h"
#include "mosquittobroker.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

using namespace ClientTest;
using Mqtt::Client;
using Mqtt::Message;
using Mqtt::PropertyId;
using Mqtt::ProtocolVersion;
using Mqtt::ReasonCode;

class tst_ClientV5 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void propertiesRoundTrip_data();
    void propertiesRoundTrip();
    void messageExpiry();
    void sharedSubscription_data();
    void sharedSubscription();
    void noLocal_data();
    void noLocal();
    void retainAsPublished_data();
    void retainAsPublished();
    void retainHandling_data();
    void retainHandling();
    void unsubscribeResults_data();
    void unsubscribeResults();
    void brokerMaximumPacketSize();
    void ourMaximumPacketSize();
    void brokerMaximumQos();
    void brokerRetainNotAvailable();
    void incomingTopicAliases();
    void subscriptionOptionsValidated();

private:
    MosquittoBroker m_broker;
};

void tst_ClientV5::initTestCase()
{
    START_BROKER(m_broker);
}

void tst_ClientV5::cleanupTestCase()
{
    m_broker.stop();
}

void tst_ClientV5::propertiesRoundTrip_data()
{
    addVersionColumn();
    addVersionRows();
}

// MQTT 5 §3.3.2.3: every publish property reaches the subscriber; the subscription identifier
// of the matching subscription is added (§3.3.2.3.8). 3.1.1 carries none of them.
void tst_ClientV5::propertiesRoundTrip()
{
    QFETCH(ProtocolVersion, version);
    const QString topic = uniqueTopic(QStringLiteral("props"));
    auto subscriber = makeClient(options(m_broker, version));
    auto publisher = makeClient(options(m_broker, version));
    QCOMPARE(connectAndWait(*subscriber), QString());
    QCOMPARE(connectAndWait(*publisher), QString());
    MessageCollector collector(subscriber.get());
    Mqtt::Properties subscribeProps;
    if (version == ProtocolVersion::V5)
        subscribeProps.addSubscriptionIdentifier(42);
    QCOMPARE(subscribeAndWait(*subscriber, {subscription(topic, 1)}, subscribeProps).size(), 1);

    Message m(topic, "{\"t\":21.5}", 1);
    Mqtt::Properties &p = m.properties();
    p.setValue(PropertyId::PayloadFormatIndicator, quint32(1));
    p.setValue(PropertyId::MessageExpiryInterval, quint32(300));
    p.setValue(PropertyId::ContentType, QStringLiteral("application/json"));
    p.setValue(PropertyId::ResponseTopic, QStringLiteral("reply/here"));
    p.setValue(PropertyId::CorrelationData, QByteArray("\x00\x01\xFF", 3));
    p.addUserProperty(QStringLiteral("unit"), QStringLiteral("°C"));
    p.addUserProperty(QStringLiteral("unit"), QStringLiteral("again")); // keys may repeat
    QVERIFY(publishAndWait(*publisher, m));
    QVERIFY(collector.waitFor(1));
    const Message got = collector.messages.first();
    QCOMPARE(got.payload(), m.payload());
    if (version == ProtocolVersion::V311) {
        QVERIFY(got.properties().isEmpty());
        return;
    }
    const Mqtt::Properties &r = got.properties();
    QCOMPARE(r.payloadFormatIndicator(), std::optional<quint32>(1));
    QVERIFY(r.messageExpiryInterval().has_value());
    QVERIFY(*r.messageExpiryInterval() <= 300 && *r.messageExpiryInterval() > 0);
    QCOMPARE(r.contentType(), std::optional<QString>(QStringLiteral("application/json")));
    QCOMPARE(r.responseTopic(), std::optional<QString>(QStringLiteral("reply/here")));
    QCOMPARE(r.correlationData(), std::optional<QByteArray>(QByteArray("\x00\x01\xFF", 3)));
    QCOMPARE(r.userProperties(), (Mqtt::UserProperties{{QStringLiteral("unit"), QStringLiteral("°C")},
                                                       {QStringLiteral("unit"), QStringLiteral("again")}}));
    QCOMPARE(r.subscriptionIdentifiers(), QList<quint32>{42});
    QVERIFY(!r.topicAlias().has_value());
}

// MQTT 5 §3.3.2.3.3: a message whose expiry passes while the subscriber is away is not
// delivered; one that has time left arrives with the remaining interval.
void tst_ClientV5::messageExpiry()
{
    const QString topic = uniqueTopic(QStringLiteral("expiry"));
    Mqtt::ClientOptions o = options(m_broker, ProtocolVersion::V5, QStringLiteral("expiry-subscriber"));
    o.cleanStart = true;
    o.sessionExpiry = 300;
    auto subscriber = makeClient(o);
    QCOMPARE(connectAndWait(*subscriber), QString());
    QCOMPARE(subscribeAndWait(*subscriber, topic, 1).size(), 1);
    QVERIFY(disconnectAndWait(*subscriber));

    auto publisher = makeClient(options(m_broker, ProtocolVersion::V5));
    QCOMPARE(connectAndWait(*publisher), QString());
    Message shortLived(topic, "short", 1);
    shortLived.properties().setValue(PropertyId::MessageExpiryInterval, quint32(1));
    Message longLived(topic, "long", 1);
    longLived.properties().setValue(PropertyId::MessageExpiryInterval, quint32(600));
    QVERIFY(publishAndWait(*publisher, shortLived));
    QVERIFY(publishAndWait(*publisher, longLived));
    QTest::qWait(2500); // let the first one expire in the broker's queue

    o.cleanStart = false;
    subscriber->setOptions(o);
    MessageCollector collector(subscriber.get());
    QCOMPARE(connectAndWait(*subscriber), QString());
    QVERIFY(subscriber->sessionPresent());
    QVERIFY(collector.waitFor(1));
    QVERIFY(publishAndWait(*publisher, Message(topic, "marker", 1)));
    QVERIFY(collector.waitFor(2));
    QCOMPARE(collector.payloads(), (QStringList{"long", "marker"}));
    const auto left = collector.messages.first().properties().messageExpiryInterval();
    QVERIFY(left.has_value() && *left < 600 && *left > 500);
}

void tst_ClientV5::sharedSubscription_data()
{
    addVersionColumn();
    addVersionRows();
}

// MQTT 5 §4.8.2: a shared subscription hands each message to one member of the group.
// mosquitto accepts $share for 3.1.1 clients too.
void tst_ClientV5::sharedSubscription()
{
    QFETCH(ProtocolVersion, version);
    const QString topic = uniqueTopic(QStringLiteral("shared"));
    const QString filter = QStringLiteral("$share/group/") + topic;
    auto first = makeClient(options(m_broker, version));
    auto second = makeClient(options(m_broker, version));
    auto publisher = makeClient(options(m_broker, version));
    for (Client *c : {first.get(), second.get(), publisher.get()})
        QCOMPARE(connectAndWait(*c), QString());
    MessageCollector a(first.get());
    MessageCollector b(second.get());
    QCOMPARE(subscribeAndWait(*first, filter, 1).size(), 1);
    QCOMPARE(subscribeAndWait(*second, filter, 1).size(), 1);
    QSignalSpy published(publisher.get(), &Client::published);
    const int count = 40;
    for (int i = 0; i < count; ++i)
        QVERIFY(publisher->publish(topic, QByteArray::number(i), 1) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), count, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(a.messages.size() + b.messages.size(), count, 10000);
    QVERIFY(!a.messages.isEmpty());
    QVERIFY(!b.messages.isEmpty());
    QSet<QString> all;
    for (const QString &p : a.payloads() + b.payloads())
        all.insert(p);
    QCOMPARE(all.size(), count); // each message went to exactly one member
}

void tst_ClientV5::noLocal_data()
{
    addVersionColumn();
    addVersionRows();
}

// MQTT 5 §3.8.3.1: with No Local the broker does not send a client its own publishes.
// 3.1.1 has no such option and gets them back.
void tst_ClientV5::noLocal()
{
    QFETCH(ProtocolVersion, version);
    const QString topic = uniqueTopic(QStringLiteral("nolocal"));
    auto client = makeClient(options(m_broker, version));
    auto other = makeClient(options(m_broker, version));
    QCOMPARE(connectAndWait(*client), QString());
    QCOMPARE(connectAndWait(*other), QString());
    MessageCollector collector(client.get());
    Mqtt::Subscription s = subscription(topic, 1);
    s.options.noLocal = true;
    QCOMPARE(subscribeAndWait(*client, {s}).size(), 1);
    QVERIFY(publishAndWait(*client, Message(topic, "own", 1)));
    QVERIFY(publishAndWait(*other, Message(topic, "other", 1)));
    if (version == ProtocolVersion::V5) {
        QVERIFY(collector.waitFor(1));
        QCOMPARE(collector.payloads(), QStringList{"other"});
    } else {
        QVERIFY(collector.waitFor(2));
        QCOMPARE(collector.payloads(), (QStringList{"own", "other"}));
    }
}

void tst_ClientV5::retainAsPublished_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<bool>("retainAsPublished");
    QTest::addColumn<bool>("expectedRetain");
    QTest::newRow("3.1.1") << ProtocolVersion::V311 << true << false;
    QTest::newRow("5.0 retain as published") << ProtocolVersion::V5 << true << true;
    QTest::newRow("5.0 default") << ProtocolVersion::V5 << false << false;
}

// MQTT 5 §3.8.3.1: Retain As Published keeps the retain flag on messages forwarded live.
void tst_ClientV5::retainAsPublished()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(bool, retainAsPublished);
    QFETCH(bool, expectedRetain);
    const QString topic = uniqueTopic(QStringLiteral("rap"));
    auto subscriber = makeClient(options(m_broker, version));
    auto publisher = makeClient(options(m_broker, version));
    QCOMPARE(connectAndWait(*subscriber), QString());
    QCOMPARE(connectAndWait(*publisher), QString());
    MessageCollector collector(subscriber.get());
    Mqtt::Subscription s = subscription(topic, 1);
    s.options.retainAsPublished = retainAsPublished;
    QCOMPARE(subscribeAndWait(*subscriber, {s}).size(), 1);
    QVERIFY(publishAndWait(*publisher, Message(topic, "live", 1, true)));
    QVERIFY(collector.waitFor(1));
    QCOMPARE(collector.messages.first().retain(), expectedRetain);
    QVERIFY(publishAndWait(*publisher, Message(topic, QByteArray(), 1, true))); // clear
}

void tst_ClientV5::retainHandling_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("retainHandling");
    QTest::addColumn<int>("onFirstSubscribe");
    QTest::addColumn<int>("onResubscribe");
    QTest::newRow("3.1.1") << ProtocolVersion::V311 << 2 << 1 << 1; // option does not exist: always sent
    QTest::newRow("5.0 send always (0)") << ProtocolVersion::V5 << 0 << 1 << 1;
    QTest::newRow("5.0 only if new (1)") << ProtocolVersion::V5 << 1 << 1 << 0;
    QTest::newRow("5.0 never (2)") << ProtocolVersion::V5 << 2 << 0 << 0;
}

// MQTT 5 §3.8.3.1 Retain Handling: whether retained messages are sent at subscribe time.
void tst_ClientV5::retainHandling()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(int, retainHandling);
    QFETCH(int, onFirstSubscribe);
    QFETCH(int, onResubscribe);
    const QString topic = uniqueTopic(QStringLiteral("rh"));
    auto publisher = makeClient(options(m_broker, version));
    QCOMPARE(connectAndWait(*publisher), QString());
    QVERIFY(publishAndWait(*publisher, Message(topic, "retained", 1, true)));

    auto subscriber = makeClient(options(m_broker, version));
    QCOMPARE(connectAndWait(*subscriber), QString());
    MessageCollector collector(subscriber.get());
    Mqtt::Subscription s = subscription(topic, 1);
    s.options.retainHandling = quint8(retainHandling);
    // Count retained copies received before a live marker that follows each subscribe.
    auto retainedBeforeMarker = [&](const QByteArray &marker) -> int {
        collector.messages.clear();
        if (subscribeAndWait(*subscriber, {s}).size() != 1)
            return -1;
        if (!publishAndWait(*publisher, Message(topic, marker, 1)))
            return -1;
        QDeadlineTimer deadline(10000);
        while (!collector.payloads().contains(QString::fromUtf8(marker)) && !deadline.hasExpired())
            QTest::qWait(5);
        return int(collector.payloads().indexOf(QString::fromUtf8(marker)));
    };
    QCOMPARE(retainedBeforeMarker("marker1"), onFirstSubscribe);
    QCOMPARE(retainedBeforeMarker("marker2"), onResubscribe);
    QVERIFY(publishAndWait(*publisher, Message(topic, QByteArray(), 1, true)));
}

void tst_ClientV5::unsubscribeResults_data()
{
    addVersionColumn();
    addVersionRows();
}

// UNSUBACK: per-filter reason codes in MQTT 5 (§3.11.3), none in 3.1.1 (reported as success).
void tst_ClientV5::unsubscribeResults()
{
    QFETCH(ProtocolVersion, version);
    const QString topic = uniqueTopic(QStringLiteral("unsub"));
    auto client = makeClient(options(m_broker, version));
    QCOMPARE(connectAndWait(*client), QString());
    MessageCollector collector(client.get());
    QCOMPARE(subscribeAndWait(*client, topic, 1).size(), 1);
    QCOMPARE(client->subscriptions().size(), 1);
    QCOMPARE(client->subscriptions().first().filter, topic);
    QCOMPARE(client->subscriptions().first().options.maximumQos, quint8(1));
    QSignalSpy unsubscribed(client.get(), &Client::unsubscribed);
    const int token = client->unsubscribe({topic, topic + QStringLiteral("/never")});
    QVERIFY(token > 0);
    QTRY_COMPARE_WITH_TIMEOUT(unsubscribed.size(), 1, 5000);
    QCOMPARE(unsubscribed.first().at(0).toInt(), token);
    const auto results = unsubscribed.first().at(1).value<QList<ReasonCode>>();
    if (version == ProtocolVersion::V5)
        QCOMPARE(results, (QList<ReasonCode>{ReasonCode::Success, ReasonCode::NoSubscriptionExisted}));
    else
        QCOMPARE(results, (QList<ReasonCode>{ReasonCode::Success, ReasonCode::Success}));
    QVERIFY(client->subscriptions().isEmpty());

    // Nothing arrives any more: a marker on another subscribed topic comes alone.
    const QString markerTopic = topic + QStringLiteral("-marker");
    QCOMPARE(subscribeAndWait(*client, markerTopic, 1).size(), 1);
    QVERIFY(publishAndWait(*client, Message(topic, "unseen", 1)));
    QVERIFY(publishAndWait(*client, Message(markerTopic, "marker", 1)));
    QVERIFY(collector.waitFor(1));
    QCOMPARE(collector.payloads(), QStringList{"marker"});
}

// MQTT 5 §3.2.2.3.6: the client does not send packets larger than the broker's Maximum
// Packet Size; the publish fails with a message saying so, the connection stays up.
void tst_ClientV5::brokerMaximumPacketSize()
{
    MosquittoBroker broker;
    broker.addGlobalConfig({QStringLiteral("max_packet_size 1000")});
    START_BROKER(broker);
    auto client = makeClient(options(broker, ProtocolVersion::V5));
    QCOMPARE(connectAndWait(*client), QString());
    QCOMPARE(client->connackProperties().maximumPacketSize(), std::optional<quint32>(1000));
    QSignalSpy failed(client.get(), &Client::publishFailed);
    const int token = client->publish(QStringLiteral("big/one"), QByteArray(2000, 'x'), 1);
    QVERIFY(token > 0);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QCOMPARE(failed.first().at(0).toInt(), token);
    QCOMPARE(failed.first().at(1).value<ReasonCode>(), ReasonCode::PacketTooLarge);
    const QString text = failed.first().at(2).toString();
    QVERIFY2(text.contains(QLatin1String("1000")) && text.contains(QLatin1String("Maximum Packet Size")), qPrintable(text));
    QCOMPARE(client->inflightCount(), 0);
    QVERIFY(publishAndWait(*client, Message(QStringLiteral("big/small"), QByteArray(100, 'x'), 1)));
    QCOMPARE(client->state(), Client::State::Connected);
}

// MQTT 5 §3.1.2.11.4: we announce our Maximum Packet Size; the broker must not send us
// anything larger (mosquitto drops such messages for us) and the connection stays up.
void tst_ClientV5::ourMaximumPacketSize()
{
    const QString topic = uniqueTopic(QStringLiteral("ourmax"));
    Mqtt::ClientOptions o = options(m_broker, ProtocolVersion::V5);
    o.maximumPacketSize = 512;
    auto subscriber = makeClient(o);
    auto publisher = makeClient(options(m_broker, ProtocolVersion::V5));
    QCOMPARE(connectAndWait(*subscriber), QString());
    QCOMPARE(connectAndWait(*publisher), QString());
    MessageCollector collector(subscriber.get());
    QCOMPARE(subscribeAndWait(*subscriber, topic, 1).size(), 1);
    QVERIFY(publishAndWait(*publisher, Message(topic, QByteArray(4000, 'x'), 1)));
    QVERIFY(publishAndWait(*publisher, Message(topic, "small", 1)));
    QVERIFY(collector.waitFor(1));
    QCOMPARE(collector.payloads(), QStringList{"small"});
    QCOMPARE(subscriber->state(), Client::State::Connected);
}

// MQTT 5 §3.2.2.3.4: no publish above the broker's Maximum QoS.
void tst_ClientV5::brokerMaximumQos()
{
    MosquittoBroker broker;
    const quint16 port = broker.addListener({QStringLiteral("max_qos 1")});
    START_BROKER(broker);
    auto client = makeClient(options(broker.host(), port, ProtocolVersion::V5));
    QCOMPARE(connectAndWait(*client), QString());
    QCOMPARE(client->connackProperties().maximumQoS(), std::optional<quint32>(1));
    QSignalSpy failed(client.get(), &Client::publishFailed);
    QVERIFY(client->publish(QStringLiteral("qos/limit"), "x", 2) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QCOMPARE(failed.first().at(1).value<ReasonCode>(), ReasonCode::QoSNotSupported);
    QVERIFY(failed.first().at(2).toString().contains(QLatin1String("QoS up to 1")));
    QVERIFY(publishAndWait(*client, Message(QStringLiteral("qos/limit"), "x", 1)));
    QCOMPARE(client->state(), Client::State::Connected);
}

// MQTT 5 §3.2.2.3.5: no retained publish when the broker has no retained messages.
void tst_ClientV5::brokerRetainNotAvailable()
{
    MosquittoBroker broker;
    broker.addGlobalConfig({QStringLiteral("retain_available false")});
    START_BROKER(broker);
    auto client = makeClient(options(broker, ProtocolVersion::V5));
    QCOMPARE(connectAndWait(*client), QString());
    QSignalSpy failed(client.get(), &Client::publishFailed);
    QVERIFY(client->publish(QStringLiteral("retain/no"), "x", 1, true) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QCOMPARE(failed.first().at(1).value<ReasonCode>(), ReasonCode::RetainNotSupported);
    QVERIFY(failed.first().at(2).toString().contains(QLatin1String("retain")));
    QVERIFY(publishAndWait(*client, Message(QStringLiteral("retain/no"), "x", 1, false)));
    QCOMPARE(client->state(), Client::State::Connected);
}

// MQTT 5 §3.3.2.3.4: the broker may replace a topic by an alias up to our Topic Alias
// Maximum; the client resolves it and hides the alias property.
void tst_ClientV5::incomingTopicAliases()
{
    FakeBroker fake(ProtocolVersion::V5);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = options(QStringLiteral("127.0.0.1"), fake.port(), ProtocolVersion::V5);
    o.topicAliasMaximum = 5;
    auto client = makeClient(o);
    MessageCollector collector(client.get());
    QSignalSpy connected(client.get(), &Client::connected);
    client->connectToHost();
    QVERIFY(fake.acceptConnect());
    QVERIFY(connected.wait(5000));
    QCOMPARE(fake.lastConnect()->properties.topicAliasMaximum(), std::optional<quint32>(5));

    Message define(QStringLiteral("sensors/kitchen/temp"), "1");
    define.properties().setValue(PropertyId::TopicAlias, quint32(5));
    Message use(QString(), "2");
    use.properties().setValue(PropertyId::TopicAlias, quint32(5));
    Message redefine(QStringLiteral("sensors/hall/temp"), "3");
    redefine.properties().setValue(PropertyId::TopicAlias, quint32(5));
    fake.send(Mqtt::PublishPacket{define});
    fake.send(Mqtt::PublishPacket{use});
    fake.send(Mqtt::PublishPacket{redefine});
    fake.send(Mqtt::PublishPacket{use});
    QVERIFY(collector.waitFor(4));
    QStringList topics;
    for (const Message &m : std::as_const(collector.messages)) {
        topics << m.topic();
        QVERIFY(!m.properties().topicAlias().has_value());
    }
    QCOMPARE(topics, (QStringList{"sensors/kitchen/temp", "sensors/kitchen/temp", "sensors/hall/temp",
                                  "sensors/hall/temp"}));
    QCOMPARE(client->state(), Client::State::Connected);
}

void tst_ClientV5::subscriptionOptionsValidated()
{
    auto client = makeClient(options(m_broker, ProtocolVersion::V5));
    QCOMPARE(connectAndWait(*client), QString());
    QSignalSpy errors(client.get(), &Client::errorOccurred);
    Mqtt::Subscription shared = subscription(QStringLiteral("$share/g/a"), 1);
    shared.options.noLocal = true;
    QCOMPARE(client->subscribe({shared}), -1); // MQTT 5 §3.8.3.1
    Mqtt::Subscription badRh = subscription(QStringLiteral("a"), 1);
    badRh.options.retainHandling = 3;
    QCOMPARE(client->subscribe({badRh}), -1);
    Mqtt::Properties zeroId;
    zeroId.addSubscriptionIdentifier(0);
    QCOMPARE(client->subscribe({subscription(QStringLiteral("a"), 1)}, zeroId), -1);
    QCOMPARE(client->subscribe(QList<Mqtt::Subscription>{}), -1);
    QCOMPARE(errors.size(), 4);
    QVERIFY(errors.first().first().toString().contains(QLatin1String("No Local")));
    QCOMPARE(client->state(), Client::State::Connected);
}

QTEST_GUILESS_MAIN(tst_ClientV5)
#include "tst_clientv5.moc"
