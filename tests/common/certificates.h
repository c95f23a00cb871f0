#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A throw-away PKI for TLS tests, made with the openssl command in a temporary directory (so
// nothing expires in the repository): a CA, server certificates (good, expired, not yet valid,
// wrong host name, self-signed, signed by an unrelated CA), client certificates with plain,
// encrypted and PKCS#12 keys. EC P-256 keys keep generation fast (well under a second).
// If openssl is missing, generate() fails with a message: tests must then QFAIL, never skip.
class Certificates
{
public:
    Certificates();
    ~Certificates();

    bool generate(QString *error = nullptr);
    QString directory() const;
    // Path of a generated file, e.g. file("ca.crt").
    QString file(const QString &name) const;

    // The CA the broker's good certificates and the client certificate come from.
    QString caCertificate() const { return file(QStringLiteral("ca.crt")); }
    // Valid for DNS:localhost, IP:127.0.0.1 and IP:::1.
    QString serverCertificate() const { return file(QStringLiteral("server.crt")); }
    QString serverKey() const { return file(QStringLiteral("server.key")); }
    // Same CA, but only valid for wrongHostName().
    QString wrongHostCertificate() const { return file(QStringLiteral("wronghost.crt")); }
    QString wrongHostKey() const { return file(QStringLiteral("wronghost.key")); }
    static QString wrongHostName() { return QStringLiteral("broker.test"); }
    // Same CA and names, validity 2020-01-01 to 2021-01-01.
    QString expiredCertificate() const { return file(QStringLiteral("expired.crt")); }
    QString expiredKey() const { return file(QStringLiteral("expired.key")); }
    // Same CA and names, validity 2098-01-01 to 2099-01-01.
    QString futureCertificate() const { return file(QStringLiteral("future.crt")); }
    QString futureKey() const { return file(QStringLiteral("future.key")); }
    // Self-signed, for localhost / 127.0.0.1.
    QString selfSignedCertificate() const { return file(QStringLiteral("selfsigned.crt")); }
    QString selfSignedKey() const { return file(QStringLiteral("selfsigned.key")); }

    // A second CA that has nothing to do with the first, and a client certificate it signed.
    QString otherCaCertificate() const { return file(QStringLiteral("otherca.crt")); }
    QString otherClientCertificate() const { return file(QStringLiteral("otherclient.crt")); }
    QString otherClientKey() const { return file(QStringLiteral("otherclient.key")); }

    // Client certificate (CN=mqttscope-client) signed by the CA, its key in the clear, the same
    // key encrypted with clientKeyPassphrase(), and a PKCS#12 bundle (OpenSSL 3 default
    // algorithms: AES-256 + PBKDF2) with certificate, key and CA, protected by pkcs12Password().
    QString clientCertificate() const { return file(QStringLiteral("client.crt")); }
    QString clientKey() const { return file(QStringLiteral("client.key")); }
    QString clientKeyEncrypted() const { return file(QStringLiteral("client-encrypted.key")); }
    QString clientPkcs12() const { return file(QStringLiteral("client.p12")); }
    // The same bundle with the RC2/3DES encryption of OpenSSL 1.x (openssl pkcs12 -legacy).
    QString clientPkcs12Legacy() const { return file(QStringLiteral("client-legacy.p12")); }
    static QByteArray clientKeyPassphrase() { return QByteArrayLiteral("key-passphrase"); }
    static QByteArray pkcs12Password() { return QByteArrayLiteral("p12-password"); }
    static QString clientCommonName() { return QStringLiteral("mqttscope-client"); }

    // mosquitto listener lines for a TLS listener using a server certificate of this PKI
    // (cafile = our CA, so it can check client certificates when asked to).
    QStringList listenerLines(const QString &certificate, const QString &key, bool requireClientCertificate = false) const;

    static QString opensslProgram();

private:
    bool run(const QStringList &arguments, QString *error);
    bool makeKey(const QString &name, QString *error);
    bool signedBy(const QString &ca, const QString &name, const QString &subject, const QString &extensions,
                  QString *error);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_openssl;
};
