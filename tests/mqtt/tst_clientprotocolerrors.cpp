// Client: hostile and malformed input from the "broker" side. A fake peer sends what no real
// broker would; the client must close with a readable reason (MQTT 5: after a DISCONNECT with
// the right reason code, §4.13) and never crash.
#include "client.h"
#include "clienttesthelpers.h"
#include "fakebroker.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace ClientTest;
using Mqtt::Client;
using Mqtt::Message;
using Mqtt::ProtocolVersion;
using Mqtt::ReasonCode;

class tst_ClientProtocolErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostileInput_data();
    void hostileInput();
    void unknownPubackIgnoredIn311();
    void messagesBeforeErrorAreDelivered();
    void randomGarbage();
    void partialPacketThenClose();

private:
    struct Session
    {
        std::unique_ptr<FakeBroker> fake;
        std::unique_ptr<Client> client;
    };
};

namespace {

QByteArray encode(const Mqtt::Packet &packet, ProtocolVersion version)
{
    return Mqtt::Codec::encode(packet, version);
}

QByteArray connectPacket(ProtocolVersion version)
{
    Mqtt::ConnectPacket connect;
    connect.version = version;
    connect.clientId = QStringLiteral("evil");
    return encode(connect, version);
}

QByteArray connack(ProtocolVersion version)
{
    return encode(Mqtt::ConnackPacket(), version);
}

} // namespace

void tst_ClientProtocolErrors::hostileInput_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<bool>("insteadOfConnack"); // sent in place of CONNACK, else after it
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("expectedReason"); // MQTT 5 DISCONNECT reason; 0 = any error code
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<int>("maximumPacketSize");
    QTest::addColumn<int>("topicAliasMaximum");

    const auto v311 = ProtocolVersion::V311;
    const auto v5 = ProtocolVersion::V5;
    for (ProtocolVersion v : {v311, v5}) {
        const QByteArray tag = v == v5 ? "5.0 " : "3.1.1 ";
        auto row = [&tag](const char *name) -> QTestData & { return QTest::newRow((tag + name).constData()); };
        row("garbage instead of CONNACK") << v << true << QByteArray("\xFF\xFF\xFF\xFF\xFF\xFF", 6) << 0 << QString() << 0 << 0;
        row("reserved packet type 0") << v << false << QByteArray("\x00\x05hello", 7) << 0x81 << QString() << 0 << 0;
        row("remaining length of five bytes") << v << false << QByteArray("\x30\xFF\xFF\xFF\xFF\x7F", 6) << 0x81
                                              << QString() << 0 << 0;
        row("CONNACK with reserved flag bits") << v << true << QByteArray("\x20\x02\x02\x00", 4) << 0x81 << QString()
                                               << 0 << 0;
        row("PUBLISH topic with invalid UTF-8")
            << v << false
            << (v == v5 ? RawPackets::publishV5("\xC3\x28", QByteArray(), "x") : RawPackets::publishV311("\xC3\x28", "x"))
            << 0 << QStringLiteral("UTF-8") << 0 << 0;
        row("PUBLISH with QoS 3") << v << false << QByteArray("\x36\x05\x00\x01a\x00\x01", 7) << 0x81 << QString() << 0
                                  << 0;
        row("PUBLISH with a wildcard topic")
            << v << false
            << (v == v5 ? RawPackets::publishV5("a/+", QByteArray(), "x") : RawPackets::publishV311("a/+", "x")) << 0
            << QString() << 0 << 0;
        row("PUBLISH before CONNACK") << v << true << encode(Mqtt::PublishPacket{Message(QStringLiteral("a"), "x")}, v)
                                      << 0x82 << QStringLiteral("before CONNACK") << 0 << 0;
        row("CONNECT from the broker") << v << false << connectPacket(v) << 0x82 << QStringLiteral("CONNECT") << 0 << 0;
        row("PINGREQ from the broker") << v << false << encode(Mqtt::PingreqPacket(), v) << 0x82
                                       << QStringLiteral("PINGREQ") << 0 << 0;
        row("second CONNACK") << v << false << connack(v) << 0x82 << QStringLiteral("second CONNACK") << 0 << 0;
        row("SUBACK nobody asked for")
            << v << false << encode(Mqtt::SubackPacket{77, {ReasonCode::GrantedQoS1}, {}}, v) << 0x82
            << QStringLiteral("SUBACK") << 0 << 0;
        row("UNSUBACK nobody asked for") << v << false << encode(Mqtt::UnsubackPacket{78, {ReasonCode::Success}, {}}, v)
                                         << 0x82 << QStringLiteral("UNSUBACK") << 0 << 0;
    }
    QTest::newRow("3.1.1 CONNACK with return code 9") << v311 << true << QByteArray("\x20\x02\x00\x09", 4) << 0
                                                      << QString() << 0 << 0;
    QTest::newRow("3.1.1 DISCONNECT from the broker") << v311 << false << QByteArray("\xE0\x00", 2) << 0
                                                      << QStringLiteral("DISCONNECT") << 0 << 0;
    QTest::newRow("5.0 CONNACK with invalid reason code") << v5 << true << QByteArray("\x20\x03\x00\x77\x00", 5) << 0
                                                          << QString() << 0 << 0;
    QTest::newRow("5.0 remaining length above our Maximum Packet Size")
        << v5 << false << QByteArray("\x30\xFF\xFF\xFF\x7F", 5) << 0x95 << QString() << 1024 << 0;
    QTest::newRow("5.0 topic alias 0") << v5 << false << RawPackets::publishV5("a/b", QByteArray("\x23\x00\x00", 3), "x")
                                       << 0x94 << QStringLiteral("Topic Alias") << 0 << 5;
    QTest::newRow("5.0 topic alias above our maximum")
        << v5 << false << RawPackets::publishV5("a/b", QByteArray("\x23\x00\x06", 3), "x") << 0x94
        << QStringLiteral("topic alias 6") << 0 << 5;
    QTest::newRow("5.0 topic alias when we allow none")
        << v5 << false << RawPackets::publishV5("a/b", QByteArray("\x23\x00\x01", 3), "x") << 0x94
        << QStringLiteral("no topic aliases") << 0 << 0;
    QTest::newRow("5.0 undefined topic alias") << v5 << false
                                               << RawPackets::publishV5(QByteArray(), QByteArray("\x23\x00\x02", 3), "x")
                                               << 0x82 << QStringLiteral("before the broker defined it") << 0 << 5;
    QTest::newRow("5.0 PUBACK for an unknown packet id")
        << v5 << false << encode(Mqtt::AckPacket{Mqtt::PacketType::Puback, 1234, ReasonCode::Success, {}}, v5) << 0x82
        << QStringLiteral("no message in flight") << 0 << 0;
    QTest::newRow("5.0 PUBCOMP for an unknown packet id")
        << v5 << false << encode(Mqtt::AckPacket{Mqtt::PacketType::Pubcomp, 1235, ReasonCode::Success, {}}, v5) << 0x82
        << QString() << 0 << 0;
    QTest::newRow("5.0 AUTH without an authentication method")
        << v5 << false << encode(Mqtt::AuthPacket{ReasonCode::ContinueAuthentication, {}}, v5) << 0x82
        << QStringLiteral("AUTH") << 0 << 0;
    QTest::newRow("5.0 CONNACK with Receive Maximum 0") << v5 << true << QByteArray("\x20\x06\x00\x00\x03\x21\x00\x00", 8)
                                                        << 0 << QString() << 0 << 0;
}

void tst_ClientProtocolErrors::hostileInput()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(bool, insteadOfConnack);
    QFETCH(QByteArray, bytes);
    QFETCH(int, expectedReason);
    QFETCH(QString, expectedText);
    QFETCH(int, maximumPacketSize);
    QFETCH(int, topicAliasMaximum);
    QVERIFY(!bytes.isEmpty());

    FakeBroker fake(version);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = options(QStringLiteral("127.0.0.1"), fake.port(), version);
    o.maximumPacketSize = quint32(maximumPacketSize);
    o.topicAliasMaximum = quint16(topicAliasMaximum);
    auto client = makeClient(o);
    QSignalSpy connected(client.get(), &Client::connected);
    QSignalSpy disconnected(client.get(), &Client::disconnected);
    QSignalSpy errors(client.get(), &Client::errorOccurred);
    MessageCollector collector(client.get());
    client->connectToHost();
    QVERIFY(fake.waitForClient());
    QVERIFY(fake.waitForPacket(Mqtt::PacketType::Connect));
    if (!insteadOfConnack) {
        fake.send(Mqtt::ConnackPacket());
        QVERIFY(connected.wait(5000));
    }
    fake.sendRaw(bytes);

    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 5000);
    const QString reason = disconnected.first().first().toString();
    QVERIFY(!reason.isEmpty());
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().toString(), reason);
    if (!expectedText.isEmpty())
        QVERIFY2(reason.contains(expectedText, Qt::CaseInsensitive), qPrintable(reason));
    QCOMPARE(client->state(), Client::State::Disconnected);
    QVERIFY(collector.messages.isEmpty());

    // MQTT 5 §4.13.1: a DISCONNECT with the reason code precedes the close.
    QVERIFY(fake.waitForClientGone());
    const QList<Mqtt::Packet> disconnects = fake.receivedOfType(Mqtt::PacketType::Disconnect);
    if (version == ProtocolVersion::V5) {
        QCOMPARE(disconnects.size(), 1);
        const ReasonCode code = std::get<Mqtt::DisconnectPacket>(disconnects.first()).reasonCode;
        QVERIFY(Mqtt::isError(code));
        if (expectedReason != 0)
            QCOMPARE(int(code), expectedReason);
        QVERIFY2(reason.contains(Mqtt::reasonCodeText(code, Mqtt::PacketType::Disconnect)), qPrintable(reason));
    } else {
        QVERIFY(disconnects.isEmpty()); // MQTT 3.1.1 §4.8: just close
    }

    // Nothing is left broken: the client connects again.
    client->connectToHost();
    QVERIFY(fake.acceptConnect());
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), insteadOfConnack ? 1 : 2, 5000);
    QCOMPARE(client->state(), Client::State::Connected);
}

// MQTT 3.1.1 gives no way to report an unknown acknowledgement; the client logs and goes on.
void tst_ClientProtocolErrors::unknownPubackIgnoredIn311()
{
    FakeBroker fake(ProtocolVersion::V311);
    QVERIFY(fake.listen());
    auto client = makeClient(options(QStringLiteral("127.0.0.1"), fake.port(), ProtocolVersion::V311));
    QSignalSpy connected(client.get(), &Client::connected);
    QSignalSpy errors(client.get(), &Client::errorOccurred);
    client->connectToHost();
    QVERIFY(fake.acceptConnect());
    QVERIFY(connected.wait(5000));
    fake.send(Mqtt::AckPacket{Mqtt::PacketType::Puback, 999, ReasonCode::Success, {}});
    fake.send(Mqtt::PingrespPacket());
    QTest::qWait(200);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(client->state(), Client::State::Connected);
}

// Good packets in the same read as a bad one were received correctly and are delivered.
void tst_ClientProtocolErrors::messagesBeforeErrorAreDelivered()
{
    FakeBroker fake(ProtocolVersion::V5);
    QVERIFY(fake.listen());
    auto client = makeClient(options(QStringLiteral("127.0.0.1"), fake.port(), ProtocolVersion::V5));
    MessageCollector collector(client.get());
    QSignalSpy connected(client.get(), &Client::connected);
    QSignalSpy disconnected(client.get(), &Client::disconnected);
    client->connectToHost();
    QVERIFY(fake.acceptConnect());
    QVERIFY(connected.wait(5000));
    QByteArray burst = encode(Mqtt::PublishPacket{Message(QStringLiteral("ok/1"), "1")}, ProtocolVersion::V5);
    burst += encode(Mqtt::PublishPacket{Message(QStringLiteral("ok/2"), "2")}, ProtocolVersion::V5);
    burst += QByteArray("\x00\x00", 2);
    burst += encode(Mqtt::PublishPacket{Message(QStringLiteral("never"), "3")}, ProtocolVersion::V5);
    fake.sendRaw(burst);
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 5000);
    QCOMPARE(collector.payloads(), (QStringList{"1", "2"}));
}

// Random bytes after CONNACK, many times over: every run ends in a clean disconnect with a
// reason (or, rarely, in bytes that form a harmless partial packet), never in a crash.
void tst_ClientProtocolErrors::randomGarbage()
{
    QRandomGenerator random(20240601);
    for (ProtocolVersion version : {ProtocolVersion::V311, ProtocolVersion::V5}) {
        for (int round = 0; round < 40; ++round) {
            FakeBroker fake(version);
            QVERIFY(fake.listen());
            auto client = makeClient(options(QStringLiteral("127.0.0.1"), fake.port(), version));
            QSignalSpy connected(client.get(), &Client::connected);
            QSignalSpy disconnected(client.get(), &Client::disconnected);
            client->connectToHost();
            QVERIFY(fake.acceptConnect());
            QVERIFY(connected.wait(5000));
            QByteArray garbage(int(random.bounded(1, 64)), Qt::Uninitialized);
            for (char &c : garbage)
                c = char(random.bounded(256));
            fake.sendRaw(garbage);
            QTest::qWait(20);
            fake.dropClient();
            QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 5000);
            QVERIFY(!disconnected.first().first().toString().isEmpty());
            QCOMPARE(client->state(), Client::State::Disconnected);
        }
    }
}

// The broker closes in the middle of a packet: a plain "closed" reason, no protocol error.
void tst_ClientProtocolErrors::partialPacketThenClose()
{
    FakeBroker fake(ProtocolVersion::V5);
    QVERIFY(fake.listen());
    auto client = makeClient(options(QStringLiteral("127.0.0.1"), fake.port(), ProtocolVersion::V5));
    QSignalSpy connected(client.get(), &Client::connected);
    QSignalSpy disconnected(client.get(), &Client::disconnected);
    client->connectToHost();
    QVERIFY(fake.acceptConnect());
    QVERIFY(connected.wait(5000));
    fake.sendRaw(encode(Mqtt::PublishPacket{Message(QStringLiteral("cut"), QByteArray(100, 'x'))}, ProtocolVersion::V5).left(20));
    QTest::qWait(50);
    fake.dropClient();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 5000);
    const QString reason = disconnected.first().first().toString();
    QVERIFY2(reason.contains(QLatin1String("closed the connection")), qPrintable(reason));
}

QTEST_GUILESS_MAIN(tst_ClientProtocolErrors)
#include "tst_clientprotocolerrors.moc"
