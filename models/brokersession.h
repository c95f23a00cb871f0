#pragma once

#include "client.h"
#include "connectionsettings.h"
#include "ingestpipeline.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

class QThread;

// The one seam between the GUI and the MQTT library: a connection to one broker and the live
// data it feeds. Owns a network thread with the Mqtt::Client on it and the IngestPipeline
// whose models the views show. Everything here is called from the thread that created the
// session (the GUI thread); no getter touches the network thread: the session keeps a copy of
// the client's state, status, CONNACK properties and subscriptions, refreshed by queued
// snapshots in the order the client reported them.
//
//   network thread: Client -> messagesReceived -> pipeline->ingestWaiting (back-pressure)
//   GUI thread:     pipeline tick -> models -> views;  publish()/subscribe() -> queued to the client
//
// Results come back as signals carrying the token the call returned. Messages this session
// publishes also enter the message log as "out". `mqttscope-cli bench ingest` runs exactly
// this class, so its figures are the GUI's.
class BrokerSession : public QObject
{
    Q_OBJECT
public:
    using State = Mqtt::Client::State;

    // Counters since open(); readable from any thread.
    struct Traffic
    {
        quint64 messagesIn = 0;
        quint64 bytesIn = 0; // topic + payload bytes
        quint64 messagesOut = 0;
        quint64 bytesOut = 0;
        quint64 dropped = 0; // refused by the pipeline's bound (never with back-pressure on)
    };

    explicit BrokerSession(QObject *parent = nullptr);
    explicit BrokerSession(const IngestOptions &options, QObject *parent = nullptr);
    // Says goodbye to the broker (DISCONNECT, at most a short grace) and stops the thread.
    ~BrokerSession() override;

    IngestPipeline *pipeline() const { return m_pipeline; }

    // Connects with these settings and, once connected, subscribes to `subscriptions` (after a
    // reconnect the client restores them itself). A previous connection is closed first.
    // False with *error when no transport can be made (unreadable TLS file, wrong passphrase):
    // nothing changes then.
    bool open(const ConnectionSettings &settings, const QList<Mqtt::Subscription> &subscriptions,
              QString *error);
    // DISCONNECT and close; the Will is not published. Also stops a reconnect in progress.
    void close();
    // Drops the connection without DISCONNECT, as a crash would: the broker publishes the Will.
    void abort();
    // While reconnecting: the next attempt now.
    void reconnectNow();

    State state() const { return m_state; }
    bool isOpen() const { return m_state != State::Disconnected; }
    // One line for the user: "Connected to broker.lan (MQTT 5, session resumed)",
    // "Reconnecting in 4 s — <reason>", "Error — <reason>" ...
    QString statusText() const;
    // Why the last connection or attempt ended (empty after a clean close, or when connected).
    QString lastError() const { return m_lastError; }
    // True while the state is Disconnected because of an error, not because we asked.
    bool hasError() const { return m_state == State::Disconnected && !m_lastError.isEmpty(); }
    ConnectionSettings settings() const { return m_settings; }
    QString endpoint() const { return m_settings.endpoint(); }
    // Host as the user knows it, for the status line.
    QString host() const { return m_settings.url.host; }
    Mqtt::ProtocolVersion protocolVersion() const { return m_version; }
    bool sessionPresent() const { return m_sessionPresent; }
    QString clientId() const { return m_clientId; }
    Mqtt::Properties connackProperties() const { return m_connack; }
    // Filters the broker granted, minus those unsubscribed.
    QList<Mqtt::Subscription> subscriptions() const { return m_subscriptions; }
    Traffic traffic() const;
    // Nanoseconds the network thread waited for the pipeline (back-pressure) since open().
    qint64 networkWaitNs() const { return m_waitedNs.load(std::memory_order_relaxed); }

    // Token > 0 whose result arrives as published()/publishFailed(); -1 when not open
    // (*error says why). Accepted while connecting or reconnecting: the client queues it.
    int publish(const Mqtt::Message &message, QString *error = nullptr);
    int subscribe(const QList<Mqtt::Subscription> &subscriptions, const Mqtt::Properties &properties = {},
                  QString *error = nullptr);
    int unsubscribe(const QStringList &filters, QString *error = nullptr);

    // Messages received on topics matching a watched filter are also handed to the GUI thread
    // through watchedMessagesReceived() (request/response replies ...), besides the pipeline.
    // Counted: each addWatch() needs its removeWatch(). Costs nothing while no filter is watched.
    void addWatch(const QString &filter);
    void removeWatch(const QString &filter);

    // Whether a subscription of ours brings a message published to `topic` back to us
    // (ignoring No Local subscriptions).
    bool isEchoed(const QString &topic) const;

    // Back-pressure (default on): while the pipeline is behind, the network thread stops
    // reading and TCP slows the broker down, instead of dropping messages. Set before open().
    void setBackPressure(bool on) { m_backPressure = on; }
    // Bounds the socket's read buffer (bytes; 0 = unbounded), so a paused reader leaves the
    // backlog in the kernel. Set before open().
    void setReadBufferSize(qint64 bytes) { m_readBufferSize = bytes; }
    // Called on the network thread with each received batch before it is ingested (benchmarks
    // timestamp the first message with it). Set before open().
    void setReceiveObserver(std::function<void(const QList<Mqtt::Message> &)> observer)
    {
        m_observer = std::move(observer);
    }

Q_SIGNALS:
    void stateChanged(BrokerSession::State state);
    // The status line changed (state, reason, or the reconnect countdown's deadline).
    void statusChanged();
    void connected(bool sessionPresent);
    // reason empty after close(); otherwise why the connection or an attempt ended.
    void disconnected(const QString &reason);
    void errorOccurred(const QString &message);
    void reconnectScheduled(int attempt, int delayMs, const QString &reason);
    void subscriptionsChanged();
    // QoS 0: written; QoS 1/2: acknowledged by the broker, with its reason code (MQTT 5:
    // Success or a notice such as NoMatchingSubscribers 0x10; Success for QoS 0 and 3.1.1).
    void published(int token, Mqtt::ReasonCode reason = Mqtt::ReasonCode::Success);
    void publishFailed(int token, Mqtt::ReasonCode reason, const QString &message);
    void subscribed(int token, const QList<Mqtt::ReasonCode> &results);
    void unsubscribed(int token, const QList<Mqtt::ReasonCode> &results);
    // Received messages on watched topics (see addWatch()), in arrival order.
    void watchedMessagesReceived(const QList<Mqtt::Message> &messages);

private:
    struct Snapshot;
    class Network;

    void post(std::function<void()> onGuiThread);
    void applySnapshot(quint64 generation, const Snapshot &snapshot);
    void retireClient();
    // The network side to send a request to; null with *error when not open.
    Network *requestTarget(QString *error) const;

    IngestPipeline *m_pipeline = nullptr;
    QThread *m_thread = nullptr;
    Network *m_network = nullptr;  // lives in m_thread; owns the client
    QList<QPointer<QObject>> m_retired; // earlier network sides, deleting themselves
    quint64 m_generation = 0;      // which open() the network side's reports belong to

    ConnectionSettings m_settings;
    bool m_backPressure = true;
    qint64 m_readBufferSize = 0;
    std::function<void(const QList<Mqtt::Message> &)> m_observer;

    // GUI-thread copy of the client's state.
    State m_state = State::Disconnected;
    QString m_lastError;
    Mqtt::ProtocolVersion m_version = Mqtt::ProtocolVersion::V5;
    bool m_sessionPresent = false;
    QString m_clientId;
    Mqtt::Properties m_connack;
    QList<Mqtt::Subscription> m_subscriptions;
    QDeadlineTimer m_reconnectAt;
    bool m_closing = false;
    int m_nextToken = 0;

    std::atomic<quint64> m_messagesIn{0};
    std::atomic<quint64> m_bytesIn{0};
    std::atomic<quint64> m_messagesOut{0};
    std::atomic<quint64> m_bytesOut{0};
    std::atomic<qint64> m_waitedNs{0};

    // Watched filters, read by the network thread for each received batch.
    mutable std::mutex m_watchMutex;
    QStringList m_watches; // with repetitions, one per addWatch()
    std::atomic<int> m_watchCount{0};
};
