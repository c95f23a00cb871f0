// Connection, part 2: what the broker sends us. Split from connection.cpp to keep both files
// readable; the class is the same.
#include "connection_p.h"

#include "reconnectpolicy.h"

#include <QDateTime>
#include <QMetaMethod>
#include <QTimer>

namespace Mqtt {

namespace {

ProtocolError violation(ReasonCode code, const QString &message)
{
    return ProtocolError{code, message};
}

} // namespace

QString Connection::reasonDetails(const Properties &properties) const
{
    QString details;
    if (const auto text = properties.reasonString(); text && !text->isEmpty())
        details += tr(" – the broker says: \"%1\"").arg(*text);
    if (const auto server = properties.serverReference(); server && !server->isEmpty())
        details += tr(" – use the server %1 instead").arg(*server);
    return details;
}

void Connection::onBytesReceived(const QByteArray &bytes)
{
    if (m_state != Client::State::Connecting && m_state != Client::State::Connected)
        return; // closing: MQTT 5 §4.13 nothing more is processed
    static const QMetaMethod singleSignal = QMetaMethod::fromSignal(&Client::messageReceived);
    static const QMetaMethod batchSignal = QMetaMethod::fromSignal(&Client::messagesReceived);
    const bool wantSingle = q->isSignalConnected(singleSignal);
    const bool wantBatch = q->isSignalConnected(batchSignal);
    m_collectMessages = wantSingle || wantBatch;
    m_readTimestamp = QDateTime::currentMSecsSinceEpoch();
    m_attempt.receivedSincePing = true;
    m_sinceReceive.restart();

    const quint64 generation = m_generation;
    m_decoder.append(bytes);
    QList<Message> batch;
    ProtocolError error;
    // Acknowledgements for everything in this read leave as one write.
    m_attempt.batchingWrites = true;
    Packet packet;
    for (;;) {
        const StreamDecoder::Status status = m_decoder.next(&packet);
        if (status == StreamDecoder::Status::NeedMoreData)
            break;
        if (status == StreamDecoder::Status::Error) {
            error = m_decoder.error();
            if (!error.isError())
                error = violation(ReasonCode::MalformedPacket, tr("undecodable data"));
            break;
        }
        if (!handlePacket(packet, batch, &error) || generation != m_generation
            || (m_state != Client::State::Connecting && m_state != Client::State::Connected))
            break;
    }
    if (generation != m_generation)
        return; // the connection ended while handling a packet (refusal, DISCONNECT, slot)
    m_attempt.batchingWrites = false;
    flushWrites();

    // Messages decoded before an error were received correctly: deliver them first.
    if (!batch.isEmpty()) {
        if (wantSingle) {
            for (const Message &message : std::as_const(batch))
                emit q->messageReceived(message);
        }
        if (wantBatch)
            emit q->messagesReceived(batch);
    }
    if (error.isError() && generation == m_generation
        && (m_state == Client::State::Connecting || m_state == Client::State::Connected))
        protocolViolation(error);
}

bool Connection::handlePacket(Packet &packet, QList<Message> &batch, ProtocolError *error)
{
    const PacketType type = packetTypeOf(packet);
    if (!m_attempt.connackReceived && type != PacketType::Connack && !(type == PacketType::Auth && m_attempt.authenticating)) {
        *error = violation(ReasonCode::ProtocolError,
                           tr("the broker sent %1 before CONNACK (the first packet from a broker must be CONNACK, "
                              "MQTT §3.2)")
                               .arg(packetTypeName(type)));
        return false;
    }
    switch (type) {
    case PacketType::Connack:
        return handleConnack(std::get<ConnackPacket>(packet), error);
    case PacketType::Publish:
        return handlePublish(std::get<PublishPacket>(packet).message, batch, error);
    case PacketType::Puback:
    case PacketType::Pubrec:
    case PacketType::Pubrel:
    case PacketType::Pubcomp:
        return handleAck(std::get<AckPacket>(packet), error);
    case PacketType::Suback:
        return handleSuback(std::get<SubackPacket>(packet), error);
    case PacketType::Unsuback:
        return handleUnsuback(std::get<UnsubackPacket>(packet), error);
    case PacketType::Pingresp:
        if (m_attempt.pingOutstanding) {
            m_attempt.pingOutstanding = false;
            startKeepAlive();
        }
        return true;
    case PacketType::Disconnect:
        if (m_version == ProtocolVersion::V311) {
            *error = violation(ReasonCode::ProtocolError,
                               tr("the broker sent DISCONNECT, which only clients send in MQTT 3.1.1"));
            return false;
        }
        handleDisconnect(std::get<DisconnectPacket>(packet));
        return true;
    case PacketType::Auth:
        return handleAuth(std::get<AuthPacket>(packet), error);
    default:
        *error = violation(ReasonCode::ProtocolError,
                           tr("the broker sent %1, a packet only clients send").arg(packetTypeName(type)));
        return false;
    }
}

bool Connection::handleConnack(const ConnackPacket &connack, ProtocolError *error)
{
    if (m_attempt.connackReceived) {
        *error = violation(ReasonCode::ProtocolError, tr("the broker sent a second CONNACK (MQTT §3.2)"));
        return false;
    }
    m_attempt.connackReceived = true;
    m_connectTimer->stop();
    const Properties &p = connack.properties;
    if (isError(connack.reasonCode)) {
        const QString text = tr("Connection refused by the broker: %1 (%2)%3")
                                 .arg(reasonCodeText(connack.reasonCode, PacketType::Connack),
                                      reasonCodeHex(connack.reasonCode), reasonDetails(p));
        qCDebug(lcMqttConnection).noquote() << text;
        if (connack.reasonCode == ReasonCode::UnsupportedProtocolVersion && m_version == ProtocolVersion::V5) {
            // A 3.1.1-only broker (its "unacceptable protocol version", decoded as 0x84).
            if (m_options.protocolVersionFallback) {
                qCDebug(lcMqttConnection) << "The broker does not support MQTT 5: connecting again with MQTT 3.1.1";
                m_fallbackToV311 = true;
                restartAttempt();
                return true;
            }
            m_attempt.noRetryReason = tr("asking again with the same settings cannot succeed");
            beginClose(tr("Connection refused by the broker at %1: it does not support MQTT 5; use MQTT 3.1.1 "
                          "(or let the client choose the version)")
                           .arg(endpoint()),
                       true, std::nullopt);
            return true;
        }
        if (connack.reasonCode == ReasonCode::UseAnotherServer || connack.reasonCode == ReasonCode::ServerMoved) {
            QString why;
            if (redirectTo(p.serverReference().value_or(QString()), &why)) {
                qCDebug(lcMqttConnection).noquote() << "Following the broker's Server Reference to" << endpoint();
                restartAttempt();
                return true;
            }
            m_attempt.noRetryReason = why;
        } else if (!ReconnectPolicy::isRetryableRefusal(connack.reasonCode)) {
            m_attempt.noRetryReason = tr("asking again with the same settings cannot succeed");
        }
        // MQTT 5 §3.2.2.2: the broker closes the connection after a refusing CONNACK.
        beginClose(text, true, std::nullopt);
        return true;
    }
    if (m_attempt.authenticating && m_version == ProtocolVersion::V5) {
        // MQTT 5 §4.12: the CONNACK ends the exchange; the broker proves itself in its data.
        m_attempt.authenticating = false;
        QString why;
        if (p.string(PropertyId::AuthenticationMethod) != m_options.authenticator->method()) {
            *error = violation(ReasonCode::ProtocolError,
                               tr("CONNACK names another authentication method than CONNECT (MQTT 5 §3.2.2.3.17)"));
            return false;
        }
        if (!m_options.authenticator->finish(p.binary(PropertyId::AuthenticationData).value_or(QByteArray()), &why)) {
            *error = violation(ReasonCode::NotAuthorized, tr("authentication failed: %1").arg(why));
            return false;
        }
    }
    // MQTT 5 §3.2.2.1.1 / 3.1.1 §3.2.2.2: a clean start never finds a session.
    if (connack.sessionPresent && m_attempt.cleanStart) {
        *error = violation(ReasonCode::ProtocolError,
                           tr("CONNACK reports a present session although a clean start was requested (MQTT §3.2.2.2)"));
        return false;
    }
    m_keepAlive = m_options.keepAlive;
    if (m_version == ProtocolVersion::V5) {
        if (const auto id = p.assignedClientIdentifier(); id && !id->isEmpty()) {
            m_clientId = *id;
            if (m_options.clientId.isEmpty())
                m_generatedClientId = *id;
        }
        if (const auto keepAlive = p.serverKeepAlive())
            m_keepAlive = quint16(*keepAlive); // MQTT 5 §3.2.2.3.14: the broker's value wins
        if (const auto expiry = p.sessionExpiryInterval())
            m_attempt.sessionExpiryOverride = *expiry;
    }
    if (!BrokerLimits::fromConnack(p, m_version, &m_attempt.limits, error))
        return false;
    m_redirects = 0;
    m_attempt.sessionPresent = connack.sessionPresent;
    m_attempt.connackProperties = p;
    qCDebug(lcMqttConnection) << "Connected to" << endpoint() << "as" << m_clientId << "sessionPresent"
                              << m_attempt.sessionPresent << "keepAlive" << m_keepAlive << "receiveMaximum"
                              << m_attempt.limits.receiveMaximum;

    // MQTT 5 §4.1: without a session on the broker's side ours is void. What was in flight may
    // or may not have arrived; queued publishes never left and go out on the new session.
    // With automatic reconnect nothing may be lost: what was in flight goes out again as new
    // messages (at least once), except QoS 2 messages the broker already took over.
    QList<OutgoingPublish> dropped;
    QList<OutgoingPublish> completed;
    if (!m_attempt.sessionPresent) {
        if (m_options.autoReconnect)
            completed = m_session.requeueInflight();
        else
            dropped = m_session.takeInflight();
        m_session.clearIncomingQos2();
        markSessionDirty();
    }
    beginRedeliveryWindow();
    const QList<QPair<quint16, PendingRequest>> pendingRequests = m_session.requestsInOrder();
    const bool restoreSubscriptions = m_restoreSubscriptions && !m_attempt.sessionPresent;
    m_reconnectAttempt = 0;
    m_hadConnection = true;
    m_connectedSince.start();
    const quint64 generation = m_generation;
    setState(Client::State::Connected);
    if (generation != m_generation)
        return true;
    m_sinceReceive.restart();
    startKeepAlive();
    if (m_attempt.sessionPresent)
        resendInflight();
    if (restoreSubscriptions)
        resubscribe();
    sendPendingRequests(pendingRequests);
    if (generation != m_generation)
        return true;
    sendQueued();
    for (const OutgoingPublish &publish : std::as_const(completed)) {
        qCDebug(lcMqttConnection) << "Publish" << publish.token
                                  << "complete: PUBREC arrived before the broker lost the session";
        emit q->published(publish.token);
    }
    for (const OutgoingPublish &publish : std::as_const(dropped)) {
        emit q->publishFailed(publish.token, ReasonCode::UnspecifiedError,
                              tr("The broker did not resume the session, so the message may not have been "
                                 "delivered"));
    }
    if (generation != m_generation)
        return true;
    if (m_options.authenticator && m_version == ProtocolVersion::V5) {
        emit q->authenticated();
        if (generation != m_generation)
            return true;
    }
    emit q->connected(m_attempt.sessionPresent);
    return true;
}

bool Connection::handlePublish(Message &message, QList<Message> &batch, ProtocolError *error)
{
    if (m_version == ProtocolVersion::V5) {
        if (const auto alias = message.properties().topicAlias()) {
            // MQTT 5 §3.3.2.3.4: 0 and anything above the maximum we announced are invalid.
            if (*alias == 0 || *alias > m_options.topicAliasMaximum) {
                const QString text = m_options.topicAliasMaximum == 0
                    ? tr("PUBLISH uses topic alias %1, but the client allows no topic aliases (its Topic Alias "
                         "Maximum is 0, MQTT 5 §3.3.2.3.4)")
                          .arg(*alias)
                    : tr("PUBLISH uses topic alias %1, but the client allows 1 to %2 (MQTT 5 §3.3.2.3.4)")
                          .arg(*alias)
                          .arg(m_options.topicAliasMaximum);
                *error = violation(ReasonCode::TopicAliasInvalid, text);
                return false;
            }
            const quint16 key = quint16(*alias);
            if (message.topic().isEmpty()) {
                const auto it = m_attempt.incomingTopicAliases.constFind(key);
                if (it == m_attempt.incomingTopicAliases.cend()) {
                    *error = violation(ReasonCode::ProtocolError,
                                       tr("PUBLISH uses topic alias %1 before the broker defined it (MQTT 5 §3.3.2.3.4)")
                                           .arg(key));
                    return false;
                }
                message.setTopic(*it);
            } else {
                m_attempt.incomingTopicAliases.insert(key, message.topic());
            }
            message.properties().remove(PropertyId::TopicAlias);
        }
    }
    // The decoder already refused wildcards, bad UTF-8 and U+0000 in topic names.
    if (message.topic().isEmpty()) {
        *error = violation(ReasonCode::ProtocolError, tr("PUBLISH without a topic name or topic alias (MQTT §4.7.3)"));
        return false;
    }
    message.setTimestamp(m_readTimestamp);
    const quint16 id = message.packetId();
    if (!message.dup() && m_redeliveryWindow) {
        m_redeliveryWindow = false; // the broker has moved on to new messages
        m_session.completedQos2Before.clear();
    }
    switch (message.qos()) {
    case 0:
        break;
    case 1: {
        sendAck(PacketType::Puback, id);
        break;
    }
    default: {
        // MQTT 5 §4.3.3 method B: deliver on PUBLISH, remember the id until PUBREL, and answer
        // a repeated PUBLISH with the same id by PUBREC only.
        if (m_session.incomingQos2.contains(id)) {
            qCDebug(lcMqttConnection) << "QoS 2 PUBLISH" << id << "already delivered; not delivering it again";
            sendAck(PacketType::Pubrec, id);
            return true;
        }
        size_t fingerprint = 0;
        if (isBrokerRedelivery(message, &fingerprint)) {
            // Completed before the reconnect: go through the handshake again, deliver nothing.
            m_session.incomingQos2.insert(id);
            m_session.incomingQos2Fingerprints.insert(id, fingerprint);
            markSessionDirty();
            sendAck(PacketType::Pubrec, id);
            return true;
        }
        if (m_version == ProtocolVersion::V5 && quint32(m_session.incomingQos2.size()) >= m_options.receiveMaximum) {
            *error = violation(ReasonCode::ReceiveMaximumExceeded,
                               tr("the broker sent more than %1 unacknowledged QoS 2 messages, our Receive Maximum "
                                  "(MQTT 5 §3.3.4)")
                                   .arg(m_options.receiveMaximum));
            return false;
        }
        m_session.incomingQos2.insert(id);
        markSessionDirty();
        if (m_options.suppressQos2Redelivery)
            m_session.incomingQos2Fingerprints.insert(id, fingerprint);
        sendAck(PacketType::Pubrec, id);
        break;
    }
    }
    if (m_collectMessages)
        batch.append(message);
    return true;
}

bool Connection::handleAck(const AckPacket &ack, ProtocolError *error)
{
    const quint16 id = ack.packetId;
    const QString name = packetTypeName(ack.type);
    const bool v5 = m_version == ProtocolVersion::V5;

    if (ack.type == PacketType::Pubrel) {
        ReasonCode reason = ReasonCode::Success;
        if (!m_session.incomingQos2.remove(id)) {
            // MQTT 5 §3.7.2.1: not an error during recovery; say so in the reason code.
            qCDebug(lcMqttConnection) << "PUBREL for unknown packet id" << id;
            reason = ReasonCode::PacketIdentifierNotFound;
        } else {
            incomingQos2Released(id);
            markSessionDirty();
        }
        sendAck(PacketType::Pubcomp, id, reason);
        return true;
    }

    auto it = m_session.inflight.find(id);
    const OutgoingPublish::Stage expected = ack.type == PacketType::Puback ? OutgoingPublish::Stage::AwaitPuback
        : ack.type == PacketType::Pubrec                                   ? OutgoingPublish::Stage::AwaitPubrec
                                                                           : OutgoingPublish::Stage::AwaitPubcomp;
    if (ack.type == PacketType::Pubrec && it != m_session.inflight.end()
        && it->stage == OutgoingPublish::Stage::AwaitPubcomp) {
        // A repeated PUBREC: our PUBREL may have been lost.
        sendAck(PacketType::Pubrel, id);
        return true;
    }
    if (it == m_session.inflight.end() || it->stage != expected) {
        if (ack.type == PacketType::Pubrec && it == m_session.inflight.end()) {
            // MQTT 5 §4.3.3: answer with PUBREL so the broker can finish its side.
            sendAck(PacketType::Pubrel, id, ReasonCode::PacketIdentifierNotFound);
            return true;
        }
        if (!v5 && it == m_session.inflight.end()) {
            qCDebug(lcMqttConnection) << name << "for unknown packet id" << id << "ignored";
            return true;
        }
        *error = violation(ReasonCode::ProtocolError,
                           it == m_session.inflight.end()
                               ? tr("the broker sent %1 for packet id %2, which has no message in flight").arg(name).arg(id)
                               : tr("the broker sent %1 for packet id %2, which does not match the QoS of that message")
                                     .arg(name)
                                     .arg(id));
        return false;
    }

    if (ack.type == PacketType::Pubrec && !isError(ack.reasonCode)) {
        it->stage = OutgoingPublish::Stage::AwaitPubcomp;
        markSessionDirty();
        sendAck(PacketType::Pubrel, id);
        return true;
    }

    // PUBACK, PUBCOMP, or a PUBREC with an error code (MQTT 5 §4.3.3: that ends the exchange).
    const OutgoingPublish publish = *it;
    m_session.inflight.erase(it);
    m_session.releasePacketId(id);
    markSessionDirty();
    const quint64 generation = m_generation;
    if (isError(ack.reasonCode)) {
        const QString text = tr("The broker did not accept the message: %1 (%2)%3")
                                 .arg(reasonCodeText(ack.reasonCode, ack.type), reasonCodeHex(ack.reasonCode),
                                      reasonDetails(ack.properties));
        qCDebug(lcMqttConnection) << "Publish" << publish.token << "failed:" << text;
        emit q->publishFailed(publish.token, ack.reasonCode, text);
    } else {
        emit q->published(publish.token, ack.reasonCode);
    }
    if (generation == m_generation)
        sendQueued();
    return true;
}

bool Connection::handleSuback(const SubackPacket &suback, ProtocolError *error)
{
    const auto it = m_session.requests.find(suback.packetId);
    if (it == m_session.requests.end() || it->type != PacketType::Subscribe) {
        *error = violation(ReasonCode::ProtocolError,
                           tr("the broker sent SUBACK for packet id %1, which is not a pending SUBSCRIBE")
                               .arg(suback.packetId));
        return false;
    }
    if (suback.reasonCodes.size() != it->subscriptions.size()) {
        *error = violation(ReasonCode::ProtocolError,
                           tr("SUBACK carries %1 results for %2 topic filters (MQTT §3.9.3)")
                               .arg(suback.reasonCodes.size())
                               .arg(it->subscriptions.size()));
        return false;
    }
    const PendingRequest request = *it;
    m_session.requests.erase(it);
    m_session.releasePacketId(suback.packetId);
    if (request.resubscribe) {
        handleResubscribeResult(request, suback.reasonCodes, suback.properties);
        return true;
    }
    for (qsizetype i = 0; i < request.subscriptions.size(); ++i) {
        const ReasonCode result = suback.reasonCodes.at(i);
        if (isError(result)) {
            qCDebug(lcMqttConnection).noquote()
                << "Subscription to" << request.subscriptions.at(i).filter << "refused:"
                << reasonCodeText(result, PacketType::Suback) << reasonDetails(suback.properties);
            continue;
        }
        Subscription granted = request.subscriptions.at(i);
        granted.options.maximumQos = quint8(result);
        m_session.rememberSubscription(granted, request.subscriptions.at(i).options.maximumQos, request.properties);
    }
    emit q->subscribed(request.token, suback.reasonCodes);
    return true;
}

bool Connection::handleUnsuback(const UnsubackPacket &unsuback, ProtocolError *error)
{
    const auto it = m_session.requests.find(unsuback.packetId);
    if (it == m_session.requests.end() || it->type != PacketType::Unsubscribe) {
        *error = violation(ReasonCode::ProtocolError,
                           tr("the broker sent UNSUBACK for packet id %1, which is not a pending UNSUBSCRIBE")
                               .arg(unsuback.packetId));
        return false;
    }
    QList<ReasonCode> results = unsuback.reasonCodes;
    if (m_version == ProtocolVersion::V311) {
        results = QList<ReasonCode>(it->filters.size(), ReasonCode::Success); // 3.1.1 has no per-filter result
    } else if (results.size() != it->filters.size()) {
        *error = violation(ReasonCode::ProtocolError,
                           tr("UNSUBACK carries %1 results for %2 topic filters (MQTT 5 §3.11.3)")
                               .arg(results.size())
                               .arg(it->filters.size()));
        return false;
    }
    const PendingRequest request = *it;
    m_session.requests.erase(it);
    m_session.releasePacketId(unsuback.packetId);
    for (qsizetype i = 0; i < request.filters.size(); ++i) {
        if (!isError(results.at(i)))
            m_session.forgetSubscription(request.filters.at(i));
    }
    emit q->unsubscribed(request.token, results);
    return true;
}

bool Connection::handleAuth(const AuthPacket &auth, ProtocolError *error)
{
    if (!m_options.authenticator || m_version != ProtocolVersion::V5) {
        *error = violation(ReasonCode::ProtocolError,
                           tr("the broker sent AUTH, but no authentication method was requested (MQTT 5 §4.12)"));
        return false;
    }
    if (auth.properties.string(PropertyId::AuthenticationMethod) != m_options.authenticator->method()) {
        *error = violation(ReasonCode::ProtocolError,
                           tr("AUTH names another authentication method than ours (MQTT 5 §4.12)"));
        return false;
    }
    if (!m_attempt.authenticating) {
        *error = violation(ReasonCode::ProtocolError, tr("the broker sent AUTH outside an authentication exchange"));
        return false;
    }
    const QByteArray data = auth.properties.binary(PropertyId::AuthenticationData).value_or(QByteArray());
    QString why;
    switch (auth.reasonCode) {
    case ReasonCode::ContinueAuthentication: {
        QByteArray response;
        if (!m_options.authenticator->respond(data, &response, &why)) {
            *error = violation(ReasonCode::NotAuthorized, tr("authentication failed: %1").arg(why));
            return false;
        }
        sendAuth(ReasonCode::ContinueAuthentication, response);
        return true;
    }
    case ReasonCode::Success:
        // The end of a re-authentication (§4.12.1); at connect time the CONNACK ends it.
        if (!m_attempt.connackReceived) {
            *error = violation(ReasonCode::ProtocolError, tr("AUTH with Success before CONNACK (MQTT 5 §4.12)"));
            return false;
        }
        m_attempt.authenticating = false;
        if (!m_options.authenticator->finish(data, &why)) {
            *error = violation(ReasonCode::NotAuthorized, tr("re-authentication failed: %1").arg(why));
            return false;
        }
        emit q->authenticated();
        return true;
    default:
        *error = violation(ReasonCode::ProtocolError,
                           tr("the broker sent AUTH with reason code %1 (MQTT 5 §3.15.2.1)").arg(reasonCodeHex(auth.reasonCode)));
        return false;
    }
}

void Connection::sendAuth(ReasonCode reason, const QByteArray &data)
{
    AuthPacket auth;
    auth.reasonCode = reason;
    auth.properties.setValue(PropertyId::AuthenticationMethod, m_options.authenticator->method());
    if (!data.isEmpty())
        auth.properties.setValue(PropertyId::AuthenticationData, data);
    sendPacket(auth);
    flushWrites();
}

bool Connection::reauthenticate()
{
    if (m_state != Client::State::Connected || m_version != ProtocolVersion::V5 || !m_options.authenticator
        || m_attempt.authenticating)
        return false;
    m_attempt.authenticating = true;
    sendAuth(ReasonCode::ReAuthenticate, m_options.authenticator->start());
    return true;
}

void Connection::handleDisconnect(const DisconnectPacket &disconnect)
{
    // MQTT 5 §3.14: the broker is closing; we send nothing more.
    const QString text = tr("The broker closed the connection: %1 (%2)%3")
                             .arg(reasonCodeText(disconnect.reasonCode, PacketType::Disconnect),
                                  reasonCodeHex(disconnect.reasonCode), reasonDetails(disconnect.properties));
    qCDebug(lcMqttConnection).noquote() << text;
    if (disconnect.reasonCode == ReasonCode::SessionTakenOver) {
        m_attempt.noRetryReason = tr("another client connected with the same client identifier, and reconnecting would "
                             "take the session back from it");
    } else if (disconnect.reasonCode == ReasonCode::UseAnotherServer || disconnect.reasonCode == ReasonCode::ServerMoved) {
        // With automatic reconnect, the reconnect goes to the server named (at once).
        QString why;
        if (m_options.autoReconnect) {
            if (redirectTo(disconnect.properties.serverReference().value_or(QString()), &why))
                m_attempt.reconnectAtOnce = true;
            else
                m_attempt.noRetryReason = why;
        }
    } else if (disconnect.reasonCode == ReasonCode::ProtocolError) {
        // The broker found our packets wrong; asking again soon would only repeat that.
        m_attempt.maximumBackoff = true;
    } else if (!ReconnectPolicy::isRetryableDisconnect(disconnect.reasonCode)) {
        m_attempt.noRetryReason = tr("the broker would refuse the connection again");
    }
    beginClose(text, isError(disconnect.reasonCode), std::nullopt);
}

} // namespace Mqtt
