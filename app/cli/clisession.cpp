#include "clisession.h"

#include "cli.h"

#include <QLoggingCategory>
#include <QTimer>

CliSession::CliSession(const Mqtt::ClientOptions &options, QObject *parent)
    : QObject(parent)
{
    m_client.setOptions(options);
    connect(&m_client, &Mqtt::Client::connected, this, [this](bool sessionPresent) {
        debugMessage(tr("Connected to %1:%2 with MQTT %3 as '%4'%5.")
                         .arg(m_client.options().host)
                         .arg(m_client.options().port)
                         .arg(m_client.protocolVersion() == Mqtt::ProtocolVersion::V5 ? QStringLiteral("5")
                                                                                      : QStringLiteral("3.1.1"),
                              m_client.clientId(), sessionPresent ? tr(", session present") : QString()));
        if (!m_finishing)
            Q_EMIT ready();
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
        reason = tr("The connection to %1:%2 was closed.").arg(m_client.options().host).arg(m_client.options().port);
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
