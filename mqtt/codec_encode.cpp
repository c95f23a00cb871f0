#include "codec_p.h"
#include "topic.h"

#include <cstring>

namespace Mqtt {

using namespace CodecPrivate;

namespace {

// Room left in front of the body for the fixed header (1 byte) and the remaining length
// (up to 4 bytes), so the finished packet needs no second buffer.
constexpr qsizetype HeaderRoom = 5;

class Writer
{
public:
    Writer(PacketType type, ProtocolVersion version, ProtocolError *error, qsizetype sizeHint = 0)
        : m_type(type),
          m_version(version),
          m_error(error)
    {
        m_out.reserve(HeaderRoom + sizeHint);
        m_out.resize(HeaderRoom);
    }

    bool isV5() const { return m_version == ProtocolVersion::V5; }
    PacketType type() const { return m_type; }
    QByteArray &out() { return m_out; }

    bool fail(ReasonCode code, const QString &text) { return CodecPrivate::fail(m_error, m_type, code, text); }
    bool failIn(PacketType context, ReasonCode code, const QString &text)
    {
        return CodecPrivate::fail(m_error, context, code, text);
    }

    // What is being written, for error messages: the property's own name inside a property.
    QString whatText(const char *what) const
    {
        return m_property ? propertyName(PropertyId(m_property)) : QCoreApplication::translate("Mqtt", what);
    }
    void setCurrentProperty(PropertyId id) { m_property = quint8(id); }
    void clearCurrentProperty() { m_property = 0; }

    void byte(quint8 b) { m_out.append(char(b)); }
    void u16(quint16 v)
    {
        const char b[2] = {char(v >> 8), char(v & 0xFF)};
        m_out.append(b, 2);
    }
    void u32(quint32 v)
    {
        const char b[4] = {char(v >> 24), char((v >> 16) & 0xFF), char((v >> 8) & 0xFF), char(v & 0xFF)};
        m_out.append(b, 4);
    }
    bool binary(const QByteArray &data, const char *what, PacketType context)
    {
        if (data.size() > 0xFFFF)
            return failIn(context, ReasonCode::PacketTooLarge,
                          QCoreApplication::translate("Mqtt", "the %1 is longer than 65,535 bytes (MQTT 5 §1.5.6)")
                              .arg(whatText(what)));
        u16(quint16(data.size()));
        m_out.append(data);
        return true;
    }
    bool binary(const QByteArray &data, const char *what) { return binary(data, what, m_type); }
    // §1.5.4: UTF-8 without U+0000 and without unpaired surrogates (which have no UTF-8 form).
    bool string(QStringView s, const char *what, PacketType context)
    {
        for (qsizetype i = 0; i < s.size(); ++i) {
            const char16_t c = s[i].unicode();
            if (c == 0)
                return failIn(
                    context, ReasonCode::MalformedPacket,
                    QCoreApplication::translate("Mqtt", "the %1 contains U+0000 (MQTT 5 §1.5.4)").arg(whatText(what)));
            if (QChar::isSurrogate(c)) {
                if (QChar::isHighSurrogate(c) && i + 1 < s.size() && QChar::isLowSurrogate(s[i + 1].unicode())) {
                    ++i;
                    continue;
                }
                return failIn(
                    context, ReasonCode::MalformedPacket,
                    QCoreApplication::translate("Mqtt", "the %1 contains an unpaired surrogate (MQTT 5 §1.5.4)")
                        .arg(whatText(what)));
            }
        }
        return binary(s.toUtf8(), what, context);
    }
    bool string(QStringView s, const char *what) { return string(s, what, m_type); }
    void vbi(quint32 v) { Codec::appendVariableByteInteger(m_out, v); }

    bool properties(const Properties &props, PacketType context);
    bool properties(const Properties &props) { return properties(props, m_type); }

    // Fills in the fixed header in front of the body and drops the unused room.
    QByteArray finish(quint8 flags)
    {
        const qsizetype bodySize = m_out.size() - HeaderRoom;
        if (bodySize > qsizetype(MaxVariableByteInteger)) {
            fail(ReasonCode::PacketTooLarge,
                 QCoreApplication::translate(
                     "Mqtt",
                     "the packet body of %1 bytes exceeds the maximum remaining length of 268,435,455 "
                     "(MQTT 5 §2.1.4)")
                     .arg(bodySize));
            return {};
        }
        char header[HeaderRoom];
        qsizetype n = 0;
        header[n++] = char((quint8(m_type) << 4) | flags);
        quint32 v = quint32(bodySize);
        do {
            quint8 b = v % 128;
            v /= 128;
            if (v)
                b |= 0x80;
            header[n++] = char(b);
        } while (v);
        char *data = m_out.data();
        std::memcpy(data + HeaderRoom - n, header, size_t(n));
        m_out.remove(0, HeaderRoom - n); // moves the start pointer in Qt 6, no copy
        return std::move(m_out);
    }

private:
    PacketType m_type;
    ProtocolVersion m_version;
    ProtocolError *m_error;
    QByteArray m_out;
    quint8 m_property = 0; // the property whose value is being written, 0 outside values
};

bool Writer::properties(const Properties &props, PacketType context)
{
    if (props.isEmpty()) {
        byte(0);
        return true;
    }
    // Written to the end, then the length is inserted in front of them.
    const qsizetype start = m_out.size();
    for (PropertyId id : props.ids()) {
        if (!isPropertyAllowed(id, context))
            return failIn(context, ReasonCode::ProtocolError,
                          QCoreApplication::translate("Mqtt", "property %1 is not allowed here (MQTT 5 §2.2.2.2)")
                              .arg(propertyName(id)));
        const QVariant value = props.value(id);
        const char *what = QT_TRANSLATE_NOOP("Mqtt", "property value");
        switch (propertyType(quint8(id))) {
        case PropertyType::Byte:
        case PropertyType::TwoByteInteger:
        case PropertyType::FourByteInteger:
        case PropertyType::VariableByteInteger: {
            const quint32 v = value.toUInt();
            if (!checkPropertyValue(id, v, context, m_error))
                return false;
            byte(quint8(id));
            const PropertyType t = propertyType(quint8(id));
            if (t == PropertyType::Byte)
                byte(quint8(v));
            else if (t == PropertyType::TwoByteInteger)
                u16(quint16(v));
            else if (t == PropertyType::FourByteInteger)
                u32(v);
            else
                vbi(v);
            break;
        }
        case PropertyType::Utf8String:
        case PropertyType::BinaryData: {
            if (id == PropertyId::ResponseTopic) {
                // MQTT 5 §3.3.2.3.5: the Response Topic is a topic name, never a filter. Checked
                // only when sending: a receiver forwarding a broken one is not worth dropping
                // the connection over (the decoder keeps it).
                QString why;
                if (!Topic::isValidTopicName(value.toString(), &why))
                    return failIn(context, ReasonCode::ProtocolError,
                                  QCoreApplication::translate("Mqtt", "the Response Topic \"%1\" is invalid: %2")
                                      .arg(displayText(value.toString()), why));
            }
            byte(quint8(id));
            setCurrentProperty(id);
            const bool ok = propertyType(quint8(id)) == PropertyType::Utf8String
                ? string(value.toString(), what, context)
                : binary(value.toByteArray(), what, context);
            clearCurrentProperty();
            if (!ok)
                return false;
            break;
        }
        default:
            break;
        }
    }
    const QList<quint32> subIds = props.subscriptionIdentifiers();
    if (!subIds.isEmpty()) {
        if (!isPropertyAllowed(PropertyId::SubscriptionIdentifier, context))
            return failIn(context, ReasonCode::ProtocolError,
                          QCoreApplication::translate("Mqtt", "property %1 is not allowed here (MQTT 5 §2.2.2.2)")
                              .arg(propertyName(PropertyId::SubscriptionIdentifier)));
        if (subIds.size() > 1 && !isPropertyRepeatable(PropertyId::SubscriptionIdentifier, context))
            return failIn(context, ReasonCode::ProtocolError,
                          QCoreApplication::translate("Mqtt", "property %1 appears more than once (MQTT 5 §3.8.2.1.2)")
                              .arg(propertyName(PropertyId::SubscriptionIdentifier)));
        for (quint32 v : subIds) {
            if (!checkPropertyValue(PropertyId::SubscriptionIdentifier, v, context, m_error))
                return false;
            byte(quint8(PropertyId::SubscriptionIdentifier));
            vbi(v);
        }
    }
    const UserProperties user = props.userProperties();
    for (const UserProperty &kv : user) {
        byte(quint8(PropertyId::UserProperty));
        if (!string(kv.first, QT_TRANSLATE_NOOP("Mqtt", "user property name"), context)
            || !string(kv.second, QT_TRANSLATE_NOOP("Mqtt", "user property value"), context))
            return false;
    }
    const qsizetype length = m_out.size() - start;
    if (length > qsizetype(MaxVariableByteInteger))
        return failIn(context, ReasonCode::PacketTooLarge,
                      QCoreApplication::translate("Mqtt", "properties are too long (MQTT 5 §2.2.2.1)"));
    QByteArray prefix;
    Codec::appendVariableByteInteger(prefix, quint32(length));
    m_out.insert(start, prefix);
    return true;
}

bool checkQos(Writer &w, quint8 qos, const char *what)
{
    if (qos > 2)
        return w.fail(
            ReasonCode::MalformedPacket,
            QCoreApplication::translate("Mqtt", "%1 %2 is not 0, 1 or 2 (MQTT 5 §4.3)").arg(w.whatText(what)).arg(qos));
    return true;
}

bool checkPacketId(Writer &w, quint16 id)
{
    if (id == 0)
        return w.fail(ReasonCode::ProtocolError,
                      QCoreApplication::translate("Mqtt", "packet identifier 0 is not allowed (MQTT 5 §2.2.1)"));
    return true;
}

bool checkReason(Writer &w, ReasonCode code)
{
    if (!isReasonCodeAllowed(w.type(), quint8(code)))
        return w.fail(ReasonCode::ProtocolError,
                      QCoreApplication::translate("Mqtt", "reason code 0x%1 is not valid in this packet (MQTT 5 §2.4)")
                          .arg(quint8(code), 2, 16, QLatin1Char('0')));
    return true;
}

QByteArray encodeConnect(const ConnectPacket &c, ProtocolVersion version, ProtocolError *error)
{
    Writer w(PacketType::Connect, version, error, 64);
    if (!w.isV5() && c.password && !c.username) {
        w.fail(ReasonCode::MalformedPacket,
               QCoreApplication::translate(
                   "Mqtt", "MQTT 3.1.1 does not allow a password without a user name (MQTT 3.1.1 §3.1.2.9)"));
        return {};
    }
    quint8 flags = 0;
    if (c.cleanStart)
        flags |= 0x02;
    if (c.will) {
        if (!checkQos(w, c.will->qos, QT_TRANSLATE_NOOP("Mqtt", "Will QoS")))
            return {};
        flags |= 0x04 | quint8(c.will->qos << 3) | (c.will->retain ? 0x20 : 0);
    }
    if (c.password)
        flags |= 0x40;
    if (c.username)
        flags |= 0x80;
    w.string(u"MQTT", "");
    w.byte(quint8(version));
    w.byte(flags);
    w.u16(c.keepAlive);
    if (w.isV5() && !w.properties(c.properties))
        return {};
    if (!w.string(c.clientId, QT_TRANSLATE_NOOP("Mqtt", "client identifier")))
        return {};
    if (c.will) {
        if (w.isV5() && !w.properties(c.will->properties, WillContext))
            return {};
        QString why;
        if (!Topic::isValidTopicName(c.will->topic, &why)) {
            w.fail(ReasonCode::TopicNameInvalid,
                   QCoreApplication::translate("Mqtt", "Will topic \"%1\" is invalid: %2")
                       .arg(displayText(c.will->topic), why));
            return {};
        }
        if (!w.string(c.will->topic, QT_TRANSLATE_NOOP("Mqtt", "Will topic"))
            || !w.binary(c.will->payload, QT_TRANSLATE_NOOP("Mqtt", "Will payload")))
            return {};
    }
    if (c.username && !w.string(*c.username, QT_TRANSLATE_NOOP("Mqtt", "user name")))
        return {};
    if (c.password && !w.binary(*c.password, QT_TRANSLATE_NOOP("Mqtt", "password")))
        return {};
    return w.finish(0);
}

QByteArray encodeConnack(const ConnackPacket &c, ProtocolVersion version, ProtocolError *error)
{
    Writer w(PacketType::Connack, version, error, 8);
    if (c.sessionPresent && isError(c.reasonCode)) {
        w.fail(ReasonCode::ProtocolError,
               QCoreApplication::translate(
                   "Mqtt", "Session Present must be 0 when the connection is refused (MQTT 5 §3.2.2.1.1)"));
        return {};
    }
    // Also checked for 3.1.1, where the MQTT 5 error codes fold onto the six return codes.
    if (!checkReason(w, c.reasonCode))
        return {};
    w.byte(c.sessionPresent ? 1 : 0);
    if (w.isV5()) {
        w.byte(quint8(c.reasonCode));
        if (!w.properties(c.properties))
            return {};
    } else {
        w.byte(reasonToConnackReturnCode(c.reasonCode));
    }
    return w.finish(0);
}

QByteArray encodePublish(const PublishPacket &p, ProtocolVersion version, ProtocolError *error)
{
    const Message &m = p.message;
    const QString topic = m.topic();
    const QByteArray payload = m.payload();
    Writer w(PacketType::Publish, version, error, topic.size() + payload.size() + 8);
    const quint8 qos = m.qos();
    if (!checkQos(w, qos, QT_TRANSLATE_NOOP("Mqtt", "QoS")))
        return {};
    if (m.dup() && qos == 0) {
        w.fail(ReasonCode::ProtocolError,
               QCoreApplication::translate("Mqtt", "DUP must be 0 for QoS 0 messages (MQTT 5 §3.3.1.1)"));
        return {};
    }
    if (qos > 0 && !checkPacketId(w, m.packetId()))
        return {};
    const Properties props = m.properties();
    // MQTT 5 §3.3.2.3.4: with a Topic Alias the topic name may be empty.
    if (!(topic.isEmpty() && w.isV5() && props.topicAlias())) {
        QString why;
        if (!Topic::isValidTopicName(topic, &why)) {
            w.fail(
                ReasonCode::TopicNameInvalid,
                QCoreApplication::translate("Mqtt", "topic name \"%1\" is invalid: %2").arg(displayText(topic), why));
            return {};
        }
    }
    if (!w.string(topic, QT_TRANSLATE_NOOP("Mqtt", "topic name")))
        return {};
    if (qos > 0)
        w.u16(m.packetId());
    if (w.isV5() && !w.properties(props))
        return {};
    w.out().append(payload);
    return w.finish(quint8((m.dup() ? 0x08 : 0) | (qos << 1) | (m.retain() ? 0x01 : 0)));
}

QByteArray encodeAck(const AckPacket &a, ProtocolVersion version, ProtocolError *error)
{
    switch (a.type) {
    case PacketType::Puback:
    case PacketType::Pubrec:
    case PacketType::Pubrel:
    case PacketType::Pubcomp:
        break;
    default:
        fail(error, a.type, ReasonCode::ImplementationSpecificError,
             QCoreApplication::translate("Mqtt", "an acknowledgement must be PUBACK, PUBREC, PUBREL or PUBCOMP"));
        return {};
    }
    Writer w(a.type, version, error, 8);
    if (!checkPacketId(w, a.packetId))
        return {};
    w.u16(a.packetId);
    if (w.isV5()) {
        if (!checkReason(w, a.reasonCode))
            return {};
        // §3.4.2.1: the short forms, which most brokers use.
        if (a.reasonCode != ReasonCode::Success || !a.properties.isEmpty())
            w.byte(quint8(a.reasonCode));
        if (!a.properties.isEmpty() && !w.properties(a.properties))
            return {};
    }
    return w.finish(requiredFlags(a.type));
}

QByteArray encodeSubscribe(const SubscribePacket &s, ProtocolVersion version, ProtocolError *error)
{
    Writer w(PacketType::Subscribe, version, error, 32);
    if (!checkPacketId(w, s.packetId))
        return {};
    if (s.subscriptions.isEmpty()) {
        w.fail(ReasonCode::ProtocolError, QCoreApplication::translate("Mqtt", "no topic filter (MQTT 5 §3.8.3)"));
        return {};
    }
    w.u16(s.packetId);
    if (w.isV5() && !w.properties(s.properties))
        return {};
    for (const Subscription &sub : s.subscriptions) {
        QString why;
        if (!Topic::isValidTopicFilter(sub.filter, &why)) {
            w.fail(ReasonCode::TopicFilterInvalid,
                   QCoreApplication::translate("Mqtt", "topic filter \"%1\" is invalid: %2")
                       .arg(displayText(sub.filter), why));
            return {};
        }
        const SubscriptionOptions &o = sub.options;
        if (!checkQos(w, o.maximumQos, QT_TRANSLATE_NOOP("Mqtt", "maximum QoS")))
            return {};
        if (!w.string(sub.filter, QT_TRANSLATE_NOOP("Mqtt", "topic filter")))
            return {};
        quint8 options = o.maximumQos;
        if (w.isV5()) {
            if (o.retainHandling > 2) {
                w.fail(ReasonCode::ProtocolError,
                       QCoreApplication::translate("Mqtt", "Retain Handling must be 0, 1 or 2 (MQTT 5 §3.8.3.1)"));
                return {};
            }
            if (o.noLocal && Topic::isSharedSubscription(sub.filter)) {
                w.fail(ReasonCode::ProtocolError,
                       QCoreApplication::translate(
                           "Mqtt", "No Local cannot be set on a shared subscription (MQTT 5 §3.8.3.1)"));
                return {};
            }
            options |= (o.noLocal ? 0x04 : 0) | (o.retainAsPublished ? 0x08 : 0) | quint8(o.retainHandling << 4);
        }
        w.byte(options);
    }
    return w.finish(0x2);
}

QByteArray encodeSuback(const SubackPacket &s, ProtocolVersion version, ProtocolError *error)
{
    Writer w(PacketType::Suback, version, error, 8 + s.reasonCodes.size());
    if (!checkPacketId(w, s.packetId))
        return {};
    if (s.reasonCodes.isEmpty()) {
        w.fail(ReasonCode::ProtocolError, QCoreApplication::translate("Mqtt", "no reason code (MQTT 5 §3.9.3)"));
        return {};
    }
    w.u16(s.packetId);
    if (w.isV5() && !w.properties(s.properties))
        return {};
    for (ReasonCode rc : s.reasonCodes) {
        if (!checkReason(w, rc))
            return {};
        if (w.isV5()) {
            w.byte(quint8(rc));
        } else {
            // MQTT 3.1.1 §3.9.3 knows only the granted QoS and 0x80 Failure.
            w.byte(quint8(rc) <= 2 ? quint8(rc) : 0x80);
        }
    }
    return w.finish(0);
}

QByteArray encodeUnsubscribe(const UnsubscribePacket &u, ProtocolVersion version, ProtocolError *error)
{
    Writer w(PacketType::Unsubscribe, version, error, 32);
    if (!checkPacketId(w, u.packetId))
        return {};
    if (u.filters.isEmpty()) {
        w.fail(ReasonCode::ProtocolError, QCoreApplication::translate("Mqtt", "no topic filter (MQTT 5 §3.10.3)"));
        return {};
    }
    w.u16(u.packetId);
    if (w.isV5() && !w.properties(u.properties))
        return {};
    for (const QString &filter : u.filters) {
        QString why;
        if (!Topic::isValidTopicFilter(filter, &why)) {
            w.fail(ReasonCode::TopicFilterInvalid,
                   QCoreApplication::translate("Mqtt", "topic filter \"%1\" is invalid: %2")
                       .arg(displayText(filter), why));
            return {};
        }
        if (!w.string(filter, QT_TRANSLATE_NOOP("Mqtt", "topic filter")))
            return {};
    }
    return w.finish(0x2);
}

QByteArray encodeUnsuback(const UnsubackPacket &u, ProtocolVersion version, ProtocolError *error)
{
    Writer w(PacketType::Unsuback, version, error, 8 + u.reasonCodes.size());
    if (!checkPacketId(w, u.packetId))
        return {};
    w.u16(u.packetId);
    if (w.isV5()) {
        if (u.reasonCodes.isEmpty()) {
            w.fail(ReasonCode::ProtocolError, QCoreApplication::translate("Mqtt", "no reason code (MQTT 5 §3.11.3)"));
            return {};
        }
        if (!w.properties(u.properties))
            return {};
        for (ReasonCode rc : u.reasonCodes) {
            if (!checkReason(w, rc))
                return {};
            w.byte(quint8(rc));
        }
    }
    return w.finish(0);
}

// DISCONNECT and AUTH: reason code and properties omitted when Success without properties.
QByteArray encodeReasonOnly(PacketType type, ReasonCode code, const Properties &props, ProtocolVersion version,
                            ProtocolError *error)
{
    Writer w(type, version, error, 8);
    if (type == PacketType::Auth && !w.isV5()) {
        w.fail(ReasonCode::ProtocolError, QCoreApplication::translate("Mqtt", "AUTH does not exist in MQTT 3.1.1"));
        return {};
    }
    if (w.isV5()) {
        if (!checkReason(w, code))
            return {};
        if (code != ReasonCode::Success || !props.isEmpty())
            w.byte(quint8(code));
        if (!props.isEmpty() && !w.properties(props))
            return {};
    }
    return w.finish(0);
}

} // namespace

void Codec::appendVariableByteInteger(QByteArray &out, quint32 value)
{
    Q_ASSERT(value <= MaxVariableByteInteger);
    do {
        quint8 b = value % 128;
        value /= 128;
        if (value)
            b |= 0x80;
        out.append(char(b));
    } while (value);
}

QByteArray Codec::encode(const Packet &packet, ProtocolVersion version, ProtocolError *error, Sender sender)
{
    if (error)
        *error = {};
    if (const auto *publish = std::get_if<PublishPacket>(&packet); publish && sender == Sender::Client
        && version == ProtocolVersion::V5 && !publish->message.properties().subscriptionIdentifiers().isEmpty()) {
        if (error)
            *error = {ReasonCode::ProtocolError,
                      QCoreApplication::translate("Mqtt", "PUBLISH: a client must not send a Subscription Identifier "
                                                          "([MQTT-3.3.4-6])")};
        return {};
    }
    struct Visitor
    {
        ProtocolVersion v;
        ProtocolError *e;
        QByteArray operator()(const ConnectPacket &p) const { return encodeConnect(p, v, e); }
        QByteArray operator()(const ConnackPacket &p) const { return encodeConnack(p, v, e); }
        QByteArray operator()(const PublishPacket &p) const { return encodePublish(p, v, e); }
        QByteArray operator()(const AckPacket &p) const { return encodeAck(p, v, e); }
        QByteArray operator()(const SubscribePacket &p) const { return encodeSubscribe(p, v, e); }
        QByteArray operator()(const SubackPacket &p) const { return encodeSuback(p, v, e); }
        QByteArray operator()(const UnsubscribePacket &p) const { return encodeUnsubscribe(p, v, e); }
        QByteArray operator()(const UnsubackPacket &p) const { return encodeUnsuback(p, v, e); }
        QByteArray operator()(const PingreqPacket &) const { return Writer(PacketType::Pingreq, v, e).finish(0); }
        QByteArray operator()(const PingrespPacket &) const { return Writer(PacketType::Pingresp, v, e).finish(0); }
        QByteArray operator()(const DisconnectPacket &p) const
        {
            return encodeReasonOnly(PacketType::Disconnect, p.reasonCode, p.properties, v, e);
        }
        QByteArray operator()(const AuthPacket &p) const
        {
            return encodeReasonOnly(PacketType::Auth, p.reasonCode, p.properties, v, e);
        }
    };
    return std::visit(Visitor{version, error}, packet);
}

} // namespace Mqtt
