// The secure and WebSocket transports against a real mosquitto: round trips over every
// transport for MQTT 3.1.1 and 5.0, reopening, refused connections and WebSocket specifics.
// Certificate verification and client certificates are in tst_transports_tls.cpp.
#include "client.h"
#include "rawsession.h"
#include "securebroker.h"
#include "ssltransport.h"
#include "transportfactory.h"
#include "websockettransport.h"

#include <QSignalSpy>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

using namespace Mqtt;

Q_DECLARE_METATYPE(Mqtt::ProtocolVersion)
Q_DECLARE_METATYPE(Mqtt::TlsOptions)

class tst_Transports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void rawRoundTrip_data();
    void rawRoundTrip();
    void clientRoundTrip_data();
    void clientRoundTrip();
    void wrongPassword();
    void reopen_data();
    void reopen();
    void closeWhileConnecting_data();
    void closeWhileConnecting();
    void refused_data();
    void refused();
    void tlsToPlainPort();
    void webSocketSubprotocolAndHeaders();
    void webSocketTextFrameIsRefused();
    void webSocketWrongPath();

private:
    Transport *create(const QString &url, const TlsOptions &tls = {}, const HttpHeaders &headers = {});
    TlsOptions trustOurCa() const;
    void addRows(const char *name, const QString &url, const TlsOptions &tls, int payloadSize = 64, int frameSize = 0);
    void fetchTransport(std::unique_ptr<Transport> *transport);

    SecureBroker m_broker;
    QString m_startError;
    int m_clientCounter = 0;
};

void tst_Transports::initTestCase()
{
    // QFAIL, never skip: scripts/test.sh installs mosquitto and openssl.
    if (!m_broker.start(&m_startError))
        QFAIL(qPrintable(m_startError));
}

Transport *tst_Transports::create(const QString &url, const TlsOptions &tls, const HttpHeaders &headers)
{
    QString error;
    const std::optional<ServerUrl> parsed = ServerUrl::parse(url, &error);
    if (!parsed) {
        qWarning() << error;
        return nullptr;
    }
    Transport *transport = createTransport(*parsed, tls, this, &error, headers);
    if (!transport)
        qWarning() << error;
    return transport;
}

TlsOptions tst_Transports::trustOurCa() const
{
    TlsOptions tls;
    tls.caFile = m_broker.certificates.caCertificate();
    return tls;
}

void tst_Transports::addRows(const char *name, const QString &url, const TlsOptions &tls, int payloadSize, int frameSize)
{
    QTest::addRow("%s, 3.1.1", name) << url << tls << ProtocolVersion::V311 << payloadSize << frameSize;
    QTest::addRow("%s, 5.0", name) << url << tls << ProtocolVersion::V5 << payloadSize << frameSize;
}

// The transport for the current row of a round-trip test.
void tst_Transports::fetchTransport(std::unique_ptr<Transport> *transport)
{
    QFETCH(QString, url);
    QFETCH(TlsOptions, tls);
    QFETCH(int, frameSize);
    transport->reset(create(url, tls));
    if (auto *webSocket = qobject_cast<WebSocketTransport *>(transport->get()); webSocket && frameSize > 0)
        webSocket->setOutgoingFrameSize(quint64(frameSize));
}

void tst_Transports::rawRoundTrip_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<TlsOptions>("tls");
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("payloadSize");
    QTest::addColumn<int>("frameSize"); // WebSocket outgoing frame size, 0 = default

    const Certificates &c = m_broker.certificates;
    const QString host = QStringLiteral("127.0.0.1");
    auto url = [&host](const char *scheme, quint16 port, const char *path = "") {
        return QStringLiteral("%1://%2:%3%4").arg(QLatin1String(scheme), host).arg(port).arg(QLatin1String(path));
    };
    TlsOptions pem = trustOurCa();
    pem.certificateFile = c.clientCertificate();
    pem.keyFile = c.clientKey();
    TlsOptions encrypted = trustOurCa();
    encrypted.certificateFile = c.clientCertificate();
    encrypted.keyFile = c.clientKeyEncrypted();
    encrypted.keyPassphrase = Certificates::clientKeyPassphrase();
    TlsOptions p12 = trustOurCa();
    p12.pkcs12File = c.clientPkcs12();
    p12.pkcs12Password = Certificates::pkcs12Password();
    TlsOptions tls13 = trustOurCa();
    tls13.minimumVersion = QSsl::TlsV1_3OrLater;
    TlsOptions alpn = trustOurCa();
    alpn.alpn = QStringList{QStringLiteral("x-amzn-mqtt-ca"), QStringLiteral("mqtt")};
    TlsOptions byName = trustOurCa();
    byName.serverName = QStringLiteral("localhost");

    addRows("mqtts", url("mqtts", m_broker.tls), trustOurCa());
    addRows("mqtts, TLS 1.3 minimum", url("mqtts", m_broker.tls), tls13);
    addRows("mqtts, ALPN offered", url("mqtts", m_broker.tls), alpn);
    addRows("mqtts, server name localhost", url("mqtts", m_broker.tls), byName);
    addRows("ws", url("ws", m_broker.ws, "/mqtt"), {});
    // mosquitto's WebSocket listener is slow with big packets (its issue #1390), so packets
    // are made to span frames with small frames rather than big payloads.
    addRows("ws, 64 KiB packet over 4 KiB frames", url("ws", m_broker.ws), {}, 64 * 1024, 4096);
    addRows("wss", url("wss", m_broker.wss, "/mqtt"), trustOurCa());
    addRows("wss, 64 KiB packet over 4 KiB frames", url("wss", m_broker.wss), trustOurCa(), 64 * 1024, 4096);
    addRows("mutual TLS, PEM key", url("mqtts", m_broker.mutualTls), pem);
    addRows("mutual TLS, encrypted key", url("mqtts", m_broker.mutualTls), encrypted);
    addRows("mutual TLS, PKCS#12", url("mqtts", m_broker.mutualTls), p12);
    addRows("mutual TLS over wss, PKCS#12", url("wss", m_broker.mutualWss), p12);
    addRows("mutual TLS over wss, encrypted key", url("wss", m_broker.mutualWss), encrypted);
    addRows("mqtts, password in URL",
            QStringLiteral("mqtts://%1:%2@%3:%4")
                .arg(SecureBroker::user(), QString::fromLatin1(SecureBroker::password()), host)
                .arg(m_broker.passwordTls),
            trustOurCa());
}

void tst_Transports::rawRoundTrip()
{
    QFETCH(QString, url);
    QFETCH(ProtocolVersion, version);
    QFETCH(int, payloadSize);

    std::unique_ptr<Transport> transport;
    fetchTransport(&transport);
    QVERIFY(transport);
    RawSession session(transport.get(), version);
    QString error;
    QVERIFY2(session.open(&error), qPrintable(error));
    QVERIFY(transport->isOpen());

    const ServerUrl parsed = *ServerUrl::parse(url);
    const QString clientId = QStringLiteral("transports-%1").arg(++m_clientCounter);
    QCOMPARE(session.connectMqtt(clientId, parsed.username, parsed.password), ReasonCode::Success);

    QByteArray payload(payloadSize, Qt::Uninitialized);
    for (int i = 0; i < payloadSize; ++i)
        payload[i] = char(i * 7 + 3);
    QVERIFY2(session.qos1RoundTrip(QStringLiteral("transports/%1").arg(clientId), payload, &error), qPrintable(error));

    QVERIFY(session.send(DisconnectPacket{}));
    transport->close();
    QVERIFY(session.waitClosed());
    QVERIFY(!transport->isOpen());
    QVERIFY2(session.errors().isEmpty(), qPrintable(session.errors().join(QLatin1Char('\n'))));
}

void tst_Transports::clientRoundTrip_data()
{
    rawRoundTrip_data();
}

void tst_Transports::clientRoundTrip()
{
    QFETCH(QString, url);
    QFETCH(TlsOptions, tls);
    QFETCH(ProtocolVersion, version);
    QFETCH(int, payloadSize);
    QFETCH(int, frameSize);

    Client client;
    ClientOptions options;
    options.version = version;
    options.clientId = QStringLiteral("transports-client-%1").arg(++m_clientCounter);
    client.setOptions(options);
    QString error;
    if (frameSize == 0) {
        // The one call the CLI makes.
        QVERIFY2(configureClient(&client, url, tls, &error), qPrintable(error));
    } else {
        std::unique_ptr<Transport> transport;
        fetchTransport(&transport);
        QVERIFY(transport);
        ClientOptions withUrl = client.options();
        applyUrl(*ServerUrl::parse(url), &withUrl);
        client.setOptions(withUrl);
        client.setTransport(transport.release());
    }
    QCOMPARE(client.options().host, QStringLiteral("127.0.0.1"));
    options = client.options();

    QSignalSpy connected(&client, &Client::connected);
    QSignalSpy errors(&client, &Client::errorOccurred);
    client.connectToHost();
    QVERIFY2(connected.wait(15000) || connected.count() == 1,
             qPrintable(errors.isEmpty() ? QStringLiteral("no connection") : errors.first().first().toString()));

    const QString topic = QStringLiteral("transports/client/%1").arg(options.clientId);
    QSignalSpy subscribed(&client, &Client::subscribed);
    QVERIFY(client.subscribe(topic, 1) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, 15000);
    QCOMPARE(subscribed.first().at(1).value<QList<ReasonCode>>(), QList<ReasonCode>{ReasonCode::GrantedQoS1});

    QSignalSpy published(&client, &Client::published);
    QSignalSpy received(&client, &Client::messageReceived);
    const QByteArray payload(payloadSize, 'p');
    const int token = client.publish(topic, payload, 1);
    QVERIFY(token > 0);
    QTRY_COMPARE_WITH_TIMEOUT(published.count(), 1, 15000);
    QCOMPARE(published.first().first().toInt(), token);
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 15000);
    const Message message = received.first().first().value<Message>();
    QCOMPARE(message.topic(), topic);
    QCOMPARE(message.payload(), payload);
    QCOMPARE(int(message.qos()), 1);

    QSignalSpy disconnected(&client, &Client::disconnected);
    client.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 15000);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().first().toString()));
}

void tst_Transports::wrongPassword()
{
    const QString url = QStringLiteral("mqtts://%1:wrong@127.0.0.1:%2").arg(SecureBroker::user()).arg(m_broker.passwordTls);
    for (ProtocolVersion version : {ProtocolVersion::V311, ProtocolVersion::V5}) {
        std::unique_ptr<Transport> transport(create(url, trustOurCa()));
        QVERIFY(transport);
        RawSession session(transport.get(), version);
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        const ServerUrl parsed = *ServerUrl::parse(url);
        const ReasonCode result = session.connectMqtt(QStringLiteral("wrong-password"), parsed.username, parsed.password);
        // 3.1.1 return code 4 maps to BadUserNameOrPassword, 5 to NotAuthorized.
        QVERIFY2(result == ReasonCode::BadUserNameOrPassword || result == ReasonCode::NotAuthorized,
                 qPrintable(reasonCodeText(result)));
    }
}

void tst_Transports::reopen_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<TlsOptions>("tls");
    QTest::newRow("mqtts") << QStringLiteral("mqtts://127.0.0.1:%1").arg(m_broker.tls) << trustOurCa();
    QTest::newRow("ws") << QStringLiteral("ws://127.0.0.1:%1").arg(m_broker.ws) << TlsOptions();
    QTest::newRow("wss") << QStringLiteral("wss://127.0.0.1:%1").arg(m_broker.wss) << trustOurCa();
}

void tst_Transports::reopen()
{
    // The reconnect logic reuses one transport: open() must work again after close() and
    // after abort(), and each cycle ends with exactly one closed().
    QFETCH(QString, url);
    QFETCH(TlsOptions, tls);
    std::unique_ptr<Transport> transport(create(url, tls));
    QVERIFY(transport);
    QSignalSpy closed(transport.get(), &Transport::closed);
    RawSession session(transport.get(), ProtocolVersion::V5);
    for (int round = 0; round < 3; ++round) {
        QString error;
        QVERIFY2(session.open(&error), qPrintable(error));
        QCOMPARE(session.connectMqtt(QStringLiteral("reopen-%1").arg(round)), ReasonCode::Success);
        closed.clear();
        if (round == 1) {
            transport->abort();
            QCOMPARE(closed.count(), 1);
        } else {
            transport->close();
            QVERIFY(session.waitClosed());
        }
        QVERIFY(!transport->isOpen());
        QVERIFY(!transport->write("x"));
        QTest::qWait(50); // a second closed() would arrive by now
        QCOMPARE(closed.count(), 1);
    }
}

void tst_Transports::closeWhileConnecting_data()
{
    reopen_data();
}

void tst_Transports::closeWhileConnecting()
{
    // close() before opened(): exactly one closed(), no error, and the transport can open again.
    QFETCH(QString, url);
    QFETCH(TlsOptions, tls);
    std::unique_ptr<Transport> transport(create(url, tls));
    QVERIFY(transport);
    QSignalSpy closed(transport.get(), &Transport::closed);
    QSignalSpy opened(transport.get(), &Transport::opened);
    QSignalSpy errors(transport.get(), &Transport::errorOccurred);
    transport->open();
    transport->close();
    QTRY_COMPARE(closed.count(), 1);
    QTest::qWait(200); // a late opened() or second closed() would arrive by now
    QCOMPARE(closed.count(), 1);
    QCOMPARE(opened.count(), 0);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().first().toString()));
    RawSession session(transport.get(), ProtocolVersion::V311);
    QString error;
    QVERIFY2(session.open(&error), qPrintable(error));
    QCOMPARE(session.connectMqtt(QStringLiteral("after-close")), ReasonCode::Success);
}

void tst_Transports::refused_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("mqtts") << QStringLiteral("mqtts");
    QTest::newRow("ws") << QStringLiteral("ws");
    QTest::newRow("wss") << QStringLiteral("wss");
}

void tst_Transports::refused()
{
    QFETCH(QString, scheme);
    const quint16 port = MosquittoBroker::freePort();
    std::unique_ptr<Transport> transport(create(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(port)));
    QVERIFY(transport);
    RawSession session(transport.get(), ProtocolVersion::V5);
    QString error;
    QVERIFY(!session.open(&error));
    QVERIFY2(error.contains(QLatin1String("refused")) && error.contains(QString::number(port)), qPrintable(error));
    QVERIFY(session.waitClosed());
    QVERIFY(!session.wasOpened());
}

void tst_Transports::tlsToPlainPort()
{
    // A TLS client on a plain MQTT port: mosquitto drops the "malformed" ClientHello. The user
    // must hear that the handshake failed, not just "closed".
    std::unique_ptr<Transport> transport(create(QStringLiteral("mqtts://127.0.0.1:%1").arg(m_broker.plain)));
    QVERIFY(transport);
    RawSession session(transport.get(), ProtocolVersion::V5);
    QString error;
    QVERIFY(!session.open(&error));
    QVERIFY2(error.contains(QLatin1String("TLS")), qPrintable(error));
    QVERIFY(session.waitClosed());
}

void tst_Transports::webSocketSubprotocolAndHeaders()
{
    // mosquitto does not show request headers, so a local QWebSocketServer takes the upgrade
    // request and shows what we sent.
    QWebSocketServer server(QStringLiteral("probe"), QWebSocketServer::NonSecureMode);
    server.setSupportedSubprotocols({QStringLiteral("mqtt")});
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const HttpHeaders headers = {{"Authorization", "Bearer token-123"}, {"X-Custom", "yes"}};
    std::unique_ptr<Transport> transport(
        create(QStringLiteral("ws://127.0.0.1:%1/custom/path?x=1").arg(server.serverPort()), {}, headers));
    QVERIFY(transport);
    RawSession session(transport.get(), ProtocolVersion::V5);
    QString error;
    QVERIFY2(session.open(&error), qPrintable(error));
    QTRY_VERIFY(server.hasPendingConnections());
    std::unique_ptr<QWebSocket> peer(server.nextPendingConnection());
    const QNetworkRequest request = peer->request();
    QCOMPARE(request.url().path(), QStringLiteral("/custom/path"));
    QCOMPARE(request.url().query(), QStringLiteral("x=1"));
    QCOMPARE(request.rawHeader("Authorization"), QByteArray("Bearer token-123"));
    QCOMPARE(request.rawHeader("X-Custom"), QByteArray("yes"));
    QVERIFY2(request.rawHeader("Sec-WebSocket-Protocol").contains("mqtt"), request.rawHeader("Sec-WebSocket-Protocol"));
    QCOMPARE(static_cast<WebSocketTransport *>(transport.get())->subprotocol(), QStringLiteral("mqtt"));

    // Bytes go out as binary frames; a packet split over two frames and two packets in one
    // frame both reach the reader intact, in order.
    QSignalSpy frames(peer.get(), &QWebSocket::binaryMessageReceived);
    QVERIFY(transport->write(QByteArray("\xc0\x00", 2)));
    QTRY_COMPARE(frames.count(), 1);
    QCOMPARE(frames.first().first().toByteArray(), QByteArray("\xc0\x00", 2));
    peer->sendBinaryMessage(QByteArray("\xd0", 1));
    peer->sendBinaryMessage(QByteArray("\x00\xd0\x00", 3));
    std::optional<Packet> first = session.next();
    std::optional<Packet> second = session.next();
    QVERIFY(first && std::holds_alternative<PingrespPacket>(*first));
    QVERIFY(second && std::holds_alternative<PingrespPacket>(*second));
}

void tst_Transports::webSocketTextFrameIsRefused()
{
    QWebSocketServer server(QStringLiteral("hostile"), QWebSocketServer::NonSecureMode);
    server.setSupportedSubprotocols({QStringLiteral("mqtt")});
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    std::unique_ptr<Transport> transport(create(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort())));
    RawSession session(transport.get(), ProtocolVersion::V5);
    QString error;
    QVERIFY2(session.open(&error), qPrintable(error));
    QTRY_VERIFY(server.hasPendingConnections());
    std::unique_ptr<QWebSocket> peer(server.nextPendingConnection());
    peer->sendTextMessage(QStringLiteral("not mqtt"));
    QVERIFY(session.waitClosed());
    QCOMPARE(session.errors().size(), 1);
    QVERIFY2(session.errors().first().contains(QLatin1String("text frame")), qPrintable(session.errors().first()));
}

void tst_Transports::webSocketWrongPath()
{
    // mosquitto serves MQTT on any path; a plain HTTP reply that is not an upgrade (here: an
    // MQTT port answering nothing sensible) must still give a readable error and closed().
    std::unique_ptr<Transport> transport(create(QStringLiteral("ws://127.0.0.1:%1/mqtt").arg(m_broker.plain)));
    RawSession session(transport.get(), ProtocolVersion::V5);
    QString error;
    QVERIFY(!session.open(&error));
    QVERIFY2(error.contains(QLatin1String("WebSocket")), qPrintable(error));
    QVERIFY(session.waitClosed());
}

QTEST_MAIN(tst_Transports)
#include "tst_transports.moc"
