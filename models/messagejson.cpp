#include "messagejson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

namespace MessageJson {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

QJsonObject toJson(const Mqtt::Message &message)
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

QByteArray toLine(const Mqtt::Message &message)
{
    return QJsonDocument(toJson(message)).toJson(QJsonDocument::Compact) + '\n';
}

bool fromLine(const QByteArray &line, Mqtt::Message *message, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    const QJsonObject o = doc.object();
    if (!o.value(QStringLiteral("topic")).isString()) {
        if (error)
            *error = QStringLiteral("no topic");
        return false;
    }
    Mqtt::Message m;
    m.setTopic(o.value(QStringLiteral("topic")).toString());
    const QString payload = o.value(QStringLiteral("payload")).toString();
    m.setPayload(o.value(QStringLiteral("payload_base64")).toBool() ? QByteArray::fromBase64(payload.toLatin1()) : payload.toUtf8());
    m.setQos(quint8(qBound(0, o.value(QStringLiteral("qos")).toInt(), 2)));
    m.setRetain(o.value(QStringLiteral("retain")).toBool());
    m.setTimestamp(qint64(o.value(QStringLiteral("timestamp")).toDouble()));
    Mqtt::Properties &props = m.properties();
    if (o.contains(QStringLiteral("payload_format")))
        props.setValue(Mqtt::PropertyId::PayloadFormatIndicator, o.value(QStringLiteral("payload_format")).toInt());
    if (o.contains(QStringLiteral("message_expiry")))
        props.setValue(Mqtt::PropertyId::MessageExpiryInterval, quint32(o.value(QStringLiteral("message_expiry")).toDouble()));
    if (o.contains(QStringLiteral("content_type")))
        props.setValue(Mqtt::PropertyId::ContentType, o.value(QStringLiteral("content_type")).toString());
    if (o.contains(QStringLiteral("response_topic")))
        props.setValue(Mqtt::PropertyId::ResponseTopic, o.value(QStringLiteral("response_topic")).toString());
    if (o.contains(QStringLiteral("correlation_data")))
        props.setValue(Mqtt::PropertyId::CorrelationData,
                       QByteArray::fromBase64(o.value(QStringLiteral("correlation_data")).toString().toLatin1()));
    for (const QJsonValue &pair : o.value(QStringLiteral("user_properties")).toArray())
        props.addUserProperty(pair.toArray().at(0).toString(), pair.toArray().at(1).toString());
    for (const QJsonValue &id : o.value(QStringLiteral("subscription_identifiers")).toArray())
        props.addSubscriptionIdentifier(quint32(id.toDouble()));
    *message = m;
    return true;
}

namespace {
QByteArray csvField(const QByteArray &field)
{
    if (!field.contains(',') && !field.contains('"') && !field.contains('\n') && !field.contains('\r'))
        return field;
    QByteArray quoted = field;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}
} // namespace

QByteArray csvHeader()
{
    return "time,direction,topic,qos,retain,size,payload,payload_base64\r\n";
}

QByteArray csvRow(const Mqtt::Message &message, bool sent)
{
    const QByteArray payload = message.payload();
    const bool text = isValidUtf8(payload);
    QByteArrayList fields;
    fields << QDateTime::fromMSecsSinceEpoch(message.timestamp()).toUTC().toString(Qt::ISODateWithMs).toUtf8()
           << (sent ? "out" : "in") << csvField(message.topic().toUtf8()) << QByteArray::number(message.qos())
           << (message.retain() ? "true" : "false") << QByteArray::number(payload.size())
           << csvField(text ? payload : payload.toBase64()) << (text ? "false" : "true");
    return fields.join(',') + "\r\n";
}

} // namespace MessageJson
