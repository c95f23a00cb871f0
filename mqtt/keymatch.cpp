#include "keymatch_p.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>

namespace Mqtt::TlsPrivate {

namespace {

struct Element
{
    quint8 tag = 0;
    QByteArray content;
};

// The elements directly inside one DER value's content (no indefinite lengths: DER has none).
bool children(const QByteArray &der, QList<Element> *out)
{
    qsizetype i = 0;
    const qsizetype n = der.size();
    while (i < n) {
        if (n - i < 2)
            return false;
        Element element;
        element.tag = static_cast<quint8>(der.at(i++));
        qsizetype length = static_cast<quint8>(der.at(i++));
        if (length & 0x80) {
            const int bytes = length & 0x7f;
            if (bytes == 0 || bytes > 4 || n - i < bytes)
                return false;
            length = 0;
            for (int b = 0; b < bytes; ++b)
                length = (length << 8) | static_cast<quint8>(der.at(i++));
        }
        if (length < 0 || n - i < length)
            return false;
        element.content = der.mid(i, length);
        i += length;
        out->append(element);
    }
    return true;
}

bool sequenceChildren(const QByteArray &der, QList<Element> *out)
{
    QList<Element> top;
    if (!children(der, &top) || top.size() != 1 || top.constFirst().tag != 0x30)
        return false;
    return children(top.constFirst().content, out);
}

QByteArray unsignedInteger(QByteArray value)
{
    while (value.size() > 1 && value.at(0) == 0)
        value.remove(0, 1);
    return value;
}

QByteArray bitStringBytes(const Element &element)
{
    // The first content byte counts the unused bits of the last byte (0 for keys).
    return element.tag == 0x03 && !element.content.isEmpty() ? element.content.mid(1) : QByteArray();
}

// The public half as comparable bytes: "n|e" for RSA, the point for EC. Empty if unreadable.
QByteArray publicFromPrivate(const QByteArray &der, int depth = 0)
{
    QList<Element> items;
    if (depth > 1 || !sequenceChildren(der, &items) || items.size() < 3 || items.at(0).tag != 0x02)
        return {};
    // PKCS#8: version, AlgorithmIdentifier, OCTET STRING holding the PKCS#1 / SEC1 key.
    if (items.at(1).tag == 0x30 && items.at(2).tag == 0x04)
        return publicFromPrivate(items.at(2).content, depth + 1);
    // PKCS#1 RSAPrivateKey: version, modulus, publicExponent, ...
    if (items.at(1).tag == 0x02 && items.at(2).tag == 0x02)
        return unsignedInteger(items.at(1).content) + '|' + unsignedInteger(items.at(2).content);
    // SEC1 ECPrivateKey: version, privateKey, [0] parameters, [1] publicKey BIT STRING.
    if (items.at(1).tag == 0x04) {
        for (const Element &item : std::as_const(items)) {
            QList<Element> inner;
            if (item.tag == 0xA1 && children(item.content, &inner) && inner.size() == 1)
                return bitStringBytes(inner.constFirst());
        }
    }
    return {};
}

QByteArray publicFromPublic(const QByteArray &der)
{
    QList<Element> items;
    if (!sequenceChildren(der, &items) || items.size() != 2)
        return {};
    // PKCS#1 RSAPublicKey: modulus, publicExponent.
    if (items.at(0).tag == 0x02 && items.at(1).tag == 0x02)
        return unsignedInteger(items.at(0).content) + '|' + unsignedInteger(items.at(1).content);
    // SubjectPublicKeyInfo: AlgorithmIdentifier, BIT STRING (RSAPublicKey or the EC point).
    if (items.at(0).tag == 0x30 && items.at(1).tag == 0x03) {
        const QByteArray key = bitStringBytes(items.at(1));
        const QByteArray rsa = publicFromPublic(key);
        return rsa.isEmpty() ? key : rsa;
    }
    return {};
}

} // namespace

KeyMatch keyMatchesCertificate(const QSslKey &privateKey, const QSslCertificate &certificate)
{
    const QSslKey publicKey = certificate.publicKey();
    if (privateKey.isNull() || publicKey.isNull())
        return KeyMatch::Unknown;
    if (privateKey.algorithm() != publicKey.algorithm() && privateKey.algorithm() != QSsl::Opaque
        && publicKey.algorithm() != QSsl::Opaque) {
        return KeyMatch::Mismatch;
    }
    const QByteArray mine = publicFromPrivate(privateKey.toDer());
    const QByteArray theirs = publicFromPublic(publicKey.toDer());
    if (mine.isEmpty() || theirs.isEmpty())
        return KeyMatch::Unknown;
    return mine == theirs ? KeyMatch::Match : KeyMatch::Mismatch;
}

} // namespace Mqtt::TlsPrivate
