#include "protocol.h"

#include <QCoreApplication>

namespace Mqtt {

// Wording follows the MQTT 5 §2.4 reason code table.
QString reasonCodeText(ReasonCode code, PacketType context)
{
    switch (code) {
    case ReasonCode::Success:
        switch (context) {
        case PacketType::Disconnect: return QCoreApplication::translate("Mqtt", "Normal disconnection");
        case PacketType::Suback: return QCoreApplication::translate("Mqtt", "Granted QoS 0");
        default: return QCoreApplication::translate("Mqtt", "Success");
        }
    case ReasonCode::GrantedQoS1: return QCoreApplication::translate("Mqtt", "Granted QoS 1");
    case ReasonCode::GrantedQoS2: return QCoreApplication::translate("Mqtt", "Granted QoS 2");
    case ReasonCode::DisconnectWithWillMessage:
        return QCoreApplication::translate("Mqtt", "Disconnect with Will message");
    case ReasonCode::NoMatchingSubscribers: return QCoreApplication::translate("Mqtt", "No matching subscribers");
    case ReasonCode::NoSubscriptionExisted: return QCoreApplication::translate("Mqtt", "No subscription existed");
    case ReasonCode::ContinueAuthentication: return QCoreApplication::translate("Mqtt", "Continue authentication");
    case ReasonCode::ReAuthenticate: return QCoreApplication::translate("Mqtt", "Re-authenticate");
    case ReasonCode::UnspecifiedError: return QCoreApplication::translate("Mqtt", "Unspecified error");
    case ReasonCode::MalformedPacket: return QCoreApplication::translate("Mqtt", "Malformed packet");
    case ReasonCode::ProtocolError: return QCoreApplication::translate("Mqtt", "Protocol error");
    case ReasonCode::ImplementationSpecificError:
        return QCoreApplication::translate("Mqtt", "Implementation specific error");
    case ReasonCode::UnsupportedProtocolVersion:
        return QCoreApplication::translate("Mqtt", "Unsupported protocol version");
    case ReasonCode::ClientIdentifierNotValid:
        return QCoreApplication::translate("Mqtt", "Client identifier not valid");
    case ReasonCode::BadUserNameOrPassword: return QCoreApplication::translate("Mqtt", "Bad user name or password");
    case ReasonCode::NotAuthorized: return QCoreApplication::translate("Mqtt", "Not authorized");
    case ReasonCode::ServerUnavailable: return QCoreApplication::translate("Mqtt", "Server unavailable");
    case ReasonCode::ServerBusy: return QCoreApplication::translate("Mqtt", "Server busy");
    case ReasonCode::Banned: return QCoreApplication::translate("Mqtt", "Banned");
    case ReasonCode::ServerShuttingDown: return QCoreApplication::translate("Mqtt", "Server shutting down");
    case ReasonCode::BadAuthenticationMethod:
        return QCoreApplication::translate("Mqtt", "Bad authentication method");
    case ReasonCode::KeepAliveTimeout: return QCoreApplication::translate("Mqtt", "Keep alive timeout");
    case ReasonCode::SessionTakenOver: return QCoreApplication::translate("Mqtt", "Session taken over");
    case ReasonCode::TopicFilterInvalid: return QCoreApplication::translate("Mqtt", "Topic filter invalid");
    case ReasonCode::TopicNameInvalid: return QCoreApplication::translate("Mqtt", "Topic name invalid");
    case ReasonCode::PacketIdentifierInUse: return QCoreApplication::translate("Mqtt", "Packet identifier in use");
    case ReasonCode::PacketIdentifierNotFound:
        return QCoreApplication::translate("Mqtt", "Packet identifier not found");
    case ReasonCode::ReceiveMaximumExceeded: return QCoreApplication::translate("Mqtt", "Receive maximum exceeded");
    case ReasonCode::TopicAliasInvalid: return QCoreApplication::translate("Mqtt", "Topic alias invalid");
    case ReasonCode::PacketTooLarge: return QCoreApplication::translate("Mqtt", "Packet too large");
    case ReasonCode::MessageRateTooHigh: return QCoreApplication::translate("Mqtt", "Message rate too high");
    case ReasonCode::QuotaExceeded: return QCoreApplication::translate("Mqtt", "Quota exceeded");
    case ReasonCode::AdministrativeAction: return QCoreApplication::translate("Mqtt", "Administrative action");
    case ReasonCode::PayloadFormatInvalid: return QCoreApplication::translate("Mqtt", "Payload format invalid");
    case ReasonCode::RetainNotSupported: return QCoreApplication::translate("Mqtt", "Retain not supported");
    case ReasonCode::QoSNotSupported: return QCoreApplication::translate("Mqtt", "QoS not supported");
    case ReasonCode::UseAnotherServer: return QCoreApplication::translate("Mqtt", "Use another server");
    case ReasonCode::ServerMoved: return QCoreApplication::translate("Mqtt", "Server moved");
    case ReasonCode::SharedSubscriptionsNotSupported:
        return QCoreApplication::translate("Mqtt", "Shared subscriptions not supported");
    case ReasonCode::ConnectionRateExceeded: return QCoreApplication::translate("Mqtt", "Connection rate exceeded");
    case ReasonCode::MaximumConnectTime: return QCoreApplication::translate("Mqtt", "Maximum connect time");
    case ReasonCode::SubscriptionIdentifiersNotSupported:
        return QCoreApplication::translate("Mqtt", "Subscription identifiers not supported");
    case ReasonCode::WildcardSubscriptionsNotSupported:
        return QCoreApplication::translate("Mqtt", "Wildcard subscriptions not supported");
    }
    return QCoreApplication::translate("Mqtt", "Unknown reason code 0x%1")
        .arg(quint8(code), 2, 16, QLatin1Char('0'));
}

bool isKnownReasonCode(quint8 code)
{
    switch (code) {
    case 0x00: case 0x01: case 0x02: case 0x04: case 0x10: case 0x11: case 0x18: case 0x19:
        return true;
    default:
        return code >= 0x80 && code <= 0xA2;
    }
}

// MQTT 3.1.1 §3.2.2.3 Table 3.1 "Connect Return code values".
ReasonCode connackReturnCodeToReason(quint8 returnCode)
{
    switch (returnCode) {
    case 0: return ReasonCode::Success;
    case 1: return ReasonCode::UnsupportedProtocolVersion;
    case 2: return ReasonCode::ClientIdentifierNotValid;
    case 3: return ReasonCode::ServerUnavailable;
    case 4: return ReasonCode::BadUserNameOrPassword;
    case 5: return ReasonCode::NotAuthorized;
    default: return ReasonCode::UnspecifiedError; // 6..255 are reserved
    }
}

// The reverse, for a 3.1.1 server side (tests, fake brokers); MQTT 5 codes without a 3.1.1
// counterpart fold onto the nearest one (MQTT 5 §4.13 suggests "Server unavailable").
quint8 reasonToConnackReturnCode(ReasonCode code)
{
    switch (code) {
    case ReasonCode::Success: return 0;
    case ReasonCode::UnsupportedProtocolVersion: return 1;
    case ReasonCode::ClientIdentifierNotValid: return 2;
    case ReasonCode::ServerUnavailable:
    case ReasonCode::ServerBusy:
    case ReasonCode::ServerShuttingDown:
    case ReasonCode::UseAnotherServer:
    case ReasonCode::ServerMoved:
        return 3;
    case ReasonCode::BadUserNameOrPassword:
    case ReasonCode::BadAuthenticationMethod:
        return 4;
    case ReasonCode::NotAuthorized:
    case ReasonCode::Banned:
        return 5;
    default:
        return 3;
    }
}

QString packetTypeName(PacketType type)
{
    // Packet names are the specification's terms; they stay untranslated.
    switch (type) {
    case PacketType::Reserved: return QStringLiteral("RESERVED");
    case PacketType::Connect: return QStringLiteral("CONNECT");
    case PacketType::Connack: return QStringLiteral("CONNACK");
    case PacketType::Publish: return QStringLiteral("PUBLISH");
    case PacketType::Puback: return QStringLiteral("PUBACK");
    case PacketType::Pubrec: return QStringLiteral("PUBREC");
    case PacketType::Pubrel: return QStringLiteral("PUBREL");
    case PacketType::Pubcomp: return QStringLiteral("PUBCOMP");
    case PacketType::Subscribe: return QStringLiteral("SUBSCRIBE");
    case PacketType::Suback: return QStringLiteral("SUBACK");
    case PacketType::Unsubscribe: return QStringLiteral("UNSUBSCRIBE");
    case PacketType::Unsuback: return QStringLiteral("UNSUBACK");
    case PacketType::Pingreq: return QStringLiteral("PINGREQ");
    case PacketType::Pingresp: return QStringLiteral("PINGRESP");
    case PacketType::Disconnect: return QStringLiteral("DISCONNECT");
    case PacketType::Auth: return QStringLiteral("AUTH");
    }
    return QStringLiteral("UNKNOWN(%1)").arg(quint8(type));
}

} // namespace Mqtt
