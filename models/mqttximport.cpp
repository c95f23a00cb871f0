// ProfileImporter::fromMqttx(): MQTTX's "Export Data" JSON. One connection is exported as an
// object, "all connections" as an array; newer versions nest connections in collections
// ({"isCollection": true, "children": [...]}). Field names as in MQTTX's ConnectionModel.
#include "profileimporter.h"

#include <QJsonArray>

namespace {

QString bareHost(QString host)
{
    host = host.trimmed();
    const qsizetype scheme = host.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        host = host.mid(scheme + 3);
    const qsizetype slash = host.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        host.truncate(slash);
    return host;
}

quint32 number(const QJsonValue &value, quint32 fallback)
{
    const double d = value.toDouble(-1);
    return d >= 0 && d <= 4294967295.0 ? quint32(d) : fallback;
}

// MQTTX: {"key": "value"} or {"key": ["v1", "v2"]}.
Mqtt::UserProperties userProperties(const QJsonValue &value)
{
    Mqtt::UserProperties properties;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonArray values = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        for (const QJsonValue &v : values)
            properties.append({it.key(), v.toVariant().toString()});
    }
    return properties;
}

void collect(const QJsonValue &value, QList<QJsonObject> *connections)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collect(item, connections);
        return;
    }
    const QJsonObject object = value.toObject();
    if (object.value(QStringLiteral("isCollection")).toBool())
        collect(object.value(QStringLiteral("children")), connections);
    else if (!object.isEmpty())
        connections->append(object);
}

} // namespace

ProfileImporter::Result ProfileImporter::fromMqttx(const QJsonValue &root)
{
    Result result;
    result.format = Format::Mqttx;
    QList<QJsonObject> connections;
    collect(root, &connections);
    for (qsizetype i = 0; i < connections.size(); ++i) {
        const QJsonObject c = connections.at(i);
        const QString name = c.value(QStringLiteral("name")).toString(tr("MQTTX connection %1").arg(i + 1));
        auto warn = [&result, &name](const QString &text) { result.warnings << QStringLiteral("%1: %2").arg(name, text); };
        const QString host = bareHost(c.value(QStringLiteral("host")).toString());
        if (host.isEmpty()) {
            result.error = tr("connection %1 (\"%2\") has no host").arg(i + 1).arg(name);
            return result;
        }
        ConnectionProfile p;
        p.name = name;
        ConnectionSettings &s = p.connection;
        Mqtt::ClientOptions &o = s.options;

        const bool ssl = c.value(QStringLiteral("ssl")).toBool();
        QString protocol = c.value(QStringLiteral("protocol")).toString().toLower();
        if (protocol.isEmpty())
            protocol = ssl ? QStringLiteral("mqtts") : QStringLiteral("mqtt");
        if (ssl && protocol == QLatin1String("mqtt"))
            protocol = QStringLiteral("mqtts");
        if (ssl && protocol == QLatin1String("ws"))
            protocol = QStringLiteral("wss");
        if (protocol == QLatin1String("mqtts"))
            s.url.scheme = Mqtt::ServerUrl::Scheme::Mqtts;
        else if (protocol == QLatin1String("ws"))
            s.url.scheme = Mqtt::ServerUrl::Scheme::Ws;
        else if (protocol == QLatin1String("wss"))
            s.url.scheme = Mqtt::ServerUrl::Scheme::Wss;
        else if (protocol == QLatin1String("mqtt"))
            s.url.scheme = Mqtt::ServerUrl::Scheme::Mqtt;
        else {
            result.error = tr("connection %1 (\"%2\") uses the unknown protocol \"%3\"").arg(i + 1).arg(name, protocol);
            return result;
        }
        s.url.host = host;
        s.url.port = quint16(number(c.value(QStringLiteral("port")), Mqtt::ServerUrl::defaultPort(s.url.scheme)));
        if (s.url.isWebSocket()) {
            s.url.path = c.value(QStringLiteral("path")).toString(Mqtt::ServerUrl::defaultWebSocketPath());
            if (!s.url.path.startsWith(QLatin1Char('/')))
                s.url.path.prepend(QLatin1Char('/'));
        }
        o.host = s.url.host;
        o.port = s.url.port;

        const QString version = c.value(QStringLiteral("mqttVersion")).toString(QStringLiteral("5.0"));
        if (version.startsWith(QLatin1Char('5'))) {
            o.version = Mqtt::ProtocolVersion::V5;
        } else {
            o.version = Mqtt::ProtocolVersion::V311;
            if (version != QLatin1String("3.1.1"))
                warn(tr("MQTT %1 is not supported: imported as 3.1.1").arg(version));
        }
        o.clientId = c.value(QStringLiteral("clientId")).toString();
        o.cleanStart = c.value(QStringLiteral("clean")).toBool(true);
        o.keepAlive = quint16(qMin<quint32>(number(c.value(QStringLiteral("keepalive")), 60), 65535));
        // MQTTX keeps the connect timeout in seconds and the reconnect period in milliseconds.
        o.connectTimeoutMs = int(qBound<quint32>(1, number(c.value(QStringLiteral("connectTimeout")), 10), 3600)) * 1000;
        o.autoReconnect = c.value(QStringLiteral("reconnect")).toBool(true);
        o.reconnectInitialDelayMs = int(qBound<quint32>(100, number(c.value(QStringLiteral("reconnectPeriod")), 4000), 3600000));
        const QString user = c.value(QStringLiteral("username")).toString();
        if (!user.isEmpty())
            o.username = user;
        const QString password = c.value(QStringLiteral("password")).toString();
        if (!password.isEmpty())
            o.password = password.toUtf8();
        s.url.username = o.username;

        if (s.url.isSecure()) {
            s.tls.insecure = !c.value(QStringLiteral("rejectUnauthorized")).toBool(true);
            if (s.tls.insecure)
                warn(tr("certificate verification was off in MQTTX and stays off"));
            // certType "self": CA, certificate and key files; "server" or "": the system's CAs.
            if (c.value(QStringLiteral("certType")).toString() == QLatin1String("self")) {
                s.tls.caFile = c.value(QStringLiteral("ca")).toString();
                s.tls.certificateFile = c.value(QStringLiteral("cert")).toString();
                s.tls.keyFile = c.value(QStringLiteral("key")).toString();
            }
            const QString alpn = c.value(QStringLiteral("ALPNProtocols")).toString();
            for (const QString &protocolName : alpn.split(QLatin1Char(','), Qt::SkipEmptyParts))
                s.tls.alpn << protocolName.trimmed();
        }

        const QJsonObject properties = c.value(QStringLiteral("properties")).toObject();
        // Older exports keep the MQTT 5 connect properties at the top level.
        auto property = [&c, &properties](const char *key) {
            const QJsonValue v = properties.value(QLatin1String(key));
            return v.isUndefined() || v.isNull() ? c.value(QLatin1String(key)) : v;
        };
        o.sessionExpiry = number(property("sessionExpiryInterval"), 0);
        o.receiveMaximum = quint16(qBound<quint32>(1, number(property("receiveMaximum"), 65535), 65535));
        o.maximumPacketSize = number(property("maximumPacketSize"), 0);
        o.topicAliasMaximum = quint16(qMin<quint32>(number(property("topicAliasMaximum"), 0), 65535));
        o.requestResponseInformation = property("requestResponseInformation").toBool(false);
        o.requestProblemInformation = property("requestProblemInformation").toBool(true);
        o.userProperties = userProperties(property("userProperties"));
        if (!properties.value(QStringLiteral("authenticationMethod")).toString().isEmpty())
            warn(tr("enhanced authentication (MQTT 5 AUTH) is not supported and was left out"));

        const QJsonObject will = c.value(QStringLiteral("will")).toObject();
        const QString willTopic = will.value(QStringLiteral("lastWillTopic")).toString();
        if (!willTopic.isEmpty()) {
            Mqtt::Will w;
            w.topic = willTopic;
            w.payload = will.value(QStringLiteral("lastWillPayload")).toString().toUtf8();
            w.qos = quint8(qMin<quint32>(number(will.value(QStringLiteral("lastWillQos")), 0), 2));
            w.retain = will.value(QStringLiteral("lastWillRetain")).toBool();
            const QJsonObject wp = will.value(QStringLiteral("properties")).toObject();
            auto setNumber = [&w, &wp](const char *key, Mqtt::PropertyId id) {
                const QJsonValue v = wp.value(QLatin1String(key));
                if (v.isDouble())
                    w.properties.setValue(id, number(v, 0));
            };
            setNumber("willDelayInterval", Mqtt::PropertyId::WillDelayInterval);
            setNumber("messageExpiryInterval", Mqtt::PropertyId::MessageExpiryInterval);
            if (wp.value(QStringLiteral("payloadFormatIndicator")).isBool())
                w.properties.setValue(Mqtt::PropertyId::PayloadFormatIndicator,
                                      quint32(wp.value(QStringLiteral("payloadFormatIndicator")).toBool() ? 1 : 0));
            auto setText = [&w, &wp](const char *key, Mqtt::PropertyId id) {
                const QString v = wp.value(QLatin1String(key)).toString();
                if (!v.isEmpty())
                    w.properties.setValue(id, v);
            };
            setText("contentType", Mqtt::PropertyId::ContentType);
            setText("responseTopic", Mqtt::PropertyId::ResponseTopic);
            const QString correlation = wp.value(QStringLiteral("correlationData")).toString();
            if (!correlation.isEmpty())
                w.properties.setValue(Mqtt::PropertyId::CorrelationData, correlation.toUtf8());
            const Mqtt::UserProperties willUsers = userProperties(wp.value(QStringLiteral("userProperties")));
            if (!willUsers.isEmpty())
                w.properties.setUserProperties(willUsers);
            o.will = w;
        }

        const QJsonArray subscriptions = c.value(QStringLiteral("subscriptions")).toArray();
        if (!subscriptions.isEmpty())
            p.subscriptions.clear();
        for (const QJsonValue &value : subscriptions) {
            const QJsonObject sub = value.toObject();
            const QString filter = sub.value(QStringLiteral("topic")).toString();
            if (filter.isEmpty() || sub.value(QStringLiteral("disabled")).toBool())
                continue;
            ProfileSubscription ps = ProfileSubscription::of(filter, quint8(qMin<quint32>(number(sub.value(QStringLiteral("qos")), 0), 2)));
            ps.options.noLocal = sub.value(QStringLiteral("nl")).toBool();
            ps.options.retainAsPublished = sub.value(QStringLiteral("rap")).toBool();
            ps.options.retainHandling = quint8(qMin<quint32>(number(sub.value(QStringLiteral("rh")), 0), 2));
            ps.identifier = number(sub.value(QStringLiteral("subscriptionIdentifier")), 0);
            p.subscriptions << ps;
        }
        if (p.subscriptions.isEmpty())
            p.subscriptions << ProfileSubscription::of(QStringLiteral("#"));
        const QString problem = p.validate();
        if (!problem.isEmpty())
            warn(problem);
        result.profiles << p;
    }
    if (result.profiles.isEmpty()) {
        result.error = tr("the MQTTX export holds no connections");
        return result;
    }
    result.ok = true;
    return result;
}
