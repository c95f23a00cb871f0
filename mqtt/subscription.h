#pragma once

#include "protocol.h"

#include <QCoreApplication>
#include <QString>

namespace Mqtt {

// One topic filter of a SUBSCRIBE with its options (MQTT 5 §3.8.3.1).
struct SubscriptionOptions
{
    quint8 maximumQos = 0;
    bool noLocal = false;
    bool retainAsPublished = false;
    quint8 retainHandling = 0; // 0 send at subscribe, 1 only if new, 2 never
    bool operator==(const SubscriptionOptions &o) const
    {
        return maximumQos == o.maximumQos && noLocal == o.noLocal && retainAsPublished == o.retainAsPublished
            && retainHandling == o.retainHandling;
    }
};

struct Subscription
{
    QString filter;
    SubscriptionOptions options;
    bool operator==(const Subscription &o) const { return filter == o.filter && options == o.options; }

    // Whether this subscription can be sent with the given protocol version, before any
    // broker is asked: a valid topic filter (§4.7), QoS and retain handling 0..2, the MQTT 5
    // options (No Local, Retain As Published, Retain Handling) only with MQTT 5, no No Local
    // on a shared subscription (§3.8.3.1). *why gets a translated reason, the same for the
    // CLI and the GUI's dialogs.
    bool validate(ProtocolVersion version, QString *why) const;
    // MQTT 5 §3.8.2.1.2: a subscription identifier is 1 to 268,435,455.
    static bool validateIdentifier(quint32 id, QString *why);

    Q_DECLARE_TR_FUNCTIONS(Mqtt::Subscription)
};

} // namespace Mqtt
