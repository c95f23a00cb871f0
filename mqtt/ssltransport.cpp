#include "ssltransport.h"

#include "transportsupport_p.h"

#include <QSslCipher>
#include <QSslSocket>

namespace Mqtt {

SslTransport::SslTransport(const QString &host, quint16 port, const TlsOptions &tls, QObject *parent)
    : Transport(parent), m_socket(new QSslSocket(this)), m_host(host), m_port(port), m_tls(tls)
{
    connect(m_socket, &QSslSocket::encrypted, this, &SslTransport::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &SslTransport::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &Transport::bytesWritten);
    connect(m_socket, &QSslSocket::sslErrors, this, &SslTransport::onSslErrors);
    connect(m_socket, &QSslSocket::alertReceived, this, &SslTransport::onAlertReceived);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SslTransport::onSocketError);
    connect(m_socket, &QSslSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state != QAbstractSocket::UnconnectedState)
            return;
        // Queued so that an errorOccurred() the socket emits after its state change still
        // reaches the Connection before closed(); the generation drops stale reports.
        reportLater([this] {
            if (!m_failure.isEmpty()) {
                // A fatal alert followed by a clean close raises no socket error.
                reportError(m_failure);
            } else if (!m_opened && !m_closeRequested) {
                // mosquitto drops a ClientHello on a plain MQTT port without a word.
                reportError(tr("%1 closed the connection during the TLS handshake (is it a TLS port?)")
                                .arg(hostPort()));
            } else if (m_opened && !m_closeRequested && !m_receivedData) {
                // TLS 1.3 ends the handshake on our side before the broker checks our
                // certificate (RFC 8446 §4.4.2); its alert can be lost when it closes at once.
                const bool haveClientCertificate = !m_socket->sslConfiguration().localCertificate().isNull();
                reportError(haveClientCertificate
                                ? tr("%1 closed the connection right after the TLS handshake, before any MQTT "
                                     "reply: the broker probably rejected our client certificate")
                                      .arg(hostPort())
                                : tr("%1 closed the connection right after the TLS handshake, before any MQTT "
                                     "reply: the broker probably requires a client certificate (mutual TLS)")
                                      .arg(hostPort()));
            }
            reportClosed();
        });
    });
}

SslTransport::~SslTransport()
{
    m_socket->blockSignals(true);
    m_socket->abort();
}

void SslTransport::open()
{
    beginAttempt();
    m_receivedData = false;
    m_failure.clear();
    clearRejectedCertificate();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        TransportPrivate::abortQuietly(m_socket);
    QSslConfiguration configuration;
    QString error;
    if (!m_tls.buildConfiguration(&configuration, &error)) {
        failLater(error);
        return;
    }
    m_socket->setSslConfiguration(configuration);
    m_socket->setProxy(proxy());
    qCDebug(lcMqttTransport) << "TLS: connecting to" << hostPort() << "as" << peerName();
    // The peer name is both the SNI server name and the name the certificate must match.
    m_socket->connectToHostEncrypted(m_host, m_port, peerName());
}

void SslTransport::close()
{
    m_closeRequested = true;
    if (!m_opened) {
        // Mid-handshake there is nothing to flush, and QSslSocket would carry on with the
        // handshake and report encrypted() after all.
        abort();
        return;
    }
    m_socket->disconnectFromHost();
}

void SslTransport::abort()
{
    ++m_generation;
    TransportPrivate::abortQuietly(m_socket);
    reportClosed();
}

bool SslTransport::isOpen() const
{
    return m_opened && m_socket->isEncrypted() && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool SslTransport::write(const QByteArray &bytes)
{
    if (!isOpen())
        return false;
    return m_socket->write(bytes) == bytes.size();
}

qint64 SslTransport::bytesToWrite() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

QString SslTransport::endpoint() const
{
    return QStringLiteral("mqtts://%1").arg(hostPort());
}

QByteArray SslTransport::negotiatedProtocol() const
{
    return m_socket->sslConfiguration().nextNegotiatedProtocol();
}

QString SslTransport::hostPort() const
{
    return TransportPrivate::formatHostPort(m_host, m_port);
}

QString SslTransport::peerName() const
{
    return m_tls.serverName.isEmpty() ? m_host : m_tls.serverName;
}

void SslTransport::onEncrypted()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_opened = true;
    qCDebug(lcMqttTransport) << "TLS: connected to" << hostPort() << "with" << m_socket->sessionCipher().name()
                             << "ALPN" << negotiatedProtocol();
    emit opened();
}

void SslTransport::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (!bytes.isEmpty()) {
        m_receivedData = true;
        emit bytesReceived(bytes);
    }
}

void SslTransport::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate presented = TlsOptions::presentedCertificate(errors, m_socket->peerCertificate());
    if (m_tls.isPinned(presented)) {
        qCDebug(lcMqttTransport) << "TLS: accepting the pinned certificate" << TlsOptions::fingerprint(presented);
        m_socket->ignoreSslErrors(errors);
        return;
    }
    const QString description = TlsOptions::describeSslErrors(errors, peerName(), m_socket->peerCertificate());
    if (m_tls.insecure) {
        TransportPrivate::warnInsecureCertificate(hostPort(), description);
        m_socket->ignoreSslErrors();
        return;
    }
    m_failure = description;
    rejectCertificate(CertificateInfo::fromCertificate(presented));
}

void SslTransport::onAlertReceived(QSsl::AlertLevel level, QSsl::AlertType type, const QString &description)
{
    if (level != QSsl::AlertLevel::Fatal)
        return;
    const bool haveClientCertificate = !m_socket->sslConfiguration().localCertificate().isNull();
    m_failure = m_tls.describeFatalAlert(type, description, hostPort(), haveClientCertificate);
    qCDebug(lcMqttTransport) << "TLS: fatal alert received:" << m_failure;
}

void SslTransport::onSocketError()
{
    const QAbstractSocket::SocketError error = m_socket->error();
    if (m_closeReported || m_errorReported || m_closeRequested)
        return;
    // A plain remote close is not an error here (the Connection words it); one that follows a
    // failed verification or a fatal alert is.
    if (error == QAbstractSocket::RemoteHostClosedError && m_failure.isEmpty())
        return;
    QString text = m_failure;
    if (text.isEmpty()) {
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
        case QAbstractSocket::HostNotFoundError:
        case QAbstractSocket::SocketTimeoutError:
            text = TransportPrivate::describeSocketError(error, hostPort(), m_host, m_socket->errorString());
            break;
        case QAbstractSocket::SslHandshakeFailedError:
            text = tr("The TLS handshake with %1 failed: %2 (is it a TLS port?)").arg(hostPort(), m_socket->errorString());
            break;
        case QAbstractSocket::SslInvalidUserDataError:
            text = tr("The TLS client credentials cannot be used: %1 (does the key belong to the certificate?)")
                       .arg(m_socket->errorString());
            break;
        default:
            text = TransportPrivate::describeSocketFailure(m_opened, hostPort(), m_socket->errorString());
            break;
        }
    }
    reportError(text);
}

void SslTransport::setReadBufferSize(qint64 bytes)
{
    m_socket->setReadBufferSize(bytes);
}

bool SslTransport::redirect(const QString &host, quint16 port)
{
    m_host = host;
    if (port != 0)
        m_port = port;
    return true;
}

} // namespace Mqtt
