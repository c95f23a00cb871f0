#pragma once

#include "message.h"

#include <QByteArray>
#include <QJsonObject>

// How `mqttscope-cli sub` prints one message: its payload, "topic payload" (-v), or one JSON
// object per line (--json) that scripts can parse.
class MessageFormatter
{
public:
    enum class Style { Payload, TopicAndPayload, Json };

    explicit MessageFormatter(Style style = Style::Payload) : m_style(style) {}

    // One line, newline included.
    QByteArray format(const Mqtt::Message &message) const;
    // The same line appended to `out` (sub formats a whole network read into one buffer).
    void appendTo(QByteArray &out, const Mqtt::Message &message) const;

    // The --json object. Keys: topic, qos, retain, payload, payload_base64 (true when the
    // payload is not valid UTF-8 and "payload" holds base64), timestamp (ms since the epoch,
    // when known), and for MQTT 5 the properties present: payload_format, message_expiry,
    // content_type, response_topic, correlation_data (base64), user_properties (list of
    // [key, value] pairs, in order, duplicates kept), subscription_identifiers.
    static QJsonObject toJson(const Mqtt::Message &message);
    static bool isValidUtf8(const QByteArray &bytes);
    // text as UTF-8 at the end of out.
    static void appendUtf8(QByteArray &out, const QString &text);
    // The --json line of a message without properties, written directly; false (and out
    // unchanged) for a message with properties.
    static bool appendPlainJson(QByteArray &out, const Mqtt::Message &message);

private:
    Style m_style;
};
