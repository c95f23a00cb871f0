#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

// A minimal fake broker for benchmarks: it answers CONNECT and SUBSCRIBE, then sends a
// pre-encoded burst of QoS 0 PUBLISH packets as fast as the socket takes them. Every
// subscriber gets the same bytes, so different clients are measured on the same stream.
// It is deliberately not a broker: no routing, no QoS > 0, no sessions.
class StreamSource : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        quint64 count = 1000000;
        int topics = 1000; // sensors/b<i>/r<j>/dev<k>, 10 x 10 x (topics / 100)
    };

    explicit StreamSource(const Options &options, QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port);
    // Encodes the bursts for 3.1.1 and 5.0 up front, so no subscriber pays for it.
    void prepare();
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

    // The bytes of the whole burst for one protocol level (4 = 3.1.1, 5 = 5.0).
    static QByteArray encodeBurst(const Options &options, quint8 protocolLevel);
    static QString topicName(int index, int topicCount);
    static QByteArray payload(quint64 sequence);

Q_SIGNALS:
    void burstFinished(quint64 messages);

private:
    struct Peer
    {
        QByteArray inbound;
        quint8 protocolLevel = 4;
        qsizetype sent = -1; // offset into the burst; -1 until subscribed
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void pump(QTcpSocket *socket);
    const QByteArray &burst(quint8 protocolLevel);

    Options m_options;
    QTcpServer m_server;
    QHash<QTcpSocket *, Peer> m_peers;
    QHash<quint8, QByteArray> m_bursts;
};
