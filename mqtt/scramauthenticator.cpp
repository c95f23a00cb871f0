#include "scramauthenticator.h"

#include <QRandomGenerator>

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace Mqtt {

Authenticator::~Authenticator() = default;

namespace {

const EVP_MD *digest(ScramAuthenticator::Hash hash)
{
    return hash == ScramAuthenticator::Hash::Sha1 ? EVP_sha1() : EVP_sha256();
}

// RFC 5802 §5.1: "," and "=" in a user name are written =2C and =3D.
QByteArray saslName(const QString &name)
{
    QByteArray out = name.toUtf8();
    out.replace("=", "=3D");
    out.replace(",", "=2C");
    return out;
}

// "a=1,b=2" -> the value of one attribute; empty when absent.
QByteArray attribute(const QByteArray &message, char name)
{
    for (const QByteArray &part : message.split(',')) {
        if (part.size() >= 2 && part.at(0) == name && part.at(1) == '=')
            return part.mid(2);
    }
    return {};
}

QByteArray xorBytes(const QByteArray &a, const QByteArray &b)
{
    QByteArray out(a.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < a.size(); ++i)
        out[i] = char(a.at(i) ^ (i < b.size() ? b.at(i) : 0));
    return out;
}

} // namespace

ScramAuthenticator::ScramAuthenticator(Hash hash, const QString &username, const QByteArray &password)
    : m_hash(hash), m_username(username), m_password(password)
{
}

QString ScramAuthenticator::method() const
{
    return m_hash == Hash::Sha1 ? QStringLiteral("SCRAM-SHA-1") : QStringLiteral("SCRAM-SHA-256");
}

QByteArray ScramAuthenticator::hmac(const QByteArray &key, const QByteArray &data) const
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(digest(m_hash), key.constData(), int(key.size()), reinterpret_cast<const unsigned char *>(data.constData()),
         size_t(data.size()), out, &length);
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

QByteArray ScramAuthenticator::hash(const QByteArray &data) const
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(data.constData(), size_t(data.size()), out, &length, digest(m_hash), nullptr);
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

QByteArray ScramAuthenticator::pbkdf2(const QByteArray &password, const QByteArray &salt, int iterations) const
{
    QByteArray out(EVP_MD_get_size(digest(m_hash)), Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                      int(salt.size()), iterations, digest(m_hash), int(out.size()),
                      reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QByteArray ScramAuthenticator::start()
{
    if (!m_fixedNonce.isEmpty()) {
        m_clientNonce = m_fixedNonce;
    } else {
        QByteArray random(18, Qt::Uninitialized);
        for (char &c : random)
            c = char(QRandomGenerator::system()->bounded(256));
        m_clientNonce = random.toBase64();
    }
    m_clientFirstBare = "n=" + saslName(m_username) + ",r=" + m_clientNonce;
    m_expectedServerSignature.clear();
    m_stage = Stage::SentClientFirst;
    return "n,," + m_clientFirstBare; // gs2 header: no channel binding, no authzid
}

bool ScramAuthenticator::respond(const QByteArray &challenge, QByteArray *response, QString *error)
{
    if (m_stage != Stage::SentClientFirst) {
        *error = tr("the broker sent a SCRAM challenge out of turn");
        return false;
    }
    // RFC 5802 §5.1: server-first-message = r=<client+server nonce>,s=<salt>,i=<iterations>
    const QByteArray nonce = attribute(challenge, 'r');
    const QByteArray salt = QByteArray::fromBase64(attribute(challenge, 's'));
    bool ok = false;
    const int iterations = attribute(challenge, 'i').toInt(&ok);
    if (!attribute(challenge, 'e').isEmpty()) {
        *error = tr("the broker refused the SCRAM exchange: %1").arg(QString::fromUtf8(attribute(challenge, 'e')));
        return false;
    }
    if (!nonce.startsWith(m_clientNonce) || nonce.size() == m_clientNonce.size() || salt.isEmpty() || !ok
        || iterations < 1 || iterations > 10000000) {
        *error = tr("the broker's SCRAM challenge is malformed (RFC 5802 §5.1)");
        return false;
    }
    const QByteArray saltedPassword = pbkdf2(m_password, salt, iterations);
    const QByteArray clientKey = hmac(saltedPassword, "Client Key");
    const QByteArray storedKey = hash(clientKey);
    const QByteArray clientFinalWithoutProof = "c=biws,r=" + nonce; // biws = base64("n,,")
    const QByteArray authMessage = m_clientFirstBare + ',' + challenge + ',' + clientFinalWithoutProof;
    const QByteArray clientProof = xorBytes(clientKey, hmac(storedKey, authMessage));
    m_expectedServerSignature = hmac(hmac(saltedPassword, "Server Key"), authMessage);
    *response = clientFinalWithoutProof + ",p=" + clientProof.toBase64();
    m_stage = Stage::SentClientFinal;
    return true;
}

bool ScramAuthenticator::finish(const QByteArray &outcome, QString *error)
{
    if (m_stage != Stage::SentClientFinal) {
        *error = tr("the broker ended the SCRAM exchange before it was complete");
        return false;
    }
    m_stage = Stage::Idle;
    if (!attribute(outcome, 'e').isEmpty()) {
        *error = tr("the broker refused the SCRAM exchange: %1").arg(QString::fromUtf8(attribute(outcome, 'e')));
        return false;
    }
    // RFC 5802 §5.1 server-final-message: v=<server signature>. Without it the broker has
    // not shown that it knows the password.
    if (QByteArray::fromBase64(attribute(outcome, 'v')) != m_expectedServerSignature) {
        *error = tr("the broker's SCRAM server signature is wrong: it does not know the password");
        return false;
    }
    return true;
}

} // namespace Mqtt
