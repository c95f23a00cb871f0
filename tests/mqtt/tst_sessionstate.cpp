// SessionState: packet identifier allocation and the bookkeeping kept across connections.
#include "sessionstate.h"

#include <QTest>

#include <vector>

using Mqtt::OutgoingPublish;
using Mqtt::SessionState;

class tst_SessionState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void packetIdsAreUniqueAndNeverZero();
    void packetIdsWrapAroundSkippingUsedOnes();
    void takeInflightKeepsQueuedAndOrder();
    void subscriptionsReplaceAndForget();
    void requeueInflightForLostSession();
    void requestedSubscriptionsForResubscribe();
    void requestsInOrder();
};

// MQTT §2.2.1: a packet identifier is non-zero and not reused while its exchange is open.
void tst_SessionState::packetIdsAreUniqueAndNeverZero()
{
    SessionState state;
    std::vector<bool> seen(65536, false);
    for (int i = 0; i < 65535; ++i) {
        const quint16 id = state.allocatePacketId();
        QVERIFY(id != 0);
        QVERIFY2(!seen[id], qPrintable(QString::number(id)));
        seen[id] = true;
        QVERIFY(state.isPacketIdInUse(id));
    }
    QCOMPARE(state.allocatePacketId(), quint16(0)); // all taken
    state.releasePacketId(4711);
    QVERIFY(!state.isPacketIdInUse(4711));
    QCOMPARE(state.allocatePacketId(), quint16(4711));
    QCOMPARE(state.allocatePacketId(), quint16(0));
    state.releasePacketId(0); // harmless
    state.releasePacketId(4711);
    state.releasePacketId(4711); // releasing twice does not free a slot twice
    QCOMPARE(state.allocatePacketId(), quint16(4711));
    QCOMPARE(state.allocatePacketId(), quint16(0));
}

void tst_SessionState::packetIdsWrapAroundSkippingUsedOnes()
{
    SessionState state;
    const quint16 first = state.allocatePacketId();
    QCOMPARE(first, quint16(1));
    for (int i = 2; i <= 65535; ++i)
        state.releasePacketId(state.allocatePacketId()); // cycle through the whole range
    // Id 1 is still in flight, so after wrapping the allocator skips it.
    QCOMPARE(state.allocatePacketId(), quint16(2));
}

void tst_SessionState::takeInflightKeepsQueuedAndOrder()
{
    SessionState state;
    for (int i = 0; i < 3; ++i) {
        OutgoingPublish p;
        p.token = 10 + i;
        const quint16 id = state.allocatePacketId();
        p.message = Mqtt::Message(QStringLiteral("t"), QByteArray::number(i), 1);
        p.message.setPacketId(id);
        p.stage = OutgoingPublish::Stage::AwaitPuback;
        p.order = state.nextOrder();
        state.inflight.insert(id, p);
    }
    OutgoingPublish queued;
    queued.token = 99;
    state.queued.push_back(queued);
    state.incomingQos2.insert(5);

    const QList<OutgoingPublish> inOrder = state.inflightInOrder();
    QCOMPARE(inOrder.size(), 3);
    QCOMPARE(inOrder.at(0).token, 10);
    QCOMPARE(inOrder.at(2).token, 12);

    const QList<OutgoingPublish> dropped = state.takeInflight();
    QCOMPARE(dropped.size(), 3);
    QVERIFY(state.inflight.isEmpty());
    QCOMPARE(state.queued.size(), size_t(1));
    QVERIFY(!state.isPacketIdInUse(1));

    const QList<OutgoingPublish> all = state.clear();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().token, 99);
    QVERIFY(state.queued.empty());
    QVERIFY(state.incomingQos2.isEmpty());
}

void tst_SessionState::subscriptionsReplaceAndForget()
{
    SessionState state;
    Mqtt::Subscription a{QStringLiteral("a/#"), {}};
    a.options.maximumQos = 1;
    state.rememberSubscription(a);
    a.options.maximumQos = 2; // MQTT §3.8.4: a new SUBSCRIBE to the same filter replaces it
    state.rememberSubscription(a);
    state.rememberSubscription(Mqtt::Subscription{QStringLiteral("b"), {}});
    QCOMPARE(state.subscriptions.size(), 2);
    QCOMPARE(state.subscriptions.first().options.maximumQos, quint8(2));
    state.forgetSubscription(QStringLiteral("a/#"));
    QCOMPARE(state.subscriptions.size(), 1);
    QCOMPARE(state.subscriptions.first().filter, QStringLiteral("b"));
    state.clear();
    QCOMPARE(state.subscriptions.size(), 1); // kept for a later resubscribe
}

// A lost session with automatic reconnect: what was in flight goes back to the front of the
// queue, in send order, as new messages; QoS 2 messages past PUBREC are complete.
void tst_SessionState::requeueInflightForLostSession()
{
    SessionState state;
    auto add = [&state](int token, quint8 qos, OutgoingPublish::Stage stage) {
        OutgoingPublish p;
        p.token = token;
        p.message = Mqtt::Message(QStringLiteral("t"), QByteArray::number(token), qos);
        p.stage = stage;
        if (stage == OutgoingPublish::Stage::Queued) {
            state.queued.push_back(p);
            return;
        }
        const quint16 id = state.allocatePacketId();
        p.message.setPacketId(id);
        p.message.setDup(true);
        p.order = state.nextOrder();
        state.inflight.insert(id, p);
    };
    add(1, 1, OutgoingPublish::Stage::AwaitPuback);
    add(2, 2, OutgoingPublish::Stage::AwaitPubcomp);
    add(3, 2, OutgoingPublish::Stage::AwaitPubrec);
    add(4, 1, OutgoingPublish::Stage::Queued);
    const QList<OutgoingPublish> completed = state.requeueInflight();
    QCOMPARE(completed.size(), 1);
    QCOMPARE(completed.first().token, 2);
    QVERIFY(state.inflight.isEmpty());
    QCOMPARE(state.queued.size(), size_t(3));
    QList<int> tokens;
    for (const OutgoingPublish &p : state.queued) {
        tokens << p.token;
        QCOMPARE(p.stage, OutgoingPublish::Stage::Queued);
        QCOMPARE(p.message.packetId(), quint16(0));
        QVERIFY(!p.message.dup());
    }
    QCOMPARE(tokens, (QList<int>{1, 3, 4}));
    for (quint16 id = 1; id <= 3; ++id)
        QVERIFY(!state.isPacketIdInUse(id));
}

// Resubscribing asks for what the user asked for (QoS, SUBSCRIBE properties), not for what
// the broker granted.
void tst_SessionState::requestedSubscriptionsForResubscribe()
{
    SessionState state;
    Mqtt::Subscription granted{QStringLiteral("a/#"), {}};
    granted.options.maximumQos = 1;
    granted.options.noLocal = true;
    Mqtt::Properties properties;
    properties.addSubscriptionIdentifier(9);
    state.rememberSubscription(granted, 2, properties);
    state.rememberSubscription(Mqtt::Subscription{QStringLiteral("b"), {}});
    QCOMPARE(state.subscriptions.first().options.maximumQos, quint8(1));
    const QList<Mqtt::SubscriptionRequest> requests = state.subscriptionRequests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).subscription.filter, QStringLiteral("a/#"));
    QCOMPARE(requests.at(0).subscription.options.maximumQos, quint8(2));
    QVERIFY(requests.at(0).subscription.options.noLocal);
    QCOMPARE(requests.at(0).properties.subscriptionIdentifiers(), QList<quint32>{9});
    QCOMPARE(requests.at(1).subscription.filter, QStringLiteral("b"));
    QVERIFY(requests.at(1).properties.isEmpty());
    state.forgetSubscription(QStringLiteral("a/#"));
    QCOMPARE(state.subscriptionRequests().size(), 1);
}

void tst_SessionState::requestsInOrder()
{
    SessionState state;
    for (int i = 0; i < 50; ++i) {
        Mqtt::PendingRequest request;
        request.token = i;
        request.order = state.nextOrder();
        state.requests.insert(state.allocatePacketId(), request);
    }
    const auto list = state.requestsInOrder();
    QCOMPARE(list.size(), 50);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(list.at(i).second.token, i);
}

QTEST_GUILESS_MAIN(tst_SessionState)
#include "tst_sessionstate.moc"
