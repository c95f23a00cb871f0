#include "websockettransport.h"

#include "transportsupport_p.h"

#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace Mqtt {

namespace {
// MQTT 5 §6.0 / 3.1.1 §6.0: the WebSocket subprotocol name is "mqtt".
const QString kSubprotocol = QStringLiteral("mqtt");
} // namespace

WebSocketTransport::WebSocketTransport(const ServerUrl &url, const TlsOptions &tls, QObject *parent)
    : Transport(parent), m_url(url), m_tls(tls)
{
}

WebSocketTransport::~WebSocketTransport()
{
    if (m_socket) {
        m_socket->blockSignals(true);
        m_socket->abort();
    }
}

void WebSocketTransport::dropSocket()
{
    if (!m_socket)
        return;
    QWebSocket *old = m_socket;
    m_socket = nullptr;
    old->disconnect(this);
    old->blockSignals(true);
    old->abort();
    old->deleteLater();
}

void WebSocketTransport::open()
{
    beginAttempt();
    m_failure.clear();
    clearRejectedCertificate();
    m_pendingBytes = 0;
    dropSocket();

    if (!m_url.isWebSocket()) {
        failLater(tr("%1 is not a ws:// or wss:// URL").arg(m_url.toString()));
        return;
    }

    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setReadBufferSize(m_readBufferSize);
    m_socket->setProxy(proxy());
    connect(m_socket, &QWebSocket::connected, this, &WebSocketTransport::onConnected);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &WebSocketTransport::onBinaryMessage);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &WebSocketTransport::onTextMessage);
    connect(m_socket, &QWebSocket::bytesWritten, this, &WebSocketTransport::onBytesWritten);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, &WebSocketTransport::onSocketError);
    connect(m_socket, &QWebSocket::disconnected, this, &WebSocketTransport::onDisconnected);
    connect(m_socket, &QWebSocket::sslErrors, this, &WebSocketTransport::onSslErrors);
    connect(m_socket, &QWebSocket::alertReceived, this, &WebSocketTransport::onAlertReceived);

    if (m_outgoingFrameSize > 0)
        m_socket->setOutgoingFrameSize(m_outgoingFrameSize);

    const QString scheme = m_url.scheme == ServerUrl::Scheme::Wss ? QStringLiteral("wss") : QStringLiteral("ws");
    QNetworkRequest request(QUrl(scheme + QLatin1String("://") + m_url.hostPort() + m_url.path));
    for (const auto &header : std::as_const(m_headers))
        request.setRawHeader(header.first, header.second);

    if (m_url.scheme == ServerUrl::Scheme::Wss) {
        QSslConfiguration configuration;
        QString error;
        if (!m_tls.buildConfiguration(&configuration, &error)) {
            failLater(error);
            return;
        }
        m_socket->setSslConfiguration(configuration);
    }

    QWebSocketHandshakeOptions options;
    options.setSubprotocols({kSubprotocol});
    qCDebug(lcMqttTransport) << "WebSocket: connecting to" << endpoint();
    m_socket->open(request, options);
}

void WebSocketTransport::close()
{
    m_closeRequested = true;
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        // Nothing to flush yet, and QWebSocket reports no disconnected() for a connection that
        // never finished its handshake.
        ++m_generation;
        dropSocket();
        reportClosed();
        return;
    }
    m_socket->close();
}

void WebSocketTransport::abort()
{
    ++m_generation;
    dropSocket();
    reportClosed();
}

bool WebSocketTransport::isOpen() const
{
    return m_opened && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool WebSocketTransport::write(const QByteArray &bytes)
{
    if (!isOpen())
        return false;
    // MQTT §6.0: MQTT control packets travel in binary data frames.
    const qint64 written = m_socket->sendBinaryMessage(bytes);
    if (written != bytes.size())
        return false;
    m_pendingBytes += written;
    return true;
}

qint64 WebSocketTransport::bytesToWrite() const
{
    return m_pendingBytes;
}

QString WebSocketTransport::endpoint() const
{
    return ServerUrl::schemeName(m_url.scheme) + QLatin1String("://") + m_url.hostPort() + m_url.path;
}

QString WebSocketTransport::subprotocol() const
{
    return m_socket ? m_socket->subprotocol() : QString();
}

QString WebSocketTransport::peerName() const
{
    return m_tls.serverName.isEmpty() ? m_url.host : m_tls.serverName;
}

void WebSocketTransport::onConnected()
{
    const QString accepted = m_socket->subprotocol();
    // Some brokers answer without echoing the subprotocol; the MQTT stream still works, so
    // note it rather than refuse.
    if (accepted != kSubprotocol)
        qCInfo(lcMqttTransport) << "WebSocket:" << endpoint() << "did not confirm the \"mqtt\" subprotocol"
                                << (accepted.isEmpty() ? QStringLiteral("(none)") : accepted);
    m_opened = true;
    qCDebug(lcMqttTransport) << "WebSocket: connected to" << endpoint();
    emit opened();
}

void WebSocketTransport::onBinaryMessage(const QByteArray &message)
{
    if (!message.isEmpty())
        emit bytesReceived(message);
}

void WebSocketTransport::onTextMessage()
{
    // MQTT 5 §6.0 [MQTT-6.0.0-1]: a text frame is a protocol violation; close the connection.
    reportError(tr("%1 sent a WebSocket text frame; MQTT allows only binary frames (MQTT §6.0)").arg(endpoint()));
    abort();
}

void WebSocketTransport::onBytesWritten(qint64 bytes)
{
    m_pendingBytes = std::max<qint64>(0, m_pendingBytes - bytes);
    emit bytesWritten(bytes);
}

void WebSocketTransport::onSslErrors(const QList<QSslError> &errors)
{
    // QWebSocket has no way to set the TLS peer name, so a name override is checked here: a
    // host name mismatch is forgiven when the certificate matches TlsOptions::serverName.
    QList<QSslError> remaining;
    for (const QSslError &error : errors) {
        const bool overridden = error.error() == QSslError::HostNameMismatch && !m_tls.serverName.isEmpty()
            && TlsOptions::certificateMatchesHost(error.certificate(), m_tls.serverName);
        if (!overridden)
            remaining << error;
    }
    if (remaining.isEmpty()) {
        m_socket->ignoreSslErrors();
        return;
    }
    // QWebSocket publishes the peer certificate only after the handshake; its TLS socket (a
    // child it creates) already has it.
    QSslCertificate peer;
    if (const auto *tlsSocket = m_socket->findChild<QSslSocket *>())
        peer = tlsSocket->peerCertificate();
    const QSslCertificate presented = TlsOptions::presentedCertificate(remaining, peer);
    if (m_tls.isPinned(presented)) {
        qCDebug(lcMqttTransport) << "WebSocket: accepting the pinned certificate" << TlsOptions::fingerprint(presented);
        m_socket->ignoreSslErrors();
        return;
    }
    const QString description = TlsOptions::describeSslErrors(remaining, peerName(), peer);
    if (m_tls.insecure) {
        TransportPrivate::warnInsecureCertificate(endpoint(), description);
        m_socket->ignoreSslErrors();
        return;
    }
    m_failure = description;
    rejectCertificate(CertificateInfo::fromCertificate(presented));
}

void WebSocketTransport::onAlertReceived(QSsl::AlertLevel level, QSsl::AlertType type, const QString &description)
{
    if (level != QSsl::AlertLevel::Fatal)
        return;
    const bool haveClientCertificate = !m_tls.certificateFile.isEmpty() || !m_tls.pkcs12File.isEmpty();
    m_failure = m_tls.describeFatalAlert(type, description, endpoint(), haveClientCertificate);
}

void WebSocketTransport::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket || m_closeRequested)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError && m_failure.isEmpty())
        return;
    QString text = m_failure;
    if (text.isEmpty()) {
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
        case QAbstractSocket::HostNotFoundError:
            text = TransportPrivate::describeSocketError(error, endpoint(), m_url.host, m_socket->errorString());
            break;
        default:
            // Handshake refusals (HTTP 404, missing upgrade, ...) arrive here with Qt's text.
            text = m_opened ? TransportPrivate::describeSocketFailure(true, endpoint(), m_socket->errorString())
                            : tr("Could not open a WebSocket to %1: %2").arg(endpoint(), m_socket->errorString());
            break;
        }
    }
    reportError(text);
    // QWebSocket does not always emit disconnected() after a failed handshake.
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

void WebSocketTransport::onDisconnected()
{
    // Queued, like TcpTransport: a late error() still reaches the Connection before closed().
    reportLater([this] {
        if (!m_opened && !m_closeRequested)
            reportError(tr("%1 closed the connection before the WebSocket handshake completed (is it a "
                           "WebSocket listener?)")
                            .arg(endpoint()));
        reportClosed();
    });
}

void WebSocketTransport::setReadBufferSize(qint64 bytes)
{
    // Each open() makes a new QWebSocket, which gets the size there too.
    m_readBufferSize = bytes;
    if (m_socket)
        m_socket->setReadBufferSize(bytes);
}

bool WebSocketTransport::redirect(const QString &host, quint16 port)
{
    m_url.host = host;
    if (port != 0)
        m_url.port = port;
    return true;
}

} // namespace Mqtt
