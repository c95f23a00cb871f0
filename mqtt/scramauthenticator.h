#pragma once

#include "authenticator.h"

#include <QCoreApplication>

namespace Mqtt {

// SCRAM-SHA-1 and SCRAM-SHA-256 (RFC 5802, RFC 7677) as MQTT 5 enhanced authentication, as
// EMQX offers them. The client proves it knows the password without sending it, and checks
// the broker's signature in the final message. Channel binding is not used ("n,,"); the user
// name is escaped (=2C, =3D) but not SASLprep-normalised, so keep it ASCII.
class ScramAuthenticator : public Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(Mqtt::ScramAuthenticator)
public:
    enum class Hash { Sha1, Sha256 };

    ScramAuthenticator(Hash hash, const QString &username, const QByteArray &password);

    QString method() const override;
    QByteArray start() override;
    bool respond(const QByteArray &challenge, QByteArray *response, QString *error) override;
    bool finish(const QByteArray &outcome, QString *error) override;

    // For tests with the RFC's vectors: the client nonce of the next start() (random otherwise).
    void setClientNonce(const QByteArray &nonce) { m_fixedNonce = nonce; }

    // The primitives, exposed for tests: HMAC and PBKDF2 with this hash (OpenSSL).
    QByteArray hmac(const QByteArray &key, const QByteArray &data) const;
    QByteArray hash(const QByteArray &data) const;
    QByteArray pbkdf2(const QByteArray &password, const QByteArray &salt, int iterations) const;

private:
    Hash m_hash;
    QString m_username;
    QByteArray m_password;
    QByteArray m_fixedNonce;
    QByteArray m_clientNonce;
    QByteArray m_clientFirstBare;
    QByteArray m_expectedServerSignature;
    enum class Stage { Idle, SentClientFirst, SentClientFinal } m_stage = Stage::Idle;
};

} // namespace Mqtt
