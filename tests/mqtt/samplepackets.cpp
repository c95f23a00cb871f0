#include "samplepackets.h"

using namespace Mqtt;

namespace CodecTest {

QList<PropertyId> allowedProperties(PacketType context)
{
    using P = PropertyId;
    switch (context) {
    case PacketType::Reserved:
        return {P::PayloadFormatIndicator, P::MessageExpiryInterval, P::ContentType, P::ResponseTopic,
                P::CorrelationData, P::WillDelayInterval, P::UserProperty};
    case PacketType::Connect:
        return {P::SessionExpiryInterval, P::AuthenticationMethod, P::AuthenticationData, P::RequestProblemInformation,
                P::RequestResponseInformation, P::ReceiveMaximum, P::TopicAliasMaximum, P::UserProperty,
                P::MaximumPacketSize};
    case PacketType::Connack:
        return {P::SessionExpiryInterval, P::AssignedClientIdentifier, P::ServerKeepAlive, P::AuthenticationMethod,
                P::AuthenticationData, P::ResponseInformation, P::ServerReference, P::ReasonString, P::ReceiveMaximum,
                P::TopicAliasMaximum, P::MaximumQoS, P::RetainAvailable, P::UserProperty, P::MaximumPacketSize,
                P::WildcardSubscriptionAvailable, P::SubscriptionIdentifierAvailable, P::SharedSubscriptionAvailable};
    case PacketType::Publish:
        return {P::PayloadFormatIndicator, P::MessageExpiryInterval, P::ContentType, P::ResponseTopic,
                P::CorrelationData, P::SubscriptionIdentifier, P::TopicAlias, P::UserProperty};
    case PacketType::Puback:
    case PacketType::Pubrec:
    case PacketType::Pubrel:
    case PacketType::Pubcomp:
    case PacketType::Suback:
    case PacketType::Unsuback:
        return {P::ReasonString, P::UserProperty};
    case PacketType::Subscribe:
        return {P::SubscriptionIdentifier, P::UserProperty};
    case PacketType::Unsubscribe:
        return {P::UserProperty};
    case PacketType::Disconnect:
        return {P::SessionExpiryInterval, P::ServerReference, P::ReasonString, P::UserProperty};
    case PacketType::Auth:
        return {P::AuthenticationMethod, P::AuthenticationData, P::ReasonString, P::UserProperty};
    default:
        return {};
    }
}

const QList<PropertyId> &allPropertyIds()
{
    static const QList<PropertyId> ids = [] {
        QList<PropertyId> r;
        for (int i = 0; i < 0x30; ++i)
            if (propertyType(quint8(i)) != PropertyType::Invalid)
                r.append(PropertyId(i));
        return r;
    }();
    return ids;
}

void setSample(Properties &props, PropertyId id, PacketType context)
{
    using P = PropertyId;
    switch (id) {
    case P::PayloadFormatIndicator: props.setValue(id, 1u); break;
    case P::MessageExpiryInterval: props.setValue(id, 3600u); break;
    case P::ContentType: props.setValue(id, QStringLiteral("application/json")); break;
    case P::ResponseTopic: props.setValue(id, QStringLiteral("reply/to/\u00e9")); break;
    case P::CorrelationData: props.setValue(id, QByteArray("\x00\x01\xff", 3)); break;
    case P::SubscriptionIdentifier:
        props.addSubscriptionIdentifier(268435455u);
        if (context == PacketType::Publish)
            props.addSubscriptionIdentifier(7u); // several matching subscriptions, §3.3.2.3.8
        break;
    case P::SessionExpiryInterval: props.setValue(id, 0xFFFFFFFFu); break;
    case P::AssignedClientIdentifier: props.setValue(id, QStringLiteral("auto-1234")); break;
    case P::ServerKeepAlive: props.setValue(id, 30u); break;
    case P::AuthenticationMethod: props.setValue(id, QStringLiteral("SCRAM-SHA-1")); break;
    case P::AuthenticationData: props.setValue(id, QByteArray("n,,n=user,r=abc")); break;
    case P::RequestProblemInformation: props.setValue(id, 0u); break;
    case P::WillDelayInterval: props.setValue(id, 10u); break;
    case P::RequestResponseInformation: props.setValue(id, 1u); break;
    case P::ResponseInformation: props.setValue(id, QStringLiteral("resp/")); break;
    case P::ServerReference: props.setValue(id, QStringLiteral("other.example:1883")); break;
    case P::ReasonString: props.setValue(id, QStringLiteral("because \u2713 \U0001F600")); break;
    case P::ReceiveMaximum: props.setValue(id, 65535u); break;
    case P::TopicAliasMaximum: props.setValue(id, 10u); break;
    case P::TopicAlias: props.setValue(id, 5u); break;
    case P::MaximumQoS: props.setValue(id, 1u); break;
    case P::RetainAvailable: props.setValue(id, 0u); break;
    case P::UserProperty:
        props.addUserProperty(QStringLiteral("key"), QStringLiteral("value"));
        props.addUserProperty(QStringLiteral("key"), QStringLiteral("second, same key"));
        props.addUserProperty(QStringLiteral("\u4e2d\u6587"), QString());
        break;
    case P::MaximumPacketSize: props.setValue(id, 1048576u); break;
    case P::WildcardSubscriptionAvailable: props.setValue(id, 1u); break;
    case P::SubscriptionIdentifierAvailable: props.setValue(id, 0u); break;
    case P::SharedSubscriptionAvailable: props.setValue(id, 1u); break;
    }
}

Properties fullProperties(PacketType context)
{
    Properties props;
    for (PropertyId id : allowedProperties(context))
        setSample(props, id, context);
    return props;
}

// Every packet type, with every property its packet may carry in MQTT 5.
QList<QPair<QByteArray, Packet>> samplePackets(ProtocolVersion v)
{
    const bool v5 = v == ProtocolVersion::V5;
    auto props = [v5](PacketType t) { return v5 ? fullProperties(t) : Properties(); };
    QList<QPair<QByteArray, Packet>> rows;

    ConnectPacket minimal;
    minimal.version = v;
    minimal.clientId = QStringLiteral("c");
    rows.append({"CONNECT minimal", minimal});

    ConnectPacket full;
    full.version = v;
    full.clientId = QStringLiteral("mqttscope-\u00fc");
    full.cleanStart = false;
    full.keepAlive = 65535;
    full.username = QStringLiteral("user");
    full.password = QByteArray("p\x00ss", 4);
    Will will;
    will.topic = QStringLiteral("clients/c/status");
    will.payload = QByteArray("offline");
    will.qos = 2;
    will.retain = true;
    will.properties = props(PacketType::Reserved);
    full.will = will;
    full.properties = props(PacketType::Connect);
    rows.append({"CONNECT full", full});

    ConnectPacket emptyId;
    emptyId.version = v;
    emptyId.username = QString(); // present but empty
    rows.append({"CONNECT empty client id", emptyId});

    rows.append({"CONNACK", ConnackPacket{true, ReasonCode::Success, props(PacketType::Connack)}});
    rows.append({"CONNACK refused", ConnackPacket{false, ReasonCode::NotAuthorized, {}}});

    Message m0(QStringLiteral("a/b"), QByteArray("hello"), 0, false);
    m0.setProperties(props(PacketType::Publish));
    rows.append({"PUBLISH qos0", PublishPacket{m0}});
    Message m1(QStringLiteral("\u00e9t\u00e9/\U0001F600/x"), QByteArray(1000, 'x'), 1, true);
    m1.setPacketId(1);
    rows.append({"PUBLISH qos1 retain unicode", PublishPacket{m1}});
    Message m2(QStringLiteral("/"), QByteArray(), 2, false);
    m2.setPacketId(65535);
    m2.setDup(true);
    rows.append({"PUBLISH qos2 dup empty payload", PublishPacket{m2}});

    for (PacketType t : {PacketType::Puback, PacketType::Pubrec, PacketType::Pubrel, PacketType::Pubcomp}) {
        rows.append({packetTypeName(t).toLatin1() + " short", AckPacket{t, 42, ReasonCode::Success, {}}});
        if (v5) {
            const ReasonCode rc = (t == PacketType::Pubrel || t == PacketType::Pubcomp)
                ? ReasonCode::PacketIdentifierNotFound
                : ReasonCode::NoMatchingSubscribers;
            rows.append({packetTypeName(t).toLatin1() + " reason", AckPacket{t, 43, rc, {}}});
            rows.append({packetTypeName(t).toLatin1() + " properties", AckPacket{t, 44, ReasonCode::Success, props(t)}});
        }
    }

    SubscribePacket sub;
    sub.packetId = 10;
    sub.subscriptions.append({QStringLiteral("a/+/c"), {0, false, false, 0}});
    sub.subscriptions.append({QStringLiteral("#"), {1, v5, v5, quint8(v5 ? 2 : 0)}});
    sub.subscriptions.append({QStringLiteral("$share/g/x/#"), {2, false, v5, quint8(v5 ? 1 : 0)}});
    sub.properties = props(PacketType::Subscribe);
    rows.append({"SUBSCRIBE", sub});

    SubackPacket suback;
    suback.packetId = 10;
    suback.reasonCodes = {ReasonCode::Success, ReasonCode::GrantedQoS1, ReasonCode::GrantedQoS2,
                          ReasonCode::UnspecifiedError};
    if (v5)
        suback.reasonCodes << ReasonCode::TopicFilterInvalid << ReasonCode::WildcardSubscriptionsNotSupported;
    suback.properties = props(PacketType::Suback);
    rows.append({"SUBACK", suback});

    UnsubscribePacket unsub;
    unsub.packetId = 11;
    unsub.filters = QStringList{QStringLiteral("a/+/c"), QStringLiteral("#")};
    unsub.properties = props(PacketType::Unsubscribe);
    rows.append({"UNSUBSCRIBE", unsub});

    UnsubackPacket unsuback;
    unsuback.packetId = 11;
    if (v5)
        unsuback.reasonCodes = {ReasonCode::Success, ReasonCode::NoSubscriptionExisted};
    unsuback.properties = props(PacketType::Unsuback);
    rows.append({"UNSUBACK", unsuback});

    rows.append({"PINGREQ", PingreqPacket{}});
    rows.append({"PINGRESP", PingrespPacket{}});
    rows.append({"DISCONNECT", DisconnectPacket{}});
    if (v5) {
        rows.append({"DISCONNECT reason", DisconnectPacket{ReasonCode::DisconnectWithWillMessage, {}}});
        rows.append({"DISCONNECT properties",
                     DisconnectPacket{ReasonCode::ServerMoved, props(PacketType::Disconnect)}});
        rows.append({"AUTH", AuthPacket{}});
        rows.append({"AUTH continue", AuthPacket{ReasonCode::ContinueAuthentication, props(PacketType::Auth)}});
        rows.append({"AUTH reauth", AuthPacket{ReasonCode::ReAuthenticate, {}}});
    }
    return rows;
}

} // namespace CodecTest
