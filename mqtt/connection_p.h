#pragma once

#include "authenticator.h"
#include "brokerlimits_p.h"
#include "client.h"
#include "codec.h"
#include "sessionstate.h"
#include "transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QPointer>

class QTimer;

#include "logging_p.h"

namespace Mqtt {

// "0x86": how reason codes appear in messages for the user.
QString reasonCodeHex(ReasonCode code);

// The MQTT protocol state machine behind Client: CONNECT/CONNACK, keep alive, the QoS 1/2
// handshakes in both directions, flow control, topic aliases, protocol error handling.
// It owns the transport and emits the Client's signals directly. Not a QObject of its own:
// its timers and transport are children of the Client, so moving the Client to another
// thread moves everything.
class Connection
{
    Q_DECLARE_TR_FUNCTIONS(Mqtt::Connection)
public:
    explicit Connection(Client *client);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    void setOptions(const ClientOptions &options) { m_options = options; }
    const ClientOptions &options() const { return m_options; }
    void setTransport(Transport *transport);
    Transport *transport() const { return m_transport; }

    Client::State state() const { return m_state; }
    // The version in use or to be used: the option's, or 3.1.1 after a fallback.
    ProtocolVersion protocolVersion() const { return m_fallbackToV311 ? ProtocolVersion::V311 : m_options.version; }
    QString statusText() const { return m_statusText; }
    int reconnectAttempt() const { return m_reconnectAttempt; }
    QString clientId() const { return m_clientId; }
    bool sessionPresent() const { return m_attempt.sessionPresent; }
    Properties connackProperties() const { return m_attempt.connackProperties; }
    SessionState &session() { return m_session; }
    const SessionState &session() const { return m_session; }

    void connectToHost();
    void disconnectFromHost(ReasonCode reason, const Properties &properties);
    void abortConnection();
    void cancelReconnect();

    bool reauthenticate();
    // The session state changed: written before the next bytes go out (write-ahead), and at
    // the latest when the event loop comes back.
    void markSessionDirty();
    void saveSessionIfDirty();
    int publish(const Message &message);
    int subscribe(const QList<Subscription> &subscriptions, const Properties &properties);
    int unsubscribe(const QStringList &filters, const Properties &properties);

private:
    // Not connected and not trying right now (Disconnected, or waiting to reconnect).
    bool isIdle() const { return m_state == Client::State::Disconnected || m_state == Client::State::Reconnecting; }
    // Starts a connection attempt: the user's or an automatic reconnect.
    void startConnecting();
    // SessionFile: reads the saved session when connectToHost() starts afresh.
    void restoreSession();

    // Transport events.
    void onOpened();
    void onBytesReceived(const QByteArray &bytes);
    void onTransportError(const QString &message);
    void onClosed();

    // Incoming packets. Each returns false with *error filled for a protocol violation.
    bool handlePacket(Packet &packet, QList<Message> &batch, ProtocolError *error);
    bool handleConnack(const ConnackPacket &connack, ProtocolError *error);
    bool handlePublish(Message &message, QList<Message> &batch, ProtocolError *error);
    bool handleAck(const AckPacket &ack, ProtocolError *error);
    void sendAck(PacketType type, quint16 id, ReasonCode reason = ReasonCode::Success);
    bool handleSuback(const SubackPacket &suback, ProtocolError *error);
    bool handleUnsuback(const UnsubackPacket &unsuback, ProtocolError *error);
    void handleDisconnect(const DisconnectPacket &disconnect);
    // MQTT 5 §4.12: enhanced authentication.
    bool handleAuth(const AuthPacket &auth, ProtocolError *error);
    void sendAuth(ReasonCode reason, const QByteArray &data);
    void deliver(const QList<Message> &batch);

    // Outgoing.
    bool sendPacket(const Packet &packet);
    void writeBytes(const QByteArray &bytes);
    void flushWrites();
    // Sends one publish (assigning a packet id for QoS 1/2). Returns false when no packet id
    // is free, so the publish stays queued.
    bool sendPublish(OutgoingPublish &publish);
    // Moves queued publishes onto the wire while the broker's Receive Maximum allows.
    void sendQueued();
    int addRequest(const PendingRequest &request, const QString &what);
    QByteArray encodeRequest(quint16 id, const PendingRequest &request, QString *problem) const;
    // After CONNACK: the SUBSCRIBE / UNSUBSCRIBE requests made while not connected (or carried
    // over a reconnect), in the order they were made.
    void sendPendingRequests(const QList<QPair<quint16, PendingRequest>> &requests);
    void resendInflight();
    // Encodes a stored publish for this connection: topic aliases applied (the user's or, with
    // autoTopicAliases, our own) when the broker allows them, the alias table updated only
    // when the packet fits the broker's Maximum Packet Size. Empty with *error when it cannot
    // be encoded; *tooLarge when it is larger than the broker accepts.
    QByteArray encodePublish(const Message &stored, ProtocolError *error, bool *tooLarge);
    // Resends in-flight messages of a resumed session while the new connection's Receive
    // Maximum allows (MQTT 5 §4.9).
    void resendPendingInflight();
    // Outgoing back-pressure: whether the transport holds more unsent bytes than allowed.
    bool transportCongested() const;
    void onBytesWritten();
    // MQTT 5 §4.11: follows a Server Reference (0x9C / 0x9D). False when it names no usable
    // host or too many redirects were followed; *why then says why.
    bool redirectTo(const QString &serverReference, QString *why);
    // Drops the transport and starts a new attempt at once, reporting nothing: for a fallback
    // to MQTT 3.1.1 or a redirect while connecting.
    void restartAttempt();

    // Keep alive (MQTT §3.1.2.10).
    void startKeepAlive();
    void onKeepAliveTimer();

    // Ending a connection.
    void protocolViolation(const ProtocolError &error);
    // Sends DISCONNECT (MQTT 5, when disconnectReason is set), closes the transport and
    // reports `reason` once it has closed.
    void beginClose(const QString &reason, bool isError, std::optional<ReasonCode> disconnectReason,
                    const Properties &disconnectProperties = {});
    void finish(const QString &reason, bool isError);
    bool sessionOutlivesConnection() const;
    // What a connection ending without a reconnect fails: pending requests, and the session's
    // publishes unless the session outlives the connection. Reported by emitFailures().
    void takeFailures(QList<PendingRequest> *requests, QList<OutgoingPublish> *publishes);
    // Returns false when a slot started a new connection meanwhile.
    bool emitFailures(const QList<PendingRequest> &requests, const QList<OutgoingPublish> &publishes);

    // Automatic reconnect (connectionreconnect.cpp).
    // Whether the connection ending now is followed by a reconnect; *why says why not when
    // reconnecting is on but this end rules it out.
    bool shouldReconnect(QString *whyNot) const;
    // Called by finish(): schedules the next attempt and reports the drop.
    void scheduleReconnect(const QString &reason, bool isError, quint64 generation);
    void onReconnectTimer();
    // After a reconnect to a broker without our session: sends the remembered subscriptions.
    void resubscribe();
    void handleResubscribeResult(const PendingRequest &request, const QList<ReasonCode> &results,
                                 const Properties &properties);
    // ClientOptions::suppressQos2Redelivery. At CONNACK: opens the window in which the broker
    // resends; it closes with the first new (DUP 0) PUBLISH.
    void beginRedeliveryWindow();
    // Whether this QoS 2 PUBLISH (not in progress) repeats one completed before the reconnect;
    // *fingerprint receives its content fingerprint for later.
    bool isBrokerRedelivery(const Message &message, size_t *fingerprint);
    void incomingQos2Released(quint16 id);
    // The user-facing sentence for a state ("Connected to ...").
    QString connectingText() const;
    QString disconnectedText(const QString &reason, const QString &whyNotReconnecting) const;

    void setState(Client::State state);
    int nextToken();
    void emitPublishedLater(int token);
    void emitPublishFailedLater(int token, ReasonCode reason, const QString &text);
    QString endpoint() const;
    QString reasonDetails(const Properties &properties) const;

    Client *q;
    ClientOptions m_options;
    QPointer<Transport> m_transport;
    bool m_defaultTransport = false;
    StreamDecoder m_decoder;
    SessionState m_session;

    Client::State m_state = Client::State::Disconnected;
    ProtocolVersion m_version = ProtocolVersion::V5;
    quint64 m_generation = 0; // bumped whenever a connection ends, to stop stale work
    QString m_clientId;
    QString m_generatedClientId;
    QByteArray m_connectBytes;
    // Everything that belongs to one connection attempt (one network connection), reset with
    // `m_attempt = {}` when an attempt starts.
    struct Attempt
    {
        bool transportOpened = false;
        bool connackReceived = false;
        bool sessionPresent = false;
        bool cleanStart = true; // as sent in this CONNECT
        Properties connackProperties;
        BrokerLimits limits; // what the broker announced in CONNACK (MQTT 5 §3.2.2.3)
        std::optional<quint32> sessionExpiryOverride; // from CONNACK or our DISCONNECT
        QHash<quint16, QString> incomingTopicAliases;
        // Outgoing topic aliases on the wire: they belong to one network connection (MQTT 5
        // §3.3.2.3.4).
        QHash<quint16, QString> wireAliasTopics;
        QHash<QString, quint16> wireTopicAliases;
        quint16 nextAutoAlias = 0;
        // A resumed session's in-flight packet ids not yet resent on this connection, in order.
        std::deque<quint16> resendPending;
        // Writes made while handling one read are sent as one block.
        bool batchingWrites = false;
        QByteArray writeBuffer;
        // Keep alive.
        bool pingOutstanding = false;
        bool receivedSincePing = false;
        bool writeProgressSincePing = false; // the transport drained bytes while a PINGREQ waited
        bool pingBehindWrite = false;        // the PINGREQ went out behind unsent bytes
        bool authenticating = false;         // an enhanced authentication exchange is under way
        // How it ended.
        QString closeReason;
        bool closeIsError = false;
        bool closeRequested = false;  // the user ended this connection: no reconnect
        QString noRetryReason;        // why reconnecting cannot help after this connection (refusal)
        bool reconnectAtOnce = false; // the next automatic reconnect follows a redirect: no delay
        bool maximumBackoff = false;  // the broker saw a protocol error: wait the longest delay
        QString transportError;
        bool transportErrorReported = false;
    };
    Attempt m_attempt;

    // The user's outgoing topic aliases (alias -> topic as last published with both) outlive
    // connections so that an alias-only publish can be stored with its topic name (the wire
    // tables are in Attempt).
    QHash<quint16, QString> m_userTopicAliases;
    bool m_fallbackToV311 = false; // protocolVersionFallback chose 3.1.1 for this connectToHost()
    int m_redirects = 0;           // Server References followed since the last CONNACK
    QString m_redirectHost;        // where a Server Reference sent us (empty: the options' host)
    quint16 m_redirectPort = 0;

    quint16 m_keepAlive = 0; // effective, seconds (the broker's Server Keep Alive wins)
    QTimer *m_keepAliveTimer;
    QTimer *m_connectTimer;
    QTimer *m_closeGuardTimer;
    QElapsedTimer m_sinceSend;
    QElapsedTimer m_sinceReceive;

    // ClientOptions::sessionStateDirectory (SessionFile): the file, and whether the session
    // changed since it was written.
    QString m_sessionFilePath;
    bool m_sessionDirty = false;
    bool m_sessionSaveScheduled = false;

    // Automatic reconnect.
    QTimer *m_reconnectTimer;
    int m_reconnectAttempt = 0;      // attempts since the last successful CONNACK
    int m_backoffStep = 0;           // attempts since the last stable connection (sets the delay)
    QElapsedTimer m_connectedSince;  // since the last successful CONNACK
    bool m_hadConnection = false;    // a CONNACK succeeded since the user's connectToHost()
    bool m_restoreSubscriptions = false; // this connection follows a drop: resubscribe if the session is gone
    QString m_statusText;
    bool m_redeliveryWindow = false;

    int m_lastToken = 0;
    QList<int> m_qos0Written;
    bool m_qos0FlushScheduled = false;
    bool m_collectMessages = false;
    qint64 m_readTimestamp = 0;
};

} // namespace Mqtt
