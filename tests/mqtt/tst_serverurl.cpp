#include "client.h"
#include "serverurl.h"
#include "transportfactory.h"

#include <QtTest>

using Mqtt::ServerUrl;
using Scheme = Mqtt::ServerUrl::Scheme;

Q_DECLARE_METATYPE(Scheme)

class tst_ServerUrl : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void reject_data();
    void reject();
    void roundTrip_data();
    void roundTrip();
    void defaultPorts();
    void applyToClientOptions();
    void factoryRefusesTlsOptionsOnPlainUrls();
    void httpHeaders();
};

void tst_ServerUrl::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Scheme>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("username"); // "-" for none
    QTest::addColumn<QString>("password"); // "-" for none

    const QString none = QStringLiteral("-");
    QTest::newRow("mqtt default port") << "mqtt://broker.example" << Scheme::Mqtt << "broker.example" << 1883 << "" << none << none;
    QTest::newRow("mqtt explicit port") << "mqtt://localhost:1884" << Scheme::Mqtt << "localhost" << 1884 << "" << none << none;
    QTest::newRow("trailing slash") << "mqtt://localhost:1884/" << Scheme::Mqtt << "localhost" << 1884 << "" << none << none;
    QTest::newRow("tcp alias") << "tcp://10.0.0.1" << Scheme::Mqtt << "10.0.0.1" << 1883 << "" << none << none;
    QTest::newRow("bare host") << "localhost" << Scheme::Mqtt << "localhost" << 1883 << "" << none << none;
    QTest::newRow("bare host:port") << "localhost:2883" << Scheme::Mqtt << "localhost" << 2883 << "" << none << none;
    QTest::newRow("scheme case") << "MQTTS://Broker" << Scheme::Mqtts << "Broker" << 8883 << "" << none << none;
    QTest::newRow("mqtts default port") << "mqtts://broker" << Scheme::Mqtts << "broker" << 8883 << "" << none << none;
    QTest::newRow("ssl alias") << "ssl://broker:8884" << Scheme::Mqtts << "broker" << 8884 << "" << none << none;
    QTest::newRow("tls alias") << "tls://broker" << Scheme::Mqtts << "broker" << 8883 << "" << none << none;
    QTest::newRow("ws default path and port") << "ws://broker" << Scheme::Ws << "broker" << 80 << "/mqtt" << none << none;
    QTest::newRow("ws emqx") << "ws://broker:8083/mqtt" << Scheme::Ws << "broker" << 8083 << "/mqtt" << none << none;
    QTest::newRow("ws root path") << "ws://broker:8000/" << Scheme::Ws << "broker" << 8000 << "/" << none << none;
    QTest::newRow("ws query") << "ws://broker:8000/ws?token=abc" << Scheme::Ws << "broker" << 8000 << "/ws?token=abc" << none << none;
    QTest::newRow("ws query only") << "ws://broker?x=1" << Scheme::Ws << "broker" << 80 << "/mqtt?x=1" << none << none;
    QTest::newRow("wss default port") << "wss://broker/mqtt" << Scheme::Wss << "broker" << 443 << "/mqtt" << none << none;
    QTest::newRow("ipv6") << "mqtt://[::1]:1883" << Scheme::Mqtt << "::1" << 1883 << "" << none << none;
    QTest::newRow("ipv6 default port") << "mqtts://[2001:db8::1]" << Scheme::Mqtts << "2001:db8::1" << 8883 << "" << none << none;
    QTest::newRow("ipv6 ws") << "ws://[::1]:9001/mqtt" << Scheme::Ws << "::1" << 9001 << "/mqtt" << none << none;
    QTest::newRow("user") << "mqtt://alice@broker" << Scheme::Mqtt << "broker" << 1883 << "" << "alice" << none;
    QTest::newRow("user and password") << "mqtts://alice:s3cret@broker:8883" << Scheme::Mqtts << "broker" << 8883 << "" << "alice" << "s3cret";
    QTest::newRow("empty password") << "mqtt://alice:@broker" << Scheme::Mqtt << "broker" << 1883 << "" << "alice" << "";
    QTest::newRow("password only") << "mqtt://:token@broker" << Scheme::Mqtt << "broker" << 1883 << "" << none << "token";
    QTest::newRow("percent-encoded") << "mqtt://a%40b:p%3Aw%40d@broker" << Scheme::Mqtt << "broker" << 1883 << "" << "a@b" << "p:w@d";
    QTest::newRow("@ in password unencoded") << "mqtt://u:p@ss@broker" << Scheme::Mqtt << "broker" << 1883 << "" << "u" << "p@ss";
    QTest::newRow("user on ipv6") << "ws://bob:pw@[::1]:8080/x" << Scheme::Ws << "::1" << 8080 << "/x" << "bob" << "pw";
    QTest::newRow("whitespace trimmed") << "  mqtt://broker  " << Scheme::Mqtt << "broker" << 1883 << "" << none << none;
    QTest::newRow("max port") << "mqtt://broker:65535" << Scheme::Mqtt << "broker" << 65535 << "" << none << none;
}

void tst_ServerUrl::parse()
{
    QFETCH(QString, text);
    QFETCH(Scheme, scheme);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, path);
    QFETCH(QString, username);
    QFETCH(QString, password);

    QString error = QStringLiteral("stale");
    const std::optional<ServerUrl> url = ServerUrl::parse(text, &error);
    QVERIFY2(url.has_value(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(url->scheme, scheme);
    QCOMPARE(url->host, host);
    QCOMPARE(int(url->port), port);
    QCOMPARE(url->path, path);
    if (username == QLatin1String("-"))
        QVERIFY(!url->username.has_value());
    else
        QCOMPARE(url->username.value_or(QStringLiteral("<none>")), username);
    if (password == QLatin1String("-"))
        QVERIFY(!url->password.has_value());
    else
        QCOMPARE(url->password.value_or("<none>"), password.toUtf8());
}

void tst_ServerUrl::reject_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // a fragment the message must contain

    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("blank") << "   " << "empty";
    QTest::newRow("unknown scheme") << "mqqt://broker" << "unknown scheme \"mqqt\"";
    QTest::newRow("http scheme") << "http://broker" << "unknown scheme";
    QTest::newRow("missing host") << "mqtt://" << "host is missing";
    QTest::newRow("missing host with port") << "mqtt://:1883" << "host is missing";
    QTest::newRow("missing host with user") << "mqtt://alice@:1883" << "host is missing";
    QTest::newRow("port zero") << "mqtt://broker:0" << "not a valid port";
    QTest::newRow("port too big") << "mqtt://broker:65536" << "not a valid port";
    QTest::newRow("port huge") << "mqtt://broker:99999999999" << "not a valid port";
    QTest::newRow("port letters") << "mqtt://broker:abc" << "\"abc\" is not a valid port";
    QTest::newRow("port negative") << "mqtt://broker:-1" << "not a valid port";
    QTest::newRow("port empty") << "mqtt://broker:" << "port after \":\" is empty";
    QTest::newRow("ipv6 without brackets") << "mqtt://::1:1883" << "brackets";
    QTest::newRow("ipv6 unclosed") << "mqtt://[::1:1883" << "no closing";
    QTest::newRow("ipv6 invalid") << "mqtt://[zz::1]:1883" << "not a valid IPv6 address";
    QTest::newRow("ipv4 in brackets") << "mqtt://[127.0.0.1]:1883" << "not a valid IPv6 address";
    QTest::newRow("junk after ipv6") << "mqtt://[::1]x" << "unexpected";
    QTest::newRow("path on mqtt") << "mqtt://broker/mqtt" << "have no path";
    QTest::newRow("path on mqtts") << "mqtts://broker:8883/x" << "have no path";
    QTest::newRow("fragment") << "ws://broker/mqtt#frag" << "fragment";
    QTest::newRow("space inside") << "mqtt://bro ker" << "spaces";
    QTest::newRow("empty user") << "mqtt://@broker" << "user name";
    QTest::newRow("bad host character") << "mqtt://bro<ker" << "not a valid host name";
}

void tst_ServerUrl::reject()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    const std::optional<ServerUrl> url = ServerUrl::parse(text, &error);
    QVERIFY2(!url.has_value(), qPrintable(url ? url->toString(true) : QString()));
    QVERIFY2(error.contains(expected), qPrintable(error));
    // The message quotes what the user typed so it can be found in a long command line.
    if (!text.trimmed().isEmpty())
        QVERIFY2(error.contains(text.trimmed()), qPrintable(error));
    // No crash and a message without a result pointer either.
    QVERIFY(!ServerUrl::parse(text).has_value());
}

void tst_ServerUrl::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("withPassword");

    QTest::newRow("bare") << "localhost" << "mqtt://localhost:1883" << "mqtt://localhost:1883";
    QTest::newRow("alias") << "ssl://broker" << "mqtts://broker:8883" << "mqtts://broker:8883";
    QTest::newRow("ws") << "ws://broker:8083" << "ws://broker:8083/mqtt" << "ws://broker:8083/mqtt";
    QTest::newRow("ipv6") << "wss://[::1]/m" << "wss://[::1]:443/m" << "wss://[::1]:443/m";
    QTest::newRow("credentials hidden") << "mqtt://alice:pw@broker" << "mqtt://alice@broker:1883" << "mqtt://alice:pw@broker:1883";
    QTest::newRow("encoded credentials") << "mqtt://a%40b:p%3Aw@h" << "mqtt://a%40b@h:1883" << "mqtt://a%40b:p%3Aw@h:1883";
}

void tst_ServerUrl::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(QString, withPassword);
    const std::optional<ServerUrl> url = ServerUrl::parse(text);
    QVERIFY(url);
    QCOMPARE(url->toString(), canonical);
    QCOMPARE(url->toString(true), withPassword);
    // The canonical form with the password parses back to the same value.
    const std::optional<ServerUrl> again = ServerUrl::parse(url->toString(true));
    QVERIFY(again);
    QCOMPARE(*again, *url);
}

void tst_ServerUrl::defaultPorts()
{
    QCOMPARE(ServerUrl::defaultPort(Scheme::Mqtt), quint16(1883));
    QCOMPARE(ServerUrl::defaultPort(Scheme::Mqtts), quint16(8883));
    QCOMPARE(ServerUrl::defaultPort(Scheme::Ws), quint16(80));
    QCOMPARE(ServerUrl::defaultPort(Scheme::Wss), quint16(443));
    QVERIFY(ServerUrl::parse(QStringLiteral("wss://x"))->isSecure());
    QVERIFY(ServerUrl::parse(QStringLiteral("wss://x"))->isWebSocket());
    QVERIFY(!ServerUrl::parse(QStringLiteral("mqtts://x"))->isWebSocket());
    QVERIFY(!ServerUrl::parse(QStringLiteral("ws://x"))->isSecure());
}

void tst_ServerUrl::applyToClientOptions()
{
    Mqtt::ClientOptions options;
    options.username = QStringLiteral("kept");
    options.password = QByteArrayLiteral("kept-password");
    Mqtt::applyUrl(*ServerUrl::parse(QStringLiteral("mqtts://[::1]:9999")), &options);
    QCOMPARE(options.host, QStringLiteral("::1"));
    QCOMPARE(options.port, quint16(9999));
    // Credentials not in the URL are left alone (they may come from --username / a profile).
    QCOMPARE(options.username, std::optional<QString>(QStringLiteral("kept")));
    QCOMPARE(options.password, std::optional<QByteArray>("kept-password"));

    Mqtt::applyUrl(*ServerUrl::parse(QStringLiteral("mqtt://bob:pw@broker")), &options);
    QCOMPARE(options.host, QStringLiteral("broker"));
    QCOMPARE(options.port, quint16(1883));
    QCOMPARE(options.username, std::optional<QString>(QStringLiteral("bob")));
    QCOMPARE(options.password, std::optional<QByteArray>("pw"));
}

void tst_ServerUrl::factoryRefusesTlsOptionsOnPlainUrls()
{
    Mqtt::TlsOptions tls;
    tls.caFile = QStringLiteral("/nonexistent/ca.crt");
    QString error;
    QObject parent;
    QVERIFY(!Mqtt::createTransport(*ServerUrl::parse(QStringLiteral("mqtt://h")), tls, &parent, &error));
    QVERIFY2(error.contains(QLatin1String("mqtts://")), qPrintable(error));
    QVERIFY(!Mqtt::createTransport(*ServerUrl::parse(QStringLiteral("ws://h")), tls, &parent, &error));
    QVERIFY2(error.contains(QLatin1String("wss://")), qPrintable(error));
    // And a missing CA file is reported before any connection is attempted.
    QVERIFY(!Mqtt::createTransport(*ServerUrl::parse(QStringLiteral("mqtts://h")), tls, &parent, &error));
    QVERIFY2(error.contains(QLatin1String("/nonexistent/ca.crt")) && error.contains(QLatin1String("does not exist")),
             qPrintable(error));
    QVERIFY(parent.children().isEmpty());
    // Without TLS options every scheme gets a transport.
    for (const char *text : {"mqtt://h", "mqtts://h", "ws://h", "wss://h"}) {
        Mqtt::Transport *transport = Mqtt::createTransport(*ServerUrl::parse(QString::fromLatin1(text)), {}, &parent, &error);
        QVERIFY2(transport, qPrintable(error));
        QCOMPARE(transport->parent(), &parent);
        QVERIFY2(transport->endpoint().startsWith(QString::fromLatin1(text).section(QLatin1Char(':'), 0, 0) + QLatin1String("://h:")),
                 qPrintable(transport->endpoint()));
    }
}

void tst_ServerUrl::httpHeaders()
{
    Mqtt::HttpHeaders headers;
    QString error;
    QVERIFY(Mqtt::appendHttpHeader(QStringLiteral("Authorization: Bearer a:b"), &headers, &error));
    QVERIFY(Mqtt::appendHttpHeader(QStringLiteral("X-Empty:"), &headers, &error));
    QCOMPARE(headers.size(), 2);
    QCOMPARE(headers.at(0).first, QByteArray("Authorization"));
    QCOMPARE(headers.at(0).second, QByteArray("Bearer a:b"));
    QCOMPARE(headers.at(1).second, QByteArray());
    for (const char *bad : {"no colon", ": value", "Bad Name: x", "Ünïcode: x", "X: a\r\nInjected: yes"}) {
        QVERIFY2(!Mqtt::appendHttpHeader(QString::fromUtf8(bad), &headers, &error), bad);
        QVERIFY2(error.startsWith(QLatin1String("Invalid HTTP header")), qPrintable(error));
    }
    QCOMPARE(headers.size(), 2);
}

QTEST_MAIN(tst_ServerUrl)
#include "tst_serverurl.moc"
