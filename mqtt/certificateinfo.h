#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

class QSslCertificate;

namespace Mqtt {

// What a GUI shows about a server certificate, e.g. the one a broker presented when
// verification failed: plain strings and dates, so it crosses threads as a queued signal
// argument and needs no QtNetwork TLS headers. Null (isNull()) when there was no certificate.
struct CertificateInfo
{
    Q_DECLARE_TR_FUNCTIONS(Mqtt::CertificateInfo)
public:
    QString subject;                  // "CN=broker, O=Example" (most specific first)
    QString issuer;
    QStringList alternativeNames;     // "DNS:localhost", "IP:127.0.0.1", "email:..."
    QDateTime effectiveDate;          // UTC
    QDateTime expiryDate;             // UTC
    QString sha256Fingerprint;        // "AB:CD:..." (what TlsOptions::pinnedFingerprints takes)
    QString serialNumber;
    bool selfSigned = false;
    QByteArray pem;                   // the certificate itself, for saving or a detailed view

    static CertificateInfo fromCertificate(const QSslCertificate &certificate);

    bool isNull() const { return sha256Fingerprint.isEmpty(); }
    // Valid right now (neither expired nor not yet valid).
    bool isCurrentlyValid() const;
    // Several lines "Subject: ...\nIssuer: ...\nNames: ...\nValid: ... to ...\nSHA-256: ...".
    QString toText() const;

    bool operator==(const CertificateInfo &o) const { return sha256Fingerprint == o.sha256Fingerprint; }
    bool operator!=(const CertificateInfo &o) const { return !(*this == o); }
};

} // namespace Mqtt

Q_DECLARE_METATYPE(Mqtt::CertificateInfo)
