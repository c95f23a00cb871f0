#include "codec.h"
#include "packets.h"
#include "protocol.h"
#include "samplepackets.h"

#include <QSet>
#include <QTest>

using namespace Mqtt;
using namespace CodecTest;

Q_DECLARE_METATYPE(Mqtt::Packet)
Q_DECLARE_METATYPE(Mqtt::ProtocolVersion)
Q_DECLARE_METATYPE(Mqtt::ReasonCode)

namespace {

// Splits an encoded packet into fixed header and body and decodes it.
bool decodeBytes(const QByteArray &bytes, ProtocolVersion v, Packet *packet, ProtocolError *error)
{
    StreamDecoder decoder(v);
    decoder.append(bytes);
    const StreamDecoder::Status s = decoder.next(packet);
    if (s == StreamDecoder::Status::Error) {
        *error = decoder.error();
        return false;
    }
    if (s != StreamDecoder::Status::PacketReady) {
        *error = {ReasonCode::MalformedPacket, QStringLiteral("incomplete")};
        return false;
    }
    if (decoder.bufferedBytes() != 0) {
        *error = {ReasonCode::MalformedPacket, QStringLiteral("extra bytes")};
        return false;
    }
    return true;
}

} // namespace

class tst_Codec : public QObject
{
    Q_OBJECT

private slots:
    void variableByteInteger_data();
    void variableByteInteger();
    void roundTrip_data();
    void roundTrip();
    void incrementalDecoding_data();
    void incrementalDecoding();
    void everyPropertyCovered();
    void knownEncodings_data();
    void knownEncodings();
    void specificationExamples_data();
    void specificationExamples();
    void connectVersionFromPacket();
    void publishDecoding();
    void repeatedTopicNames();
    void decodedTopicNamesStayValid();
    void byteOrderMarkKept();
    void connackReturnCodes_data();
    void connackReturnCodes();
    void hugeRemainingLengthDoesNotAllocate();
    void maximumPacketSize();
    void errorIsStickyUntilReset();
    void properties();
    void reasonCodeTexts();
    void packetTypeNames();
};

void tst_Codec::variableByteInteger_data()
{
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QByteArray>("bytes");
    // MQTT 5 §1.5.5 table: the boundaries of 1, 2, 3 and 4 byte encodings.
    QTest::newRow("0") << 0u << QByteArray::fromHex("00");
    QTest::newRow("127") << 127u << QByteArray::fromHex("7f");
    QTest::newRow("128") << 128u << QByteArray::fromHex("8001");
    QTest::newRow("16383") << 16383u << QByteArray::fromHex("ff7f");
    QTest::newRow("16384") << 16384u << QByteArray::fromHex("808001");
    QTest::newRow("2097151") << 2097151u << QByteArray::fromHex("ffff7f");
    QTest::newRow("2097152") << 2097152u << QByteArray::fromHex("80808001");
    QTest::newRow("268435455") << 268435455u << QByteArray::fromHex("ffffff7f");
}

void tst_Codec::variableByteInteger()
{
    QFETCH(quint32, value);
    QFETCH(QByteArray, bytes);
    QByteArray out;
    Codec::appendVariableByteInteger(out, value);
    QCOMPARE(out.toHex(), bytes.toHex());

    // The same value as a remaining length: the decoder reads it back (the body is not
    // supplied, so the decoder must wait for it, or reject it when above the maximum size).
    StreamDecoder decoder;
    decoder.setMaximumPacketSize(1 + bytes.size() + 16383);
    decoder.append(QByteArray(1, char(0xD0)) + bytes); // PINGRESP
    Packet packet;
    const StreamDecoder::Status s = decoder.next(&packet);
    if (value == 0) {
        QCOMPARE(s, StreamDecoder::Status::PacketReady);
    } else if (value <= 16383) {
        QCOMPARE(s, StreamDecoder::Status::NeedMoreData);
    } else {
        QCOMPARE(s, StreamDecoder::Status::Error);
        QCOMPARE(decoder.error().code, ReasonCode::PacketTooLarge);
    }
}

void tst_Codec::roundTrip_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<Packet>("packet");
    for (ProtocolVersion v : {ProtocolVersion::V311, ProtocolVersion::V5}) {
        const QByteArray prefix = v == ProtocolVersion::V5 ? "5.0 " : "3.1.1 ";
        for (const auto &row : samplePackets(v))
            QTest::newRow((prefix + row.first).constData()) << v << row.second;
    }
}

void tst_Codec::roundTrip()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(Packet, packet);
    ProtocolError error;
    const QByteArray bytes = Codec::encode(packet, version, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(!bytes.isEmpty());

    Packet decoded;
    QVERIFY2(decodeBytes(bytes, version, &decoded, &error), qPrintable(error.message));
    QCOMPARE(packetTypeOf(decoded), packetTypeOf(packet));
    QVERIFY(decoded == packet);

    // Encoding the decoded packet gives the same bytes.
    QCOMPARE(Codec::encode(decoded, version).toHex(), bytes.toHex());
}

void tst_Codec::incrementalDecoding_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("3.1.1") << ProtocolVersion::V311;
    QTest::newRow("5.0") << ProtocolVersion::V5;
}

void tst_Codec::incrementalDecoding()
{
    QFETCH(ProtocolVersion, version);
    const auto rows = samplePackets(version);
    QByteArray stream;
    for (const auto &row : rows)
        stream += Codec::encode(row.second, version);

    // One byte at a time: every packet comes out exactly when its last byte arrives.
    StreamDecoder decoder(version);
    QList<Packet> decoded;
    for (char c : stream) {
        decoder.append(QByteArrayView(&c, 1));
        Packet p;
        StreamDecoder::Status s;
        while ((s = decoder.next(&p)) == StreamDecoder::Status::PacketReady)
            decoded.append(p);
        QVERIFY2(s == StreamDecoder::Status::NeedMoreData, qPrintable(decoder.error().message));
    }
    QCOMPARE(decoded.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QVERIFY2(decoded.at(i) == rows.at(i).second, rows.at(i).first.constData());
    QCOMPARE(decoder.bufferedBytes(), 0);

    // All at once.
    StreamDecoder whole(version);
    whole.append(stream);
    int count = 0;
    Packet p;
    while (whole.next(&p) == StreamDecoder::Status::PacketReady)
        ++count;
    QCOMPARE(count, rows.size());
}

void tst_Codec::everyPropertyCovered()
{
    // The round trips above use fullProperties(); make sure together they hold every property.
    QSet<PropertyId> covered;
    for (int t = 0; t <= 15; ++t)
        for (PropertyId id : allowedProperties(PacketType(t)))
            covered.insert(id);
    QCOMPARE(allPropertyIds().size(), 27);
    for (PropertyId id : allPropertyIds())
        QVERIFY2(covered.contains(id), qPrintable(propertyName(id)));
}

void tst_Codec::knownEncodings_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<Packet>("packet");
    QTest::addColumn<QByteArray>("bytes");
    const auto V3 = ProtocolVersion::V311;
    const auto V5 = ProtocolVersion::V5;
    auto hex = [](const char *h) { return QByteArray::fromHex(QByteArray(h).replace(' ', "")); };

    ConnectPacket connect;
    connect.version = V3;
    connect.clientId = QStringLiteral("c");
    // §3.1: "MQTT", level 4, clean session, keep alive 60, client id "c".
    QTest::newRow("CONNECT 3.1.1") << V3 << Packet(connect) << hex("10 0d 0004 4d515454 04 02 003c 0001 63");
    connect.version = V5;
    QTest::newRow("CONNECT 5.0") << V5 << Packet(connect) << hex("10 0e 0004 4d515454 05 02 003c 00 0001 63");
    connect.username = QStringLiteral("u");
    connect.password = QByteArray("p");
    connect.will = Will{QStringLiteral("w"), QByteArray("x"), 1, true, {}};
    QTest::newRow("CONNECT flags") << V5 << Packet(connect)
                                   << hex("10 1b 0004 4d515454 05 ee 003c 00 0001 63 00 0001 77 0001 78 0001 75 0001 70");
    QTest::newRow("CONNACK 3.1.1") << V3 << Packet(ConnackPacket{true, ReasonCode::Success, {}}) << hex("20 02 01 00");
    QTest::newRow("CONNACK 3.1.1 refused") << V3 << Packet(ConnackPacket{false, ReasonCode::BadUserNameOrPassword, {}})
                                           << hex("20 02 00 04");
    QTest::newRow("CONNACK 5.0") << V5 << Packet(ConnackPacket{false, ReasonCode::Banned, {}}) << hex("20 03 00 8a 00");
    Message m(QStringLiteral("a/b"), QByteArray("hi"), 1, true);
    m.setPacketId(10);
    QTest::newRow("PUBLISH 3.1.1") << V3 << Packet(PublishPacket{m}) << hex("33 09 0003 612f62 000a 6869");
    QTest::newRow("PUBLISH 5.0") << V5 << Packet(PublishPacket{m}) << hex("33 0a 0003 612f62 000a 00 6869");
    m.properties().setValue(PropertyId::TopicAlias, 3u);
    m.setTopic(QString());
    QTest::newRow("PUBLISH alias only") << V5 << Packet(PublishPacket{m}) << hex("33 0a 0000 000a 03 230003 6869");
    // §3.4.2.1: reason code and property length left out when possible.
    QTest::newRow("PUBACK 5.0 short") << V5 << Packet(AckPacket{PacketType::Puback, 7, ReasonCode::Success, {}})
                                      << hex("40 02 0007");
    QTest::newRow("PUBREC 5.0 reason") << V5 << Packet(AckPacket{PacketType::Pubrec, 7, ReasonCode::QuotaExceeded, {}})
                                       << hex("50 03 0007 97");
    QTest::newRow("PUBREL") << V3 << Packet(AckPacket{PacketType::Pubrel, 7, ReasonCode::Success, {}})
                            << hex("62 02 0007");
    QTest::newRow("PUBREL 3.1.1 drops reason") << V3
                                               << Packet(AckPacket{PacketType::Pubrel, 7,
                                                                   ReasonCode::PacketIdentifierNotFound, {}})
                                               << hex("62 02 0007");
    QTest::newRow("PUBCOMP") << V5 << Packet(AckPacket{PacketType::Pubcomp, 258, ReasonCode::Success, {}})
                             << hex("70 02 0102");
    SubscribePacket sub{5, {Subscription{QStringLiteral("a/#"), {1, true, true, 2}}}, {}};
    QTest::newRow("SUBSCRIBE 3.1.1") << V3 << Packet(sub) << hex("82 08 0005 0003 612f23 01");
    QTest::newRow("SUBSCRIBE 5.0 options") << V5 << Packet(sub) << hex("82 09 0005 00 0003 612f23 2d");
    QTest::newRow("SUBACK 3.1.1") << V3
                                  << Packet(SubackPacket{5, {ReasonCode::GrantedQoS1, ReasonCode::NotAuthorized}, {}})
                                  << hex("90 04 0005 01 80");
    QTest::newRow("UNSUBSCRIBE") << V3 << Packet(UnsubscribePacket{6, {QStringLiteral("a")}, {}})
                                 << hex("a2 05 0006 0001 61");
    QTest::newRow("UNSUBACK 3.1.1") << V3 << Packet(UnsubackPacket{6, {}, {}}) << hex("b0 02 0006");
    QTest::newRow("UNSUBACK 5.0") << V5 << Packet(UnsubackPacket{6, {ReasonCode::Success}, {}})
                                  << hex("b0 04 0006 00 00");
    QTest::newRow("PINGREQ") << V3 << Packet(PingreqPacket{}) << hex("c0 00");
    QTest::newRow("PINGRESP") << V5 << Packet(PingrespPacket{}) << hex("d0 00");
    QTest::newRow("DISCONNECT 3.1.1") << V3 << Packet(DisconnectPacket{}) << hex("e0 00");
    QTest::newRow("DISCONNECT 5.0 normal") << V5 << Packet(DisconnectPacket{}) << hex("e0 00");
    QTest::newRow("DISCONNECT 5.0 reason") << V5 << Packet(DisconnectPacket{ReasonCode::SessionTakenOver, {}})
                                           << hex("e0 01 8e");
    QTest::newRow("AUTH 5.0") << V5 << Packet(AuthPacket{}) << hex("f0 00");
    Properties user;
    user.addUserProperty(QStringLiteral("k"), QStringLiteral("v"));
    QTest::newRow("AUTH user property") << V5 << Packet(AuthPacket{ReasonCode::ContinueAuthentication, user})
                                        << hex("f0 09 18 07 26 0001 6b 0001 76");
}

void tst_Codec::knownEncodings()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(Packet, packet);
    QFETCH(QByteArray, bytes);
    ProtocolError error;
    QCOMPARE(Codec::encode(packet, version, &error).toHex(' '), bytes.toHex(' '));
    QVERIFY2(!error.isError(), qPrintable(error.message));
}

// The non-normative examples of both specifications, byte for byte, in both directions. Where
// an example shows only a variable header or payload, the rest of the packet is the smallest
// that completes it.
void tst_Codec::specificationExamples_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<Packet>("packet");
    QTest::addColumn<QByteArray>("bytes");
    const auto V3 = ProtocolVersion::V311;
    const auto V5 = ProtocolVersion::V5;
    auto hex = [](const char *h) { return QByteArray::fromHex(QByteArray(h).replace(' ', "")); };

    // 3.1.1 §1.5.3.1 / 5.0 §1.5.4.1: "A" followed by U+2A6D4 is 00 05 41 F0 AA 9B 94.
    const Message utf8(QStringLiteral("A\U0002A6D4"), QByteArray(), 0, false);
    QTest::newRow("3.1.1 §1.5.3.1 UTF-8 string") << V3 << Packet(PublishPacket{utf8}) << hex("30 07 0005 41f0aa9b94");
    QTest::newRow("5.0 §1.5.4.1 UTF-8 string") << V5 << Packet(PublishPacket{utf8}) << hex("30 08 0005 41f0aa9b94 00");

    // The CONNECT variable header examples (3.1.1 and 5.0 §3.1.2): connect flags 0xCE (user
    // name, password, will QoS 1, will flag, clean session/start) and keep alive 10; in 5.0
    // with a Session Expiry Interval of 10.
    ConnectPacket connect;
    connect.version = V3;
    connect.clientId = QStringLiteral("c");
    connect.keepAlive = 10;
    connect.username = QStringLiteral("u");
    connect.password = QByteArray("p");
    connect.will = Will{QStringLiteral("w"), QByteArray("x"), 1, false, {}};
    QTest::newRow("3.1.1 §3.1.2 CONNECT variable header")
        << V3 << Packet(connect) << hex("10 19 0004 4d515454 04 ce 000a 0001 63 0001 77 0001 78 0001 75 0001 70");
    connect.version = V5;
    connect.properties.setValue(PropertyId::SessionExpiryInterval, 10u);
    QTest::newRow("5.0 §3.1.2 CONNECT variable header")
        << V5 << Packet(connect)
        << hex("10 20 0004 4d515454 05 ce 000a 05 110000000a 0001 63 00 0001 77 0001 78 0001 75 0001 70");

    // The PUBLISH variable header example (§3.3.2): topic "a/b", packet identifier 10.
    Message publish(QStringLiteral("a/b"), QByteArray(), 1, false);
    publish.setPacketId(10);
    QTest::newRow("3.1.1 §3.3.2 PUBLISH variable header") << V3 << Packet(PublishPacket{publish})
                                                            << hex("32 07 0003 612f62 000a");

    // 3.1.1 §3.8.3 / 5.0 §3.8.3: "a/b" at QoS 1 and "c/d" at QoS 2 (packet identifier 10 as in
    // the variable header example of §3.8.2).
    const SubscribePacket subscribe{10, {Subscription{QStringLiteral("a/b"), {1, false, false, 0}},
                                         Subscription{QStringLiteral("c/d"), {2, false, false, 0}}}, {}};
    QTest::newRow("3.1.1 §3.8.3 SUBSCRIBE payload") << V3 << Packet(subscribe)
                                                    << hex("82 0e 000a 0003 612f62 01 0003 632f64 02");
    QTest::newRow("5.0 §3.8.3 SUBSCRIBE payload") << V5 << Packet(subscribe)
                                                  << hex("82 0f 000a 00 0003 612f62 01 0003 632f64 02");

    // 3.1.1 §3.9.3: return codes 0 (QoS 0), 2 (QoS 2) and 0x80 (failure).
    QTest::newRow("3.1.1 §3.9.3 SUBACK payload")
        << V3
        << Packet(SubackPacket{10, {ReasonCode::Success, ReasonCode::GrantedQoS2, ReasonCode::UnspecifiedError}, {}})
        << hex("90 05 000a 00 02 80");

    // 3.1.1 §3.10.3 / 5.0 §3.10.3: unsubscribe from "a/b" and "c/d".
    const UnsubscribePacket unsubscribe{10, {QStringLiteral("a/b"), QStringLiteral("c/d")}, {}};
    QTest::newRow("3.1.1 §3.10.3 UNSUBSCRIBE payload") << V3 << Packet(unsubscribe)
                                                       << hex("a2 0c 000a 0003 612f62 0003 632f64");
    QTest::newRow("5.0 §3.10.3 UNSUBSCRIBE payload") << V5 << Packet(unsubscribe)
                                                     << hex("a2 0d 000a 00 0003 612f62 0003 632f64");
}

void tst_Codec::specificationExamples()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(Packet, packet);
    QFETCH(QByteArray, bytes);
    ProtocolError error;
    QCOMPARE(Codec::encode(packet, version, &error).toHex(' '), bytes.toHex(' '));
    QVERIFY2(!error.isError(), qPrintable(error.message));
    Packet decoded;
    QVERIFY2(decodeBytes(bytes, version, &decoded, &error), qPrintable(error.message));
    QVERIFY(decoded == packet);
}

void tst_Codec::connectVersionFromPacket()
{
    // The level byte decides, whatever version the decoder was set to (a server learns the
    // client's version from its CONNECT).
    ConnectPacket c;
    c.version = ProtocolVersion::V5;
    c.clientId = QStringLiteral("x");
    c.properties.setValue(PropertyId::SessionExpiryInterval, 30u);
    const QByteArray bytes = Codec::encode(c, ProtocolVersion::V5);
    StreamDecoder decoder(ProtocolVersion::V311);
    decoder.append(bytes);
    Packet packet;
    QCOMPARE(decoder.next(&packet), StreamDecoder::Status::PacketReady);
    const auto *decoded = std::get_if<ConnectPacket>(&packet);
    QVERIFY(decoded);
    QCOMPARE(decoded->version, ProtocolVersion::V5);
    QVERIFY(*decoded == c);
}

void tst_Codec::publishDecoding()
{
    // Straight into a Message: every field, ASCII and non-ASCII topics.
    for (const QString &topic : {QStringLiteral("plain/ascii/topic"), QStringLiteral("caf\u00e9/\u4e2d/\U0001F600")}) {
        Message m(topic, QByteArray("\x00\x01payload", 9), 2, true);
        m.setDup(true);
        m.setPacketId(513);
        const QByteArray bytes = Codec::encode(PublishPacket{m}, ProtocolVersion::V5);
        Packet packet;
        ProtocolError error;
        QVERIFY(Codec::decode(quint8(bytes[0]), QByteArrayView(bytes).sliced(2), ProtocolVersion::V5, &packet, &error));
        const Message &d = std::get<PublishPacket>(packet).message;
        QCOMPARE(d.topic(), topic);
        QCOMPARE(d.payload(), m.payload());
        QCOMPARE(d.qos(), quint8(2));
        QVERIFY(d.retain());
        QVERIFY(d.dup());
        QCOMPARE(d.packetId(), quint16(513));
        QVERIFY(d.properties().isEmpty()); // property length 0: nothing built
    }
}

void tst_Codec::repeatedTopicNames()
{
    // The decoder reuses the strings of topic names it has seen (a small table per thread, where
    // different names share slots): every name must still come out exactly as it was sent,
    // whatever came before it, including names of the same length and names seen again.
    QStringList topics;
    for (int i = 0; i < 3000; ++i)
        topics.append(QStringLiteral("sensors/b%1/r%2").arg(i % 97, 3, 10, QLatin1Char('0')).arg(i, 4, 10, QLatin1Char('0')));
    topics.append(QString(256, u'a'));
    topics.append(QString(257, u'b'));
    for (int round = 0; round < 3; ++round) {
        for (qsizetype i = 0; i < topics.size(); ++i) {
            const QString &topic = topics.at((i * 7 + round * 131) % topics.size());
            const QByteArray bytes = Codec::encode(PublishPacket{Message(topic, QByteArray("1"))}, ProtocolVersion::V311);
            Packet packet;
            ProtocolError error;
            QVERIFY2(decodeBytes(bytes, ProtocolVersion::V311, &packet, &error), qPrintable(error.message));
            QCOMPARE(std::get<PublishPacket>(packet).message.topic(), topic);
        }
    }
}

void tst_Codec::decodedTopicNamesStayValid()
{
    // Decoded ASCII names are kept once each in memory that is never reused, up to a bound
    // (2 MiB), and are ordinary strings beyond it: names decoded long ago, whose cache slots have
    // been taken by others since, must still read as they were sent, before and past that bound
    // (60,000 names of 43 characters are 5 MB of UTF-16).
    const auto decode = [](const QString &topic, QString *out) {
        const QByteArray bytes = Codec::encode(PublishPacket{Message(topic, QByteArray("1"))}, ProtocolVersion::V311);
        Packet packet;
        ProtocolError error;
        QVERIFY2(decodeBytes(bytes, ProtocolVersion::V311, &packet, &error), qPrintable(error.message));
        *out = std::get<PublishPacket>(packet).message.topic();
    };
    QStringList sent;
    QStringList decoded;
    for (int i = 0; i < 60000; ++i) {
        sent.append(QStringLiteral("plant/line%1/machine%2/sensor/temperature")
                        .arg(i % 7)
                        .arg(i, 6, 10, QLatin1Char('0')));
        QString topic;
        decode(sent.last(), &topic);
        decoded.append(topic);
    }
    for (qsizetype i = 0; i < sent.size(); ++i)
        QCOMPARE(decoded.at(i), sent.at(i));
    // The first names are the arena's (raw data: no allocated capacity), and a name seen again
    // after the cache forgot it is the same characters, not a second copy; the last ones were
    // decoded past the bound.
    QCOMPARE(decoded.first().capacity(), 0);
    QVERIFY(decoded.last().capacity() >= decoded.last().size());
    QString again;
    decode(sent.first(), &again);
    QCOMPARE(again, sent.first());
    QCOMPARE(again.constData(), decoded.first().constData());
}

void tst_Codec::byteOrderMarkKept()
{
    // MQTT 5 §1.5.4: 0xEF 0xBB 0xBF is U+FEFF wherever it appears and "MUST NOT be skipped over
    // or stripped off by a packet receiver".
    StreamDecoder decoder(ProtocolVersion::V5);
    decoder.append(QByteArray::fromHex("3012 0007 efbbbfefbbbf61 08 26 0003 efbbbf 0000"));
    Packet packet;
    QVERIFY2(decoder.next(&packet) == StreamDecoder::Status::PacketReady, qPrintable(decoder.error().message));
    const Message &m = std::get<PublishPacket>(packet).message;
    QCOMPARE(m.topic(), QStringLiteral("\uFEFF\uFEFFa"));
    QCOMPARE(m.properties().userProperties().value(0).first, QStringLiteral("\uFEFF"));
    QCOMPARE(Codec::encode(packet, ProtocolVersion::V5).toHex(), QByteArray("30120007efbbbfefbbbf6108260003efbbbf0000"));
}

void tst_Codec::connackReturnCodes_data()
{
    QTest::addColumn<quint8>("returnCode");
    QTest::addColumn<ReasonCode>("reason");
    // MQTT 3.1.1 §3.2.2.3 Table 3.1.
    QTest::newRow("0 accepted") << quint8(0) << ReasonCode::Success;
    QTest::newRow("1 unacceptable protocol version") << quint8(1) << ReasonCode::UnsupportedProtocolVersion;
    QTest::newRow("2 identifier rejected") << quint8(2) << ReasonCode::ClientIdentifierNotValid;
    QTest::newRow("3 server unavailable") << quint8(3) << ReasonCode::ServerUnavailable;
    QTest::newRow("4 bad user name or password") << quint8(4) << ReasonCode::BadUserNameOrPassword;
    QTest::newRow("5 not authorized") << quint8(5) << ReasonCode::NotAuthorized;
}

void tst_Codec::connackReturnCodes()
{
    QFETCH(quint8, returnCode);
    QFETCH(ReasonCode, reason);
    QCOMPARE(connackReturnCodeToReason(returnCode), reason);
    QCOMPARE(reasonToConnackReturnCode(reason), returnCode);

    StreamDecoder decoder(ProtocolVersion::V311);
    decoder.append(QByteArray::fromHex("2002") + QByteArray(1, 0) + QByteArray(1, char(returnCode)));
    Packet packet;
    QCOMPARE(decoder.next(&packet), StreamDecoder::Status::PacketReady);
    QCOMPARE(std::get<ConnackPacket>(packet).reasonCode, reason);
    QCOMPARE(Codec::encode(packet, ProtocolVersion::V311).toHex(),
             (QByteArray::fromHex("2002") + QByteArray(1, 0) + QByteArray(1, char(returnCode))).toHex());
}

void tst_Codec::hugeRemainingLengthDoesNotAllocate()
{
    // A PUBLISH claiming the largest remaining length: with the default maximum the decoder
    // waits for the body but holds only what actually arrived.
    const QByteArray header = QByteArray::fromHex("30ffffff7f0003612f62");
    StreamDecoder decoder;
    decoder.append(header);
    Packet packet;
    QCOMPARE(decoder.next(&packet), StreamDecoder::Status::NeedMoreData);
    QCOMPARE(decoder.bufferedBytes(), header.size());

    // With a maximum packet size it fails as soon as the length is known, before any body.
    StreamDecoder limited;
    limited.setMaximumPacketSize(1024 * 1024);
    limited.append(header.first(5));
    QCOMPARE(limited.next(&packet), StreamDecoder::Status::Error);
    QCOMPARE(limited.error().code, ReasonCode::PacketTooLarge);
    QVERIFY(limited.error().message.contains(u'§'));
    // Whatever follows is not kept.
    limited.append(QByteArray(64 * 1024, 'x'));
    QCOMPARE(limited.bufferedBytes(), 5);

    // A remaining length of ~4 GB does not even fit in four bytes: malformed, nothing buffered.
    StreamDecoder fourGb;
    fourGb.append(QByteArray::fromHex("30ffffffff0f"));
    QCOMPARE(fourGb.next(&packet), StreamDecoder::Status::Error);
    QCOMPARE(fourGb.error().code, ReasonCode::MalformedPacket);
}

void tst_Codec::maximumPacketSize()
{
    Message m(QStringLiteral("t"), QByteArray(100, 'p'));
    const QByteArray bytes = Codec::encode(PublishPacket{m}, ProtocolVersion::V311);
    Packet packet;

    StreamDecoder exact(ProtocolVersion::V311);
    exact.setMaximumPacketSize(quint32(bytes.size()));
    exact.append(bytes);
    QCOMPARE(exact.next(&packet), StreamDecoder::Status::PacketReady);

    StreamDecoder oneLess(ProtocolVersion::V311);
    oneLess.setMaximumPacketSize(quint32(bytes.size() - 1));
    oneLess.append(bytes.first(2)); // header and length only
    QCOMPARE(oneLess.next(&packet), StreamDecoder::Status::Error);
    QCOMPARE(oneLess.error().code, ReasonCode::PacketTooLarge);
}

void tst_Codec::errorIsStickyUntilReset()
{
    StreamDecoder decoder;
    decoder.append(QByteArray::fromHex("c000 c100 c000")); // PINGREQ, bad flags, PINGREQ
    Packet packet;
    QCOMPARE(decoder.next(&packet), StreamDecoder::Status::PacketReady);
    QCOMPARE(decoder.next(&packet), StreamDecoder::Status::Error);
    QCOMPARE(decoder.error().code, ReasonCode::MalformedPacket);
    QCOMPARE(decoder.next(&packet), StreamDecoder::Status::Error);
    decoder.reset();
    QCOMPARE(decoder.error().code, ReasonCode::Success);
    QCOMPARE(decoder.bufferedBytes(), 0);
    decoder.append(QByteArray::fromHex("d000"));
    QCOMPARE(decoder.next(&packet), StreamDecoder::Status::PacketReady);
    QCOMPARE(packetTypeOf(packet), PacketType::Pingresp);
}

void tst_Codec::properties()
{
    Properties p;
    QVERIFY(p.isEmpty());
    QVERIFY(p == Properties());
    p.setValue(PropertyId::MessageExpiryInterval, 10);
    p.setValue(PropertyId::ContentType, QStringLiteral("text/plain"));
    p.setValue(PropertyId::CorrelationData, QByteArray("id"));
    p.addUserProperty(QStringLiteral("a"), QStringLiteral("1"));
    p.addSubscriptionIdentifier(4);
    QVERIFY(!p.isEmpty());
    QCOMPARE(p.messageExpiryInterval(), std::optional<quint32>(10));
    QCOMPARE(p.contentType(), std::optional<QString>(QStringLiteral("text/plain")));
    QCOMPARE(p.correlationData(), std::optional<QByteArray>("id"));
    QCOMPARE(p.ids(), (QList<PropertyId>{PropertyId::MessageExpiryInterval, PropertyId::ContentType,
                                         PropertyId::CorrelationData}));
    QVERIFY(p.contains(PropertyId::UserProperty));
    QVERIFY(p.contains(PropertyId::SubscriptionIdentifier));
    QVERIFY(!p.contains(PropertyId::TopicAlias));
    QVERIFY(!p.topicAlias());
    QVERIFY(!p.string(PropertyId::MessageExpiryInterval)); // wrong type: no value

    Properties copy = p; // implicitly shared, detaches on write
    copy.remove(PropertyId::ContentType);
    QVERIFY(p.contains(PropertyId::ContentType));
    QVERIFY(copy != p);
    copy.setValue(PropertyId::ContentType, QStringLiteral("text/plain"));
    QVERIFY(copy == p);
    copy.remove(PropertyId::UserProperty);
    copy.remove(PropertyId::SubscriptionIdentifier);
    QVERIFY(!copy.contains(PropertyId::UserProperty));
    QVERIFY(copy.subscriptionIdentifiers().isEmpty());

    Properties emptied;
    emptied.setValue(PropertyId::TopicAlias, 1);
    emptied.remove(PropertyId::TopicAlias);
    QVERIFY(emptied.isEmpty());
    QVERIFY(emptied == Properties());

    for (PropertyId id : allPropertyIds()) {
        QVERIFY(propertyType(quint8(id)) != PropertyType::Invalid);
        QVERIFY(!propertyName(id).isEmpty());
    }
    QCOMPARE(propertyType(0x00), PropertyType::Invalid);
    QCOMPARE(propertyType(0x04), PropertyType::Invalid);
    QCOMPARE(propertyType(0x2B), PropertyType::Invalid);
}

void tst_Codec::reasonCodeTexts()
{
    QCOMPARE(reasonCodeText(ReasonCode::Success, PacketType::Connack), QStringLiteral("Success"));
    QCOMPARE(reasonCodeText(ReasonCode::Success, PacketType::Disconnect), QStringLiteral("Normal disconnection"));
    QCOMPARE(reasonCodeText(ReasonCode::Success, PacketType::Suback), QStringLiteral("Granted QoS 0"));
    QCOMPARE(reasonCodeText(ReasonCode::NotAuthorized), QStringLiteral("Not authorized"));
    int known = 0;
    QSet<QString> texts;
    for (int c = 0; c <= 0xFF; ++c) {
        if (!isKnownReasonCode(quint8(c)))
            continue;
        ++known;
        const QString text = reasonCodeText(ReasonCode(c));
        QVERIFY2(!text.contains(QStringLiteral("Unknown")), qPrintable(text));
        texts.insert(text);
        QCOMPARE(isError(ReasonCode(c)), c >= 0x80);
    }
    QCOMPARE(known, 43); // MQTT 5 §2.4 table: 43 distinct values
    QCOMPARE(texts.size(), known);
    QVERIFY(!isKnownReasonCode(0x03));
    QVERIFY(reasonCodeText(ReasonCode(0x03)).contains(QStringLiteral("0x03")));
}

void tst_Codec::packetTypeNames()
{
    QSet<QString> names;
    for (int t = 0; t <= 15; ++t)
        names.insert(packetTypeName(PacketType(t)));
    QCOMPARE(names.size(), 16);
    QCOMPARE(packetTypeName(PacketType::Pubrel), QStringLiteral("PUBREL"));
    QCOMPARE(packetTypeOf(Packet(AckPacket{PacketType::Pubcomp, 1, ReasonCode::Success, {}})), PacketType::Pubcomp);
    QCOMPARE(packetTypeOf(Packet(AuthPacket{})), PacketType::Auth);
}

QTEST_GUILESS_MAIN(tst_Codec)
#include "tst_codec.moc"
