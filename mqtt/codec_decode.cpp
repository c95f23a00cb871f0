#include "codec_p.h"
#include "topic.h"

#include <cstring>

namespace Mqtt {

using namespace CodecPrivate;

namespace {

#define MQTT_TR(text) QCoreApplication::translate("Mqtt", text)

// §1.5.4: well-formed UTF-8 (no overlong forms, no surrogates U+D800..U+DFFF, nothing above
// U+10FFFF) and no U+0000.
enum class Utf8Check { Ascii, Valid, Invalid, ContainsNul };

Utf8Check checkUtf8(const uchar *s, qsizetype n)
{
    qsizetype i = 0;
    // ASCII fast path: the usual topic and client id.
    while (i < n && s[i] < 0x80) {
        if (s[i] == 0)
            return Utf8Check::ContainsNul;
        ++i;
    }
    if (i == n)
        return Utf8Check::Ascii;
    while (i < n) {
        const uchar c = s[i];
        if (c < 0x80) {
            if (c == 0)
                return Utf8Check::ContainsNul;
            ++i;
            continue;
        }
        qsizetype len;
        uchar lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0; // overlong
            else if (c == 0xED)
                hi = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90; // overlong
            else if (c == 0xF4)
                hi = 0x8F; // above U+10FFFF
        } else {
            return Utf8Check::Invalid;
        }
        if (n - i < len)
            return Utf8Check::Invalid;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return Utf8Check::Invalid;
        for (qsizetype k = 2; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return Utf8Check::Invalid;
        }
        i += len;
    }
    return Utf8Check::Valid;
}

class Reader
{
public:
    Reader(QByteArrayView body, PacketType type, ProtocolVersion version, ProtocolError *error)
        : m_p(reinterpret_cast<const uchar *>(body.data())),
          m_end(m_p + body.size()),
          m_type(type),
          m_version(version),
          m_error(error)
    {
    }

    PacketType type() const { return m_type; }
    ProtocolVersion version() const { return m_version; }
    bool isV5() const { return m_version == ProtocolVersion::V5; }
    qsizetype remaining() const { return m_end - m_p; }
    bool atEnd() const { return m_p == m_end; }
    const uchar *pos() const { return m_p; }

    bool fail(ReasonCode code, const QString &text) { return CodecPrivate::fail(m_error, m_type, code, text); }
    bool failIn(PacketType context, ReasonCode code, const QString &text)
    {
        return CodecPrivate::fail(m_error, context, code, text);
    }

    // What is being read, for error messages: the property's own name inside a property.
    QString whatText(const char *what) const
    {
        return m_property ? propertyName(PropertyId(m_property)) : QCoreApplication::translate("Mqtt", what);
    }

    bool truncated(const char *what)
    {
        return fail(ReasonCode::MalformedPacket,
                    MQTT_TR("packet ends inside the %1 (remaining length too short, MQTT 5 §2.1.4)")
                        .arg(whatText(what)));
    }

    bool byte(quint8 *out, const char *what)
    {
        if (m_p == m_end)
            return truncated(what);
        *out = *m_p++;
        return true;
    }
    bool u16(quint16 *out, const char *what)
    {
        if (m_end - m_p < 2)
            return truncated(what);
        *out = quint16((m_p[0] << 8) | m_p[1]);
        m_p += 2;
        return true;
    }
    bool u32(quint32 *out, const char *what)
    {
        if (m_end - m_p < 4)
            return truncated(what);
        *out = (quint32(m_p[0]) << 24) | (quint32(m_p[1]) << 16) | (quint32(m_p[2]) << 8) | quint32(m_p[3]);
        m_p += 4;
        return true;
    }
    // §1.5.5: at most four bytes; the encoding must also be minimal in MQTT 5
    // ("the minimum number of bytes"), checked loosely: a 4th byte continuation is malformed.
    bool vbi(quint32 *out, const char *what)
    {
        quint32 value = 0;
        for (int i = 0; i < 4; ++i) {
            if (m_p == m_end)
                return truncated(what);
            const uchar b = *m_p++;
            value |= quint32(b & 0x7F) << (7 * i);
            if (!(b & 0x80)) {
                *out = value;
                return true;
            }
        }
        return fail(ReasonCode::MalformedPacket,
                    MQTT_TR("the %1 is a Variable Byte Integer longer than four bytes (MQTT 5 §1.5.5)")
                        .arg(whatText(what)));
    }
    bool packetId(quint16 *out)
    {
        if (!u16(out, QT_TRANSLATE_NOOP("Mqtt", "packet identifier")))
            return false;
        if (*out == 0)
            return fail(ReasonCode::ProtocolError, MQTT_TR("packet identifier 0 is not allowed (MQTT 5 §2.2.1)"));
        return true;
    }
    // Length-prefixed bytes, without copying: a view into the body.
    bool lengthPrefixed(const uchar **data, quint16 *len, const char *what)
    {
        if (!u16(len, what))
            return false;
        if (m_end - m_p < *len)
            return truncated(what);
        *data = m_p;
        m_p += *len;
        return true;
    }
    bool string(QString *out, const char *what, PacketType context)
    {
        const uchar *data;
        quint16 len;
        if (!lengthPrefixed(&data, &len, what))
            return false;
        return toString(data, len, out, what, context);
    }
    bool string(QString *out, const char *what) { return string(out, what, m_type); }
    bool toString(const uchar *data, qsizetype len, QString *out, const char *what, PacketType context)
    {
        switch (checkUtf8(data, len)) {
        case Utf8Check::Ascii:
            *out = QString::fromLatin1(reinterpret_cast<const char *>(data), len);
            return true;
        case Utf8Check::Valid:
            *out = QString::fromUtf8(reinterpret_cast<const char *>(data), len);
            return true;
        case Utf8Check::Invalid:
            return failIn(context, ReasonCode::MalformedPacket,
                          MQTT_TR("the %1 is not well-formed UTF-8 (MQTT 5 §1.5.4)")
                              .arg(whatText(what)));
        case Utf8Check::ContainsNul:
            return failIn(context, ReasonCode::MalformedPacket,
                          MQTT_TR("the %1 contains U+0000 (MQTT 5 §1.5.4)")
                              .arg(whatText(what)));
        }
        return false;
    }
    bool binary(QByteArray *out, const char *what)
    {
        const uchar *data;
        quint16 len;
        if (!lengthPrefixed(&data, &len, what))
            return false;
        *out = QByteArray(reinterpret_cast<const char *>(data), len);
        return true;
    }
    QByteArray rest()
    {
        QByteArray out(reinterpret_cast<const char *>(m_p), m_end - m_p);
        m_p = m_end;
        return out;
    }
    bool expectEnd()
    {
        if (m_p != m_end)
            return fail(ReasonCode::MalformedPacket,
                        QCoreApplication::translate("Mqtt", "%n unexpected byte(s) after the end of the packet "
                                                           "(MQTT 5 §2.1.4)",
                                                    nullptr, int(m_end - m_p)));
        return true;
    }
    bool reasonCode(ReasonCode *out)
    {
        quint8 code;
        if (!byte(&code, QT_TRANSLATE_NOOP("Mqtt", "reason code")))
            return false;
        return checkReasonCode(code, out);
    }
    bool checkReasonCode(quint8 code, ReasonCode *out)
    {
        if (!isReasonCodeAllowed(m_type, code))
            return fail(ReasonCode::ProtocolError,
                        MQTT_TR("reason code 0x%1 is not valid in this packet (MQTT 5 §2.4)")
                            .arg(code, 2, 16, QLatin1Char('0')));
        *out = ReasonCode(code);
        return true;
    }

    // MQTT 5 §2.2.2: property length, then properties. Leaves *out untouched when the length
    // is 0, so the common property-less PUBLISH allocates nothing.
    bool properties(Properties *out, PacketType context);
    bool properties(Properties *out) { return properties(out, m_type); }

private:
    bool property(Properties *props, PacketType context, quint64 *seen);
    bool propertyValue(Properties *props, PropertyId id, PropertyType type, PacketType context, const char *what);

    const uchar *m_p;
    const uchar *m_end;
    PacketType m_type;
    ProtocolVersion m_version;
    ProtocolError *m_error;
    quint8 m_property = 0; // the property whose value is being read, 0 outside values
};

bool Reader::properties(Properties *out, PacketType context)
{
    quint32 length;
    if (!vbi(&length, QT_TRANSLATE_NOOP("Mqtt", "property length")))
        return false;
    if (length == 0)
        return true;
    if (quint64(length) > quint64(m_end - m_p))
        return failIn(context, ReasonCode::MalformedPacket,
                      MQTT_TR("property length %1 exceeds the rest of the packet (MQTT 5 §2.2.2.1)").arg(length));
    const uchar *packetEnd = m_end;
    m_end = m_p + length; // no property may run past the property block
    Properties props;
    quint64 seen = 0;
    bool ok = true;
    while (ok && m_p < m_end)
        ok = property(&props, context, &seen);
    m_end = packetEnd;
    if (ok)
        *out = props;
    return ok;
}

bool Reader::property(Properties *props, PacketType context, quint64 *seen)
{
    quint32 rawId;
    if (!vbi(&rawId, QT_TRANSLATE_NOOP("Mqtt", "property identifier")))
        return false;
    const PropertyType type = rawId <= 0xFF ? propertyType(quint8(rawId)) : PropertyType::Invalid;
    if (type == PropertyType::Invalid)
        return failIn(context, ReasonCode::MalformedPacket,
                      MQTT_TR("unknown property identifier 0x%1 (MQTT 5 §2.2.2.2)").arg(rawId, 2, 16, QLatin1Char('0')));
    const auto id = PropertyId(rawId);
    if (!isPropertyAllowed(id, context))
        return failIn(context, ReasonCode::ProtocolError,
                      MQTT_TR("property %1 (0x%2) is not allowed here (MQTT 5 §2.2.2.2)")
                          .arg(propertyName(id))
                          .arg(rawId, 2, 16, QLatin1Char('0')));
    const quint64 mask = quint64(1) << rawId; // all identifiers are below 64
    if ((*seen & mask) && !isPropertyRepeatable(id, context))
        return failIn(context, ReasonCode::ProtocolError,
                      MQTT_TR("property %1 appears more than once (MQTT 5 §2.2.2.2)").arg(propertyName(id)));
    *seen |= mask;

    const char *what = QT_TRANSLATE_NOOP("Mqtt", "property value");
    if (id != PropertyId::UserProperty)
        m_property = quint8(id);
    const bool ok = propertyValue(props, id, type, context, what);
    m_property = 0;
    return ok;
}

bool Reader::propertyValue(Properties *props, PropertyId id, PropertyType type, PacketType context, const char *what)
{
    switch (type) {
    case PropertyType::Byte:
    case PropertyType::TwoByteInteger:
    case PropertyType::FourByteInteger:
    case PropertyType::VariableByteInteger: {
        quint32 value = 0;
        bool ok;
        if (type == PropertyType::Byte) {
            quint8 b = 0;
            ok = byte(&b, what);
            value = b;
        } else if (type == PropertyType::TwoByteInteger) {
            quint16 w = 0;
            ok = u16(&w, what);
            value = w;
        } else if (type == PropertyType::FourByteInteger) {
            ok = u32(&value, what);
        } else {
            ok = vbi(&value, what);
        }
        if (!ok || !checkPropertyValue(id, value, context, m_error))
            return false;
        if (id == PropertyId::SubscriptionIdentifier)
            props->addSubscriptionIdentifier(value);
        else
            props->setValue(id, QVariant(value));
        return true;
    }
    case PropertyType::Utf8String: {
        QString s;
        if (!string(&s, what, context))
            return false;
        props->setValue(id, QVariant(s));
        return true;
    }
    case PropertyType::BinaryData: {
        QByteArray b;
        if (!binary(&b, what))
            return false;
        props->setValue(id, QVariant(b));
        return true;
    }
    case PropertyType::Utf8StringPair: {
        QString key, value;
        if (!string(&key, QT_TRANSLATE_NOOP("Mqtt", "user property name"), context)
            || !string(&value, QT_TRANSLATE_NOOP("Mqtt", "user property value"), context))
            return false;
        props->addUserProperty(key, value);
        return true;
    }
    case PropertyType::Invalid:
        break;
    }
    return false;
}

bool checkTopicFilter(Reader &r, const QString &filter)
{
    QString why;
    if (!Topic::isValidTopicFilter(filter, &why))
        return r.fail(ReasonCode::TopicFilterInvalid, MQTT_TR("topic filter \"%1\" is invalid: %2").arg(displayText(filter), why));
    return true;
}

bool decodeConnect(Reader &r, Packet *packet)
{
    // §3.1.2.1 protocol name, §3.1.2.2 protocol level.
    const uchar *name;
    quint16 nameLength;
    if (!r.lengthPrefixed(&name, &nameLength, QT_TRANSLATE_NOOP("Mqtt", "protocol name")))
        return false;
    if (nameLength != 4 || std::memcmp(name, "MQTT", 4) != 0)
        return r.fail(ReasonCode::UnsupportedProtocolVersion,
                      MQTT_TR("protocol name \"%1\" is not \"MQTT\" (MQTT 5 §3.1.2.1)")
                          .arg(QString::fromLatin1(reinterpret_cast<const char *>(name), nameLength)));
    quint8 level;
    if (!r.byte(&level, QT_TRANSLATE_NOOP("Mqtt", "protocol level")))
        return false;
    if (level != 4 && level != 5)
        return r.fail(ReasonCode::UnsupportedProtocolVersion,
                      MQTT_TR("protocol level %1 is neither 4 (MQTT 3.1.1) nor 5 (MQTT 5.0) (MQTT 5 §3.1.2.2)")
                          .arg(level));
    // The packet says which version it speaks, whatever the decoder was told.
    const bool v5 = level == 5;

    quint8 flags;
    if (!r.byte(&flags, QT_TRANSLATE_NOOP("Mqtt", "connect flags")))
        return false;
    // §3.1.2.3: bit 0 is reserved and must be 0.
    if (flags & 0x01)
        return r.fail(ReasonCode::MalformedPacket, MQTT_TR("reserved connect flag bit 0 is set (MQTT 5 §3.1.2.3)"));
    const bool willFlag = flags & 0x04;
    const quint8 willQos = (flags >> 3) & 0x03;
    const bool willRetain = flags & 0x20;
    const bool passwordFlag = flags & 0x40;
    const bool usernameFlag = flags & 0x80;
    if (willQos == 3)
        return r.fail(ReasonCode::MalformedPacket, MQTT_TR("Will QoS is 3 (MQTT 5 §3.1.2.6)"));
    if (!willFlag && (willQos != 0 || willRetain))
        return r.fail(ReasonCode::MalformedPacket,
                      MQTT_TR("Will QoS or Will Retain set without the Will flag (MQTT 5 §3.1.2.6, §3.1.2.7)"));
    if (!v5 && passwordFlag && !usernameFlag)
        return r.fail(ReasonCode::MalformedPacket,
                      MQTT_TR("password flag set without the user name flag (MQTT 3.1.1 §3.1.2.9)"));

    ConnectPacket &c = packet->emplace<ConnectPacket>();
    c.version = ProtocolVersion(level);
    c.cleanStart = flags & 0x02;
    if (!r.u16(&c.keepAlive, QT_TRANSLATE_NOOP("Mqtt", "keep alive")))
        return false;
    if (v5 && !r.properties(&c.properties))
        return false;
    if (!r.string(&c.clientId, QT_TRANSLATE_NOOP("Mqtt", "client identifier")))
        return false;
    if (willFlag) {
        Will will;
        will.qos = willQos;
        will.retain = willRetain;
        if (v5 && !r.properties(&will.properties, WillContext))
            return false;
        if (!r.string(&will.topic, QT_TRANSLATE_NOOP("Mqtt", "Will topic")))
            return false;
        QString why;
        if (!Topic::isValidTopicName(will.topic, &why))
            return r.fail(ReasonCode::TopicNameInvalid, MQTT_TR("Will topic \"%1\" is invalid: %2").arg(displayText(will.topic), why));
        if (!r.binary(&will.payload, QT_TRANSLATE_NOOP("Mqtt", "Will payload")))
            return false;
        c.will = will;
    }
    if (usernameFlag) {
        QString username;
        if (!r.string(&username, QT_TRANSLATE_NOOP("Mqtt", "user name")))
            return false;
        c.username = username;
    }
    if (passwordFlag) {
        QByteArray password;
        if (!r.binary(&password, QT_TRANSLATE_NOOP("Mqtt", "password")))
            return false;
        c.password = password;
    }
    return r.expectEnd();
}

bool decodeConnack(Reader &r, Packet *packet)
{
    quint8 flags, code;
    if (!r.byte(&flags, QT_TRANSLATE_NOOP("Mqtt", "acknowledge flags"))
        || !r.byte(&code, QT_TRANSLATE_NOOP("Mqtt", "reason code")))
        return false;
    // §3.2.2.1: bits 7..1 are reserved.
    if (flags & 0xFE)
        return r.fail(ReasonCode::MalformedPacket,
                      MQTT_TR("reserved acknowledge flag bits are set (MQTT 5 §3.2.2.1)"));
    ConnackPacket &c = packet->emplace<ConnackPacket>();
    c.sessionPresent = flags & 0x01;
    if (r.isV5()) {
        if (!r.checkReasonCode(code, &c.reasonCode) || !r.properties(&c.properties))
            return false;
    } else {
        // MQTT 3.1.1 §3.2.2.3: return codes 6..255 are reserved.
        if (code > 5)
            return r.fail(ReasonCode::ProtocolError,
                          MQTT_TR("reserved return code %1 (MQTT 3.1.1 §3.2.2.3)").arg(code));
        c.reasonCode = connackReturnCodeToReason(code);
    }
    // §3.2.2.1.1: Session Present must be 0 with an error code.
    if (c.sessionPresent && isError(c.reasonCode))
        return r.fail(ReasonCode::ProtocolError,
                      MQTT_TR("Session Present is set although the connection was refused (MQTT 5 §3.2.2.1.1)"));
    return r.expectEnd();
}

bool decodePublish(Reader &r, quint8 flags, Packet *packet)
{
    const quint8 qos = (flags >> 1) & 0x03;
    const bool dup = flags & 0x08;
    if (qos == 3)
        return r.fail(ReasonCode::MalformedPacket, MQTT_TR("QoS 3 is not allowed (MQTT 5 §3.3.1.2)"));
    if (dup && qos == 0)
        return r.fail(ReasonCode::ProtocolError, MQTT_TR("DUP is set on a QoS 0 message (MQTT 5 §3.3.1.1)"));

    const uchar *topicData;
    quint16 topicLength;
    if (!r.lengthPrefixed(&topicData, &topicLength, QT_TRANSLATE_NOOP("Mqtt", "topic name")))
        return false;
    // Fast path: plain ASCII without wildcards or NUL is the overwhelming majority.
    QString topic;
    bool ascii = true;
    for (quint16 i = 0; i < topicLength; ++i) {
        const uchar c = topicData[i];
        if (c >= 0x80 || c == 0 || c == '+' || c == '#') {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        topic = QString::fromLatin1(reinterpret_cast<const char *>(topicData), topicLength);
    } else {
        if (!r.toString(topicData, topicLength, &topic, QT_TRANSLATE_NOOP("Mqtt", "topic name"), PacketType::Publish))
            return false;
        if (topic.contains(u'+') || topic.contains(u'#'))
            return r.fail(ReasonCode::TopicNameInvalid,
                          MQTT_TR("topic name \"%1\" contains a wildcard (MQTT 5 §3.3.2.1)").arg(displayText(topic)));
    }

    PublishPacket &p = packet->emplace<PublishPacket>();
    Message &m = p.message;
    m.setQos(qos);
    m.setDup(dup);
    m.setRetain(flags & 0x01);
    if (qos > 0) {
        quint16 id;
        if (!r.packetId(&id))
            return false;
        m.setPacketId(id);
    }
    if (r.isV5() && !r.properties(&m.properties()))
        return false;
    if (topic.isEmpty()) {
        // MQTT 5 §3.3.2.3.4: an empty topic name is only allowed together with a Topic Alias.
        if (!r.isV5())
            return r.fail(ReasonCode::TopicNameInvalid, MQTT_TR("topic name is empty (MQTT 3.1.1 §4.7.3)"));
        if (!m.properties().topicAlias())
            return r.fail(ReasonCode::ProtocolError,
                          MQTT_TR("topic name is empty and there is no Topic Alias (MQTT 5 §3.3.2.3.4)"));
    }
    m.setTopic(topic);
    m.setPayload(r.rest());
    return true;
}

bool decodeAck(Reader &r, Packet *packet)
{
    AckPacket &a = packet->emplace<AckPacket>();
    a.type = r.type();
    if (!r.packetId(&a.packetId))
        return false;
    // MQTT 5 §3.4.2.1: the reason code may be omitted when it is 0x00 and there are no
    // properties; §3.4.2.2.1: the property length may be omitted when there are none.
    if (r.isV5() && !r.atEnd()) {
        if (!r.reasonCode(&a.reasonCode))
            return false;
        if (!r.atEnd() && !r.properties(&a.properties))
            return false;
    }
    return r.expectEnd();
}

bool decodeSubscribe(Reader &r, Packet *packet)
{
    SubscribePacket &s = packet->emplace<SubscribePacket>();
    if (!r.packetId(&s.packetId))
        return false;
    if (r.isV5() && !r.properties(&s.properties))
        return false;
    while (!r.atEnd()) {
        Subscription sub;
        quint8 options;
        if (!r.string(&sub.filter, QT_TRANSLATE_NOOP("Mqtt", "topic filter"))
            || !r.byte(&options, QT_TRANSLATE_NOOP("Mqtt", "subscription options")))
            return false;
        if (!checkTopicFilter(r, sub.filter))
            return false;
        sub.options.maximumQos = options & 0x03;
        if (sub.options.maximumQos == 3)
            return r.fail(ReasonCode::MalformedPacket, MQTT_TR("requested QoS 3 (MQTT 5 §3.8.3.1)"));
        if (r.isV5()) {
            // §3.8.3.1: bits 6 and 7 are reserved.
            if (options & 0xC0)
                return r.fail(ReasonCode::MalformedPacket,
                              MQTT_TR("reserved subscription option bits are set (MQTT 5 §3.8.3.1)"));
            sub.options.noLocal = options & 0x04;
            sub.options.retainAsPublished = options & 0x08;
            sub.options.retainHandling = (options >> 4) & 0x03;
            if (sub.options.retainHandling == 3)
                return r.fail(ReasonCode::ProtocolError, MQTT_TR("Retain Handling is 3 (MQTT 5 §3.8.3.1)"));
            if (sub.options.noLocal && Topic::isSharedSubscription(sub.filter))
                return r.fail(ReasonCode::ProtocolError,
                              MQTT_TR("No Local is set on a shared subscription (MQTT 5 §3.8.3.1)"));
        } else if (options & 0xFC) {
            return r.fail(ReasonCode::MalformedPacket,
                          MQTT_TR("reserved bits of the requested QoS byte are set (MQTT 3.1.1 §3.8.3.1)"));
        }
        s.subscriptions.append(sub);
    }
    if (s.subscriptions.isEmpty())
        return r.fail(ReasonCode::ProtocolError, MQTT_TR("no topic filter (MQTT 5 §3.8.3)"));
    return true;
}

bool decodeSuback(Reader &r, Packet *packet)
{
    SubackPacket &s = packet->emplace<SubackPacket>();
    if (!r.packetId(&s.packetId))
        return false;
    if (r.isV5() && !r.properties(&s.properties))
        return false;
    while (!r.atEnd()) {
        quint8 code;
        r.byte(&code, "");
        if (r.isV5()) {
            ReasonCode rc;
            if (!r.checkReasonCode(code, &rc))
                return false;
            s.reasonCodes.append(rc);
        } else {
            // MQTT 3.1.1 §3.9.3: 0x00, 0x01, 0x02 or 0x80.
            if (code > 2 && code != 0x80)
                return r.fail(ReasonCode::ProtocolError,
                              MQTT_TR("return code 0x%1 is reserved (MQTT 3.1.1 §3.9.3)")
                                  .arg(code, 2, 16, QLatin1Char('0')));
            s.reasonCodes.append(ReasonCode(code));
        }
    }
    if (s.reasonCodes.isEmpty())
        return r.fail(ReasonCode::ProtocolError, MQTT_TR("no reason code (MQTT 5 §3.9.3)"));
    return true;
}

bool decodeUnsubscribe(Reader &r, Packet *packet)
{
    UnsubscribePacket &u = packet->emplace<UnsubscribePacket>();
    if (!r.packetId(&u.packetId))
        return false;
    if (r.isV5() && !r.properties(&u.properties))
        return false;
    while (!r.atEnd()) {
        QString filter;
        if (!r.string(&filter, QT_TRANSLATE_NOOP("Mqtt", "topic filter")) || !checkTopicFilter(r, filter))
            return false;
        u.filters.append(filter);
    }
    if (u.filters.isEmpty())
        return r.fail(ReasonCode::ProtocolError, MQTT_TR("no topic filter (MQTT 5 §3.10.3)"));
    return true;
}

bool decodeUnsuback(Reader &r, Packet *packet)
{
    UnsubackPacket &u = packet->emplace<UnsubackPacket>();
    if (!r.packetId(&u.packetId))
        return false;
    if (!r.isV5())
        return r.expectEnd(); // MQTT 3.1.1 §3.11: no payload
    if (!r.properties(&u.properties))
        return false;
    while (!r.atEnd()) {
        quint8 code;
        r.byte(&code, "");
        ReasonCode rc;
        if (!r.checkReasonCode(code, &rc))
            return false;
        u.reasonCodes.append(rc);
    }
    if (u.reasonCodes.isEmpty())
        return r.fail(ReasonCode::ProtocolError, MQTT_TR("no reason code (MQTT 5 §3.11.3)"));
    return true;
}

bool decodeDisconnect(Reader &r, Packet *packet)
{
    DisconnectPacket &d = packet->emplace<DisconnectPacket>();
    // MQTT 5 §3.14.2.1: reason code and properties may be omitted.
    if (r.isV5() && !r.atEnd()) {
        if (!r.reasonCode(&d.reasonCode))
            return false;
        if (!r.atEnd() && !r.properties(&d.properties))
            return false;
    }
    return r.expectEnd();
}

bool decodeAuth(Reader &r, Packet *packet)
{
    if (!r.isV5())
        return r.fail(ReasonCode::MalformedPacket,
                      MQTT_TR("packet type 15 is reserved in MQTT 3.1.1 (MQTT 3.1.1 §2.2.1)"));
    AuthPacket &a = packet->emplace<AuthPacket>();
    // §3.15.2.1: reason code and properties may be omitted when Success without properties.
    if (!r.atEnd()) {
        if (!r.reasonCode(&a.reasonCode))
            return false;
        if (!r.atEnd() && !r.properties(&a.properties))
            return false;
    }
    return r.expectEnd();
}

} // namespace

bool Codec::decode(quint8 fixedHeader, QByteArrayView body, ProtocolVersion version, Packet *packet,
                   ProtocolError *error)
{
    const auto type = PacketType(fixedHeader >> 4);
    const quint8 flags = fixedHeader & 0x0F;
    Reader r(body, type, version, error);
    if (body.size() > qsizetype(MaxVariableByteInteger))
        return r.fail(ReasonCode::MalformedPacket, MQTT_TR("body longer than the largest remaining length "
                                                           "(MQTT 5 §1.5.5)"));
    if (type == PacketType::Reserved) {
        // Not r.fail(): type 0 doubles as the Will properties context there.
        if (error)
            *error = {ReasonCode::MalformedPacket, MQTT_TR("packet type 0 is reserved (MQTT 5 §2.1.2)")};
        return false;
    }
    // §2.1.3: every packet but PUBLISH has fixed flags.
    if (type != PacketType::Publish && flags != requiredFlags(type))
        return r.fail(ReasonCode::MalformedPacket,
                      MQTT_TR("fixed header flags are 0x%1 instead of 0x%2 (MQTT 5 §2.1.3)")
                          .arg(flags, 1, 16)
                          .arg(requiredFlags(type), 1, 16));

    Packet scratch;
    Packet *out = packet ? packet : &scratch;
    switch (type) {
    case PacketType::Connect: return decodeConnect(r, out);
    case PacketType::Connack: return decodeConnack(r, out);
    case PacketType::Publish: return decodePublish(r, flags, out);
    case PacketType::Puback:
    case PacketType::Pubrec:
    case PacketType::Pubrel:
    case PacketType::Pubcomp:
        return decodeAck(r, out);
    case PacketType::Subscribe: return decodeSubscribe(r, out);
    case PacketType::Suback: return decodeSuback(r, out);
    case PacketType::Unsubscribe: return decodeUnsubscribe(r, out);
    case PacketType::Unsuback: return decodeUnsuback(r, out);
    case PacketType::Pingreq:
        out->emplace<PingreqPacket>();
        return r.expectEnd();
    case PacketType::Pingresp:
        out->emplace<PingrespPacket>();
        return r.expectEnd();
    case PacketType::Disconnect: return decodeDisconnect(r, out);
    case PacketType::Auth: return decodeAuth(r, out);
    case PacketType::Reserved: break;
    }
    return false;
}

} // namespace Mqtt
