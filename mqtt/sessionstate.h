#pragma once

#include "message.h"
#include "packets.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include <deque>
#include <vector>

namespace Mqtt {

// A QoS 1/2 publish of ours, from the moment the Client accepted it until it completes.
struct OutgoingPublish
{
    enum class Stage : quint8 {
        Queued,        // waiting for room under the broker's Receive Maximum (no packet id yet)
        AwaitPuback,   // QoS 1 sent
        AwaitPubrec,   // QoS 2 sent
        AwaitPubcomp,  // QoS 2: PUBREC received, PUBREL sent
    };
    int token = 0;
    Message message; // carries the packet id once one is assigned
    Stage stage = Stage::Queued;
    quint64 order = 0; // send order, to retransmit in the original order (MQTT 5 §4.6)
};

// A SUBSCRIBE or UNSUBSCRIBE waiting for its acknowledgement.
struct PendingRequest
{
    int token = 0;
    PacketType type = PacketType::Subscribe;
    QList<Subscription> subscriptions; // SUBSCRIBE
    QStringList filters;               // UNSUBSCRIBE
    Properties properties;
    quint64 order = 0;        // when it was made, to send it again in the original order
    bool resubscribe = false; // our own SUBSCRIBE restoring subscriptions after a reconnect
};

// A granted subscription as the user asked for it: what a resubscribe sends again.
struct SubscriptionRequest
{
    Subscription subscription; // with the requested (not the granted) QoS
    Properties properties;     // MQTT 5 SUBSCRIBE properties (subscription identifier, user properties)
};

// The client side of an MQTT session (MQTT 5 §4.1): what must survive a network connection
// when the session is resumed. Kept apart from the Connection so reconnect logic can keep it
// across transports and resend or resubscribe from it.
class SessionState
{
public:
    SessionState();

    // MQTT §2.2.1: non-zero and not in use by another unacknowledged packet. 0 when all
    // 65,535 are taken.
    quint16 allocatePacketId();
    void releasePacketId(quint16 id);
    bool isPacketIdInUse(quint16 id) const;

    // Outgoing QoS 1/2 publishes that have a packet id (sent, not completed).
    QHash<quint16, OutgoingPublish> inflight;
    // Accepted publishes not sent yet, in the order they were published.
    std::deque<OutgoingPublish> queued;
    // Incoming QoS 2 packet ids delivered but not yet released by PUBREL (MQTT 5 §4.3.3):
    // a PUBLISH reusing one of them is a duplicate and is not delivered again.
    QSet<quint16> incomingQos2;
    // For ClientOptions::suppressQos2Redelivery: content fingerprints of incoming QoS 2 messages
    // by packet id, while in progress and once completed (PUBREL received) on this connection
    // and on the one before it.
    QHash<quint16, size_t> incomingQos2Fingerprints;
    QHash<quint16, size_t> completedQos2;
    QHash<quint16, size_t> completedQos2Before;
    void clearIncomingQos2();
    // SUBSCRIBE / UNSUBSCRIBE by packet id. Not part of the session proper: they are not
    // retransmitted and fail when the connection closes.
    QHash<quint16, PendingRequest> requests;
    // Filters the broker granted (with the granted QoS), until unsubscribed. Kept when a
    // session ends or the broker lost it, so reconnect logic can subscribe again: this is what
    // the user asked for, not a promise that the broker still has it.
    QList<Subscription> subscriptions;

    quint64 nextOrder() { return ++m_order; }
    // Inflight entries sorted by their original send order.
    QList<OutgoingPublish> inflightInOrder() const;
    // Pending requests sorted by the order they were made in.
    QList<QPair<quint16, PendingRequest>> requestsInOrder() const;
    // `granted` carries the granted QoS; the request as made (requested QoS, SUBSCRIBE
    // properties) is kept for resubscribing. Without them the granted values stand in.
    void rememberSubscription(const Subscription &granted);
    void rememberSubscription(const Subscription &granted, quint8 requestedQos, const Properties &properties);
    void forgetSubscription(const QString &filter);
    // The remembered subscriptions as they were requested, in the order they were granted.
    QList<SubscriptionRequest> subscriptionRequests() const;
    // Drops the protocol state (the session ended): in-flight and queued publishes, incoming
    // QoS 2 ids. Returns the publishes so the caller can report them as failed.
    QList<OutgoingPublish> clear();
    // Drops only what was sent (the broker forgot the session, MQTT 5 §4.1); queued publishes
    // stay and go out on the new session. Returns the dropped ones in send order.
    QList<OutgoingPublish> takeInflight();
    // Also for a session the broker lost, when nothing may be lost: in-flight publishes go back
    // to the front of the queue in their original order, to go out again as new messages (new
    // packet id, no DUP). QoS 2 messages whose PUBREC arrived stay out: the broker took
    // ownership of them (MQTT 5 §4.3.3); they are returned, as completed.
    QList<OutgoingPublish> requeueInflight();
    // Puts back what SessionFile saved: in-flight publishes keep their packet ids (marked in
    // use), queued ones follow, incoming QoS 2 ids are remembered as not yet released.
    void restore(const QList<OutgoingPublish> &inflight, const QList<OutgoingPublish> &queued,
                 const QList<quint16> &incomingQos2);

private:
    QHash<QString, SubscriptionRequest> m_requested; // by filter, for every entry of subscriptions
    std::vector<bool> m_idsInUse; // indexed by packet id
    quint16 m_nextId = 1;
    int m_idsTaken = 0;
    quint64 m_order = 0;
};

} // namespace Mqtt
