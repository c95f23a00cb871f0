// ConnectionProfile: defaults, the JSON form both ways (every field, secrets only when asked,
// fields of a newer version kept, other features' sections kept), clear errors for bad JSON,
// and the proxy reaching the transport.
#include "connectionprofile.h"
#include "transport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

class TestConnectionProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void roundTripEveryField();
    void secretsOnlyWhenAsked();
    void unknownFieldsSurvive();
    void removedFieldsStayRemoved();
    void sections();
    void badJson_data();
    void badJson();
    void validate();
    void proxyReachesTransport();
};

static ConnectionProfile fullProfile()
{
    ConnectionProfile p;
    p.name = QStringLiteral("Plant 7 — 温度");
    p.kind = ConnectionProfile::Kind::Example;
    ConnectionSettings &c = p.connection;
    c.url = *Mqtt::ServerUrl::parse(QStringLiteral("wss://broker.example:8443/mqtt?x=1"));
    c.options.version = Mqtt::ProtocolVersion::V311;
    c.options.clientId = QStringLiteral("scope-1");
    c.options.cleanStart = false;
    c.options.keepAlive = 30;
    c.options.sessionExpiry = 0xFFFFFFFF;
    c.options.username = QStringLiteral("alice");
    c.options.password = QByteArrayLiteral("s3cret:pw");
    c.url.username = c.options.username;
    c.options.connectTimeoutMs = 5000;
    c.options.receiveMaximum = 100;
    c.options.maximumPacketSize = 1 << 20;
    c.options.topicAliasMaximum = 10;
    c.options.autoTopicAliases = true;
    c.options.requestProblemInformation = false;
    c.options.requestResponseInformation = true;
    c.options.userProperties = {{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("a"), QStringLiteral("2")}};
    c.options.reconnectInitialDelayMs = 500;
    c.options.reconnectMaxDelayMs = 9000;
    c.options.reconnectBeforeFirstConnection = true;
    Mqtt::Will will;
    will.topic = QStringLiteral("plant/7/status");
    will.payload = QByteArray("\x00\xff offline", 10);
    will.qos = 1;
    will.retain = true;
    will.properties.setValue(Mqtt::PropertyId::WillDelayInterval, quint32(5));
    will.properties.setValue(Mqtt::PropertyId::MessageExpiryInterval, quint32(60));
    will.properties.setValue(Mqtt::PropertyId::ContentType, QStringLiteral("text/plain"));
    will.properties.setValue(Mqtt::PropertyId::ResponseTopic, QStringLiteral("plant/7/reply"));
    will.properties.setValue(Mqtt::PropertyId::CorrelationData, QByteArray("\x01\x02", 2));
    will.properties.setValue(Mqtt::PropertyId::PayloadFormatIndicator, quint32(0));
    will.properties.addUserProperty(QStringLiteral("k"), QStringLiteral("v"));
    c.options.will = will;
    c.tls.caFile = QStringLiteral("/etc/ca.pem");
    c.tls.certificateFile = QStringLiteral("/etc/client.pem");
    c.tls.keyFile = QStringLiteral("/etc/client.key");
    c.tls.keyPassphrase = QByteArrayLiteral("keypass");
    c.tls.pkcs12Password = QByteArrayLiteral("p12pass");
    c.tls.minimumVersion = QSsl::TlsV1_3OrLater;
    c.tls.serverName = QStringLiteral("broker.internal");
    c.tls.alpn = {QStringLiteral("x-amzn-mqtt-ca")};
    c.headers = {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer t")}};
    c.proxy.mode = ProxySettings::Mode::Manual;
    c.proxy.type = ProxySettings::Type::Http;
    c.proxy.host = QStringLiteral("proxy.example");
    c.proxy.port = 3128;
    c.proxy.username = QStringLiteral("bob");
    c.proxy.password = QByteArrayLiteral("proxypass");
    ProfileSubscription sub = ProfileSubscription::of(QStringLiteral("plant/#"), 2);
    sub.options.noLocal = true;
    sub.options.retainAsPublished = true;
    sub.options.retainHandling = 2;
    sub.identifier = 42;
    p.subscriptions = {sub, ProfileSubscription::of(QStringLiteral("$SYS/#"), 1)};
    p.pinnedCertificates = {QStringLiteral("ab").repeated(32)};
    p.storeSecretsInFile = true;
    p.setSection(ConnectionProfile::SavedMessagesSection, QJsonArray{QJsonObject{{QStringLiteral("topic"), QStringLiteral("x")}}});
    return p;
}

void TestConnectionProfile::defaults()
{
    const ConnectionProfile a;
    const ConnectionProfile b;
    QVERIFY(!a.id.isEmpty());
    QVERIFY(a.id != b.id);
    QCOMPARE(a.connection.url.toString(), QStringLiteral("mqtt://localhost:1883"));
    QVERIFY(a.connection.options.autoReconnect);
    QCOMPARE(a.subscriptions.size(), 1);
    QCOMPARE(a.subscriptions.first().filter, QStringLiteral("#"));
    QCOMPARE(a.connection.proxy.mode, ProxySettings::Mode::None);
    QVERIFY(!a.storeSecretsInFile);
    QVERIFY(!a.hasSecrets());
}

void TestConnectionProfile::roundTripEveryField()
{
    const ConnectionProfile p = fullProfile();
    const QByteArray text = QJsonDocument(p.toJson(ConnectionProfile::Secrets::Include)).toJson();
    QString error;
    const auto back = ConnectionProfile::fromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->id, p.id);
    QCOMPARE(back->name, p.name);
    QCOMPARE(back->kind, p.kind);
    QCOMPARE(back->connection.url, p.connection.url);
    QCOMPARE(back->connection.options.host, QStringLiteral("broker.example"));
    QCOMPARE(back->connection.options.port, quint16(8443));
    QCOMPARE(back->connection.options.will->payload, p.connection.options.will->payload);
    QCOMPARE(back->connection.options.will->properties.ids(), p.connection.options.will->properties.ids());
    QCOMPARE(back->connection.options.will->properties.userProperties(), p.connection.options.will->properties.userProperties());
    QCOMPARE(back->connection.options.will, p.connection.options.will);
    QCOMPARE(back->connection.options.password, p.connection.options.password);
    QCOMPARE(back->connection.options.userProperties, p.connection.options.userProperties);
    QCOMPARE(back->connection.tls.alpn, p.connection.tls.alpn);
    QCOMPARE(back->connection.tls.minimumVersion, QSsl::TlsV1_3OrLater);
    QCOMPARE(back->connection.headers, p.connection.headers);
    QVERIFY(back->connection.proxy == p.connection.proxy);
    QCOMPARE(back->subscriptions, p.subscriptions);
    QCOMPARE(back->pinnedCertificates, p.pinnedCertificates);
    QCOMPARE(back->sections, p.sections);
    QVERIFY(back->connection.options.autoTopicAliases);
    QVERIFY(*back == p);

    // "auto": MQTT 5 with the fallback to 3.1.1, written back as "auto".
    QJsonObject json = p.toJson(ConnectionProfile::Secrets::Include);
    QJsonObject connection = json.value(QStringLiteral("connection")).toObject();
    connection.insert(QStringLiteral("protocolVersion"), QStringLiteral("auto"));
    json.insert(QStringLiteral("connection"), connection);
    const auto fallback = ConnectionProfile::fromJson(json, &error);
    QVERIFY2(fallback, qPrintable(error));
    QCOMPARE(fallback->connection.options.version, Mqtt::ProtocolVersion::V5);
    QVERIFY(fallback->connection.options.protocolVersionFallback);
    QCOMPARE(fallback->toJson(ConnectionProfile::Secrets::Include)
                 .value(QStringLiteral("connection")).toObject().value(QStringLiteral("protocolVersion")).toString(),
             QStringLiteral("auto"));
    // Twice gives the same text.
    QCOMPARE(QJsonDocument(back->toJson(ConnectionProfile::Secrets::Include)).toJson(), text);
}

void TestConnectionProfile::secretsOnlyWhenAsked()
{
    const ConnectionProfile p = fullProfile();
    QVERIFY(p.hasSecrets());
    const QByteArray text = QJsonDocument(p.toJson(ConnectionProfile::Secrets::Omit)).toJson();
    for (const char *secret : {"s3cret:pw", "keypass", "p12pass", "proxypass"})
        QVERIFY2(!text.contains(secret), secret);
    QVERIFY(text.contains("alice"));
    QVERIFY(text.contains("bob"));
    const auto back = ConnectionProfile::fromJson(QJsonDocument::fromJson(text).object(), nullptr);
    QVERIFY(back);
    QVERIFY(!back->hasSecrets());
    QVERIFY(*back == p.withoutSecrets());
    ConnectionProfile restored = *back;
    restored.takeSecretsFrom(p);
    QVERIFY(restored == p);
}

void TestConnectionProfile::unknownFieldsSurvive()
{
    QJsonObject json = fullProfile().toJson(ConnectionProfile::Secrets::Omit);
    json.insert(QStringLiteral("mqttVersionAuto"), true);
    json.insert(QStringLiteral("futureTop"), QJsonObject{{QStringLiteral("deep"), 1}});
    QJsonObject connection = json.value(QStringLiteral("connection")).toObject();
    connection.insert(QStringLiteral("futureConnection"), QStringLiteral("x"));
    QJsonObject tls = connection.value(QStringLiteral("tls")).toObject();
    tls.insert(QStringLiteral("ocspStapling"), true);
    connection.insert(QStringLiteral("tls"), tls);
    QJsonObject will = connection.value(QStringLiteral("will")).toObject();
    will.insert(QStringLiteral("futureWill"), 3);
    connection.insert(QStringLiteral("will"), will);
    QJsonObject proxy = connection.value(QStringLiteral("proxy")).toObject();
    proxy.insert(QStringLiteral("pacUrl"), QStringLiteral("http://wpad/"));
    connection.insert(QStringLiteral("proxy"), proxy);
    json.insert(QStringLiteral("connection"), connection);

    QString error;
    auto p = ConnectionProfile::fromJson(json, &error);
    QVERIFY2(p, qPrintable(error));
    p->name = QStringLiteral("renamed");
    p->connection.options.keepAlive = 99;
    QJsonObject expected = json;
    expected.insert(QStringLiteral("name"), QStringLiteral("renamed"));
    connection.insert(QStringLiteral("keepAlive"), 99);
    expected.insert(QStringLiteral("connection"), connection);
    QCOMPARE(p->toJson(ConnectionProfile::Secrets::Omit), expected);
}

void TestConnectionProfile::removedFieldsStayRemoved()
{
    // A password written in plain text stays out once the profile no longer keeps it there,
    // and a will the user removed does not come back.
    const QJsonObject json = fullProfile().toJson(ConnectionProfile::Secrets::Include);
    auto p = ConnectionProfile::fromJson(json, nullptr);
    QVERIFY(p);
    p->connection.options.will.reset();
    p->storeSecretsInFile = false;
    const QByteArray text = QJsonDocument(p->toJson(ConnectionProfile::Secrets::Omit)).toJson();
    QVERIFY(!text.contains("s3cret"));
    QVERIFY(!text.contains("\"will\""));
}

void TestConnectionProfile::sections()
{
    ConnectionProfile p;
    QVERIFY(p.section(ConnectionProfile::DashboardsSection).isUndefined());
    const QJsonObject dashboards{{QStringLiteral("tiles"), QJsonArray{1, 2, 3}}};
    p.setSection(ConnectionProfile::DashboardsSection, dashboards);
    p.setSection(ConnectionProfile::PublishHistorySection, QJsonArray{QStringLiteral("a")});
    const auto back = ConnectionProfile::fromJson(p.toJson(ConnectionProfile::Secrets::Omit), nullptr);
    QVERIFY(back);
    QCOMPARE(back->section(ConnectionProfile::DashboardsSection).toObject(), dashboards);
    QCOMPARE(back->section(ConnectionProfile::PublishHistorySection).toArray().size(), 1);
    p.setSection(ConnectionProfile::DashboardsSection, QJsonValue());
    QVERIFY(!p.sections.contains(ConnectionProfile::DashboardsSection));
}

void TestConnectionProfile::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("url") << QByteArray(R"({"connection": {"url": "mqqt://x"}})") << "connection.url";
    QTest::newRow("keepAlive") << QByteArray(R"({"connection": {"keepAlive": 70000}})") << "connection.keepAlive";
    QTest::newRow("keepAlive text") << QByteArray(R"({"connection": {"keepAlive": "60"}})") << "connection.keepAlive";
    QTest::newRow("version") << QByteArray(R"({"connection": {"protocolVersion": "4"}})") << "connection.protocolVersion";
    QTest::newRow("qos") << QByteArray(R"({"subscriptions": [{"filter": "#", "qos": 3}]})") << "subscriptions[0].qos";
    QTest::newRow("no filter") << QByteArray(R"({"subscriptions": [{"qos": 1}]})") << "subscriptions[0].filter";
    QTest::newRow("will qos") << QByteArray(R"({"connection": {"will": {"topic": "t", "qos": 5}}})") << "connection.will.qos";
    QTest::newRow("tls version") << QByteArray(R"({"connection": {"tls": {"minimumVersion": "1.0"}}})") << "connection.tls.minimumVersion";
    QTest::newRow("proxy mode") << QByteArray(R"({"connection": {"proxy": {"mode": "auto"}}})") << "connection.proxy";
    QTest::newRow("name") << QByteArray(R"({"name": 5})") << "name";
    QTest::newRow("kind") << QByteArray(R"({"kind": "alien"})") << "kind";
}

void TestConnectionProfile::badJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QString error;
    QVERIFY(!ConnectionProfile::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.startsWith(field + QLatin1Char(':')), qPrintable(error));
}

void TestConnectionProfile::validate()
{
    ConnectionProfile p;
    QVERIFY(!p.validate().isEmpty()); // no name
    p.name = QStringLiteral("x");
    QCOMPARE(p.validate(), QString());
    p.subscriptions << ProfileSubscription::of(QStringLiteral("a/#/b"));
    QVERIFY(p.validate().contains(QStringLiteral("a/#/b")));
    p.subscriptions.removeLast();
    p.connection.tls.caFile = QStringLiteral("/ca.pem");
    QVERIFY(!p.validate().isEmpty()); // TLS on mqtt://
    p.connection.tls = {};
    p.connection.proxy.mode = ProxySettings::Mode::Manual;
    QVERIFY(!p.validate().isEmpty()); // proxy without host
}

void TestConnectionProfile::proxyReachesTransport()
{
    ConnectionProfile p;
    QString error;
    {
        std::unique_ptr<Mqtt::Transport> t(p.connection.createTransport(nullptr, &error));
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->proxy().type(), QNetworkProxy::NoProxy);
    }
    p.connection.proxy.mode = ProxySettings::Mode::Manual;
    p.connection.proxy.type = ProxySettings::Type::Socks5;
    p.connection.proxy.host = QStringLiteral("127.0.0.1");
    p.connection.proxy.port = 1080;
    p.connection.proxy.username = QStringLiteral("u");
    p.connection.proxy.password = QByteArrayLiteral("pw");
    for (const char *url : {"mqtt://127.0.0.1:1883", "ws://127.0.0.1:8080"}) {
        p.connection.url = *Mqtt::ServerUrl::parse(QString::fromLatin1(url));
        std::unique_ptr<Mqtt::Transport> t(p.connection.createTransport(nullptr, &error));
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->proxy().type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(t->proxy().hostName(), QStringLiteral("127.0.0.1"));
        QCOMPARE(t->proxy().port(), quint16(1080));
        QCOMPARE(t->proxy().user(), QStringLiteral("u"));
        QCOMPARE(t->proxy().password(), QStringLiteral("pw"));
    }
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
