#include "connectionprofile.h"

#include "jsonfieldreader.h"
#include "topic.h"

#include <QJsonArray>
#include <QStringDecoder>
#include <QUuid>

namespace {

const QString kConnection = QStringLiteral("connection");
const QString kTls = QStringLiteral("tls");
const QString kWill = QStringLiteral("will");
const QString kProxy = QStringLiteral("proxy");
const QString kReconnect = QStringLiteral("reconnect");

// unknownFields maps the path of each object of the JSON form to the keys found there that this
// version does not know.
QString unknownPath(const QString &a, const QString &b = {})
{
    return b.isEmpty() ? a : a + QLatin1Char('/') + b;
}

void restoreUnknown(QJsonObject *object, const QJsonObject &unknownFields, const QString &path)
{
    const QJsonObject unknown = unknownFields.value(path).toObject();
    for (auto it = unknown.constBegin(); it != unknown.constEnd(); ++it) {
        if (!object->contains(it.key()))
            object->insert(it.key(), it.value());
    }
}

void keepUnknown(QJsonObject *unknownFields, const QString &path, const JsonFieldReader &reader)
{
    const QJsonObject unknown = reader.unknown();
    if (!unknown.isEmpty())
        unknownFields->insert(path, unknown);
}

QJsonArray pairsToJson(const QList<QPair<QString, QString>> &pairs)
{
    QJsonArray array;
    for (const auto &pair : pairs)
        array.append(QJsonArray{pair.first, pair.second});
    return array;
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes); // decode() is lazy: converting runs it
    return !decoder.hasError();
}

QJsonObject willToJson(const Mqtt::Will &will)
{
    QJsonObject json{{QStringLiteral("topic"), will.topic},
                     {QStringLiteral("qos"), will.qos},
                     {QStringLiteral("retain"), will.retain}};
    if (isUtf8(will.payload))
        json.insert(QStringLiteral("payload"), QString::fromUtf8(will.payload));
    else
        json.insert(QStringLiteral("payloadBase64"), QString::fromLatin1(will.payload.toBase64()));
    const Mqtt::Properties &p = will.properties;
    if (auto v = p.willDelayInterval())
        json.insert(QStringLiteral("delayInterval"), qint64(*v));
    if (auto v = p.messageExpiryInterval())
        json.insert(QStringLiteral("messageExpiry"), qint64(*v));
    if (auto v = p.payloadFormatIndicator())
        json.insert(QStringLiteral("payloadFormat"), qint64(*v));
    if (auto v = p.contentType())
        json.insert(QStringLiteral("contentType"), *v);
    if (auto v = p.responseTopic())
        json.insert(QStringLiteral("responseTopic"), *v);
    if (auto v = p.correlationData())
        json.insert(QStringLiteral("correlationDataBase64"), QString::fromLatin1(v->toBase64()));
    if (!p.userProperties().isEmpty())
        json.insert(QStringLiteral("userProperties"), pairsToJson(p.userProperties()));
    return json;
}

void readWill(JsonFieldReader &r, Mqtt::Will *will)
{
    r.read(QStringLiteral("topic"), &will->topic);
    r.readNumber(QStringLiteral("qos"), &will->qos, 0, 2);
    r.read(QStringLiteral("retain"), &will->retain);
    r.readBytes(QStringLiteral("payload"), &will->payload);
    if (const auto base64 = r.optionalString(QStringLiteral("payloadBase64"))) {
        auto decoded = QByteArray::fromBase64Encoding(base64->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            r.fail(QStringLiteral("payloadBase64"), ConnectionProfile::tr("not valid base64"));
        will->payload = *decoded;
    }
    Mqtt::Properties &p = will->properties;
    const quint64 max32 = 0xFFFFFFFFu;
    if (auto v = r.optionalNumber(QStringLiteral("delayInterval"), 0, max32))
        p.setValue(Mqtt::PropertyId::WillDelayInterval, quint32(*v));
    if (auto v = r.optionalNumber(QStringLiteral("messageExpiry"), 0, max32))
        p.setValue(Mqtt::PropertyId::MessageExpiryInterval, quint32(*v));
    if (auto v = r.optionalNumber(QStringLiteral("payloadFormat"), 0, 1))
        p.setValue(Mqtt::PropertyId::PayloadFormatIndicator, quint32(*v));
    if (auto v = r.optionalString(QStringLiteral("contentType")))
        p.setValue(Mqtt::PropertyId::ContentType, *v);
    if (auto v = r.optionalString(QStringLiteral("responseTopic")))
        p.setValue(Mqtt::PropertyId::ResponseTopic, *v);
    if (auto v = r.optionalString(QStringLiteral("correlationDataBase64")))
        p.setValue(Mqtt::PropertyId::CorrelationData, QByteArray::fromBase64(v->toLatin1()));
    const auto users = r.pairs(QStringLiteral("userProperties"));
    if (!users.isEmpty())
        p.setUserProperties(users);
}

QJsonObject tlsToJson(const Mqtt::TlsOptions &tls, bool secrets)
{
    QJsonObject json;
    auto put = [&json](const char *key, const QString &value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), value);
    };
    put("caFile", tls.caFile);
    put("certificateFile", tls.certificateFile);
    put("keyFile", tls.keyFile);
    put("pkcs12File", tls.pkcs12File);
    put("serverName", tls.serverName);
    if (secrets) {
        put("keyPassphrase", QString::fromUtf8(tls.keyPassphrase));
        put("pkcs12Password", QString::fromUtf8(tls.pkcs12Password));
    }
    json.insert(QStringLiteral("minimumVersion"), Mqtt::TlsOptions::minimumVersionName(tls.minimumVersion));
    if (!tls.alpn.isEmpty())
        json.insert(QStringLiteral("alpn"), QJsonArray::fromStringList(tls.alpn));
    json.insert(QStringLiteral("insecure"), tls.insecure);
    return json;
}

void readTls(JsonFieldReader &r, Mqtt::TlsOptions *tls)
{
    r.read(QStringLiteral("caFile"), &tls->caFile);
    r.read(QStringLiteral("certificateFile"), &tls->certificateFile);
    r.read(QStringLiteral("keyFile"), &tls->keyFile);
    r.read(QStringLiteral("pkcs12File"), &tls->pkcs12File);
    r.read(QStringLiteral("serverName"), &tls->serverName);
    r.readBytes(QStringLiteral("keyPassphrase"), &tls->keyPassphrase);
    r.readBytes(QStringLiteral("pkcs12Password"), &tls->pkcs12Password);
    if (auto v = r.optionalString(QStringLiteral("minimumVersion"))) {
        if (!Mqtt::TlsOptions::parseMinimumVersion(*v, &tls->minimumVersion))
            r.fail(QStringLiteral("minimumVersion"), ConnectionProfile::tr("expected \"1.2\" or \"1.3\""));
    }
    tls->alpn = r.stringList(QStringLiteral("alpn"));
    r.read(QStringLiteral("insecure"), &tls->insecure);
}

QJsonObject connectionToJson(const ConnectionSettings &c, bool secrets, const QJsonObject &unknownFields)
{
    const Mqtt::ClientOptions &o = c.options;
    Mqtt::ServerUrl url = c.url;
    url.username.reset(); // "username" says it once
    url.password.reset();
    QJsonObject json{
        {QStringLiteral("url"), url.toString()},
        // "auto": MQTT 5, falling back to 3.1.1 when the broker does not support 5.
        {QStringLiteral("protocolVersion"), o.protocolVersionFallback ? QStringLiteral("auto")
                                            : o.version == Mqtt::ProtocolVersion::V5 ? QStringLiteral("5")
                                                                                     : QStringLiteral("3.1.1")},
        {QStringLiteral("clientId"), o.clientId},
        {QStringLiteral("cleanStart"), o.cleanStart},
        {QStringLiteral("keepAlive"), o.keepAlive},
        {QStringLiteral("sessionExpiry"), qint64(o.sessionExpiry)},
        {QStringLiteral("connectTimeoutMs"), o.connectTimeoutMs},
        {QStringLiteral("offlineQueueLimit"), o.offlineQueueLimit},
        {QStringLiteral("receiveMaximum"), o.receiveMaximum},
        {QStringLiteral("maximumPacketSize"), qint64(o.maximumPacketSize)},
        {QStringLiteral("topicAliasMaximum"), o.topicAliasMaximum},
        {QStringLiteral("autoTopicAliases"), o.autoTopicAliases},
        {QStringLiteral("requestProblemInformation"), o.requestProblemInformation},
        {QStringLiteral("requestResponseInformation"), o.requestResponseInformation},
    };
    if (o.username)
        json.insert(QStringLiteral("username"), *o.username);
    if (secrets && o.password)
        json.insert(QStringLiteral("password"), QString::fromUtf8(*o.password));
    if (!o.userProperties.isEmpty())
        json.insert(QStringLiteral("userProperties"), pairsToJson(o.userProperties));

    QJsonObject reconnect{{QStringLiteral("enabled"), o.autoReconnect},
                          {QStringLiteral("beforeFirstConnection"), o.reconnectBeforeFirstConnection},
                          {QStringLiteral("initialDelayMs"), o.reconnectInitialDelayMs},
                          {QStringLiteral("maxDelayMs"), o.reconnectMaxDelayMs}};
    restoreUnknown(&reconnect, unknownFields, unknownPath(kConnection, kReconnect));
    json.insert(kReconnect, reconnect);

    if (o.will) {
        QJsonObject will = willToJson(*o.will);
        restoreUnknown(&will, unknownFields, unknownPath(kConnection, kWill));
        json.insert(kWill, will);
    }
    QJsonObject tls = tlsToJson(c.tls, secrets);
    restoreUnknown(&tls, unknownFields, unknownPath(kConnection, kTls));
    json.insert(kTls, tls);
    if (!c.headers.isEmpty()) {
        QList<QPair<QString, QString>> headers;
        for (const auto &header : c.headers)
            headers.append({QString::fromLatin1(header.first), QString::fromUtf8(header.second)});
        json.insert(QStringLiteral("headers"), pairsToJson(headers));
    }
    QJsonObject proxy = c.proxy.toJson(secrets);
    restoreUnknown(&proxy, unknownFields, unknownPath(kConnection, kProxy));
    json.insert(kProxy, proxy);
    restoreUnknown(&json, unknownFields, kConnection);
    return json;
}

bool readConnection(JsonFieldReader &r, ConnectionSettings *c, QJsonObject *unknownFields, QString *error)
{
    Mqtt::ClientOptions &o = c->options;
    const QString urlText = r.optionalString(QStringLiteral("url")).value_or(QStringLiteral("mqtt://localhost:1883"));
    QString urlError;
    const std::optional<Mqtt::ServerUrl> url = Mqtt::ServerUrl::parse(urlText, &urlError);
    if (!url)
        r.fail(QStringLiteral("url"), urlError);
    else
        c->url = *url;
    if (auto v = r.optionalString(QStringLiteral("protocolVersion"))) {
        o.protocolVersionFallback = *v == QLatin1String("auto");
        if (*v == QLatin1String("5") || o.protocolVersionFallback)
            o.version = Mqtt::ProtocolVersion::V5;
        else if (*v == QLatin1String("3.1.1"))
            o.version = Mqtt::ProtocolVersion::V311;
        else
            r.fail(QStringLiteral("protocolVersion"), ConnectionProfile::tr("expected \"5\", \"3.1.1\" or \"auto\""));
    }
    r.read(QStringLiteral("clientId"), &o.clientId);
    r.read(QStringLiteral("cleanStart"), &o.cleanStart);
    r.readNumber(QStringLiteral("keepAlive"), &o.keepAlive, 0, 65535);
    r.readNumber(QStringLiteral("sessionExpiry"), &o.sessionExpiry, 0, 0xFFFFFFFFu);
    r.readNumber(QStringLiteral("connectTimeoutMs"), &o.connectTimeoutMs, 1, 3600000);
    r.readNumber(QStringLiteral("offlineQueueLimit"), &o.offlineQueueLimit, 0, 100000000);
    r.readNumber(QStringLiteral("receiveMaximum"), &o.receiveMaximum, 1, 65535);
    r.readNumber(QStringLiteral("maximumPacketSize"), &o.maximumPacketSize, 0, 0xFFFFFFFFu);
    r.readNumber(QStringLiteral("topicAliasMaximum"), &o.topicAliasMaximum, 0, 65535);
    r.read(QStringLiteral("autoTopicAliases"), &o.autoTopicAliases);
    r.read(QStringLiteral("requestProblemInformation"), &o.requestProblemInformation);
    r.read(QStringLiteral("requestResponseInformation"), &o.requestResponseInformation);
    o.username = r.optionalString(QStringLiteral("username"));
    if (auto v = r.optionalString(QStringLiteral("password")))
        o.password = v->toUtf8();
    o.userProperties = r.pairs(QStringLiteral("userProperties"));

    JsonFieldReader reconnect(r.object(kReconnect), r.path(kReconnect));
    reconnect.read(QStringLiteral("enabled"), &o.autoReconnect);
    reconnect.read(QStringLiteral("beforeFirstConnection"), &o.reconnectBeforeFirstConnection);
    reconnect.readNumber(QStringLiteral("initialDelayMs"), &o.reconnectInitialDelayMs, 1, 86400000);
    reconnect.readNumber(QStringLiteral("maxDelayMs"), &o.reconnectMaxDelayMs, 1, 86400000);
    keepUnknown(unknownFields, unknownPath(kConnection, kReconnect), reconnect);

    if (r.has(kWill)) {
        JsonFieldReader will(r.object(kWill), r.path(kWill));
        Mqtt::Will w;
        readWill(will, &w);
        o.will = w;
        keepUnknown(unknownFields, unknownPath(kConnection, kWill), will);
        if (!will.ok()) {
            *error = r.ok() ? will.error() : r.error();
            return false;
        }
    } else {
        o.will.reset();
    }
    JsonFieldReader tls(r.object(kTls), r.path(kTls));
    readTls(tls, &c->tls);
    keepUnknown(unknownFields, unknownPath(kConnection, kTls), tls);

    c->headers.clear();
    for (const auto &header : r.pairs(QStringLiteral("headers")))
        c->headers.append({header.first.toLatin1(), header.second.toUtf8()});

    const QJsonObject proxyJson = r.object(kProxy);
    QString proxyError;
    if (!ProxySettings::fromJson(proxyJson, &c->proxy, &proxyError))
        r.fail(kProxy, proxyError);
    JsonFieldReader proxyKeys(proxyJson, QString());
    for (const char *key : {"mode", "type", "host", "port", "username", "password"})
        proxyKeys.has(QLatin1String(key));
    keepUnknown(unknownFields, unknownPath(kConnection, kProxy), proxyKeys);

    c->url.username = o.username; // the endpoint shown in messages names the user
    c->url.password.reset();
    o.host = c->url.host;
    o.port = c->url.port;

    for (const JsonFieldReader *reader : std::initializer_list<const JsonFieldReader *>{&reconnect, &tls, &r}) {
        if (!reader->ok()) {
            *error = reader->error();
            return false;
        }
    }
    return true;
}

} // namespace

ProfileSubscription ProfileSubscription::of(const QString &filter, quint8 qos)
{
    ProfileSubscription s;
    s.filter = filter;
    s.options.maximumQos = qos;
    return s;
}

ConnectionProfile::ConnectionProfile() : id(newId())
{
    connection.url.host = QStringLiteral("localhost");
    connection.options.autoReconnect = true;
    subscriptions << ProfileSubscription::of(QStringLiteral("#"));
}

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString ConnectionProfile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::User:
        return QStringLiteral("user");
    case Kind::Example:
        return QStringLiteral("example");
    case Kind::LocalDemo:
        return QStringLiteral("localDemo");
    }
    return {};
}

void ConnectionProfile::setSection(const QString &key, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        sections.remove(key);
    else
        sections.insert(key, value);
}

bool ConnectionProfile::hasSecrets() const
{
    const ConnectionSettings &c = connection;
    return (c.options.password && !c.options.password->isEmpty()) || !c.tls.keyPassphrase.isEmpty()
        || !c.tls.pkcs12Password.isEmpty() || !c.proxy.password.isEmpty();
}

ConnectionProfile ConnectionProfile::withoutSecrets() const
{
    ConnectionProfile copy = *this;
    copy.connection.options.password.reset();
    copy.connection.url.password.reset();
    copy.connection.tls.keyPassphrase.clear();
    copy.connection.tls.pkcs12Password.clear();
    copy.connection.proxy.password.clear();
    return copy;
}

void ConnectionProfile::takeSecretsFrom(const ConnectionProfile &other)
{
    connection.options.password = other.connection.options.password;
    connection.tls.keyPassphrase = other.connection.tls.keyPassphrase;
    connection.tls.pkcs12Password = other.connection.tls.pkcs12Password;
    connection.proxy.password = other.connection.proxy.password;
}

QString ConnectionProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("The profile needs a name.");
    if (connection.url.host.isEmpty() && kind != Kind::LocalDemo)
        return tr("The broker address needs a host name.");
    if (!connection.url.isSecure() && connection.tls.hasSettings())
        return tr("TLS settings only apply to mqtts:// and wss:// addresses.");
    const QString proxyProblem = connection.proxy.validate();
    if (!proxyProblem.isEmpty())
        return proxyProblem;
    for (const ProfileSubscription &s : subscriptions) {
        QString problem;
        if (!Mqtt::Topic::isValidTopicFilter(s.filter, &problem))
            return tr("Subscription \"%1\": %2").arg(s.filter, problem);
    }
    return {};
}

QJsonObject ConnectionProfile::toJson(Secrets secrets) const
{
    const bool withSecrets = secrets == Secrets::Include;
    QJsonArray subs;
    for (const ProfileSubscription &s : subscriptions) {
        QJsonObject sub{{QStringLiteral("filter"), s.filter},
                        {QStringLiteral("qos"), s.options.maximumQos},
                        {QStringLiteral("noLocal"), s.options.noLocal},
                        {QStringLiteral("retainAsPublished"), s.options.retainAsPublished},
                        {QStringLiteral("retainHandling"), s.options.retainHandling}};
        if (s.identifier)
            sub.insert(QStringLiteral("identifier"), qint64(s.identifier));
        subs.append(sub);
    }
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("name"), name},
                     {kConnection, connectionToJson(connection, withSecrets, unknownFields)},
                     {QStringLiteral("subscriptions"), subs},
                     {QStringLiteral("storeSecretsInFile"), storeSecretsInFile}};
    if (kind != Kind::User)
        json.insert(QStringLiteral("kind"), kindName(kind));
    if (!pinnedCertificates.isEmpty())
        json.insert(QStringLiteral("pinnedCertificates"), QJsonArray::fromStringList(pinnedCertificates));
    if (!sections.isEmpty())
        json.insert(QStringLiteral("sections"), sections);
    restoreUnknown(&json, unknownFields, QString());
    return json;
}

std::optional<ConnectionProfile> ConnectionProfile::fromJson(const QJsonObject &json, QString *error)
{
    ConnectionProfile p;
    JsonFieldReader r(json, QString());
    auto failed = [error](const QString &message) -> std::optional<ConnectionProfile> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    r.read(QStringLiteral("id"), &p.id);
    if (p.id.trimmed().isEmpty())
        p.id = newId();
    r.read(QStringLiteral("name"), &p.name);
    if (auto kind = r.optionalString(QStringLiteral("kind"))) {
        if (*kind == kindName(Kind::Example))
            p.kind = Kind::Example;
        else if (*kind == kindName(Kind::LocalDemo))
            p.kind = Kind::LocalDemo;
        else if (*kind != kindName(Kind::User))
            r.fail(QStringLiteral("kind"), tr("unknown kind \"%1\"").arg(*kind));
    }
    r.read(QStringLiteral("storeSecretsInFile"), &p.storeSecretsInFile);
    p.pinnedCertificates = r.stringList(QStringLiteral("pinnedCertificates"));
    p.sections = r.object(QStringLiteral("sections"));

    if (r.has(QStringLiteral("subscriptions"))) {
        p.subscriptions.clear();
        const QJsonArray subs = r.array(QStringLiteral("subscriptions"));
        for (qsizetype i = 0; i < subs.size() && r.ok(); ++i) {
            JsonFieldReader s(subs.at(i).toObject(), QStringLiteral("subscriptions[%1]").arg(i));
            ProfileSubscription sub;
            s.read(QStringLiteral("filter"), &sub.filter);
            s.readNumber(QStringLiteral("qos"), &sub.options.maximumQos, 0, 2);
            s.read(QStringLiteral("noLocal"), &sub.options.noLocal);
            s.read(QStringLiteral("retainAsPublished"), &sub.options.retainAsPublished);
            s.readNumber(QStringLiteral("retainHandling"), &sub.options.retainHandling, 0, 2);
            s.readNumber(QStringLiteral("identifier"), &sub.identifier, 0, 268435455);
            if (!subs.at(i).isObject() || sub.filter.isEmpty())
                s.fail(QStringLiteral("filter"), tr("every subscription needs a topic filter"));
            if (!s.ok())
                return failed(s.error());
            p.subscriptions << sub;
        }
    }
    if (!r.ok())
        return failed(r.error());

    JsonFieldReader c(r.object(kConnection), kConnection);
    if (!r.ok())
        return failed(r.error());
    QString connectionError;
    if (!readConnection(c, &p.connection, &p.unknownFields, &connectionError))
        return failed(connectionError);
    keepUnknown(&p.unknownFields, kConnection, c);
    keepUnknown(&p.unknownFields, QString(), r);
    // The TLS transport reads the pins from the TLS options (TlsOptions::pinnedFingerprints).
    if (p.connection.url.isSecure())
        p.connection.tls.pinnedFingerprints = p.pinnedCertificates;
    return p;
}

bool ConnectionProfile::operator==(const ConnectionProfile &o) const
{
    return toJson(Secrets::Include) == o.toJson(Secrets::Include);
}
