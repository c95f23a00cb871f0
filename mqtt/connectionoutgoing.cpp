// Connection, part 3: what the client sends on its own initiative (publish, subscribe,
// unsubscribe) and the flow control around it. Same class as connection.cpp.
#include "connection_p.h"

#include "topic.h"

#include <QDateTime>
#include <QTimer>

namespace Mqtt {

bool Connection::transportCongested() const
{
    return m_options.maximumPendingWriteBytes > 0 && m_transport
        && m_transport->bytesToWrite() + m_attempt.writeBuffer.size() > m_options.maximumPendingWriteBytes;
}

void Connection::onBytesWritten()
{
    m_attempt.writeProgressSincePing = true;
    if (m_attempt.pingOutstanding && m_attempt.pingBehindWrite && m_state == Client::State::Connected && m_transport
        && m_transport->bytesToWrite() == 0 && m_keepAlive > 0) {
        m_attempt.pingBehindWrite = false;
        // The PINGREQ that waited behind a large write has only now gone out: the time the
        // broker has to answer starts now.
        m_keepAliveTimer->start(int(qMin<qint64>(qint64(m_keepAlive) * 1000, 30000)));
    }
    // Back-pressure: publishes that waited for the transport to drain go out once it has
    // drained to half the limit (hysteresis, so that we do not wake per TCP segment).
    if (m_state == Client::State::Connected && !m_session.queued.empty() && m_transport
        && m_transport->bytesToWrite() <= m_options.maximumPendingWriteBytes / 2)
        sendQueued();
}

QByteArray Connection::encodePublish(const Message &stored, ProtocolError *error, bool *tooLarge)
{
    *tooLarge = false;
    Message wire = stored;
    std::optional<quint32> alias = stored.properties().topicAlias();
    const QString topic = stored.topic();
    quint16 wireAlias = 0;
    bool aliasOnly = false;
    if (m_version == ProtocolVersion::V5 && (alias || m_options.autoTopicAliases)) {
        wire.properties().remove(PropertyId::TopicAlias);
        const quint16 maximum = m_attempt.limits.topicAliasMaximum;
        if (alias && *alias >= 1 && *alias <= maximum) {
            wireAlias = quint16(*alias);
        } else if (!alias && m_options.autoTopicAliases && maximum > 0) {
            wireAlias = m_attempt.wireTopicAliases.value(topic);
            // New aliases while there are free ones; then the topic goes out in full.
            if (wireAlias == 0 && m_attempt.nextAutoAlias < maximum)
                wireAlias = quint16(m_attempt.nextAutoAlias + 1);
        }
        // An alias beyond this connection's maximum (a resend after the broker lowered it) is
        // dropped: the topic name goes out instead.
        if (wireAlias != 0) {
            aliasOnly = m_attempt.wireAliasTopics.value(wireAlias) == topic;
            if (aliasOnly)
                wire.setTopic(QString());
            wire.properties().setValue(PropertyId::TopicAlias, quint32(wireAlias));
        }
    }
    const QByteArray bytes = Codec::encode(PublishPacket{wire}, m_version, error, Codec::Sender::Client);
    if (bytes.isEmpty())
        return bytes;
    if (!m_attempt.limits.fitsPacketSize(bytes.size())) {
        *tooLarge = true;
        return {};
    }
    if (wireAlias != 0 && !aliasOnly) {
        // MQTT 5 §3.3.2.3.4: this PUBLISH (re)defines the alias for this connection.
        const QString previous = m_attempt.wireAliasTopics.value(wireAlias);
        if (!previous.isEmpty() && m_attempt.wireTopicAliases.value(previous) == wireAlias)
            m_attempt.wireTopicAliases.remove(previous);
        m_attempt.wireAliasTopics.insert(wireAlias, topic);
        m_attempt.wireTopicAliases.insert(topic, wireAlias);
        if (!alias && wireAlias > m_attempt.nextAutoAlias)
            m_attempt.nextAutoAlias = wireAlias;
    }
    return bytes;
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
    const std::optional<quint32> alias = message.properties().topicAlias();
    Message stored = message;
    if (protocolVersion() == ProtocolVersion::V5 && alias && *alias > 0 && *alias <= 65535) {
        // MQTT 5 §3.3.2.3.4: aliases live for one network connection, so what is stored (and
        // maybe resent on another connection) keeps its topic name; encodePublish() applies
        // the alias per connection.
        const quint16 key = quint16(*alias);
        if (message.topic().isEmpty()) {
            const QString topic = m_userTopicAliases.value(key);
            if (topic.isEmpty()) {
                emit q->errorOccurred(tr("Cannot publish with topic alias %1: it has no topic yet (publish once with "
                                         "the topic name and the alias)")
                                          .arg(key));
                return -1;
            }
            stored.setTopic(topic);
        } else {
            m_userTopicAliases.insert(key, message.topic());
        }
    }
    QString why;
    if (!Topic::isValidTopicName(stored.topic(), &why)) {
        emit q->errorOccurred(tr("Cannot publish to \"%1\": %2").arg(stored.topic(), why));
        return -1;
    }

    OutgoingPublish publish;
    publish.token = nextToken();
    publish.message = stored;
    // [MQTT-3.3.4-6]: a Subscription Identifier only travels from the broker to the client
    // (it is there when a received message is published again).
    if (!publish.message.properties().subscriptionIdentifiers().isEmpty())
        publish.message.properties().remove(PropertyId::SubscriptionIdentifier);
    if (publish.message.dup())
        publish.message.setDup(false);
    if (publish.message.packetId() != 0)
        publish.message.setPacketId(0);
    if (publish.message.timestamp() == 0)
        publish.message.setTimestamp(QDateTime::currentMSecsSinceEpoch());

    // Before CONNACK the broker's limits are unknown: queue and decide then.
    if (!m_attempt.connackReceived) {
        const int limit = m_options.offlineQueueLimit;
        if (limit > 0 && m_session.queued.size() >= size_t(limit)) {
            emit q->errorOccurred(tr("Cannot publish to \"%1\": the offline queue is full (%2 messages wait for the "
                                     "connection)")
                                      .arg(message.topic())
                                      .arg(m_session.queued.size()));
            return -1;
        }
        m_session.queued.push_back(publish);
        if (publish.message.qos() > 0)
            markSessionDirty();
        return publish.token;
    }
    // MQTT 5 §4.9: QoS 0 is not flow controlled; QoS 1/2 wait for a free slot in order. Any
    // QoS waits while the transport is congested (back-pressure), and behind what waits.
    const bool congested = transportCongested();
    const bool behindQueue = !m_session.queued.empty() && (message.qos() > 0 || m_session.queued.back().message.qos() == 0);
    const bool mustQueue = congested || behindQueue
        || (message.qos() > 0 && quint32(m_session.inflight.size()) >= m_attempt.limits.receiveMaximum);
    if (!mustQueue && sendPublish(publish))
        return publish.token;

    ReasonCode reason;
    QString text;
    if (!m_attempt.limits.allows(publish.message, m_version, &reason, &text)) {
        emitPublishFailedLater(publish.token, reason, text);
        return publish.token;
    }
    const int limit = m_options.offlineQueueLimit;
    if (limit > 0 && m_session.queued.size() >= size_t(limit)) {
        emit q->errorOccurred(tr("Cannot publish to \"%1\": the network is slower than the publisher and %2 "
                                 "messages already wait to be sent; try again later")
                                  .arg(message.topic())
                                  .arg(m_session.queued.size()));
        return -1;
    }
    qCDebug(lcMqttConnection) << "Publish" << publish.token << "queued:"
                              << (congested ? "the transport is congested" : "broker Receive Maximum reached");
    m_session.queued.push_back(publish);
    if (publish.message.qos() > 0)
        markSessionDirty();
    return publish.token;
}

bool Connection::sendPublish(OutgoingPublish &publish)
{
    ReasonCode reason;
    QString text;
    if (!m_attempt.limits.allows(publish.message, m_version, &reason, &text)) {
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
    bool tooLarge = false;
    const QByteArray bytes = encodePublish(publish.message, &error, &tooLarge);
    if (bytes.isEmpty()) {
        m_session.releasePacketId(id);
        publish.message.setPacketId(0);
        if (tooLarge) {
            const QByteArray full = Codec::encode(PublishPacket{publish.message}, m_version);
            emitPublishFailedLater(publish.token, ReasonCode::PacketTooLarge, m_attempt.limits.packetSizeText(full.size()));
        } else {
            emitPublishFailedLater(publish.token, error.isError() ? error.code : ReasonCode::ImplementationSpecificError,
                                   tr("The message cannot be encoded: %1").arg(error.message));
        }
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
    markSessionDirty();
    return true;
}

void Connection::sendQueued()
{
    // One write (and one session save) for the whole run.
    const bool outerBatch = m_attempt.batchingWrites;
    m_attempt.batchingWrites = true;
    resendPendingInflight();
    while (!m_session.queued.empty() && m_state == Client::State::Connected) {
        if (transportCongested())
            break; // onBytesWritten() goes on
        OutgoingPublish &front = m_session.queued.front();
        if (front.message.qos() > 0 && quint32(m_session.inflight.size()) >= m_attempt.limits.receiveMaximum)
            break;
        if (!sendPublish(front))
            break; // no packet id free: wait for an acknowledgement
        m_session.queued.pop_front();
    }
    if (!outerBatch) {
        m_attempt.batchingWrites = false;
        flushWrites();
    }
}

void Connection::resendInflight()
{
    // MQTT 5 §4.4 / 3.1.1 §4.4: on a resumed session resend unacknowledged PUBLISH (with DUP)
    // and PUBREL packets with their original packet ids, in the original order, within the
    // new connection's limits.
    m_attempt.resendPending.clear();
    const QList<OutgoingPublish> inOrder = m_session.inflightInOrder();
    for (const OutgoingPublish &publish : inOrder)
        m_attempt.resendPending.push_back(publish.message.packetId());
    resendPendingInflight();
}

void Connection::resendPendingInflight()
{
    while (!m_attempt.resendPending.empty() && m_state == Client::State::Connected) {
        // MQTT 5 §4.9: every in-flight QoS 1/2 message counts against the Receive Maximum.
        const qsizetype resent = m_session.inflight.size() - qsizetype(m_attempt.resendPending.size());
        if (quint32(qMax<qsizetype>(0, resent)) >= m_attempt.limits.receiveMaximum)
            return;
        const quint16 id = m_attempt.resendPending.front();
        m_attempt.resendPending.pop_front();
        const auto it = m_session.inflight.find(id);
        if (it == m_session.inflight.end())
            continue;
        if (it->stage == OutgoingPublish::Stage::AwaitPubcomp) {
            qCDebug(lcMqttSession) << "Session resumed: resending PUBREL" << id;
            sendAck(PacketType::Pubrel, id);
            continue;
        }
        qCDebug(lcMqttSession) << "Session resumed: resending PUBLISH" << id << "with DUP";
        it->message.setDup(true);
        ProtocolError error;
        bool tooLarge = false;
        const QByteArray bytes = encodePublish(it->message, &error, &tooLarge);
        if (!bytes.isEmpty()) {
            writeBytes(bytes);
            continue;
        }
        // The new connection's broker accepts less than the one it was sent to.
        const OutgoingPublish failed = *it;
        m_session.inflight.erase(it);
        m_session.releasePacketId(id);
        markSessionDirty();
        const QByteArray full = Codec::encode(PublishPacket{failed.message}, m_version);
        emitPublishFailedLater(failed.token, tooLarge ? ReasonCode::PacketTooLarge : error.code,
                               tooLarge ? m_attempt.limits.packetSizeText(full.size())
                                        : tr("The message cannot be encoded: %1").arg(error.message));
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
    else if (m_attempt.connackReceived && !m_attempt.limits.fitsPacketSize(bytes.size()))
        *problem = m_attempt.limits.packetSizeText(bytes.size());
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
    if (m_attempt.connackReceived)
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
        // 3.1.1 has no No Local, Retain As Published or Retain Handling: the encoder leaves them
        // out, as before (the CLI and dialogs refuse them through validate()).
        Subscription checked = s;
        if (protocolVersion() == ProtocolVersion::V311)
            checked.options = SubscriptionOptions{s.options.maximumQos, false, false, 0};
        QString why;
        if (checked.validate(protocolVersion(), &why)) {
            if (m_attempt.connackReceived && !m_attempt.limits.sharedSubscriptionsAvailable && Topic::isSharedSubscription(s.filter))
                why = tr("the broker does not support shared subscriptions");
            else if (m_attempt.connackReceived && !m_attempt.limits.wildcardsAvailable
                     && (s.filter.contains(QLatin1Char('+')) || s.filter.contains(QLatin1Char('#'))))
                why = tr("the broker does not support wildcard subscriptions");
        }
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
        else if (Subscription::validateIdentifier(ids.first(), &why) && m_attempt.connackReceived
                 && !m_attempt.limits.subscriptionIdsAvailable)
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
