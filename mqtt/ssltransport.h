#pragma once

#include "tlsoptions.h"
#include "transport.h"

#include <QSslConfiguration>

class QSslSocket;

namespace Mqtt {

// MQTT over TLS (mqtts://host:port, MQTT §4.2 / §5.3): a QSslSocket that verifies the broker's
// certificate unless TlsOptions::insecure is set. Like TcpTransport, open() may be called again
// after closed() (reconnect), and the TLS files are re-read each time (a renewed certificate is
// picked up).
class SslTransport : public Transport
{
    Q_OBJECT
public:
    SslTransport(const QString &host, quint16 port, const TlsOptions &tls = {}, QObject *parent = nullptr);
    ~SslTransport() override;

    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    TlsOptions tlsOptions() const { return m_tls; }
    void setTlsOptions(const TlsOptions &tls) { m_tls = tls; }

    void open() override;
    void close() override;
    void abort() override;
    bool isOpen() const override;
    bool write(const QByteArray &bytes) override;
    qint64 bytesToWrite() const override;
    QString endpoint() const override;
    void setReadBufferSize(qint64 bytes) override;
    bool redirect(const QString &host, quint16 port) override;

    // The negotiated ALPN protocol (empty if none); valid once opened().
    QByteArray negotiatedProtocol() const;

private:
    void onEncrypted();
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onAlertReceived(QSsl::AlertLevel level, QSsl::AlertType type, const QString &description);
    void onSocketError();
    QString hostPort() const;
    QString peerName() const;

    QSslSocket *m_socket;
    QString m_host;
    quint16 m_port = 0;
    TlsOptions m_tls;
    QString m_failure; // the specific reason found during the handshake, reported over Qt's generic one
    bool m_receivedData = false; // since the last open()
};

} // namespace Mqtt
