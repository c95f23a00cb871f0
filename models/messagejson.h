#pragma once

#include "message.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

// The JSON Lines form of a message, shared by `mqttscope-cli sub --json` and the GUI's exports
// so files from both mix. Keys: topic, qos, retain, payload, payload_base64 (true when the
// payload is not valid UTF-8 and "payload" holds base64), timestamp (ms since the epoch, when
// known), and for MQTT 5 the properties present: payload_format, message_expiry, content_type,
// response_topic, correlation_data (base64), user_properties (list of [key, value] pairs, in
// order, duplicates kept), subscription_identifiers. The GUI adds "direction": "out" for
// messages it sent.
namespace MessageJson {

QJsonObject toJson(const Mqtt::Message &message);
// One compact line, newline included.
QByteArray toLine(const Mqtt::Message &message);
// Reads a line written by toLine(); false (and *error) when it is not one.
bool fromLine(const QByteArray &line, Mqtt::Message *message, QString *error = nullptr);
bool isValidUtf8(const QByteArray &bytes);

// CSV (RFC 4180): a header and one row per message: time (ISO 8601, ms), direction, topic,
// qos, retain, size, payload (text, or base64 with payload_base64 true).
QByteArray csvHeader();
QByteArray csvRow(const Mqtt::Message &message, bool sent = false);

} // namespace MessageJson
