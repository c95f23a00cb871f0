#pragma once

// The bounds-checked reader the decoder parses packet bodies with. Internal to the mqtt library.

#include "codec_p.h"

namespace Mqtt::CodecPrivate {

// §1.5.4: well-formed UTF-8 (no overlong forms, no surrogates U+D800..U+DFFF, nothing above
// U+10FFFF) and no U+0000.
enum class Utf8Check { Ascii, Valid, Invalid, ContainsNul };

Utf8Check checkUtf8(const uchar *s, qsizetype n);
// Converts validated UTF-8 keeping a leading 0xEF 0xBB 0xBF as U+FEFF, which §1.5.4 says
// "MUST NOT be skipped over or stripped off" (QString::fromUtf8 strips it).
QString decodeUtf8(const uchar *s, qsizetype n);

class Reader
{
public:
    Reader(QByteArrayView body, PacketType type, ProtocolVersion version, ProtocolError *error)
        : m_p(reinterpret_cast<const uchar *>(body.data())),
          m_end(m_p + body.size()),
          m_type(type),
          m_version(version),
          m_error(error)
    { }

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
        return fail(
            ReasonCode::MalformedPacket,
            QCoreApplication::translate("Mqtt", "packet ends inside the %1 (remaining length too short, MQTT 5 §2.1.4)")
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
                    QCoreApplication::translate(
                        "Mqtt", "the %1 is a Variable Byte Integer longer than four bytes (MQTT 5 §1.5.5)")
                        .arg(whatText(what)));
    }
    bool packetId(quint16 *out)
    {
        if (!u16(out, QT_TRANSLATE_NOOP("Mqtt", "packet identifier")))
            return false;
        if (*out == 0)
            return fail(ReasonCode::ProtocolError,
                        QCoreApplication::translate("Mqtt", "packet identifier 0 is not allowed (MQTT 5 §2.2.1)"));
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
        const uchar *data = nullptr;
        quint16 len = 0;
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
            *out = decodeUtf8(data, len);
            return true;
        case Utf8Check::Invalid:
            return failIn(context, ReasonCode::MalformedPacket,
                          QCoreApplication::translate("Mqtt", "the %1 is not well-formed UTF-8 (MQTT 5 §1.5.4)")
                              .arg(whatText(what)));
        case Utf8Check::ContainsNul:
            return failIn(
                context, ReasonCode::MalformedPacket,
                QCoreApplication::translate("Mqtt", "the %1 contains U+0000 (MQTT 5 §1.5.4)").arg(whatText(what)));
        }
        return false;
    }
    bool binary(QByteArray *out, const char *what)
    {
        const uchar *data = nullptr;
        quint16 len = 0;
        if (!lengthPrefixed(&data, &len, what))
            return false;
        *out = QByteArray(reinterpret_cast<const char *>(data), len);
        return true;
    }
    QByteArray rest()
    {
        if (m_owner) {
            // The rest of the packet is the rest of the owner's buffer: take the buffer over
            // instead of copying (a 100 MB payload must not exist twice). Removing from the
            // front only moves the start pointer of a QByteArray nobody else shares.
            const qsizetype start = m_p - reinterpret_cast<const uchar *>(m_owner->constData());
            const qsizetype n = m_end - m_p;
            QByteArray out = std::exchange(*m_owner, QByteArray());
            out.remove(0, start);
            out.truncate(n);
            m_p = m_end;
            return out;
        }
        const qsizetype n = m_end - m_p;
        QByteArray out = m_blocks ? m_blocks->copy(reinterpret_cast<const char *>(m_p), n)
                                  : QByteArray(reinterpret_cast<const char *>(m_p), n);
        m_p = m_end;
        return out;
    }
    // The body being read ends where this buffer ends and lies inside it: rest() may take it.
    void setOwner(QByteArray *owner) { m_owner = owner; }
    // rest() copies into these blocks (see PayloadBlocks).
    void setPayloadBlocks(PayloadBlocks *blocks) { m_blocks = blocks; }
    bool expectEnd()
    {
        if (m_p != m_end)
            return fail(ReasonCode::MalformedPacket,
                        QCoreApplication::translate("Mqtt",
                                                    "%n unexpected byte(s) after the end of the packet "
                                                    "(MQTT 5 §2.1.4)",
                                                    nullptr, int(m_end - m_p)));
        return true;
    }
    bool reasonCode(ReasonCode *out)
    {
        quint8 code = 0;
        if (!byte(&code, QT_TRANSLATE_NOOP("Mqtt", "reason code")))
            return false;
        return checkReasonCode(code, out);
    }
    bool checkReasonCode(quint8 code, ReasonCode *out)
    {
        if (!isReasonCodeAllowed(m_type, code))
            return fail(
                ReasonCode::ProtocolError,
                QCoreApplication::translate("Mqtt", "reason code 0x%1 is not valid in this packet (MQTT 5 §2.4)")
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

    const uchar *m_p = nullptr;
    const uchar *m_end = nullptr;
    QByteArray *m_owner = nullptr;
    PayloadBlocks *m_blocks = nullptr;
    PacketType m_type;
    ProtocolVersion m_version;
    ProtocolError *m_error;
    quint8 m_property = 0; // the property whose value is being read, 0 outside values
};

} // namespace Mqtt::CodecPrivate
