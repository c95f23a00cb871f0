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

void MessageFormatter::appendTo(QByteArray &out, const Mqtt::Message &message) const
{
    switch (m_style) {
    case Style::Payload:
        out += message.payload();
        out += '\n';
        return;
    case Style::TopicAndPayload:
        out += message.topic().toUtf8();
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
