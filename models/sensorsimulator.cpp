#include "sensorsimulator.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

namespace {
constexpr int kTickMs = 50;
// Publishes waiting in the client (for CONNACK or the broker's Receive Maximum) beyond which
// readings are skipped rather than queued: the rate is a ceiling, not a debt.
constexpr int kMaxQueued = 2000;
} // namespace

SensorSimulator::SensorSimulator(QObject *parent) : QObject(parent)
{
    m_tickTimer.setInterval(kTickMs);
    connect(&m_tickTimer, &QTimer::timeout, this, &SensorSimulator::tick);
    connect(&m_extrasTimer, &QTimer::timeout, this, &SensorSimulator::publishExtras);
    connect(&m_burstTimer, &QTimer::timeout, this, &SensorSimulator::publishBurst);
    m_deviceTimer.setSingleShot(true);
    connect(&m_deviceTimer, &QTimer::timeout, this, [this] {
        if (m_device && m_device->state() == Mqtt::Client::State::Connected)
            dropDevice();
        else if (m_device && m_device->state() == Mqtt::Client::State::Disconnected && !m_stopping && !limitReached())
            m_device->connectToHost();
    });
}

SensorSimulator::~SensorSimulator()
{
    // The clients are our children; closing them here (not in QObject's destructor) keeps
    // their signals away from a half-destroyed simulator.
    m_stopping = true;
    for (Mqtt::Client *client : {m_main, m_device}) {
        if (client)
            client->disconnect(this);
    }
    delete m_main;
    delete m_device;
}

void SensorSimulator::setConfig(const SimulatorConfig &config)
{
    m_config = config;
    if (m_config.rooms.isEmpty())
        m_config.rooms = SimulatedHome::defaultRooms(1);
}

Mqtt::Client *SensorSimulator::makeClient(const ConnectionSettings &settings, QString *error)
{
    auto *client = new Mqtt::Client(this);
    if (!settings.configure(client, error)) {
        delete client;
        return nullptr;
    }
    connect(client, &Mqtt::Client::published, this, &SensorSimulator::onCompleted);
    connect(client, &Mqtt::Client::publishFailed, this, [this](int, Mqtt::ReasonCode, const QString &text) {
        qCDebug(lcDemo).noquote() << "simulator publish failed:" << text;
        onCompleted();
    });
    return client;
}

void SensorSimulator::start(const ConnectionSettings &settings)
{
    if (m_main)
        return;
    m_home = std::make_unique<SimulatedHome>(m_config.rooms);
    m_sent = m_completed = 0;
    m_stopping = m_finishedSent = false;

    ConnectionSettings main = settings;
    if (main.options.clientId.isEmpty())
        main.options.clientId = QStringLiteral("mqttscope-simulator-%1").arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0'));
    ConnectionSettings device = main;
    device.options.clientId = main.options.clientId + QStringLiteral("-doorbell");
    const Mqtt::Message will = SimulatedHome::doorbellWill();
    device.options.will = Mqtt::Will{will.topic(), will.payload(), will.qos(), will.retain(), {}};
    device.options.cleanStart = true;
    device.options.sessionExpiry = 0;
    device.options.autoReconnect = false; // it comes back on its own schedule

    QString error;
    m_main = makeClient(main, &error);
    if (m_main)
        m_device = makeClient(device, &error);
    if (!m_main || !m_device) {
        delete m_main;
        m_main = nullptr;
        fail(error);
        return;
    }
    connect(m_main, &Mqtt::Client::errorOccurred, this, [this](const QString &text) { m_lastError = text; });
    connect(m_main, &Mqtt::Client::disconnected, this, [this](const QString &reason) {
        if (!reason.isEmpty())
            m_lastError = reason;
    });
    connect(m_main, &Mqtt::Client::stateChanged, this, &SensorSimulator::onMainState);
    connect(m_main, &Mqtt::Client::connected, this, &SensorSimulator::onMainConnected);
    connect(m_device, &Mqtt::Client::stateChanged, this, &SensorSimulator::onDeviceState);
    m_running = true;
    m_main->connectToHost();
}

void SensorSimulator::onMainConnected()
{
    if (m_tickTimer.isActive())
        return; // reconnected (--reconnect in the CLI): the schedule goes on
    // Retained statuses first, so a subscriber that comes later sees every room at once.
    for (const Mqtt::Message &status : m_home->roomStatuses())
        publish(m_main, status);
    m_clock.start();
    m_lastTickMs = 0;
    // The first round of readings goes out at once: the screen fills without waiting.
    m_credit = m_config.rate > 0 ? std::min(m_config.rate, double(m_config.rooms.size())) : m_config.rooms.size();
    tick();
    m_tickTimer.start();
    if (m_config.extrasIntervalMs > 0) {
        publishExtras();
        m_extrasTimer.start(m_config.extrasIntervalMs);
    }
    if (m_config.burstIntervalMs > 0)
        m_burstTimer.start(m_config.burstIntervalMs);
    if (m_device->state() == Mqtt::Client::State::Disconnected)
        m_device->connectToHost();
    Q_EMIT started();
}

void SensorSimulator::onMainState(Mqtt::Client::State state)
{
    if (state != Mqtt::Client::State::Disconnected)
        return;
    if (m_stopping) {
        checkStopped();
        return;
    }
    fail(m_lastError.isEmpty() ? tr("The simulator's connection closed.") : m_lastError);
}

void SensorSimulator::onDeviceState(Mqtt::Client::State state)
{
    const bool online = state == Mqtt::Client::State::Connected;
    if (online != m_deviceOnline) {
        m_deviceOnline = online;
        Q_EMIT deviceOnlineChanged(online);
    }
    if (m_stopping) {
        if (state == Mqtt::Client::State::Disconnected)
            checkStopped();
        return;
    }
    if (online) {
        publish(m_device, SimulatedHome::doorbellOnline());
        if (m_config.deviceOnlineMs > 0)
            m_deviceTimer.start(m_config.deviceOnlineMs);
    } else if (state == Mqtt::Client::State::Disconnected && !m_deviceTimer.isActive()) {
        // Dropped on purpose, or could not connect: try again after a while.
        m_deviceTimer.start(std::max(m_config.deviceOfflineMs, 1000));
    }
}

void SensorSimulator::dropDevice()
{
    // No DISCONNECT: to the broker this looks like a device losing power, so it publishes the
    // Last Will (MQTT 5 §3.1.2.5).
    qCDebug(lcDemo) << "doorbell drops off the network";
    m_deviceTimer.start(std::max(m_config.deviceOfflineMs, 1));
    m_device->abortConnection();
}

void SensorSimulator::tick()
{
    if (!m_main || m_stopping || m_main->state() != Mqtt::Client::State::Connected)
        return;
    const qint64 now = m_clock.elapsed();
    const double rate = m_config.rate > 0 ? m_config.rate : double(m_config.rooms.size());
    m_credit += rate * double(now - m_lastTickMs) / 1000.0;
    m_lastTickMs = now;
    if (m_main->queuedCount() > kMaxQueued) {
        m_credit = 0;
        return;
    }
    const quint8 qos = m_config.sensorQos;
    while (m_credit >= 1.0 && !limitReached()) {
        m_credit -= 1.0;
        publish(m_main, m_home->nextSensorReading(qos));
    }
}

void SensorSimulator::publishExtras()
{
    if (!m_main || m_stopping)
        return;
    for (const Mqtt::Message &message : m_home->extras()) {
        // The doorbell rings through its own connection, when it is online.
        if (message.topic().startsWith(QLatin1String("home/hallway/doorbell"))) {
            if (m_deviceOnline)
                publish(m_device, message);
        } else {
            publish(m_main, message);
        }
    }
}

void SensorSimulator::publishBurst()
{
    if (!m_main || m_stopping)
        return;
    for (const Mqtt::Message &message : m_home->burst(m_config.burstSize))
        publish(m_main, message);
}

bool SensorSimulator::publish(Mqtt::Client *client, const Mqtt::Message &message)
{
    if (limitReached() || m_stopping)
        return false;
    if (client->publish(message) < 0)
        return false;
    ++m_sent;
    if (limitReached()) {
        m_tickTimer.stop();
        m_extrasTimer.stop();
        m_burstTimer.stop();
        m_deviceTimer.stop();
    }
    return true;
}

void SensorSimulator::onCompleted()
{
    ++m_completed;
    if (limitReached() && m_completed >= m_sent && !m_finishedSent) {
        m_finishedSent = true;
        Q_EMIT finished();
    }
}

void SensorSimulator::fail(const QString &reason)
{
    const bool wasRunning = m_running || m_main;
    m_stopping = true;
    m_running = false;
    m_tickTimer.stop();
    m_extrasTimer.stop();
    m_burstTimer.stop();
    m_deviceTimer.stop();
    if (m_device)
        m_device->disconnectFromHost();
    if (wasRunning || !reason.isEmpty())
        Q_EMIT failed(reason);
}

void SensorSimulator::stop()
{
    if (!m_main || m_stopping)
        return;
    m_stopping = true;
    m_tickTimer.stop();
    m_extrasTimer.stop();
    m_burstTimer.stop();
    m_deviceTimer.stop();
    m_main->disconnectFromHost();
    m_device->disconnectFromHost();
    checkStopped();
}

void SensorSimulator::checkStopped()
{
    if (!m_running)
        return;
    const auto closed = [](Mqtt::Client *c) { return !c || c->state() == Mqtt::Client::State::Disconnected; };
    if (closed(m_main) && closed(m_device)) {
        m_running = false;
        Q_EMIT stopped();
    }
}
