#include "demobroker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <csignal>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcDemo, "mqttscope.demo", QtInfoMsg)

namespace {

constexpr int kStartTimeoutMs = 10000;
constexpr int kProbeIntervalMs = 50;
constexpr int kMaxAttempts = 3; // new ports when another program took one meanwhile

quint16 freeLoopbackPort()
{
    // The kernel picks a free port; the small race with another program binding it before
    // mosquitto does is handled by trying again on new ports.
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

// The parent's pid, read before fork, for the child to compare with getppid().
pid_t g_parentPid = 0;

} // namespace

DemoBroker::DemoBroker(QObject *parent) : QObject(parent)
{
    m_probeTimer.setSingleShot(true);
    m_probeTimer.setInterval(kProbeIntervalMs);
    connect(&m_probeTimer, &QTimer::timeout, this, &DemoBroker::probe);
}

DemoBroker::~DemoBroker()
{
    stop();
}

QString DemoBroker::findMosquitto()
{
    // MQTTSCOPE_MOSQUITTO names another build of mosquitto (tests point it at nothing).
    const QString chosen = qEnvironmentVariable("MQTTSCOPE_MOSQUITTO");
    if (!chosen.isEmpty())
        return QFileInfo(chosen).isExecutable() ? chosen : QString();
    // Debian installs it in /usr/sbin, which a normal user's PATH often lacks.
    QString path = QStandardPaths::findExecutable(QStringLiteral("mosquitto"));
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(QStringLiteral("mosquitto"),
                                              {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"),
                                               QStringLiteral("/usr/bin"), QStringLiteral("/sbin")});
    return path;
}

QString DemoBroker::notInstalledMessage()
{
    return tr("The Local demo needs the Mosquitto MQTT broker, which is not installed. "
              "Install it with 'sudo apt install mosquitto' and start the demo again.");
}

void DemoBroker::start()
{
    if (m_process)
        return;
    m_attempt = 0;
    m_log.clear();
    QString error;
    if (!launch(&error))
        fail(error);
}

bool DemoBroker::launch(QString *error)
{
    const QString program = findMosquitto();
    if (program.isEmpty()) {
        *error = notInstalledMessage();
        return false;
    }
    ++m_attempt;
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mqttscope-demo-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = tr("The Local demo cannot create a temporary directory for its broker: %1").arg(m_dir->errorString());
        return false;
    }
    m_port = freeLoopbackPort();
    m_wsPort = freeLoopbackPort();
    while (m_wsPort == m_port && m_port != 0)
        m_wsPort = freeLoopbackPort();
    if (m_port == 0 || m_wsPort == 0) {
        *error = tr("The Local demo found no free port on 127.0.0.1 for its broker.");
        return false;
    }
    const QString config = m_dir->filePath(QStringLiteral("mosquitto.conf"));
    if (!writeConfig(config, error))
        return false;

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(m_dir->path());
    g_parentPid = ::getpid();
    m_process->setChildProcessModifier([] {
        // Runs in the child between fork and exec (async-signal-safe calls only). The kernel
        // sends SIGKILL when the thread that forked us ends, which covers the app being killed.
        // If the parent died before prctl, nobody would send it: leave at once.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != g_parentPid)
            ::_exit(127);
    });
    connect(m_process.get(), &QProcess::finished, this, &DemoBroker::onFinished);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(tr("The Local demo could not start mosquitto: %1").arg(m_process->errorString()));
    });
    connect(m_process.get(), &QProcess::readyRead, this, [this] { m_log += QString::fromLocal8Bit(m_process->readAll()); });
    qCDebug(lcDemo) << "starting" << program << "on ports" << m_port << m_wsPort;
    m_portsReady = 0;
    m_startClock.start();
    m_process->start(program, {QStringLiteral("-c"), config});
    m_probeTimer.start();
    return true;
}

bool DemoBroker::writeConfig(const QString &path, QString *error) const
{
    QStringList lines;
    // Started by root, mosquitto switches to the user named here (default "mosquitto"). That
    // user could not read our private temporary directory, and the switch would also clear
    // the parent-death signal; naming the user we run as makes it stay who it is.
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        lines << QStringLiteral("user %1").arg(QString::fromLocal8Bit(pw->pw_name));
    lines << QStringLiteral("persistence false") << QStringLiteral("log_dest stdout")
          << QStringLiteral("log_type error") << QStringLiteral("log_type warning") << QStringLiteral("log_type notice")
          << QStringLiteral("sys_interval 10") << QString();
    lines << QStringLiteral("listener %1 127.0.0.1").arg(m_port) << QStringLiteral("allow_anonymous true") << QString();
    lines << QStringLiteral("listener %1 127.0.0.1").arg(m_wsPort) << QStringLiteral("protocol websockets")
          << QStringLiteral("allow_anonymous true");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n') < 0) {
        *error = tr("The Local demo cannot write its broker configuration %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void DemoBroker::probe()
{
    if (!m_process || m_running)
        return;
    if (m_startClock.elapsed() > kStartTimeoutMs) {
        fail(tr("The Local demo's broker did not accept connections within %n second(s). Mosquitto said: %1", nullptr,
                kStartTimeoutMs / 1000)
                 .arg(log().trimmed()));
        return;
    }
    delete m_probe;
    m_probe = new QTcpSocket(this);
    connect(m_probe, &QTcpSocket::connected, this, [this] { onProbeResult(true); });
    connect(m_probe, &QTcpSocket::errorOccurred, this, [this] { onProbeResult(false); });
    m_probe->connectToHost(QHostAddress::LocalHost, m_portsReady == 0 ? m_port : m_wsPort);
}

void DemoBroker::onProbeResult(bool accepted)
{
    if (!m_probe)
        return;
    m_probe->abort();
    m_probe->deleteLater();
    m_probe = nullptr;
    if (!m_process)
        return;
    if (!accepted) {
        m_probeTimer.start();
        return;
    }
    if (++m_portsReady < 2) {
        probe();
        return;
    }
    m_running = true;
    qCDebug(lcDemo) << "broker ready on" << m_port << "after" << m_startClock.elapsed() << "ms";
    Q_EMIT started();
}

void DemoBroker::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    m_log += QString::fromLocal8Bit(m_process->readAll());
    const bool wasRunning = m_running;
    const QString output = m_log.trimmed();
    // Another program took one of our ports between choosing and binding it: new ports.
    if (!wasRunning && output.contains(QLatin1String("Address already in use")) && m_attempt < kMaxAttempts) {
        m_process->disconnect(this);
        m_process.release()->deleteLater();
        m_probeTimer.stop();
        QString error;
        if (!launch(&error))
            fail(error);
        return;
    }
    const QString how = status == QProcess::CrashExit ? tr("crashed") : tr("exited with code %1").arg(exitCode);
    fail(wasRunning ? tr("The Local demo's broker stopped (mosquitto %1). Mosquitto said: %2").arg(how, output)
                    : tr("The Local demo's broker could not start (mosquitto %1). Mosquitto said: %2").arg(how, output));
}

void DemoBroker::fail(const QString &reason)
{
    qCWarning(lcDemo).noquote() << reason;
    stop();
    Q_EMIT failed(reason);
}

void DemoBroker::stop()
{
    m_probeTimer.stop();
    delete m_probe;
    m_probe = nullptr;
    m_running = false;
    if (!m_process)
        return;
    std::unique_ptr<QProcess> process = std::move(m_process);
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(3000)) {
            process->kill();
            process->waitForFinished(3000);
        }
    }
    m_log += QString::fromLocal8Bit(process->readAll());
}

ConnectionSettings DemoBroker::settings() const
{
    Mqtt::ClientOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = m_port;
    options.version = Mqtt::ProtocolVersion::V5;
    return ConnectionSettings::plain(options);
}

ConnectionSettings DemoBroker::webSocketSettings() const
{
    ConnectionSettings settings = this->settings();
    settings.url.scheme = Mqtt::ServerUrl::Scheme::Ws;
    settings.url.port = m_wsPort;
    settings.url.path = QStringLiteral("/mqtt");
    return settings;
}

qint64 DemoBroker::processId() const
{
    return m_process ? m_process->processId() : 0;
}

QString DemoBroker::log() const
{
    if (m_process)
        m_log += QString::fromLocal8Bit(m_process->readAll());
    return m_log;
}
