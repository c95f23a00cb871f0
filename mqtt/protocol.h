#pragma once

#include <QtGlobal>
#include <QString>

namespace Mqtt {

enum class ProtocolVersion : quint8 {
    V311 = 4, // MQTT 3.1.1, protocol level 4
    V5 = 5,   // MQTT 5.0, protocol level 5
};

enum class PacketType : quint8 {
    Reserved = 0,
    Connect = 1,
    Connack = 2,
    Publish = 3,
    Puback = 4,
    Pubrec = 5,
    Pubrel = 6,
    Pubcomp = 7,
    Subscribe = 8,
    Suback = 9,
    Unsubscribe = 10,
    Unsuback = 11,
    Pingreq = 12,
    Pingresp = 13,
    Disconnect = 14,
    Auth = 15, // MQTT 5 only
};

// MQTT 5 §2.4 reason codes. 3.1.1 CONNACK return codes (0..5) are mapped onto these by the
// decoder so the rest of the library sees one vocabulary; see connackReturnCodeToReason().
enum class ReasonCode : quint8 {
    Success = 0x00, // also NormalDisconnection, GrantedQoS0
    GrantedQoS1 = 0x01,
    GrantedQoS2 = 0x02,
    DisconnectWithWillMessage = 0x04,
    NoMatchingSubscribers = 0x10,
    NoSubscriptionExisted = 0x11,
    ContinueAuthentication = 0x18,
    ReAuthenticate = 0x19,
    UnspecifiedError = 0x80,
    MalformedPacket = 0x81,
    ProtocolError = 0x82,
    ImplementationSpecificError = 0x83,
    UnsupportedProtocolVersion = 0x84,
    ClientIdentifierNotValid = 0x85,
    BadUserNameOrPassword = 0x86,
    NotAuthorized = 0x87,
    ServerUnavailable = 0x88,
    ServerBusy = 0x89,
    Banned = 0x8A,
    ServerShuttingDown = 0x8B,
    BadAuthenticationMethod = 0x8C,
    KeepAliveTimeout = 0x8D,
    SessionTakenOver = 0x8E,
    TopicFilterInvalid = 0x8F,
    TopicNameInvalid = 0x90,
    PacketIdentifierInUse = 0x91,
    PacketIdentifierNotFound = 0x92,
    ReceiveMaximumExceeded = 0x93,
    TopicAliasInvalid = 0x94,
    PacketTooLarge = 0x95,
    MessageRateTooHigh = 0x96,
    QuotaExceeded = 0x97,
    AdministrativeAction = 0x98,
    PayloadFormatInvalid = 0x99,
    RetainNotSupported = 0x9A,
    QoSNotSupported = 0x9B,
    UseAnotherServer = 0x9C,
    ServerMoved = 0x9D,
    SharedSubscriptionsNotSupported = 0x9E,
    ConnectionRateExceeded = 0x9F,
    MaximumConnectTime = 0xA0,
    SubscriptionIdentifiersNotSupported = 0xA1,
    WildcardSubscriptionsNotSupported = 0xA2,
};

// The packet a reason code appears in changes its wording (0x00 is "Success" in CONNACK,
// "Normal disconnection" in DISCONNECT, "Granted QoS 0" in SUBACK).
QString reasonCodeText(ReasonCode code, PacketType context = PacketType::Reserved);
bool isKnownReasonCode(quint8 code);
inline bool isError(ReasonCode code) { return quint8(code) >= 0x80; }

// MQTT 3.1.1 §3.2.2.3 CONNACK return codes 0..5 expressed as MQTT 5 reason codes.
ReasonCode connackReturnCodeToReason(quint8 returnCode);
quint8 reasonToConnackReturnCode(ReasonCode code);

QString packetTypeName(PacketType type);

} // namespace Mqtt
