#pragma once

#include "message.h"
#include "payloadencoder.h"

#include <QCoreApplication>
#include <QJsonObject>

// Everything the publisher's editor holds for one message: topic, payload as typed (with its
// format), QoS, retain and the MQTT 5 properties. A value type: history entries and saved
// messages are drafts, and it has a stable JSON form (kept in the profile).
struct PublishDraft
{
    Q_DECLARE_TR_FUNCTIONS(PublishDraft)
public:
    QString topic;
    PayloadFormat format = PayloadFormat::Text;
    QString payloadText;  // Text/JSON/Hex/Base64
    QByteArray fileBytes; // File: the bytes read (stored as Base64 in JSON)
    QString fileName;     // File: where they came from (for the user)
    quint8 qos = 0;
    bool retain = false;

    // MQTT 5 properties; empty/negative = absent.
    QString contentType;
    int payloadFormatIndicator = -1; // 0 unspecified bytes, 1 UTF-8
    qint64 messageExpiry = -1;       // seconds
    QString responseTopic;
    QString correlationData;
    bool correlationHex = false; // correlationData is hex digits
    Mqtt::UserProperties userProperties;
    int topicAlias = 0; // 0 = none

    // Topic as the user typed it: no wildcards, valid UTF-8, not empty unless an alias is set.
    static bool validateTopic(const QString &topic, bool aliasSet, QString *why);

    // The payload bytes (placeholders, if any, already expanded in payloadText).
    PayloadEncoder::Result payload() const;
    // The message to publish; false with *why when something is invalid (topic, payload,
    // correlation data, response topic).
    bool toMessage(Mqtt::Message *message, QString *why) const;
    // A draft that republishes a message as it is (payload in its natural format).
    static PublishDraft fromMessage(const Mqtt::Message &message);

    QJsonObject toJson() const;
    static PublishDraft fromJson(const QJsonObject &json);

    // One line for lists: "QoS 1 · retained · sensors/t — {"t": 21}".
    QString summary() const;

    bool operator==(const PublishDraft &other) const;
    bool operator!=(const PublishDraft &other) const { return !(*this == other); }
};
