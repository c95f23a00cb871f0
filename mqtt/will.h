#pragma once

#include "properties.h"

#include <QByteArray>
#include <QString>

namespace Mqtt {

// The Last Will (MQTT §3.1.2.5, §3.1.3.2): what the broker publishes for a client whose
// connection ends without DISCONNECT. In a header of its own so that settings and dialogs
// need not pull in every wire struct.
struct Will
{
    QString topic;
    QByteArray payload;
    quint8 qos = 0;
    bool retain = false;
    Properties properties; // MQTT 5 will properties (will delay, expiry, content type, ...)
    bool operator==(const Will &o) const
    {
        return topic == o.topic && payload == o.payload && qos == o.qos && retain == o.retain
            && properties == o.properties;
    }
};

} // namespace Mqtt
