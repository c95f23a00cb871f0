#include "packets.h"

namespace Mqtt {

PacketType packetTypeOf(const Packet &packet)
{
    struct Visitor
    {
        PacketType operator()(const ConnectPacket &) const { return PacketType::Connect; }
        PacketType operator()(const ConnackPacket &) const { return PacketType::Connack; }
        PacketType operator()(const PublishPacket &) const { return PacketType::Publish; }
        PacketType operator()(const AckPacket &p) const { return p.type; }
        PacketType operator()(const SubscribePacket &) const { return PacketType::Subscribe; }
        PacketType operator()(const SubackPacket &) const { return PacketType::Suback; }
        PacketType operator()(const UnsubscribePacket &) const { return PacketType::Unsubscribe; }
        PacketType operator()(const UnsubackPacket &) const { return PacketType::Unsuback; }
        PacketType operator()(const PingreqPacket &) const { return PacketType::Pingreq; }
        PacketType operator()(const PingrespPacket &) const { return PacketType::Pingresp; }
        PacketType operator()(const DisconnectPacket &) const { return PacketType::Disconnect; }
        PacketType operator()(const AuthPacket &) const { return PacketType::Auth; }
    };
    return std::visit(Visitor{}, packet);
}

} // namespace Mqtt
