#pragma once

#include "message.h"
#include "subscription.h"
#include "will.h"
#include "properties.h"
#include "protocol.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace Mqtt {

class Authenticator;
class Connection;
class Transport;

// Everything a CONNECT needs, plus where to connect. A plain value type so profiles can
// store it and the CLI can fill it from its command line.
struct ClientOptions
{
    QString host = QStringLiteral("localhost");
    quint16 port = 1883;
    ProtocolVersion version = ProtocolVersion::V5;
    // With version V5: when the broker answers that it does not speak MQTT 5 (a 3.1.1
    // CONNACK "unacceptable protocol version", or a close before any CONNACK), connect again
    // at once with MQTT 3.1.1 and keep using it until the next connectToHost(). The CLI's
    // "-V auto"; Client::protocolVersion() says which version is in use.
    bool protocolVersionFallback = false;
    // Empty: MQTT 5 with a clean start and session expiry 0 lets the broker assign one (MQTT 5
    // §3.1.3.1, Assigned Client Identifier); otherwise one is generated ("mqttscope" + 14 hex
    // digits: only [0-9a-zA-Z], which every broker must accept, [MQTT-3.1.3-5]). An empty id
    // with a session meant to outlive the connection is refused: nobody could resume it.
    QString clientId;
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

    // Automatic reconnect after the connection dropped unexpectedly (network error, broker
    // gone, keep-alive timeout). Never after disconnectFromHost()/abortConnection(), nor after
    // a refusal that asking again cannot fix (bad credentials, not authorized, banned, protocol
    // version or client id rejected). Off by default in the library; the GUI turns it on.
    bool autoReconnect = false;
    // Also retry when the first connection attempt after connectToHost() fails. Off by default,
    // as in MQTT Explorer and MQTTX: a typo in the address should show an error, not a retry loop.
    bool reconnectBeforeFirstConnection = false;
    // Exponential backoff: the first retry waits this long, each further one twice as long (up
    // to reconnectMaxDelayMs), shortened by up to a quarter at random (see ReconnectPolicy).
    int reconnectInitialDelayMs = 1000;
    int reconnectMaxDelayMs = 60000;
    // Publishes made while not connected (connecting, or waiting to reconnect) wait in order in
    // a queue of at most this many messages; when it is full publish() refuses with -1 and says
    // so through errorOccurred(). 0: no limit.
    int offlineQueueLimit = 10000;
    // MQTT 5 §4.3.3 forbids a broker to send a QoS 2 PUBLISH again once it sent the PUBREL, but
    // mosquitto 2.0.11 does so for its in-flight messages after restoring its persistence
    // database. With this on, a DUP PUBLISH the broker resends right after a resumed session,
    // for a packet id completed on the previous connection and with the same topic, payload and
    // retain flag, is answered but not delivered twice. The price, in a rare case: a new message
    // identical to the one before, under the same reused packet id, lost in the disconnect.
    bool suppressQos2Redelivery = true;
    // MQTT 5: let the library replace repeated topic names by topic aliases on the wire, up to
    // the broker's Topic Alias Maximum (MQTT 5 §3.3.2.3.4). Aliases live for one network
    // connection; messages kept for resending always keep their topic name.
    bool autoTopicAliases = false;
    // Outgoing back-pressure: while more than this many bytes wait in the transport (the
    // network is slower than the publisher), publishes wait in the offline queue (bounded by
    // offlineQueueLimit) instead of piling up in memory. 0: no limit.
    qint64 maximumPendingWriteBytes = 8 * 1024 * 1024;
    // MQTT 5 §4.11: how many times in a row the client follows a broker's Server Reference
    // (reason code 0x9C Use Another Server / 0x9D Server Moved) before giving up.
    int maximumRedirects = 3;
    // MQTT 5 enhanced authentication (§4.12): the exchange is made with this authenticator
    // (e.g. ScramAuthenticator) during CONNECT and on Client::reauthenticate(). Shared, so
    // that options stay a copyable value; used from the Client's thread only.
    std::shared_ptr<Authenticator> authenticator;
    // Where the client keeps its side of a persistent session (in-flight and queued QoS 1/2
    // publishes, packet ids, incoming QoS 2 ids) so that a restarted program finishes what it
    // had in flight: one file per client id (SessionFile), replaced atomically before the
    // packets it describes go out. Used when clientId is set and the session outlives the
    // connection (cleanStart off, or an MQTT 5 session expiry); empty: kept in memory only.
    QString sessionStateDirectory;
};

// The asynchronous MQTT client: a QObject facade over the Connection state machine and a
// Transport. Nothing here blocks; results arrive as signals. Operations return a token (> 0)
// that the matching result signal carries, or -1 when refused at once (errorOccurred says why).
// publish/subscribe/unsubscribe are accepted while Connecting or Reconnecting (they go out after
// CONNACK, publishes up to ClientOptions::offlineQueueLimit) and refused while Disconnected.
//
// Automatic reconnect (ClientOptions::autoReconnect): when the connection drops, disconnected()
// reports why and the state becomes Reconnecting (not Disconnected) while reconnectScheduled()
// announces the next attempt; statusText() says the same in one sentence for a status bar.
// After the reconnect, unacknowledged QoS 1/2 publishes are sent again: with DUP on a resumed
// session; as new messages when the broker lost the session (QoS 2 messages whose PUBREC had
// arrived are complete: the broker owns them), and then the remembered subscriptions are
// restored (resubscribed()). Pending SUBSCRIBE / UNSUBSCRIBE requests go out again too. While
// reconnecting, in-flight publishes are kept even for a clean session.
//
// Limits the broker announced (Maximum QoS, Retain Available,
// Maximum Packet Size) fail a publish through publishFailed(). The Client may live in a worker
// thread (moveToThread takes its timers and transport along); debug output: logging category
// "mqttscope.connection".
class Client : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY stateChanged)
public:
    // Reconnecting: the connection dropped and a reconnect attempt is scheduled (automatic
    // reconnect); Connecting again once the attempt starts.
    enum class State { Disconnected, Connecting, Connected, Disconnecting, Reconnecting };
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
    // The state as a sentence for the user ("Reconnecting in 4 s (attempt 3): Could not connect
    // to 127.0.0.1:1883: the connection was refused ..."); changes with stateChanged().
    QString statusText() const;
    // Automatic reconnect attempts made since the last successful connection.
    int reconnectAttempt() const;
    bool sessionPresent() const;
    // What the broker told us in CONNACK (MQTT 5; empty for 3.1.1).
    Properties connackProperties() const;

    // While Reconnecting: makes the next attempt at once.
    void connectToHost();
    // Sends DISCONNECT (with the reason code for MQTT 5) and closes. A Will is suppressed
    // unless reason is DisconnectWithWillMessage. While Reconnecting: stops reconnecting.
    void disconnectFromHost(ReasonCode reason = ReasonCode::Success, const Properties &properties = {});
    // Drops the network connection without DISCONNECT, as a crash or cable pull would (but
    // being asked for, it does not start an automatic reconnect).
    void abortConnection();
    // Stops automatic reconnecting (a scheduled or running attempt); the client ends up
    // Disconnected and what a disconnect would fail fails. Does nothing when no reconnect is
    // going on.
    void cancelReconnect();

    // MQTT 5 §4.12.1: starts a re-authentication with ClientOptions::authenticator while
    // connected; authenticated() or a disconnect tells how it ended. False when not possible.
    bool reauthenticate();

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
    // ("The broker closed the connection: Session taken over (0x8E)"). With automatic reconnect
    // it also comes for every connection or attempt that ends while reconnecting; state() is
    // then Reconnecting, not Disconnected.
    void disconnected(const QString &reason);
    void errorOccurred(const QString &message);
    // Automatic reconnect attempt `attempt` (1, 2, ... since the connection was lost) starts in
    // delayMs; reason is why the previous connection or attempt ended. The delay keeps growing
    // over connections that drop again soon after they were made (ReconnectPolicy).
    void reconnectScheduled(int attempt, int delayMs, const QString &reason);
    // After a reconnect to a broker that had lost our session: the remembered subscriptions
    // were sent again (as requested) and the broker answered with these results. Refused ones
    // are forgotten (errorOccurred() says which).
    void resubscribed(const QList<Mqtt::Subscription> &subscriptions, const QList<Mqtt::ReasonCode> &results);

    // connectToHost() restored publishes from ClientOptions::sessionStateDirectory: their
    // tokens, whose published() / publishFailed() follow like those of publish().
    void sessionRestored(const QList<int> &tokens);
    // An enhanced authentication exchange (at CONNACK, or a re-authentication) succeeded and
    // the broker proved itself (e.g. its SCRAM server signature).
    void authenticated();

    void messageReceived(const Mqtt::Message &message);
    // The same messages, batched per network read: cheaper for high-rate consumers.
    void messagesReceived(const QList<Mqtt::Message> &messages);

    // reason: the broker's PUBACK/PUBCOMP reason code (MQTT 5: Success or a notice such as
    // NoMatchingSubscribers 0x10); Success for QoS 0 and MQTT 3.1.1.
    void published(int token, Mqtt::ReasonCode reason = Mqtt::ReasonCode::Success);
    void publishFailed(int token, Mqtt::ReasonCode reason, const QString &message);
    void subscribed(int token, const QList<Mqtt::ReasonCode> &results);
    void unsubscribed(int token, const QList<Mqtt::ReasonCode> &results);

private:
    friend class Connection; // emits our signals and checks isSignalConnected()
    std::unique_ptr<Connection> m_connection;
};

} // namespace Mqtt
