#include "messageformatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

bool MessageFormatter::isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

QJsonObject MessageFormatter::toJson(const Mqtt::Message &message)
{
    QJsonObject o;
    o.insert(QStringLiteral("topic"), message.topic());
    o.insert(QStringLiteral("qos"), message.qos());
    o.insert(QStringLiteral("retain"), message.retain());
    const QByteArray payload = message.payload();
    const bool text = isValidUtf8(payload);
    o.insert(QStringLiteral("payload"), text ? QString::fromUtf8(payload) : QString::fromLatin1(payload.toBase64()));
    o.insert(QStringLiteral("payload_base64"), !text);
    if (message.timestamp() > 0)
        o.insert(QStringLiteral("timestamp"), double(message.timestamp()));

    const Mqtt::Properties props = message.properties();
    if (props.isEmpty())
        return o;
    if (auto v = props.payloadFormatIndicator())
        o.insert(QStringLiteral("payload_format"), double(*v));
    if (auto v = props.messageExpiryInterval())
        o.insert(QStringLiteral("message_expiry"), double(*v));
    if (auto v = props.contentType())
        o.insert(QStringLiteral("content_type"), *v);
    if (auto v = props.responseTopic())
        o.insert(QStringLiteral("response_topic"), *v);
    if (auto v = props.correlationData())
        o.insert(QStringLiteral("correlation_data"), QString::fromLatin1(v->toBase64()));
    const Mqtt::UserProperties user = props.userProperties();
    if (!user.isEmpty()) {
        // A list of pairs, not an object: MQTT 5 §3.3.2.3.7 allows the same name twice and
        // the order is significant.
        QJsonArray pairs;
        for (const Mqtt::UserProperty &p : user)
            pairs.append(QJsonArray{p.first, p.second});
        o.insert(QStringLiteral("user_properties"), pairs);
    }
    const QList<quint32> ids = props.subscriptionIdentifiers();
    if (!ids.isEmpty()) {
        QJsonArray array;
        for (quint32 id : ids)
            array.append(double(id));
        o.insert(QStringLiteral("subscription_identifiers"), array);
    }
    return o;
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
