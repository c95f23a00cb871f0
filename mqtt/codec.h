#pragma once

#include "packets.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace Mqtt {

namespace CodecPrivate {
class PayloadBlocks;
}

// A decoding (or encoding) failure: the MQTT 5 reason code the specification prescribes
// (MalformedPacket, ProtocolError, PacketTooLarge, TopicAliasInvalid, ...) and a sentence a
// user can act on, e.g. "PUBLISH: topic name contains U+0000 (MQTT 5 §1.5.4)".
struct ProtocolError
{
    ReasonCode code = ReasonCode::Success;
    QString message;
    bool isError() const { return code != ReasonCode::Success; }
};

namespace Codec {

// Serialises a packet for the given protocol version. Fields that do not exist in 3.1.1
// (properties, reason codes other than the CONNACK/SUBACK ones) are left out for V311.
// Returns an empty array and fills *error when the packet cannot be represented
// (e.g. a string longer than 65,535 bytes, QoS 3, a property not allowed in this packet).
// Who sends the packet, for the rules that depend on the direction.
enum class Sender { Any, Client, Server };
// With Sender::Client, a PUBLISH with a Subscription Identifier is refused ([MQTT-3.3.4-6]).
QByteArray encode(const Packet &packet, ProtocolVersion version, ProtocolError *error = nullptr,
                  Sender sender = Sender::Any);

// Decodes exactly one packet whose fixed header byte and body (the bytes after the remaining
// length) are given. Strict: reserved flags, UTF-8 validity, U+0000, duplicate or misplaced
// properties, packet id 0, QoS 3, ... are reported in *error and false is returned.
bool decode(quint8 fixedHeader, QByteArrayView body, ProtocolVersion version, Packet *packet,
            ProtocolError *error);

// Encodes/decodes MQTT §1.5.5 Variable Byte Integers (max 268,435,455).
void appendVariableByteInteger(QByteArray &out, quint32 value);

} // namespace Codec

// Incremental decoder for a byte stream: feed it whatever the socket delivered, then pull
// complete packets. Partial packets are kept across calls. It never allocates more than the
// configured maximum packet size for one packet, whatever the remaining length claims.
class StreamDecoder
{
public:
    enum class Status { NeedMoreData, PacketReady, Error };

    explicit StreamDecoder(ProtocolVersion version = ProtocolVersion::V5);
    ~StreamDecoder();
    StreamDecoder(StreamDecoder &&) noexcept;
    StreamDecoder &operator=(StreamDecoder &&) noexcept;

    void setProtocolVersion(ProtocolVersion version) { m_version = version; }
    ProtocolVersion protocolVersion() const { return m_version; }
    // Largest packet (fixed header included) we accept; bigger ones are a PacketTooLarge
    // error before their body is buffered. Default: the protocol maximum, 268,435,460 bytes.
    void setMaximumPacketSize(quint32 bytes) { m_maximumPacketSize = bytes; }
    quint32 maximumPacketSize() const { return m_maximumPacketSize; }

    void append(QByteArrayView bytes);
    // Decodes the next complete packet. After Error, error() says why and the decoder stays
    // in the error state until reset(): the stream cannot be resynchronised.
    Status next(Packet *packet);
    ProtocolError error() const { return m_error; }
    // Bytes buffered but not yet consumed.
    qsizetype bufferedBytes() const { return m_buffer.size() - m_offset; }
    // Bytes allocated for the buffer (for tests of the memory use).
    qsizetype bufferCapacity() const { return m_buffer.capacity(); }
    void reset();

private:
    ProtocolVersion m_version;
    quint32 m_maximumPacketSize;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    ProtocolError m_error;
    // Small PUBLISH payloads are copied into shared blocks (CodecPrivate::PayloadBlocks).
    std::unique_ptr<CodecPrivate::PayloadBlocks> m_payloadBlocks;
};

} // namespace Mqtt
