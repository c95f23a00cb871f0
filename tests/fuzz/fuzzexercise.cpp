#include "fuzzexercise.h"

#include "codec.h"

#include <QList>

using namespace Mqtt;

namespace FuzzExercise {

namespace {

constexpr qsizetype ChunkSizes[8] = {1, 2, 3, 5, 8, 64, 512, 0}; // 0: the whole stream at once

bool fail(QString *failure, const QString &text)
{
    if (failure)
        *failure = text;
    return false;
}

// A packet the decoder accepted is valid, so it must encode, and decode back to itself.
bool checkRoundTrip(const Packet &packet, ProtocolVersion version, QString *failure)
{
    // A CONNECT carries its own version, whatever the decoder was told.
    if (const auto *connect = std::get_if<ConnectPacket>(&packet))
        version = connect->version;
    ProtocolError error;
    const QByteArray bytes = Codec::encode(packet, version, &error);
    if (error.isError() || bytes.isEmpty())
        return fail(failure, QStringLiteral("decoded %1 does not encode again: %2")
                                 .arg(packetTypeName(packetTypeOf(packet)), error.message));
    StreamDecoder decoder(version);
    decoder.append(bytes);
    Packet again;
    if (decoder.next(&again) != StreamDecoder::Status::PacketReady)
        return fail(failure, QStringLiteral("re-encoded %1 does not decode: %2")
                                 .arg(packetTypeName(packetTypeOf(packet)), decoder.error().message));
    if (decoder.bufferedBytes() != 0)
        return fail(failure, QStringLiteral("re-encoded %1 leaves bytes behind").arg(packetTypeName(packetTypeOf(packet))));
    if (!(again == packet))
        return fail(failure, QStringLiteral("%1 changed in a round trip: %2")
                                 .arg(packetTypeName(packetTypeOf(packet)), QString::fromLatin1(bytes.toHex())));
    return true;
}

struct Outcome
{
    QList<Packet> packets;
    StreamDecoder::Status last = StreamDecoder::Status::NeedMoreData;
    ReasonCode error = ReasonCode::Success;
};

bool decodeStream(QByteArrayView stream, ProtocolVersion version, qsizetype chunk, quint32 maximum, Outcome *out,
                  QString *failure)
{
    StreamDecoder decoder(version);
    if (maximum)
        decoder.setMaximumPacketSize(maximum);
    if (chunk <= 0)
        chunk = qMax<qsizetype>(1, stream.size());
    for (qsizetype pos = 0; pos < stream.size() && out->last != StreamDecoder::Status::Error; pos += chunk) {
        decoder.append(stream.sliced(pos, qMin(chunk, stream.size() - pos)));
        Packet packet;
        while ((out->last = decoder.next(&packet)) == StreamDecoder::Status::PacketReady) {
            if (!checkRoundTrip(packet, version, failure))
                return false;
            out->packets.append(packet);
        }
        if (out->last == StreamDecoder::Status::Error) {
            out->error = decoder.error().code;
            if (!decoder.error().isError() || decoder.error().message.isEmpty())
                return fail(failure, QStringLiteral("decoder error without a reason"));
            // Sticky: the stream cannot be resynchronised.
            Packet ignored;
            decoder.append(QByteArrayView("\xC0\x00", 2));
            if (decoder.next(&ignored) != StreamDecoder::Status::Error)
                return fail(failure, QStringLiteral("decoder left the error state without reset()"));
        }
    }
    // The decoder only keeps a partial packet, never more than the maximum packet size.
    if (maximum && out->last == StreamDecoder::Status::NeedMoreData && decoder.bufferedBytes() > qsizetype(maximum))
        return fail(failure, QStringLiteral("decoder buffers %1 bytes, more than the maximum packet size %2")
                                 .arg(decoder.bufferedBytes())
                                 .arg(maximum));
    return true;
}

// Reads fuzz bytes as packet fields; past the end everything is zero.
class Recipe
{
public:
    Recipe(const unsigned char *p, std::size_t n) : m_p(p), m_end(p + n) {}
    quint8 u8() { return m_p < m_end ? *m_p++ : 0; }
    quint16 u16() { return quint16(u8() << 8 | u8()); }
    quint32 u32() { return quint32(u16()) << 16 | u16(); }
    bool flag() { return u8() & 1; }
    // Short strings from an alphabet with the awkward cases: wildcards, '$', '/', U+0000,
    // lone surrogates, non-ASCII and a surrogate pair.
    QString string()
    {
        static const char16_t alphabet[] = {u'a', u'b', u'/', u'/', u'+', u'#', u'$', 0x00, 0xE9, 0x4E2D, 0xD800, 0xDC00};
        QString s;
        const int n = u8() % 10;
        for (int i = 0; i < n; ++i) {
            const quint8 pick = u8();
            if (pick == 0xFF)
                s += QStringLiteral("\U0001F600");
            else
                s += QChar(alphabet[pick % (sizeof alphabet / sizeof alphabet[0])]);
        }
        return s;
    }
    QByteArray binary()
    {
        QByteArray b;
        const int n = u8() % 8;
        for (int i = 0; i < n; ++i)
            b += char(u8());
        return b;
    }
    Properties properties()
    {
        Properties props;
        const int n = u8() % 5;
        for (int i = 0; i < n; ++i) {
            const quint8 id = u8() % 0x2B;
            switch (propertyType(id)) {
            case PropertyType::Byte: props.setValue(PropertyId(id), quint32(u8() % 3)); break;
            case PropertyType::TwoByteInteger: props.setValue(PropertyId(id), quint32(u8() % 4)); break;
            case PropertyType::FourByteInteger: props.setValue(PropertyId(id), u32()); break;
            case PropertyType::VariableByteInteger: props.addSubscriptionIdentifier(u32() & 0x1FFFFFFF); break;
            case PropertyType::Utf8String: props.setValue(PropertyId(id), string()); break;
            case PropertyType::BinaryData: props.setValue(PropertyId(id), binary()); break;
            case PropertyType::Utf8StringPair: props.addUserProperty(string(), string()); break;
            case PropertyType::Invalid: break;
            }
        }
        return props;
    }
    ReasonCode reasonCode() { return ReasonCode(u8()); }
    quint16 packetId() { return u8() % 4 == 0 ? 0 : u16(); }

    Packet packet()
    {
        switch (u8() % 15) {
        case 0: {
            ConnectPacket c;
            c.clientId = string();
            c.cleanStart = flag();
            c.keepAlive = u16();
            if (flag())
                c.username = string();
            if (flag())
                c.password = binary();
            if (flag())
                c.will = Will{string(), binary(), quint8(u8() % 4), flag(), properties()};
            c.properties = properties();
            return c;
        }
        case 1: return ConnackPacket{flag(), reasonCode(), properties()};
        case 2: {
            Message m(string(), binary(), quint8(u8() % 4), flag());
            m.setDup(flag());
            m.setPacketId(packetId());
            m.setProperties(properties());
            return PublishPacket{m};
        }
        case 3: case 4: case 5: case 6:
            return AckPacket{PacketType(4 + u8() % 4), packetId(), reasonCode(), properties()};
        case 7: {
            SubscribePacket sub;
            sub.packetId = packetId();
            const int n = u8() % 3;
            for (int i = 0; i < n; ++i) {
                const quint8 o = u8();
                sub.subscriptions.append({string(), {quint8(o & 3), bool(o & 4), bool(o & 8), quint8((o >> 4) & 3)}});
            }
            sub.properties = properties();
            return sub;
        }
        case 8: {
            SubackPacket s{packetId(), {}, properties()};
            for (int n = u8() % 3; n > 0; --n)
                s.reasonCodes.append(reasonCode());
            return s;
        }
        case 9: {
            UnsubscribePacket u{packetId(), {}, properties()};
            for (int n = u8() % 3; n > 0; --n)
                u.filters.append(string());
            return u;
        }
        case 10: {
            UnsubackPacket u{packetId(), {}, properties()};
            for (int n = u8() % 3; n > 0; --n)
                u.reasonCodes.append(reasonCode());
            return u;
        }
        case 11: return PingreqPacket{};
        case 12: return PingrespPacket{};
        case 13: return DisconnectPacket{reasonCode(), properties()};
        default: return AuthPacket{reasonCode(), properties()};
        }
    }

private:
    const unsigned char *m_p;
    const unsigned char *m_end;
};

// What an encoded packet decodes to: the fields MQTT 3.1.1 cannot carry are left out
// (codec.h), a QoS 0 PUBLISH has no packet identifier, CONNECT speaks the encoder's version.
Packet normalised(Packet packet, ProtocolVersion version)
{
    const bool v3 = version == ProtocolVersion::V311;
    if (auto *c = std::get_if<ConnectPacket>(&packet)) {
        c->version = version;
        if (v3) {
            c->properties = {};
            if (c->will)
                c->will->properties = {};
        }
    } else if (auto *c = std::get_if<ConnackPacket>(&packet)) {
        if (v3) {
            c->reasonCode = connackReturnCodeToReason(reasonToConnackReturnCode(c->reasonCode));
            c->properties = {};
        }
    } else if (auto *p = std::get_if<PublishPacket>(&packet)) {
        if (p->message.qos() == 0)
            p->message.setPacketId(0);
        if (v3)
            p->message.setProperties({});
    } else if (auto *a = std::get_if<AckPacket>(&packet)) {
        if (v3) {
            a->reasonCode = ReasonCode::Success;
            a->properties = {};
        }
    } else if (auto *s = std::get_if<SubscribePacket>(&packet)) {
        if (v3) {
            s->properties = {};
            for (Subscription &sub : s->subscriptions)
                sub.options = SubscriptionOptions{sub.options.maximumQos, false, false, 0};
        }
    } else if (auto *s = std::get_if<SubackPacket>(&packet)) {
        if (v3) {
            s->properties = {};
            for (ReasonCode &rc : s->reasonCodes)
                rc = quint8(rc) <= 2 ? rc : ReasonCode::UnspecifiedError;
        }
    } else if (auto *u = std::get_if<UnsubscribePacket>(&packet)) {
        if (v3)
            u->properties = {};
    } else if (auto *u = std::get_if<UnsubackPacket>(&packet)) {
        if (v3) {
            u->properties = {};
            u->reasonCodes = {}; // not clear(): Qt 6.4 memcmp()s a null and an allocated empty list
        }
    } else if (auto *d = std::get_if<DisconnectPacket>(&packet)) {
        if (v3)
            *d = DisconnectPacket{};
    }
    return packet;
}

// Whatever the encoder accepts, the strict decoder must accept too, and get the same packet.
bool checkEncoder(const unsigned char *data, std::size_t size, QString *failure)
{
    Recipe recipe(data, size);
    const Packet packet = recipe.packet();
    for (ProtocolVersion v : {ProtocolVersion::V311, ProtocolVersion::V5}) {
        ProtocolError error;
        const QByteArray bytes = Codec::encode(packet, v, &error);
        if (bytes.isEmpty()) {
            if (!error.isError() || error.message.isEmpty())
                return fail(failure, QStringLiteral("encoder failed without a reason"));
            continue;
        }
        StreamDecoder decoder(v);
        decoder.append(bytes);
        Packet decoded;
        if (decoder.next(&decoded) != StreamDecoder::Status::PacketReady || decoder.bufferedBytes() != 0)
            return fail(failure, QStringLiteral("encoded %1 is rejected by the decoder: %2 (%3)")
                                     .arg(packetTypeName(packetTypeOf(packet)), decoder.error().message,
                                          QString::fromLatin1(bytes.toHex())));
        if (!(decoded == normalised(packet, v)))
            return fail(failure, QStringLiteral("encoded %1 decodes to a different packet (%2)")
                                     .arg(packetTypeName(packetTypeOf(packet)), QString::fromLatin1(bytes.toHex())));
    }
    return true;
}

} // namespace

unsigned char controlByte(bool v5, int chunkSelector, bool smallMaximum, bool encoderRecipe)
{
    return static_cast<unsigned char>((v5 ? 1 : 0) | ((chunkSelector & 7) << 1) | (smallMaximum ? 0x10 : 0)
                                      | (encoderRecipe ? 0x20 : 0));
}

bool run(const unsigned char *data, std::size_t size, QString *failure)
{
    if (size < 1)
        return true;
    const unsigned char control = data[0];
    const ProtocolVersion version = (control & 1) ? ProtocolVersion::V5 : ProtocolVersion::V311;
    const qsizetype chunk = ChunkSizes[(control >> 1) & 7];
    const quint32 maximum = (control & 0x10) ? 64 : 0;
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    Outcome chunked;
    if (!decodeStream(stream, version, chunk, maximum, &chunked, failure))
        return false;
    if (chunk != 0) {
        // However the bytes are split, the same packets come out and the same error ends it.
        Outcome whole;
        if (!decodeStream(stream, version, 0, maximum, &whole, failure))
            return false;
        if (whole.packets != chunked.packets || whole.last != chunked.last || whole.error != chunked.error)
            return fail(failure, QStringLiteral("chunked decoding differs from decoding all at once"));
    }

    // The stream as a single packet: fixed header byte + body, both versions.
    if (!stream.isEmpty()) {
        for (ProtocolVersion v : {ProtocolVersion::V311, ProtocolVersion::V5}) {
            Packet packet;
            ProtocolError error;
            if (Codec::decode(quint8(stream[0]), stream.sliced(1), v, &packet, &error)) {
                if (!checkRoundTrip(packet, v, failure))
                    return false;
            } else if (!error.isError() || error.message.isEmpty()) {
                return fail(failure, QStringLiteral("Codec::decode failed without a reason"));
            }
        }
    }
    if ((control & 0x20) && !checkEncoder(data + 1, size - 1, failure))
        return false;
    return true;
}

} // namespace FuzzExercise
