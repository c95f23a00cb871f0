// TLS for mqtts:// and wss:// against a real mosquitto: certificate verification failures
// and their wording, the insecure opt-in, server name override, ALPN, mutual TLS and the
// messages for unreadable TLS files.
#include "client.h"
#include "rawsession.h"
#include "securebroker.h"
#include "ssltransport.h"
#include "transportfactory.h"
#include "websockettransport.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Mqtt;

Q_DECLARE_METATYPE(Mqtt::TlsOptions)

class tst_TransportsTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void verificationFails_data();
    void verificationFails();
    void clientReportsVerificationFailure();
    void insecureConnects_data();
    void insecureConnects();
    void serverNameOverride_data();
    void serverNameOverride();
    void mutualTlsRefused_data();
    void mutualTlsRefused();
    void badFiles_data();
    void badFiles();
    void badFilesReportedWhenOpening();
    void legacyPkcs12();
    void alpnAndSniReachTheServer();
    void minimumVersionRefused();
    void ipv6Literal();

private:
    // openssl's test server on a free loopback port; waits until it listens.
    bool startOpensslServer(QProcess *server, const QStringList &extraArguments, quint16 *port, QByteArray *output,
                            const QString &address = QStringLiteral("127.0.0.1"));
    QString url(const char *scheme, quint16 port) const
    {
        return QStringLiteral("%1://127.0.0.1:%2").arg(QLatin1String(scheme)).arg(port);
    }
    TlsOptions trustOurCa() const;
    Transport *create(const QString &url, const TlsOptions &tls);
    QString writeFile(const QString &name, const QByteArray &content);

    SecureBroker m_broker;
    QTemporaryDir m_files;
};

void tst_TransportsTls::initTestCase()
{
    QString error;
    if (!m_broker.start(&error))
        QFAIL(qPrintable(error));
    QVERIFY(m_files.isValid());
}

TlsOptions tst_TransportsTls::trustOurCa() const
{
    TlsOptions tls;
    tls.caFile = m_broker.certificates.caCertificate();
    return tls;
}

Transport *tst_TransportsTls::create(const QString &text, const TlsOptions &tls)
{
    QString error;
    Transport *transport = createTransport(*ServerUrl::parse(text), tls, this, &error);
    if (!transport)
        qWarning() << error;
    return transport;
}

QString tst_TransportsTls::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content);
    return path;
}

void tst_TransportsTls::verificationFails_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<TlsOptions>("tls");
    QTest::addColumn<QStringList>("expected"); // fragments the error must contain

    const QString ourCa = QStringLiteral("issuer CN=MqttScope Test CA, O=MqttScope tests");
    TlsOptions otherCa;
    otherCa.caFile = m_broker.certificates.otherCaCertificate();
    TlsOptions otherName = trustOurCa();
    otherName.serverName = QStringLiteral("other.example");

    QTest::newRow("mqtts, unknown CA") << url("mqtts", m_broker.tls) << otherCa
                                       << QStringList{"not trusted", "unknown CA \"CN=MqttScope Test CA, O=MqttScope tests\"",
                                                      "subject CN=localhost", ourCa, "valid "};
    QTest::newRow("mqtts, system CA store") << url("mqtts", m_broker.tls) << TlsOptions()
                                            << QStringList{"not trusted", "subject CN=localhost"};
    QTest::newRow("mqtts, host name mismatch")
        << url("mqtts", m_broker.wrongHost) << trustOurCa()
        << QStringList{"host name mismatch", "for broker.test, not for \"127.0.0.1\"", "subject CN=broker.test", ourCa};
    QTest::newRow("mqtts, server name mismatch")
        << url("mqtts", m_broker.tls) << otherName
        << QStringList{"host name mismatch", "for localhost, ", "127.0.0.1", "not for \"other.example\""};
    QTest::newRow("mqtts, expired")
        << url("mqtts", m_broker.expired) << trustOurCa()
        << QStringList{"has expired (on 2021-01-01 00:00 UTC)", "valid 2020-01-01 00:00 UTC to 2021-01-01 00:00 UTC",
                       "subject CN=localhost", ourCa};
    QTest::newRow("mqtts, not yet valid")
        << url("mqtts", m_broker.future) << trustOurCa()
        << QStringList{"not yet valid (only from 2098-01-01 00:00 UTC", "subject CN=localhost"};
    QTest::newRow("mqtts, self-signed") << url("mqtts", m_broker.selfSigned) << trustOurCa()
                                        << QStringList{"self-signed", "subject CN=localhost", "issuer CN=localhost"};
    QTest::newRow("wss, unknown CA") << url("wss", m_broker.wss) << otherCa
                                     << QStringList{"not trusted", "subject CN=localhost", ourCa};
    QTest::newRow("wss, host name mismatch") << url("wss", m_broker.wrongHostWss) << trustOurCa()
                                             << QStringList{"host name mismatch", "broker.test", "127.0.0.1"};
    QTest::newRow("wss, server name mismatch") << url("wss", m_broker.wrongHostWss) << otherName
                                               << QStringList{"host name mismatch", "\"other.example\""};
}

void tst_TransportsTls::verificationFails()
{
    QFETCH(QString, url);
    QFETCH(TlsOptions, tls);
    QFETCH(QStringList, expected);

    std::unique_ptr<Transport> transport(create(url, tls));
    QVERIFY(transport);
    RawSession session(transport.get(), ProtocolVersion::V5);
    QString error;
    QVERIFY(!session.open(&error));
    QVERIFY(session.waitClosed());
    QVERIFY(!session.wasOpened());
    QCOMPARE(session.errors().size(), 1);
    QVERIFY2(error.startsWith(QLatin1String("TLS certificate verification failed")), qPrintable(error));
    for (const QString &fragment : std::as_const(expected))
        QVERIFY2(error.contains(fragment), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(fragment, error)));
}

void tst_TransportsTls::clientReportsVerificationFailure()
{
    // The Client passes the transport's sentence on to the user unchanged.
    Client client;
    QString error;
    QVERIFY2(configureClient(&client, url("mqtts", m_broker.expired), trustOurCa(), &error), qPrintable(error));
    QSignalSpy errors(&client, &Client::errorOccurred);
    QSignalSpy disconnected(&client, &Client::disconnected);
    QSignalSpy connected(&client, &Client::connected);
    client.connectToHost();
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty() || !disconnected.isEmpty(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Client::State::Disconnected, 15000);
    QStringList texts;
    for (const auto &args : std::as_const(errors))
        texts << args.first().toString();
    for (const auto &args : std::as_const(disconnected))
        texts << args.first().toString();
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("has expired")), qPrintable(all));
    QVERIFY(connected.isEmpty());
}

void tst_TransportsTls::insecureConnects_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<TlsOptions>("tls");
    QTest::addColumn<QString>("problem"); // what the warning must name

    TlsOptions insecure = trustOurCa();
    insecure.insecure = true;
    TlsOptions insecureOtherCa;
    insecureOtherCa.caFile = m_broker.certificates.otherCaCertificate();
    insecureOtherCa.insecure = true;
    QTest::newRow("mqtts, expired") << url("mqtts", m_broker.expired) << insecure << "has expired";
    QTest::newRow("mqtts, host name mismatch") << url("mqtts", m_broker.wrongHost) << insecure << "host name mismatch";
    QTest::newRow("mqtts, self-signed") << url("mqtts", m_broker.selfSigned) << insecure << "self-signed";
    QTest::newRow("mqtts, unknown CA") << url("mqtts", m_broker.tls) << insecureOtherCa << "not trusted";
    QTest::newRow("wss, unknown CA") << url("wss", m_broker.wss) << insecureOtherCa << "not trusted";
    QTest::newRow("wss, host name mismatch") << url("wss", m_broker.wrongHostWss) << insecure << "host name mismatch";
}

void tst_TransportsTls::insecureConnects()
{
    QFETCH(QString, url);
    QFETCH(TlsOptions, tls);
    QFETCH(QString, problem);

    // Both warnings are required: ignoreMessage() fails the test when one does not come.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Certificate verification is off for .*insecure mode")));
    std::unique_ptr<Transport> transport(create(url, tls));
    QVERIFY(transport);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^Insecure mode: accepting the certificate of .*")
                                            + QRegularExpression::escape(problem)));
    RawSession session(transport.get(), ProtocolVersion::V5);
    QString error;
    QVERIFY2(session.open(&error), qPrintable(error));
    QCOMPARE(session.connectMqtt(QStringLiteral("insecure")), ReasonCode::Success);
    transport->close();
    QVERIFY(session.waitClosed());
}

void tst_TransportsTls::serverNameOverride_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("mqtts") << url("mqtts", m_broker.wrongHost);
    QTest::newRow("wss") << url("wss", m_broker.wrongHostWss);
}

void tst_TransportsTls::serverNameOverride()
{
    // Connecting by address to a broker whose certificate names a host (a tunnel, a local
    // port forward, a hosts file not yet set up): the server name makes it verify.
    QFETCH(QString, url);
    TlsOptions tls = trustOurCa();
    tls.serverName = Certificates::wrongHostName();
    std::unique_ptr<Transport> transport(create(url, tls));
    QVERIFY(transport);
    RawSession session(transport.get(), ProtocolVersion::V311);
    QString error;
    QVERIFY2(session.open(&error), qPrintable(error));
    QCOMPARE(session.connectMqtt(QStringLiteral("server-name")), ReasonCode::Success);
    transport->close();
    QVERIFY(session.waitClosed());
    QVERIFY(session.errors().isEmpty());
}

void tst_TransportsTls::mutualTlsRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<TlsOptions>("tls");
    QTest::addColumn<QString>("expected");

    TlsOptions intruder = trustOurCa();
    intruder.certificateFile = m_broker.certificates.otherClientCertificate();
    intruder.keyFile = m_broker.certificates.otherClientKey();
    QTest::newRow("mqtts, no client certificate") << url("mqtts", m_broker.mutualTls) << trustOurCa()
                                                  << "requires a client certificate";
    QTest::newRow("mqtts, certificate from another CA") << url("mqtts", m_broker.mutualTls) << intruder
                                                        << "rejected our client certificate";
    QTest::newRow("wss, no client certificate") << url("wss", m_broker.mutualWss) << trustOurCa()
                                                << "requires a client certificate";
    QTest::newRow("wss, certificate from another CA") << url("wss", m_broker.mutualWss) << intruder
                                                      << "rejected our client certificate";
}

void tst_TransportsTls::mutualTlsRefused()
{
    QFETCH(QString, url);
    QFETCH(TlsOptions, tls);
    QFETCH(QString, expected);

    std::unique_ptr<Transport> transport(create(url, tls));
    QVERIFY(transport);
    RawSession session(transport.get(), ProtocolVersion::V5);
    // With TLS 1.3 the broker checks the client certificate after the client considers the
    // handshake done, so opened() may come first; either way the refusal must be explained.
    QString error;
    if (session.open(&error))
        session.connectMqtt(QStringLiteral("refused"));
    QVERIFY(session.waitClosed());
    const QString all = session.errors().join(QLatin1Char('\n'));
    QVERIFY2(all.contains(expected), qPrintable(all));
}

void tst_TransportsTls::badFiles_data()
{
    QTest::addColumn<TlsOptions>("tls");
    QTest::addColumn<QStringList>("expected");

    const Certificates &c = m_broker.certificates;
    auto make = [](auto setup) {
        TlsOptions tls;
        setup(tls);
        return tls;
    };
    const QString missing = m_files.filePath(QStringLiteral("missing.pem"));
    const QString garbage = writeFile(QStringLiteral("garbage.pem"), "this is not a certificate\n");
    const QString empty = writeFile(QStringLiteral("empty.pem"), "\n");
    const QString damaged = writeFile(QStringLiteral("damaged.pem"),
                                      "-----BEGIN CERTIFICATE-----\nMIIB!!!not base64!!!\n-----END CERTIFICATE-----\n");
    const QString binary = writeFile(QStringLiteral("binary.p12"), QByteArray("\x01\x02\x03garbage", 10));

    QTest::newRow("missing CA file") << make([&](TlsOptions &t) { t.caFile = missing; })
                                     << QStringList{"CA file", missing, "does not exist"};
    QTest::newRow("CA file is a directory") << make([&](TlsOptions &t) { t.caFile = m_files.path(); })
                                            << QStringList{m_files.path(), "is a directory"};
    QTest::newRow("CA file is garbage") << make([&](TlsOptions &t) { t.caFile = garbage; })
                                        << QStringList{"CA file", garbage, "contains no certificate"};
    QTest::newRow("CA file is empty") << make([&](TlsOptions &t) { t.caFile = empty; })
                                      << QStringList{empty, "is empty"};
    QTest::newRow("CA file is damaged") << make([&](TlsOptions &t) { t.caFile = damaged; })
                                        << QStringList{damaged, "damaged PEM certificate"};
    QTest::newRow("CA file is a key") << make([&](TlsOptions &t) { t.caFile = c.clientKey(); })
                                      << QStringList{c.clientKey(), "holds a private key, not a certificate"};
    QTest::newRow("certificate without key") << make([&](TlsOptions &t) { t.certificateFile = c.clientCertificate(); })
                                             << QStringList{c.clientCertificate(), "needs its private key"};
    QTest::newRow("key without certificate") << make([&](TlsOptions &t) { t.keyFile = c.clientKey(); })
                                             << QStringList{c.clientKey(), "needs its certificate"};
    QTest::newRow("missing key file") << make([&](TlsOptions &t) {
        t.certificateFile = c.clientCertificate();
        t.keyFile = missing;
    }) << QStringList{"client key file", missing, "does not exist"};
    QTest::newRow("missing certificate file") << make([&](TlsOptions &t) {
        t.certificateFile = missing;
        t.keyFile = c.clientKey();
    }) << QStringList{"client certificate file", missing, "does not exist"};
    QTest::newRow("key file is a certificate") << make([&](TlsOptions &t) {
        t.certificateFile = c.clientCertificate();
        t.keyFile = c.clientCertificate();
    }) << QStringList{c.clientCertificate(), "holds a certificate, not a private key"};
    QTest::newRow("encrypted key without passphrase") << make([&](TlsOptions &t) {
        t.certificateFile = c.clientCertificate();
        t.keyFile = c.clientKeyEncrypted();
    }) << QStringList{c.clientKeyEncrypted(), "is encrypted: give its passphrase"};
    QTest::newRow("wrong passphrase") << make([&](TlsOptions &t) {
        t.certificateFile = c.clientCertificate();
        t.keyFile = c.clientKeyEncrypted();
        t.keyPassphrase = "wrong";
    }) << QStringList{"Wrong passphrase", c.clientKeyEncrypted()};
    QTest::newRow("PKCS#12 wrong password") << make([&](TlsOptions &t) {
        t.pkcs12File = c.clientPkcs12();
        t.pkcs12Password = "wrong";
    }) << QStringList{"PKCS#12 bundle", c.clientPkcs12(), "wrong password"};
    QTest::newRow("PKCS#12 missing") << make([&](TlsOptions &t) { t.pkcs12File = missing; })
                                     << QStringList{"PKCS#12 bundle", missing, "does not exist"};
    QTest::newRow("PKCS#12 is PEM") << make([&](TlsOptions &t) { t.pkcs12File = c.clientCertificate(); })
                                    << QStringList{c.clientCertificate(), "is a PEM file, not a PKCS#12 bundle"};
    QTest::newRow("PKCS#12 is garbage") << make([&](TlsOptions &t) { t.pkcs12File = binary; })
                                        << QStringList{binary, "is not a PKCS#12"};
    QTest::newRow("PKCS#12 and certificate") << make([&](TlsOptions &t) {
        t.pkcs12File = c.clientPkcs12();
        t.certificateFile = c.clientCertificate();
        t.keyFile = c.clientKey();
    }) << QStringList{"either a PKCS#12 bundle or a client certificate and key, not both"};
    QTest::newRow("empty ALPN name") << make([&](TlsOptions &t) { t.alpn = QStringList{QString()}; })
                                     << QStringList{"Invalid ALPN protocol name"};
}

void tst_TransportsTls::badFiles()
{
    QFETCH(TlsOptions, tls);
    QFETCH(QStringList, expected);

    const QString message = tls.validate();
    for (const QString &fragment : std::as_const(expected))
        QVERIFY2(message.contains(fragment), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(fragment, message)));
    // The factory refuses the same way, before any connection attempt.
    QString error;
    for (const char *scheme : {"mqtts", "wss"}) {
        QVERIFY(!createTransport(*ServerUrl::parse(url(scheme, m_broker.tls)), tls, this, &error));
        QCOMPARE(error, message);
    }
}

void tst_TransportsTls::badFilesReportedWhenOpening()
{
    // A file that went bad after the transport was made (deleted, rotated) is reported by
    // open(): errorOccurred() then closed(), both later, never from inside open().
    const QString ca = writeFile(QStringLiteral("vanishing-ca.pem"), QByteArray());
    QFile::remove(ca);
    QFile::copy(m_broker.certificates.caCertificate(), ca);
    TlsOptions tls;
    tls.caFile = ca;
    for (const char *scheme : {"mqtts", "wss"}) {
        std::unique_ptr<Transport> transport(create(url(scheme, m_broker.tls), tls));
        QVERIFY(transport);
        QFile::remove(ca);
        QSignalSpy errors(transport.get(), &Transport::errorOccurred);
        QSignalSpy closed(transport.get(), &Transport::closed);
        transport->open();
        QCOMPARE(errors.count(), 0);
        QVERIFY(closed.wait(5000));
        QCOMPARE(errors.count(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(ca) && message.contains(QLatin1String("does not exist")), qPrintable(message));
        QCOMPARE(closed.count(), 1);
        QFile::copy(m_broker.certificates.caCertificate(), ca);
    }
}

void tst_TransportsTls::legacyPkcs12()
{
    // Bundles from OpenSSL 1.x / Windows use RC2 or 3DES, which OpenSSL 3 reads only with its
    // legacy provider. Either it loads, or the message says why and how to convert it.
    TlsOptions tls;
    tls.pkcs12File = m_broker.certificates.clientPkcs12Legacy();
    tls.pkcs12Password = Certificates::pkcs12Password();
    const QString message = tls.validate();
    if (!message.isEmpty()) {
        QVERIFY2(message.contains(QLatin1String("legacy")) && message.contains(QLatin1String("openssl pkcs12")),
                 qPrintable(message));
    }
}

bool tst_TransportsTls::startOpensslServer(QProcess *server, const QStringList &extraArguments, quint16 *port,
                                           QByteArray *output, const QString &address)
{
    const Certificates &c = m_broker.certificates;
    *port = MosquittoBroker::freePort();
    server->setProcessChannelMode(QProcess::MergedChannels);
    server->start(Certificates::opensslProgram(),
                  QStringList{QStringLiteral("s_server"), QStringLiteral("-accept"),
                              QStringLiteral("%1:%2").arg(address).arg(*port), QStringLiteral("-cert"), c.serverCertificate(),
                              QStringLiteral("-key"), c.serverKey()}
                      + extraArguments);
    if (!server->waitForStarted(5000))
        return false;
    QDeadlineTimer deadline(10000);
    while (!output->contains("ACCEPT") && !deadline.hasExpired() && server->state() == QProcess::Running) {
        server->waitForReadyRead(100);
        *output += server->readAll();
    }
    return output->contains("ACCEPT");
}

void tst_TransportsTls::alpnAndSniReachTheServer()
{
    // mosquitto 2.0 ignores ALPN, so openssl's own test server shows what we offered: the ALPN
    // list AWS IoT Core needs on port 443 and the server name (SNI).
    QProcess server;
    quint16 port = 0;
    QByteArray output;
    QVERIFY2(startOpensslServer(&server,
                                {QStringLiteral("-alpn"), QStringLiteral("x-amzn-mqtt-ca"), QStringLiteral("-tlsextdebug")},
                                &port, &output),
             output.constData());

    TlsOptions tls = trustOurCa();
    tls.alpn = QStringList{QStringLiteral("x-amzn-mqtt-ca")};
    tls.serverName = QStringLiteral("localhost");
    SslTransport transport(QStringLiteral("127.0.0.1"), port, tls);
    QSignalSpy opened(&transport, &Transport::opened);
    QSignalSpy errors(&transport, &Transport::errorOccurred);
    transport.open();
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !errors.isEmpty(), 10000);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().first().toString()));
    QCOMPARE(transport.negotiatedProtocol(), QByteArray("x-amzn-mqtt-ca"));
    QTRY_VERIFY_WITH_TIMEOUT((output += server.readAll()).contains("ALPN protocols advertised by the client: x-amzn-mqtt-ca"),
                             10000);
    // -tlsextdebug dumps the server_name extension; its ASCII column shows the name.
    QVERIFY2(output.contains("server name") && output.contains("localhost"), output.constData());
    transport.abort();
    server.kill();
    server.waitForFinished(5000);
}

void tst_TransportsTls::minimumVersionRefused()
{
    // mosquitto's tls_version is a minimum too, so a TLS 1.2-only server is openssl's.
    QProcess server;
    quint16 port = 0;
    QByteArray output;
    QVERIFY2(startOpensslServer(&server, {QStringLiteral("-tls1_2")}, &port, &output), output.constData());
    TlsOptions tls = trustOurCa();
    QVERIFY(TlsOptions::parseMinimumVersion(QStringLiteral("1.3"), &tls.minimumVersion));
    SslTransport transport(QStringLiteral("127.0.0.1"), port, tls);
    RawSession session(&transport, ProtocolVersion::V5);
    QString error;
    QVERIFY(!session.open(&error));
    QVERIFY2(error.contains(QLatin1String("TLS 1.3")), qPrintable(error));
    QVERIFY(session.waitClosed());
    server.kill();
    server.waitForFinished(5000);
}

void tst_TransportsTls::ipv6Literal()
{
    // mqtts://[::1]:port: the literal reaches the socket without brackets and is checked
    // against the certificate's IP:::1 entry. (The fixture's mosquitto listens on 127.0.0.1
    // only, so openssl serves ::1.)
    QProcess server;
    quint16 port = 0;
    QByteArray output;
    QVERIFY2(startOpensslServer(&server, {}, &port, &output, QStringLiteral("[::1]")), output.constData());

    std::unique_ptr<Transport> transport(create(QStringLiteral("mqtts://[::1]:%1").arg(port), trustOurCa()));
    QVERIFY(transport);
    QCOMPARE(transport->endpoint(), QStringLiteral("mqtts://[::1]:%1").arg(port));
    QSignalSpy opened(transport.get(), &Transport::opened);
    QSignalSpy errors(transport.get(), &Transport::errorOccurred);
    transport->open();
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !errors.isEmpty(), 10000);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().first().toString()));
    transport->abort();
    server.kill();
    server.waitForFinished(5000);
}

QTEST_MAIN(tst_TransportsTls)
#include "tst_transports_tls.moc"
