#include "clisession.h"

#include "cli.h"

#include <QLoggingCategory>
#include <QTimer>

CliSession::CliSession(const Mqtt::ClientOptions &options, QObject *parent)
    : CliSession(ConnectionSettings::plain(options), parent)
{
}

CliSession::CliSession(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_endpoint(settings.endpoint())
{
    // climain.cpp silences the library; the certificate problems --insecure lets pass must
    // still be seen (the factory warns once, each handshake names what it accepted).
    if (settings.tls.insecure)
        QLoggingCategory::setFilterRules(
            QStringLiteral("mqttscope.*=false\nqt.tlsbackend.*=false\nmqttscope.transport.warning=true"));
    if (!settings.configure(&m_client, &m_setupError) && m_setupError.isEmpty())
        m_setupError = tr("Cannot connect to %1.").arg(m_endpoint);
    connect(&m_client, &Mqtt::Client::connected, this, [this](bool sessionPresent) {
        debugMessage(tr("Connected to %1 with MQTT %2 as '%3'%4.")
                         .arg(m_endpoint,
                              m_client.protocolVersion() == Mqtt::ProtocolVersion::V5 ? QStringLiteral("5")
                                                                                      : QStringLiteral("3.1.1"),
                              m_client.clientId(), sessionPresent ? tr(", session present") : QString()));
        // Reasons from before a reconnect are stale now.
        m_lastError.clear();
        m_disconnectReason.clear();
        // Once: after a reconnect the client itself restores subscriptions and sends what was
        // not acknowledged; the command must not subscribe or publish a second time.
        if (!m_finishing && !m_readySent) {
            m_readySent = true;
            Q_EMIT ready();
        }
    });
    // --reconnect: a dropped connection is not the end, but the user hears about it.
    connect(&m_client, &Mqtt::Client::reconnectScheduled, this, [this](int attempt, int delayMs, const QString &reason) {
        Cli::printErr(tr("Reconnecting to %1 in %2 s (attempt %3): %4")
                          .arg(m_endpoint, QString::number(delayMs / 1000.0, 'f', 1), QString::number(attempt), reason));
        m_lastError.clear();
        m_disconnectReason.clear();
    });
    connect(&m_client, &Mqtt::Client::resubscribed, this,
            [this](const QList<Mqtt::Subscription> &subscriptions, const QList<Mqtt::ReasonCode> &results) {
                for (int i = 0; i < subscriptions.size() && i < results.size(); ++i) {
                    if (!Mqtt::isError(results.at(i)))
                        debugMessage(tr("Subscribed again to '%1' (granted QoS %2).")
                                         .arg(subscriptions.at(i).filter)
                                         .arg(int(results.at(i))));
                }
            });
    connect(&m_client, &Mqtt::Client::errorOccurred, this, [this](const QString &message) {
        if (m_lastError.isEmpty())
            m_lastError = message;
    });
    connect(&m_client, &Mqtt::Client::disconnected, this, [this](const QString &reason) {
        if (!reason.isEmpty())
            m_disconnectReason = reason;
    });
    // Deferred: the client may report why (disconnected / errorOccurred) right after it
    // reports the state, within the same call.
    connect(&m_client, &Mqtt::Client::stateChanged, this, [this](Mqtt::Client::State state) {
        QTimer::singleShot(0, this, [this, state] { onStateChanged(state); });
    });
}

int CliSession::exec()
{
    if (!m_setupError.isEmpty()) {
        Cli::printErr(m_setupError);
        return Cli::Failure;
    }
    m_client.connectToHost();
    if (!m_done)
        m_loop.exec();
    return m_exitCode;
}

void CliSession::onStateChanged(Mqtt::Client::State state)
{
    if (state != Mqtt::Client::State::Disconnected || m_done || m_client.state() != Mqtt::Client::State::Disconnected)
        return;
    if (m_finishing) {
        quit();
        return;
    }
    QString reason = !m_disconnectReason.isEmpty() ? m_disconnectReason : m_lastError;
    if (reason.isEmpty())
        reason = tr("The connection to %1 was closed.").arg(m_endpoint);
    Cli::printErr(reason);
    m_exitCode = Cli::Failure;
    quit();
}

void CliSession::finish()
{
    if (m_finishing)
        return;
    m_finishing = true;
    if (m_client.state() == Mqtt::Client::State::Disconnected)
        quit();
    else
        m_client.disconnectFromHost();
}

void CliSession::fail(const QString &reason)
{
    if (m_finishing)
        return;
    Cli::printErr(reason);
    m_exitCode = Cli::Failure;
    finish();
}

void CliSession::setDebug(bool on)
{
    m_debug = on;
    if (on) // the library's warnings and notes too (climain.cpp silences them by default)
        QLoggingCategory::setFilterRules(QStringLiteral("mqttscope.*.warning=true\nmqttscope.*.info=true"));
}

void CliSession::debugMessage(const QString &line) const
{
    if (m_debug)
        Cli::printErr(line);
}

void CliSession::quit()
{
    m_done = true;
    m_loop.quit();
}
