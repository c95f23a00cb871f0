#include "message.h"

namespace Mqtt {

class Message::Data : public QSharedData
{
public:
    QString topic;
    QByteArray payload;
    Properties properties;
    qint64 timestamp = 0;
    quint16 packetId = 0;
    quint8 qos = 0;
    bool retain = false;
    bool dup = false;
};

Message::Message() : d(new Data) {}

Message::Message(const QString &topic, const QByteArray &payload, quint8 qos, bool retain) : d(new Data)
{
    d->topic = topic;
    d->payload = payload;
    d->qos = qos;
    d->retain = retain;
}

Message::Message(const Message &other) = default;
Message &Message::operator=(const Message &other) = default;
Message::~Message() = default;

QString Message::topic() const { return d->topic; }
void Message::setTopic(const QString &topic) { d->topic = topic; }
QByteArray Message::payload() const { return d->payload; }
void Message::setPayload(const QByteArray &payload) { d->payload = payload; }
quint8 Message::qos() const { return d->qos; }
void Message::setQos(quint8 qos) { d->qos = qos; }
bool Message::retain() const { return d->retain; }
void Message::setRetain(bool retain) { d->retain = retain; }
bool Message::dup() const { return d->dup; }
void Message::setDup(bool dup) { d->dup = dup; }
quint16 Message::packetId() const { return d->packetId; }
void Message::setPacketId(quint16 id) { d->packetId = id; }
Properties Message::properties() const { return d->properties; }
Properties &Message::properties() { return d->properties; }
void Message::setProperties(const Properties &props) { d->properties = props; }
qint64 Message::timestamp() const { return d->timestamp; }
void Message::setTimestamp(qint64 msecsSinceEpoch) { d->timestamp = msecsSinceEpoch; }

// The timestamp is local bookkeeping, not part of what was sent, so it does not take part.
bool Message::operator==(const Message &o) const
{
    return d == o.d
        || (d->topic == o.d->topic && d->payload == o.d->payload && d->qos == o.d->qos && d->retain == o.d->retain
            && d->dup == o.d->dup && d->packetId == o.d->packetId && d->properties == o.d->properties);
}

} // namespace Mqtt
