#pragma once

#include "codec.h"
#include "packets.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QTcpServer;
class QTcpSocket;

// A scripted MQTT peer on 127.0.0.1 for what no real broker does: malformed or hostile
// packets, withheld acknowledgements, silence. It accepts one client at a time, decodes what
// the client sends and lets the test answer packet by packet or with raw bytes.
class FakeBroker : public QObject
{
    Q_OBJECT
public:
    explicit FakeBroker(Mqtt::ProtocolVersion version, QObject *parent = nullptr);
    ~FakeBroker() override;

    bool listen();
    quint16 port() const;
    Mqtt::ProtocolVersion version() const { return m_version; }

    bool waitForClient(int timeoutMs = 5000);
    bool hasClient() const;
    // Waits for the next packet of this type from the client (packets of other types that
    // arrive meanwhile are kept in received()).
    std::optional<Mqtt::Packet> waitForPacket(Mqtt::PacketType type, int timeoutMs = 5000);
    // Waits for CONNECT and answers with CONNACK.
    bool acceptConnect(bool sessionPresent = false, const Mqtt::Properties &properties = {},
                       Mqtt::ReasonCode reason = Mqtt::ReasonCode::Success);
    std::optional<Mqtt::ConnectPacket> lastConnect() const { return m_lastConnect; }

    // A barrier instead of a sleep: sends a QoS 1 PUBLISH (topic "fake/sync") and waits for
    // its PUBACK. TCP keeps order, so everything the client sent before it has arrived.
    bool sync(int timeoutMs = 5000);

    void send(const Mqtt::Packet &packet);
    void sendRaw(const QByteArray &bytes);
    // Closes the client's socket at once (the client sees the broker vanish).
    void dropClient();
    // Waits until the client closed its side.
    bool waitForClientGone(int timeoutMs = 5000);

    // Answers every PINGREQ with PINGRESP (off by default: a silent peer).
    void setAnswerPings(bool on) { m_answerPings = on; }
    // Reads at most `bytes` every 20 ms (a slow network); 0 reads whatever arrives. Once the
    // socket buffer is full TCP makes the client wait.
    void setReadChunk(qint64 bytes);
    // Stops reading altogether (true) or goes on (false).
    void pauseReading(bool paused);
    // Bytes read from the client so far (all connections).
    qint64 bytesRead() const { return m_bytesRead; }

    // Everything decoded from the client so far (all connections), in order.
    QList<Mqtt::Packet> received() const { return m_received; }
    QList<Mqtt::Packet> receivedOfType(Mqtt::PacketType type) const;
    // Set when the client sent bytes the decoder refused.
    QString decodeError() const { return m_decodeError; }

Q_SIGNALS:
    void packetReceived(const Mqtt::Packet &packet);

private:
    void onNewConnection();
    void onReadyRead();
    void readSome(qint64 maximum);

    Mqtt::ProtocolVersion m_version;
    QTcpServer *m_server;
    QPointer<QTcpSocket> m_socket;
    Mqtt::StreamDecoder m_decoder;
    QList<Mqtt::Packet> m_received;
    qsizetype m_consumed = 0; // index into m_received of packets handed out by waitForPacket
    std::optional<Mqtt::ConnectPacket> m_lastConnect;
    QString m_decodeError;
    bool m_clientGone = false;
    bool m_answerPings = false;
    bool m_paused = false;
    qint64 m_readChunk = 0;
    qint64 m_bytesRead = 0;
    quint16 m_nextSyncId = 60000;
    class QTimer *m_readTimer;
};

// Hand-built bytes for packets the encoder refuses to produce.
namespace RawPackets {
// Fixed header byte + Variable Byte Integer length + body.
QByteArray packet(quint8 fixedHeader, const QByteArray &body);
QByteArray utf8String(const QByteArray &bytes);
// A v5 PUBLISH with arbitrary raw topic bytes and a raw properties block.
QByteArray publishV5(const QByteArray &topicBytes, const QByteArray &propertiesBlock, const QByteArray &payload,
                     quint8 qos = 0, quint16 packetId = 0);
QByteArray publishV311(const QByteArray &topicBytes, const QByteArray &payload, quint8 qos = 0, quint16 packetId = 0);
} // namespace RawPackets
