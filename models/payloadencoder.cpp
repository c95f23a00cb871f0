#include "payloadencoder.h"

#include "payloadtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

} // namespace

PayloadEncoder::Result PayloadEncoder::parseJson(const QString &text, QByteArray *compact, QByteArray *indented)
{
    Result result;
    const QByteArray utf8 = text.toUtf8();
    // QJsonDocument takes only objects and arrays; any JSON value is a valid payload, so parse
    // it as the single element of an array and unwrap.
    const QByteArray wrapped = '[' + utf8 + "\n]";
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &parseError);
    const bool empty = text.trimmed().isEmpty();
    if (empty || parseError.error != QJsonParseError::NoError || doc.array().size() != 1) {
        if (empty) {
            result.line = 1;
            result.column = 1;
            result.error = tr("Invalid JSON at line %1, column %2: %3")
                               .arg(1)
                               .arg(1)
                               .arg(tr("empty: a JSON payload needs a value (for example {} or \"text\")"));
            return result;
        }
        // Offset into `wrapped`; take off the '[' and count lines and characters before it.
        const qsizetype offset = qBound(qsizetype(0), qsizetype(parseError.offset - 1), utf8.size());
        const QString before = QString::fromUtf8(utf8.left(offset));
        result.line = int(before.count(u'\n')) + 1;
        result.column = int(before.size() - (before.lastIndexOf(u'\n') + 1)) + 1;
        result.position = int(before.size()) + 1;
        const QString what = parseError.error == QJsonParseError::NoError
            ? tr("more than one value (a JSON payload holds exactly one)")
            : parseError.errorString();
        result.error = tr("Invalid JSON at line %1, column %2: %3").arg(result.line).arg(result.column).arg(what);
        return result;
    }
    const QJsonValue value = doc.array().at(0);
    if (value.isObject() || value.isArray()) {
        const QJsonDocument inner = value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
        if (compact)
            *compact = inner.toJson(QJsonDocument::Compact);
        if (indented)
            *indented = inner.toJson(QJsonDocument::Indented).trimmed();
    } else {
        const QByteArray one = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        const QByteArray scalar = one.mid(1, one.size() - 2);
        if (compact)
            *compact = scalar;
        if (indented)
            *indented = scalar;
    }
    result.bytes = utf8;
    return result;
}

PayloadEncoder::Result PayloadEncoder::encode(PayloadFormat format, const QString &text)
{
    Result result;
    switch (format) {
    case PayloadFormat::Text:
        result.bytes = text.toUtf8();
        return result;
    case PayloadFormat::Json:
        return parseJson(text, nullptr, nullptr);
    case PayloadFormat::Hex: {
        QByteArray digits;
        digits.reserve(text.size());
        int lastDigitPos = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isSpace())
                continue;
            if (!isHexDigit(c)) {
                result.position = int(i) + 1;
                result.error = tr("Not a hex digit at position %1: \"%2\" (use 0-9 and a-f; spaces are allowed)")
                                   .arg(result.position)
                                   .arg(c);
                return result;
            }
            digits.append(char(c.unicode()));
            lastDigitPos = int(i) + 1;
        }
        if (digits.size() % 2) {
            result.position = lastDigitPos;
            result.error = tr("Odd number of hex digits (%1): the digit at position %2 has no partner")
                               .arg(digits.size())
                               .arg(lastDigitPos);
            return result;
        }
        result.bytes = QByteArray::fromHex(digits);
        return result;
    }
    case PayloadFormat::Base64: {
        QByteArray chars;
        chars.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isSpace())
                continue;
            const bool valid = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
                || c == u'+' || c == u'/' || c == u'=' || c == u'-' || c == u'_';
            if (!valid) {
                result.position = int(i) + 1;
                result.error = tr("Not a Base64 character at position %1: \"%2\"").arg(result.position).arg(c);
                return result;
            }
            chars.append(char(c.unicode()));
        }
        const auto decoded = QByteArray::fromBase64Encoding(
            chars, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            if (decoded.decodingStatus == QByteArray::Base64DecodingStatus::IllegalPadding)
                result.error = tr("Invalid Base64: wrong padding (\"=\" only at the end, to a multiple of 4 characters)");
            else
                result.error = tr("Invalid Base64: the text does not decode");
            return result;
        }
        result.bytes = decoded.decoded;
        return result;
    }
    case PayloadFormat::File:
        result.error = tr("A file payload is read from the file, not from text");
        return result;
    }
    return result;
}

QString PayloadEncoder::prettyJson(const QString &text, Result *error)
{
    QByteArray indented;
    const Result r = parseJson(text, nullptr, &indented);
    if (error)
        *error = r;
    return r.ok() ? QString::fromUtf8(indented) : QString();
}

QString PayloadEncoder::compactJson(const QString &text, Result *error)
{
    QByteArray compact;
    const Result r = parseJson(text, &compact, nullptr);
    if (error)
        *error = r;
    return r.ok() ? QString::fromUtf8(compact) : QString();
}

QString PayloadEncoder::decode(PayloadFormat format, const QByteArray &bytes)
{
    switch (format) {
    case PayloadFormat::Hex:
        return QString::fromLatin1(bytes.toHex(' '));
    case PayloadFormat::Base64:
        return QString::fromLatin1(bytes.toBase64());
    case PayloadFormat::Text:
    case PayloadFormat::Json:
    case PayloadFormat::File:
        break;
    }
    return QString::fromUtf8(bytes);
}

PayloadFormat PayloadEncoder::guessFormat(const QByteArray &bytes)
{
    if (!PayloadText::isText(bytes))
        return PayloadFormat::Hex;
    const QByteArray t = bytes.trimmed();
    if ((t.startsWith('{') || t.startsWith('[')) && parseJson(QString::fromUtf8(bytes), nullptr, nullptr).ok())
        return PayloadFormat::Json;
    return PayloadFormat::Text;
}

QString PayloadEncoder::formatName(PayloadFormat format)
{
    switch (format) {
    case PayloadFormat::Text:
        return tr("Text");
    case PayloadFormat::Json:
        return tr("JSON");
    case PayloadFormat::Hex:
        return tr("Hex");
    case PayloadFormat::Base64:
        return tr("Base64");
    case PayloadFormat::File:
        return tr("File");
    }
    return {};
}

QString PayloadEncoder::formatKey(PayloadFormat format)
{
    switch (format) {
    case PayloadFormat::Text:
        return QStringLiteral("text");
    case PayloadFormat::Json:
        return QStringLiteral("json");
    case PayloadFormat::Hex:
        return QStringLiteral("hex");
    case PayloadFormat::Base64:
        return QStringLiteral("base64");
    case PayloadFormat::File:
        return QStringLiteral("file");
    }
    return {};
}

PayloadFormat PayloadEncoder::formatFromKey(const QString &key, bool *ok)
{
    for (PayloadFormat f : {PayloadFormat::Text, PayloadFormat::Json, PayloadFormat::Hex, PayloadFormat::Base64,
                            PayloadFormat::File}) {
        if (formatKey(f) == key) {
            if (ok)
                *ok = true;
            return f;
        }
    }
    if (ok)
        *ok = false;
    return PayloadFormat::Text;
}
