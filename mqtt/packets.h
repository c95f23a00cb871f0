#pragma once

#include "message.h"
#include "properties.h"
#include "protocol.h"
#include "subscription.h"
#include "will.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace Mqtt {

// Plain value types, one per control packet, independent of any socket. The codec turns
// them into bytes and back; the Connection state machine gives them meaning.


struct ConnectPacket
{
    ProtocolVersion version = ProtocolVersion::V5;
    QString clientId;
    bool cleanStart = true; // "clean session" in 3.1.1
    quint16 keepAlive = 60;
    std::optional<QString> username;
    std::optional<QByteArray> password;
    std::optional<Will> will;
    Properties properties;
    bool operator==(const ConnectPacket &o) const
    {
        return version == o.version && clientId == o.clientId && cleanStart == o.cleanStart
            && keepAlive == o.keepAlive && username == o.username && password == o.password
            && will == o.will && properties == o.properties;
    }
};

struct ConnackPacket
{
    bool sessionPresent = false;
    ReasonCode reasonCode = ReasonCode::Success; // 3.1.1 return codes are mapped (protocol.h)
    Properties properties;
    bool operator==(const ConnackPacket &o) const
    {
        return sessionPresent == o.sessionPresent && reasonCode == o.reasonCode && properties == o.properties;
    }
};

struct PublishPacket
{
    Message message; // topic, payload, qos, retain, dup, packet id, properties
    bool operator==(const PublishPacket &o) const { return message == o.message; }
};

// PUBACK, PUBREC, PUBREL and PUBCOMP share one shape.
struct AckPacket
{
    PacketType type = PacketType::Puback;
    quint16 packetId = 0;
    ReasonCode reasonCode = ReasonCode::Success;
    Properties properties;
    bool operator==(const AckPacket &o) const
    {
        return type == o.type && packetId == o.packetId && reasonCode == o.reasonCode && properties == o.properties;
    }
};

// MQTT 5 §3.8.3.1 subscription options (3.1.1 uses only maximumQos).

struct SubscribePacket
{
    quint16 packetId = 0;
    QList<Subscription> subscriptions;
    Properties properties; // subscription identifier, user properties
    bool operator==(const SubscribePacket &o) const
    {
        return packetId == o.packetId && subscriptions == o.subscriptions && properties == o.properties;
    }
};

struct SubackPacket
{
    quint16 packetId = 0;
    QList<ReasonCode> reasonCodes; // 3.1.1: 0x00/0x01/0x02/0x80
    Properties properties;
    bool operator==(const SubackPacket &o) const
    {
        return packetId == o.packetId && reasonCodes == o.reasonCodes && properties == o.properties;
    }
};

struct UnsubscribePacket
{
    quint16 packetId = 0;
    QStringList filters;
    Properties properties;
    bool operator==(const UnsubscribePacket &o) const
    {
        return packetId == o.packetId && filters == o.filters && properties == o.properties;
    }
};

struct UnsubackPacket
{
    quint16 packetId = 0;
    QList<ReasonCode> reasonCodes; // empty in 3.1.1, which has no per-filter results
    Properties properties;
    bool operator==(const UnsubackPacket &o) const
    {
        return packetId == o.packetId && reasonCodes == o.reasonCodes && properties == o.properties;
    }
};

struct PingreqPacket
{
    bool operator==(const PingreqPacket &) const { return true; }
};

struct PingrespPacket
{
    bool operator==(const PingrespPacket &) const { return true; }
};

struct DisconnectPacket
{
    ReasonCode reasonCode = ReasonCode::Success;
    Properties properties;
    bool operator==(const DisconnectPacket &o) const
    {
        return reasonCode == o.reasonCode && properties == o.properties;
    }
};

struct AuthPacket
{
    ReasonCode reasonCode = ReasonCode::Success;
    Properties properties;
    bool operator==(const AuthPacket &o) const { return reasonCode == o.reasonCode && properties == o.properties; }
};

using Packet = std::variant<ConnectPacket, ConnackPacket, PublishPacket, AckPacket, SubscribePacket, SubackPacket,
                            UnsubscribePacket, UnsubackPacket, PingreqPacket, PingrespPacket, DisconnectPacket,
                            AuthPacket>;

PacketType packetTypeOf(const Packet &packet);

} // namespace Mqtt
