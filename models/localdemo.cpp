#include "localdemo.h"

LocalDemo::LocalDemo(QObject *parent)
    : QObject(parent), m_broker(new DemoBroker(this)), m_simulator(new SensorSimulator(this))
{
    connect(m_broker, &DemoBroker::started, this, &LocalDemo::onBrokerStarted);
    connect(m_broker, &DemoBroker::failed, this, &LocalDemo::fail);
    connect(m_simulator, &SensorSimulator::started, this, [this] {
        if (!m_starting)
            return;
        m_starting = false;
        m_running = true;
        Q_EMIT statusMessage(tr("Local demo running on %1").arg(m_broker->settings().endpoint()));
        Q_EMIT started(m_broker->settings());
    });
    connect(m_simulator, &SensorSimulator::failed, this, [this](const QString &reason) {
        fail(tr("The Local demo's simulator stopped: %1").arg(reason));
    });
}

LocalDemo::~LocalDemo()
{
    // Simulator first, so its connections do not see the broker go away.
    delete m_simulator;
    m_simulator = nullptr;
    m_broker->stop();
}

void LocalDemo::setSimulatorConfig(const SimulatorConfig &config)
{
    m_simulator->setConfig(config);
}

QString LocalDemo::displayName()
{
    return tr("Local demo");
}

void LocalDemo::start()
{
    if (m_starting || m_running)
        return;
    m_starting = true;
    Q_EMIT statusMessage(tr("Starting the Local demo's broker…"));
    m_broker->start();
}

void LocalDemo::onBrokerStarted()
{
    if (!m_starting)
        return;
    Q_EMIT statusMessage(tr("Starting the Local demo's simulator…"));
    m_simulator->start(m_broker->settings());
}

void LocalDemo::fail(const QString &reason)
{
    const bool active = m_starting || m_running;
    stop();
    if (active)
        Q_EMIT failed(reason);
}

void LocalDemo::stop()
{
    m_starting = false;
    m_running = false;
    if (m_simulator)
        m_simulator->stop();
    m_broker->stop();
}
