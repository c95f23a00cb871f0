#include "mosquittobroker.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

MosquittoBroker::MosquittoBroker() : m_dir(std::make_unique<QTemporaryDir>())
{
    m_port = freePort();
}

MosquittoBroker::~MosquittoBroker()
{
    stop();
}

quint16 MosquittoBroker::freePort()
{
    // Bind port 0 and let the kernel choose; the small race with another process grabbing
    // the port before mosquitto binds it is reported by start() as a failure to listen.
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

QString MosquittoBroker::findProgram(const QString &name)
{
    const QStringList extra = {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/sbin")};
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, extra);
    return path;
}

quint16 MosquittoBroker::addListener(const QStringList &lines)
{
    quint16 port = freePort();
    // freePort() can hand out the same number twice in a row once the socket closed.
    while (port == m_port || std::any_of(m_listeners.cbegin(), m_listeners.cend(), [port](const auto &l) { return l.first == port; }))
        port = freePort();
    m_listeners.append({port, lines});
    return port;
}

void MosquittoBroker::addGlobalConfig(const QStringList &lines)
{
    m_global += lines;
}

void MosquittoBroker::setPersistence(bool on)
{
    m_persistence = on;
}

QString MosquittoBroker::directory() const
{
    return m_dir->path();
}

QString MosquittoBroker::createPasswordFile(const QList<QPair<QString, QString>> &users, QString *error)
{
    const QString tool = findProgram(QStringLiteral("mosquitto_passwd"));
    if (tool.isEmpty()) {
        if (error)
            *error = QStringLiteral("mosquitto_passwd not found (install the mosquitto package)");
        return {};
    }
    const QString path = m_dir->filePath(QStringLiteral("passwords"));
    QFile::remove(path);
    bool first = true;
    for (const auto &user : users) {
        QProcess p;
        QStringList args;
        if (first)
            args << QStringLiteral("-c");
        args << QStringLiteral("-b") << path << user.first << user.second;
        p.start(tool, args);
        if (!p.waitForFinished(10000) || p.exitCode() != 0) {
            if (error)
                *error = QStringLiteral("mosquitto_passwd failed: %1").arg(QString::fromLocal8Bit(p.readAllStandardError()));
            return {};
        }
        first = false;
    }
    return path;
}

QString MosquittoBroker::writeConfig() const
{
    QStringList lines;
    // Started as root, mosquitto would drop to user "mosquitto" and then fail to read our
    // generated files (keys, password files) which are private to the test user.
    // per_listener_settings must come before any other security setting.
    lines << QStringLiteral("per_listener_settings true");
    lines << QStringLiteral("user root");
    lines << QStringLiteral("log_dest stdout");
    lines << QStringLiteral("log_type error") << QStringLiteral("log_type warning") << QStringLiteral("log_type notice")
          << QStringLiteral("log_type information");
    lines << QStringLiteral("log_timestamp true");
    if (m_persistence) {
        lines << QStringLiteral("persistence true");
        lines << QStringLiteral("persistence_location %1/").arg(m_dir->path());
        lines << QStringLiteral("autosave_interval 1");
    } else {
        lines << QStringLiteral("persistence false");
    }
    lines += m_global;
    lines << QString() << QStringLiteral("listener %1 127.0.0.1").arg(m_port) << QStringLiteral("allow_anonymous true");
    for (const auto &listener : m_listeners) {
        lines << QString() << QStringLiteral("listener %1 127.0.0.1").arg(listener.first);
        QStringList body = listener.second;
        const bool setsAnonymous = std::any_of(body.cbegin(), body.cend(), [](const QString &l) {
            return l.trimmed().startsWith(QLatin1String("allow_anonymous"));
        });
        if (!setsAnonymous)
            body << QStringLiteral("allow_anonymous true");
        lines += body;
    }
    const QString path = m_dir->filePath(QStringLiteral("mosquitto.conf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    return path;
}

bool MosquittoBroker::waitForPort(quint16 port, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running)
            return false;
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(200)) {
            probe.abort();
            return true;
        }
        QThread::msleep(20);
    }
    return false;
}

bool MosquittoBroker::start(QString *error)
{
    // The free port chosen for the main listener can be taken by another test's socket before
    // mosquitto binds it (tests run in parallel). Before the first successful start nobody
    // knows the port yet, so another one is tried; a restart must keep its ports.
    for (int attempt = 1;; ++attempt) {
        QString why;
        if (startOnce(&why))
            return true;
        const bool portTaken = why.contains(QLatin1String("Address already in use"));
        if (m_started || !portTaken || attempt == 5) {
            if (error)
                *error = why;
            return false;
        }
        quint16 port = freePort();
        while (port == m_port || std::any_of(m_listeners.cbegin(), m_listeners.cend(), [port](const auto &l) { return l.first == port; }))
            port = freePort();
        m_port = port;
        m_log.clear();
    }
}

bool MosquittoBroker::startOnce(QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (isRunning())
        return true;
    const QString program = findProgram(QStringLiteral("mosquitto"));
    if (program.isEmpty())
        return fail(QStringLiteral("mosquitto not found: install the Debian package (scripts/test.sh does)"));
    if (!m_dir->isValid())
        return fail(QStringLiteral("cannot create a temporary directory for mosquitto"));
    if (m_port == 0)
        return fail(QStringLiteral("no free loopback port"));
    const QString config = writeConfig();
    if (config.isEmpty())
        return fail(QStringLiteral("cannot write the mosquitto configuration"));

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(m_dir->path());
    m_process->start(program, {QStringLiteral("-c"), config});
    if (!m_process->waitForStarted(5000))
        return fail(QStringLiteral("cannot start %1: %2").arg(program, m_process->errorString()));

    bool ok = waitForPort(m_port, 10000);
    for (const auto &listener : std::as_const(m_listeners)) {
        if (!ok)
            break;
        ok = waitForPort(listener.first, 10000);
    }
    if (!ok) {
        m_process->waitForFinished(1000); // collect what it printed before dying
        const QString out = log();
        stop();
        return fail(QStringLiteral("mosquitto did not start listening; it said:\n%1").arg(out));
    }
    m_started = true;
    return true;
}

void MosquittoBroker::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        // SIGTERM lets mosquitto save its persistence database before exiting.
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_log += QString::fromLocal8Bit(m_process->readAll());
    m_process.reset();
}

bool MosquittoBroker::restart(QString *error)
{
    stop();
    return start(error);
}

bool MosquittoBroker::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString MosquittoBroker::log() const
{
    if (m_process)
        m_log += QString::fromLocal8Bit(m_process->readAll());
    return m_log;
}
