// mqttscope-cli's URL and TLS options: how the command line turns into a URL and TLS settings
// (in process), which combinations are refused (exit 2), and the built executable against real
// mosquitto listeners (mqtts with our test CA, ws, wss, mutual TLS with PEM and PKCS#12 client
// certificates): pub -> sub round trips for MQTT 3.1.1 and 5, certificate failures in plain
// words (exit 1), the --insecure opt-in and its warning.
#include "cliprogram.h"
#include "connectionarguments.h"
#include "securebroker.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTest>

#include <memory>

using Mqtt::ServerUrl;

class TestCliTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void settingsFromArguments_data();
    void settingsFromArguments();
    void plainOnlyReaderRefusesTls();
    void badCombinations_data();
    void badCombinations();

    void roundTrip_data();
    void roundTrip();
    void verificationFails_data();
    void verificationFails();
    void unusableTlsFiles_data();
    void unusableTlsFiles();
    void insecureConnects_data();
    void insecureConnects();
    void helpListsTlsOptions();
    void reconnectAfterBrokerRestart_data();
    void reconnectAfterBrokerRestart();

private:
    QString url(const char *scheme, quint16 port, const QString &host = QStringLiteral("127.0.0.1")) const
    {
        return QStringLiteral("%1://%2:%3").arg(QLatin1String(scheme), host).arg(port);
    }
    QStringList ca() const { return {QStringLiteral("--cafile"), m_secure->certificates.caCertificate()}; }
    QStringList clientPem() const
    {
        return {QStringLiteral("--cert"), m_secure->certificates.clientCertificate(), QStringLiteral("--key"),
                m_secure->certificates.clientKey()};
    }
    QStringList clientP12() const
    {
        return {QStringLiteral("--p12"), m_secure->certificates.clientPkcs12(), QStringLiteral("--p12-pass"),
                QString::fromLatin1(Certificates::pkcs12Password())};
    }
    std::unique_ptr<CliProgram> run(const QStringList &arguments);
    // Starts a subscriber for `topic` (waits until subscribed), publishes one QoS 1 message with
    // the same connection arguments and checks that it arrives. Returns the subscriber, finished.
    std::unique_ptr<CliProgram> roundTripWith(const QStringList &connection, const QString &topic);

    QString m_cli;
    std::unique_ptr<SecureBroker> m_secure;
    int m_topicNumber = 0;
};

namespace {

// The parts of the settings the command line decided, non-default ones only.
QString describe(const ConnectionSettings &s)
{
    QStringList parts{s.url.toString()};
    if (s.options.username)
        parts << QStringLiteral("user=%1").arg(*s.options.username);
    if (s.options.password)
        parts << QStringLiteral("password=%1").arg(QString::fromUtf8(*s.options.password));
    const Mqtt::TlsOptions &t = s.tls;
    auto add = [&parts](const char *name, const QString &value) {
        if (!value.isEmpty())
            parts << QStringLiteral("%1=%2").arg(QLatin1String(name), value);
    };
    add("ca", t.caFile);
    add("cert", t.certificateFile);
    add("key", t.keyFile);
    add("keypass", QString::fromUtf8(t.keyPassphrase));
    add("p12", t.pkcs12File);
    add("p12pass", QString::fromUtf8(t.pkcs12Password));
    add("sni", t.serverName);
    add("alpn", t.alpn.join(QLatin1Char('|')));
    if (t.minimumVersion != QSsl::TlsV1_2OrLater)
        add("min", Mqtt::TlsOptions::minimumVersionName(t.minimumVersion));
    if (t.insecure)
        parts << QStringLiteral("insecure");
    if (s.options.autoReconnect)
        parts << QStringLiteral("reconnect=%1..%2").arg(s.options.reconnectInitialDelayMs).arg(s.options.reconnectMaxDelayMs);
    for (const auto &[name, value] : s.headers)
        parts << QStringLiteral("header %1=%2").arg(QString::fromLatin1(name), QString::fromUtf8(value));
    return parts.join(QLatin1Char(' '));
}

bool parse(const QStringList &arguments, ConnectionSettings *settings, QString *error)
{
    QCommandLineParser parser;
    ConnectionArguments connection;
    connection.addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("mqttscope-cli")} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    return connection.read(parser, settings, error);
}

void addVersions(const QString &name, const QStringList &arguments)
{
    for (const char *version : {"3.1.1", "5"}) {
        QTest::addRow("%s, %s", qPrintable(name), version)
            << (arguments + QStringList{QStringLiteral("-V"), QLatin1String(version)});
    }
}

} // namespace

void TestCliTls::initTestCase()
{
    m_cli = QStringLiteral(MQTTSCOPE_CLI_PATH);
    QVERIFY2(QFile::exists(m_cli), qPrintable(QStringLiteral("mqttscope-cli not built at %1").arg(m_cli)));
    m_secure = std::make_unique<SecureBroker>();
    QString error;
    if (!m_secure->start(&error))
        QFAIL(qPrintable(QStringLiteral("cannot start the TLS/WebSocket mosquitto: %1").arg(error)));
}

void TestCliTls::cleanupTestCase()
{
    m_secure.reset();
}

std::unique_ptr<CliProgram> TestCliTls::run(const QStringList &arguments)
{
    auto program = std::make_unique<CliProgram>(m_cli, arguments);
    program->waitForFinished();
    return program;
}

void TestCliTls::settingsFromArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const QStringList &args, const QString &expected) {
        QTest::newRow(name) << args << expected;
    };
    row("defaults", {}, QStringLiteral("mqtt://localhost:1883"));
    row("-h -p", {"-h", "broker", "-p", "1884"}, QStringLiteral("mqtt://broker:1884"));
    row("-h IPv6", {"-h", "::1"}, QStringLiteral("mqtt://[::1]:1883"));
    row("-h bracketed IPv6", {"-h", "[::1]", "-p", "2"}, QStringLiteral("mqtt://[::1]:2"));
    row("--cafile implies mqtts on 8883", {"-h", "broker", "--cafile", "/ca.pem"},
        QStringLiteral("mqtts://broker:8883 ca=/ca.pem"));
    row("--insecure implies mqtts, -p kept", {"-h", "broker", "-p", "1234", "--insecure"},
        QStringLiteral("mqtts://broker:1234 insecure"));
    row("--tls-use-os-certs", {"-h", "broker", "--tls-use-os-certs"}, QStringLiteral("mqtts://broker:8883"));
    row("--url bare host:port", {"--url", "broker:99"}, QStringLiteral("mqtt://broker:99"));
    row("-L tcp alias", {"-L", "tcp://broker"}, QStringLiteral("mqtt://broker:1883"));
    row("--url ssl alias", {"--url", "ssl://broker"}, QStringLiteral("mqtts://broker:8883"));
    row("--url ws default port and path", {"--url", "ws://broker"}, QStringLiteral("ws://broker:80/mqtt"));
    row("--url wss with credentials and path", {"--url", "wss://u%40x:p%3Aw@broker/path?x=1"},
        QStringLiteral("wss://u%40x@broker:443/path?x=1 user=u@x password=p:w"));
    row("--url with the same -h and -p", {"--url", "mqtt://broker:7", "-h", "BROKER", "-p", "7"},
        QStringLiteral("mqtt://broker:7"));
    row("--url user, -P password", {"--url", "mqtts://alice@broker", "-P", "pw"},
        QStringLiteral("mqtts://alice@broker:8883 user=alice password=pw"));
    row("-u -P with --url", {"--url", "mqtts://broker", "-u", "bob", "-P", "pw"},
        QStringLiteral("mqtts://bob@broker:8883 user=bob password=pw"));
    row("PEM client certificate", {"--url", "mqtts://b", "--cert", "/c.pem", "--key", "/k.pem", "--pass-key", "s"},
        QStringLiteral("mqtts://b:8883 cert=/c.pem key=/k.pem keypass=s"));
    row("PKCS#12 with --p12-pass", {"--url", "mqtts://b", "--p12", "/c.p12", "--p12-pass", "a"},
        QStringLiteral("mqtts://b:8883 p12=/c.p12 p12pass=a"));
    row("PKCS#12 with --pass-key", {"--url", "mqtts://b", "--p12", "/c.p12", "--pass-key", "b"},
        QStringLiteral("mqtts://b:8883 p12=/c.p12 p12pass=b"));
    row("--p12-pass wins over --pass-key", {"--url", "mqtts://b", "--p12", "/c.p12", "--p12-pass", "a", "--pass-key", "b"},
        QStringLiteral("mqtts://b:8883 p12=/c.p12 p12pass=a"));
    row("ALPN lists", {"--url", "mqtts://b:443", "--alpn", "x-amzn-mqtt-ca", "--tls-alpn", "a, b"},
        QStringLiteral("mqtts://b:443 alpn=x-amzn-mqtt-ca|a|b"));
    row("SNI and TLS 1.3", {"--url", "wss://10.0.0.1", "--sni", "broker.example", "--tls-version", "tlsv1.3"},
        QStringLiteral("wss://10.0.0.1:443/mqtt sni=broker.example min=1.3"));
    row("reconnect options", {"--reconnect", "--reconnect-delay", "2", "--reconnect-max-delay", "30"},
        QStringLiteral("mqtt://localhost:1883 reconnect=2000..30000"));
    row("a long first reconnect delay raises the default maximum", {"--reconnect", "--reconnect-delay", "90"},
        QStringLiteral("mqtt://localhost:1883 reconnect=90000..90000"));
    row("headers", {"--url", "ws://b:8083", "--header", "Authorization: Bearer abc", "--header", "X-A:1"},
        QStringLiteral("ws://b:8083/mqtt header Authorization=Bearer abc header X-A=1"));
}

void TestCliTls::settingsFromArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    ConnectionSettings settings;
    QString error;
    QVERIFY2(parse(arguments, &settings, &error), qPrintable(error));
    QCOMPARE(describe(settings), expected);
    // ClientOptions agree with the URL.
    QCOMPARE(settings.options.host, settings.url.host);
    QCOMPARE(settings.options.port, settings.url.port);
}

void TestCliTls::plainOnlyReaderRefusesTls()
{
    for (const QStringList &arguments : {QStringList{"--url", "mqtts://b"}, QStringList{"-h", "b", "--cafile", "/ca"},
                                         QStringList{"--url", "ws://b"}}) {
        QCommandLineParser parser;
        ConnectionArguments connection;
        connection.addTo(parser);
        QVERIFY(parser.parse(QStringList{QStringLiteral("mqttscope-cli")} + arguments));
        Mqtt::ClientOptions options;
        QString error;
        QVERIFY(!connection.read(parser, &options, &error));
        QVERIFY2(error.contains(QLatin1String("mqtt://")), qPrintable(error));
    }
    QCommandLineParser parser;
    ConnectionArguments connection;
    connection.addTo(parser);
    QVERIFY(parser.parse({QStringLiteral("mqttscope-cli"), QStringLiteral("--url"), QStringLiteral("mqtt://b:5")}));
    Mqtt::ClientOptions options;
    QString error;
    QVERIFY2(connection.read(parser, &options, &error), qPrintable(error));
    QCOMPARE(options.host, QStringLiteral("b"));
    QCOMPARE(options.port, quint16(5));
}

void TestCliTls::badCombinations_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // in the one-line reason
    auto row = [](const char *name, const QStringList &args, const char *expected) {
        QTest::newRow(name) << args << QString::fromUtf8(expected);
    };
    row("--cafile with mqtt://", {"--url", "mqtt://127.0.0.1:1", "--cafile", "/ca"}, "use mqtts://");
    row("--insecure with ws://", {"--url", "ws://127.0.0.1:1", "--insecure"}, "use wss://");
    row("--alpn with a bare host", {"--url", "127.0.0.1", "--alpn", "a"}, "use mqtts://");
    row("--tls-use-os-certs with mqtt://", {"-L", "mqtt://127.0.0.1", "--tls-use-os-certs"}, "use mqtts://");
    row("--header with mqtts://", {"--url", "mqtts://127.0.0.1", "--header", "A: b"}, "ws://");
    row("--header with -h", {"-h", "127.0.0.1", "--header", "A: b"}, "ws://");
    row("--header without colon", {"--url", "ws://127.0.0.1", "--header", "A"}, "Name: value");
    row("--header with a bad name", {"--url", "ws://127.0.0.1", "--header", "A B: c"}, "name");
    row("unknown scheme", {"--url", "mqtq://127.0.0.1"}, "unknown scheme");
    row("path on mqtts://", {"--url", "mqtts://127.0.0.1/topic"}, "no path");
    row("bad port in URL", {"--url", "mqtt://127.0.0.1:0"}, "port");
    row("empty --url", {"--url", ""}, "empty");
    row("-h differs from --url", {"--url", "mqtt://127.0.0.1", "-h", "localhost"}, "different hosts");
    row("-p differs from --url", {"--url", "mqtt://127.0.0.1:1883", "-p", "1884"}, "different ports");
    row("-p differs from the default port", {"--url", "mqtts://127.0.0.1", "-p", "1883"}, "different ports");
    row("-u differs from the URL", {"--url", "mqtt://alice@127.0.0.1", "-u", "bob"}, "user name");
    row("-P differs from the URL", {"--url", "mqtt://alice:a@127.0.0.1", "-P", "b"}, "password");
    row("URL in -h", {"-h", "mqtts://127.0.0.1"}, "--url");
    row("bad TLS version", {"--url", "mqtts://127.0.0.1", "--tls-version", "1.1"}, "1.2 or 1.3");
    row("--cert without --key", {"--url", "mqtts://127.0.0.1", "--cert", "/c"}, "--key");
    row("--key without --cert", {"--url", "mqtts://127.0.0.1", "--key", "/k"}, "--cert");
    row("--p12 and --cert", {"--url", "mqtts://127.0.0.1", "--p12", "/p", "--cert", "/c", "--key", "/k"}, "not both");
    row("--p12-pass without --p12", {"--url", "mqtts://127.0.0.1", "--p12-pass", "x"}, "--p12");
    row("--pass-key alone", {"--url", "mqtts://127.0.0.1", "--pass-key", "x"}, "--key or --p12");
    row("empty ALPN name", {"--url", "mqtts://127.0.0.1", "--alpn", "a,,b"}, "--alpn");
    row("empty --cafile", {"--url", "mqtts://127.0.0.1", "--cafile", ""}, "file name");
    row("empty --sni", {"--url", "mqtts://127.0.0.1", "--sni", ""}, "--sni");
    row("--reconnect-delay without --reconnect", {"--url", "mqtt://127.0.0.1", "--reconnect-delay", "2"}, "--reconnect");
    row("reconnect delays the wrong way round", {"--reconnect", "--reconnect-delay", "5", "--reconnect-max-delay", "2"},
        "must not be shorter");
    row("reconnect delay zero", {"--reconnect", "--reconnect-delay", "0"}, "reconnect delay");
    row("password in URL without user, 3.1.1", {"--url", "mqtt://:pw@127.0.0.1", "-V", "3.1.1"}, "user name");
}

void TestCliTls::badCombinations()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    for (const QStringList &command :
         {QStringList{QStringLiteral("sub"), QStringLiteral("-t"), QStringLiteral("a")},
          QStringList{QStringLiteral("pub"), QStringLiteral("-t"), QStringLiteral("a"), QStringLiteral("-m"), QStringLiteral("x")}}) {
        auto p = run(command + arguments);
        QVERIFY2(p->exitCode() == 2, qPrintable(p->describe()));
        QVERIFY(p->out().isEmpty());
        const QString firstLine = QString::fromUtf8(p->err().split('\n').constFirst());
        QVERIFY2(firstLine.startsWith(QStringLiteral("mqttscope-cli %1: ").arg(command.constFirst())), qPrintable(firstLine));
        QVERIFY2(firstLine.contains(expected), qPrintable(firstLine));
    }
}

std::unique_ptr<CliProgram> TestCliTls::roundTripWith(const QStringList &connection, const QString &topic)
{
    auto sub = std::make_unique<CliProgram>(
        m_cli, QStringList{QStringLiteral("sub"), QStringLiteral("-d"), QStringLiteral("-v"), QStringLiteral("-q"),
                           QStringLiteral("1"), QStringLiteral("-C"), QStringLiteral("1"), QStringLiteral("-W"),
                           QStringLiteral("30"), QStringLiteral("-t"), topic} + connection);
    if (!sub->waitForText("Subscribed to")) {
        QTest::qFail(qPrintable(QStringLiteral("the subscriber did not subscribe: %1").arg(sub->describe())), __FILE__,
                     __LINE__);
        return sub;
    }
    auto pub = run(QStringList{QStringLiteral("pub"), QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-t"), topic,
                               QStringLiteral("-m"), QStringLiteral("over TLS")} + connection);
    if (pub->exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("pub failed: %1").arg(pub->describe())), __FILE__, __LINE__);
        return sub;
    }
    sub->waitForFinished();
    if (sub->exitCode() != 0 || sub->out() != (topic + QStringLiteral(" over TLS\n")).toUtf8())
        QTest::qFail(qPrintable(QStringLiteral("sub: %1").arg(sub->describe())), __FILE__, __LINE__);
    return sub;
}

void TestCliTls::roundTrip_data()
{
    QTest::addColumn<QStringList>("arguments");
    const SecureBroker &b = *m_secure;
    const Certificates &c = b.certificates;
    const QString mqtts = url("mqtts", b.tls);
    addVersions(QStringLiteral("mqtts://, --cafile"), QStringList{"--url", mqtts} + ca());
    // By address, not "localhost": a minimal Debian has no /etc/hosts entry for it, and
    // tests must only reach 127.0.0.1 anyway. The "--sni" row checks verification by name.
    addVersions(QStringLiteral("-L mqtts://"), QStringList{"-L", mqtts} + ca());
    addVersions(QStringLiteral("ssl:// alias"), QStringList{"--url", url("ssl", b.tls)} + ca());
    addVersions(QStringLiteral("-h -p with --cafile"), QStringList{"-h", "127.0.0.1", "-p", QString::number(b.tls)} + ca());
    addVersions(QStringLiteral("--url with the same -p"), QStringList{"--url", mqtts, "-p", QString::number(b.tls)} + ca());
    addVersions(QStringLiteral("--sni localhost by IP"), QStringList{"--url", mqtts, "--sni", "localhost"} + ca());
    addVersions(QStringLiteral("--tls-version 1.3"), QStringList{"--url", mqtts, "--tls-version", "1.3"} + ca());
    // mosquitto does no ALPN: the handshake goes on without it.
    addVersions(QStringLiteral("--alpn"), QStringList{"--url", mqtts, "--alpn", "mqtt,x-amzn-mqtt-ca"} + ca());
    addVersions(QStringLiteral("credentials in the URL"),
                QStringList{"--url", QStringLiteral("mqtts://%1:%2@127.0.0.1:%3")
                                         .arg(SecureBroker::user(), QString::fromLatin1(SecureBroker::password()))
                                         .arg(b.passwordTls)} + ca());
    addVersions(QStringLiteral("-u -P with the URL"),
                QStringList{"--url", url("mqtts", b.passwordTls), "-u", SecureBroker::user(), "-P",
                            QString::fromLatin1(SecureBroker::password())} + ca());
    addVersions(QStringLiteral("tcp:// alias"), QStringList{"--url", url("tcp", b.plain)});
    addVersions(QStringLiteral("ws://"), QStringList{"--url", url("ws", b.ws)});
    addVersions(QStringLiteral("ws:// with --header"),
                QStringList{"--url", url("ws", b.ws) + QStringLiteral("/mqtt"), "--header", "X-Client: mqttscope-test"});
    addVersions(QStringLiteral("wss://"), QStringList{"--url", url("wss", b.wss)} + ca());
    addVersions(QStringLiteral("mutual TLS, PEM"), QStringList{"--url", url("mqtts", b.mutualTls)} + ca() + clientPem());
    addVersions(QStringLiteral("mutual TLS, encrypted key"),
                QStringList{"--url", url("mqtts", b.mutualTls), "--cert", c.clientCertificate(), "--key",
                            c.clientKeyEncrypted(), "--pass-key", QString::fromLatin1(Certificates::clientKeyPassphrase())}
                    + ca());
    addVersions(QStringLiteral("mutual TLS, PKCS#12"), QStringList{"--url", url("mqtts", b.mutualTls)} + ca() + clientP12());
    addVersions(QStringLiteral("mutual TLS, PKCS#12 with --pass-key"),
                QStringList{"--url", url("mqtts", b.mutualTls), "--p12", c.clientPkcs12(), "--pass-key",
                            QString::fromLatin1(Certificates::pkcs12Password())} + ca());
    addVersions(QStringLiteral("mutual wss, PEM"), QStringList{"--url", url("wss", b.mutualWss)} + ca() + clientPem());
    addVersions(QStringLiteral("mutual wss, PKCS#12"), QStringList{"--url", url("wss", b.mutualWss)} + ca() + clientP12());
}

void TestCliTls::roundTrip()
{
    QFETCH(QStringList, arguments);
    roundTripWith(arguments, QStringLiteral("clitls/%1").arg(++m_topicNumber));
}

void TestCliTls::verificationFails_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected"); // fragments of the one-line reason
    const SecureBroker &b = *m_secure;
    const Certificates &c = b.certificates;
    const QStringList otherCa{"--cafile", c.otherCaCertificate()};
    const QString notVerified = QStringLiteral("TLS certificate verification failed");
    QTest::newRow("mqtts, wrong CA") << (QStringList{"--url", url("mqtts", b.tls)} + otherCa)
                                     << QStringList{notVerified, "not trusted", "MqttScope Test CA", "subject CN=localhost"};
    QTest::newRow("-h -p, wrong CA") << (QStringList{"-h", "127.0.0.1", "-p", QString::number(b.tls)} + otherCa)
                                     << QStringList{notVerified, "not trusted"};
    QTest::newRow("mqtts, system CA store") << QStringList{"--url", url("mqtts", b.tls)}
                                            << QStringList{notVerified, "not trusted"};
    QTest::newRow("wss, wrong CA") << (QStringList{"--url", url("wss", b.wss)} + otherCa)
                                   << QStringList{notVerified, "not trusted"};
    QTest::newRow("expired") << (QStringList{"--url", url("mqtts", b.expired)} + ca())
                             << QStringList{notVerified, "has expired"};
    QTest::newRow("host name mismatch") << (QStringList{"--url", url("mqtts", b.wrongHost)} + ca())
                                        << QStringList{notVerified, "host name mismatch", "broker.test"};
    QTest::newRow("--sni names another host") << (QStringList{"--url", url("mqtts", b.tls), "--sni", "other.example"} + ca())
                                              << QStringList{notVerified, "host name mismatch", "other.example"};
    QTest::newRow("self-signed") << (QStringList{"--url", url("mqtts", b.selfSigned)} + ca())
                                 << QStringList{notVerified, "self-signed"};
    QTest::newRow("mutual TLS without a client certificate") << (QStringList{"--url", url("mqtts", b.mutualTls)} + ca())
                                                             << QStringList{"requires a client certificate"};
    QTest::newRow("mutual TLS with a foreign client certificate")
        << (QStringList{"--url", url("mqtts", b.mutualTls), "--cert", c.otherClientCertificate(), "--key", c.otherClientKey()}
            + ca())
        << QStringList{"rejected our client certificate"};
    QTest::newRow("wrong password in the URL")
        << (QStringList{"--url", QStringLiteral("mqtts://%1:wrong@127.0.0.1:%2").arg(SecureBroker::user()).arg(b.passwordTls)}
            + ca())
        << QStringList{};
}

void TestCliTls::verificationFails()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    for (const QStringList &command :
         {QStringList{QStringLiteral("sub"), QStringLiteral("-t"), QStringLiteral("a")},
          QStringList{QStringLiteral("pub"), QStringLiteral("-t"), QStringLiteral("a"), QStringLiteral("-m"), QStringLiteral("x")}}) {
        for (const char *version : {"3.1.1", "5"}) {
            auto p = run(command + arguments + QStringList{QStringLiteral("-V"), QLatin1String(version)});
            QVERIFY2(p->exitCode() == 1, qPrintable(p->describe()));
            QVERIFY(p->out().isEmpty());
            const QString reason = QString::fromUtf8(p->err().trimmed());
            QVERIFY2(!reason.isEmpty() && !reason.contains(QLatin1Char('\n')), qPrintable(p->describe()));
            for (const QString &fragment : std::as_const(expected))
                QVERIFY2(reason.contains(fragment), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(fragment, reason)));
            if (expected.isEmpty()) // the CONNACK refusal
                QVERIFY2(reason.contains(QLatin1String("password"), Qt::CaseInsensitive)
                             || reason.contains(QLatin1String("authori"), Qt::CaseInsensitive),
                         qPrintable(reason));
        }
    }
}

void TestCliTls::unusableTlsFiles_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const SecureBroker &b = *m_secure;
    const Certificates &c = b.certificates;
    const QString mutual = url("mqtts", b.mutualTls);
    const QString missing = c.file(QStringLiteral("missing-ca.pem"));
    QTest::newRow("missing CA file") << QStringList{"--url", mutual, "--cafile", missing} << missing + QStringLiteral("\" does not exist");
    QTest::newRow("key as CA file") << QStringList{"--url", mutual, "--cafile", c.clientKey()}
                                    << QStringLiteral("holds a private key, not a certificate");
    QTest::newRow("encrypted key without passphrase")
        << (QStringList{"--url", mutual, "--cert", c.clientCertificate(), "--key", c.clientKeyEncrypted()} + ca())
        << QStringLiteral("is encrypted: give its passphrase");
    QTest::newRow("wrong key passphrase")
        << (QStringList{"--url", mutual, "--cert", c.clientCertificate(), "--key", c.clientKeyEncrypted(), "--pass-key", "nope"}
            + ca())
        << QStringLiteral("Wrong passphrase");
    QTest::newRow("wrong PKCS#12 password") << (QStringList{"--url", mutual, "--p12", c.clientPkcs12(), "--p12-pass", "nope"} + ca())
                                            << QStringLiteral("wrong password");
    QTest::newRow("PEM given as PKCS#12") << (QStringList{"--url", mutual, "--p12", c.clientCertificate()} + ca())
                                          << QStringLiteral("is a PEM file, not a PKCS#12 bundle");
}

void TestCliTls::unusableTlsFiles()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    // The files are read before connecting: a failure (exit 1) that names the file, not a usage error.
    auto p = run(QStringList{QStringLiteral("sub"), QStringLiteral("-t"), QStringLiteral("a")} + arguments);
    QVERIFY2(p->exitCode() == 1, qPrintable(p->describe()));
    const QString reason = QString::fromUtf8(p->err().trimmed());
    QVERIFY2(!reason.contains(QLatin1Char('\n')), qPrintable(reason));
    QVERIFY2(reason.contains(expected), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(expected, reason)));
}

void TestCliTls::insecureConnects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("problem"); // what the warning names
    const SecureBroker &b = *m_secure;
    QTest::newRow("expired") << (QStringList{"--url", url("mqtts", b.expired), "--insecure"} + ca()) << QStringLiteral("has expired");
    QTest::newRow("self-signed, -h -p") << QStringList{"-h", "127.0.0.1", "-p", QString::number(b.selfSigned), "--insecure"}
                                        << QStringLiteral("self-signed");
    QTest::newRow("host name mismatch") << (QStringList{"--url", url("mqtts", b.wrongHost), "--insecure"} + ca())
                                        << QStringLiteral("host name mismatch");
    QTest::newRow("wss, unknown CA") << QStringList{"--url", url("wss", b.wss), "--insecure", "--cafile",
                                                    b.certificates.otherCaCertificate()}
                                     << QStringLiteral("not trusted");
}

void TestCliTls::insecureConnects()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, problem);
    auto sub = roundTripWith(arguments, QStringLiteral("clitls/insecure/%1").arg(++m_topicNumber));
    if (QTest::currentTestFailed())
        return;
    // The opt-in is never silent: the user is told verification is off and what was accepted.
    const QString err = QString::fromUtf8(sub->err());
    QVERIFY2(err.contains(QLatin1String("Certificate verification is off")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("Insecure mode: accepting the certificate")), qPrintable(err));
    QVERIFY2(err.contains(problem), qPrintable(err));
}

void TestCliTls::helpListsTlsOptions()
{
    for (const QString &command : {QStringLiteral("sub"), QStringLiteral("pub")}) {
        auto p = run({command, QStringLiteral("--help")});
        QCOMPARE(p->exitCode(), 0);
        for (const char *option : {"--url", "--cafile", "--cert", "--key", "--pass-key", "--p12", "--p12-pass", "--insecure",
                                   "--alpn", "--sni", "--tls-version", "--header", "--tls-use-os-certs"})
            QVERIFY2(p->out().contains(option), option);
    }
}

void TestCliTls::reconnectAfterBrokerRestart_data()
{
    QTest::addColumn<QStringList>("arguments");
    const SecureBroker &b = *m_secure;
    QTest::newRow("mqtt, 3.1.1") << QStringList{"--url", url("mqtt", b.plain), "-V", "3.1.1"};
    QTest::newRow("mqtt, 5") << QStringList{"--url", url("mqtt", b.plain), "-V", "5"};
    QTest::newRow("mqtts, 5") << (QStringList{"--url", url("mqtts", b.tls), "-V", "5"} + ca());
    QTest::newRow("mutual wss, 3.1.1") << (QStringList{"--url", url("wss", b.mutualWss), "-V", "3.1.1"} + ca() + clientP12());
}

// --reconnect: the same transport (TLS files and all) opens again after the broker restarts,
// the client restores the subscription itself, and sub goes on counting messages.
void TestCliTls::reconnectAfterBrokerRestart()
{
    QFETCH(QStringList, arguments);
    const QString topic = QStringLiteral("clitls/reconnect/%1").arg(++m_topicNumber);
    CliProgram sub(m_cli, QStringList{QStringLiteral("sub"), QStringLiteral("-d"), QStringLiteral("--reconnect"),
                                      QStringLiteral("--reconnect-delay"), QStringLiteral("1"), QStringLiteral("-q"),
                                      QStringLiteral("1"), QStringLiteral("-C"), QStringLiteral("2"), QStringLiteral("-W"),
                                      QStringLiteral("120"), QStringLiteral("-t"), topic} + arguments);
    QVERIFY2(sub.waitForText("Subscribed to"), qPrintable(sub.describe()));
    const QStringList pubArgs = QStringList{QStringLiteral("pub"), QStringLiteral("-q"), QStringLiteral("1"),
                                            QStringLiteral("-t"), topic, QStringLiteral("-m")};
    auto before = run(pubArgs + QStringList{QStringLiteral("before")} + arguments);
    QVERIFY2(before->exitCode() == 0, qPrintable(before->describe()));
    QVERIFY2(sub.waitForText("before\n", true), qPrintable(sub.describe()));

    QString error;
    QVERIFY2(m_secure->broker.restart(&error), qPrintable(error));
    QVERIFY2(sub.waitForText("Reconnecting to", false, 60000), qPrintable(sub.describe()));
    QVERIFY2(sub.waitForText("Subscribed again to", false, 60000), qPrintable(sub.describe()));
    auto after = run(pubArgs + QStringList{QStringLiteral("after")} + arguments);
    QVERIFY2(after->exitCode() == 0, qPrintable(after->describe()));
    QVERIFY(sub.waitForFinished(60000));
    QVERIFY2(sub.exitCode() == 0, qPrintable(sub.describe()));
    QCOMPARE(sub.out(), QByteArray("before\nafter\n"));
}

QTEST_MAIN(TestCliTls)
#include "tst_clitls.moc"
