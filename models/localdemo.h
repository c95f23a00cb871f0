#pragma once

#include "connectionsettings.h"
#include "demobroker.h"
#include "sensorsimulator.h"

#include <QObject>

// The Local demo in one object: a private mosquitto (DemoBroker) and the built-in simulator
// (SensorSimulator) publishing to it. The GUI starts it and, on started(), opens its session
// to the settings it carries; on failed() it shows the reason (for instance how to install
// mosquitto). Destroying it stops both; the broker also dies with a killed app.
class LocalDemo : public QObject
{
    Q_OBJECT
public:
    explicit LocalDemo(QObject *parent = nullptr);
    ~LocalDemo() override;

    // Sets what the simulator publishes (before start()).
    void setSimulatorConfig(const SimulatorConfig &config);

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isStarting() const { return m_starting; }
    // Where the demo broker listens (valid once started()).
    ConnectionSettings settings() const { return m_broker->settings(); }

    DemoBroker *broker() const { return m_broker; }
    SensorSimulator *simulator() const { return m_simulator; }

    // A name for the demo's profile and window title.
    static QString displayName();

Q_SIGNALS:
    // The broker accepts connections and the simulator publishes: connect to `settings`.
    void started(const ConnectionSettings &settings);
    // A sentence for the user; the demo has stopped.
    void failed(const QString &reason);
    // What the demo is doing, for a status bar ("Starting the local broker…").
    void statusMessage(const QString &text);

private:
    void onBrokerStarted();
    void fail(const QString &reason);

    DemoBroker *m_broker;
    SensorSimulator *m_simulator;
    bool m_starting = false;
    bool m_running = false;
};
