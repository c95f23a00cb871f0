#include "brokerlimits_p.h"

namespace Mqtt {

bool BrokerLimits::fromConnack(const Properties &p, ProtocolVersion version, BrokerLimits *limits, ProtocolError *error)
{
    BrokerLimits l;
    if (version == ProtocolVersion::V5) {
        if (const auto receiveMaximum = p.receiveMaximum()) {
            if (*receiveMaximum == 0) {
                *error = {ReasonCode::ProtocolError, tr("CONNACK has Receive Maximum 0 (MQTT 5 §3.2.2.3.3)")};
                return false;
            }
            l.receiveMaximum = *receiveMaximum;
        }
        if (const auto size = p.maximumPacketSize()) {
            if (*size == 0) {
                *error = {ReasonCode::ProtocolError, tr("CONNACK has Maximum Packet Size 0 (MQTT 5 §3.2.2.3.6)")};
                return false;
            }
            l.maximumPacketSize = *size;
        }
        if (const auto qos = p.maximumQoS())
            l.maximumQos = quint8(qMin<quint32>(*qos, 2));
        if (const auto retain = p.integer(PropertyId::RetainAvailable))
            l.retainAvailable = *retain != 0;
        if (const auto aliases = p.topicAliasMaximum())
            l.topicAliasMaximum = quint16(*aliases);
        if (const auto v = p.integer(PropertyId::WildcardSubscriptionAvailable))
            l.wildcardsAvailable = *v != 0;
        if (const auto v = p.integer(PropertyId::SubscriptionIdentifierAvailable))
            l.subscriptionIdsAvailable = *v != 0;
        if (const auto v = p.integer(PropertyId::SharedSubscriptionAvailable))
            l.sharedSubscriptionsAvailable = *v != 0;
    }
    *limits = l;
    return true;
}

bool BrokerLimits::allows(const Message &message, ProtocolVersion version, ReasonCode *reason, QString *text) const
{
    if (message.qos() > maximumQos) {
        *reason = ReasonCode::QoSNotSupported;
        *text = tr("The broker supports QoS up to %1 only (its Maximum QoS, MQTT 5 §3.2.2.3.4); "
                   "cannot publish with QoS %2")
                    .arg(maximumQos)
                    .arg(message.qos());
        return false;
    }
    if (message.retain() && !retainAvailable) {
        *reason = ReasonCode::RetainNotSupported;
        *text = tr("The broker does not support retained messages (Retain Available is 0, MQTT 5 §3.2.2.3.5); "
                   "publish without the retain flag");
        return false;
    }
    if (version == ProtocolVersion::V5) {
        if (const auto alias = message.properties().topicAlias()) {
            if (*alias == 0 || *alias > topicAliasMaximum) {
                *reason = ReasonCode::TopicAliasInvalid;
                *text = tr("Topic alias %1 is outside what the broker accepts (1 to %2, its Topic Alias Maximum)")
                            .arg(*alias)
                            .arg(topicAliasMaximum);
                return false;
            }
        }
    }
    return true;
}

QString BrokerLimits::packetSizeText(qsizetype bytes) const
{
    return tr("The packet would be %1 bytes, but the broker accepts at most %2 bytes (its Maximum Packet Size, "
              "MQTT 5 §3.2.2.3.6)")
        .arg(bytes)
        .arg(maximumPacketSize);
}

} // namespace Mqtt
