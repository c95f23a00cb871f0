// MQTT 5 enhanced authentication (§4.12) with SCRAM-SHA-1 / SCRAM-SHA-256: the mechanism
// checked against the RFC 5802 and RFC 7677 test vectors, then the AUTH exchange against a fake
// broker that plays the server side of those same vectors (at connect and re-authentication).
#include "client.h"
#include "clienttesthelpers.h"
#include "fakebroker.h"
#include "scramauthenticator.h"

#include <QSignalSpy>
#include <QTest>

using namespace ClientTest;
using Mqtt::Client;
using Mqtt::PacketType;
using Mqtt::PropertyId;
using Mqtt::ProtocolVersion;
using Mqtt::ReasonCode;
using Mqtt::ScramAuthenticator;

namespace {

struct Vector
{
    ScramAuthenticator::Hash hash;
    QByteArray clientNonce;
    QByteArray clientFirst;
    QByteArray serverFirst;
    QByteArray clientFinal;
    QByteArray serverFinal;
};

// RFC 5802 §5 and RFC 7677 §3: user "user", password "pencil".
Vector vector(ScramAuthenticator::Hash hash)
{
    if (hash == ScramAuthenticator::Hash::Sha1)
        return {hash, "fyko+d2lbbFgONRv9qkxdawL", "n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL",
                "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096",
                "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=",
                "v=rmF9pqV8S7suAoZWja4dJRkFsKQ="};
    return {hash, "rOprNGfwEbeRWgbNEkqO", "n,,n=user,r=rOprNGfwEbeRWgbNEkqO",
            "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
            "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=",
            "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="};
}

Mqtt::AuthPacket auth(ReasonCode code, const QString &method, const QByteArray &data)
{
    Mqtt::AuthPacket a;
    a.reasonCode = code;
    a.properties.setValue(PropertyId::AuthenticationMethod, method);
    a.properties.setValue(PropertyId::AuthenticationData, data);
    return a;
}

} // namespace

Q_DECLARE_METATYPE(ScramAuthenticator::Hash)

class tst_Scram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pbkdf2Vectors();
    void mechanism_data();
    void mechanism();
    void wrongServerSignature();
    void exchangeWithBroker_data();
    void exchangeWithBroker();
    void badServerSignatureEndsConnection();
    void reauthentication();
};

// RFC 6070 (PBKDF2-HMAC-SHA1) and the SHA-256 vector that accompanies it.
void tst_Scram::pbkdf2Vectors()
{
    ScramAuthenticator sha1(ScramAuthenticator::Hash::Sha1, QString(), QByteArray());
    QCOMPARE(sha1.pbkdf2("password", "salt", 1).toHex(), QByteArray("0c60c80f961f0e71f3a9b524af6012062fe037a6"));
    QCOMPARE(sha1.pbkdf2("password", "salt", 4096).toHex(), QByteArray("4b007901b765489abead49d926f721d065a429c1"));
    ScramAuthenticator sha256(ScramAuthenticator::Hash::Sha256, QString(), QByteArray());
    QCOMPARE(sha256.pbkdf2("password", "salt", 1).toHex(),
             QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"));
}

void tst_Scram::mechanism_data()
{
    QTest::addColumn<ScramAuthenticator::Hash>("hash");
    QTest::newRow("SCRAM-SHA-1 (RFC 5802)") << ScramAuthenticator::Hash::Sha1;
    QTest::newRow("SCRAM-SHA-256 (RFC 7677)") << ScramAuthenticator::Hash::Sha256;
}

void tst_Scram::mechanism()
{
    QFETCH(ScramAuthenticator::Hash, hash);
    const Vector v = vector(hash);
    ScramAuthenticator scram(hash, QStringLiteral("user"), "pencil");
    scram.setClientNonce(v.clientNonce);
    QCOMPARE(scram.start(), v.clientFirst);
    QByteArray response;
    QString error;
    QVERIFY2(scram.respond(v.serverFirst, &response, &error), qPrintable(error));
    QCOMPARE(response, v.clientFinal);
    QVERIFY2(scram.finish(v.serverFinal, &error), qPrintable(error));
}

void tst_Scram::wrongServerSignature()
{
    const Vector v = vector(ScramAuthenticator::Hash::Sha256);
    ScramAuthenticator scram(v.hash, QStringLiteral("user"), "not pencil");
    scram.setClientNonce(v.clientNonce);
    scram.start();
    QByteArray response;
    QString error;
    QVERIFY(scram.respond(v.serverFirst, &response, &error));
    QVERIFY(response != v.clientFinal);
    QVERIFY(!scram.finish(v.serverFinal, &error));
    QVERIFY2(error.contains(QLatin1String("signature")), qPrintable(error));
    // A server nonce that does not extend ours is refused.
    ScramAuthenticator other(v.hash, QStringLiteral("user"), "pencil");
    other.setClientNonce("abc");
    other.start();
    QVERIFY(!other.respond(v.serverFirst, &response, &error));
}

void tst_Scram::exchangeWithBroker_data()
{
    mechanism_data();
}

void tst_Scram::exchangeWithBroker()
{
    QFETCH(ScramAuthenticator::Hash, hash);
    const Vector v = vector(hash);
    FakeBroker fake(ProtocolVersion::V5);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = options(QStringLiteral("127.0.0.1"), fake.port(), ProtocolVersion::V5, QStringLiteral("scram"));
    auto scram = std::make_shared<ScramAuthenticator>(hash, QStringLiteral("user"), "pencil");
    scram->setClientNonce(v.clientNonce);
    o.authenticator = scram;
    auto client = makeClient(o);
    QSignalSpy connected(client.get(), &Client::connected);
    QSignalSpy authenticated(client.get(), &Client::authenticated);
    client->connectToHost();
    QVERIFY(fake.waitForClient());
    const auto connect = fake.waitForPacket(PacketType::Connect);
    QVERIFY(connect);
    const Mqtt::Properties &p = std::get<Mqtt::ConnectPacket>(*connect).properties;
    QCOMPARE(p.string(PropertyId::AuthenticationMethod), std::optional<QString>(scram->method()));
    QCOMPARE(p.binary(PropertyId::AuthenticationData), std::optional<QByteArray>(v.clientFirst));
    fake.send(auth(ReasonCode::ContinueAuthentication, scram->method(), v.serverFirst));
    const auto answer = fake.waitForPacket(PacketType::Auth);
    QVERIFY(answer);
    const Mqtt::AuthPacket &a = std::get<Mqtt::AuthPacket>(*answer);
    QCOMPARE(a.reasonCode, ReasonCode::ContinueAuthentication);
    QCOMPARE(a.properties.binary(PropertyId::AuthenticationData), std::optional<QByteArray>(v.clientFinal));
    Mqtt::ConnackPacket connack;
    connack.properties.setValue(PropertyId::AuthenticationMethod, scram->method());
    connack.properties.setValue(PropertyId::AuthenticationData, v.serverFinal);
    fake.send(connack);
    QVERIFY(connected.wait(5000));
    QCOMPARE(authenticated.size(), 1);
}

// A broker that does not know the password cannot produce the server signature.
void tst_Scram::badServerSignatureEndsConnection()
{
    const Vector v = vector(ScramAuthenticator::Hash::Sha256);
    FakeBroker fake(ProtocolVersion::V5);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = options(QStringLiteral("127.0.0.1"), fake.port(), ProtocolVersion::V5, QStringLiteral("scram"));
    auto scram = std::make_shared<ScramAuthenticator>(v.hash, QStringLiteral("user"), "pencil");
    scram->setClientNonce(v.clientNonce);
    o.authenticator = scram;
    auto client = makeClient(o);
    QSignalSpy disconnected(client.get(), &Client::disconnected);
    client->connectToHost();
    QVERIFY(fake.waitForPacket(PacketType::Connect));
    fake.send(auth(ReasonCode::ContinueAuthentication, scram->method(), v.serverFirst));
    QVERIFY(fake.waitForPacket(PacketType::Auth));
    Mqtt::ConnackPacket connack;
    connack.properties.setValue(PropertyId::AuthenticationMethod, scram->method());
    connack.properties.setValue(PropertyId::AuthenticationData, QByteArray("v=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
    fake.send(connack);
    QVERIFY(disconnected.wait(5000));
    const QString reason = disconnected.at(0).at(0).toString();
    QVERIFY2(reason.contains(QLatin1String("signature")), qPrintable(reason));
    const auto disconnect = fake.waitForPacket(PacketType::Disconnect);
    QVERIFY(disconnect);
    QCOMPARE(std::get<Mqtt::DisconnectPacket>(*disconnect).reasonCode, ReasonCode::NotAuthorized);
}

// MQTT 5 §4.12.1: re-authentication while connected, AUTH 0x19 ... AUTH 0x00.
void tst_Scram::reauthentication()
{
    const Vector v = vector(ScramAuthenticator::Hash::Sha1);
    FakeBroker fake(ProtocolVersion::V5);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = options(QStringLiteral("127.0.0.1"), fake.port(), ProtocolVersion::V5, QStringLiteral("scram"));
    auto scram = std::make_shared<ScramAuthenticator>(v.hash, QStringLiteral("user"), "pencil");
    scram->setClientNonce(v.clientNonce);
    o.authenticator = scram;
    auto client = makeClient(o);
    QSignalSpy authenticated(client.get(), &Client::authenticated);
    QSignalSpy connected(client.get(), &Client::connected);
    client->connectToHost();
    QVERIFY(fake.waitForPacket(PacketType::Connect));
    fake.send(auth(ReasonCode::ContinueAuthentication, scram->method(), v.serverFirst));
    QVERIFY(fake.waitForPacket(PacketType::Auth));
    Mqtt::ConnackPacket connack;
    connack.properties.setValue(PropertyId::AuthenticationMethod, scram->method());
    connack.properties.setValue(PropertyId::AuthenticationData, v.serverFinal);
    fake.send(connack);
    QVERIFY(connected.wait(5000));

    QVERIFY(client->reauthenticate());
    QVERIFY(!client->reauthenticate()); // one exchange at a time
    const auto start = fake.waitForPacket(PacketType::Auth);
    QVERIFY(start);
    QCOMPARE(std::get<Mqtt::AuthPacket>(*start).reasonCode, ReasonCode::ReAuthenticate);
    QCOMPARE(std::get<Mqtt::AuthPacket>(*start).properties.binary(PropertyId::AuthenticationData),
             std::optional<QByteArray>(v.clientFirst));
    fake.send(auth(ReasonCode::ContinueAuthentication, scram->method(), v.serverFirst));
    const auto final = fake.waitForPacket(PacketType::Auth);
    QVERIFY(final);
    QCOMPARE(std::get<Mqtt::AuthPacket>(*final).properties.binary(PropertyId::AuthenticationData),
             std::optional<QByteArray>(v.clientFinal));
    fake.send(auth(ReasonCode::Success, scram->method(), v.serverFinal));
    QTRY_COMPARE_WITH_TIMEOUT(authenticated.size(), 2, 5000);
    QCOMPARE(client->state(), Client::State::Connected);
}

QTEST_GUILESS_MAIN(tst_Scram)
#include "tst_scram.moc"
