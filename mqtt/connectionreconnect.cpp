// Connection, part 4: automatic reconnect. When a connection drops unexpectedly the client
// waits (exponential backoff with jitter, see ReconnectPolicy), connects again with the same
// transport, and restores what the user had: unacknowledged publishes, pending requests and,
// when the broker lost the session, the subscriptions. Same class as connection.cpp.
#include "connection_p.h"

#include "reconnectpolicy.h"

#include <QRandomGenerator>
#include <QTimer>

namespace Mqtt {

namespace {

// SUBSCRIBE packets stay small enough for any broker's Maximum Packet Size in practice.
constexpr int MaxFiltersPerResubscribe = 100;

QString secondsText(int ms)
{
    if (ms >= 1000)
        return QString::number(qRound(ms / 1000.0));
    return QString::number(ms / 1000.0, 'f', 1);
}

} // namespace

bool Connection::shouldReconnect(QString *whyNot) const
{
    if (!m_options.autoReconnect || m_attempt.closeRequested)
        return false;
    if (!m_attempt.noRetryReason.isEmpty()) {
        *whyNot = m_attempt.noRetryReason;
        return false;
    }
    if (!m_hadConnection && !m_options.reconnectBeforeFirstConnection) {
        *whyNot = tr("the first connection attempt failed (automatic reconnect starts once a connection succeeded)");
        return false;
    }
    return true;
}

void Connection::scheduleReconnect(const QString &reason, bool isError, quint64 generation)
{
    if (m_connectedSince.isValid()
        && m_connectedSince.elapsed()
            >= ReconnectPolicy::stableConnectionMs(m_options.reconnectInitialDelayMs, m_options.reconnectMaxDelayMs))
        m_backoffStep = 0;
    m_connectedSince.invalidate();
    ++m_backoffStep;
    ++m_reconnectAttempt;
    m_restoreSubscriptions = true;
    // Our own resubscribe requests are rebuilt from the remembered subscriptions next time;
    // the user's requests stay and go out again after the reconnect.
    for (auto it = m_session.requests.begin(); it != m_session.requests.end();) {
        if (it->resubscribe) {
            m_session.releasePacketId(it.key());
            it = m_session.requests.erase(it);
        } else {
            ++it;
        }
    }
    const int attempt = m_reconnectAttempt;
    if (m_attempt.maximumBackoff)
        m_backoffStep = qMax(m_backoffStep, 32); // 2^31 times the initial delay: the cap
    int delay = ReconnectPolicy::delayMs(m_backoffStep, m_options.reconnectInitialDelayMs,
                                         m_options.reconnectMaxDelayMs, QRandomGenerator::global()->generateDouble());
    if (m_attempt.reconnectAtOnce)
        delay = 0;
    const QString why = reason.isEmpty() ? tr("the connection closed") : reason;
    m_reconnectTimer->start(delay);
    m_statusText = tr("Reconnecting in %1 s (attempt %2): %3").arg(secondsText(delay)).arg(attempt).arg(why);
    qCDebug(lcMqttReconnect).noquote() << m_statusText;
    setState(Client::State::Reconnecting);
    if (generation != m_generation)
        return; // a slot reconnected or gave up already
    if (isError && !reason.isEmpty())
        emit q->errorOccurred(reason);
    if (generation != m_generation)
        return;
    emit q->disconnected(reason);
    if (generation != m_generation)
        return;
    emit q->reconnectScheduled(attempt, delay, why);
}

bool Connection::redirectTo(const QString &serverReference, QString *why)
{
    // MQTT 5 §4.11: one or more references separated by spaces; each "host[:port]" (IPv6 in
    // brackets). The first one is used.
    const QString first = serverReference.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(0);
    if (first.isEmpty()) {
        *why = tr("the broker named no other server to use");
        return false;
    }
    if (m_redirects >= m_options.maximumRedirects) {
        *why = tr("the broker sent the client to another server %n time(s) in a row", nullptr, m_redirects);
        return false;
    }
    QString host = first;
    QString portText;
    if (first.startsWith(QLatin1Char('['))) {
        const qsizetype close = first.indexOf(QLatin1Char(']'));
        host = close > 0 ? first.mid(1, close - 1) : QString();
        if (close > 0 && first.mid(close + 1).startsWith(QLatin1Char(':')))
            portText = first.mid(close + 2);
    } else if (first.count(QLatin1Char(':')) == 1) {
        host = first.section(QLatin1Char(':'), 0, 0);
        portText = first.section(QLatin1Char(':'), 1);
    }
    quint16 port = 0;
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint n = portText.toUInt(&ok);
        if (!ok || n == 0 || n > 65535)
            host.clear();
        port = quint16(n);
    }
    if (host.isEmpty()) {
        *why = tr("the broker's Server Reference \"%1\" names no host the client can connect to").arg(first);
        return false;
    }
    if (!m_transport || !m_transport->redirect(host, port)) {
        *why = tr("this connection's transport cannot move to %1").arg(first);
        return false;
    }
    if (m_defaultTransport) {
        m_redirectHost = host;
        m_redirectPort = port;
    }
    ++m_redirects;
    return true;
}

void Connection::restartAttempt()
{
    ++m_generation;
    m_keepAliveTimer->stop();
    m_connectTimer->stop();
    m_closeGuardTimer->stop();
    m_attempt.pingOutstanding = false;
    m_attempt.batchingWrites = false;
    m_attempt.writeBuffer.clear();
    m_attempt.connackReceived = false;
    const Client::State previous = m_state;
    m_state = Client::State::Reconnecting; // idle, so the closed() that abort() emits is ignored
    if (m_transport)
        m_transport->abort();
    m_state = previous;
    startConnecting();
}

void Connection::onReconnectTimer()
{
    if (m_state == Client::State::Reconnecting)
        startConnecting();
}

void Connection::cancelReconnect()
{
    if (m_state == Client::State::Connecting && m_reconnectAttempt > 0) {
        // An automatic attempt is under way: end it as a disconnect would.
        m_attempt.closeRequested = true;
        finish(QString(), false);
        return;
    }
    if (m_state != Client::State::Reconnecting)
        return;
    qCDebug(lcMqttReconnect) << "Reconnecting to" << endpoint() << "cancelled";
    m_reconnectTimer->stop();
    ++m_generation;
    const quint64 generation = m_generation;
    m_restoreSubscriptions = false;
    QList<PendingRequest> failedRequests;
    QList<OutgoingPublish> failedPublishes;
    takeFailures(&failedRequests, &failedPublishes);
    m_statusText = tr("Disconnected");
    setState(Client::State::Disconnected);
    emitFailures(failedRequests, failedPublishes);
    if (generation != m_generation)
        return;
    emit q->disconnected(QString());
}

void Connection::resubscribe()
{
    const QList<SubscriptionRequest> all = m_session.subscriptionRequests();
    if (all.isEmpty())
        return;
    qCDebug(lcMqttReconnect) << "The broker has no session for us: restoring" << all.size() << "subscription(s)";
    PendingRequest request;
    request.type = PacketType::Subscribe;
    request.resubscribe = true;
    auto send = [this, &request] {
        if (request.subscriptions.isEmpty())
            return;
        const quint16 id = m_session.allocatePacketId();
        QString problem;
        const QByteArray bytes = id == 0 ? QByteArray() : encodeRequest(id, request, &problem);
        if (bytes.isEmpty()) {
            m_session.releasePacketId(id);
            if (problem.isEmpty())
                problem = tr("all 65,535 packet identifiers are in use");
            emit q->errorOccurred(tr("Cannot restore %n subscription(s): %1", nullptr, int(request.subscriptions.size()))
                                      .arg(problem));
        } else {
            request.order = m_session.nextOrder();
            m_session.requests.insert(id, request);
            writeBytes(bytes);
        }
        request.subscriptions.clear();
    };
    // A subscription identifier belongs to the whole SUBSCRIBE (MQTT 5 §3.8.2.1.2): one packet
    // per run of subscriptions that were made with the same properties.
    for (const SubscriptionRequest &entry : all) {
        if (!request.subscriptions.isEmpty()
            && (entry.properties != request.properties || request.subscriptions.size() >= MaxFiltersPerResubscribe))
            send();
        if (request.subscriptions.isEmpty())
            request.properties = entry.properties;
        request.subscriptions.append(entry.subscription);
    }
    send();
}

void Connection::handleResubscribeResult(const PendingRequest &request, const QList<ReasonCode> &results,
                                         const Properties &properties)
{
    const quint64 generation = m_generation;
    for (qsizetype i = 0; i < request.subscriptions.size(); ++i) {
        const Subscription &requested = request.subscriptions.at(i);
        const ReasonCode result = results.at(i);
        if (isError(result)) {
            m_session.forgetSubscription(requested.filter);
            emit q->errorOccurred(tr("The broker refused to restore the subscription to \"%1\" after reconnecting: "
                                     "%2 (%3)%4")
                                      .arg(requested.filter, reasonCodeText(result, PacketType::Suback),
                                           reasonCodeHex(result), reasonDetails(properties)));
            if (generation != m_generation)
                return;
            continue;
        }
        Subscription granted = requested;
        granted.options.maximumQos = quint8(result);
        m_session.rememberSubscription(granted, requested.options.maximumQos, request.properties);
    }
    emit q->resubscribed(request.subscriptions, results);
}

void Connection::beginRedeliveryWindow()
{
    // Only a resumed session has anything the broker could resend.
    m_session.completedQos2Before = std::exchange(m_session.completedQos2, {});
    m_redeliveryWindow = m_attempt.sessionPresent && m_options.suppressQos2Redelivery && !m_session.completedQos2Before.isEmpty();
    if (!m_redeliveryWindow)
        m_session.completedQos2Before.clear();
}

bool Connection::isBrokerRedelivery(const Message &message, size_t *fingerprint)
{
    if (!m_options.suppressQos2Redelivery)
        return false;
    // Everything the broker forwards unchanged: a message that differs in any of it (a
    // heartbeat with another correlation data or user property) is a new one. Message Expiry
    // (counted down on a resend), Subscription Identifiers and the Topic Alias may change.
    Properties properties = message.properties();
    properties.remove(PropertyId::MessageExpiryInterval);
    properties.remove(PropertyId::SubscriptionIdentifier);
    properties.remove(PropertyId::TopicAlias);
    size_t propertiesHash = 0;
    for (const PropertyId id : properties.ids())
        propertiesHash = qHashMulti(propertiesHash, quint8(id), properties.value(id).toString(),
                                    properties.value(id).toByteArray());
    for (const auto &[key, value] : properties.userProperties())
        propertiesHash = qHashMulti(propertiesHash, key, value);
    *fingerprint = qHashMulti(0, message.topic(), message.payload(), message.retain(), propertiesHash);
    if (!m_redeliveryWindow || !message.dup())
        return false;
    const auto it = m_session.completedQos2Before.constFind(message.packetId());
    if (it == m_session.completedQos2Before.cend() || *it != *fingerprint)
        return false;
    qCDebug(lcMqttReconnect) << "QoS 2 PUBLISH" << message.packetId()
                              << "was completed before the reconnect; the broker resent it after PUBREL "
                                 "(MQTT 5 §4.3.3), not delivering it again";
    return true;
}

void Connection::incomingQos2Released(quint16 id)
{
    if (!m_options.suppressQos2Redelivery)
        return;
    const auto it = m_session.incomingQos2Fingerprints.find(id);
    if (it == m_session.incomingQos2Fingerprints.end())
        return;
    m_session.completedQos2.insert(id, *it);
    m_session.incomingQos2Fingerprints.erase(it);
}

QString Connection::connectingText() const
{
    if (m_reconnectAttempt > 0)
        return tr("Reconnecting to %1 (attempt %2)…").arg(endpoint()).arg(m_reconnectAttempt);
    return tr("Connecting to %1…").arg(endpoint());
}

QString Connection::disconnectedText(const QString &reason, const QString &whyNotReconnecting) const
{
    if (reason.isEmpty())
        return tr("Disconnected");
    if (whyNotReconnecting.isEmpty())
        return tr("Disconnected: %1").arg(reason);
    return tr("Disconnected: %1 (not reconnecting: %2)").arg(reason, whyNotReconnecting);
}

} // namespace Mqtt
