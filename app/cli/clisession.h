#pragma once

#include "client.h"
#include "connectionsettings.h"

#include <QEventLoop>
#include <QObject>

// One connection's life for a subcommand: connect, let the command work once connected,
// then DISCONNECT and leave the event loop with an exit code. Any way the connection can fail
// (refused CONNACK, network error, protocol error, the broker closing it) ends the loop with
// a one-line reason on stderr and Cli::Failure, unless automatic reconnect (--reconnect) is on
// and the client will try again: then each retry is announced on stderr and the command goes on.
class CliSession : public QObject
{
    Q_OBJECT
public:
    // The client connects as the settings say: URL, TLS, WebSocket headers. A transport that
    // cannot be made (unreadable TLS file, wrong passphrase ...) makes exec() fail at once.
    // --insecure turns on the library's warnings about the certificates it accepts anyway.
    explicit CliSession(const ConnectionSettings &settings, QObject *parent = nullptr);
    // Plain mqtt:// to options.host:options.port.
    explicit CliSession(const Mqtt::ClientOptions &options, QObject *parent = nullptr);

    Mqtt::Client *client() { return &m_client; }

    // Connects and runs the event loop until finish() or fail(); returns the exit code.
    int exec();
    // Ends successfully: a clean DISCONNECT first when connected.
    void finish();
    // Ends with a one-line reason on stderr and exit code Cli::Failure (after a DISCONNECT
    // when still connected, so a broker sees a normal end).
    void fail(const QString &reason);
    bool isFinishing() const { return m_finishing; }
    // Connection events on stderr (-d).
    void setDebug(bool on);
    void debugMessage(const QString &line) const;

Q_SIGNALS:
    // Connected: the command may subscribe or publish now.
    void ready();

private:
    void onStateChanged(Mqtt::Client::State state);
    void quit();

    Mqtt::Client m_client;
    QEventLoop m_loop;
    QString m_endpoint;   // the URL without password, for messages
    QString m_setupError; // why no transport could be made
    QString m_lastError;
    QString m_disconnectReason;
    int m_exitCode = 0;
    bool m_readySent = false;
    bool m_finishing = false;
    bool m_done = false;
    bool m_debug = false;
};
