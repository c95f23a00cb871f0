#include "tlsoptions.h"

#include "keymatch_p.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QSslSocket>


namespace Mqtt {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool readFile(const QString &path, const QString &what, QByteArray *data, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(error, TlsOptions::tr("The %1 \"%2\" does not exist").arg(what, path));
    if (info.isDir())
        return fail(error, TlsOptions::tr("The %1 \"%2\" is a directory, not a file").arg(what, path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, TlsOptions::tr("Cannot read the %1 \"%2\": %3").arg(what, path, file.errorString()));
    *data = file.readAll();
    if (data->trimmed().isEmpty())
        return fail(error, TlsOptions::tr("The %1 \"%2\" is empty").arg(what, path));
    return true;
}

bool looksLikePem(const QByteArray &data)
{
    return data.contains("-----BEGIN ");
}

bool loadCertificates(const QString &path, const QString &what, QList<QSslCertificate> *certificates,
                      QString *error)
{
    QByteArray data;
    if (!readFile(path, what, &data, error))
        return false;
    const bool pem = looksLikePem(data);
    *certificates = QSslCertificate::fromData(data, pem ? QSsl::Pem : QSsl::Der);
    certificates->removeIf([](const QSslCertificate &c) { return c.isNull(); });
    if (!certificates->isEmpty())
        return true;
    if (data.contains("PRIVATE KEY-----"))
        return fail(error, TlsOptions::tr("The %1 \"%2\" holds a private key, not a certificate").arg(what, path));
    if (pem && data.contains("-----BEGIN CERTIFICATE-----"))
        return fail(error, TlsOptions::tr("The %1 \"%2\" has a damaged PEM certificate (bad base64 or truncated)")
                               .arg(what, path));
    return fail(error, TlsOptions::tr("The %1 \"%2\" contains no certificate (expected PEM with "
                                      "\"-----BEGIN CERTIFICATE-----\", or DER)")
                           .arg(what, path));
}

bool loadKey(const QString &path, const QByteArray &passphrase, QSslKey *key, QString *error)
{
    const QString what = TlsOptions::tr("client key file");
    QByteArray data;
    if (!readFile(path, what, &data, error))
        return false;
    const QSsl::EncodingFormat format = looksLikePem(data) ? QSsl::Pem : QSsl::Der;
    // QSslKey needs the algorithm up front; PKCS#8 PEM does not name it, so try each.
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa, QSsl::Dh}) {
        QSslKey candidate(data, algorithm, format, QSsl::PrivateKey, passphrase);
        if (!candidate.isNull()) {
            *key = candidate;
            return true;
        }
    }
    const bool encrypted = data.contains("ENCRYPTED");
    if (encrypted && passphrase.isEmpty())
        return fail(error, TlsOptions::tr("The client key file \"%1\" is encrypted: give its passphrase").arg(path));
    if (encrypted)
        return fail(error, TlsOptions::tr("Wrong passphrase for the client key file \"%1\" (or the key is damaged)")
                               .arg(path));
    if (data.contains("CERTIFICATE-----") && !data.contains("PRIVATE KEY-----"))
        return fail(error, TlsOptions::tr("The client key file \"%1\" holds a certificate, not a private key").arg(path));
    return fail(error, TlsOptions::tr("The client key file \"%1\" contains no readable private key (expected an "
                                      "RSA or EC key in PEM or DER)")
                           .arg(path));
}

// PKCS#12 files written by OpenSSL 1.x and most Windows tools encrypt with RC2 or 3DES
// (PKCS#12 PBE OIDs 1.2.840.113549.1.12.1.x), which OpenSSL 3 only reads with its legacy
// provider, and Qt does not load that provider. The OIDs are in the clear, so look for them
// to tell the user why a correct password still fails.
bool usesLegacyPkcs12Encryption(const QByteArray &der)
{
    static const QByteArray pkcs12PbeOidPrefix = QByteArray::fromHex("2a864886f70d010c01");
    return der.contains(pkcs12PbeOidPrefix);
}

bool loadPkcs12(const QString &path, const QByteArray &password, QSslKey *key, QSslCertificate *certificate,
                QList<QSslCertificate> *chain, QString *error)
{
    const QString what = TlsOptions::tr("PKCS#12 bundle");
    QByteArray data;
    if (!readFile(path, what, &data, error))
        return false;
    if (looksLikePem(data))
        return fail(error, TlsOptions::tr("\"%1\" is a PEM file, not a PKCS#12 bundle: give it as the client "
                                          "certificate and key instead")
                               .arg(path));
    // DER: a PFX is an ASN.1 SEQUENCE.
    if (static_cast<quint8>(data.at(0)) != 0x30)
        return fail(error, TlsOptions::tr("\"%1\" is not a PKCS#12 (.p12/.pfx) bundle").arg(path));
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    if (QSslCertificate::importPkcs12(&file, key, certificate, chain, password) && !key->isNull()
        && !certificate->isNull()) {
        return true;
    }
    if (usesLegacyPkcs12Encryption(data)) {
        return fail(error, TlsOptions::tr("Cannot open the PKCS#12 bundle \"%1\": wrong password, or it uses legacy "
                                          "RC2/3DES encryption that OpenSSL 3 does not read. Convert it with: "
                                          "openssl pkcs12 -legacy -in old.p12 -nodes -out tmp.pem && openssl pkcs12 "
                                          "-export -in tmp.pem -out new.p12")
                               .arg(path));
    }
    return fail(error, TlsOptions::tr("Cannot open the PKCS#12 bundle \"%1\": wrong password, or the file is damaged")
                           .arg(path));
}


QString formatDate(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : TlsOptions::tr("(unknown)");
}

QString describeError(const QSslError &error, const QString &peerName, const QSslCertificate &leaf)
{
    // The error's own certificate may be a CA of the chain rather than the broker's.
    const QSslCertificate certificate = error.certificate().isNull() ? leaf : error.certificate();
    switch (error.error()) {
    case QSslError::CertificateExpired:
        return TlsOptions::tr("the certificate has expired (on %1)").arg(formatDate(certificate.expiryDate()));
    case QSslError::CertificateNotYetValid:
        return TlsOptions::tr("the certificate is not yet valid (only from %1; check the clock too)")
            .arg(formatDate(certificate.effectiveDate()));
    case QSslError::HostNameMismatch: {
        const QStringList names = TlsOptions::certificateHostNames(leaf.isNull() ? certificate : leaf);
        return TlsOptions::tr("host name mismatch: the certificate is for %1, not for \"%2\"")
            .arg(names.isEmpty() ? TlsOptions::tr("no host name") : names.join(QLatin1String(", ")), peerName);
    }
    case QSslError::SelfSignedCertificate:
        return TlsOptions::tr("the certificate is self-signed and not trusted");
    case QSslError::SelfSignedCertificateInChain:
        return TlsOptions::tr("the certificate is not trusted: it was issued by the unknown CA \"%1\" (give that CA's "
                              "certificate as the CA file)")
            .arg(TlsOptions::distinguishedName(certificate, false));
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return TlsOptions::tr("the certificate is not trusted: it was issued by the unknown CA \"%1\" (give that CA's "
                              "certificate as the CA file)")
            .arg(TlsOptions::distinguishedName(certificate, true));
    case QSslError::CertificateRevoked:
        return TlsOptions::tr("the certificate has been revoked");
    case QSslError::NoPeerCertificate:
        return TlsOptions::tr("the broker sent no certificate");
    default:
        break;
    }
    QString text = error.errorString();
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

QString keyMismatch(const QString &keyFile, const QString &certificateFile)
{
    return TlsOptions::tr("The client key \"%1\" does not belong to the client certificate \"%2\"")
        .arg(keyFile, certificateFile);
}

} // namespace

QString TlsOptions::distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    // Qt returns the attributes in no particular order; print the usual most-specific-first
    // order so the text matches what "openssl x509 -subject" users recognise.
    static const QList<QByteArray> order = {"CN", "OU", "O", "L", "ST", "C", "emailAddress"};
    QList<QByteArray> attributes = issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    std::stable_sort(attributes.begin(), attributes.end(), [](const QByteArray &a, const QByteArray &b) {
        const qsizetype ia = order.indexOf(a) < 0 ? order.size() : order.indexOf(a);
        const qsizetype ib = order.indexOf(b) < 0 ? order.size() : order.indexOf(b);
        return ia < ib;
    });
    QStringList parts;
    for (const QByteArray &attribute : std::as_const(attributes)) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts << QStringLiteral("%1=%2").arg(QString::fromLatin1(attribute), value);
    }
    return parts.isEmpty() ? tr("(empty)") : parts.join(QLatin1String(", "));
}

bool TlsOptions::hasSettings() const
{
    return !caFile.isEmpty() || !certificateFile.isEmpty() || !keyFile.isEmpty() || !keyPassphrase.isEmpty()
        || !pkcs12File.isEmpty() || !pkcs12Password.isEmpty() || minimumVersion != QSsl::TlsV1_2OrLater
        || !serverName.isEmpty() || !alpn.isEmpty() || insecure || !pinnedFingerprints.isEmpty();
}

bool TlsOptions::buildConfiguration(QSslConfiguration *configuration, QString *error) const
{
    if (!QSslSocket::supportsSsl())
        return fail(error, tr("TLS is not available: Qt found no usable OpenSSL library"));

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(minimumVersion);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);

    if (!caFile.isEmpty()) {
        QList<QSslCertificate> cas;
        if (!loadCertificates(caFile, tr("CA file"), &cas, error))
            return false;
        // Replaces the system store (and stops Qt loading system roots on demand).
        config.setCaCertificates(cas);
    }

    if (!pkcs12File.isEmpty() && (!certificateFile.isEmpty() || !keyFile.isEmpty()))
        return fail(error, tr("Give either a PKCS#12 bundle or a client certificate and key, not both"));
    if (!certificateFile.isEmpty() && keyFile.isEmpty())
        return fail(error, tr("The client certificate \"%1\" needs its private key file too").arg(certificateFile));
    if (certificateFile.isEmpty() && !keyFile.isEmpty())
        return fail(error, tr("The client key \"%1\" needs its certificate file too").arg(keyFile));

    QList<QSslCertificate> localChain;
    QSslKey key;
    if (!pkcs12File.isEmpty()) {
        QSslCertificate certificate;
        QList<QSslCertificate> chain;
        if (!loadPkcs12(pkcs12File, pkcs12Password, &key, &certificate, &chain, error))
            return false;
        localChain << certificate << chain;
    } else if (!certificateFile.isEmpty()) {
        if (!loadCertificates(certificateFile, tr("client certificate file"), &localChain, error))
            return false;
        if (!loadKey(keyFile, keyPassphrase, &key, error))
            return false;
        if (TlsPrivate::keyMatchesCertificate(key, localChain.constFirst()) == TlsPrivate::KeyMatch::Mismatch)
            return fail(error, keyMismatch(keyFile, certificateFile));
    }
    if (!localChain.isEmpty()) {
        const QSslCertificate &leaf = localChain.constFirst();
        if (leaf.expiryDate() < QDateTime::currentDateTimeUtc())
            qCWarning(lcMqttTransport) << "The client certificate has expired:" << describeCertificate(leaf);
        config.setLocalCertificateChain(localChain);
        config.setPrivateKey(key);
    }

    if (!alpn.isEmpty()) {
        QList<QByteArray> protocols;
        for (const QString &protocol : alpn) {
            const QByteArray bytes = protocol.toUtf8();
            // RFC 7301 §3.1: each protocol name is 1 to 255 bytes.
            if (bytes.isEmpty() || bytes.size() > 255)
                return fail(error, tr("Invalid ALPN protocol name \"%1\" (1 to 255 bytes)").arg(protocol));
            protocols << bytes;
        }
        config.setAllowedNextProtocols(protocols);
    }

    *configuration = config;
    return true;
}

QString TlsOptions::validate() const
{
    QSslConfiguration unused;
    QString error;
    return buildConfiguration(&unused, &error) ? QString() : error;
}

bool TlsOptions::parseMinimumVersion(const QString &text, QSsl::SslProtocol *version)
{
    QString t = text.trimmed().toLower();
    t.remove(QLatin1String("tlsv"));
    t.remove(QLatin1String("tls"));
    t.replace(QLatin1Char('_'), QLatin1Char('.'));
    if (t == QLatin1String("1.2"))
        *version = QSsl::TlsV1_2OrLater;
    else if (t == QLatin1String("1.3"))
        *version = QSsl::TlsV1_3OrLater;
    else
        return false;
    return true;
}

QString TlsOptions::minimumVersionName(QSsl::SslProtocol version)
{
    return version == QSsl::TlsV1_3OrLater ? QStringLiteral("1.3") : QStringLiteral("1.2");
}

QStringList TlsOptions::certificateHostNames(const QSslCertificate &certificate)
{
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names << it.value();
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names;
}

bool TlsOptions::certificateMatchesHost(const QSslCertificate &certificate, const QString &host)
{
    const QHostAddress address(host);
    const auto alternatives = certificate.subjectAlternativeNames();
    if (!address.isNull()) {
        for (const QString &ip : alternatives.values(QSsl::IpAddressEntry)) {
            if (QHostAddress(ip).isEqual(address))
                return true;
        }
        return false;
    }
    const QString wanted = host.toLower();
    auto matches = [&wanted](QString pattern) {
        pattern = pattern.toLower();
        if (pattern == wanted)
            return true;
        // RFC 6125 §6.4.3: "*" only as the whole leftmost label, matching exactly one label.
        if (!pattern.startsWith(QLatin1String("*.")))
            return false;
        const qsizetype dot = wanted.indexOf(QLatin1Char('.'));
        return dot > 0 && wanted.mid(dot) == pattern.mid(1) && pattern.count(QLatin1Char('.')) >= 2;
    };
    const QStringList dnsNames = alternatives.values(QSsl::DnsEntry);
    // RFC 6125 §6.4.4: the common name counts only when there are no DNS alternative names.
    const QStringList candidates = dnsNames.isEmpty() ? certificate.subjectInfo(QSslCertificate::CommonName) : dnsNames;
    return std::any_of(candidates.cbegin(), candidates.cend(), matches);
}

QString TlsOptions::describeFatalAlert(QSsl::AlertType type, const QString &description, const QString &endpoint,
                                       bool haveClientCertificate) const
{
    switch (type) {
    case QSsl::AlertType::CertificateRequired:
    case QSsl::AlertType::HandshakeFailure:
        if (!haveClientCertificate) {
            return tr("The broker at %1 requires a client certificate (mutual TLS) and none was given").arg(endpoint);
        }
        Q_FALLTHROUGH();
    case QSsl::AlertType::BadCertificate:
    case QSsl::AlertType::UnsupportedCertificate:
    case QSsl::AlertType::CertificateRevoked:
    case QSsl::AlertType::CertificateExpired:
    case QSsl::AlertType::CertificateUnknown:
    case QSsl::AlertType::UnknownCa:
    case QSsl::AlertType::DecryptError:
        return haveClientCertificate
            ? tr("The broker at %1 rejected our client certificate (TLS alert: %2)").arg(endpoint, description)
            : tr("The broker at %1 ended the TLS handshake (TLS alert: %2)").arg(endpoint, description);
    case QSsl::AlertType::ProtocolVersion:
        return tr("The broker at %1 does not support TLS %2 or later (TLS alert: %3)")
            .arg(endpoint, minimumVersionName(minimumVersion), description);
    case QSsl::AlertType::NoApplicationProtocol:
        return tr("The broker at %1 accepts none of the offered ALPN protocols (%2)")
            .arg(endpoint, alpn.join(QLatin1String(", ")));
    default:
        break;
    }
    return tr("The broker at %1 ended the TLS connection (TLS alert: %2)").arg(endpoint, description);
}

QString TlsOptions::describeCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return tr("no certificate");
    return tr("subject %1; issuer %2; valid %3 to %4")
        .arg(TlsOptions::distinguishedName(certificate, false), TlsOptions::distinguishedName(certificate, true),
             formatDate(certificate.effectiveDate()), formatDate(certificate.expiryDate()));
}

QString TlsOptions::describeSslErrors(const QList<QSslError> &errors, const QString &peerName,
                                      const QSslCertificate &peerCertificate)
{
    QSslCertificate leaf = peerCertificate;
    for (const QSslError &error : errors) {
        // Only a host name mismatch is sure to carry the broker's own certificate.
        if (leaf.isNull() && error.error() == QSslError::HostNameMismatch)
            leaf = error.certificate();
    }
    QStringList problems;
    for (const QSslError &error : errors) {
        const QString text = describeError(error, peerName, leaf);
        if (!problems.contains(text))
            problems << text;
    }
    if (leaf.isNull() && !errors.isEmpty())
        leaf = errors.constFirst().certificate();
    QString text = tr("TLS certificate verification failed for %1: %2.").arg(peerName, problems.join(QLatin1String("; ")));
    if (!leaf.isNull())
        text += QLatin1Char(' ') + tr("Certificate: %1.").arg(describeCertificate(leaf));
    return text;
}

QString TlsOptions::checkCaFile(const QString &path)
{
    QList<QSslCertificate> certificates;
    QString error;
    return loadCertificates(path, tr("CA file"), &certificates, &error) ? QString() : error;
}

QString TlsOptions::checkClientCertificate(const QString &path)
{
    QList<QSslCertificate> certificates;
    QString error;
    return loadCertificates(path, tr("client certificate file"), &certificates, &error) ? QString() : error;
}

QString TlsOptions::checkClientKey(const QString &keyPath, const QByteArray &passphrase, const QString &certificatePath)
{
    QSslKey key;
    QString error;
    if (!loadKey(keyPath, passphrase, &key, &error))
        return error;
    QList<QSslCertificate> certificates;
    QString ignored; // the certificate field reports its own problems
    if (!certificatePath.isEmpty()
        && loadCertificates(certificatePath, tr("client certificate file"), &certificates, &ignored)
        && TlsPrivate::keyMatchesCertificate(key, certificates.constFirst()) == TlsPrivate::KeyMatch::Mismatch) {
        return keyMismatch(keyPath, certificatePath);
    }
    return QString();
}

QString TlsOptions::checkPkcs12(const QString &path, const QByteArray &password)
{
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    QString error;
    return loadPkcs12(path, password, &key, &certificate, &chain, &error) ? QString() : error;
}

QString TlsOptions::checkFingerprint(const QString &fingerprint)
{
    if (normalizeFingerprint(fingerprint).isEmpty())
        return tr("\"%1\" is not a SHA-256 fingerprint (64 hexadecimal digits, e.g. AB:CD:...)").arg(fingerprint);
    return QString();
}

QString TlsOptions::normalizeFingerprint(const QString &fingerprint)
{
    QString hex;
    for (const QChar c : fingerprint) {
        if (c == QLatin1Char(':') || c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue;
        const bool hexDigit = (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
        if (!hexDigit)
            return QString();
        hex += c.toUpper();
    }
    return hex.size() == 64 ? hex : QString();
}

QString TlsOptions::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return QString();
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

bool TlsOptions::isPinned(const QSslCertificate &certificate) const
{
    if (certificate.isNull() || pinnedFingerprints.isEmpty())
        return false;
    const QString wanted = normalizeFingerprint(fingerprint(certificate));
    return std::any_of(pinnedFingerprints.cbegin(), pinnedFingerprints.cend(),
                       [&wanted](const QString &pinned) { return normalizeFingerprint(pinned) == wanted; });
}

QSslCertificate TlsOptions::presentedCertificate(const QList<QSslError> &errors, const QSslCertificate &peerCertificate)
{
    if (!peerCertificate.isNull())
        return peerCertificate;
    // Only a host name mismatch is sure to carry the broker's own certificate.
    for (const QSslError &error : errors) {
        if (error.error() == QSslError::HostNameMismatch && !error.certificate().isNull())
            return error.certificate();
    }
    return errors.isEmpty() ? QSslCertificate() : errors.constFirst().certificate();
}

} // namespace Mqtt
