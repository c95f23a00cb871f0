#include "brokersession.h"

#include "topic.h"
#include "transport.h"

#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSession, "mqttscope.session")

namespace {
// How long a closing client may take to say goodbye before it is dropped anyway.
constexpr int GoodbyeGraceMs = 1500;
} // namespace

// What the GUI thread keeps of the client, taken on the network thread.
struct BrokerSession::Snapshot
{
    State state = State::Disconnected;
    QString endReason; // why it is Disconnected or Reconnecting; empty when asked to close
    Mqtt::ProtocolVersion version = Mqtt::ProtocolVersion::V5;
    bool sessionPresent = false;
    QString clientId;
    Mqtt::Properties connack;
    QList<Mqtt::Subscription> subscriptions;
};

// The network thread's side of one open(): owns the client, forwards its reports to the
// session as queued calls tagged with the generation they belong to. Only ever touched on the
// network thread (after the move).
class BrokerSession::Network : public QObject
{
public:
    Network(BrokerSession *session, quint64 generation, Mqtt::Client *client,
            const QList<Mqtt::Subscription> &subscriptions)
        : m_session(session), m_pipeline(session->m_pipeline), m_generation(generation), m_client(client),
          m_initial(subscriptions), m_backPressure(session->m_backPressure), m_observer(session->m_observer),
          m_endpoint(session->m_settings.endpoint())
    {
        m_client->setParent(this);
        wire();
    }

    void start() { m_client->connectToHost(); }

    void close()
    {
        m_asked = true;
        if (m_client->state() == State::Reconnecting)
            m_client->cancelReconnect();
        else if (m_client->state() != State::Disconnected)
            m_client->disconnectFromHost();
    }

    void abort()
    {
        m_asked = true;
        m_client->abortConnection();
    }

    void reconnectNow()
    {
        if (m_client->state() == State::Reconnecting)
            m_client->connectToHost();
    }

    // This connection is no longer the session's: say goodbye and go.
    void retire()
    {
        m_retired = true;
        m_asked = true;
        if (m_client->state() == State::Disconnected) {
            deleteLater();
            return;
        }
        connect(m_client, &Mqtt::Client::stateChanged, this, [this](State s) {
            if (s == State::Disconnected)
                deleteLater();
        });
        QTimer::singleShot(GoodbyeGraceMs, this, &QObject::deleteLater);
        close();
    }

    // Ends the thread once the client said goodbye (or the grace passed).
    void shutdown(QThread *thread)
    {
        m_retired = true;
        m_asked = true;
        if (m_client->state() == State::Disconnected) {
            thread->quit();
            return;
        }
        connect(m_client, &Mqtt::Client::stateChanged, this, [thread](State s) {
            if (s == State::Disconnected)
                thread->quit();
        });
        QTimer::singleShot(GoodbyeGraceMs, this, [thread] { thread->quit(); });
        close();
    }

    void publish(const Mqtt::Message &message, int token, bool echoed)
    {
        m_syncError.clear();
        const int clientToken = m_client->publish(message);
        if (clientToken < 0) {
            const QString why = m_syncError.isEmpty() ? BrokerSession::tr("The message could not be published.") : m_syncError;
            post([token, why](BrokerSession *s) { Q_EMIT s->publishFailed(token, Mqtt::ReasonCode::UnspecifiedError, why); });
            return;
        }
        m_publishTokens.insert(clientToken, token);
        Mqtt::Message logged = message;
        if (logged.timestamp() == 0)
            logged.setTimestamp(QDateTime::currentMSecsSinceEpoch());
        m_pipeline->ingestSentMessage(logged, !echoed);
    }

    void subscribe(const QList<Mqtt::Subscription> &subscriptions, const Mqtt::Properties &properties, int token)
    {
        m_syncError.clear();
        const int clientToken = m_client->subscribe(subscriptions, properties);
        if (clientToken < 0) {
            failRequest(token, subscriptions.size(), true);
            return;
        }
        m_subscribeTokens.insert(clientToken, token);
    }

    void unsubscribe(const QStringList &filters, int token)
    {
        m_syncError.clear();
        const int clientToken = m_client->unsubscribe(filters);
        if (clientToken < 0) {
            failRequest(token, filters.size(), false);
            return;
        }
        m_unsubscribeTokens.insert(clientToken, token);
    }

private:
    using State = BrokerSession::State;

    // Runs f on the session's thread, unless the session has moved on to another connection.
    void post(std::function<void(BrokerSession *)> f)
    {
        if (m_retired)
            return;
        QPointer<BrokerSession> session = m_session;
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            m_session,
            [session, generation, f = std::move(f)] {
                if (session && session->m_generation == generation)
                    f(session);
            },
            Qt::QueuedConnection);
    }

    void failRequest(int token, qsizetype count, bool subscribing)
    {
        const QString why = m_syncError.isEmpty() ? BrokerSession::tr("The request could not be sent.") : m_syncError;
        const QList<Mqtt::ReasonCode> results(count, Mqtt::ReasonCode::UnspecifiedError);
        post([token, results, why, subscribing](BrokerSession *s) {
            Q_EMIT s->errorOccurred(why);
            if (subscribing)
                Q_EMIT s->subscribed(token, results);
            else
                Q_EMIT s->unsubscribed(token, results);
        });
    }

    Snapshot snapshot() const
    {
        Snapshot snap;
        snap.state = m_client->state();
        snap.version = m_client->protocolVersion();
        snap.sessionPresent = m_client->sessionPresent();
        snap.clientId = m_client->clientId();
        snap.connack = m_client->connackProperties();
        snap.subscriptions = m_client->subscriptions();
        if (snap.state == State::Reconnecting) {
            snap.endReason = m_reconnectReason;
        } else if (snap.state == State::Disconnected && !m_asked) {
            // The same precedence the CLI uses: the broker's or the library's reason for the
            // end, else the last error, else a plain sentence.
            snap.endReason = !m_disconnectReason.isEmpty() ? m_disconnectReason : m_lastError;
            if (snap.endReason.isEmpty())
                snap.endReason = BrokerSession::tr("The connection to %1 was closed.").arg(m_endpoint);
        }
        return snap;
    }

    void postSnapshot()
    {
        const Snapshot snap = snapshot();
        const quint64 generation = m_generation;
        post([snap, generation](BrokerSession *s) { s->applySnapshot(generation, snap); });
    }

    void wire()
    {
        Mqtt::Client *c = m_client;
        // Deferred once: the client may say why (disconnected / errorOccurred) right after it
        // reports the state, within the same call.
        connect(c, &Mqtt::Client::stateChanged, this, [this] { QTimer::singleShot(0, this, [this] { postSnapshot(); }); });
        connect(c, &Mqtt::Client::connected, this, [this](bool sessionPresent) {
            m_lastError.clear();
            m_disconnectReason.clear();
            m_reconnectReason.clear();
            if (!m_subscribedInitial && !m_initial.isEmpty()) {
                m_subscribedInitial = true;
                const int clientToken = m_client->subscribe(m_initial);
                if (clientToken > 0)
                    m_subscribeTokens.insert(clientToken, 0);
            }
            postSnapshot();
            post([sessionPresent](BrokerSession *s) { Q_EMIT s->connected(sessionPresent); });
        });
        connect(c, &Mqtt::Client::disconnected, this, [this](const QString &reason) {
            if (!reason.isEmpty())
                m_disconnectReason = reason;
            post([reason](BrokerSession *s) { Q_EMIT s->disconnected(reason); });
        });
        connect(c, &Mqtt::Client::errorOccurred, this, [this](const QString &message) {
            m_syncError = message;
            if (m_lastError.isEmpty())
                m_lastError = message;
            post([message](BrokerSession *s) { Q_EMIT s->errorOccurred(message); });
        });
        connect(c, &Mqtt::Client::reconnectScheduled, this, [this](int attempt, int delayMs, const QString &reason) {
            m_reconnectReason = reason;
            m_lastError.clear();
            m_disconnectReason.clear();
            post([attempt, delayMs, reason](BrokerSession *s) {
                s->m_reconnectAt = QDeadlineTimer(delayMs);
                s->m_lastError = reason;
                Q_EMIT s->reconnectScheduled(attempt, delayMs, reason);
                Q_EMIT s->statusChanged();
            });
        });
        connect(c, &Mqtt::Client::resubscribed, this, [this] { postSnapshot(); });
        connect(
            c, &Mqtt::Client::messagesReceived, this,
            [this](const QList<Mqtt::Message> &messages) {
                quint64 bytes = 0;
                for (const Mqtt::Message &m : messages)
                    bytes += quint64(m.payload().size()) + quint64(m.topic().size());
                m_session->m_messagesIn.fetch_add(quint64(messages.size()), std::memory_order_relaxed);
                m_session->m_bytesIn.fetch_add(bytes, std::memory_order_relaxed);
                if (m_observer)
                    m_observer(messages);
                if (m_session->m_watchCount.load(std::memory_order_relaxed) > 0)
                    forwardWatched(messages);
                if (m_backPressure)
                    m_session->m_waitedNs.fetch_add(m_pipeline->ingestWaiting(messages), std::memory_order_relaxed);
                else
                    m_pipeline->ingest(messages);
            },
            Qt::DirectConnection);
        // Queued to ourselves: a result may be reported within publish()/subscribe(), before
        // the token mapping exists.
        connect(
            c, &Mqtt::Client::published, this,
            [this](int clientToken, Mqtt::ReasonCode reason) {
                const int token = m_publishTokens.take(clientToken);
                if (token > 0)
                    post([token, reason](BrokerSession *s) { Q_EMIT s->published(token, reason); });
            },
            Qt::QueuedConnection);
        connect(
            c, &Mqtt::Client::publishFailed, this,
            [this](int clientToken, Mqtt::ReasonCode reason, const QString &message) {
                const int token = m_publishTokens.take(clientToken);
                if (token > 0)
                    post([token, reason, message](BrokerSession *s) { Q_EMIT s->publishFailed(token, reason, message); });
            },
            Qt::QueuedConnection);
        connect(
            c, &Mqtt::Client::subscribed, this,
            [this](int clientToken, const QList<Mqtt::ReasonCode> &results) {
                if (!m_subscribeTokens.contains(clientToken))
                    return;
                const int token = m_subscribeTokens.take(clientToken);
                if (token == 0) // the subscriptions on connect: refusals are errors worth a word
                    reportRefused(m_initial, results);
                postSnapshot();
                post([token, results](BrokerSession *s) { Q_EMIT s->subscribed(token, results); });
            },
            Qt::QueuedConnection);
        connect(
            c, &Mqtt::Client::unsubscribed, this,
            [this](int clientToken, const QList<Mqtt::ReasonCode> &results) {
                if (!m_unsubscribeTokens.contains(clientToken))
                    return;
                const int token = m_unsubscribeTokens.take(clientToken);
                postSnapshot();
                post([token, results](BrokerSession *s) { Q_EMIT s->unsubscribed(token, results); });
            },
            Qt::QueuedConnection);
    }

    void forwardWatched(const QList<Mqtt::Message> &messages)
    {
        QStringList filters;
        {
            std::lock_guard<std::mutex> lock(m_session->m_watchMutex);
            filters = m_session->m_watches;
        }
        QList<Mqtt::Message> matched;
        for (const Mqtt::Message &m : messages) {
            for (const QString &f : std::as_const(filters)) {
                if (Mqtt::Topic::matches(f, m.topic())) {
                    matched.append(m);
                    break;
                }
            }
        }
        if (!matched.isEmpty())
            post([matched](BrokerSession *s) { Q_EMIT s->watchedMessagesReceived(matched); });
    }

    void reportRefused(const QList<Mqtt::Subscription> &subscriptions, const QList<Mqtt::ReasonCode> &results)
    {
        for (int i = 0; i < subscriptions.size() && i < results.size(); ++i) {
            if (!Mqtt::isError(results.at(i)))
                continue;
            const QString why = BrokerSession::tr("The broker refused the subscription to '%1': %2")
                                    .arg(subscriptions.at(i).filter,
                                         Mqtt::reasonCodeText(results.at(i), Mqtt::PacketType::Suback));
            post([why](BrokerSession *s) { Q_EMIT s->errorOccurred(why); });
        }
    }

    BrokerSession *m_session;
    IngestPipeline *m_pipeline;
    const quint64 m_generation;
    Mqtt::Client *m_client;
    const QList<Mqtt::Subscription> m_initial;
    const bool m_backPressure;
    const std::function<void(const QList<Mqtt::Message> &)> m_observer;
    const QString m_endpoint;
    bool m_subscribedInitial = false;
    bool m_asked = false;
    bool m_retired = false;
    QString m_syncError;
    QString m_lastError;
    QString m_disconnectReason;
    QString m_reconnectReason;
    QHash<int, int> m_publishTokens;
    QHash<int, int> m_subscribeTokens;
    QHash<int, int> m_unsubscribeTokens;
};

BrokerSession::BrokerSession(QObject *parent) : BrokerSession(IngestOptions(), parent) {}

BrokerSession::BrokerSession(const IngestOptions &options, QObject *parent)
    : QObject(parent), m_pipeline(new IngestPipeline(options, this)), m_thread(new QThread)
{
    m_thread->setObjectName(QStringLiteral("mqttscope-network"));
    m_thread->start();
}

BrokerSession::~BrokerSession()
{
    // The network thread may be waiting for room in the pipeline: let it go first.
    m_pipeline->cancelWaits();
    if (Network *network = m_network) {
        QThread *thread = m_thread;
        QMetaObject::invokeMethod(network, [network, thread] { network->shutdown(thread); }, Qt::QueuedConnection);
    } else {
        m_thread->quit();
    }
    m_thread->wait();
    // What is still there of the network sides (the current one, retired ones still saying
    // goodbye) goes now: the thread has ended, nothing else touches them.
    delete m_network;
    for (const QPointer<QObject> &retired : std::as_const(m_retired))
        delete retired.data();
    delete m_thread;
}

bool BrokerSession::open(const ConnectionSettings &settings, const QList<Mqtt::Subscription> &subscriptions,
                         QString *error)
{
    auto client = std::make_unique<Mqtt::Client>();
    QString why;
    if (!settings.configure(client.get(), &why)) {
        if (error)
            *error = why.isEmpty() ? tr("Cannot connect to %1.").arg(settings.endpoint()) : why;
        return false;
    }
    if (m_readBufferSize > 0) {
        if (Mqtt::Transport *transport = client->transport())
            transport->setReadBufferSize(m_readBufferSize);
    }
    retireClient();
    m_pipeline->resumeWaits();
    m_settings = settings;
    m_lastError.clear();
    m_connack = {};
    m_subscriptions.clear();
    m_sessionPresent = false;
    m_clientId.clear();
    m_version = settings.options.version;
    m_closing = false;
    m_messagesIn = 0;
    m_bytesIn = 0;
    m_messagesOut = 0;
    m_bytesOut = 0;
    m_waitedNs = 0;

    m_network = new Network(this, ++m_generation, client.release(), subscriptions);
    m_network->moveToThread(m_thread);
    Network *network = m_network;
    QMetaObject::invokeMethod(network, [network] { network->start(); }, Qt::QueuedConnection);
    // Connecting at once on screen; the client's own report follows.
    m_state = State::Connecting;
    Q_EMIT stateChanged(m_state);
    Q_EMIT statusChanged();
    return true;
}

void BrokerSession::retireClient()
{
    if (!m_network)
        return;
    Network *old = m_network;
    m_network = nullptr;
    m_retired.append(QPointer<QObject>(old));
    // The old side may be blocked waiting for room; it must get to its goodbye.
    m_pipeline->cancelWaits();
    QMetaObject::invokeMethod(old, [old] { old->retire(); }, Qt::QueuedConnection);
}

void BrokerSession::close()
{
    if (!m_network || m_state == State::Disconnected)
        return;
    m_closing = true;
    Network *network = m_network;
    QMetaObject::invokeMethod(network, [network] { network->close(); }, Qt::QueuedConnection);
}

void BrokerSession::abort()
{
    if (!m_network || m_state == State::Disconnected)
        return;
    m_closing = true;
    Network *network = m_network;
    QMetaObject::invokeMethod(network, [network] { network->abort(); }, Qt::QueuedConnection);
}

void BrokerSession::reconnectNow()
{
    if (!m_network || m_state != State::Reconnecting)
        return;
    Network *network = m_network;
    QMetaObject::invokeMethod(network, [network] { network->reconnectNow(); }, Qt::QueuedConnection);
}

void BrokerSession::applySnapshot(quint64 generation, const Snapshot &snapshot)
{
    if (generation != m_generation)
        return;
    const bool stateChangedNow = snapshot.state != m_state;
    const bool subscriptionsChangedNow = snapshot.subscriptions != m_subscriptions;
    m_state = snapshot.state;
    m_version = snapshot.version;
    m_sessionPresent = snapshot.sessionPresent;
    m_clientId = snapshot.clientId;
    m_connack = snapshot.connack;
    m_subscriptions = snapshot.subscriptions;
    if (m_state == State::Connected)
        m_lastError.clear();
    else if (m_state == State::Reconnecting || m_state == State::Disconnected)
        m_lastError = m_closing ? QString() : snapshot.endReason;
    if (m_state == State::Disconnected)
        m_closing = false;
    if (stateChangedNow)
        Q_EMIT stateChanged(m_state);
    if (subscriptionsChangedNow)
        Q_EMIT subscriptionsChanged();
    Q_EMIT statusChanged();
}

QString BrokerSession::statusText() const
{
    const QString h = host();
    switch (m_state) {
    case State::Disconnected:
        return m_lastError.isEmpty() ? tr("Disconnected") : tr("Error — %1").arg(m_lastError);
    case State::Connecting:
        return tr("Connecting to %1…").arg(h);
    case State::Connected: {
        const QString version = m_version == Mqtt::ProtocolVersion::V5 ? QStringLiteral("MQTT 5") : QStringLiteral("MQTT 3.1.1");
        return m_sessionPresent ? tr("Connected to %1 (%2, session resumed)").arg(h, version)
                                : tr("Connected to %1 (%2)").arg(h, version);
    }
    case State::Disconnecting:
        return tr("Disconnecting from %1…").arg(h);
    case State::Reconnecting: {
        const qint64 seconds = (qMax<qint64>(0, m_reconnectAt.remainingTime()) + 999) / 1000;
        if (m_lastError.isEmpty())
            return tr("Reconnecting in %1 s").arg(seconds);
        return tr("Reconnecting in %1 s — %2").arg(seconds).arg(m_lastError);
    }
    }
    return {};
}

BrokerSession::Traffic BrokerSession::traffic() const
{
    Traffic t;
    t.messagesIn = m_messagesIn.load(std::memory_order_relaxed);
    t.bytesIn = m_bytesIn.load(std::memory_order_relaxed);
    t.messagesOut = m_messagesOut.load(std::memory_order_relaxed);
    t.bytesOut = m_bytesOut.load(std::memory_order_relaxed);
    t.dropped = m_pipeline->stats().dropped;
    return t;
}

BrokerSession::Network *BrokerSession::requestTarget(QString *error) const
{
    if (!m_network || m_state == State::Disconnected) {
        if (error)
            *error = tr("Not connected: connect to a broker first.");
        return nullptr;
    }
    return m_network;
}

int BrokerSession::publish(const Mqtt::Message &message, QString *error)
{
    Network *network = requestTarget(error);
    if (!network)
        return -1;
    const int token = ++m_nextToken;
    m_messagesOut.fetch_add(1, std::memory_order_relaxed);
    m_bytesOut.fetch_add(quint64(message.payload().size()) + quint64(message.topic().size()), std::memory_order_relaxed);
    // An alias-only publish has no topic name to show in the tree.
    const bool echoed = message.topic().isEmpty() || isEchoed(message.topic());
    QMetaObject::invokeMethod(
        network, [network, message, token, echoed] { network->publish(message, token, echoed); }, Qt::QueuedConnection);
    return token;
}

int BrokerSession::subscribe(const QList<Mqtt::Subscription> &subscriptions, const Mqtt::Properties &properties,
                             QString *error)
{
    Network *network = requestTarget(error);
    if (!network)
        return -1;
    const int token = ++m_nextToken;
    QMetaObject::invokeMethod(
        network, [network, subscriptions, properties, token] { network->subscribe(subscriptions, properties, token); },
        Qt::QueuedConnection);
    return token;
}

int BrokerSession::unsubscribe(const QStringList &filters, QString *error)
{
    Network *network = requestTarget(error);
    if (!network)
        return -1;
    const int token = ++m_nextToken;
    QMetaObject::invokeMethod(network, [network, filters, token] { network->unsubscribe(filters, token); },
                              Qt::QueuedConnection);
    return token;
}

void BrokerSession::addWatch(const QString &filter)
{
    std::lock_guard<std::mutex> lock(m_watchMutex);
    m_watches.append(filter);
    m_watchCount.store(int(m_watches.size()), std::memory_order_relaxed);
}

void BrokerSession::removeWatch(const QString &filter)
{
    std::lock_guard<std::mutex> lock(m_watchMutex);
    m_watches.removeOne(filter);
    m_watchCount.store(int(m_watches.size()), std::memory_order_relaxed);
}

bool BrokerSession::isEchoed(const QString &topic) const
{
    for (const Mqtt::Subscription &s : m_subscriptions) {
        if (!s.options.noLocal && Mqtt::Topic::matches(s.filter, topic))
            return true;
    }
    return false;
}
