#include "certificateinfo.h"

#include "tlsoptions.h"

#include <QSslCertificate>

namespace Mqtt {

namespace {

QString formatDate(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                          : CertificateInfo::tr("(unknown)");
}

} // namespace

CertificateInfo CertificateInfo::fromCertificate(const QSslCertificate &certificate)
{
    CertificateInfo info;
    if (certificate.isNull())
        return info;
    info.subject = TlsOptions::distinguishedName(certificate, false);
    info.issuer = TlsOptions::distinguishedName(certificate, true);
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        switch (it.key()) {
        case QSsl::DnsEntry:
            info.alternativeNames << QStringLiteral("DNS:") + it.value();
            break;
        case QSsl::IpAddressEntry:
            info.alternativeNames << QStringLiteral("IP:") + it.value();
            break;
        case QSsl::EmailEntry:
            info.alternativeNames << QStringLiteral("email:") + it.value();
            break;
        }
    }
    info.effectiveDate = certificate.effectiveDate().toUTC();
    info.expiryDate = certificate.expiryDate().toUTC();
    info.sha256Fingerprint = TlsOptions::fingerprint(certificate);
    info.serialNumber = QString::fromLatin1(certificate.serialNumber());
    info.selfSigned = certificate.isSelfSigned();
    info.pem = certificate.toPem();
    return info;
}

bool CertificateInfo::isCurrentlyValid() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return effectiveDate.isValid() && expiryDate.isValid() && effectiveDate <= now && now <= expiryDate;
}

QString CertificateInfo::toText() const
{
    if (isNull())
        return tr("No certificate");
    QStringList lines;
    lines << tr("Subject: %1").arg(subject) << tr("Issuer: %1").arg(issuer);
    lines << tr("Names: %1").arg(alternativeNames.isEmpty() ? tr("(none)") : alternativeNames.join(QLatin1String(", ")));
    lines << tr("Valid: %1 to %2").arg(formatDate(effectiveDate), formatDate(expiryDate));
    lines << tr("SHA-256: %1").arg(sha256Fingerprint);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Mqtt
