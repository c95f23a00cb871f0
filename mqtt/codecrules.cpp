#include "codec_p.h"

namespace Mqtt::CodecPrivate {

namespace {

constexpr quint32 bit(PacketType t) { return 1u << quint8(t); }

} // namespace

QString displayText(const QString &text)
{
    constexpr qsizetype MaxShown = 80;
    QString out;
    const QStringView shown = QStringView(text).left(MaxShown);
    out.reserve(shown.size() + 8);
    for (QChar c : shown) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (text.size() > MaxShown)
        out += QChar(0x2026); // ellipsis
    return out;
}

bool isPropertyAllowed(PropertyId id, PacketType context)
{
    constexpr quint32 Will = bit(WillContext);
    constexpr quint32 Connect = bit(PacketType::Connect);
    constexpr quint32 Connack = bit(PacketType::Connack);
    constexpr quint32 Publish = bit(PacketType::Publish);
    constexpr quint32 Acks = bit(PacketType::Puback) | bit(PacketType::Pubrec) | bit(PacketType::Pubrel)
        | bit(PacketType::Pubcomp);
    constexpr quint32 Subscribe = bit(PacketType::Subscribe);
    constexpr quint32 Suback = bit(PacketType::Suback);
    constexpr quint32 Unsubscribe = bit(PacketType::Unsubscribe);
    constexpr quint32 Unsuback = bit(PacketType::Unsuback);
    constexpr quint32 Disconnect = bit(PacketType::Disconnect);
    constexpr quint32 Auth = bit(PacketType::Auth);

    quint32 allowed = 0;
    switch (id) {
    case PropertyId::PayloadFormatIndicator:
    case PropertyId::MessageExpiryInterval:
    case PropertyId::ContentType:
    case PropertyId::ResponseTopic:
    case PropertyId::CorrelationData:
        allowed = Publish | Will;
        break;
    case PropertyId::SubscriptionIdentifier: allowed = Publish | Subscribe; break;
    case PropertyId::SessionExpiryInterval: allowed = Connect | Connack | Disconnect; break;
    case PropertyId::AssignedClientIdentifier: allowed = Connack; break;
    case PropertyId::ServerKeepAlive: allowed = Connack; break;
    case PropertyId::AuthenticationMethod:
    case PropertyId::AuthenticationData:
        allowed = Connect | Connack | Auth;
        break;
    case PropertyId::RequestProblemInformation: allowed = Connect; break;
    case PropertyId::WillDelayInterval: allowed = Will; break;
    case PropertyId::RequestResponseInformation: allowed = Connect; break;
    case PropertyId::ResponseInformation: allowed = Connack; break;
    case PropertyId::ServerReference: allowed = Connack | Disconnect; break;
    case PropertyId::ReasonString: allowed = Connack | Acks | Suback | Unsuback | Disconnect | Auth; break;
    case PropertyId::ReceiveMaximum:
    case PropertyId::TopicAliasMaximum:
    case PropertyId::MaximumPacketSize:
        allowed = Connect | Connack;
        break;
    case PropertyId::TopicAlias: allowed = Publish; break;
    case PropertyId::MaximumQoS:
    case PropertyId::RetainAvailable:
    case PropertyId::WildcardSubscriptionAvailable:
    case PropertyId::SubscriptionIdentifierAvailable:
    case PropertyId::SharedSubscriptionAvailable:
        allowed = Connack;
        break;
    case PropertyId::UserProperty:
        allowed = Will | Connect | Connack | Publish | Acks | Subscribe | Suback | Unsubscribe | Unsuback | Disconnect
            | Auth;
        break;
    }
    return allowed & bit(context);
}

bool checkPropertyValue(PropertyId id, quint32 value, PacketType context, ProtocolError *error)
{
    auto outOfRange = [&](ReasonCode code, const QString &rule) {
        return fail(error, context, code,
                    QCoreApplication::translate("Mqtt", "%1 has the invalid value %2: %3")
                        .arg(propertyName(id))
                        .arg(value)
                        .arg(rule));
    };
    switch (propertyType(quint8(id))) {
    case PropertyType::Byte:
        if (value > 0xFF)
            return outOfRange(ReasonCode::MalformedPacket, QCoreApplication::translate("Mqtt", "it is a single byte (MQTT 5 §2.2.2.2)"));
        break;
    case PropertyType::TwoByteInteger:
        if (value > 0xFFFF)
            return outOfRange(ReasonCode::MalformedPacket,
                              QCoreApplication::translate("Mqtt", "it is a two byte integer (MQTT 5 §1.5.2)"));
        break;
    case PropertyType::VariableByteInteger:
        if (value > MaxVariableByteInteger)
            return outOfRange(ReasonCode::MalformedPacket,
                              QCoreApplication::translate("Mqtt", "the maximum is 268,435,455 (MQTT 5 §1.5.5)"));
        break;
    default:
        break;
    }

    switch (id) {
    case PropertyId::PayloadFormatIndicator:
        if (value > 1)
            return outOfRange(ReasonCode::ProtocolError,
                              QCoreApplication::translate("Mqtt", "it must be 0 or 1 (MQTT 5 §3.3.2.3.2)"));
        break;
    case PropertyId::RequestProblemInformation:
        if (value > 1)
            return outOfRange(ReasonCode::ProtocolError,
                              QCoreApplication::translate("Mqtt", "it must be 0 or 1 (MQTT 5 §3.1.2.11.7)"));
        break;
    case PropertyId::RequestResponseInformation:
        if (value > 1)
            return outOfRange(ReasonCode::ProtocolError,
                              QCoreApplication::translate("Mqtt", "it must be 0 or 1 (MQTT 5 §3.1.2.11.6)"));
        break;
    case PropertyId::MaximumQoS:
        if (value > 1)
            return outOfRange(ReasonCode::ProtocolError,
                              QCoreApplication::translate("Mqtt", "it must be 0 or 1 (MQTT 5 §3.2.2.3.4)"));
        break;
    case PropertyId::RetainAvailable:
    case PropertyId::WildcardSubscriptionAvailable:
    case PropertyId::SubscriptionIdentifierAvailable:
    case PropertyId::SharedSubscriptionAvailable:
        if (value > 1)
            return outOfRange(ReasonCode::ProtocolError,
                              QCoreApplication::translate("Mqtt", "it must be 0 or 1 (MQTT 5 §3.2.2.3)"));
        break;
    case PropertyId::ReceiveMaximum:
        if (value == 0)
            return outOfRange(ReasonCode::ProtocolError,
                              QCoreApplication::translate("Mqtt", "it must not be 0 (MQTT 5 §3.1.2.11.3)"));
        break;
    case PropertyId::MaximumPacketSize:
        if (value == 0)
            return outOfRange(ReasonCode::ProtocolError,
                              QCoreApplication::translate("Mqtt", "it must not be 0 (MQTT 5 §3.1.2.11.4)"));
        break;
    case PropertyId::TopicAlias:
        if (value == 0)
            return outOfRange(ReasonCode::TopicAliasInvalid,
                              QCoreApplication::translate("Mqtt", "a topic alias of 0 is not permitted "
                                                                  "(MQTT 5 §3.3.2.3.4)"));
        break;
    case PropertyId::SubscriptionIdentifier:
        if (value == 0)
            return outOfRange(ReasonCode::ProtocolError,
                              QCoreApplication::translate("Mqtt", "it must not be 0 (MQTT 5 §3.3.2.3.8)"));
        break;
    default:
        break;
    }
    return true;
}

bool isReasonCodeAllowed(PacketType type, quint8 code)
{
    switch (type) {
    case PacketType::Connack: // §3.2.2.2
        switch (code) {
        case 0x00: case 0x80: case 0x81: case 0x82: case 0x83: case 0x84: case 0x85: case 0x86: case 0x87:
        case 0x88: case 0x89: case 0x8A: case 0x8C: case 0x90: case 0x95: case 0x97: case 0x99: case 0x9A:
        case 0x9B: case 0x9C: case 0x9D: case 0x9F:
            return true;
        }
        return false;
    case PacketType::Puback: // §3.4.2.1
    case PacketType::Pubrec: // §3.5.2.1
        switch (code) {
        case 0x00: case 0x10: case 0x80: case 0x83: case 0x87: case 0x90: case 0x91: case 0x97: case 0x99:
            return true;
        }
        return false;
    case PacketType::Pubrel: // §3.6.2.1
    case PacketType::Pubcomp: // §3.7.2.1
        return code == 0x00 || code == 0x92;
    case PacketType::Suback: // §3.9.3
        switch (code) {
        case 0x00: case 0x01: case 0x02: case 0x80: case 0x83: case 0x87: case 0x8F: case 0x91: case 0x97:
        case 0x9E: case 0xA1: case 0xA2:
            return true;
        }
        return false;
    case PacketType::Unsuback: // §3.11.3
        switch (code) {
        case 0x00: case 0x11: case 0x80: case 0x83: case 0x87: case 0x8F: case 0x91:
            return true;
        }
        return false;
    case PacketType::Disconnect: // §3.14.2.1
        switch (code) {
        case 0x00: case 0x04: case 0x80: case 0x81: case 0x82: case 0x83: case 0x87: case 0x89: case 0x8B:
        case 0x8D: case 0x8E: case 0x8F: case 0x90: case 0x93: case 0x94: case 0x95: case 0x96: case 0x97:
        case 0x98: case 0x99: case 0x9A: case 0x9B: case 0x9C: case 0x9D: case 0x9E: case 0x9F: case 0xA0:
        case 0xA1: case 0xA2:
            return true;
        }
        return false;
    case PacketType::Auth: // §3.15.2.1
        return code == 0x00 || code == 0x18 || code == 0x19;
    default:
        return false;
    }
}

} // namespace Mqtt::CodecPrivate
