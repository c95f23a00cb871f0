#include "codecreader_p.h"

#include <QStringDecoder>

namespace Mqtt::CodecPrivate {

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

QString decodeUtf8(const uchar *s, qsizetype n)
{
    const char *data = reinterpret_cast<const char *>(s);
    if (n < 3 || s[0] != 0xEF || s[1] != 0xBB || s[2] != 0xBF)
        return QString::fromUtf8(data, n);
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(QByteArrayView(data, n));
}

bool Reader::properties(Properties *out, PacketType context)
{
    quint32 length = 0;
    if (!vbi(&length, QT_TRANSLATE_NOOP("Mqtt", "property length")))
        return false;
    if (length == 0)
        return true;
    if (quint64(length) > quint64(m_end - m_p))
        return failIn(
            context, ReasonCode::MalformedPacket,
            QCoreApplication::translate("Mqtt", "property length %1 exceeds the rest of the packet (MQTT 5 §2.2.2.1)")
                .arg(length));
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
    quint32 rawId = 0;
    if (!vbi(&rawId, QT_TRANSLATE_NOOP("Mqtt", "property identifier")))
        return false;
    const PropertyType type = rawId <= 0xFF ? propertyType(quint8(rawId)) : PropertyType::Invalid;
    if (type == PropertyType::Invalid)
        return failIn(context, ReasonCode::MalformedPacket,
                      QCoreApplication::translate("Mqtt", "unknown property identifier 0x%1 (MQTT 5 §2.2.2.2)")
                          .arg(rawId, 2, 16, QLatin1Char('0')));
    const auto id = PropertyId(rawId);
    if (!isPropertyAllowed(id, context))
        return failIn(context, ReasonCode::ProtocolError,
                      QCoreApplication::translate("Mqtt", "property %1 (0x%2) is not allowed here (MQTT 5 §2.2.2.2)")
                          .arg(propertyName(id))
                          .arg(rawId, 2, 16, QLatin1Char('0')));
    const quint64 mask = quint64(1) << rawId; // all identifiers are below 64
    if ((*seen & mask) && !isPropertyRepeatable(id, context))
        return failIn(context, ReasonCode::ProtocolError,
                      QCoreApplication::translate("Mqtt", "property %1 appears more than once (MQTT 5 §2.2.2.2)")
                          .arg(propertyName(id)));
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

} // namespace Mqtt::CodecPrivate
