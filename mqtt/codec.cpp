#include "codec.h"

// Temporary stub so the library links; the real encoder/decoder follows shortly.
namespace Mqtt {

namespace Codec {

QByteArray encode(const Packet &, ProtocolVersion, ProtocolError *error)
{
    if (error)
        *error = {ReasonCode::ImplementationSpecificError, QStringLiteral("codec not implemented yet")};
    return {};
}

bool decode(quint8, QByteArrayView, ProtocolVersion, Packet *, ProtocolError *error)
{
    if (error)
        *error = {ReasonCode::ImplementationSpecificError, QStringLiteral("codec not implemented yet")};
    return false;
}

void appendVariableByteInteger(QByteArray &out, quint32 value)
{
    do {
        quint8 b = value % 128;
        value /= 128;
        if (value)
            b |= 0x80;
        out.append(char(b));
    } while (value);
}

} // namespace Codec

StreamDecoder::StreamDecoder(ProtocolVersion version) : m_version(version), m_maximumPacketSize(268435460) {}
void StreamDecoder::append(QByteArrayView bytes) { m_buffer.append(bytes.data(), bytes.size()); }
StreamDecoder::Status StreamDecoder::next(Packet *) { return Status::NeedMoreData; }
void StreamDecoder::reset()
{
    m_buffer.clear();
    m_offset = 0;
    m_error = {};
}

} // namespace Mqtt
