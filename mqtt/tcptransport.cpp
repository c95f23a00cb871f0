#include "tcptransport.h"

#include "connection.h"

#include <QTcpSocket>

namespace Mqtt {

TcpTransport::TcpTransport(const QString &host, quint16 port, QObject *parent)
    : Transport(parent), m_socket(new QTcpSocket(this)), m_host(host), m_port(port)
{
    connect(m_socket, &QTcpSocket::connected, this, &TcpTransport::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &TcpTransport::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Transport::bytesWritten);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TcpTransport::onSocketError);
    connect(m_socket, &QTcpSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state != QAbstractSocket::UnconnectedState)
            return;
        // Queued, so that an errorOccurred() the socket emits after its state change still
        // reaches the Connection before closed() does. The generation check drops the report
        // when abort() already gave it or the transport was reopened meanwhile.
        const quint64 generation = m_generation;
        QMetaObject::invokeMethod(
            this,
            [this, generation] {
                if (generation == m_generation)
                    emitClosedOnce();
            },
            Qt::QueuedConnection);
    });
}

TcpTransport::~TcpTransport()
{
    // Nobody listens any more; do not report the close of a socket we are destroying.
    m_socket->blockSignals(true);
    m_socket->abort();
}

void TcpTransport::open()
{
    ++m_generation;
    m_opened = false;
    m_closeReported = false;
    if (m_socket->state() != QAbstractSocket::UnconnectedState) {
        const bool wasBlocked = m_socket->blockSignals(true);
        m_socket->abort();
        m_socket->blockSignals(wasBlocked);
    }
    qCDebug(lcMqttConnection) << "TCP: connecting to" << hostPort();
    m_socket->connectToHost(m_host, m_port);
}

void TcpTransport::close()
{
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        emitClosedOnce();
        return;
    }
    // While still connecting, QAbstractSocket would finish the connection (and report it)
    // before closing; there is nothing to flush yet, so drop the attempt at once.
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        abort();
        return;
    }
    // Sends what is still buffered (e.g. a DISCONNECT) before the FIN.
    m_socket->disconnectFromHost();
}

void TcpTransport::abort()
{
    ++m_generation;
    const bool wasBlocked = m_socket->blockSignals(true);
    m_socket->abort();
    m_socket->blockSignals(wasBlocked);
    emitClosedOnce();
}

bool TcpTransport::isOpen() const
{
    return m_opened && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool TcpTransport::write(const QByteArray &bytes)
{
    if (!isOpen())
        return false;
    return m_socket->write(bytes) == bytes.size();
}

qint64 TcpTransport::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

QString TcpTransport::endpoint() const
{
    return QStringLiteral("mqtt://%1").arg(hostPort());
}

QString TcpTransport::hostPort() const
{
    // IPv6 literals need brackets to keep the port readable.
    if (m_host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(m_host).arg(m_port);
    return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

void TcpTransport::onConnected()
{
    // MQTT traffic is many small packets (acks, pings): Nagle's algorithm would only add latency.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_opened = true;
    qCDebug(lcMqttConnection) << "TCP: connected to" << hostPort();
    emit opened();
}

void TcpTransport::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (!bytes.isEmpty())
        emit bytesReceived(bytes);
}

void TcpTransport::onSocketError()
{
    const QAbstractSocket::SocketError error = m_socket->error();
    // A remote close is not an error at this level: the Connection knows whether it expected
    // it (after DISCONNECT) and words it for the user.
    if (error == QAbstractSocket::RemoteHostClosedError || m_closeReported)
        return;
    QString text;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        text = tr("Could not connect to %1: the connection was refused (is a broker listening on that port?)")
                   .arg(hostPort());
        break;
    case QAbstractSocket::HostNotFoundError:
        text = tr("Could not connect to %1: host \"%2\" not found").arg(hostPort(), m_host);
        break;
    case QAbstractSocket::SocketTimeoutError:
        text = tr("Could not connect to %1: the connection attempt timed out").arg(hostPort());
        break;
    case QAbstractSocket::NetworkError:
        text = tr("Network error on the connection to %1: %2").arg(hostPort(), m_socket->errorString());
        break;
    case QAbstractSocket::SocketAccessError:
        text = tr("Not permitted to connect to %1: %2").arg(hostPort(), m_socket->errorString());
        break;
    default:
        text = m_opened ? tr("Connection to %1 failed: %2").arg(hostPort(), m_socket->errorString())
                        : tr("Could not connect to %1: %2").arg(hostPort(), m_socket->errorString());
        break;
    }
    qCDebug(lcMqttConnection) << "TCP:" << text;
    emit errorOccurred(text);
}

void TcpTransport::emitClosedOnce()
{
    if (m_closeReported)
        return;
    m_closeReported = true;
    m_opened = false;
    qCDebug(lcMqttConnection) << "TCP: closed" << hostPort();
    emit closed();
}

} // namespace Mqtt
