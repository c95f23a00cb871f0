#include "publishdraft.h"

#include "payloadtext.h"
#include "topic.h"

#include <QJsonArray>

bool PublishDraft::validateTopic(const QString &topic, bool aliasSet, QString *why)
{
    // MQTT 5 §3.3.2.3.4: with a Topic Alias the topic name may be empty (the alias stands for it).
    if (topic.isEmpty() && aliasSet)
        return true;
    QString reason;
    if (!Mqtt::Topic::isValidTopicName(topic, &reason)) {
        if (why)
            *why = tr("Invalid topic: %1").arg(reason);
        return false;
    }
    return true;
}

PayloadEncoder::Result PublishDraft::payload() const
{
    if (format == PayloadFormat::File) {
        PayloadEncoder::Result r;
        r.bytes = fileBytes;
        return r;
    }
    return PayloadEncoder::encode(format, payloadText);
}

bool PublishDraft::toMessage(Mqtt::Message *message, QString *why) const
{
    if (!validateTopic(topic, topicAlias > 0, why))
        return false;
    const PayloadEncoder::Result body = payload();
    if (!body.ok()) {
        if (why)
            *why = body.error;
        return false;
    }
    Mqtt::Properties props;
    if (!contentType.isEmpty())
        props.setValue(Mqtt::PropertyId::ContentType, contentType);
    if (payloadFormatIndicator >= 0)
        props.setValue(Mqtt::PropertyId::PayloadFormatIndicator, quint32(payloadFormatIndicator));
    if (messageExpiry >= 0)
        props.setValue(Mqtt::PropertyId::MessageExpiryInterval, quint32(qMin<qint64>(messageExpiry, 0xFFFFFFFFLL)));
    if (!responseTopic.isEmpty()) {
        QString reason;
        if (!Mqtt::Topic::isValidTopicName(responseTopic, &reason)) {
            if (why)
                *why = tr("Invalid response topic: %1").arg(reason);
            return false;
        }
        props.setValue(Mqtt::PropertyId::ResponseTopic, responseTopic);
    }
    if (!correlationData.isEmpty()) {
        QByteArray bytes;
        if (correlationHex) {
            const PayloadEncoder::Result r = PayloadEncoder::encode(PayloadFormat::Hex, correlationData);
            if (!r.ok()) {
                if (why)
                    *why = tr("Correlation data: %1").arg(r.error);
                return false;
            }
            bytes = r.bytes;
        } else {
            bytes = correlationData.toUtf8();
        }
        props.setValue(Mqtt::PropertyId::CorrelationData, bytes);
    }
    if (!userProperties.isEmpty())
        props.setUserProperties(userProperties);
    if (topicAlias > 0) {
        if (topicAlias > 65535) {
            if (why)
                *why = tr("Topic alias %1 is out of range (1 to 65535)").arg(topicAlias);
            return false;
        }
        props.setValue(Mqtt::PropertyId::TopicAlias, quint32(topicAlias));
    }
    Mqtt::Message m(topic, body.bytes, qos, retain);
    m.setProperties(props);
    *message = m;
    return true;
}

PublishDraft PublishDraft::fromMessage(const Mqtt::Message &message)
{
    PublishDraft d;
    d.topic = message.topic();
    d.qos = message.qos();
    d.retain = message.retain();
    d.format = PayloadEncoder::guessFormat(message.payload());
    d.payloadText = PayloadEncoder::decode(d.format, message.payload());
    const Mqtt::Properties &p = message.properties();
    d.contentType = p.contentType().value_or(QString());
    if (const auto pfi = p.payloadFormatIndicator())
        d.payloadFormatIndicator = int(*pfi);
    if (const auto expiry = p.messageExpiryInterval())
        d.messageExpiry = qint64(*expiry);
    d.responseTopic = p.responseTopic().value_or(QString());
    if (const auto corr = p.correlationData()) {
        d.correlationHex = !PayloadText::isText(*corr);
        d.correlationData = d.correlationHex ? QString::fromLatin1(corr->toHex(' ')) : QString::fromUtf8(*corr);
    }
    d.userProperties = p.userProperties();
    return d;
}

QJsonObject PublishDraft::toJson() const
{
    QJsonObject o;
    o[QLatin1String("topic")] = topic;
    if (format == PayloadFormat::File) {
        o[QLatin1String("format")] = PayloadEncoder::formatKey(PayloadFormat::Base64);
        o[QLatin1String("payload")] = QString::fromLatin1(fileBytes.toBase64());
        if (!fileName.isEmpty())
            o[QLatin1String("fileName")] = fileName;
    } else {
        o[QLatin1String("format")] = PayloadEncoder::formatKey(format);
        o[QLatin1String("payload")] = payloadText;
    }
    o[QLatin1String("qos")] = qos;
    o[QLatin1String("retain")] = retain;
    QJsonObject props;
    if (!contentType.isEmpty())
        props[QLatin1String("contentType")] = contentType;
    if (payloadFormatIndicator >= 0)
        props[QLatin1String("payloadFormatIndicator")] = payloadFormatIndicator;
    if (messageExpiry >= 0)
        props[QLatin1String("messageExpiry")] = double(messageExpiry);
    if (!responseTopic.isEmpty())
        props[QLatin1String("responseTopic")] = responseTopic;
    if (!correlationData.isEmpty()) {
        props[QLatin1String("correlationData")] = correlationData;
        props[QLatin1String("correlationHex")] = correlationHex;
    }
    if (!userProperties.isEmpty()) {
        QJsonArray list;
        for (const Mqtt::UserProperty &p : userProperties)
            list.append(QJsonArray{p.first, p.second});
        props[QLatin1String("userProperties")] = list;
    }
    if (topicAlias > 0)
        props[QLatin1String("topicAlias")] = topicAlias;
    if (!props.isEmpty())
        o[QLatin1String("properties")] = props;
    return o;
}

PublishDraft PublishDraft::fromJson(const QJsonObject &o)
{
    PublishDraft d;
    d.topic = o.value(QLatin1String("topic")).toString();
    d.format = PayloadEncoder::formatFromKey(o.value(QLatin1String("format")).toString());
    if (d.format == PayloadFormat::File) // not written by toJson; tolerate it as Base64
        d.format = PayloadFormat::Base64;
    d.payloadText = o.value(QLatin1String("payload")).toString();
    d.qos = quint8(qBound(0, o.value(QLatin1String("qos")).toInt(), 2));
    d.retain = o.value(QLatin1String("retain")).toBool();
    const QJsonObject props = o.value(QLatin1String("properties")).toObject();
    d.contentType = props.value(QLatin1String("contentType")).toString();
    d.payloadFormatIndicator = props.contains(QLatin1String("payloadFormatIndicator"))
        ? qBound(0, props.value(QLatin1String("payloadFormatIndicator")).toInt(), 1)
        : -1;
    d.messageExpiry = props.contains(QLatin1String("messageExpiry"))
        ? qMax<qint64>(0, qint64(props.value(QLatin1String("messageExpiry")).toDouble()))
        : -1;
    d.responseTopic = props.value(QLatin1String("responseTopic")).toString();
    d.correlationData = props.value(QLatin1String("correlationData")).toString();
    d.correlationHex = props.value(QLatin1String("correlationHex")).toBool();
    for (const QJsonValue &v : props.value(QLatin1String("userProperties")).toArray()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            d.userProperties.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    d.topicAlias = qBound(0, props.value(QLatin1String("topicAlias")).toInt(), 65535);
    return d;
}

QString PublishDraft::summary() const
{
    QString text = tr("QoS %1").arg(qos);
    if (retain)
        text += tr(" · retained");
    const QByteArray bytes = format == PayloadFormat::File ? fileBytes : payload().bytes;
    const QString shown = format == PayloadFormat::Hex || format == PayloadFormat::Base64 || format == PayloadFormat::File
        ? PayloadText::preview(bytes, 40)
        : PayloadText::preview(payloadText.toUtf8(), 40);
    return tr("%1 · %2 — %3").arg(topic.isEmpty() ? tr("(alias %1)").arg(topicAlias) : topic, text, shown);
}

bool PublishDraft::operator==(const PublishDraft &o) const
{
    return topic == o.topic && format == o.format && payloadText == o.payloadText && fileBytes == o.fileBytes
        && qos == o.qos && retain == o.retain && contentType == o.contentType
        && payloadFormatIndicator == o.payloadFormatIndicator && messageExpiry == o.messageExpiry
        && responseTopic == o.responseTopic && correlationData == o.correlationData
        && correlationHex == o.correlationHex && userProperties == o.userProperties && topicAlias == o.topicAlias;
}
