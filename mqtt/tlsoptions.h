#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLoggingCategory>
#include <QSsl>
#include <QString>
#include <QStringList>

class QSslCertificate;
class QSslConfiguration;
class QSslError;

// "mqttscope.transport": TLS and WebSocket transports (handshakes, certificate problems,
// insecure overrides).
Q_DECLARE_LOGGING_CATEGORY(lcMqttTransport)

namespace Mqtt {

// How to secure a connection (mqtts:// and wss://). A plain value type: the CLI fills it from
// --cafile/--cert/--key/..., the GUI from a profile. Verification is on unless `insecure`.
struct TlsOptions
{
    Q_DECLARE_TR_FUNCTIONS(Mqtt::TlsOptions)
public:
    // PEM (or DER) file with the CA certificates to trust. Empty: the system CA store. When set,
    // only these CAs are trusted, as with mosquitto_sub --cafile.
    QString caFile;
    // Client certificate and private key (PEM or DER) for mutual TLS. The key may be encrypted
    // with keyPassphrase.
    QString certificateFile;
    QString keyFile;
    QByteArray keyPassphrase;
    // Alternatively a PKCS#12 bundle (.p12/.pfx) holding the client certificate, its key and
    // optionally intermediate certificates, protected by pkcs12Password.
    QString pkcs12File;
    QByteArray pkcs12Password;
    QSsl::SslProtocol minimumVersion = QSsl::TlsV1_2OrLater;
    // The name sent as SNI and checked against the certificate. Empty: the URL's host. Needed
    // when connecting by IP address to a broker whose certificate names a host. For wss://
    // only the certificate check uses it: QWebSocket (Qt 6.4) cannot set the SNI name, so SNI
    // carries the URL's host.
    QString serverName;
    // ALPN protocols to offer, e.g. "x-amzn-mqtt-ca" for AWS IoT Core on port 443.
    QStringList alpn;
    // Accept an untrusted, expired or mismatched certificate. Logged as a warning every time.
    bool insecure = false;
    // SHA-256 fingerprints of server certificates to accept even when verification fails
    // ("AB:CD:..." as fingerprint() writes them; separators and case do not matter). Only that
    // exact certificate is accepted, whatever else is wrong with it; any other certificate is
    // verified as usual. What "Trust this certificate for this profile" in the GUI stores.
    QStringList pinnedFingerprints;

    // True when anything differs from the defaults (the CLI rejects TLS options on mqtt://).
    bool hasSettings() const;

    // Reads the files and builds the configuration a QSslSocket / QWebSocket uses. On failure
    // returns false and *error names the file and the problem ("wrong passphrase for the key
    // file /x/client.key").
    bool buildConfiguration(QSslConfiguration *configuration, QString *error) const;
    // The same checks without keeping the result: an empty string when the files load.
    QString validate() const;

    // Checks of single fields, for a dialog that validates as the user types: each returns an
    // empty string when fine, else a translated sentence naming the file and the problem.
    // A CA file: readable, and holds at least one certificate.
    static QString checkCaFile(const QString &path);
    // A client certificate file: readable, holds a certificate.
    static QString checkClientCertificate(const QString &path);
    // A client key: readable, a private key, the passphrase opens it, and (when
    // certificatePath names a readable certificate) it belongs to that certificate.
    static QString checkClientKey(const QString &keyPath, const QByteArray &passphrase,
                                  const QString &certificatePath = QString());
    // A PKCS#12 bundle: readable, the password opens it, it holds a certificate and its key.
    static QString checkPkcs12(const QString &path, const QByteArray &password);
    // A pinned fingerprint: 32 bytes in hex.
    static QString checkFingerprint(const QString &fingerprint);

    // True when the certificate's SHA-256 fingerprint is in pinnedFingerprints.
    bool isPinned(const QSslCertificate &certificate) const;
    // "AB:CD:...": the SHA-256 fingerprint as openssl x509 -fingerprint -sha256 prints it.
    static QString fingerprint(const QSslCertificate &certificate);
    // Upper-case hex without separators, or empty when the text is not a SHA-256 fingerprint.
    static QString normalizeFingerprint(const QString &fingerprint);
    // The broker's own certificate among the verification errors (peerCertificate when known).
    static QSslCertificate presentedCertificate(const QList<QSslError> &errors, const QSslCertificate &peerCertificate);
    // "CN=broker, O=Example" for the subject (or the issuer), most specific attribute first.
    static QString distinguishedName(const QSslCertificate &certificate, bool issuer);

    // "1.2" / "1.3" (also "tlsv1.2", "TLSv1_3"). False for anything else.
    static bool parseMinimumVersion(const QString &text, QSsl::SslProtocol *version);
    static QString minimumVersionName(QSsl::SslProtocol version);

    // One sentence per distinct verification problem in plain words (not trusted, host name
    // mismatch, expired, not yet valid, self-signed), then the certificate's subject, issuer and
    // validity, e.g. for the CLI's error line and the GUI's connection error.
    static QString describeSslErrors(const QList<QSslError> &errors, const QString &peerName,
                                     const QSslCertificate &peerCertificate);
    // A fatal TLS alert from the broker in plain words ("requires a client certificate",
    // "rejected our client certificate", "does not support TLS 1.3", ...). `endpoint` names the
    // broker; `haveClientCertificate` says whether we offered one.
    QString describeFatalAlert(QSsl::AlertType type, const QString &description, const QString &endpoint,
                               bool haveClientCertificate) const;
    // "subject CN=broker; issuer CN=My CA; valid 2024-01-01 00:00 UTC to 2025-01-01 00:00 UTC"
    static QString describeCertificate(const QSslCertificate &certificate);
    // RFC 6125 host name check: DNS names in the subject alternative names (a "*" may stand for
    // the whole leftmost label), IP addresses against IP entries, else the common name.
    static bool certificateMatchesHost(const QSslCertificate &certificate, const QString &host);
    // The names a certificate is valid for (its DNS and IP alternative names, else its CN).
    static QStringList certificateHostNames(const QSslCertificate &certificate);
};

} // namespace Mqtt
