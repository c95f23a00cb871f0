#include "codecreader_p.h"
#include "topic.h"

#include <QHash>

#include <cstring>
#include <memory>
#include <mutex>
#include <utility>

namespace Mqtt {

using namespace CodecPrivate;

namespace {

// The characters of topic names, kept for the life of the process: a QString made with
// fromRawData() over them is copied and destroyed without touching a reference count. A shared
// QString's count was the network thread's most expensive instruction (perf: 4 % of all
// samples of `bench ingest`): the network thread increments it for each message and the ingest
// worker decrements it when the message is freed, so its cache line moved between the two
// cores twice per message. Each distinct name is stored once, for every thread and connection
// (the per-thread caches below miss now and then and ask again). Bounded: beyond MaxChunks x
// ChunkChars characters, new names are ordinary strings.
class TopicNameArena
{
public:
    // The Latin-1 `bytes` as UTF-16 characters that are never freed, or null when the arena is
    // full. Thread-safe.
    static const QChar *find(QByteArrayView bytes)
    {
        const auto length = size_t(bytes.size());
        if (length == 0 || length > ChunkChars)
            return nullptr;
        // Never destroyed (a decoding thread may outlive static destruction); plain pointers in
        // static storage, so leak checkers see everything as reachable.
        static std::mutex mutex;
        static auto *names = new QHash<QByteArray, const char16_t *>();
        static char16_t *chunks[MaxChunks];
        static size_t chunkCount = 0;
        static size_t used = ChunkChars; // in the newest chunk
        std::lock_guard<std::mutex> lock(mutex);
        // A lookup without copying the key.
        if (const char16_t *known = names->value(QByteArray::fromRawData(bytes.data(), bytes.size())))
            return reinterpret_cast<const QChar *>(known);
        if (used + length > ChunkChars) {
            if (chunkCount == MaxChunks)
                return nullptr;
            chunks[chunkCount++] = new char16_t[ChunkChars];
            used = 0;
        }
        char16_t *chars = chunks[chunkCount - 1] + used;
        used += length;
        for (size_t i = 0; i < length; ++i)
            chars[i] = char16_t(uchar(bytes[qsizetype(i)]));
        names->insert(bytes.toByteArray(), chars);
        return reinterpret_cast<const QChar *>(chars);
    }

    static constexpr size_t ChunkChars = 32 * 1024; // 64 KiB
    static constexpr size_t MaxChunks = 32;         // 2 MiB in all: some 30,000 names
};

// Topics repeat: a busy broker sends millions of messages on a few thousand topics. Each thread
// that decodes keeps the QStrings of recent ASCII topic names in a small two-way set-associative
// table and hands out the same string for the same bytes: no allocation, no conversion and (in
// TopicNameArena) no reference count for a topic seen before (measured with 1,000 topics: one
// allocation less per received message; a direct-mapped table of 1,024 missed on a third of
// the messages).
class TopicNameCache
{
public:
    QString get(const uchar *data, quint16 length)
    {
        const QByteArrayView bytes(data, length);
        QString *set = m_slots + (qHash(bytes) & (Sets - 1)) * 2;
        if (matches(set[0], bytes))
            return set[0];
        std::swap(set[0], set[1]); // the most recent first; the older one goes on a miss
        if (!matches(set[0], bytes)) {
            if (const QChar *chars = TopicNameArena::find(bytes))
                set[0] = QString::fromRawData(chars, bytes.size());
            else
                set[0] = QString::fromLatin1(bytes);
        }
        return set[0];
    }

private:
    static bool matches(const QString &s, QByteArrayView bytes)
    {
        return s.size() == bytes.size() && QLatin1StringView(bytes) == s;
    }

    static constexpr size_t Sets = 2048;
    QString m_slots[Sets * 2];
};

QString cachedTopicName(const uchar *data, quint16 length)
{
    if (length == 0 || length > 256) // long names are rarely repeated hot topics
        return QString::fromLatin1(reinterpret_cast<const char *>(data), length);
    // Allocated on first use: only decoding threads pay for the table (96 KiB).
    thread_local std::unique_ptr<TopicNameCache> cache;
    if (!cache)
        cache = std::make_unique<TopicNameCache>();
    return cache->get(data, length);
}

bool checkTopicFilter(Reader &r, const QString &filter)
{
    QString why;
    if (!Topic::isValidTopicFilter(filter, &why))
        return r.fail(
            ReasonCode::TopicFilterInvalid,
            QCoreApplication::translate("Mqtt", "topic filter \"%1\" is invalid: %2").arg(displayText(filter), why));
    return true;
}

bool decodeConnect(Reader &r, Packet *packet)
{
    // §3.1.2.1 protocol name, §3.1.2.2 protocol level.
    const uchar *name = nullptr;
    quint16 nameLength = 0;
    if (!r.lengthPrefixed(&name, &nameLength, QT_TRANSLATE_NOOP("Mqtt", "protocol name")))
        return false;
    if (nameLength != 4 || std::memcmp(name, "MQTT", 4) != 0)
        return r.fail(ReasonCode::UnsupportedProtocolVersion,
                      QCoreApplication::translate("Mqtt", "protocol name \"%1\" is not \"MQTT\" (MQTT 5 §3.1.2.1)")
                          .arg(displayText(QString::fromLatin1(reinterpret_cast<const char *>(name), nameLength))));
    quint8 level = 0;
    if (!r.byte(&level, QT_TRANSLATE_NOOP("Mqtt", "protocol level")))
        return false;
    if (level != 4 && level != 5)
        return r.fail(ReasonCode::UnsupportedProtocolVersion,
                      QCoreApplication::translate(
                          "Mqtt", "protocol level %1 is neither 4 (MQTT 3.1.1) nor 5 (MQTT 5.0) (MQTT 5 §3.1.2.2)")
                          .arg(level));
    // The packet says which version it speaks, whatever the decoder was told.
    const bool v5 = level == 5;

    quint8 flags = 0;
    if (!r.byte(&flags, QT_TRANSLATE_NOOP("Mqtt", "connect flags")))
        return false;
    // §3.1.2.3: bit 0 is reserved and must be 0.
    if (flags & 0x01)
        return r.fail(ReasonCode::MalformedPacket,
                      QCoreApplication::translate("Mqtt", "reserved connect flag bit 0 is set (MQTT 5 §3.1.2.3)"));
    const bool willFlag = flags & 0x04;
    const quint8 willQos = (flags >> 3) & 0x03;
    const bool willRetain = flags & 0x20;
    const bool passwordFlag = flags & 0x40;
    const bool usernameFlag = flags & 0x80;
    if (willQos == 3)
        return r.fail(ReasonCode::MalformedPacket,
                      QCoreApplication::translate("Mqtt", "Will QoS is 3 (MQTT 5 §3.1.2.6)"));
    if (!willFlag && (willQos != 0 || willRetain))
        return r.fail(ReasonCode::MalformedPacket,
                      QCoreApplication::translate(
                          "Mqtt", "Will QoS or Will Retain set without the Will flag (MQTT 5 §3.1.2.6, §3.1.2.7)"));
    if (!v5 && passwordFlag && !usernameFlag)
        return r.fail(
            ReasonCode::MalformedPacket,
            QCoreApplication::translate("Mqtt", "password flag set without the user name flag (MQTT 3.1.1 §3.1.2.9)"));

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
            return r.fail(ReasonCode::TopicNameInvalid,
                          QCoreApplication::translate("Mqtt", "Will topic \"%1\" is invalid: %2")
                              .arg(displayText(will.topic), why));
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
    quint8 flags = 0, code = 0;
    if (!r.byte(&flags, QT_TRANSLATE_NOOP("Mqtt", "acknowledge flags"))
        || !r.byte(&code, QT_TRANSLATE_NOOP("Mqtt", "reason code")))
        return false;
    // §3.2.2.1: bits 7..1 are reserved.
    if (flags & 0xFE)
        return r.fail(ReasonCode::MalformedPacket,
                      QCoreApplication::translate("Mqtt", "reserved acknowledge flag bits are set (MQTT 5 §3.2.2.1)"));
    ConnackPacket &c = packet->emplace<ConnackPacket>();
    c.sessionPresent = flags & 0x01;
    if (r.isV5() && code == 0x01 && r.atEnd()) {
        // A 3.1.1-only broker answering our MQTT 5 CONNECT with its own CONNACK: return code 1,
        // "unacceptable protocol version" (MQTT 3.1.1 §3.2.2.3), and no properties. 0x01 is no
        // MQTT 5 CONNACK reason code, so this cannot be mistaken for anything else.
        c.reasonCode = ReasonCode::UnsupportedProtocolVersion;
        return true;
    }
    if (r.isV5()) {
        if (!r.checkReasonCode(code, &c.reasonCode) || !r.properties(&c.properties))
            return false;
    } else {
        // MQTT 3.1.1 §3.2.2.3: return codes 6..255 are reserved.
        if (code > 5)
            return r.fail(
                ReasonCode::ProtocolError,
                QCoreApplication::translate("Mqtt", "reserved return code %1 (MQTT 3.1.1 §3.2.2.3)").arg(code));
        c.reasonCode = connackReturnCodeToReason(code);
    }
    // §3.2.2.1.1: Session Present must be 0 with an error code.
    if (c.sessionPresent && isError(c.reasonCode))
        return r.fail(ReasonCode::ProtocolError,
                      QCoreApplication::translate(
                          "Mqtt", "Session Present is set although the connection was refused (MQTT 5 §3.2.2.1.1)"));
    return r.expectEnd();
}

bool decodePublish(Reader &r, quint8 flags, Packet *packet)
{
    const quint8 qos = (flags >> 1) & 0x03;
    const bool dup = flags & 0x08;
    if (qos == 3)
        return r.fail(ReasonCode::MalformedPacket,
                      QCoreApplication::translate("Mqtt", "QoS 3 is not allowed (MQTT 5 §3.3.1.2)"));
    if (dup && qos == 0)
        return r.fail(ReasonCode::ProtocolError,
                      QCoreApplication::translate("Mqtt", "DUP is set on a QoS 0 message (MQTT 5 §3.3.1.1)"));

    const uchar *topicData = nullptr;
    quint16 topicLength = 0;
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
        topic = cachedTopicName(topicData, topicLength);
    } else {
        if (!r.toString(topicData, topicLength, &topic, QT_TRANSLATE_NOOP("Mqtt", "topic name"), PacketType::Publish))
            return false;
        if (topic.contains(u'+') || topic.contains(u'#'))
            return r.fail(ReasonCode::TopicNameInvalid,
                          QCoreApplication::translate("Mqtt", "topic name \"%1\" contains a wildcard (MQTT 5 §3.3.2.1)")
                              .arg(displayText(topic)));
    }

    PublishPacket &p = packet->emplace<PublishPacket>();
    Message &m = p.message;
    m.setQos(qos);
    m.setDup(dup);
    m.setRetain(flags & 0x01);
    if (qos > 0) {
        quint16 id = 0;
        if (!r.packetId(&id))
            return false;
        m.setPacketId(id);
    }
    if (r.isV5() && !r.properties(&m.properties()))
        return false;
    if (topic.isEmpty()) {
        // MQTT 5 §3.3.2.3.4: an empty topic name is only allowed together with a Topic Alias.
        if (!r.isV5())
            return r.fail(ReasonCode::TopicNameInvalid,
                          QCoreApplication::translate("Mqtt", "topic name is empty (MQTT 3.1.1 §4.7.3)"));
        if (!m.properties().topicAlias())
            return r.fail(ReasonCode::ProtocolError,
                          QCoreApplication::translate(
                              "Mqtt", "topic name is empty and there is no Topic Alias (MQTT 5 §3.3.2.3.4)"));
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
        quint8 options = 0;
        if (!r.string(&sub.filter, QT_TRANSLATE_NOOP("Mqtt", "topic filter"))
            || !r.byte(&options, QT_TRANSLATE_NOOP("Mqtt", "subscription options")))
            return false;
        if (!checkTopicFilter(r, sub.filter))
            return false;
        sub.options.maximumQos = options & 0x03;
        if (sub.options.maximumQos == 3)
            return r.fail(ReasonCode::MalformedPacket,
                          QCoreApplication::translate("Mqtt", "requested QoS 3 (MQTT 5 §3.8.3.1)"));
        if (r.isV5()) {
            // §3.8.3.1: bits 6 and 7 are reserved.
            if (options & 0xC0)
                return r.fail(
                    ReasonCode::MalformedPacket,
                    QCoreApplication::translate("Mqtt", "reserved subscription option bits are set (MQTT 5 §3.8.3.1)"));
            sub.options.noLocal = options & 0x04;
            sub.options.retainAsPublished = options & 0x08;
            sub.options.retainHandling = (options >> 4) & 0x03;
            if (sub.options.retainHandling == 3)
                return r.fail(ReasonCode::ProtocolError,
                              QCoreApplication::translate("Mqtt", "Retain Handling is 3 (MQTT 5 §3.8.3.1)"));
            if (sub.options.noLocal && Topic::isSharedSubscription(sub.filter))
                return r.fail(
                    ReasonCode::ProtocolError,
                    QCoreApplication::translate("Mqtt", "No Local is set on a shared subscription (MQTT 5 §3.8.3.1)"));
        } else if (options & 0xFC) {
            return r.fail(ReasonCode::MalformedPacket,
                          QCoreApplication::translate(
                              "Mqtt", "reserved bits of the requested QoS byte are set (MQTT 3.1.1 §3.8.3.1)"));
        }
        s.subscriptions.append(sub);
    }
    if (s.subscriptions.isEmpty())
        return r.fail(ReasonCode::ProtocolError,
                      QCoreApplication::translate("Mqtt", "no topic filter (MQTT 5 §3.8.3)"));
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
        quint8 code = 0;
        r.byte(&code, "");
        if (r.isV5()) {
            ReasonCode rc = ReasonCode::Success;
            if (!r.checkReasonCode(code, &rc))
                return false;
            s.reasonCodes.append(rc);
        } else {
            // MQTT 3.1.1 §3.9.3: 0x00, 0x01, 0x02 or 0x80.
            if (code > 2 && code != 0x80)
                return r.fail(ReasonCode::ProtocolError,
                              QCoreApplication::translate("Mqtt", "return code 0x%1 is reserved (MQTT 3.1.1 §3.9.3)")
                                  .arg(code, 2, 16, QLatin1Char('0')));
            s.reasonCodes.append(ReasonCode(code));
        }
    }
    if (s.reasonCodes.isEmpty())
        return r.fail(ReasonCode::ProtocolError, QCoreApplication::translate("Mqtt", "no reason code (MQTT 5 §3.9.3)"));
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
        return r.fail(ReasonCode::ProtocolError,
                      QCoreApplication::translate("Mqtt", "no topic filter (MQTT 5 §3.10.3)"));
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
        quint8 code = 0;
        r.byte(&code, "");
        ReasonCode rc = ReasonCode::Success;
        if (!r.checkReasonCode(code, &rc))
            return false;
        u.reasonCodes.append(rc);
    }
    if (u.reasonCodes.isEmpty())
        return r.fail(ReasonCode::ProtocolError,
                      QCoreApplication::translate("Mqtt", "no reason code (MQTT 5 §3.11.3)"));
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
        return r.fail(
            ReasonCode::MalformedPacket,
            QCoreApplication::translate("Mqtt", "packet type 15 is reserved in MQTT 3.1.1 (MQTT 3.1.1 §2.2.1)"));
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
    return CodecPrivate::decode(fixedHeader, body, version, packet, error, nullptr);
}

QByteArray PayloadBlocks::copy(const char *data, qsizetype n)
{
    if (n == 0)
        return QByteArray();
    if (n > MaxShared)
        return QByteArray(data, n);
    if (!m_base || m_used + n + 1 > m_block.capacity()) {
        // The old block stays alive as long as payloads cut from it do.
        m_block = QByteArray();
        m_block.reserve(BlockBytes);
        m_base = m_block.data_ptr().data(); // no detach: nobody shares the new block yet
        m_used = 0;
    }
    char *begin = m_base + m_used;
    std::memcpy(begin, data, size_t(n));
    begin[n] = '\0';
    m_used += n + 1;
    QByteArray payload(m_block); // shares the block
    payload.data_ptr().ptr = begin;
    payload.data_ptr().size = n;
    return payload;
}

void PayloadBlocks::clear()
{
    m_block = QByteArray();
    m_base = nullptr;
    m_used = 0;
}

bool CodecPrivate::decode(quint8 fixedHeader, QByteArrayView body, ProtocolVersion version, Packet *packet,
                          ProtocolError *error, QByteArray *owner, PayloadBlocks *blocks)
{
    const auto type = PacketType(fixedHeader >> 4);
    const quint8 flags = fixedHeader & 0x0F;
    Reader r(body, type, version, error);
    r.setOwner(owner);
    r.setPayloadBlocks(blocks);
    if (body.size() > qsizetype(MaxVariableByteInteger))
        return r.fail(ReasonCode::MalformedPacket,
                      QCoreApplication::translate("Mqtt",
                                                  "body longer than the largest remaining length "
                                                  "(MQTT 5 §1.5.5)"));
    if (type == PacketType::Reserved) {
        // Not r.fail(): type 0 doubles as the Will properties context there.
        if (error)
            *error = {ReasonCode::MalformedPacket,
                      QCoreApplication::translate("Mqtt", "packet type 0 is reserved (MQTT 5 §2.1.2)")};
        return false;
    }
    // §2.1.3: every packet but PUBLISH has fixed flags.
    if (type != PacketType::Publish && flags != requiredFlags(type))
        return r.fail(ReasonCode::MalformedPacket,
                      QCoreApplication::translate("Mqtt", "fixed header flags are 0x%1 instead of 0x%2 (MQTT 5 §2.1.3)")
                          .arg(flags, 1, 16)
                          .arg(requiredFlags(type), 1, 16));

    Packet scratch;
    Packet *out = packet ? packet : &scratch;
    switch (type) {
    case PacketType::Connect:
        return decodeConnect(r, out);
    case PacketType::Connack:
        return decodeConnack(r, out);
    case PacketType::Publish:
        return decodePublish(r, flags, out);
    case PacketType::Puback:
    case PacketType::Pubrec:
    case PacketType::Pubrel:
    case PacketType::Pubcomp:
        return decodeAck(r, out);
    case PacketType::Subscribe:
        return decodeSubscribe(r, out);
    case PacketType::Suback:
        return decodeSuback(r, out);
    case PacketType::Unsubscribe:
        return decodeUnsubscribe(r, out);
    case PacketType::Unsuback:
        return decodeUnsuback(r, out);
    case PacketType::Pingreq:
        out->emplace<PingreqPacket>();
        return r.expectEnd();
    case PacketType::Pingresp:
        out->emplace<PingrespPacket>();
        return r.expectEnd();
    case PacketType::Disconnect:
        return decodeDisconnect(r, out);
    case PacketType::Auth:
        return decodeAuth(r, out);
    case PacketType::Reserved:
        break;
    }
    return false;
}

} // namespace Mqtt
