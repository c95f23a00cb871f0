#pragma once

#include "properties.h"

#include <QByteArray>
#include <QSharedDataPointer>
#include <QString>

namespace Mqtt {

// One application message, as published or received. Implicitly shared: copying is a
// reference-count increment, so batches of Messages move between threads cheaply.
class Message
{
public:
    Message();
    Message(const QString &topic, const QByteArray &payload, quint8 qos = 0, bool retain = false);
    Message(const Message &other);
    Message &operator=(const Message &other);
    ~Message();

    // References into the message's shared data, valid while this Message object lives and is
    // not modified: a copy would cost an atomic on memory another thread (the network thread)
    // wrote.
    const QString &topic() const;
    void setTopic(const QString &topic);
    const QByteArray &payload() const;
    void setPayload(const QByteArray &payload);
    quint8 qos() const;
    void setQos(quint8 qos);
    bool retain() const;
    void setRetain(bool retain);
    bool dup() const;
    void setDup(bool dup);
    // Packet identifier of the PUBLISH that carried it (0 for QoS 0).
    quint16 packetId() const;
    void setPacketId(quint16 id);
    // MQTT 5 properties (empty for 3.1.1). Received messages have their topic alias resolved
    // and the TopicAlias property removed.
    Properties properties() const;
    Properties &properties(); // detaches
    void setProperties(const Properties &props);
    // Milliseconds since the epoch when received (or queued to send); 0 when unset.
    qint64 timestamp() const;
    void setTimestamp(qint64 msecsSinceEpoch);

    bool operator==(const Message &other) const;
    bool operator!=(const Message &other) const { return !(*this == other); }

private:
    class Data;
    QSharedDataPointer<Data> d;
};

} // namespace Mqtt

Q_DECLARE_METATYPE(Mqtt::Message)
