// Certificate pinning and the certificate a broker presented when verification failed
// (mqtts:// and wss:// against mosquitto), and the per-field TLS file checks a dialog runs as
// the user types (readable, a certificate, key matches certificate, passphrase, PKCS#12).
#include "client.h"
#include "securebroker.h"
#include "transport.h"
#include "transportfactory.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QtTest>

using namespace Mqtt;

class tst_TlsPinning : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();

    void rejectedCertificateIsShown_data();
    void rejectedCertificateIsShown();
    void pinnedCertificateConnects_data();
    void pinnedCertificateConnects();
    void otherPinDoesNotConnect();
    void pinDoesNotOverrideMissingClientCertificate();

    void fingerprints();
    void checkCaFile();
    void checkClientKey();
    void checkRsaKeys();
    void checkPkcs12();
    void mismatchedKeyRefusedBeforeConnecting();

private:
    QString url(const char *scheme, quint16 port) const
    {
        return QStringLiteral("%1://127.0.0.1:%2").arg(QLatin1String(scheme)).arg(port);
    }
    QString expectedFingerprint(const QString &certificateFile) const;
    // Connects a client; true when CONNACK came, false once it ended Disconnected.
    bool connectClient(const QString &url, const TlsOptions &tls, CertificateInfo *rejected, QString *error);
    bool runOpenssl(const QStringList &arguments);

    SecureBroker m_broker;
    QTemporaryDir m_files;
};

void tst_TlsPinning::initTestCase()
{
    QString error;
    if (!m_broker.start(&error))
        QFAIL(qPrintable(error));
    QVERIFY(m_files.isValid());
}

QString tst_TlsPinning::expectedFingerprint(const QString &certificateFile) const
{
    // Computed here from the DER bytes, not with the library's own function.
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificateFile);
    if (certificates.isEmpty())
        return QString();
    const QByteArray digest = QCryptographicHash::hash(certificates.constFirst().toDer(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

bool tst_TlsPinning::connectClient(const QString &text, const TlsOptions &tls, CertificateInfo *rejected, QString *error)
{
    Client client;
    if (!configureClient(&client, text, tls, error))
        return false;
    QSignalSpy connected(&client, &Client::connected);
    QSignalSpy errors(&client, &Client::errorOccurred);
    QSignalSpy rejections(client.transport(), &Transport::certificateRejected);
    client.connectToHost();
    const bool finished = QTest::qWaitFor(
        [&] { return !connected.isEmpty() || client.state() == Client::State::Disconnected; }, 15000);
    if (!finished)
        *error = QStringLiteral("neither connected nor disconnected");
    else if (!errors.isEmpty())
        *error = errors.constFirst().constFirst().toString();
    if (rejected) {
        *rejected = client.transport()->rejectedCertificate();
        if (rejections.size() > 1 || (rejections.size() == 1 && rejections.constFirst().constFirst().value<CertificateInfo>() != *rejected))
            *error += QStringLiteral(" (certificateRejected() disagrees with rejectedCertificate())");
    }
    const bool ok = !connected.isEmpty();
    if (ok)
        client.disconnectFromHost();
    return ok;
}

void tst_TlsPinning::rejectedCertificateIsShown_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("mqtts") << "mqtts";
    QTest::newRow("wss") << "wss";
}

void tst_TlsPinning::rejectedCertificateIsShown()
{
    QFETCH(QString, scheme);
    TlsOptions tls;
    tls.caFile = m_broker.certificates.otherCaCertificate();
    CertificateInfo presented;
    QString error;
    QVERIFY(!connectClient(url(qPrintable(scheme), scheme == QLatin1String("wss") ? m_broker.wss : m_broker.tls), tls,
                           &presented, &error));
    QVERIFY2(error.contains(QLatin1String("not trusted")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("disagrees")));
    QVERIFY(!presented.isNull());
    QCOMPARE(presented.subject, QStringLiteral("CN=localhost"));
    QCOMPARE(presented.issuer, QStringLiteral("CN=MqttScope Test CA, O=MqttScope tests"));
    QVERIFY2(presented.alternativeNames.contains(QLatin1String("DNS:localhost")), qPrintable(presented.alternativeNames.join(',')));
    QVERIFY(presented.alternativeNames.contains(QLatin1String("IP:127.0.0.1")));
    QCOMPARE(presented.sha256Fingerprint, expectedFingerprint(m_broker.certificates.serverCertificate()));
    QVERIFY(presented.isCurrentlyValid());
    QVERIFY(!presented.selfSigned);
    QVERIFY(presented.pem.startsWith("-----BEGIN CERTIFICATE-----"));
    const QString text = presented.toText();
    QVERIFY2(text.contains(presented.sha256Fingerprint) && text.contains(QLatin1String("DNS:localhost")), qPrintable(text));
}

void tst_TlsPinning::pinnedCertificateConnects_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("compactForm"); // lower case without colons
    const Certificates &c = m_broker.certificates;
    QTest::newRow("mqtts, unknown CA") << url("mqtts", m_broker.tls) << c.serverCertificate() << false;
    QTest::newRow("mqtts, unknown CA, compact") << url("mqtts", m_broker.tls) << c.serverCertificate() << true;
    QTest::newRow("mqtts, self-signed") << url("mqtts", m_broker.selfSigned) << c.selfSignedCertificate() << false;
    QTest::newRow("mqtts, expired") << url("mqtts", m_broker.expired) << c.expiredCertificate() << false;
    QTest::newRow("mqtts, wrong host") << url("mqtts", m_broker.wrongHost) << c.wrongHostCertificate() << false;
    QTest::newRow("wss, unknown CA") << url("wss", m_broker.wss) << c.serverCertificate() << false;
}

void tst_TlsPinning::pinnedCertificateConnects()
{
    QFETCH(QString, url);
    QFETCH(QString, certificate);
    QFETCH(bool, compactForm);
    // First without the pin: fails and shows the certificate; then pinning what was shown connects.
    TlsOptions tls;
    tls.caFile = m_broker.certificates.otherCaCertificate();
    CertificateInfo presented;
    QString error;
    QVERIFY(!connectClient(url, tls, &presented, &error));
    QCOMPARE(presented.sha256Fingerprint, expectedFingerprint(certificate));
    QString pin = presented.sha256Fingerprint;
    if (compactForm)
        pin = pin.remove(QLatin1Char(':')).toLower();
    tls.pinnedFingerprints = {pin};
    error.clear();
    CertificateInfo none;
    QVERIFY2(connectClient(url, tls, &none, &error), qPrintable(error));
    QVERIFY(none.isNull());
}

void tst_TlsPinning::otherPinDoesNotConnect()
{
    // Pinning the expired certificate does not let the good-but-untrusted one through, nor the other way round.
    TlsOptions tls;
    tls.caFile = m_broker.certificates.otherCaCertificate();
    tls.pinnedFingerprints = {expectedFingerprint(m_broker.certificates.expiredCertificate())};
    CertificateInfo presented;
    QString error;
    QVERIFY(!connectClient(url("mqtts", m_broker.tls), tls, &presented, &error));
    QVERIFY2(error.contains(QLatin1String("not trusted")), qPrintable(error));
    QCOMPARE(presented.sha256Fingerprint, expectedFingerprint(m_broker.certificates.serverCertificate()));

    tls.pinnedFingerprints = {expectedFingerprint(m_broker.certificates.serverCertificate())};
    QVERIFY(!connectClient(url("mqtts", m_broker.selfSigned), tls, &presented, &error));
    QCOMPARE(presented.sha256Fingerprint, expectedFingerprint(m_broker.certificates.selfSignedCertificate()));
}

void tst_TlsPinning::pinDoesNotOverrideMissingClientCertificate()
{
    // A pin is about the server's certificate only: mutual TLS still wants ours.
    TlsOptions tls;
    tls.pinnedFingerprints = {expectedFingerprint(m_broker.certificates.serverCertificate())};
    QString error;
    QVERIFY(!connectClient(url("mqtts", m_broker.mutualTls), tls, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("client certificate")), qPrintable(error));
}

void tst_TlsPinning::fingerprints()
{
    const QString good = expectedFingerprint(m_broker.certificates.serverCertificate());
    QCOMPARE(good.size(), 32 * 3 - 1);
    QCOMPARE(TlsOptions::normalizeFingerprint(good), QString(good).remove(QLatin1Char(':')));
    QCOMPARE(TlsOptions::normalizeFingerprint(good.toLower().replace(QLatin1Char(':'), QLatin1Char(' '))),
             QString(good).remove(QLatin1Char(':')));
    QVERIFY(TlsOptions::checkFingerprint(good).isEmpty());
    QVERIFY(!TlsOptions::checkFingerprint(QStringLiteral("AB:CD")).isEmpty());
    QVERIFY(!TlsOptions::checkFingerprint(good.left(good.size() - 1) + QLatin1Char('G')).isEmpty());
    TlsOptions tls;
    QVERIFY(!tls.hasSettings());
    tls.pinnedFingerprints = {good};
    QVERIFY(tls.hasSettings());
    const QSslCertificate server = QSslCertificate::fromPath(m_broker.certificates.serverCertificate()).constFirst();
    const QSslCertificate expired = QSslCertificate::fromPath(m_broker.certificates.expiredCertificate()).constFirst();
    QVERIFY(tls.isPinned(server));
    QVERIFY(!tls.isPinned(expired));
    QVERIFY(!tls.isPinned(QSslCertificate()));
}

void tst_TlsPinning::checkCaFile()
{
    const Certificates &c = m_broker.certificates;
    QCOMPARE(TlsOptions::checkCaFile(c.caCertificate()), QString());
    QVERIFY(TlsOptions::checkCaFile(c.clientKey()).contains(QLatin1String("holds a private key, not a certificate")));
    QVERIFY(TlsOptions::checkCaFile(m_files.filePath(QStringLiteral("missing.crt"))).contains(QLatin1String("does not exist")));
    QVERIFY(TlsOptions::checkCaFile(m_files.path()).contains(QLatin1String("is a directory")));
    QCOMPARE(TlsOptions::checkClientCertificate(c.clientCertificate()), QString());
    QVERIFY(TlsOptions::checkClientCertificate(c.clientKey()).contains(QLatin1String("private key")));
}

void tst_TlsPinning::checkClientKey()
{
    const Certificates &c = m_broker.certificates;
    QCOMPARE(TlsOptions::checkClientKey(c.clientKey(), {}, c.clientCertificate()), QString());
    QCOMPARE(TlsOptions::checkClientKey(c.clientKey(), {}), QString());
    QVERIFY(TlsOptions::checkClientKey(c.serverKey(), {}, c.clientCertificate()).contains(QLatin1String("does not belong")));
    QVERIFY(TlsOptions::checkClientKey(c.clientKeyEncrypted(), {}, c.clientCertificate()).contains(QLatin1String("encrypted")));
    QVERIFY(TlsOptions::checkClientKey(c.clientKeyEncrypted(), "wrong", c.clientCertificate()).contains(QLatin1String("Wrong passphrase")));
    QCOMPARE(TlsOptions::checkClientKey(c.clientKeyEncrypted(), Certificates::clientKeyPassphrase(), c.clientCertificate()), QString());
    QVERIFY(TlsOptions::checkClientKey(c.clientCertificate(), {}).contains(QLatin1String("holds a certificate, not a private key")));
    // An unreadable certificate is the certificate field's problem, not the key's.
    QCOMPARE(TlsOptions::checkClientKey(c.clientKey(), {}, m_files.filePath(QStringLiteral("missing.crt"))), QString());
}

bool tst_TlsPinning::runOpenssl(const QStringList &arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_files.path());
    openssl.start(Certificates::opensslProgram(), arguments);
    return openssl.waitForFinished(60000) && openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0;
}

void tst_TlsPinning::checkRsaKeys()
{
    // The fixture's keys are EC; RSA keys store their public half differently.
    for (const char *name : {"rsa1", "rsa2"}) {
        const QString base = QString::fromLatin1(name);
        QVERIFY(runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                            QStringLiteral("-nodes"), QStringLiteral("-keyout"), base + QStringLiteral(".key"),
                            QStringLiteral("-out"), base + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("2"),
                            QStringLiteral("-subj"), QStringLiteral("/CN=") + base}));
    }
    QVERIFY(runOpenssl({QStringLiteral("rsa"), QStringLiteral("-in"), QStringLiteral("rsa1.key"), QStringLiteral("-traditional"),
                        QStringLiteral("-out"), QStringLiteral("rsa1-pkcs1.key")}));
    const auto f = [this](const char *name) { return m_files.filePath(QString::fromLatin1(name)); };
    QCOMPARE(TlsOptions::checkClientKey(f("rsa1.key"), {}, f("rsa1.crt")), QString());
    QCOMPARE(TlsOptions::checkClientKey(f("rsa1-pkcs1.key"), {}, f("rsa1.crt")), QString());
    QVERIFY(TlsOptions::checkClientKey(f("rsa2.key"), {}, f("rsa1.crt")).contains(QLatin1String("does not belong")));
    QVERIFY(TlsOptions::checkClientKey(f("rsa1.key"), {}, m_broker.certificates.clientCertificate()).contains(QLatin1String("does not belong")));
    QVERIFY(TlsOptions::checkClientKey(m_broker.certificates.clientKey(), {}, f("rsa1.crt")).contains(QLatin1String("does not belong")));
}

void tst_TlsPinning::checkPkcs12()
{
    const Certificates &c = m_broker.certificates;
    QCOMPARE(TlsOptions::checkPkcs12(c.clientPkcs12(), Certificates::pkcs12Password()), QString());
    QVERIFY(TlsOptions::checkPkcs12(c.clientPkcs12(), "wrong").contains(QLatin1String("wrong password")));
    QVERIFY(TlsOptions::checkPkcs12(c.clientCertificate(), {}).contains(QLatin1String("PEM file, not a PKCS#12")));
}

void tst_TlsPinning::mismatchedKeyRefusedBeforeConnecting()
{
    TlsOptions tls;
    tls.caFile = m_broker.certificates.caCertificate();
    tls.certificateFile = m_broker.certificates.clientCertificate();
    tls.keyFile = m_broker.certificates.serverKey();
    const QString error = tls.validate();
    QVERIFY2(error.contains(QLatin1String("does not belong to the client certificate")), qPrintable(error));
    tls.keyFile = m_broker.certificates.clientKey();
    QCOMPARE(tls.validate(), QString());
}

QTEST_GUILESS_MAIN(tst_TlsPinning)
#include "tst_tlspinning.moc"
