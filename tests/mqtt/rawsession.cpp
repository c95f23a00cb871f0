#include "rawsession.h"

#include <QDeadlineTimer>
#include <QTest>

using namespace Mqtt;

RawSession::RawSession(Transport *transport, ProtocolVersion version)
    : m_transport(transport), m_version(version), m_decoder(version)
{
    connect(transport, &Transport::opened, this, [this] { m_opened = true; });
    connect(transport, &Transport::closed, this, [this] { m_closed = true; });
    connect(transport, &Transport::errorOccurred, this, [this](const QString &message) { m_errors << message; });
    connect(transport, &Transport::bytesReceived, this, [this](const QByteArray &bytes) {
        m_decoder.append(bytes);
        Packet packet;
        for (;;) {
            const StreamDecoder::Status status = m_decoder.next(&packet);
            if (status == StreamDecoder::Status::PacketReady) {
                m_packets << packet;
                continue;
            }
            if (status == StreamDecoder::Status::Error) {
                m_decodeError = true;
                m_errors << m_decoder.error().message;
            }
            break;
        }
    });
}

bool RawSession::open(QString *error, int timeoutMs)
{
    m_opened = false;
    m_closed = false;
    m_errors.clear();
    m_decoder.reset();
    m_packets.clear();
    m_transport->open();
    QDeadlineTimer deadline(timeoutMs);
    while (!m_opened && !m_closed && m_errors.isEmpty() && !deadline.hasExpired())
        QTest::qWait(10);
    if (m_opened && m_errors.isEmpty())
        return true;
    if (error)
        *error = m_errors.isEmpty() ? (m_closed ? QStringLiteral("closed without an error") : QStringLiteral("timed out"))
                                    : m_errors.join(QLatin1String(" | "));
    return false;
}

bool RawSession::send(const Packet &packet)
{
    ProtocolError error;
    const QByteArray bytes = Codec::encode(packet, m_version, &error);
    if (bytes.isEmpty()) {
        m_errors << QStringLiteral("encode: ") + error.message;
        return false;
    }
    return m_transport->write(bytes);
}

std::optional<Packet> RawSession::next(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_packets.isEmpty() && !m_closed && !m_decodeError && !deadline.hasExpired())
        QTest::qWait(5);
    if (m_packets.isEmpty())
        return std::nullopt;
    return m_packets.takeFirst();
}

bool RawSession::waitClosed(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_closed && !deadline.hasExpired())
        QTest::qWait(10);
    return m_closed;
}

ReasonCode RawSession::connectMqtt(const QString &clientId, const std::optional<QString> &username,
                               const std::optional<QByteArray> &password)
{
    ConnectPacket packet;
    packet.version = m_version;
    packet.clientId = clientId;
    packet.keepAlive = 60;
    packet.username = username;
    packet.password = password;
    if (!send(packet))
        return ReasonCode::UnspecifiedError;
    const std::optional<Packet> reply = next();
    if (!reply || !std::holds_alternative<ConnackPacket>(*reply))
        return ReasonCode::UnspecifiedError;
    return std::get<ConnackPacket>(*reply).reasonCode;
}

bool RawSession::qos1RoundTrip(const QString &topic, const QByteArray &payload, QString *error)
{
    auto fail = [this, error](const QString &step) {
        if (error)
            *error = step + (m_errors.isEmpty() ? QString() : QStringLiteral(" (") + m_errors.join(QLatin1String(" | ")) + QLatin1Char(')'));
        return false;
    };
    SubscribePacket subscribe;
    subscribe.packetId = m_nextId++;
    Subscription subscription;
    subscription.filter = topic;
    subscription.options.maximumQos = 1;
    subscribe.subscriptions << subscription;
    if (!send(subscribe))
        return fail(QStringLiteral("cannot send SUBSCRIBE"));
    std::optional<Packet> reply = next();
    if (!reply || !std::holds_alternative<SubackPacket>(*reply))
        return fail(QStringLiteral("no SUBACK"));
    const SubackPacket suback = std::get<SubackPacket>(*reply);
    if (suback.reasonCodes != QList<ReasonCode>{ReasonCode::GrantedQoS1})
        return fail(QStringLiteral("subscription not granted at QoS 1"));

    PublishPacket publish;
    publish.message = Message(topic, payload, 1);
    const quint16 publishId = m_nextId++;
    publish.message.setPacketId(publishId);
    if (!send(publish))
        return fail(QStringLiteral("cannot send PUBLISH"));

    bool acked = false;
    bool received = false;
    while (!acked || !received) {
        reply = next();
        if (!reply)
            return fail(acked ? QStringLiteral("the message did not come back") : QStringLiteral("no PUBACK"));
        if (const auto *ack = std::get_if<AckPacket>(&*reply)) {
            if (ack->type != PacketType::Puback || ack->packetId != publishId || isError(ack->reasonCode))
                return fail(QStringLiteral("unexpected acknowledgement"));
            acked = true;
        } else if (const auto *incoming = std::get_if<PublishPacket>(&*reply)) {
            if (incoming->message.topic() != topic || incoming->message.payload() != payload
                || incoming->message.qos() != 1) {
                return fail(QStringLiteral("the message came back changed"));
            }
            AckPacket puback;
            puback.type = PacketType::Puback;
            puback.packetId = incoming->message.packetId();
            send(puback);
            received = true;
        } else {
            return fail(QStringLiteral("unexpected packet %1").arg(packetTypeName(packetTypeOf(*reply))));
        }
    }
    return true;
}
