#pragma once

// Rules shared by the encoder and the decoder. Internal to the mqtt library.

#include "codec.h"

#include <QCoreApplication>

namespace Mqtt::CodecPrivate {

// The Will properties are a context of their own in the §2.2.2.2 table; PacketType 0 is
// reserved on the wire, so it stands for "Will properties" here.
constexpr PacketType WillContext = PacketType::Reserved;

// Largest value a Variable Byte Integer can hold (§1.5.5) and so the largest remaining length.
constexpr quint32 MaxVariableByteInteger = 268435455;

inline QString contextName(PacketType context)
{
    return context == WillContext ? QCoreApplication::translate("Mqtt", "Will properties") : packetTypeName(context);
}

inline bool fail(ProtocolError *error, PacketType context, ReasonCode code, const QString &text)
{
    if (error) {
        error->code = code;
        error->message = contextName(context) + QLatin1String(": ") + text;
    }
    return false;
}

// A topic or string as shown inside an error message: control characters made visible and
// long text shortened, so a hostile 65,535-byte topic does not flood the log.
QString displayText(const QString &text);

// MQTT 5 §2.2.2.2: whether the property may appear in the given packet (or Will).
bool isPropertyAllowed(PropertyId id, PacketType context);
// Whether the property may appear more than once in this context: User Property always,
// Subscription Identifier only in PUBLISH (§3.3.2.3.8; once in SUBSCRIBE, §3.8.2.1.2).
inline bool isPropertyRepeatable(PropertyId id, PacketType context)
{
    return id == PropertyId::UserProperty || (id == PropertyId::SubscriptionIdentifier && context == PacketType::Publish);
}
// Range rules for integer property values (e.g. Receive Maximum 0 is a Protocol Error).
// Returns false and fills *error when the value is out of range.
bool checkPropertyValue(PropertyId id, quint32 value, PacketType context, ProtocolError *error);

// MQTT 5 reason codes allowed in each packet (§3.2.2.2, §3.4.2.1, ..., §3.15.2.1).
bool isReasonCodeAllowed(PacketType type, quint8 code);

// Where a decoder copies small PUBLISH payloads: blocks of BlockBytes that each hold many of
// them, one after the other. Every payload is a QByteArray sharing its block (NUL-terminated
// like any QByteArray, read-only to everyone else), so a network read of hundreds of small
// messages costs a few allocations instead of one per payload. A block goes when the decoder
// has moved on to the next one and the last payload cut from it is gone, so a payload kept for
// long keeps at most BlockBytes alive. Larger payloads get a QByteArray of their own.
class PayloadBlocks
{
public:
    static constexpr qsizetype BlockBytes = 16 * 1024;
    static constexpr qsizetype MaxShared = 1024; // larger payloads are copied on their own

    QByteArray copy(const char *data, qsizetype n);
    void clear();

private:
    QByteArray m_block; // size 0; payloads are written into its capacity
    char *m_base = nullptr;
    qsizetype m_used = 0;
};

// Codec::decode; with `owner` (a buffer that ends where `body` ends and that nobody shares) a
// PUBLISH payload takes the buffer over instead of being copied out of it; with `blocks` a
// small PUBLISH payload is copied into a shared block.
bool decode(quint8 fixedHeader, QByteArrayView body, ProtocolVersion version, Packet *packet, ProtocolError *error,
            QByteArray *owner, PayloadBlocks *blocks = nullptr);

// §2.1.3: the flags every packet type but PUBLISH must carry.
inline quint8 requiredFlags(PacketType type)
{
    return (type == PacketType::Pubrel || type == PacketType::Subscribe || type == PacketType::Unsubscribe) ? 0x2 : 0x0;
}

} // namespace Mqtt::CodecPrivate
