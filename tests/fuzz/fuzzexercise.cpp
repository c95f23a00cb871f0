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

} // namespace

unsigned char controlByte(bool v5, int chunkSelector, bool smallMaximum)
{
    return static_cast<unsigned char>((v5 ? 1 : 0) | ((chunkSelector & 7) << 1) | (smallMaximum ? 0x10 : 0));
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
    return true;
}

} // namespace FuzzExercise
