#include "subscription.h"

#include "topic.h"

namespace Mqtt {

bool Subscription::validate(ProtocolVersion version, QString *why) const
{
    QString reason;
    if (!Topic::isValidTopicFilter(filter, &reason)) {
        if (reason.isEmpty())
            reason = tr("invalid topic filter");
    } else if (options.maximumQos > 2) {
        reason = tr("QoS %1 does not exist (use 0, 1 or 2)").arg(options.maximumQos);
    } else if (options.retainHandling > 2) {
        reason = tr("retain handling %1 does not exist (use 0, 1 or 2)").arg(options.retainHandling);
    } else if (version == ProtocolVersion::V311
               && (options.noLocal || options.retainAsPublished || options.retainHandling != 0)) {
        reason = tr("No Local, Retain As Published and Retain Handling need MQTT 5");
    } else if (version == ProtocolVersion::V5 && options.noLocal && Topic::isSharedSubscription(filter)) {
        reason = tr("No Local cannot be set on a shared subscription (MQTT 5 §3.8.3.1)");
    }
    if (why)
        *why = reason;
    return reason.isEmpty();
}

bool Subscription::validateIdentifier(quint32 id, QString *why)
{
    if (id >= 1 && id <= 268435455)
        return true;
    if (why)
        *why = tr("the subscription identifier must be between 1 and 268,435,455 (MQTT 5 §3.8.2.1.2)");
    return false;
}

} // namespace Mqtt
