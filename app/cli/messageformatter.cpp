#include "messageformatter.h"

#include "messagejson.h"

#include <QJsonDocument>

#include <algorithm>

bool MessageFormatter::isValidUtf8(const QByteArray &bytes)
{
    return MessageJson::isValidUtf8(bytes);
}

// One format for the CLI and the GUI's exports (models/messagejson.h), so their files mix.
QJsonObject MessageFormatter::toJson(const Mqtt::Message &message)
{
    return MessageJson::toJson(message);
}

void MessageFormatter::appendUtf8(QByteArray &out, const QString &text)
{
    // Topics are nearly always ASCII: copied byte by byte into the buffer, without the
    // temporary QByteArray toUtf8() allocates for each.
    const qsizetype at = out.size();
    out.resize(at + text.size());
    char *dst = out.data() + at;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            out.resize(at);
            out += text.toUtf8();
            return;
        }
        *dst++ = char(c.unicode());
    }
}

void MessageFormatter::appendTo(QByteArray &out, const Mqtt::Message &message) const
{
    switch (m_style) {
    case Style::Payload:
        out += message.payload();
        out += '\n';
        return;
    case Style::TopicAndPayload:
        appendUtf8(out, message.topic());
        out += ' ';
        out += message.payload();
        out += '\n';
        return;
    case Style::Json:
        break;
    }
    if (appendPlainJson(out, message))
        return;
    out += QJsonDocument(toJson(message)).toJson(QJsonDocument::Compact);
    out += '\n';
}

namespace {
// UTF-8 bytes as the inside of a JSON string, escaped the way QJsonDocument escapes them.
void appendJsonEscaped(QByteArray &out, const char *bytes, qsizetype size)
{
    static constexpr char Hex[] = "0123456789abcdef";
    qsizetype plain = 0; // start of the run not yet copied
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = uchar(bytes[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(bytes + plain, i - plain);
        plain = i + 1;
        out += '\\';
        switch (c) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '\b': out += 'b'; break;
        case '\f': out += 'f'; break;
        case '\n': out += 'n'; break;
        case '\r': out += 'r'; break;
        case '\t': out += 't'; break;
        default:
            out += "u00";
            out += Hex[c >> 4];
            out += Hex[c & 0xf];
        }
    }
    out.append(bytes + plain, size - plain);
}
} // namespace

bool MessageFormatter::appendPlainJson(QByteArray &out, const Mqtt::Message &message)
{
    // The same bytes QJsonDocument writes for toJson() (keys sorted, compact), written
    // directly for a message without properties: the common case, at a fraction of the cost.
    // Messages with properties take the QJsonDocument path.
    if (!message.properties().isEmpty())
        return false;
    const QByteArray payload = message.payload();
    const bool text = isValidUtf8(payload);
    out += "{\"payload\":\"";
    if (text)
        appendJsonEscaped(out, payload.constData(), payload.size());
    else
        out += payload.toBase64();
    out += text ? "\",\"payload_base64\":false,\"qos\":" : "\",\"payload_base64\":true,\"qos\":";
    out += char('0' + message.qos());
    out += message.retain() ? ",\"retain\":true" : ",\"retain\":false";
    if (message.timestamp() > 0) {
        out += ",\"timestamp\":";
        out += QByteArray::number(message.timestamp());
    }
    out += ",\"topic\":\"";
    const qsizetype topicAt = out.size();
    appendUtf8(out, message.topic());
    const auto needsEscape = [](char c) { return uchar(c) < 0x20 || c == '"' || c == '\\'; };
    if (std::any_of(out.cbegin() + topicAt, out.cend(), needsEscape)) { // rare in a topic
        const QByteArray topic = out.mid(topicAt);
        out.resize(topicAt);
        appendJsonEscaped(out, topic.constData(), topic.size());
    }
    out += "\"}\n";
    return true;
}

QByteArray MessageFormatter::format(const Mqtt::Message &message) const
{
    QByteArray line;
    appendTo(line, message);
    return line;
}
