// Connection, part 3: what the client sends on its own initiative (publish, subscribe,
// unsubscribe) and the flow control around it. Same class as connection.cpp.
#include "connection.h"

#include "topic.h"

#include <QDateTime>

namespace Mqtt {

bool Connection::fitsBrokerPacketSize(qsizetype bytes) const
{
    return m_brokerMaximumPacketSize == 0 || quint64(bytes) <= m_brokerMaximumPacketSize;
}

QString Connection::brokerPacketSizeText(qsizetype bytes) const
{
    return tr("The packet would be %1 bytes, but the broker accepts at most %2 bytes (its Maximum Packet Size, "
              "MQTT 5 §3.2.2.3.6)")
        .arg(bytes)
        .arg(m_brokerMaximumPacketSize);
}

bool Connection::allowedByBroker(const Message &message, ReasonCode *reason, QString *text) const
{
    if (message.qos() > m_brokerMaximumQos) {
        *reason = ReasonCode::QoSNotSupported;
        *text = tr("The broker supports QoS up to %1 only (its Maximum QoS, MQTT 5 §3.2.2.3.4); "
                   "cannot publish with QoS %2")
                    .arg(m_brokerMaximumQos)
                    .arg(message.qos());
        return false;
    }
    if (message.retain() && !m_brokerRetainAvailable) {
        *reason = ReasonCode::RetainNotSupported;
        *text = tr("The broker does not support retained messages (Retain Available is 0, MQTT 5 §3.2.2.3.5); "
                   "publish without the retain flag");
        return false;
    }
    if (m_version == ProtocolVersion::V5) {
        if (const auto alias = message.properties().topicAlias()) {
            if (*alias == 0 || *alias > m_brokerTopicAliasMaximum) {
                *reason = ReasonCode::TopicAliasInvalid;
                *text = tr("Topic alias %1 is outside what the broker accepts (1 to %2, its Topic Alias Maximum)")
                            .arg(*alias)
                            .arg(m_brokerTopicAliasMaximum);
                return false;
            }
        }
    }
    return true;
}

int Connection::publish(const Message &message)
{
    if (m_state != Client::State::Connecting && m_state != Client::State::Connected
        && m_state != Client::State::Reconnecting) {
        emit q->errorOccurred(tr("Cannot publish to \"%1\": not connected to a broker").arg(message.topic()));
        return -1;
    }
    if (message.qos() > 2) {
        emit q->errorOccurred(tr("Cannot publish to \"%1\": QoS %2 does not exist (use 0, 1 or 2)")
                                  .arg(message.topic())
                                  .arg(message.qos()));
        return -1;
    }
    const bool aliasOnly = m_version == ProtocolVersion::V5 && message.topic().isEmpty()
        && message.properties().topicAlias().has_value();
    QString why;
    if (!aliasOnly && !Topic::isValidTopicName(message.topic(), &why)) {
        emit q->errorOccurred(tr("Cannot publish to \"%1\": %2").arg(message.topic(), why));
        return -1;
    }

    OutgoingPublish publish;
    publish.token = nextToken();
    publish.message = message;
    if (publish.message.dup())
        publish.message.setDup(false);
    if (publish.message.packetId() != 0)
        publish.message.setPacketId(0);
    if (publish.message.timestamp() == 0)
        publish.message.setTimestamp(QDateTime::currentMSecsSinceEpoch());

    // Before CONNACK the broker's limits are unknown: queue and decide then.
    if (!m_connackReceived) {
        const int limit = m_options.offlineQueueLimit;
        if (limit > 0 && m_session.queued.size() >= size_t(limit)) {
            emit q->errorOccurred(tr("Cannot publish to \"%1\": the offline queue is full (%2 messages wait for the "
                                     "connection)")
                                      .arg(message.topic())
                                      .arg(m_session.queued.size()));
            return -1;
        }
        m_session.queued.push_back(publish);
        return publish.token;
    }
    // MQTT 5 §4.9: QoS 0 is not flow controlled; QoS 1/2 wait for a free slot in order.
    const bool mustQueue = message.qos() > 0
        && (!m_session.queued.empty() || quint32(m_session.inflight.size()) >= m_brokerReceiveMaximum);
    if (!mustQueue && sendPublish(publish))
        return publish.token;

    ReasonCode reason;
    QString text;
    if (!allowedByBroker(publish.message, &reason, &text)) {
        emitPublishFailedLater(publish.token, reason, text);
        return publish.token;
    }
    qCDebug(lcMqttConnection) << "Publish" << publish.token << "queued: broker Receive Maximum"
                              << m_brokerReceiveMaximum << "reached";
    m_session.queued.push_back(publish);
    return publish.token;
}

bool Connection::sendPublish(OutgoingPublish &publish)
{
    ReasonCode reason;
    QString text;
    if (!allowedByBroker(publish.message, &reason, &text)) {
        emitPublishFailedLater(publish.token, reason, text);
        return true;
    }
    const quint8 qos = publish.message.qos();
    quint16 id = 0;
    if (qos > 0) {
        id = m_session.allocatePacketId();
        if (id == 0)
            return false;
        publish.message.setPacketId(id);
    }
    ProtocolError error;
    const QByteArray bytes = Codec::encode(PublishPacket{publish.message}, m_version, &error);
    if (bytes.isEmpty() || !fitsBrokerPacketSize(bytes.size())) {
        m_session.releasePacketId(id);
        publish.message.setPacketId(0);
        if (bytes.isEmpty())
            emitPublishFailedLater(publish.token, error.isError() ? error.code : ReasonCode::ImplementationSpecificError,
                                   tr("The message cannot be encoded: %1").arg(error.message));
        else
            emitPublishFailedLater(publish.token, ReasonCode::PacketTooLarge, brokerPacketSizeText(bytes.size()));
        return true;
    }
    writeBytes(bytes);
    if (qos == 0) {
        emitPublishedLater(publish.token);
        return true;
    }
    publish.stage = qos == 1 ? OutgoingPublish::Stage::AwaitPuback : OutgoingPublish::Stage::AwaitPubrec;
    publish.order = m_session.nextOrder();
    m_session.inflight.insert(id, publish);
    return true;
}

void Connection::sendQueued()
{
    while (!m_session.queued.empty() && m_state == Client::State::Connected) {
        OutgoingPublish &front = m_session.queued.front();
        if (front.message.qos() > 0 && quint32(m_session.inflight.size()) >= m_brokerReceiveMaximum)
            break;
        if (!sendPublish(front))
            break; // no packet id free: wait for an acknowledgement
        m_session.queued.pop_front();
    }
}

void Connection::resendInflight()
{
    // MQTT 5 §4.4 / 3.1.1 §4.4: on a resumed session resend unacknowledged PUBLISH (with DUP)
    // and PUBREL packets with their original packet ids, in the original order.
    const QList<OutgoingPublish> inOrder = m_session.inflightInOrder();
    for (const OutgoingPublish &publish : inOrder) {
        const quint16 id = publish.message.packetId();
        if (publish.stage == OutgoingPublish::Stage::AwaitPubcomp) {
            qCDebug(lcMqttConnection) << "Session resumed: resending PUBREL" << id;
            AckPacket pubrel;
            pubrel.type = PacketType::Pubrel;
            pubrel.packetId = id;
            sendPacket(pubrel);
        } else {
            qCDebug(lcMqttConnection) << "Session resumed: resending PUBLISH" << id << "with DUP";
            OutgoingPublish &stored = m_session.inflight[id];
            stored.message.setDup(true);
            sendPacket(PublishPacket{stored.message});
        }
    }
}

QByteArray Connection::encodeRequest(quint16 id, const PendingRequest &request, QString *problem) const
{
    Packet packet;
    if (request.type == PacketType::Subscribe)
        packet = SubscribePacket{id, request.subscriptions, request.properties};
    else
        packet = UnsubscribePacket{id, request.filters, request.properties};
    ProtocolError error;
    const QByteArray bytes = Codec::encode(packet, m_version, &error);
    if (bytes.isEmpty())
        *problem = error.message;
    else if (m_connackReceived && !fitsBrokerPacketSize(bytes.size()))
        *problem = brokerPacketSizeText(bytes.size());
    return problem->isEmpty() ? bytes : QByteArray();
}

int Connection::addRequest(const PendingRequest &request, const QString &what)
{
    const quint16 id = m_session.allocatePacketId();
    if (id == 0) {
        emit q->errorOccurred(tr("Cannot %1: all 65,535 packet identifiers are in use").arg(what));
        return -1;
    }
    QString problem;
    const QByteArray bytes = encodeRequest(id, request, &problem);
    if (!problem.isEmpty()) {
        m_session.releasePacketId(id);
        emit q->errorOccurred(tr("Cannot %1: %2").arg(what, problem));
        return -1;
    }
    PendingRequest stored = request;
    stored.token = nextToken();
    stored.order = m_session.nextOrder();
    m_session.requests.insert(id, stored);
    // Made before CONNACK, it goes out with the others once the connection is up.
    if (m_connackReceived)
        writeBytes(bytes);
    return stored.token;
}

void Connection::sendPendingRequests(const QList<QPair<quint16, PendingRequest>> &requests)
{
    const quint64 generation = m_generation;
    for (const auto &[id, request] : requests) {
        if (generation != m_generation || !m_session.requests.contains(id))
            continue;
        QString problem;
        const QByteArray bytes = encodeRequest(id, request, &problem);
        if (problem.isEmpty()) {
            writeBytes(bytes);
            continue;
        }
        // The broker's limits, known only now, rule it out.
        m_session.requests.remove(id);
        m_session.releasePacketId(id);
        const bool subscribe = request.type == PacketType::Subscribe;
        emit q->errorOccurred(subscribe ? tr("Cannot subscribe: %1").arg(problem) : tr("Cannot unsubscribe: %1").arg(problem));
        const QList<ReasonCode> results(subscribe ? request.subscriptions.size() : request.filters.size(),
                                        ReasonCode::PacketTooLarge);
        if (subscribe)
            emit q->subscribed(request.token, results);
        else
            emit q->unsubscribed(request.token, results);
    }
}

int Connection::subscribe(const QList<Subscription> &subscriptions, const Properties &properties)
{
    const QString what = tr("subscribe");
    if (m_state != Client::State::Connecting && m_state != Client::State::Connected
        && m_state != Client::State::Reconnecting) {
        emit q->errorOccurred(tr("Cannot subscribe: not connected to a broker"));
        return -1;
    }
    if (subscriptions.isEmpty()) {
        emit q->errorOccurred(tr("Cannot subscribe: no topic filter given"));
        return -1;
    }
    for (const Subscription &s : subscriptions) {
        QString why;
        if (!Topic::isValidTopicFilter(s.filter, &why))
            why = why.isEmpty() ? tr("invalid topic filter") : why;
        else if (s.options.maximumQos > 2)
            why = tr("QoS %1 does not exist (use 0, 1 or 2)").arg(s.options.maximumQos);
        else if (s.options.retainHandling > 2)
            why = tr("retain handling %1 does not exist (use 0, 1 or 2)").arg(s.options.retainHandling);
        else if (m_version == ProtocolVersion::V5 && s.options.noLocal && Topic::isSharedSubscription(s.filter))
            why = tr("No Local cannot be set on a shared subscription (MQTT 5 §3.8.3.1)");
        else if (m_connackReceived && !m_brokerSharedSubscriptionsAvailable && Topic::isSharedSubscription(s.filter))
            why = tr("the broker does not support shared subscriptions");
        else if (m_connackReceived && !m_brokerWildcardsAvailable
                 && (s.filter.contains(QLatin1Char('+')) || s.filter.contains(QLatin1Char('#'))))
            why = tr("the broker does not support wildcard subscriptions");
        if (!why.isEmpty()) {
            emit q->errorOccurred(tr("Cannot subscribe to \"%1\": %2").arg(s.filter, why));
            return -1;
        }
    }
    const QList<quint32> ids = properties.subscriptionIdentifiers();
    if (m_version == ProtocolVersion::V5 && !ids.isEmpty()) {
        QString why;
        if (ids.size() > 1)
            why = tr("only one subscription identifier is allowed per SUBSCRIBE (MQTT 5 §3.8.2.1.2)");
        else if (ids.first() == 0 || ids.first() > 268435455)
            why = tr("the subscription identifier must be between 1 and 268,435,455");
        else if (m_connackReceived && !m_brokerSubscriptionIdsAvailable)
            why = tr("the broker does not support subscription identifiers");
        if (!why.isEmpty()) {
            emit q->errorOccurred(tr("Cannot subscribe: %1").arg(why));
            return -1;
        }
    }
    PendingRequest request;
    request.type = PacketType::Subscribe;
    request.subscriptions = subscriptions;
    request.properties = properties;
    const int token = addRequest(request, what);
    qCDebug(lcMqttConnection) << "SUBSCRIBE" << token << "for" << subscriptions.size() << "filter(s)";
    return token;
}

int Connection::unsubscribe(const QStringList &filters, const Properties &properties)
{
    if (m_state != Client::State::Connecting && m_state != Client::State::Connected
        && m_state != Client::State::Reconnecting) {
        emit q->errorOccurred(tr("Cannot unsubscribe: not connected to a broker"));
        return -1;
    }
    if (filters.isEmpty()) {
        emit q->errorOccurred(tr("Cannot unsubscribe: no topic filter given"));
        return -1;
    }
    for (const QString &filter : filters) {
        QString why;
        if (!Topic::isValidTopicFilter(filter, &why)) {
            emit q->errorOccurred(tr("Cannot unsubscribe from \"%1\": %2").arg(filter, why));
            return -1;
        }
    }
    PendingRequest request;
    request.type = PacketType::Unsubscribe;
    request.filters = filters;
    request.properties = properties;
    return addRequest(request, tr("unsubscribe"));
}

} // namespace Mqtt
