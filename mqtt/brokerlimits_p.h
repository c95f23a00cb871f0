#pragma once

#include "codec.h"
#include "message.h"
#include "protocol.h"

#include <QCoreApplication>

namespace Mqtt {

// What the broker announced in its CONNACK (MQTT 5 §3.2.2.3): one value, built once per
// connection. The defaults are what a broker that says nothing (and every 3.1.1 broker) allows.
struct BrokerLimits
{
    Q_DECLARE_TR_FUNCTIONS(Mqtt::BrokerLimits)
public:
    quint32 receiveMaximum = 65535;
    quint32 maximumPacketSize = 0; // 0: no limit
    quint8 maximumQos = 2;
    bool retainAvailable = true;
    quint16 topicAliasMaximum = 0;
    bool wildcardsAvailable = true;
    bool subscriptionIdsAvailable = true;
    bool sharedSubscriptionsAvailable = true;

    // Reads the CONNACK properties; false with *error for values the specification forbids
    // (Receive Maximum 0, Maximum Packet Size 0).
    static bool fromConnack(const Properties &properties, ProtocolVersion version, BrokerLimits *limits,
                            ProtocolError *error);

    // Whether these limits allow publishing the message; *reason and *text say why not.
    // User-chosen topic aliases are checked here; automatic ones are never out of range.
    bool allows(const Message &message, ProtocolVersion version, ReasonCode *reason, QString *text) const;
    bool fitsPacketSize(qsizetype bytes) const { return maximumPacketSize == 0 || quint64(bytes) <= maximumPacketSize; }
    QString packetSizeText(qsizetype bytes) const;
};

} // namespace Mqtt
