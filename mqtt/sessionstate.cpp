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

void SessionState::rememberSubscription(const Subscription &subscription)
{
    for (Subscription &existing : subscriptions) {
        if (existing.filter == subscription.filter) {
            existing = subscription; // MQTT §3.8.4: a new SUBSCRIBE replaces the old one
            return;
        }
    }
    subscriptions.append(subscription);
}

void SessionState::forgetSubscription(const QString &filter)
{
    subscriptions.removeIf([&filter](const Subscription &s) { return s.filter == filter; });
}

QList<OutgoingPublish> SessionState::takeInflight()
{
    QList<OutgoingPublish> dropped = inflightInOrder();
    for (const OutgoingPublish &publish : std::as_const(dropped))
        releasePacketId(publish.message.packetId());
    inflight.clear();
    return dropped;
}

QList<OutgoingPublish> SessionState::clear()
{
    QList<OutgoingPublish> dropped = takeInflight();
    for (const OutgoingPublish &publish : queued)
        dropped.append(publish);
    queued.clear();
    incomingQos2.clear();
    return dropped;
}

} // namespace Mqtt
