#pragma once

#include "serverurl.h"
#include "tlsoptions.h"
#include "transport.h"

#include <QAbstractSocket>
#include <QList>
#include <QPair>
#include <QPointer>

class QSslError;
class QWebSocket;

namespace Mqtt {

// Extra HTTP headers for the WebSocket upgrade request (e.g. an Authorization token some cloud
// brokers want), in order.
using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// MQTT over WebSocket (ws:// and wss://, MQTT 5 §6 / 3.1.1 §6): binary frames, subprotocol
// "mqtt". The transport only moves bytes: an MQTT packet may span several frames and a frame
// may hold several packets; the stream decoder reassembles them. wss:// takes the same
// TlsOptions as mqtts://.
class WebSocketTransport : public Transport
{
    Q_OBJECT
public:
    // url must be a ws:// or wss:// ServerUrl.
    WebSocketTransport(const ServerUrl &url, const TlsOptions &tls = {}, QObject *parent = nullptr);
    ~WebSocketTransport() override;

    void setHeaders(const HttpHeaders &headers) { m_headers = headers; }
    // Largest frame we send; bigger MQTT packets are split over several frames (for brokers
    // or proxies with frame limits). 0: QWebSocket's default (512 KiB).
    void setOutgoingFrameSize(quint64 bytes) { m_outgoingFrameSize = bytes; }
    quint64 outgoingFrameSize() const { return m_outgoingFrameSize; }
    HttpHeaders headers() const { return m_headers; }
    ServerUrl url() const { return m_url; }
    TlsOptions tlsOptions() const { return m_tls; }
    void setTlsOptions(const TlsOptions &tls) { m_tls = tls; }

    void open() override;
    void close() override;
    void abort() override;
    bool isOpen() const override;
    bool write(const QByteArray &bytes) override;
    // An estimate: QWebSocket does not expose its buffer, so this counts payload bytes handed
    // to it minus what it reported written (frame headers make the estimate drain early).
    qint64 bytesToWrite() const override;
    QString endpoint() const override;
    void setReadBufferSize(qint64 bytes) override;
    bool redirect(const QString &host, quint16 port) override;

    // The subprotocol the broker accepted ("mqtt" normally); valid once opened().
    QString subprotocol() const;

private:
    void onConnected();
    void onBinaryMessage(const QByteArray &message);
    void onTextMessage();
    void onBytesWritten(qint64 bytes);
    void onSslErrors(const QList<QSslError> &errors);
    void onAlertReceived(QSsl::AlertLevel level, QSsl::AlertType type, const QString &description);
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void dropSocket();
    void discardConnection() override { dropSocket(); }
    QString peerName() const;

    qint64 m_readBufferSize = 0;
    QPointer<QWebSocket> m_socket; // a fresh one per open(): QWebSocket keeps ignoreSslErrors() forever
    ServerUrl m_url;
    TlsOptions m_tls;
    HttpHeaders m_headers;
    QString m_failure;
    qint64 m_pendingBytes = 0;
    quint64 m_outgoingFrameSize = 0;
};

} // namespace Mqtt
