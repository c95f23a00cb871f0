#pragma once

#include "connectionsettings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

#include <memory>

class QTcpSocket;
class QTemporaryDir;

// The Local demo's private broker: a mosquitto (Debian package "mosquitto") started as a child
// process on free loopback ports (127.0.0.1) with a configuration generated in a temporary
// directory: one MQTT listener and one WebSocket listener, anonymous access, no persistence.
//
// start() returns at once; started() comes when the broker accepts connections on both
// ports, failed() with a sentence for the user otherwise (mosquitto not installed: how to
// install it; a port taken meanwhile: tried again on new ports first). The broker stops with
// this object, and it also dies with the application when that is killed: the child asks the
// kernel for SIGKILL when its parent goes away (PR_SET_PDEATHSIG), so no orphan mosquitto
// keeps running.
class DemoBroker : public QObject
{
    Q_OBJECT
public:
    explicit DemoBroker(QObject *parent = nullptr);
    ~DemoBroker() override;

    void start();
    // Terminates the broker (SIGTERM, then SIGKILL after a moment). Emits nothing.
    void stop();
    bool isRunning() const { return m_running; }
    bool isStarting() const { return m_process && !m_running; }

    // Where to connect (valid once started()): mqtt://127.0.0.1:PORT, anonymous, MQTT 5.
    ConnectionSettings settings() const;
    // The same broker over ws://127.0.0.1:PORT/mqtt.
    ConnectionSettings webSocketSettings() const;
    quint16 port() const { return m_port; }
    quint16 webSocketPort() const { return m_wsPort; }
    // The broker's process id (0 when not running), e.g. to check it is gone.
    qint64 processId() const;
    // What mosquitto printed so far (its log goes to stdout).
    QString log() const;

    // The mosquitto program (environment variable MQTTSCOPE_MOSQUITTO, else PATH and
    // /usr/sbin), or empty when it is not installed.
    static QString findMosquitto();
    // The sentence shown when mosquitto is missing.
    static QString notInstalledMessage();

Q_SIGNALS:
    void started();
    void failed(const QString &reason);

private:
    bool launch(QString *error);
    bool writeConfig(const QString &path, QString *error) const;
    void probe();
    void onProbeResult(bool accepted);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString &reason);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QTcpSocket *m_probe = nullptr;
    QTimer m_probeTimer;
    QElapsedTimer m_startClock;
    quint16 m_port = 0;
    quint16 m_wsPort = 0;
    int m_portsReady = 0; // 0: probing the MQTT port, 1: the WebSocket port
    int m_attempt = 0;
    bool m_running = false;
    mutable QString m_log;
};
