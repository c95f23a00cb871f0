#include "fakebroker.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

FakeBroker::FakeBroker(Mqtt::ProtocolVersion version, QObject *parent)
    : QObject(parent), m_version(version), m_server(new QTcpServer(this)), m_decoder(version), m_readTimer(new QTimer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeBroker::onNewConnection);
    m_readTimer->setInterval(20);
    connect(m_readTimer, &QTimer::timeout, this, [this] { readSome(m_readChunk); });
}

void FakeBroker::setReadChunk(qint64 bytes)
{
    m_readChunk = bytes;
    if (m_socket) {
        m_socket->setReadBufferSize(bytes > 0 ? bytes : 0);
        if (bytes > 0) // keep the kernel from buffering megabytes for us
            m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, int(bytes));
    }
    if (bytes > 0)
        m_readTimer->start();
    else
        m_readTimer->stop();
}

void FakeBroker::pauseReading(bool paused)
{
    m_paused = paused;
    if (m_socket)
        m_socket->setReadBufferSize(paused ? 4096 : m_readChunk);
    if (!paused)
        QMetaObject::invokeMethod(this, &FakeBroker::onReadyRead, Qt::QueuedConnection);
}

FakeBroker::~FakeBroker()
{
    if (m_socket)
        m_socket->abort();
}

bool FakeBroker::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeBroker::port() const
{
    return m_server->serverPort();
}

void FakeBroker::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_socket) {
            m_socket->abort();
            m_socket->deleteLater();
        }
        m_socket = socket;
        m_clientGone = false;
        m_decoder.reset();
        m_decoder.setProtocolVersion(m_version);
        if (m_paused || m_readChunk > 0)
            socket->setReadBufferSize(m_paused ? 4096 : m_readChunk);
        if (m_readChunk > 0)
            socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, int(m_readChunk));
        connect(socket, &QTcpSocket::readyRead, this, &FakeBroker::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (socket == m_socket)
                m_clientGone = true;
        });
    }
}

void FakeBroker::onReadyRead()
{
    if (m_readChunk == 0)
        readSome(-1);
}

void FakeBroker::readSome(qint64 maximum)
{
    if (!m_socket || m_paused)
        return;
    const QByteArray bytes = maximum < 0 ? m_socket->readAll() : m_socket->read(maximum);
    m_bytesRead += bytes.size();
    m_decoder.append(bytes);
    Mqtt::Packet packet;
    for (;;) {
        const auto status = m_decoder.next(&packet);
        if (status == Mqtt::StreamDecoder::Status::NeedMoreData)
            break;
        if (status == Mqtt::StreamDecoder::Status::Error) {
            m_decodeError = m_decoder.error().message;
            break;
        }
        if (const auto *connect = std::get_if<Mqtt::ConnectPacket>(&packet))
            m_lastConnect = *connect;
        if (m_answerPings && std::holds_alternative<Mqtt::PingreqPacket>(packet))
            send(Mqtt::PingrespPacket());
        m_received.append(packet);
        emit packetReceived(packet);
    }
}

bool FakeBroker::waitForClient(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_socket && !deadline.hasExpired())
        QTest::qWait(10);
    return m_socket != nullptr;
}

bool FakeBroker::hasClient() const
{
    return m_socket && !m_clientGone;
}

QList<Mqtt::Packet> FakeBroker::receivedOfType(Mqtt::PacketType type) const
{
    QList<Mqtt::Packet> list;
    for (const Mqtt::Packet &p : m_received) {
        if (Mqtt::packetTypeOf(p) == type)
            list.append(p);
    }
    return list;
}

std::optional<Mqtt::Packet> FakeBroker::waitForPacket(Mqtt::PacketType type, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (qsizetype i = m_consumed; i < m_received.size(); ++i) {
            if (Mqtt::packetTypeOf(m_received.at(i)) == type) {
                m_consumed = i + 1;
                return m_received.at(i);
            }
        }
        if (deadline.hasExpired())
            return std::nullopt;
        QTest::qWait(10);
    }
}

bool FakeBroker::acceptConnect(bool sessionPresent, const Mqtt::Properties &properties, Mqtt::ReasonCode reason)
{
    if (!waitForClient())
        return false;
    if (!waitForPacket(Mqtt::PacketType::Connect))
        return false;
    Mqtt::ConnackPacket connack;
    connack.sessionPresent = sessionPresent;
    connack.reasonCode = reason;
    connack.properties = properties;
    send(connack);
    return true;
}

bool FakeBroker::sync(int timeoutMs)
{
    const quint16 id = m_nextSyncId;
    m_nextSyncId = m_nextSyncId == 65535 ? 60000 : quint16(m_nextSyncId + 1);
    Mqtt::Message m(QStringLiteral("fake/sync"), "sync", 1);
    m.setPacketId(id);
    send(Mqtt::PublishPacket{m});
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (const Mqtt::Packet &p : std::as_const(m_received)) {
            const auto *ack = std::get_if<Mqtt::AckPacket>(&p);
            if (ack && ack->type == Mqtt::PacketType::Puback && ack->packetId == id)
                return true;
        }
        if (deadline.hasExpired())
            return false;
        QTest::qWait(5);
    }
}

void FakeBroker::send(const Mqtt::Packet &packet)
{
    Mqtt::ProtocolError error;
    const QByteArray bytes = Mqtt::Codec::encode(packet, m_version, &error, Mqtt::Codec::Sender::Server);
    if (bytes.isEmpty())
        qWarning("FakeBroker cannot encode a packet: %s", qPrintable(error.message));
    sendRaw(bytes);
}

void FakeBroker::sendRaw(const QByteArray &bytes)
{
    if (m_socket) {
        m_socket->write(bytes);
        m_socket->flush();
    }
}

void FakeBroker::dropClient()
{
    if (m_socket)
        m_socket->abort();
    m_clientGone = true;
}

bool FakeBroker::waitForClientGone(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_clientGone && !deadline.hasExpired())
        QTest::qWait(10);
    return m_clientGone;
}

namespace RawPackets {

QByteArray packet(quint8 fixedHeader, const QByteArray &body)
{
    QByteArray out;
    out.append(char(fixedHeader));
    Mqtt::Codec::appendVariableByteInteger(out, quint32(body.size()));
    out.append(body);
    return out;
}

QByteArray utf8String(const QByteArray &bytes)
{
    QByteArray out;
    out.append(char(bytes.size() >> 8));
    out.append(char(bytes.size() & 0xFF));
    out.append(bytes);
    return out;
}

static QByteArray packetIdBytes(quint16 id)
{
    QByteArray out;
    out.append(char(id >> 8));
    out.append(char(id & 0xFF));
    return out;
}

QByteArray publishV5(const QByteArray &topicBytes, const QByteArray &propertiesBlock, const QByteArray &payload,
                     quint8 qos, quint16 packetId)
{
    QByteArray body = utf8String(topicBytes);
    if (qos > 0)
        body += packetIdBytes(packetId);
    Mqtt::Codec::appendVariableByteInteger(body, quint32(propertiesBlock.size()));
    body += propertiesBlock;
    body += payload;
    return packet(quint8(0x30 | (qos << 1)), body);
}

QByteArray publishV311(const QByteArray &topicBytes, const QByteArray &payload, quint8 qos, quint16 packetId)
{
    QByteArray body = utf8String(topicBytes);
    if (qos > 0)
        body += packetIdBytes(packetId);
    body += payload;
    return packet(quint8(0x30 | (qos << 1)), body);
}

} // namespace RawPackets
