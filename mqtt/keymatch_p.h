#pragma once

// Does a private key belong to a certificate? Qt has no API for it (OpenSSL only checks when a
// handshake starts), so the public half is read from the keys' DER: RSA modulus and exponent,
// or the EC public point. Internal to the mqtt library.

class QSslCertificate;
class QSslKey;

namespace Mqtt::TlsPrivate {

enum class KeyMatch { Match, Mismatch, Unknown };

// Unknown when either key is in a form this cannot read (then nothing is claimed).
KeyMatch keyMatchesCertificate(const QSslKey &privateKey, const QSslCertificate &certificate);

} // namespace Mqtt::TlsPrivate
