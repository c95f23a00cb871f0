#include "tcptransport.h"

#include "logging_p.h"
#include "transportsupport_p.h"

#include <QTcpSocket>

namespace Mqtt {

TcpTransport::TcpTransport(const QString &host, quint16 port, QObject *parent)
    : Transport(parent), m_socket(new QTcpSocket(this)), m_host(host), m_port(port)
{
    // Unbounded, Qt reads whatever the kernel holds in one go: a 100 MB message then peaked at
    // 1.65 times its size instead of 1.16 (bench/largemessage). setReadBufferSize(0) lifts it.
    m_socket->setReadBufferSize(1024 * 1024);
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
        reportLater([this] { reportClosed(); });
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
    beginAttempt();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        TransportPrivate::abortQuietly(m_socket);
    qCDebug(lcMqttTransport) << "TCP: connecting to" << hostPort();
    m_socket->setProxy(proxy());
    m_socket->connectToHost(m_host, m_port);
}

void TcpTransport::close()
{
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        reportClosed();
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
    TransportPrivate::abortQuietly(m_socket);
    reportClosed();
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
    return TransportPrivate::formatHostPort(m_host, m_port);
}

void TcpTransport::onConnected()
{
    // MQTT traffic is many small packets (acks, pings): Nagle's algorithm would only add latency.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_opened = true;
    qCDebug(lcMqttTransport) << "TCP: connected to" << hostPort();
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
    QString text = TransportPrivate::describeSocketError(error, hostPort(), m_host, m_socket->errorString());
    if (text.isEmpty())
        text = TransportPrivate::describeSocketFailure(m_opened, hostPort(), m_socket->errorString());
    reportError(text);
}

void TcpTransport::setReadBufferSize(qint64 bytes)
{
    m_socket->setReadBufferSize(bytes);
}

bool TcpTransport::redirect(const QString &host, quint16 port)
{
    m_host = host;
    if (port != 0)
        m_port = port;
    return true;
}

} // namespace Mqtt
