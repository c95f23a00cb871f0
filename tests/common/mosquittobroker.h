#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <QList>
#include <QPair>

#include <memory>

// A real mosquitto broker for one test: started on free loopback ports with a generated
// configuration in a temporary directory, stopped (and its files removed) on destruction.
// If mosquitto is not installed, start() fails with a message; tests must then QFAIL (never
// skip): scripts/test.sh installs it.
class MosquittoBroker
{
public:
    MosquittoBroker();
    ~MosquittoBroker();

    // Adds a listener before start(). `lines` are extra config lines that follow the
    // "listener <port> 127.0.0.1" line (e.g. "protocol websockets", "cafile ...",
    // "password_file ..."). Returns the chosen free port. The plain MQTT listener is always
    // there (port()).
    quint16 addListener(const QStringList &lines = {});
    // Extra global configuration lines (e.g. "persistence true", "max_inflight_messages 0").
    void addGlobalConfig(const QStringList &lines);
    // Enables persistence in the broker's own directory (for session / restart tests).
    void setPersistence(bool on);
    // Writes a mosquitto password file with these user:password pairs (via mosquitto_passwd)
    // and returns its path, for use in a listener's "password_file" line.
    QString createPasswordFile(const QList<QPair<QString, QString>> &users, QString *error = nullptr);

    bool start(QString *error = nullptr);
    void stop();
    // Stops and starts again on the same ports with the same configuration (persistence keeps
    // sessions and retained messages when enabled).
    bool restart(QString *error = nullptr);
    bool isRunning() const;

    QString host() const { return QStringLiteral("127.0.0.1"); }
    // The main listener's port; final once start() succeeded (it may pick another one when
    // the first choice was taken meanwhile).
    quint16 port() const { return m_port; }
    QString directory() const; // the temporary directory (config, password files, persistence)
    QString log() const;       // what the broker printed so far

    // A free TCP port on 127.0.0.1 at this moment.
    static quint16 freePort();
    // Path of a program (mosquitto, mosquitto_passwd, python3 ...) or empty.
    static QString findProgram(const QString &name);

private:
    bool startOnce(QString *error);
    bool waitForPort(quint16 port, int timeoutMs) const;
    QString writeConfig() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QStringList m_global;
    QList<QPair<quint16, QStringList>> m_listeners;
    quint16 m_port = 0;
    bool m_persistence = false;
    bool m_started = false; // started once: the ports are known to the test and must stay
    mutable QString m_log;
};
