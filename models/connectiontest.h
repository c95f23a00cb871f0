#pragma once

#include "connectionsettings.h"
#include "connectiontestresult.h"

#include <QObject>
#include <QPointer>

namespace Mqtt {
class Client;
}

// "Test connection" for the connection dialog: connects once with the given settings (no
// automatic reconnect, no subscriptions), records what the broker answered in CONNACK, and
// disconnects at once; or reports why it could not connect, with the certificate the broker
// presented when TLS verification failed. Headless (widgets never touch Mqtt::Client), runs on
// the thread it lives on: the client never blocks.
class ConnectionTest : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
public:
    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    // Starts a test (cancelling one that is running). finished() follows, never from inside
    // this call. A Last Will in the settings is left out: a test must not trigger it.
    void start(const ConnectionSettings &settings);
    // Stops a running test without finished().
    void cancel();
    bool isRunning() const { return m_client != nullptr; }
    // The last finished test.
    ConnectionTestResult result() const { return m_result; }

Q_SIGNALS:
    void runningChanged(bool running);
    // A sentence for a status line while the test runs ("Connecting to mqtts://host:8883…").
    void progress(const QString &text);
    void finished(const ConnectionTestResult &result);

private:
    void finish(ConnectionTestResult result);

    Mqtt::Client *m_client = nullptr;
    ConnectionTestResult m_pending;
    ConnectionTestResult m_result;
    quint64 m_generation = 0;
};
