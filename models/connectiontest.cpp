#include "connectiontest.h"

#include "client.h"
#include "transport.h"

#include <QTimer>

ConnectionTest::ConnectionTest(QObject *parent) : QObject(parent) {}

ConnectionTest::~ConnectionTest()
{
    cancel();
}

void ConnectionTest::start(const ConnectionSettings &settings)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_pending = ConnectionTestResult();
    m_pending.endpoint = settings.endpoint();
    m_pending.version = settings.options.version;

    ConnectionSettings testSettings = settings;
    testSettings.options.will.reset();
    testSettings.options.autoReconnect = false;
    testSettings.options.reconnectBeforeFirstConnection = false;
    // A test must not resume (and take messages from) or wipe a persistent session the profile
    // keeps on the broker, so it uses a client id of its own then. Otherwise the id stays as
    // given: brokers such as AWS IoT Core accept only the client ids a policy names.
    const bool persistentSession = !settings.options.cleanStart || settings.options.sessionExpiry > 0;
    if (persistentSession && !testSettings.options.clientId.isEmpty())
        testSettings.options.clientId += QStringLiteral("-test");
    testSettings.options.cleanStart = true;
    testSettings.options.sessionExpiry = 0;

    auto *client = new Mqtt::Client(this);
    QString error;
    if (!testSettings.configure(client, &error)) {
        delete client;
        m_pending.error = error;
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                finish(m_pending);
        });
        return;
    }
    m_client = client;
    emit runningChanged(true);

    if (Mqtt::Transport *transport = client->transport()) {
        connect(transport, &Mqtt::Transport::certificateRejected, this,
                [this](const Mqtt::CertificateInfo &certificate) { m_pending.rejectedCertificate = certificate; });
    }
    connect(client, &Mqtt::Client::errorOccurred, this, [this](const QString &message) {
        if (m_pending.error.isEmpty())
            m_pending.error = message;
    });
    connect(client, &Mqtt::Client::connected, this, [this, client](bool sessionPresent) {
        m_pending.connected = true;
        m_pending.sessionPresent = sessionPresent;
        m_pending.clientId = client->clientId();
        m_pending.connack = client->connackProperties();
        m_pending.error.clear();
        client->disconnectFromHost();
    });
    connect(client, &Mqtt::Client::disconnected, this, [this](const QString &reason) {
        if (!m_pending.connected && m_pending.error.isEmpty())
            m_pending.error = reason;
    });
    connect(client, &Mqtt::Client::stateChanged, this, [this, client](Mqtt::Client::State state) {
        if (state != Mqtt::Client::State::Disconnected || client != m_client)
            return;
        // The client reports why (disconnected(), errorOccurred()) after the state change, so
        // finish once it is done emitting; then it can go.
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, client, generation] {
            if (generation != m_generation || client != m_client)
                return;
            m_client = nullptr;
            client->deleteLater();
            emit runningChanged(false);
            finish(m_pending);
        });
    });
    emit progress(tr("Connecting to %1…").arg(m_pending.endpoint));
    client->connectToHost();
}

void ConnectionTest::cancel()
{
    ++m_generation;
    if (!m_client)
        return;
    Mqtt::Client *client = m_client;
    m_client = nullptr;
    client->disconnect(this);
    if (Mqtt::Transport *transport = client->transport())
        transport->disconnect(this);
    client->abortConnection();
    client->deleteLater();
    emit runningChanged(false);
}

void ConnectionTest::finish(ConnectionTestResult result)
{
    if (!result.connected && result.error.isEmpty())
        result.error = tr("Could not connect to %1.").arg(result.endpoint);
    m_result = result;
    emit finished(m_result);
}
