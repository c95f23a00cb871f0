#include "codec_p.h"

namespace Mqtt {

using namespace CodecPrivate;

// MQTT 5 §2.1.4: 1 header byte + 4 length bytes + 268,435,455 body bytes.
static constexpr quint32 ProtocolMaximumPacketSize = 268435460;
// From this size on a packet gets a buffer of its own, exactly as large as the packet, which
// a PUBLISH payload then takes over, and the buffer is not kept afterwards.
static constexpr quint64 LargePacket = 256 * 1024;

StreamDecoder::StreamDecoder(ProtocolVersion version)
    : m_version(version), m_maximumPacketSize(ProtocolMaximumPacketSize), m_payloadBlocks(std::make_unique<PayloadBlocks>())
{
}

StreamDecoder::~StreamDecoder() = default;
StreamDecoder::StreamDecoder(StreamDecoder &&) noexcept = default;
StreamDecoder &StreamDecoder::operator=(StreamDecoder &&) noexcept = default;

void StreamDecoder::append(QByteArrayView bytes)
{
    if (m_error.isError() || bytes.isEmpty())
        return; // the stream cannot be resynchronised; nothing more is kept
    // Drop what has been consumed before growing, so the buffer holds at most one partial
    // packet plus whatever the socket delivered.
    if (m_offset == m_buffer.size()) {
        m_buffer.resize(0); // keeps the capacity for the next read
        m_offset = 0;
    } else if (m_offset > 0 && (m_offset >= m_buffer.size() / 2 || m_offset >= 64 * 1024)) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    // A large buffer grows by what arrives, not by doubling (next() sizes it for a large packet
    // once its length is known).
    const qsizetype needed = m_buffer.size() + bytes.size();
    if (needed > m_buffer.capacity() && quint64(needed) >= LargePacket)
        m_buffer.reserve(needed);
    m_buffer.append(bytes.data(), bytes.size());
}

StreamDecoder::Status StreamDecoder::next(Packet *packet)
{
    if (m_error.isError())
        return Status::Error;
    const qsizetype available = m_buffer.size() - m_offset;
    if (available < 2)
        return Status::NeedMoreData;
    const auto *p = reinterpret_cast<const uchar *>(m_buffer.constData()) + m_offset;

    // §2.1.4 remaining length: a Variable Byte Integer of at most four bytes.
    quint32 remaining = 0;
    qsizetype lengthBytes = 0;
    for (;;) {
        if (lengthBytes == 4) {
            fail(&m_error, PacketType(p[0] >> 4), ReasonCode::MalformedPacket,
                 QCoreApplication::translate("Mqtt", "remaining length uses more than four bytes (MQTT 5 §1.5.5)"));
            return Status::Error;
        }
        if (1 + lengthBytes >= available)
            return Status::NeedMoreData;
        const uchar b = p[1 + lengthBytes];
        remaining |= quint32(b & 0x7F) << (7 * lengthBytes);
        ++lengthBytes;
        if (!(b & 0x80))
            break;
    }
    // Checked before any of the body is waited for or buffered: whatever the length claims,
    // no more than the maximum packet size is ever held for one packet.
    const quint64 total = quint64(1) + quint64(lengthBytes) + quint64(remaining);
    if (total > m_maximumPacketSize) {
        fail(&m_error, PacketType(p[0] >> 4), ReasonCode::PacketTooLarge,
             QCoreApplication::translate("Mqtt", "packet of %1 bytes exceeds the maximum packet size of %2 bytes "
                                                 "(MQTT 5 §3.1.2.11.4)")
                 .arg(total)
                 .arg(m_maximumPacketSize));
        return Status::Error;
    }
    if (quint64(available) < total) {
        // Growing by doubling while a large packet arrives would hold up to twice its size.
        if (total >= LargePacket && quint64(m_buffer.capacity()) < quint64(m_offset) + total) {
            m_buffer.remove(0, m_offset);
            m_offset = 0;
            m_buffer.reserve(qsizetype(total));
        }
        return Status::NeedMoreData;
    }

    const QByteArrayView body(reinterpret_cast<const char *>(p) + 1 + lengthBytes, qsizetype(remaining));
    Packet scratch;
    bool ok = false;
    if (total >= LargePacket) {
        // Bytes after the packet move to a new buffer; the packet's buffer goes to the payload
        // (PUBLISH) or is freed, so no large allocation outlives the packet.
        QByteArray tail(reinterpret_cast<const char *>(p) + total, available - qsizetype(total));
        m_buffer.truncate(m_offset + qsizetype(total));
        ok = CodecPrivate::decode(p[0], body, m_version, packet ? packet : &scratch, &m_error, &m_buffer);
        m_buffer = tail;
        m_offset = 0;
    } else {
        ok = CodecPrivate::decode(p[0], body, m_version, packet ? packet : &scratch, &m_error, nullptr,
                                  m_payloadBlocks.get());
        m_offset += qsizetype(total);
    }
    if (!ok) {
        if (!m_error.isError())
            m_error = {ReasonCode::MalformedPacket, QCoreApplication::translate("Mqtt", "undecodable packet")};
        return Status::Error;
    }
    return Status::PacketReady;
}

void StreamDecoder::reset()
{
    m_payloadBlocks->clear();
    m_buffer.clear();
    m_offset = 0;
    m_error = {};
}

} // namespace Mqtt
