#include "client.h"

#include "connection_p.h"
#include "transport.h"

namespace Mqtt {

Client::Client(QObject *parent) : QObject(parent), m_connection(std::make_unique<Connection>(this))
{
}

// The Connection goes first: it detaches from and deletes the transport before QObject's
// destructor deletes the remaining children (timers).
Client::~Client() = default;

void Client::setOptions(const ClientOptions &options)
{
    m_connection->setOptions(options);
}

ClientOptions Client::options() const
{
    return m_connection->options();
}

void Client::setTransport(Transport *transport)
{
    m_connection->setTransport(transport);
}

Transport *Client::transport() const
{
    return m_connection->transport();
}

Client::State Client::state() const
{
    return m_connection->state();
}

bool Client::reauthenticate()
{
    return m_connection->reauthenticate();
}

ProtocolVersion Client::protocolVersion() const
{
    return m_connection->protocolVersion();
}

QString Client::clientId() const
{
    return m_connection->clientId();
}

QString Client::statusText() const
{
    return m_connection->statusText();
}

int Client::reconnectAttempt() const
{
    return m_connection->reconnectAttempt();
}

bool Client::sessionPresent() const
{
    return m_connection->sessionPresent();
}

Properties Client::connackProperties() const
{
    return m_connection->connackProperties();
}

void Client::connectToHost()
{
    m_connection->connectToHost();
}

void Client::disconnectFromHost(ReasonCode reason, const Properties &properties)
{
    m_connection->disconnectFromHost(reason, properties);
}

void Client::abortConnection()
{
    m_connection->abortConnection();
}

void Client::cancelReconnect()
{
    m_connection->cancelReconnect();
}

int Client::publish(const Message &message)
{
    return m_connection->publish(message);
}

int Client::publish(const QString &topic, const QByteArray &payload, quint8 qos, bool retain)
{
    return m_connection->publish(Message(topic, payload, qos, retain));
}

int Client::subscribe(const QList<Subscription> &subscriptions, const Properties &properties)
{
    return m_connection->subscribe(subscriptions, properties);
}

int Client::subscribe(const QString &filter, quint8 qos)
{
    Subscription subscription;
    subscription.filter = filter;
    subscription.options.maximumQos = qos;
    return m_connection->subscribe({subscription}, Properties());
}

int Client::unsubscribe(const QStringList &filters, const Properties &properties)
{
    return m_connection->unsubscribe(filters, properties);
}

int Client::inflightCount() const
{
    return int(m_connection->session().inflight.size());
}

QList<Subscription> Client::subscriptions() const
{
    return m_connection->session().subscriptions;
}

int Client::queuedCount() const
{
    return int(m_connection->session().queued.size());
}

} // namespace Mqtt
