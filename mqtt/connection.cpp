#include "connection_p.h"

#include "sessionfile_p.h"
#include "tcptransport.h"
#include "topic.h"

#include <QMetaMethod>
#include <QRandomGenerator>
#include <QTimer>

// Debug output is off unless QT_LOGGING_RULES="mqttscope.connection.debug=true".

namespace Mqtt {

namespace {

constexpr quint32 ProtocolMaximumPacketSize = 268435460; // MQTT §2.2.3: 1 + 4 + 268,435,455
constexpr int CloseGuardMs = 3000;

QString generateClientId()
{
    // 23 characters of [0-9a-zA-Z]: what [MQTT-3.1.3-5] obliges every broker to accept.
    quint8 bytes[7];
    for (quint8 &b : bytes)
        b = quint8(QRandomGenerator::global()->bounded(256));
    return QStringLiteral("mqttscope")
        + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toHex());
}

} // namespace

QString reasonCodeHex(ReasonCode code)
{
    return QStringLiteral("0x%1").arg(QString::number(quint8(code), 16).toUpper().rightJustified(2, QLatin1Char('0')));
}

Connection::Connection(Client *client)
    : q(client),
      m_keepAliveTimer(new QTimer(client)),
      m_connectTimer(new QTimer(client)),
      m_closeGuardTimer(new QTimer(client)),
      m_reconnectTimer(new QTimer(client))
{
    m_keepAliveTimer->setSingleShot(true);
    m_connectTimer->setSingleShot(true);
    m_closeGuardTimer->setSingleShot(true);
    m_reconnectTimer->setSingleShot(true);
    m_statusText = tr("Disconnected");
    QObject::connect(m_reconnectTimer, &QTimer::timeout, q, [this] { onReconnectTimer(); });
    QObject::connect(m_keepAliveTimer, &QTimer::timeout, q, [this] { onKeepAliveTimer(); });
    QObject::connect(m_connectTimer, &QTimer::timeout, q, [this] {
        if (m_state != Client::State::Connecting)
            return;
        const int seconds = qMax(1, m_options.connectTimeoutMs / 1000);
        const QString reason = m_attempt.transportOpened
            ? tr("The broker at %1 did not answer CONNECT within %2 s").arg(endpoint()).arg(seconds)
            : tr("Timed out after %1 s connecting to %2").arg(seconds).arg(endpoint());
        finish(reason, true);
    });
    QObject::connect(m_closeGuardTimer, &QTimer::timeout, q, [this] {
        // The transport did not report its close in time; stop waiting for it.
        if (m_state == Client::State::Disconnecting)
            finish(m_attempt.closeReason, m_attempt.closeIsError);
    });
}

Connection::~Connection()
{
    saveSessionIfDirty();
    if (m_transport) {
        QObject::disconnect(m_transport, nullptr, q, nullptr);
        delete m_transport.data();
    }
}

void Connection::setTransport(Transport *transport)
{
    if (transport == m_transport)
        return;
    if (!isIdle()) {
        m_attempt.closeRequested = true;
        finish(tr("The transport was replaced while connected"), true);
    }
    if (m_transport) {
        QObject::disconnect(m_transport, nullptr, q, nullptr);
        m_transport->abort();
        m_transport->deleteLater(); // we may be inside one of its signals
    }
    m_transport = transport;
    m_defaultTransport = false;
    if (!transport)
        return;
    transport->setParent(q);
    QObject::connect(transport, &Transport::opened, q, [this] { onOpened(); });
    QObject::connect(transport, &Transport::bytesReceived, q, [this](const QByteArray &bytes) { onBytesReceived(bytes); });
    QObject::connect(transport, &Transport::errorOccurred, q, [this](const QString &message) { onTransportError(message); });
    QObject::connect(transport, &Transport::closed, q, [this] { onClosed(); });
    QObject::connect(transport, &Transport::bytesWritten, q, [this] { onBytesWritten(); });
}

QString Connection::endpoint() const
{
    return m_transport ? m_transport->endpoint() : QStringLiteral("%1:%2").arg(m_options.host).arg(m_options.port);
}

void Connection::setState(Client::State state)
{
    if (m_state == state)
        return;
    m_state = state;
    switch (state) {
    case Client::State::Connecting:
        m_statusText = connectingText();
        break;
    case Client::State::Connected:
        m_statusText = m_attempt.sessionPresent ? tr("Connected to %1 (session resumed)").arg(endpoint())
                                        : tr("Connected to %1").arg(endpoint());
        break;
    case Client::State::Disconnecting:
        m_statusText = tr("Disconnecting from %1…").arg(endpoint());
        break;
    case Client::State::Disconnected:
    case Client::State::Reconnecting:
        break; // set by whoever knows why
    }
    emit q->stateChanged(state);
}

int Connection::nextToken()
{
    if (m_lastToken == std::numeric_limits<int>::max())
        m_lastToken = 0;
    return ++m_lastToken;
}

// ---------------------------------------------------------------------------------------------
// Connecting and disconnecting

void Connection::connectToHost()
{
    if (m_state == Client::State::Reconnecting) {
        // "Reconnect now": the attempt counts as the scheduled one.
        m_reconnectTimer->stop();
        startConnecting();
        return;
    }
    if (m_state != Client::State::Disconnected) {
        emit q->errorOccurred(tr("Already connected or connecting to %1").arg(endpoint()));
        return;
    }
    // A fresh start by the user: reconnecting (if enabled) begins after this connection works.
    m_hadConnection = false;
    m_reconnectAttempt = 0;
    m_backoffStep = 0;
    m_connectedSince.invalidate();
    m_restoreSubscriptions = false;
    m_fallbackToV311 = false;
    m_redirects = 0;
    m_redirectHost.clear();
    m_redirectPort = 0;
    restoreSession();
    startConnecting();
}

void Connection::restoreSession()
{
    const bool outlives = !m_options.cleanStart
        || (m_options.version == ProtocolVersion::V5 && m_options.sessionExpiry > 0);
    m_sessionFilePath.clear();
    if (m_options.sessionStateDirectory.isEmpty() || m_options.clientId.isEmpty() || !outlives)
        return;
    m_sessionFilePath = SessionFile::path(m_options.sessionStateDirectory, m_options.clientId);
    if (!m_session.inflight.isEmpty() || !m_session.queued.empty())
        return; // this Client's own state is newer than any file
    QString error;
    if (!SessionFile::load(m_sessionFilePath, &m_session, &error)) {
        emit q->errorOccurred(tr("Cannot restore the saved session: %1").arg(error));
        return;
    }
    QList<int> tokens;
    for (OutgoingPublish &publish : m_session.inflight) {
        publish.token = nextToken();
        tokens.append(publish.token);
    }
    for (OutgoingPublish &publish : m_session.queued) {
        publish.token = nextToken();
        tokens.append(publish.token);
    }
    qCDebug(lcMqttSession) << "Restored" << m_session.inflight.size() << "in-flight and" << m_session.queued.size()
                              << "queued publishes from" << m_sessionFilePath;
    if (!tokens.isEmpty())
        emit q->sessionRestored(tokens);
}

void Connection::markSessionDirty()
{
    if (m_sessionFilePath.isEmpty())
        return;
    m_sessionDirty = true;
    if (m_sessionSaveScheduled)
        return;
    m_sessionSaveScheduled = true;
    QMetaObject::invokeMethod(
        q,
        [this] {
            m_sessionSaveScheduled = false;
            saveSessionIfDirty();
        },
        Qt::QueuedConnection);
}

void Connection::saveSessionIfDirty()
{
    if (!m_sessionDirty || m_sessionFilePath.isEmpty())
        return;
    m_sessionDirty = false;
    QString error;
    if (!SessionFile::save(m_sessionFilePath, m_session, &error))
        qCWarning(lcMqttConnection).noquote() << "Cannot save the session:" << error;
}

void Connection::startConnecting()
{
    // MQTT 5 §3.1.2.4: a clean start would discard the session the broker keeps for us after
    // the drop (Session Expiry > 0), so an automatic reconnect asks to resume it. (3.1.1: a
    // clean session never outlives its connection, so there is nothing to resume.)
    const bool resumeSession = m_reconnectAttempt > 0 && m_hadConnection && m_version == ProtocolVersion::V5
        && protocolVersion() == ProtocolVersion::V5 && sessionOutlivesConnection();
    if (!m_transport || m_defaultTransport) {
        if (!m_transport) {
            setTransport(new TcpTransport(m_options.host, m_options.port));
            m_defaultTransport = true;
        }
        auto *tcp = static_cast<TcpTransport *>(m_transport.data());
        tcp->setHost(m_redirectHost.isEmpty() ? m_options.host : m_redirectHost);
        tcp->setPort(m_redirectHost.isEmpty() || m_redirectPort == 0 ? m_options.port : m_redirectPort);
    }

    ++m_generation;
    m_version = protocolVersion();
    m_attempt = {};
    m_decoder.reset();
    m_decoder.setProtocolVersion(m_version);
    m_decoder.setMaximumPacketSize(m_version == ProtocolVersion::V5 && m_options.maximumPacketSize > 0
                                       ? m_options.maximumPacketSize
                                       : ProtocolMaximumPacketSize);

    QString problem;
    if (!m_options.clientId.isEmpty()) {
        m_clientId = m_options.clientId;
    } else if (!m_options.cleanStart || (m_version == ProtocolVersion::V5 && m_options.sessionExpiry > 0)) {
        // A made-up id would create a session on the broker that nobody can ever resume.
        problem = tr("a session that outlives the connection (clean start off or a session expiry) needs a client "
                     "identifier: give one");
    } else if (!m_generatedClientId.isEmpty()) {
        // Generated or assigned earlier: kept for the Client's lifetime.
        m_clientId = m_generatedClientId;
    } else if (m_version == ProtocolVersion::V5) {
        // MQTT 5 §3.1.3.1: the broker assigns one and tells us in CONNACK.
        m_clientId.clear();
    } else {
        m_generatedClientId = generateClientId();
        m_clientId = m_generatedClientId;
    }

    setState(Client::State::Connecting);

    ConnectPacket connect;
    connect.version = m_version;
    connect.clientId = m_clientId;
    m_attempt.cleanStart = m_options.cleanStart && !resumeSession;
    connect.cleanStart = m_attempt.cleanStart;
    connect.keepAlive = m_options.keepAlive;
    connect.username = m_options.username;
    connect.password = m_options.password;
    connect.will = m_options.will;
    if (m_version == ProtocolVersion::V311 && connect.password && !connect.username)
        problem = tr("MQTT 3.1.1 does not allow a password without a user name (§3.1.2.9)");
    if (connect.will) {
        QString why;
        if (connect.will->qos > 2)
            problem = tr("the Last Will QoS must be 0, 1 or 2, not %1").arg(connect.will->qos);
        else if (!Topic::isValidTopicName(connect.will->topic, &why))
            problem = tr("the Last Will topic \"%1\" is invalid: %2").arg(connect.will->topic, why);
    }
    if (m_version == ProtocolVersion::V5) {
        Properties &p = connect.properties;
        if (m_options.sessionExpiry > 0)
            p.setValue(PropertyId::SessionExpiryInterval, quint32(m_options.sessionExpiry));
        if (m_options.receiveMaximum == 0)
            problem = tr("Receive Maximum must be between 1 and 65,535 (MQTT 5 §3.1.2.11.3)");
        else if (m_options.receiveMaximum != 65535)
            p.setValue(PropertyId::ReceiveMaximum, quint32(m_options.receiveMaximum));
        if (m_options.maximumPacketSize > 0)
            p.setValue(PropertyId::MaximumPacketSize, quint32(m_options.maximumPacketSize));
        if (m_options.topicAliasMaximum > 0)
            p.setValue(PropertyId::TopicAliasMaximum, quint32(m_options.topicAliasMaximum));
        if (!m_options.requestProblemInformation)
            p.setValue(PropertyId::RequestProblemInformation, quint32(0));
        if (m_options.requestResponseInformation)
            p.setValue(PropertyId::RequestResponseInformation, quint32(1));
        if (!m_options.userProperties.isEmpty())
            p.setUserProperties(m_options.userProperties);
        m_attempt.authenticating = false;
        if (m_options.authenticator) {
            // MQTT 5 §4.12: the exchange starts with the CONNECT.
            p.setValue(PropertyId::AuthenticationMethod, m_options.authenticator->method());
            const QByteArray data = m_options.authenticator->start();
            if (!data.isEmpty())
                p.setValue(PropertyId::AuthenticationData, data);
            m_attempt.authenticating = true;
        }
    }
    if (problem.isEmpty()) {
        ProtocolError error;
        m_connectBytes = Codec::encode(connect, m_version, &error);
        if (m_connectBytes.isEmpty())
            problem = error.message.isEmpty() ? tr("the CONNECT packet could not be encoded") : error.message;
    }
    if (!problem.isEmpty()) {
        m_attempt.noRetryReason = tr("the connection settings are invalid");
        finish(tr("Cannot connect to %1: %2").arg(endpoint(), problem), true);
        return;
    }

    qCDebug(lcMqttConnection) << "Connecting to" << endpoint() << "as" << m_clientId << "MQTT"
                              << (m_version == ProtocolVersion::V5 ? "5.0" : "3.1.1")
                              << "cleanStart" << m_attempt.cleanStart << "keepAlive" << m_options.keepAlive;
    if (m_options.connectTimeoutMs > 0)
        m_connectTimer->start(m_options.connectTimeoutMs);
    m_transport->open();
}

void Connection::onOpened()
{
    if (m_state != Client::State::Connecting || m_attempt.transportOpened)
        return;
    m_attempt.transportOpened = true;
    qCDebug(lcMqttConnection) << "Transport open, sending CONNECT to" << endpoint();
    writeBytes(m_connectBytes);
}

void Connection::disconnectFromHost(ReasonCode reason, const Properties &properties)
{
    if (m_state == Client::State::Reconnecting) {
        cancelReconnect();
        return;
    }
    if (m_state == Client::State::Disconnected || m_state == Client::State::Disconnecting)
        return;
    m_attempt.closeRequested = true;
    if (!m_attempt.connackReceived) {
        // Nothing was agreed yet, so there is nothing to end politely.
        finish(QString(), false);
        return;
    }
    Properties sent = properties;
    if (m_version == ProtocolVersion::V5) {
        // MQTT 5 §3.14.2.2.2: the DISCONNECT may change the session expiry, but not from 0 to
        // something else (that would be a protocol error, so we leave it out).
        if (const auto expiry = sent.sessionExpiryInterval()) {
            if (m_attempt.sessionExpiryOverride.value_or(m_options.sessionExpiry) == 0 && *expiry != 0) {
                qCWarning(lcMqttConnection) << "Not sending Session Expiry Interval" << *expiry
                                            << "in DISCONNECT: the session was opened with expiry 0";
                sent.remove(PropertyId::SessionExpiryInterval);
            } else {
                m_attempt.sessionExpiryOverride = *expiry;
            }
        }
    }
    qCDebug(lcMqttConnection) << "Disconnecting from" << endpoint() << "reason" << reasonCodeHex(reason);
    beginClose(QString(), false, reason, sent);
}

void Connection::abortConnection()
{
    if (m_state == Client::State::Reconnecting) {
        cancelReconnect();
        return;
    }
    if (m_state == Client::State::Disconnected)
        return;
    m_attempt.closeRequested = true;
    qCDebug(lcMqttConnection) << "Aborting the connection to" << endpoint();
    finish(QString(), false);
}

void Connection::beginClose(const QString &reason, bool isError, std::optional<ReasonCode> disconnectReason,
                            const Properties &disconnectProperties)
{
    if (isIdle() || m_state == Client::State::Disconnecting)
        return;
    if (disconnectReason && m_transport && m_transport->isOpen()) {
        DisconnectPacket disconnect;
        disconnect.reasonCode = *disconnectReason;
        if (m_version == ProtocolVersion::V5)
            disconnect.properties = disconnectProperties;
        sendPacket(disconnect);
    }
    flushWrites();
    m_attempt.closeReason = reason;
    m_attempt.closeIsError = isError;
    m_keepAliveTimer->stop();
    m_connectTimer->stop();
    const quint64 generation = m_generation;
    setState(Client::State::Disconnecting);
    if (generation != m_generation || !m_transport)
        return;
    m_closeGuardTimer->start(CloseGuardMs);
    m_transport->close(); // closed() finishes
}

void Connection::onTransportError(const QString &message)
{
    if (isIdle())
        return;
    if (m_attempt.transportError.isEmpty())
        m_attempt.transportError = message;
}

void Connection::onClosed()
{
    if (isIdle())
        return;
    QString reason;
    bool isError = true;
    if (m_state == Client::State::Disconnecting) {
        reason = m_attempt.closeReason;
        isError = m_attempt.closeIsError;
    } else if (m_attempt.transportOpened && !m_attempt.connackReceived && m_version == ProtocolVersion::V5
               && m_options.protocolVersionFallback) {
        // Some 3.1.1-only brokers close (or reset) instead of answering an MQTT 5 CONNECT.
        qCDebug(lcMqttConnection) << "The broker closed before CONNACK: trying MQTT 3.1.1";
        m_fallbackToV311 = true;
        restartAttempt();
        return;
    } else if (!m_attempt.transportError.isEmpty()) {
        reason = m_attempt.transportError;
    } else if (!m_attempt.transportOpened) {
        reason = tr("Could not connect to %1").arg(endpoint());
    } else if (!m_attempt.connackReceived) {
        reason = tr("The broker at %1 closed the connection before answering CONNECT").arg(endpoint());
    } else {
        reason = tr("The broker at %1 closed the connection without sending DISCONNECT").arg(endpoint());
    }
    finish(reason, isError);
}

bool Connection::sessionOutlivesConnection() const
{
    if (m_version == ProtocolVersion::V311)
        return !m_options.cleanStart; // §3.1.2.4: clean session ends the session with the connection
    return m_attempt.sessionExpiryOverride.value_or(m_options.sessionExpiry) > 0; // MQTT 5 §3.1.2.11.2
}

void Connection::finish(const QString &reason, bool isError)
{
    if (isIdle())
        return;
    ++m_generation;
    QString whyNotReconnecting;
    const bool reconnect = shouldReconnect(&whyNotReconnecting);
    const Client::State previous = m_state;
    // Set before aborting, so the closed() that abort() emits is recognised as ours.
    m_state = reconnect ? Client::State::Reconnecting : Client::State::Disconnected;
    m_keepAliveTimer->stop();
    m_connectTimer->stop();
    m_closeGuardTimer->stop();
    m_attempt.pingOutstanding = false;
    m_attempt.batchingWrites = false;
    m_attempt.writeBuffer.clear();
    m_attempt.connackReceived = false; // what is published or subscribed from now on waits for the next CONNACK
    if (m_transport)
        m_transport->abort();

    qCDebug(lcMqttConnection) << "Disconnected from" << endpoint() << (reason.isEmpty() ? QStringLiteral("(requested)") : reason)
                              << (reconnect ? "- reconnecting" : "");
    const quint64 generation = m_generation;
    m_state = previous; // so that setState() reports the change
    if (reconnect) {
        scheduleReconnect(reason, isError, generation);
        return;
    }

    QList<PendingRequest> failedRequests;
    QList<OutgoingPublish> failedPublishes;
    takeFailures(&failedRequests, &failedPublishes);
    m_statusText = disconnectedText(reason, whyNotReconnecting);
    setState(Client::State::Disconnected);
    emitFailures(failedRequests, failedPublishes);
    if (generation != m_generation)
        return; // a slot reconnected already
    if (isError && !reason.isEmpty())
        emit q->errorOccurred(reason);
    if (generation != m_generation)
        return;
    emit q->disconnected(reason);
}

void Connection::takeFailures(QList<PendingRequest> *requests, QList<OutgoingPublish> *publishes)
{
    for (auto it = m_session.requests.cbegin(); it != m_session.requests.cend(); ++it) {
        m_session.releasePacketId(it.key());
        if (!it->resubscribe)
            requests->append(it.value());
    }
    m_session.requests.clear();
    if (!sessionOutlivesConnection()) {
        *publishes = m_session.clear();
        markSessionDirty();
    }
}

bool Connection::emitFailures(const QList<PendingRequest> &requests, const QList<OutgoingPublish> &publishes)
{
    // Every token gets its answer, even when a slot started a new connection meanwhile.
    const quint64 generation = m_generation;
    for (const PendingRequest &request : requests) {
        // The broker may or may not have acted on it; there is no answer to report.
        const int count = request.type == PacketType::Subscribe ? request.subscriptions.size() : request.filters.size();
        const QList<ReasonCode> results(count, ReasonCode::UnspecifiedError);
        if (request.type == PacketType::Subscribe)
            emit q->subscribed(request.token, results);
        else
            emit q->unsubscribed(request.token, results);
    }
    for (const OutgoingPublish &publish : publishes) {
        const QString text = publish.stage == OutgoingPublish::Stage::Queued
            ? tr("The connection closed before the message could be sent")
            : tr("The connection closed before the broker acknowledged the message, and the session ended with it");
        emit q->publishFailed(publish.token, ReasonCode::UnspecifiedError, text);
    }
    return generation == m_generation;
}

void Connection::protocolViolation(const ProtocolError &error)
{
    const QString text = tr("Protocol error on the connection to %1: %2 (%3, %4)")
                             .arg(endpoint(), error.message, reasonCodeText(error.code, PacketType::Disconnect),
                                  reasonCodeHex(error.code));
    qCWarning(lcMqttConnection).noquote() << text;
    // MQTT 5 §4.13.1: tell the broker why before closing; 3.1.1 just closes (§4.8).
    std::optional<ReasonCode> disconnectReason;
    if (m_version == ProtocolVersion::V5)
        disconnectReason = error.code;
    beginClose(text, true, disconnectReason);
}

// ---------------------------------------------------------------------------------------------
// Keep alive

void Connection::startKeepAlive()
{
    m_attempt.pingOutstanding = false;
    if (m_keepAlive == 0) {
        m_keepAliveTimer->stop();
        return;
    }
    const qint64 interval = qint64(m_keepAlive) * 1000;
    const qint64 idle = qMax(m_sinceSend.elapsed(), m_sinceReceive.elapsed());
    m_keepAliveTimer->start(int(qMax<qint64>(0, interval - idle)));
}

void Connection::onKeepAliveTimer()
{
    if (m_state != Client::State::Connected || m_keepAlive == 0)
        return;
    const qint64 interval = qint64(m_keepAlive) * 1000;
    // How long a PINGRESP may take. Generous for long keep alives, quick for short ones.
    const int pingTimeout = int(qMin<qint64>(interval, 30000));
    if (m_attempt.pingOutstanding) {
        if (m_attempt.receivedSincePing) {
            // The broker is still sending: the PINGRESP is queued behind its data.
            m_attempt.receivedSincePing = false;
            m_keepAliveTimer->start(pingTimeout);
            return;
        }
        if (m_attempt.pingBehindWrite && m_attempt.writeProgressSincePing && m_transport && m_transport->bytesToWrite() > 0) {
            // Our PINGREQ waits behind a large write that is still draining: the connection
            // is alive, only slow. Wait on while it makes progress.
            m_attempt.writeProgressSincePing = false;
            m_keepAliveTimer->start(pingTimeout);
            return;
        }
        finish(tr("The broker at %1 did not answer PINGREQ within %2 s: the connection is considered dead "
                  "(keep alive %3 s)")
                   .arg(endpoint())
                   .arg(pingTimeout / 1000.0)
                   .arg(m_keepAlive),
               true);
        return;
    }
    // MQTT §3.1.2.10: some packet must go out within each keep-alive interval. A PINGREQ also
    // goes out when nothing arrived for an interval, so that a peer that died while we keep
    // sending is noticed by its missing PINGRESP (as libmosquitto and Paho do). Timers may fire
    // a little early, so anything within the last tenth of the interval counts as due.
    const qint64 idle = qMax(m_sinceSend.elapsed(), m_sinceReceive.elapsed());
    if (idle + interval / 10 >= interval) {
        qCDebug(lcMqttKeepAlive) << "Keep alive: PINGREQ to" << endpoint();
        sendPacket(PingreqPacket());
        flushWrites();
        m_attempt.pingOutstanding = true;
        m_attempt.receivedSincePing = false;
        m_attempt.writeProgressSincePing = false;
        m_attempt.pingBehindWrite = m_transport && m_transport->bytesToWrite() > 2; // PINGREQ is 2 bytes
        m_keepAliveTimer->start(pingTimeout);
    } else {
        m_keepAliveTimer->start(int(interval - idle));
    }
}

// ---------------------------------------------------------------------------------------------
// Sending

// PUBACK, PUBREC, PUBREL and PUBCOMP: the same shape, no properties of ours.
void Connection::sendAck(PacketType type, quint16 id, ReasonCode reason)
{
    AckPacket ack;
    ack.type = type;
    ack.packetId = id;
    ack.reasonCode = reason;
    sendPacket(ack);
}

bool Connection::sendPacket(const Packet &packet)
{
    ProtocolError error;
    const QByteArray bytes = Codec::encode(packet, m_version, &error);
    if (bytes.isEmpty()) {
        qCWarning(lcMqttConnection) << "Cannot encode" << packetTypeName(packetTypeOf(packet)) << error.message;
        return false;
    }
    writeBytes(bytes);
    return true;
}

void Connection::writeBytes(const QByteArray &bytes)
{
    m_sinceSend.restart();
    if (m_attempt.batchingWrites) {
        m_attempt.writeBuffer += bytes;
        return;
    }
    saveSessionIfDirty(); // write-ahead: the file knows about a packet before the broker can
    if (m_transport)
        m_transport->write(bytes);
}

void Connection::flushWrites()
{
    if (m_attempt.writeBuffer.isEmpty())
        return;
    QByteArray bytes;
    bytes.swap(m_attempt.writeBuffer);
    saveSessionIfDirty();
    if (m_transport)
        m_transport->write(bytes);
}

void Connection::emitPublishedLater(int token)
{
    static const QMetaMethod publishedSignal = QMetaMethod::fromSignal(&Client::published);
    if (!q->isSignalConnected(publishedSignal))
        return;
    // QoS 0 is done once written. Reported from the event loop, after publish() has returned
    // the token, and in one go for a burst of publishes.
    m_qos0Written.append(token);
    if (m_qos0FlushScheduled)
        return;
    m_qos0FlushScheduled = true;
    QMetaObject::invokeMethod(
        q,
        [this] {
            m_qos0FlushScheduled = false;
            const QList<int> tokens = std::exchange(m_qos0Written, {});
            for (int token : tokens)
                emit q->published(token);
        },
        Qt::QueuedConnection);
}

void Connection::emitPublishFailedLater(int token, ReasonCode reason, const QString &text)
{
    qCDebug(lcMqttConnection) << "Publish" << token << "failed:" << text;
    Client *client = q;
    QMetaObject::invokeMethod(
        q, [client, token, reason, text] { emit client->publishFailed(token, reason, text); }, Qt::QueuedConnection);
}

} // namespace Mqtt
