#pragma once

#include "client.h"
#include "connectionsettings.h"
#include "simulatedhome.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

// What the simulator publishes and how often. The defaults make a lively screen for the
// Local demo; tests shorten the periods.
struct SimulatorConfig
{
    QStringList rooms = SimulatedHome::defaultRooms(4);
    // Sensor readings per second, all rooms together (they take turns). 0: one per room per
    // second, like a real sensor.
    double rate = 0;
    quint8 sensorQos = 1; // the seed's publisher uses QoS 1
    int extrasIntervalMs = 3000;  // lights, notifications, the binary meter frame
    int burstIntervalMs = 25000;  // vibration bursts; 0: none
    int burstSize = 40;
    // The doorbell stays connected this long, then drops its connection without DISCONNECT
    // (so the broker publishes its Last Will, "offline") and comes back after deviceOfflineMs.
    // 0: it never drops.
    int deviceOnlineMs = 45000;
    int deviceOfflineMs = 8000;
    // Stop after this many publishes (then finished()); 0: run until stop().
    quint64 messageLimit = 0;
};

// A built-in publisher that makes any broker look like a small smart home (see SimulatedHome
// for the topics): a main connection publishing sensors every second, text, binary frames,
// retained statuses and bursts now and then, and a second connection, the doorbell, that has
// a Last Will and drops off the network and comes back. Runs in the thread it lives in (it is
// light: a timer every 50 ms).
class SensorSimulator : public QObject
{
    Q_OBJECT
public:
    explicit SensorSimulator(QObject *parent = nullptr);
    ~SensorSimulator() override;

    void setConfig(const SimulatorConfig &config);
    SimulatorConfig config() const { return m_config; }

    // Connects to the broker and starts publishing once connected (started()). A client id in
    // the settings is used for the main connection, with "-doorbell" appended for the device.
    void start(const ConnectionSettings &settings);
    // Disconnects both connections cleanly (no Last Will); stopped() once they are closed.
    void stop();
    bool isRunning() const { return m_running; }

    // Publishes completed (QoS 0 written, QoS 1/2 acknowledged) by both connections.
    quint64 publishedCount() const { return m_completed; }
    bool isDeviceOnline() const { return m_deviceOnline; }

Q_SIGNALS:
    void started();
    // The main connection was refused or lost; the simulator has stopped.
    void failed(const QString &reason);
    void stopped();
    // The message limit was reached and every message completed.
    void finished();
    void deviceOnlineChanged(bool online);

private:
    Mqtt::Client *makeClient(const ConnectionSettings &settings, QString *error);
    void onMainState(Mqtt::Client::State state);
    void onMainConnected();
    void onDeviceState(Mqtt::Client::State state);
    void tick();
    void publishExtras();
    void publishBurst();
    void dropDevice();
    bool publish(Mqtt::Client *client, const Mqtt::Message &message);
    void onCompleted();
    void fail(const QString &reason);
    void checkStopped();
    bool limitReached() const { return m_config.messageLimit && m_sent >= m_config.messageLimit; }

    SimulatorConfig m_config;
    std::unique_ptr<SimulatedHome> m_home;
    Mqtt::Client *m_main = nullptr;
    Mqtt::Client *m_device = nullptr;
    QTimer m_tickTimer;
    QTimer m_extrasTimer;
    QTimer m_burstTimer;
    QTimer m_deviceTimer; // drop, then come back
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
    double m_credit = 0; // sensor readings due
    QString m_lastError;
    quint64 m_sent = 0;
    quint64 m_completed = 0;
    bool m_running = false;
    bool m_stopping = false;
    bool m_deviceOnline = false;
    bool m_finishedSent = false;
};
