// The headless publishing features against a real mosquitto: PUBACK reason codes through the
// session, sent messages in the topic tree, watched topics, request/response, periodic
// publishing with placeholders, clearing retained messages.
#include "brokersession.h"
#include "messagelogmodel.h"
#include "mosquittobroker.h"
#include "periodicpublisher.h"
#include "requesttracker.h"
#include "retainedclearer.h"
#include "topictreemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class TestPublishSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void acknowledgementReason();
    void sentMessagesEnterTree();
    void watchedTopics();
    void requestResponse();
    void requestTimeout();
    void periodicWithPlaceholders();
    void clearRetainedSubtree();

private:
    bool openSession(BrokerSession &session, const QList<Mqtt::Subscription> &subscriptions = {},
                     Mqtt::ProtocolVersion version = Mqtt::ProtocolVersion::V5);
    std::unique_ptr<Mqtt::Client> connectClient(const QString &id);
    MosquittoBroker m_broker;
};

static Mqtt::Subscription subscription(const QString &filter, quint8 qos = 1)
{
    Mqtt::Subscription s;
    s.filter = filter;
    s.options.maximumQos = qos;
    return s;
}

void TestPublishSession::initTestCase()
{
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
}

void TestPublishSession::cleanupTestCase()
{
    m_broker.stop();
}

bool TestPublishSession::openSession(BrokerSession &session, const QList<Mqtt::Subscription> &subscriptions,
                                     Mqtt::ProtocolVersion version)
{
    Mqtt::ClientOptions options;
    options.host = m_broker.host();
    options.port = m_broker.port();
    options.version = version;
    QSignalSpy connected(&session, &BrokerSession::connected);
    QString error;
    if (!session.open(ConnectionSettings::plain(options), subscriptions, &error)) {
        qWarning() << error;
        return false;
    }
    if (!connected.wait(10000))
        return false;
    return QTest::qWaitFor([&] { return session.subscriptions().size() == subscriptions.size(); }, 10000);
}

std::unique_ptr<Mqtt::Client> TestPublishSession::connectClient(const QString &id)
{
    auto client = std::make_unique<Mqtt::Client>();
    Mqtt::ClientOptions o;
    o.host = m_broker.host();
    o.port = m_broker.port();
    o.version = Mqtt::ProtocolVersion::V5;
    o.clientId = id;
    client->setOptions(o);
    QSignalSpy connected(client.get(), &Mqtt::Client::connected);
    client->connectToHost();
    if (!connected.wait(10000))
        return nullptr;
    return client;
}

void TestPublishSession::acknowledgementReason()
{
    BrokerSession session;
    QVERIFY(openSession(session));
    QSignalSpy published(&session, &BrokerSession::published);
    // MQTT 5: nobody subscribes to this topic, so mosquitto acknowledges with 0x10 (a notice, not an error).
    const int lonely = session.publish(Mqtt::Message(QStringLiteral("ps/nobody"), "x", 1));
    QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, 10000);
    QCOMPARE(published.first().at(0).toInt(), lonely);
    QCOMPARE(published.first().at(1).value<Mqtt::ReasonCode>(), Mqtt::ReasonCode::NoMatchingSubscribers);

    auto listener = connectClient(QStringLiteral("ps-listener"));
    QVERIFY(listener);
    QSignalSpy subscribed(listener.get(), &Mqtt::Client::subscribed);
    listener->subscribe({subscription(QStringLiteral("ps/somebody"))});
    QVERIFY(subscribed.wait(10000));
    const int heard = session.publish(Mqtt::Message(QStringLiteral("ps/somebody"), "x", 2));
    QTRY_COMPARE_WITH_TIMEOUT(published.count(), 2, 10000);
    QCOMPARE(published.at(1).at(0).toInt(), heard);
    QCOMPARE(published.at(1).at(1).value<Mqtt::ReasonCode>(), Mqtt::ReasonCode::Success);
}

void TestPublishSession::sentMessagesEnterTree()
{
    BrokerSession session;
    TopicTreeModel *tree = session.pipeline()->topicTree();
    QAbstractItemModelTester tester(tree);
    QVERIFY(openSession(session, {subscription(QStringLiteral("echo/#"))}));
    QVERIFY(session.isEchoed(QStringLiteral("echo/a")));
    QVERIFY(!session.isEchoed(QStringLiteral("quiet/a")));

    QSignalSpy published(&session, &BrokerSession::published);
    session.publish(Mqtt::Message(QStringLiteral("quiet/a"), "1", 1));
    session.publish(Mqtt::Message(QStringLiteral("echo/a"), "2", 1));
    QTRY_COMPARE_WITH_TIMEOUT(published.count(), 2, 10000);
    // The log: two out, one in (the echo).
    QTRY_COMPARE_WITH_TIMEOUT(session.pipeline()->messageLog()->rowCount(), 3, 10000);
    session.pipeline()->flush();

    auto find = [tree](const QString &topic) {
        const QModelIndexList hits = tree->match(tree->index(0, 0), TopicTreeModel::TopicRole, topic, 1,
                                                 Qt::MatchExactly | Qt::MatchRecursive);
        return hits.value(0);
    };
    // Not subscribed: the tree shows it anyway, from our own publish.
    const QModelIndex quiet = find(QStringLiteral("quiet/a"));
    QVERIFY(quiet.isValid());
    QCOMPARE(quiet.data(TopicTreeModel::MessageCountRole).toULongLong(), 1ULL);
    // Subscribed: only the echo counts, not the publish as well.
    const QModelIndex echo = find(QStringLiteral("echo/a"));
    QVERIFY(echo.isValid());
    QCOMPARE(echo.data(TopicTreeModel::MessageCountRole).toULongLong(), 1ULL);
}

void TestPublishSession::watchedTopics()
{
    BrokerSession session;
    QVERIFY(openSession(session, {subscription(QStringLiteral("watch/#"))}));
    QSignalSpy watched(&session, &BrokerSession::watchedMessagesReceived);
    session.addWatch(QStringLiteral("watch/yes/+"));
    auto other = connectClient(QStringLiteral("ps-watch"));
    QVERIFY(other);
    other->publish(QStringLiteral("watch/no/1"), "a", 1);
    other->publish(QStringLiteral("watch/yes/1"), "b", 1);
    QTRY_COMPARE_WITH_TIMEOUT(session.traffic().messagesIn, quint64(2), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(watched.count(), 1, 10000);
    const auto messages = watched.first().at(0).value<QList<Mqtt::Message>>();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().topic(), QStringLiteral("watch/yes/1"));
    session.removeWatch(QStringLiteral("watch/yes/+"));
    other->publish(QStringLiteral("watch/yes/2"), "c", 1);
    QTRY_COMPARE_WITH_TIMEOUT(session.traffic().messagesIn, quint64(3), 10000);
    QCoreApplication::processEvents();
    QCOMPARE(watched.count(), 1);
}

void TestPublishSession::requestResponse()
{
    // A tiny responder: answers every request on rr/service with "pong <payload>" to its
    // response topic, echoing the correlation data.
    auto responder = connectClient(QStringLiteral("ps-responder"));
    QVERIFY(responder);
    connect(responder.get(), &Mqtt::Client::messageReceived, responder.get(), [&](const Mqtt::Message &request) {
        const auto replyTo = request.properties().responseTopic();
        if (!replyTo)
            return;
        Mqtt::Message reply(*replyTo, "pong " + request.payload(), 1);
        reply.properties().setValue(Mqtt::PropertyId::CorrelationData,
                                    request.properties().correlationData().value_or(QByteArray()));
        responder->publish(reply);
    });
    QSignalSpy subscribed(responder.get(), &Mqtt::Client::subscribed);
    responder->subscribe({subscription(QStringLiteral("rr/service"))});
    QVERIFY(subscribed.wait(10000));

    BrokerSession session;
    QVERIFY(openSession(session));
    RequestTracker tracker(&session);
    QAbstractItemModelTester tester(&tracker);
    QSignalSpy answered(&tracker, &RequestTracker::answered);
    QString error;
    const int first = tracker.send(Mqtt::Message(QStringLiteral("rr/service"), "ping 1", 1), 10000, &error);
    QVERIFY2(first >= 0, qPrintable(error));
    QVERIFY(tracker.request(first).properties().responseTopic()->startsWith(QStringLiteral("mqttscope/response/")));
    QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 10000);
    QCOMPARE(tracker.state(first), RequestTracker::State::Answered);
    QCOMPARE(tracker.response(first).payload(), QByteArray("pong ping 1"));
    QVERIFY(tracker.roundTripMs(first) >= 0);
    QVERIFY(tracker.statusText(first).contains(QStringLiteral(" ms")));

    // A second request on the same response topic (subscribed already) with its own correlation data.
    Mqtt::Message second(QStringLiteral("rr/service"), "ping 2", 1);
    second.properties().setValue(Mqtt::PropertyId::CorrelationData, QByteArray("\x01\x02", 2));
    const int row = tracker.send(second, 10000, &error);
    QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 2, 10000);
    QCOMPARE(answered.at(1).at(0).toInt(), row);
    QCOMPARE(tracker.response(row).payload(), QByteArray("pong ping 2"));
    QCOMPARE(tracker.response(row).properties().correlationData().value_or(QByteArray()), QByteArray("\x01\x02", 2));
    QCOMPARE(tracker.data(tracker.index(row, RequestTracker::ResponseColumn)).toString(), QStringLiteral("pong ping 2"));

    // MQTT 3.1.1 has no request/response.
    BrokerSession old;
    QVERIFY(openSession(old, {}, Mqtt::ProtocolVersion::V311));
    RequestTracker oldTracker(&old);
    QCOMPARE(oldTracker.send(Mqtt::Message(QStringLiteral("rr/service"), "x"), 1000, &error), -1);
    QVERIFY(error.contains(QStringLiteral("MQTT 5")));
}

void TestPublishSession::requestTimeout()
{
    BrokerSession session;
    QVERIFY(openSession(session));
    RequestTracker tracker(&session);
    QSignalSpy timedOut(&tracker, &RequestTracker::timedOut);
    const int row = tracker.send(Mqtt::Message(QStringLiteral("rr/nobody"), "hello?", 1), 300);
    QVERIFY(row >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(timedOut.count(), 1, 10000);
    QCOMPARE(tracker.state(row), RequestTracker::State::TimedOut);
    QVERIFY2(tracker.statusText(row).startsWith(QStringLiteral("No response within 0.3 s")),
             qPrintable(tracker.statusText(row)));
}

void TestPublishSession::periodicWithPlaceholders()
{
    auto listener = connectClient(QStringLiteral("ps-periodic"));
    QVERIFY(listener);
    QList<Mqtt::Message> got;
    connect(listener.get(), &Mqtt::Client::messageReceived, this, [&](const Mqtt::Message &m) { got.append(m); });
    QSignalSpy subscribed(listener.get(), &Mqtt::Client::subscribed);
    listener->subscribe({subscription(QStringLiteral("sensors/fake"))});
    QVERIFY(subscribed.wait(10000));

    BrokerSession session;
    QVERIFY(openSession(session));
    PeriodicPublisher periodic(&session);
    QSignalSpy stopped(&periodic, &PeriodicPublisher::stopped);
    PublishDraft d;
    d.topic = QStringLiteral("sensors/fake");
    d.format = PayloadFormat::Json;
    d.payloadText = QStringLiteral("{\"n\": {{counter}}, \"temperature\": {{random:20:30}}, "
                                   "\"humidity\": {{random.int:40:60}}}");
    d.qos = 1;
    QString error;
    QVERIFY2(periodic.start(d, 20, 8, true, &error), qPrintable(error));
    QVERIFY(periodic.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 20000);
    QCOMPARE(stopped.first().at(0).toString(), QString());
    QVERIFY(!periodic.isRunning());
    QCOMPARE(periodic.sent(), quint64(8));
    QVERIFY(periodic.rate() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 8, 10000);
    for (int i = 0; i < got.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(got.at(i).payload()).object();
        QCOMPARE(o.value(QLatin1String("n")).toInt(), i + 1);
        const double t = o.value(QLatin1String("temperature")).toDouble();
        QVERIFY(t >= 20 && t <= 30);
        const int h = o.value(QLatin1String("humidity")).toInt();
        QVERIFY(h >= 40 && h <= 60);
    }

    // Until stopped: stop() ends it.
    QVERIFY(periodic.start(d, 10, 0, true, &error));
    QTRY_VERIFY_WITH_TIMEOUT(periodic.sent() >= 3, 10000);
    periodic.stop();
    QVERIFY(!periodic.isRunning());
    const quint64 sent = periodic.sent();
    QTest::qWait(50);
    QCOMPARE(periodic.sent(), sent);

    // A broken template does not start.
    d.payloadText = QStringLiteral("{{random:9:1}}");
    QVERIFY(!periodic.start(d, 10, 0, true, &error));
    QVERIFY(error.contains(QStringLiteral("MIN")));
}

void TestPublishSession::clearRetainedSubtree()
{
    auto seeder = connectClient(QStringLiteral("ps-seeder"));
    QVERIFY(seeder);
    QSignalSpy seeded(seeder.get(), &Mqtt::Client::published);
    const QStringList topics{QStringLiteral("stale/a"), QStringLiteral("stale/b/c"), QStringLiteral("stale/b/d"),
                             QStringLiteral("keep/x")};
    for (const QString &t : topics)
        seeder->publish(t, "old", 1, true);
    QTRY_COMPARE_WITH_TIMEOUT(seeded.count(), topics.size(), 10000);

    BrokerSession session;
    QVERIFY(openSession(session, {subscription(QStringLiteral("#"))}));
    QTRY_COMPARE_WITH_TIMEOUT(session.traffic().messagesIn, quint64(topics.size()), 10000);
    session.pipeline()->flush();
    QStringList stale = RetainedClearer::retainedTopics(session.pipeline()->topicTree(), QStringLiteral("stale"));
    stale.sort();
    QCOMPARE(stale, topics.mid(0, 3));
    QCOMPARE(RetainedClearer::retainedTopics(session.pipeline()->topicTree(), QString()).size(), 4);
    QVERIFY(RetainedClearer::retainedTopics(session.pipeline()->topicTree(), QStringLiteral("none")).isEmpty());

    RetainedClearer clearer(&session);
    QSignalSpy finished(&clearer, &RetainedClearer::finished);
    QVERIFY(clearer.start(stale));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.first().at(0).toInt(), 3);
    QVERIFY(clearer.failures().isEmpty());

    // A fresh subscriber gets only what was kept: the marker published after subscribing
    // comes after any retained message the broker still had.
    auto fresh = connectClient(QStringLiteral("ps-fresh"));
    QVERIFY(fresh);
    QStringList received;
    connect(fresh.get(), &Mqtt::Client::messageReceived, this,
            [&](const Mqtt::Message &m) { received.append(m.topic()); });
    QSignalSpy subscribed(fresh.get(), &Mqtt::Client::subscribed);
    fresh->subscribe({subscription(QStringLiteral("#"))});
    QVERIFY(subscribed.wait(10000));
    fresh->publish(QStringLiteral("marker"), "end", 1);
    QTRY_VERIFY_WITH_TIMEOUT(received.contains(QStringLiteral("marker")), 10000);
    QCOMPARE(received, (QStringList{QStringLiteral("keep/x"), QStringLiteral("marker")}));
    seeder->publish(QStringLiteral("keep/x"), QByteArray(), 1, true); // leave the broker clean
}

QTEST_GUILESS_MAIN(TestPublishSession)
#include "tst_publishsession.moc"
