#include "streamsource.h"

#include <QTcpSocket>

namespace {

void appendLength(QByteArray &out, quint32 value)
{
    // MQTT §1.5.5 Variable Byte Integer.
    do {
        quint8 byte = value % 128;
        value /= 128;
        if (value > 0)
            byte |= 0x80;
        out.append(char(byte));
    } while (value > 0);
}

void appendString(QByteArray &out, const QByteArray &utf8)
{
    out.append(char(utf8.size() >> 8));
    out.append(char(utf8.size() & 0xFF));
    out.append(utf8);
}

// Returns the remaining-length value and its byte count, or {-1, 0} if incomplete.
std::pair<qint64, int> readLength(const QByteArray &buffer, qsizetype offset)
{
    quint32 value = 0;
    int multiplier = 1;
    for (int i = 0; i < 4; ++i) {
        if (offset + i >= buffer.size())
            return {-1, 0};
        const quint8 byte = quint8(buffer.at(offset + i));
        value += (byte & 0x7F) * multiplier;
        multiplier *= 128;
        if (!(byte & 0x80))
            return {value, i + 1};
    }
    return {-2, 0}; // malformed: more than four bytes
}

constexpr qsizetype kChunk = 1 << 20; // bytes handed to the socket at a time

} // namespace

StreamSource::StreamSource(const Options &options, QObject *parent) : QObject(parent), m_options(options)
{
    connect(&m_server, &QTcpServer::newConnection, this, &StreamSource::onNewConnection);
}

bool StreamSource::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

QString StreamSource::topicName(int index, int topicCount)
{
    const int devices = qMax(1, topicCount / 100);
    const int device = index % devices;
    const int room = (index / devices) % 10;
    const int building = (index / devices / 10) % 10;
    return QStringLiteral("sensors/b%1/r%2/dev%3").arg(building).arg(room).arg(device);
}

QByteArray StreamSource::payload(quint64 sequence)
{
    // The seed's sensor reading, with values that vary so series are not flat.
    const double temperature = 20.0 + double(sequence % 100) / 10.0;
    const double humidity = 40.0 + double(sequence % 400) / 10.0;
    const double timestamp = 1764000000.0 + double(sequence) / 1000.0;
    return QByteArrayLiteral("{\"temperature\":") + QByteArray::number(temperature, 'f', 1)
        + QByteArrayLiteral(",\"humidity\":") + QByteArray::number(humidity, 'f', 1)
        + QByteArrayLiteral(",\"timestamp\":") + QByteArray::number(timestamp, 'f', 3) + '}';
}

QByteArray StreamSource::encodeBurst(const Options &options, quint8 protocolLevel)
{
    QList<QByteArray> topics;
    topics.reserve(options.topics);
    for (int i = 0; i < options.topics; ++i)
        topics.append(topicName(i, options.topics).toUtf8());
    QByteArray out;
    out.reserve(qsizetype(options.count) * 80);
    QByteArray body;
    for (quint64 i = 0; i < options.count; ++i) {
        body.clear();
        appendString(body, topics.at(int(i % quint64(options.topics))));
        if (protocolLevel == 5)
            body.append('\0'); // empty property set
        body.append(payload(i));
        out.append(char(0x30)); // PUBLISH, QoS 0, no retain
        appendLength(out, quint32(body.size()));
        out.append(body);
    }
    return out;
}

void StreamSource::prepare()
{
    burst(4);
    burst(5);
}

const QByteArray &StreamSource::burst(quint8 protocolLevel)
{
    auto it = m_bursts.find(protocolLevel);
    if (it == m_bursts.end())
        it = m_bursts.insert(protocolLevel, encodeBurst(m_options, protocolLevel));
    return it.value();
}

void StreamSource::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_peers.insert(socket, Peer());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pump(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_peers.remove(socket);
            socket->deleteLater();
        });
    }
}

void StreamSource::onReadyRead(QTcpSocket *socket)
{
    auto it = m_peers.find(socket);
    if (it == m_peers.end())
        return;
    Peer &peer = it.value();
    peer.inbound.append(socket->readAll());
    qsizetype offset = 0;
    while (offset + 2 <= peer.inbound.size()) {
        const quint8 header = quint8(peer.inbound.at(offset));
        const auto [length, lengthBytes] = readLength(peer.inbound, offset + 1);
        if (length == -2) {
            socket->abort();
            return;
        }
        if (length < 0 || offset + 1 + lengthBytes + length > peer.inbound.size())
            break;
        const QByteArray body = peer.inbound.mid(offset + 1 + lengthBytes, length);
        offset += 1 + lengthBytes + length;
        switch (header >> 4) {
        case 1: { // CONNECT: protocol name (2 + 4 bytes), then the level
            peer.protocolLevel = body.size() > 6 ? quint8(body.at(6)) : 4;
            QByteArray ack("\x20\x02\x00\x00", 4);
            if (peer.protocolLevel == 5)
                ack = QByteArray("\x20\x03\x00\x00\x00", 5); // no properties
            socket->write(ack);
            break;
        }
        case 8: { // SUBSCRIBE: grant QoS 0 to every filter
            if (body.size() < 2)
                break;
            qsizetype pos = 2;
            if (peer.protocolLevel == 5) {
                const auto [propLength, propBytes] = readLength(body, pos);
                pos += propBytes + qMax<qint64>(propLength, 0);
            }
            int filters = 0;
            while (pos + 2 <= body.size()) {
                const int len = (quint8(body.at(pos)) << 8) | quint8(body.at(pos + 1));
                pos += 2 + len + 1;
                ++filters;
            }
            QByteArray ackBody = body.left(2);
            if (peer.protocolLevel == 5)
                ackBody.append('\0');
            ackBody.append(QByteArray(filters, '\0'));
            QByteArray ack(1, char(0x90));
            appendLength(ack, quint32(ackBody.size()));
            socket->write(ack + ackBody);
            if (peer.sent < 0) {
                peer.sent = 0;
                pump(socket);
            }
            break;
        }
        case 12: // PINGREQ
            socket->write(QByteArray("\xD0\x00", 2));
            break;
        case 14: // DISCONNECT
            socket->disconnectFromHost();
            return;
        default:
            break;
        }
    }
    peer.inbound.remove(0, offset);
}

void StreamSource::pump(QTcpSocket *socket)
{
    auto it = m_peers.find(socket);
    if (it == m_peers.end() || it->sent < 0)
        return;
    const QByteArray &bytes = burst(it->protocolLevel);
    // Keep the socket's buffer topped up with about one chunk instead of queueing the whole
    // burst at once, so memory stays bounded with several subscribers.
    while (socket->bytesToWrite() < kChunk && it->sent < bytes.size()) {
        const qsizetype n = qMin(kChunk, bytes.size() - it->sent);
        socket->write(bytes.constData() + it->sent, n);
        it->sent += n;
        if (it->sent == bytes.size())
            emit burstFinished(m_options.count);
    }
}
