#pragma once

#include "message.h"
#include "packets.h"
#include "properties.h"
#include "protocol.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace Mqtt {

class Connection;
class Transport;

// Everything a CONNECT needs, plus where to connect. A plain value type so profiles can
// store it and the CLI can fill it from its command line.
struct ClientOptions
{
    QString host = QStringLiteral("localhost");
    quint16 port = 1883;
    ProtocolVersion version = ProtocolVersion::V5;
    QString clientId;            // generated ("mqttscope-<random>") when empty
    bool cleanStart = true;      // "clean session" in 3.1.1
    quint16 keepAlive = 60;      // seconds; 0 disables keep alive
    quint32 sessionExpiry = 0;   // MQTT 5 seconds; 0xFFFFFFFF never expires
    std::optional<QString> username;
    std::optional<QByteArray> password;
    std::optional<Will> will;
    quint16 receiveMaximum = 65535;     // MQTT 5: how many QoS 1/2 publishes we accept in flight
    quint32 maximumPacketSize = 0;      // MQTT 5: largest packet we accept; 0 = no limit
    quint16 topicAliasMaximum = 0;      // MQTT 5: aliases the broker may use towards us
    bool requestProblemInformation = true;
    bool requestResponseInformation = false;
    UserProperties userProperties;      // MQTT 5 CONNECT user properties
    int connectTimeoutMs = 15000;
};

// The asynchronous MQTT client: a QObject facade over the Connection state machine and a
// Transport. Nothing here blocks; results arrive as signals. Operations return a token (> 0)
// that the matching result signal carries, or -1 when refused at once (errorOccurred says why).
// publish/subscribe/unsubscribe are accepted while Connecting (they go out after CONNACK) and
// refused while Disconnected. Limits the broker announced (Maximum QoS, Retain Available,
// Maximum Packet Size) fail a publish through publishFailed(). The Client may live in a worker
// thread (moveToThread takes its timers and transport along); debug output: logging category
// "mqttscope.connection".
class Client : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
public:
    enum class State { Disconnected, Connecting, Connected, Disconnecting };
    Q_ENUM(State)

    explicit Client(QObject *parent = nullptr);
    ~Client() override;

    void setOptions(const ClientOptions &options);
    ClientOptions options() const;
    // Replaces the default TCP transport (TLS, WebSocket, test doubles). Takes ownership.
    void setTransport(Transport *transport);

    State state() const;
    ProtocolVersion protocolVersion() const;
    QString clientId() const; // the effective one (assigned by the broker if it assigned one)
    bool sessionPresent() const;
    // What the broker told us in CONNACK (MQTT 5; empty for 3.1.1).
    Properties connackProperties() const;

    void connectToHost();
    // Sends DISCONNECT (with the reason code for MQTT 5) and closes. A Will is suppressed
    // unless reason is DisconnectWithWillMessage.
    void disconnectFromHost(ReasonCode reason = ReasonCode::Success, const Properties &properties = {});
    // Drops the network connection without DISCONNECT, as a crash or cable pull would.
    void abortConnection();

    // QoS 0 publishes finish when written; QoS 1/2 when acknowledged (published()).
    int publish(const Message &message);
    int publish(const QString &topic, const QByteArray &payload, quint8 qos = 0, bool retain = false);
    int subscribe(const QList<Subscription> &subscriptions, const Properties &properties = {});
    int subscribe(const QString &filter, quint8 qos = 0);
    int unsubscribe(const QStringList &filters, const Properties &properties = {});

    // QoS 1/2 publishes sent but not yet completed.
    int inflightCount() const;
    // Publishes accepted but not sent yet (waiting for CONNACK or for room under the broker's
    // Receive Maximum).
    int queuedCount() const;
    // The transport in use (the default TCP one is created by connectToHost()); may be null.
    Transport *transport() const;
    // Filters the broker granted (options carry the granted QoS), minus those unsubscribed.
    QList<Subscription> subscriptions() const;

Q_SIGNALS:
    void stateChanged(Mqtt::Client::State state);
    void connected(bool sessionPresent);
    // reason is empty after a disconnect we asked for, otherwise a sentence for the user
    // ("The broker closed the connection: Session taken over (0x8E)").
    void disconnected(const QString &reason);
    void errorOccurred(const QString &message);

    void messageReceived(const Mqtt::Message &message);
    // The same messages, batched per network read: cheaper for high-rate consumers.
    void messagesReceived(const QList<Mqtt::Message> &messages);

    void published(int token);
    void publishFailed(int token, Mqtt::ReasonCode reason, const QString &message);
    void subscribed(int token, const QList<Mqtt::ReasonCode> &results);
    void unsubscribed(int token, const QList<Mqtt::ReasonCode> &results);

private:
    friend class Connection; // emits our signals and checks isSignalConnected()
    std::unique_ptr<Connection> m_connection;
};

} // namespace Mqtt
