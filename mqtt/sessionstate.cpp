#include "sessionstate.h"

#include <algorithm>

namespace Mqtt {

SessionState::SessionState() : m_idsInUse(65536, false)
{
}

quint16 SessionState::allocatePacketId()
{
    if (m_idsTaken >= 65535)
        return 0;
    // Ids advance round-robin rather than reusing the lowest free one, so a late duplicate
    // acknowledgement for a just-completed id is unlikely to hit a new packet.
    for (;;) {
        const quint16 id = m_nextId;
        m_nextId = m_nextId == 65535 ? 1 : quint16(m_nextId + 1);
        if (!m_idsInUse[id]) {
            m_idsInUse[id] = true;
            ++m_idsTaken;
            return id;
        }
    }
}

void SessionState::releasePacketId(quint16 id)
{
    if (id != 0 && m_idsInUse[id]) {
        m_idsInUse[id] = false;
        --m_idsTaken;
    }
}

bool SessionState::isPacketIdInUse(quint16 id) const
{
    return m_idsInUse[id];
}

QList<OutgoingPublish> SessionState::inflightInOrder() const
{
    QList<OutgoingPublish> list = inflight.values();
    std::sort(list.begin(), list.end(),
              [](const OutgoingPublish &a, const OutgoingPublish &b) { return a.order < b.order; });
    return list;
}

QList<QPair<quint16, PendingRequest>> SessionState::requestsInOrder() const
{
    QList<QPair<quint16, PendingRequest>> list;
    list.reserve(requests.size());
    for (auto it = requests.cbegin(); it != requests.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.second.order < b.second.order; });
    return list;
}

void SessionState::rememberSubscription(const Subscription &granted)
{
    rememberSubscription(granted, granted.options.maximumQos, Properties());
}

void SessionState::rememberSubscription(const Subscription &granted, quint8 requestedQos, const Properties &properties)
{
    SubscriptionRequest request{granted, properties};
    request.subscription.options.maximumQos = requestedQos;
    m_requested.insert(granted.filter, request);
    for (Subscription &existing : subscriptions) {
        if (existing.filter == granted.filter) {
            existing = granted; // MQTT §3.8.4: a new SUBSCRIBE replaces the old one
            return;
        }
    }
    subscriptions.append(granted);
}

void SessionState::forgetSubscription(const QString &filter)
{
    subscriptions.removeIf([&filter](const Subscription &s) { return s.filter == filter; });
    m_requested.remove(filter);
}

QList<SubscriptionRequest> SessionState::subscriptionRequests() const
{
    QList<SubscriptionRequest> list;
    list.reserve(subscriptions.size());
    for (const Subscription &s : subscriptions)
        list.append(m_requested.value(s.filter, SubscriptionRequest{s, Properties()}));
    return list;
}

QList<OutgoingPublish> SessionState::takeInflight()
{
    QList<OutgoingPublish> dropped = inflightInOrder();
    for (const OutgoingPublish &publish : std::as_const(dropped))
        releasePacketId(publish.message.packetId());
    inflight.clear();
    return dropped;
}

QList<OutgoingPublish> SessionState::requeueInflight()
{
    const QList<OutgoingPublish> sent = takeInflight();
    QList<OutgoingPublish> completed;
    for (auto it = sent.crbegin(); it != sent.crend(); ++it) {
        if (it->stage == OutgoingPublish::Stage::AwaitPubcomp) {
            completed.prepend(*it);
            continue;
        }
        OutgoingPublish again = *it;
        again.stage = OutgoingPublish::Stage::Queued;
        again.message.setPacketId(0);
        again.message.setDup(false);
        queued.push_front(again);
    }
    return completed;
}

void SessionState::restore(const QList<OutgoingPublish> &restoredInflight, const QList<OutgoingPublish> &restoredQueued,
                           const QList<quint16> &restoredIncomingQos2)
{
    for (const OutgoingPublish &publish : restoredInflight) {
        const quint16 id = publish.message.packetId();
        if (id == 0 || m_idsInUse[id])
            continue;
        m_idsInUse[id] = true;
        ++m_idsTaken;
        inflight.insert(id, publish);
        m_order = qMax(m_order, publish.order);
        m_nextId = id == 65535 ? 1 : quint16(id + 1); // continue after the last one used
    }
    for (const OutgoingPublish &publish : restoredQueued)
        queued.push_back(publish);
    for (const quint16 id : restoredIncomingQos2)
        incomingQos2.insert(id);
}

void SessionState::clearIncomingQos2()
{
    incomingQos2.clear();
    incomingQos2Fingerprints.clear();
    completedQos2.clear();
    completedQos2Before.clear();
}

QList<OutgoingPublish> SessionState::clear()
{
    QList<OutgoingPublish> dropped = takeInflight();
    for (const OutgoingPublish &publish : queued)
        dropped.append(publish);
    queued.clear();
    clearIncomingQos2();
    return dropped;
}

} // namespace Mqtt
