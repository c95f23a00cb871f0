#include "messageformatter.h"

#include "messagejson.h"

#include <QJsonDocument>

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
    out += QJsonDocument(toJson(message)).toJson(QJsonDocument::Compact);
    out += '\n';
}

QByteArray MessageFormatter::format(const Mqtt::Message &message) const
{
    switch (m_style) {
    case Style::Payload:
        return message.payload() + '\n';
    case Style::TopicAndPayload:
        return message.topic().toUtf8() + ' ' + message.payload() + '\n';
    case Style::Json:
        break;
    }
    return QJsonDocument(toJson(message)).toJson(QJsonDocument::Compact) + '\n';
}
