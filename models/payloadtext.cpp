#include "payloadtext.h"

namespace PayloadText {

namespace {

const QChar Ellipsis(0x2026);

// Length of the UTF-8 sequence a lead byte announces, 0 for an invalid lead byte.
int sequenceLength(uchar c)
{
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return 2;
    if (c >= 0xE0 && c <= 0xEF)
        return 3;
    if (c >= 0xF0 && c <= 0xF4)
        return 4;
    return 0;
}

} // namespace

bool isText(QByteArrayView bytes, bool cut)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
                return false;
            ++i;
            continue;
        }
        const int len = sequenceLength(c);
        if (len == 0)
            return false;
        if (i + len > n)
            return cut; // a multi-byte character cut by the prefix
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        }
        // Overlong 3/4-byte forms, UTF-16 surrogates and code points past U+10FFFF.
        if ((c == 0xE0 && p[i + 1] < 0xA0) || (c == 0xED && p[i + 1] >= 0xA0) || (c == 0xF0 && p[i + 1] < 0x90)
            || (c == 0xF4 && p[i + 1] >= 0x90))
            return false;
        i += len;
    }
    return true;
}

QString hex(QByteArrayView bytes, int maxBytes, bool more)
{
    const qsizetype n = qMin<qsizetype>(bytes.size(), maxBytes);
    QString out;
    out.reserve(n * 3 + 2);
    static const char digits[] = "0123456789abcdef";
    for (qsizetype i = 0; i < n; ++i) {
        if (i)
            out += QLatin1Char(' ');
        const auto c = uchar(bytes[i]);
        out += QLatin1Char(digits[c >> 4]);
        out += QLatin1Char(digits[c & 0xF]);
    }
    if (more || n < bytes.size())
        out += QLatin1Char(' ') + Ellipsis;
    return out;
}

QString preview(QByteArrayView bytes, int maxChars, qsizetype fullSize)
{
    const bool cut = fullSize > bytes.size();
    if (!isText(bytes, cut))
        return hex(bytes, qMax(1, maxChars / 3), cut);

    // Decoding more than maxChars characters needs at most 4 bytes each.
    const qsizetype take = qMin<qsizetype>(bytes.size(), qsizetype(maxChars) * 4 + 4);
    QString text = QString::fromUtf8(bytes.first(take));
    bool truncated = cut || take < bytes.size();
    if (cut && !text.isEmpty() && text.back() == QChar::ReplacementCharacter)
        text.chop(1); // the half character the prefix ended in
    if (text.size() > maxChars) {
        qsizetype keep = maxChars;
        if (keep > 0 && text.at(keep - 1).isHighSurrogate())
            --keep;
        text.truncate(keep);
        truncated = true;
    }
    for (QChar &ch : text) {
        if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r') || ch == QLatin1Char('\t'))
            ch = QLatin1Char(' ');
    }
    if (truncated)
        text += Ellipsis;
    return text;
}

} // namespace PayloadText
