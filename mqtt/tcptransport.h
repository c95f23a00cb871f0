#pragma once

#include "transport.h"

class QTcpSocket;

namespace Mqtt {

// Plain MQTT over TCP (mqtt://host:port), the Client's default transport.
class TcpTransport : public Transport
{
    Q_OBJECT
public:
    explicit TcpTransport(const QString &host = QString(), quint16 port = 1883, QObject *parent = nullptr);
    ~TcpTransport() override;

    void setHost(const QString &host) { m_host = host; }
    QString host() const { return m_host; }
    void setPort(quint16 port) { m_port = port; }
    quint16 port() const { return m_port; }

    void open() override;
    void close() override;
    void abort() override;
    bool isOpen() const override;
    bool write(const QByteArray &bytes) override;
    qint64 bytesToWrite() const override;
    QString endpoint() const override;
    void setReadBufferSize(qint64 bytes) override;
    bool redirect(const QString &host, quint16 port) override;

private:
    void onConnected();
    void onReadyRead();
    void onSocketError();
    QString hostPort() const;

    QTcpSocket *m_socket;
    QString m_host;
    quint16 m_port = 0;
};

} // namespace Mqtt
